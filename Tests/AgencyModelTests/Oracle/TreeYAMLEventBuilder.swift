@testable import AgencyModel
// libyaml's event API, reached through the C module Yams builds (Yams exposes only its node tree,
// whose per-node classes, tag objects and duplicate check by hashing whole nodes cost ten times
// the parse itself; see docs/performance.md, Reading). CYaml is a target of the Yams package we
// already depend on, so this adds no code to the build.
internal import CYaml

/// Builds a located ``DocValue`` tree straight from libyaml's event stream.
///
/// What Yams' composer did, done once and without intermediate nodes: scalars are resolved with
/// the YAML 1.2 core schema (``DocValue/Scalar/Resolved/resolvePlain(_:)``) unless quoted or
/// tagged; duplicate keys are found per mapping (by key text) and reported when the mapping
/// ends, as Yams did; anchors are kept by name and an alias shares its anchor's value (arrays are
/// copy-on-write, so an alias costs no copy). Only values **added by aliases** count against
/// ``InputLimits/maximumValues``: a large file without aliases is never refused for its size here.
///
/// - Complexity: O(size of the text + number of values); no recursion (nesting is bounded by
///   libyaml's limit of ``InputLimits/maximumNesting`` levels).
struct TreeYAMLEventBuilder {
    /// Why the text could not be turned into a tree.
    enum Failure: Error {
        /// libyaml's reader, scanner or parser refused the text.
        case libyaml(kind: Kind, problem: String, line: Int, column: Int, context: String?, contextLine: Int, contextColumn: Int, offset: Int)
        /// A diagnostic found while composing (duplicate keys, aliases, the expansion limit).
        case diagnostic(Diagnostic)

        enum Kind { case reader, scanner, parser, memory }
    }

    /// A list or mapping being built.
    private struct Frame {
        var location: SourceLocation
        var anchor: String?
        var items: [DocValue] = []
        var entries: [DocValue.Entry] = []
        var isMapping: Bool
        var isBlock: Bool
        /// The key read, waiting for its value (mappings only).
        var pendingKey: (text: String, location: SourceLocation)?
        /// Values in this subtree, aliases expanded (for anchors).
        var size = 1
        /// Keys already seen → position of their first entry; built once a mapping is large.
        var keyIndex: [String: Int]?
        /// Keys written twice: (key, first, second).
        var duplicates: [(key: String, first: SourceLocation, second: SourceLocation)] = []
    }

    private let file: String
    private var stack: [Frame] = []
    private var anchors: [String: (value: DocValue, size: Int)] = [:]
    /// Values added by alias expansion so far.
    private var expanded = 0

    private init(file: String) { self.file = file }

