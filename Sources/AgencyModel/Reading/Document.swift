import Foundation

/// A parsed YAML or JSON value with the location of each part: the common tree that the decoder
/// reads, whichever syntax the file used.
///
/// Public so that other files written in YAML (e.g. the coverage rules of AgencyAnalysis) are read
/// by the same machinery as networks: ``DocumentReader`` applies the same limits and checks.
public struct DocValue: Sendable {
    /// A scalar, a list or a mapping.
    public enum Content: Sendable {
        /// A scalar.
        case scalar(Scalar)
        /// A list, in file order.
        case sequence([DocValue])
        /// A mapping, in file order (duplicate keys are refused by the readers).
        case mapping([Entry])
    }

    /// A scalar and what it resolves to (YAML 1.2 core schema for plain YAML scalars; the JSON
    /// token type for JSON).
    public struct Scalar: Sendable {
        /// What a scalar resolves to.
        public enum Resolved: Sendable { case string, int, float, bool, null }
        /// The text as written (without quotes).
        public var text: String
        /// What it resolves to.
        public var resolved: Resolved
    }

    /// One key and its value in a mapping.
    public struct Entry: Sendable {
        /// The key.
        public var key: String
        /// Where the key is written.
        public var keyLocation: SourceLocation
        /// The value.
        public var value: DocValue
    }

    /// The value.
    public var content: Content
    /// Where the value starts.
    public var location: SourceLocation

    /// A short description of the value's type for messages: "a string", "a list", …
    public var typeDescription: String {
        switch content {
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        case .scalar(let scalar):
            switch scalar.resolved {
            case .string: return "a string"
            case .int, .float: return "the number \(scalar.text)"
            case .bool: return "the boolean \(scalar.text)"
            case .null: return "an empty value"
            }
        }
    }
}

extension DocValue.Scalar.Resolved {
    /// Resolves a plain (unquoted) YAML scalar with the YAML 1.2 core schema. Unlike YAML 1.1,
    /// `no`, `on`, `2021-09-01` and `1:20` stay strings.
    static func resolvePlain(_ text: String) -> Self {
        switch text {
        case "", "~", "null", "Null", "NULL": return .null
        case "true", "True", "TRUE", "false", "False", "FALSE": return .bool
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF",
             ".nan", ".NaN", ".NAN": return .float
        default: break
        }
        var bytes = Substring(text).utf8[...]
        if let first = bytes.first, first == 0x2B || first == 0x2D { bytes = bytes.dropFirst() }
        guard !bytes.isEmpty else { return .string }
        if bytes.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { return .int }
        // float: (\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?
        var digitsBefore = 0, digitsAfter = 0, sawDot = false
        var rest = bytes
        while let c = rest.first, c >= 0x30 && c <= 0x39 { digitsBefore += 1; rest = rest.dropFirst() }
        if rest.first == 0x2E {
            sawDot = true
            rest = rest.dropFirst()
            while let c = rest.first, c >= 0x30 && c <= 0x39 { digitsAfter += 1; rest = rest.dropFirst() }
        }
        guard digitsBefore + digitsAfter > 0, digitsBefore > 0 || sawDot else { return .string }
        if let e = rest.first, e == 0x65 || e == 0x45 {
            rest = rest.dropFirst()
            if let sign = rest.first, sign == 0x2B || sign == 0x2D { rest = rest.dropFirst() }
            guard !rest.isEmpty, rest.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return .string }
            return .float
        }
        return rest.isEmpty && sawDot ? .float : .string
    }
}

