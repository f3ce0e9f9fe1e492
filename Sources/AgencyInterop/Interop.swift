import AgencyModel
import Foundation
import TextKit

/// A network file format that ``Interop`` reads or writes.
public enum InteropFormat: String, Sendable, CaseIterable {
    /// AgencyGraph's own YAML (docs/format.md).
    case yaml
    /// AgencyGraph's own JSON.
    case json
    /// GraphML with typed `<key>` declarations (NetworkX, igraph, yEd, Gephi).
    case graphml
    /// GEXF 1.3 (Gephi), with time spans and colours.
    case gexf
    /// NetworkX's node-link JSON (`node_link_data`).
    case nodeLink = "node-link"
    /// A nodes CSV file and an edges CSV file (Gephi's spreadsheet import, RFC 4180).
    case csv
    /// Graphviz DOT.
    case dot
    /// Pajek `.net`.
    case pajek
    /// A plain edge list, `u v [w]` per line.
    case edgelist
    /// A Cypher script for Neo4j (write only).
    case cypher
    /// A folder of `neo4j-admin database import` CSV files with typed headers.
    case neo4jAdmin = "neo4j-admin"

    /// The name used in messages.
    public var displayName: String {
        switch self {
        case .yaml: return "AgencyGraph YAML"
        case .json: return "AgencyGraph JSON"
        case .graphml: return "GraphML"
        case .gexf: return "GEXF"
        case .nodeLink: return "node-link JSON"
        case .csv: return "CSV"
        case .dot: return "DOT"
        case .pajek: return "Pajek"
        case .edgelist: return "edge list"
        case .cypher: return "Cypher"
        case .neo4jAdmin: return "neo4j-admin CSV"
        }
    }

    /// Whether ``Interop`` can read the format (Cypher scripts are written only).
    public var isReadable: Bool { self != .cypher }

    /// The format a path names by its extension, for writing: `.yaml`/`.yml`, `.graphml`, `.gexf`,
    /// `.json` (node-link JSON: converting to AgencyGraph JSON needs `--to json`), `.csv`,
    /// `.dot`/`.gv`, `.net`/`.paj`, `.edgelist`/`.edges`, `.cypher`/`.cql`, `.neo4j` (a folder).
    public init?(outputPath path: String) {
        switch (path as NSString).pathExtension.lowercased() {
        case "yaml", "yml": self = .yaml
        case "graphml": self = .graphml
        case "gexf": self = .gexf
        case "json": self = .nodeLink
        case "csv": self = .csv
        case "dot", "gv": self = .dot
        case "net", "paj": self = .pajek
        case "edgelist", "edges": self = .edgelist
        case "cypher", "cql": self = .cypher
        case "neo4j": self = .neo4jAdmin
        default: return nil
        }
    }