    /// The document of `text`, `nil` when it has none (empty, or only comments), or the failure.
    static func build(_ text: String, file: String) -> Result<DocValue?, Failure> {
        var utf8 = Array(text.utf8)
        utf8.append(0)
        return utf8.withUnsafeBufferPointer { buffer -> Result<DocValue?, Failure> in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else {
                return .failure(.libyaml(kind: .memory, problem: "out of memory", line: 1, column: 1, context: nil, contextLine: 1, contextColumn: 1, offset: 0))
            }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count - 1)
            var builder = TreeYAMLEventBuilder(file: file)
            do throws(Failure) {
                return .success(try builder.run(&parser))
            } catch {
                return .failure(error)
            }
        }
    }

    private func location(_ mark: yaml_mark_t) -> SourceLocation {
        SourceLocation(file: file, line: mark.line + 1, column: mark.column + 1)
    }

    private static func libyamlFailure(_ parser: yaml_parser_t) -> Failure {
        let kind: Failure.Kind
        switch parser.error {
        case YAML_READER_ERROR: kind = .reader
        case YAML_SCANNER_ERROR: kind = .scanner
        case YAML_MEMORY_ERROR: kind = .memory
        default: kind = .parser
        }
        return .libyaml(kind: kind, problem: parser.problem.map { String(cString: $0) } ?? "unknown problem",
                        line: parser.problem_mark.line + 1, column: parser.problem_mark.column + 1,
                        context: parser.context.map { String(cString: $0) },
                        contextLine: parser.context_mark.line + 1, contextColumn: parser.context_mark.column + 1,
                        offset: parser.problem_offset)
    }

    private static func text(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
    }

    private mutating func run(_ parser: inout yaml_parser_t) throws(Failure) -> DocValue? {
        var event = yaml_event_t()
        var root: DocValue?
        var documents = 0
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else { throw Self.libyamlFailure(parser) }
            defer { yaml_event_delete(&event) }
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return root
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 {
                    throw .diagnostic(Diagnostic(.error, "syntax", at: location(event.start_mark),
                        "invalid YAML: a second document starts here; a network file holds one document"))
                }
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                let string = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
                let here = location(event.start_mark)
                if stack.last?.isMapping == true && stack[stack.count - 1].pendingKey == nil {
                    try setKey(string, at: here)
                    continue
                }
                let tag = scalar.quoted_implicit == 1 ? "tag:yaml.org,2002:str" : Self.text(scalar.tag) ?? ""
                let resolved: DocValue.Scalar.Resolved
                if scalar.style == YAML_PLAIN_SCALAR_STYLE && (tag.isEmpty || tag == "?") {
                    resolved = .resolvePlain(string)
                } else {
                    switch tag {
                    case "tag:yaml.org,2002:int": resolved = .int
                    case "tag:yaml.org,2002:float": resolved = .float
                    case "tag:yaml.org,2002:bool": resolved = .bool
                    case "tag:yaml.org,2002:null": resolved = .null
                    default: resolved = .string
                    }
                }
                let value = DocValue(content: .scalar(.init(text: string, resolved: resolved)), location: here)
                if let anchor = Self.text(scalar.anchor) { anchors[anchor] = (value, 1) }
                try add(value, size: 1, into: &root)
            case YAML_ALIAS_EVENT:
                let here = location(event.start_mark)
                let name = Self.text(event.data.alias.anchor) ?? ""
                if stack.last?.isMapping == true && stack[stack.count - 1].pendingKey == nil {
                    throw .diagnostic(Diagnostic(.error, "yaml-alias", at: here,
                        "YAML alias '*\(name)' used as a mapping key; aliases are not supported as keys"))
                }
                guard let target = anchors[name] else {
                    throw .diagnostic(Diagnostic(.error, "syntax", at: here, "invalid YAML: found undefined alias"))
                }
                expanded += target.size
                if expanded > InputLimits.maximumValues {
                    throw .diagnostic(Diagnostic(.error, "too-many-values", at: here,
                        "YAML aliases expand the document by more than \(InputLimits.maximumValues) values; "
                        + "an alias repeats its anchor's whole value each time it is used (an alias bomb?)"))
                }
                try add(target.value, size: target.size, into: &root)
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                let here = location(event.start_mark)
                if stack.last?.isMapping == true && stack[stack.count - 1].pendingKey == nil {
                    throw .diagnostic(Diagnostic(.error, "syntax", at: here, "mapping keys must be plain strings, not lists or mappings"))
                }
                let isMapping = event.type == YAML_MAPPING_START_EVENT
                let anchor = Self.text(isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor)
                let isBlock = isMapping ? event.data.mapping_start.style == YAML_BLOCK_MAPPING_STYLE
                                        : event.data.sequence_start.style == YAML_BLOCK_SEQUENCE_STYLE
                stack.append(Frame(location: here, anchor: anchor, isMapping: isMapping, isBlock: isBlock))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                let frame = stack.removeLast()
                if let duplicate = frame.duplicates.min(by: { $0.key < $1.key }) {
                    let names = Set(frame.duplicates.map(\.key)).sorted().map { "'\($0)'" }.joined(separator: ", ")
                    if frame.isBlock {
                        throw .diagnostic(Diagnostic(.error, "duplicate-key", at: duplicate.second,
                            "duplicate key \(names) in a mapping (first at \(duplicate.first.line):\(duplicate.first.column))"))
                    }
                    throw .diagnostic(Diagnostic(.error, "duplicate-key", at: duplicate.first, "duplicate key \(names) in a mapping"))
                }
                let value = DocValue(content: frame.isMapping ? .mapping(frame.entries) : .sequence(frame.items), location: frame.location)
                if let anchor = frame.anchor { anchors[anchor] = (value, frame.size) }
                try add(value, size: frame.size, into: &root)
            default:
                continue
            }
        }
    }

    /// Records a mapping key, noting it when the mapping already has it.
    private mutating func setKey(_ key: String, at location: SourceLocation) throws(Failure) {
        let top = stack.count - 1
        stack[top].pendingKey = (key, location)
        let entries = stack[top].entries
        var first: Int?
        if let index = stack[top].keyIndex {
            first = index[key]
        } else if entries.count < 16 {
            first = entries.firstIndex { $0.key == key }
        } else {
            var index: [String: Int] = [:]
            for (position, entry) in entries.enumerated() where index[entry.key] == nil { index[entry.key] = position }
            stack[top].keyIndex = index
            first = index[key]
        }
        if let first {
            stack[top].duplicates.append((key, entries[first].keyLocation, location))
        }
    }

    /// Adds a finished value to the list or mapping being built, or makes it the root.
    private mutating func add(_ value: DocValue, size: Int, into root: inout DocValue?) throws(Failure) {
        guard !stack.isEmpty else {
            root = value
            return
        }
        let top = stack.count - 1
        stack[top].size += size
        if stack[top].isMapping {
            guard let key = stack[top].pendingKey else { return }
            stack[top].pendingKey = nil
            let position = stack[top].entries.count
            if stack[top].keyIndex != nil, stack[top].keyIndex?[key.text] == nil {
                stack[top].keyIndex?[key.text] = position
            }
            stack[top].entries.append(.init(key: key.text, keyLocation: key.location, value: value))
        } else {
            stack[top].items.append(value)
        }
    }
}
