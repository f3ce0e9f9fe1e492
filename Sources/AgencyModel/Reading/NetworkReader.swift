import Foundation

/// The syntax of a network file.
public enum FileFormat: String, Sendable, CaseIterable {
    /// YAML (the primary format).
    case yaml
    /// JSON, with the same structure as YAML.
    case json

    /// The format implied by a path: `.json` is JSON, anything else YAML. AgencyModel's own
    /// default for its two syntaxes; telling every input format apart (including node-link JSON
    /// in a `.json` file) is AgencyInterop's `InteropFormat(inputPath:)`, which passes the result
    /// to ``NetworkReader`` explicitly.
    public init(path: String) {
        self = path.lowercased().hasSuffix(".json") ? .json : .yaml
    }
}

/// A network read from a file, with what is needed to report on it and to rewrite it.
public struct LoadedNetwork: Sendable {
    /// The network, possibly incomplete when ``LoadResult/diagnostics`` has errors.
    public var network: Network
    /// Where each part was written.
    public var sourceMap: SourceMap
    /// The syntax the file used.
    public var format: FileFormat
    /// The whole-line comments that the canonical writer keeps (YAML only).
    public var comments: CommentMap
}

/// What reading a file gives: the network (unless the file could not be parsed at all) and the
/// structural diagnostics, sorted by location.
public struct LoadResult: Sendable {
    /// The network and its locations; `nil` when the text is not YAML/JSON or not a mapping.
    public var loaded: LoadedNetwork?
    /// Structural problems found while reading (no semantic validation; see ``Validator``).
    public var diagnostics: [Diagnostic]
}

/// Errors that stop a whole file from being read or used.
public enum NetworkFileError: Error, Sendable, CustomStringConvertible {
    /// No file at the path.
    case notFound(path: String)
    /// The file exists but cannot be read (permissions, a directory, an I/O error).
    case unreadable(path: String, reason: String)
    /// The file was read but has errors; all diagnostics (errors and warnings) are attached.
    case invalid(path: String, diagnostics: [Diagnostic])

    public var description: String {
        switch self {
        case .notFound(let path): return "\(path): no such file"
        case .unreadable(let path, let reason): return "\(path): cannot read: \(reason)"
        case .invalid(let path, let diagnostics):
            let errors = diagnostics.filter { $0.severity == .error }
            return "\(path): \(errors.count) error\(errors.count == 1 ? "" : "s")\n"
                + errors.map(\.description).joined(separator: "\n")
        }
    }
}

/// Reads network files (YAML or JSON) into ``Network`` values with located diagnostics.
///
/// ```swift
/// // For analyses and rendering: a network with no errors, or a thrown NetworkFileError.
/// let network = try NetworkReader.loadValid(contentsOf: "graphs/belgium-counter-terrorism.yaml")
///
/// // For tools: everything found, in one pass.
/// let diagnostics = try NetworkReader.validate(contentsOf: path, sourceTexts: ["seed": text])
/// ```
public enum NetworkReader {
    /// Reads and decodes a file; the format comes from the extension (`.json` or YAML).
    ///
    /// - Parameter path: the file to read.
    /// - Parameter displayName: the file name used in diagnostics (default: `path`).
    /// - Throws: ``NetworkFileError/notFound(path:)`` or ``NetworkFileError/unreadable(path:reason:)``.
    /// - Parameter format: the syntax; `nil` tells it from the extension (``FileFormat/init(path:)``).
    ///   Callers that detect formats by content (AgencyInterop's `NetworkInput`) pass it.
    public static func read(contentsOf path: String, displayName: String? = nil, format: FileFormat? = nil) throws(NetworkFileError) -> LoadResult {
        let name = displayName ?? path
        switch try contents(of: path, file: name) {
        case .success(let data): return read(data: data, file: name, format: format ?? FileFormat(path: path))
        case .failure(let diagnostic): return LoadResult(loaded: nil, diagnostics: [diagnostic])
        }
    }