    /// The format of an input: the one place where AgencyGraph tells an input's format.
    ///
    /// Rules, in order (docs/formats.md, "Which format a file is read as"):
    /// 1. A folder holding `nodes.csv` is neo4j-admin CSV.
    /// 2. The extension: `.yaml`/`.yml`, `.graphml`, `.gexf`, `.csv` (also the `.nodes.csv`/`.edges.csv`
    ///    pair), `.dot`/`.gv`, `.net`/`.paj`, `.edgelist`/`.edges`, `.cypher`/`.cql`.
    /// 3. Content, when the extension is ambiguous or missing: `.json` is AgencyGraph JSON when its
    ///    first key is `format` or `network`, node-link JSON when it has NetworkX's keys
    ///    (`directed`, `multigraph`, `links`, `target`), else AgencyGraph JSON; `.txt`, no extension or another
    ///    extension are sniffed from their first 4 KiB (``sniff(_:)``); a `.txt` file that looks like
    ///    nothing else is an edge list.
    ///
    /// `nil` when neither the name nor the content tells (the file may also not exist).
    /// - Complexity: reads at most 4 KiB of the file.
    public init?(inputPath path: String) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            guard FileManager.default.fileExists(atPath: (path as NSString).appendingPathComponent("nodes.csv")) else { return nil }
            self = .neo4jAdmin
            return
        }
        let ext = (path as NSString).pathExtension.lowercased()
        switch ext {
        case "json":
            self = InteropFormat.sniff(InteropFormat.head(of: path)) == .nodeLink ? .nodeLink : .json
        case "txt":
            self = InteropFormat.sniff(InteropFormat.head(of: path)) ?? .edgelist
        default:
            if let format = InteropFormat(outputPath: path), format != .nodeLink {
                self = format
            } else if let format = InteropFormat.sniff(InteropFormat.head(of: path)) {
                self = format
            } else {
                return nil
            }
        }
    }

    /// The format that text starting with `head` is in, or `nil` when it looks like none.
    ///
    /// XML with a `<graphml` or `<gexf` element; a JSON object (AgencyGraph JSON when its first
    /// key is `format` or `network`, else node-link when it has NetworkX's keys, else AgencyGraph); DOT (`graph`, `digraph` or `strict` then a
    /// `{`); Pajek (`*Vertices`, `*Network`, `*Arcs`, `*Edges`); AgencyGraph YAML (a first key
    /// `format:` or `network:`, or `---`); an edge list (first line of two or three fields
    /// separated by white space or commas). Comment lines (`#`, `%`, `//`) before are skipped.
    /// - Complexity: O(size of `head`).
    public static func sniff(_ head: String) -> InteropFormat? {
        let text = head.unicodeScalars.first == "\u{FEFF}" ? String(head.unicodeScalars.dropFirst()) : head
        let trimmed = text.drop { $0.isWhitespace }
        if trimmed.hasPrefix("<") {
            let lower = trimmed.lowercased()
            if lower.contains("<graphml") { return .graphml }
            if lower.contains("<gexf") { return .gexf }
            return nil
        }
        if trimmed.hasPrefix("{") {
            let rest = trimmed.dropFirst().drop { $0.isWhitespace }
            // The first key of a canonical AgencyGraph JSON file is "format"; hand-written ones may
            // start with "network". NetworkX's node-link JSON has "directed" and "multigraph", its
            // links "source" and "target" (AgencyGraph edges have "from" and "to"); anything else
            // goes to AgencyGraph's reader, whose diagnostics are located.
            if rest.hasPrefix("\"format\"") || rest.hasPrefix("\"network\"") { return .json }
            let nodeLinkKeys = ["\"directed\"", "\"multigraph\"", "\"links\"", "\"target\""]
            return nodeLinkKeys.contains(where: { trimmed.contains($0) }) ? .nodeLink : .json
        }
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        guard let first = lines.first(where: { !$0.isEmpty && !$0.hasPrefix("#") && !$0.hasPrefix("%") && !$0.hasPrefix("//") }) else {
            return nil
        }
        let lower = first.lowercased()
        if lower.hasPrefix("*vertices") || lower.hasPrefix("*network") || lower.hasPrefix("*arcs") || lower.hasPrefix("*edges") {
            return .pajek
        }
        let words = lower.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "{" })
        if let word = words.first, ["graph", "digraph", "strict"].contains(word), text.contains("{") { return .dot }
        if lower.hasPrefix("format:") || lower.hasPrefix("network:") || lower == "---" { return .yaml }
        let fields = first.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," })
        if fields.count == 2 || (fields.count == 3 && Double(fields[2]) != nil) { return .edgelist }
        return nil
    }

    /// The first 4 KiB of a file, as text (empty when it cannot be read).
    static func head(of path: String) -> String {
        guard let handle = FileHandle(forReadingAtPath: path) else { return "" }
        defer { try? handle.close() }
        return String(decoding: (try? handle.read(upToCount: 4096)) ?? Data(), as: UTF8.self)
    }

    /// The formats ``Interop`` reads, by name, for messages.
    public static var readableNames: String {
        allCases.filter(\.isReadable).map(\.rawValue).joined(separator: ", ")
    }
}

/// An input that cannot be read, with its location when known.
public struct InteropError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file as named to the reader.
    public var file: String
    /// The 1-based line, when known.
    public var line: Int?
    /// The 1-based column (in Unicode scalars), when known.
    public var column: Int?
    /// What is wrong, for a person.
    public var message: String

    /// Creates an error.
    public init(file: String, line: Int? = nil, column: Int? = nil, _ message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `file:line:column: error: message`, the shape of every diagnostic (docs/cli.md).
    public var description: String {
        var location = file
        if let line {
            location += ":\(line)"
            if let column { location += ":\(column)" }
        }
        return "\(location): error: \(message)"
    }
}

/// What reading a foreign file gives: the network, and what did not fit the model.
public struct ImportResult: Sendable {
    /// The network read.
    public var network: Network
    /// One line per kind of loss or rewrite (e.g. "3 node ids … rewritten (e.g. …)").
    public var warnings: [String]

    /// Creates a result.
    public init(network: Network, warnings: [String]) {
        self.network = network
        self.warnings = warnings
    }
}

/// One file of a conversion's output.
public struct ExportedFile: Sendable, Equatable {
    /// Where it goes.
    public var path: String
    /// Its bytes.
    public var bytes: [UInt8]
}

/// What writing a network gives: the files, and what the format could not carry.
public struct ExportResult: Sendable {
    /// The files to write, in a fixed order.
    public var files: [ExportedFile]
    /// One line per thing dropped, each containing "dropped".
    public var warnings: [String]
}