/// Reads YAML or JSON files other than networks (e.g. rules files) into located ``DocValue``
/// trees, with every guard the network reader has: the size limit (``InputLimits``), UTF-8 and
/// NUL checks located at the offending byte, TextKit's rule for non-text scalars (raw or escaped;
/// `TextRule`), one document only, aliases refused as mapping keys,
/// the expansion budget of aliases, the nesting limit, duplicate keys refused. Problems are
/// ``Diagnostic``s located `file:line:column`.
///
/// ```swift
/// switch try DocumentReader.read(contentsOf: "rules.yaml", format: .yaml) {
/// case .success(let root): …          // walk root.content
/// case .failure(let diagnostic): print(diagnostic)
/// }
/// ```
public enum DocumentReader {
    /// Reads a file.
    /// - Throws: ``NetworkFileError/notFound(path:)`` or ``NetworkFileError/unreadable(path:reason:)``.
    /// - Complexity: O(size of the file).
    public static func read(contentsOf path: String, format: FileFormat) throws(NetworkFileError) -> Result<DocValue, Diagnostic> {
        switch try NetworkReader.contents(of: path, file: path) {
        case .success(let data):
            switch TextDecoding.text(of: data, file: path) {
            case .success(let text): return read(text: text, file: path, format: format)
            case .failure(let diagnostic): return .failure(diagnostic)
            }
        case .failure(let diagnostic): return .failure(diagnostic)
        }
    }

    /// Parses text already in memory.
    /// - Complexity: O(size of the text).
    public static func read(text: String, file: String, format: FileFormat) -> Result<DocValue, Diagnostic> {
        switch tape(text: text, file: file, format: format) {
        case .success(let (tape, root)):
            // A tree's deep nesting is released recursively: build it on a large stack.
            return .success(LargeStack.run { tape.docValue(root) })
        case .failure(let diagnostic):
            return .failure(diagnostic)
        }
    }

    /// Parses text already in memory into a ``Tape`` (the whole document) and its root's index.
    static func tape(text: String, file: String, format: FileFormat) -> Result<(Tape, Int), Diagnostic> {
        var text = text
        return text.withUTF8 { bytes -> Result<(Tape, Int), Diagnostic> in
            if bytes.count > InputLimits.maximumFileSize || bytes.contains(0) {
                if case .failure(let diagnostic) = TextDecoding.text(of: Data(bytes), file: file) { return .failure(diagnostic) }
            }
            if !InputText.isClean(bytes), let diagnostic = InputText.firstProblem(in: bytes, file: file) { return .failure(diagnostic) }
            var builder = TapeBuilder(tape: Tape(file: file), sink: WholeDocument(), streams: false)
            // The builder's tape: a new one when the fast YAML scanner gave up.
            return parse(bytes, format: format, into: &builder).map { (builder.tape, $0) }
        }
    }

    /// Parses checked text into `builder` (YAML through ``FastYAML``, or libyaml's events when it
    /// gives up, into a restarted `builder`; JSON through ``JSONReader``); the root's tape index,
    /// or the one diagnostic that stops the read: a syntax error, a duplicate key, an alias problem, a limit, or a non-text scalar written
    /// as an escape (reported only when the text parses).
    static func parse<Sink: TapeSink>(_ bytes: UnsafeBufferPointer<UInt8>, format: FileFormat,
                                      into builder: inout TapeBuilder<Sink>) -> Result<Int, Diagnostic> {
        let file = builder.tape.file
        do throws(ReadFailure) {
            switch format {
            case .yaml:
                // The fast scanner for the usual subset; anything else (or any error) is read
                // again from the start by libyaml, into a fresh builder and sink.
                if !FastYAML<Sink>.parse(bytes, into: &builder) {
                    builder = builder.restarted()
                    _ = try YAMLEvents.parse(bytes, into: &builder)
                }
            case .json:
                _ = try JSONReader<Sink>.parse(bytes, file: file, into: &builder)
            }
        } catch {
            return .failure(YAMLReader.diagnostic(for: error, file: file, text: bytes))
        }
        guard let root = builder.root else {
            return .failure(Diagnostic(.error, "empty-file", at: SourceLocation(file: file, line: 1, column: 1),
                                       "file has no YAML document (only comments or blank lines)"))
        }
        if let bad = builder.firstNonText { return .failure(bad) }
        return .success(root)
    }
}