    /// Decodes bytes already in memory. Never traps: bad input gives diagnostics.
    ///
    /// - Complexity: O(size of the data); the items of `nodes` and `edges` are decoded as they are
    ///   read, so memory holds the data, the network and its locations, not a document tree.
    public static func read(data: Data, file: String, format: FileFormat) -> LoadResult {
        if data.count > InputLimits.maximumFileSize {
            return LoadResult(loaded: nil, diagnostics: [TextDecoding.tooLarge(size: data.count, file: file)])
        }
        return data.withUnsafeBytes { raw -> LoadResult in
            var bytes = raw.bindMemory(to: UInt8.self)
            if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
                bytes = UnsafeBufferPointer(rebasing: bytes[3...])
            }
            if bytes.isEmpty {
                return LoadResult(loaded: nil, diagnostics: [Diagnostic(.error, "empty-file", at: SourceLocation(file: file, line: 1, column: 1), "file is empty")])
            }
            if !InputText.isClean(bytes), let diagnostic = InputText.firstProblem(in: bytes, file: file) {
                return LoadResult(loaded: nil, diagnostics: [diagnostic])
            }
            return parse(bytes, file: file, format: format)
        }
    }

    /// Decodes text. Never traps: bad input gives diagnostics.
    public static func read(text: String, file: String, format: FileFormat) -> LoadResult {
        var text = text
        return text.withUTF8 { bytes -> LoadResult in
            if bytes.count > InputLimits.maximumFileSize || bytes.contains(0) {
                if case .failure(let diagnostic) = TextDecoding.text(of: Data(bytes), file: file) {
                    return LoadResult(loaded: nil, diagnostics: [diagnostic])
                }
            }
            if !InputText.isClean(bytes), let diagnostic = InputText.firstProblem(in: bytes, file: file) {
                return LoadResult(loaded: nil, diagnostics: [diagnostic])
            }
            return parse(bytes, file: file, format: format)
        }
    }

    /// Parses checked text, decoding the network while the events arrive.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, file: String, format: FileFormat) -> LoadResult {
        let tape = Tape(file: file)
        var builder = TapeBuilder(tape: tape, sink: NetworkDecoder(tape: tape), streams: true)
        let root: Int
        switch DocumentReader.parse(bytes, format: format, into: &builder) {
        case .success(let index): root = index
        case .failure(let diagnostic): return LoadResult(loaded: nil, diagnostics: [diagnostic])
        }
        var decoder = builder.sink
        let network = decoder.decode(root, streamed: builder.streamedLists)
        let diagnostics = decoder.diagnostics.sorted()
        guard let network else { return LoadResult(loaded: nil, diagnostics: diagnostics) }
        // Without a '#' there is no comment to keep: skip making a string and splitting it into lines.
        let hasComments = format == .yaml && bytes.contains(UInt8(ascii: "#"))
        let comments = hasComments ? CommentMap(text: String(decoding: bytes, as: UTF8.self), map: decoder.map) : CommentMap()
        return LoadResult(loaded: LoadedNetwork(network: network, sourceMap: decoder.map, format: format, comments: comments),
                          diagnostics: diagnostics)
    }

    /// Reads a file and validates it: structural and semantic diagnostics, sorted by location.
    ///
    /// - Parameter path: the file to read.
    /// - Parameter displayName: the file name used in diagnostics (default: `path`).
    /// - Parameter sourceTexts: the text of sources by id, to check that excerpts occur in them.
    public static func validate(contentsOf path: String, displayName: String? = nil,
                                sourceTexts: [String: String] = [:]) throws(NetworkFileError) -> [Diagnostic] {
        let result = try read(contentsOf: path, displayName: displayName)
        return validated(result, sourceTexts: sourceTexts)
    }

    /// The diagnostics of a read result plus those of ``Validator`` on its network, sorted.
    public static func validated(_ result: LoadResult, sourceTexts: [String: String] = [:]) -> [Diagnostic] {
        guard let loaded = result.loaded else { return result.diagnostics }
        return (result.diagnostics + Validator(sourceTexts: sourceTexts).validate(loaded)).sorted()
    }

    /// Reads and validates a file, and returns its network only when it has no errors.
    ///
    /// - Throws: ``NetworkFileError`` — `.invalid` carries every diagnostic.
    /// - Parameter path: the file to read.
    /// - Parameter format: the syntax; `nil` tells it from the extension.
    /// - Parameter sourceTexts: the text of sources by id, to check that excerpts occur in them.
    public static func loadValid(contentsOf path: String, format: FileFormat? = nil, sourceTexts: [String: String] = [:]) throws(NetworkFileError) -> Network {
        let result = try read(contentsOf: path, format: format)
        let diagnostics = validated(result, sourceTexts: sourceTexts)
        guard let loaded = result.loaded, !diagnostics.containsErrors else {
            throw .invalid(path: path, diagnostics: diagnostics)
        }
        return loaded.network
    }

    /// The bytes of a file, or a `file-too-large` diagnostic when it is over
    /// ``InputLimits/maximumFileSize`` (found without reading the whole file).
    static func contents(of path: String, file: String) throws(NetworkFileError) -> Result<Data, Diagnostic> {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .notFound(path: path) }
        if isDirectory.boolValue { throw .unreadable(path: path, reason: "is a directory") }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .unreadable(path: path, reason: "permission denied or not a regular file")
        }
        defer { try? handle.close() }
        do {
            // Read one byte more than the limit: enough to know the file is too large.
            let data = try handle.read(upToCount: InputLimits.maximumFileSize + 1) ?? Data()
            if data.count > InputLimits.maximumFileSize {
                let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? data.count
                return .failure(TextDecoding.tooLarge(size: size, file: file))
            }
            return .success(data)
        } catch {
            throw .unreadable(path: path, reason: "\(error)")
        }
    }
}
