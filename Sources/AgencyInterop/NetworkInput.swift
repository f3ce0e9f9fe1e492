import AgencyModel
import Foundation

/// Why an input network cannot be used: the reader's own error, located.
public enum NetworkInputError: Error, Sendable, CustomStringConvertible {
    /// An AgencyGraph YAML/JSON file that is missing, unreadable or invalid (every diagnostic).
    case network(NetworkFileError)
    /// A file in another format that cannot be read, or whose format cannot be told.
    case foreign(InteropError)

    /// The lines to print, each `FILE[:LINE[:COLUMN]]: error: MESSAGE`: every error of an
    /// invalid network, or the one error of another reader.
    public var lines: [String] {
        switch self {
        case .network(.invalid(_, let diagnostics)):
            return diagnostics.filter { $0.severity == .error }.map(\.description)
        case .network(.notFound(let path)):
            return ["\(path): error: no such file"]
        case .network(.unreadable(let path, let reason)):
            return ["\(path): error: cannot read: \(reason)"]
        case .foreign(let error):
            return [error.description]
        }
    }

    public var description: String { lines.joined(separator: "\n") }
}

/// Reads what every command that takes a network runs on, whatever its format.
///
/// The format comes from ``InteropFormat/init(inputPath:)`` (extension first, then content):
/// AgencyGraph YAML/JSON is read by AgencyModel's `NetworkReader` and validated (a file with errors
/// is refused with every error); GraphML, GEXF, node-link JSON, CSV (a `.nodes.csv`/`.edges.csv`
/// pair or one table), DOT, Pajek, edge lists and neo4j-admin folders are imported by ``Interop``
/// with the rules of docs/formats.md, and what did not fit is returned as warnings.
///
/// Edge lists (`u v` or `u v w` lines, white space or commas between, `#` comments) become
/// networks of agencies joined by edges of the custom type ``untypedEdgeType`` (`x-link`, the type
/// of every edge whose format gives none), so every question runs on any graph.
///
/// ```swift
/// let input = try NetworkInput.load("karate.graphml")
/// for warning in input.warnings { print("karate.graphml: warning: \(warning)") }
/// let view = try AnalysisView(network: input.network, options: AnalysisOptions())
/// ```
public enum NetworkInput {
    /// The edge type given to edges whose format states none (edge lists, Pajek, GraphML, …): `x-link`.
    public static let untypedEdgeType = Importer.untypedEdgeType

    /// Whether `path` is to be drawn as a network rather than rendered as a drawing: every format
    /// ``Interop`` reads except DOT, and DOT that ``DOT/write(_:)`` wrote (``DOT/isNetwork(_:)``:
    /// its graph attributes start with AgencyGraph's `network`), so that
    /// `convert x.yaml -o x.dot && render x.dot` draws the network as `render x.yaml` does.
    /// Standard input (`-`), DOT from elsewhere and input whose format cannot be told are drawings.
    /// - Complexity: reads at most 4 KiB of the file.
    public static func isNetwork(_ path: String) -> Bool {
        guard path != "-", let format = InteropFormat(inputPath: path) else { return false }
        return format != .dot || DOT.isNetwork(InteropFormat.head(of: path))
    }

    /// Reads a network in any format ``Interop`` reads.
    ///
    /// - Parameter path: the file to read (for CSV, either file of the nodes/edges pair).
    /// - Parameter format: the format; `nil` tells it from the path and content.
    /// - Returns: the network, and the import warnings (none for AgencyGraph's own files).
    /// - Throws: ``NetworkInputError``: located errors; also when the format cannot be told, and
    ///   for Cypher scripts (written, not read).
    /// - Complexity: O(size of the input) plus validation for AgencyGraph files.
    public static func load(_ path: String, format: InteropFormat? = nil) throws(NetworkInputError) -> ImportResult {
        let format = format ?? InteropFormat(inputPath: path)
        switch format {
        case .yaml?, .json?:
            do {
                let network = try NetworkReader.loadValid(contentsOf: path, format: format == .json ? .json : .yaml)
                return ImportResult(network: network, warnings: [])
            } catch {
                throw .network(error)
            }
        case nil where !FileManager.default.fileExists(atPath: path):
            throw .network(.notFound(path: path))
        default:
            do {
                return try Interop.read(contentsOf: path, format: format)
            } catch {
                throw .foreign(error)
            }
        }
    }
}