/// Text in one format, with what the format could not carry.
public struct WrittenText: Sendable {
    /// The text.
    public var text: String
    /// One line per thing dropped, each containing "dropped".
    public var dropped: [String]
}

/// Reading and writing the formats other tools use. See docs/formats.md for the mapping rules.
///
/// ```swift
/// let network = try NetworkReader.loadValid(contentsOf: "graphs/belgium-counter-terrorism.yaml")
/// let gexf = GEXF.write(network)                       // WrittenText: text + what was dropped
/// let back = try GEXF.read(gexf.text, file: "b.gexf")  // ImportResult: network + warnings
/// let result = Interop.write(network, as: .csv, to: "out/b.csv")   // b.nodes.csv, b.edges.csv
/// ```
public enum Interop {
    /// The largest input read: 50 MiB, as for AgencyGraph's own files.
    public static var maximumInputSize: Int { InputLimits.maximumFileSize }

    /// Reads a file (or, for neo4j-admin, a folder; for CSV, the nodes/edges pair) into a network.
    ///
    /// - Parameter path: the file (or neo4j-admin folder, or one file of a CSV pair) to read.
    /// - Parameter format: the format; `nil` tells it from the path (``InteropFormat/init(inputPath:)``).
    /// - Throws: ``InteropError`` with a location for malformed or hostile input.
    public static func read(contentsOf path: String, format: InteropFormat? = nil) throws(InteropError) -> ImportResult {
        guard let format = format ?? InteropFormat(inputPath: path) else {
            throw InteropError(file: path, "cannot tell the format from the name or the content; give the file its format's extension (formats read: \(InteropFormat.readableNames))")
        }
        switch format {
        case .yaml, .json:
            let result: LoadResult
            do { result = try NetworkReader.read(contentsOf: path) } catch { throw InteropError(file: path, error.description.replacingOccurrences(of: "\(path): ", with: "")) }
            if let first = result.diagnostics.first(where: { $0.severity == .error }) {
                throw InteropError(file: first.location.file, line: first.location.line, column: first.location.column, first.message)
            }
            guard let loaded = result.loaded else { throw InteropError(file: path, "no network in the file") }
            return ImportResult(network: loaded.network, warnings: [])
        case .cypher:
            throw InteropError(file: path, "Cypher scripts are written, not read; export from Neo4j as GraphML or neo4j-admin CSV instead")
        case .csv:
            let (nodes, edges) = CSVFormat.paths(forInput: path)
            return try CSVFormat.read(nodes: try nodes.map { p throws(InteropError) in (try InputText.read(p), p) },
                                      edges: try edges.map { p throws(InteropError) in (try InputText.read(p), p) })
        case .neo4jAdmin:
            let nodes = (path as NSString).appendingPathComponent("nodes.csv")
            let relationships = (path as NSString).appendingPathComponent("relationships.csv")
            let edges = FileManager.default.fileExists(atPath: relationships) ? (try InputText.read(relationships), relationships) : nil
            return try Neo4jAdmin.read(nodes: (try InputText.read(nodes), nodes), relationships: edges)
        default:
            let text = try InputText.read(path)
            return try read(text, format: format, file: path)
        }
    }

    /// Reads text already in memory. CSV text is one table (edges when its header has `Source`
    /// and `Target`, else nodes); neo4j-admin text is a `nodes.csv`; Cypher is not read.
    public static func read(_ text: String, format: InteropFormat, file: String) throws(InteropError) -> ImportResult {
        // A byte order mark is not content (files read from disk have it removed already).
        let text = text.unicodeScalars.first == "\u{FEFF}" ? String(text.unicodeScalars.dropFirst()) : text
        // TextKit's rule, for text that did not come through `InputText.decode`.
        if let bad = Escape.firstNonText(in: text) {
            throw InteropError(file: file, line: bad.line, column: bad.column, bad.scalar == "\0"
                ? "a NUL byte: this looks like a binary file, not text"
                : "\(Escape.codePoint(bad.scalar)) is not a text character: control characters other than tab, line feed and carriage return, DEL, C1 and U+FFFE/U+FFFF are refused")
        }
        switch format {
        case .yaml, .json:
            let result = NetworkReader.read(text: text, file: file, format: format == .yaml ? .yaml : .json)
            if let first = result.diagnostics.first(where: { $0.severity == .error }) {
                throw InteropError(file: file, line: first.location.line, column: first.location.column, first.message)
            }
            guard let loaded = result.loaded else { throw InteropError(file: file, "no network in the file") }
            return ImportResult(network: loaded.network, warnings: [])
        case .graphml: return try GraphML.read(text, file: file)
        case .gexf: return try GEXF.read(text, file: file)
        case .nodeLink: return try NodeLinkJSON.read(text, file: file)
        case .dot: return try DOT.read(text, file: file)
        case .pajek: return try Pajek.read(text, file: file)
        case .edgelist: return try EdgeList.read(text, file: file)
        case .csv:
            // One text: an edges table when its header has Source and Target, else a nodes table.
            let header = text.prefix { $0 != "\n" && $0 != "\r\n" && $0 != "\r" }.lowercased()
                .split(whereSeparator: { $0 == "," || $0 == ";" }).map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\" ")) }
            return header.contains("source") && header.contains("target")
                ? try CSVFormat.read(nodes: nil, edges: (text, file)) : try CSVFormat.read(nodes: (text, file), edges: nil)
        case .neo4jAdmin: return try Neo4jAdmin.read(nodes: (text, file), relationships: nil)
        case .cypher: throw InteropError(file: file, "Cypher scripts are written, not read")
        }
    }

    /// The files that writing `network` as `format` to `output` produces, and what was dropped.
    ///
    /// CSV writes two files beside each other: `out.csv` (or `out.nodes.csv`, `out.edges.csv`)
    /// gives `out.nodes.csv` and `out.edges.csv`. neo4j-admin writes `nodes.csv`,
    /// `relationships.csv` and `import.sh` into the folder `output`. Same network, same bytes.
    public static func write(_ network: Network, as format: InteropFormat, to output: String) -> ExportResult {
        func one(_ written: WrittenText) -> ExportResult {
            ExportResult(files: [ExportedFile(path: output, bytes: Array(written.text.utf8))], warnings: written.dropped)
        }
        switch format {
        case .yaml: return one(WrittenText(text: NetworkWriter.yaml(network), dropped: []))
        case .json: return one(WrittenText(text: NetworkWriter.json(network), dropped: []))
        case .graphml: return one(GraphML.write(network))
        case .gexf: return one(GEXF.write(network))
        case .nodeLink: return one(NodeLinkJSON.write(network))
        case .dot: return one(DOT.write(network))
        case .pajek: return one(Pajek.write(network))
        case .edgelist: return one(EdgeList.write(network))
        case .cypher: return one(Cypher.write(network))
        case .csv:
            let written = CSVFormat.write(network)
            let (nodes, edges) = CSVFormat.paths(forOutput: output)
            return ExportResult(files: [ExportedFile(path: nodes, bytes: Array(written.nodes.utf8)),
                                        ExportedFile(path: edges, bytes: Array(written.edges.utf8))],
                                warnings: written.dropped)
        case .neo4jAdmin:
            let written = Neo4jAdmin.write(network)
            let folder = output as NSString
            return ExportResult(files: [
                ExportedFile(path: folder.appendingPathComponent("nodes.csv"), bytes: Array(written.nodes.utf8)),
                ExportedFile(path: folder.appendingPathComponent("relationships.csv"), bytes: Array(written.relationships.utf8)),
                ExportedFile(path: folder.appendingPathComponent("import.sh"), bytes: Array(written.script.utf8)),
            ], warnings: written.dropped)
        }
    }
}

/// Reads input files with the checks every reader relies on: bounded size, UTF-8, no NUL bytes.
enum InputText {
    static func read(_ path: String) throws(InteropError) -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw InteropError(file: path, "no such file") }
        if isDirectory.boolValue { throw InteropError(file: path, "is a folder, not a file") }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw InteropError(file: path, "cannot read (permission denied?)") }
        defer { try? handle.close() }
        let data: Data
        do { data = try handle.read(upToCount: Interop.maximumInputSize + 1) ?? Data() } catch {
            throw InteropError(file: path, "cannot read: \(error.localizedDescription)")
        }
        return try decode(data, file: path)
    }

    /// The text of `data`, or an error located at the first NUL byte or invalid UTF-8 sequence.
    static func decode(_ data: Data, file: String) throws(InteropError) -> String {
        if data.count > Interop.maximumInputSize {
            throw InteropError(file: file, line: 1, column: 1, "file is over the limit of \(Interop.maximumInputSize / 1_048_576) MiB")
        }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if bytes.isEmpty { throw InteropError(file: file, line: 1, column: 1, "file is empty") }
        var line = 1, column = 1
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar.value == 0 {
                    throw InteropError(file: file, line: line, column: column, "a NUL byte: this looks like a binary file, not text")
                }
                if !Escape.isText(scalar) {
                    throw InteropError(file: file, line: line, column: column, "\(Escape.codePoint(scalar)) is not a text character: control characters other than tab, line feed and carriage return, DEL, C1 and U+FFFE/U+FFFF are refused")
                }
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            case .emptyInput: break loop
            case .error:
                throw InteropError(file: file, line: line, column: column, "not valid UTF-8 text (a binary file, or another encoding such as Latin-1?)")
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
