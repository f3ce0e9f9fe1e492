// libyaml's event API, reached through the C module Yams builds (Yams exposes only its node tree,
// whose per-node classes, tag objects and duplicate check by hashing whole nodes cost ten times
// the parse itself; see docs/performance.md, Reading). CYaml is a target of the Yams package we
// already depend on, so this adds no code to the build.
internal import CYaml
import Foundation

/// Reads YAML through libyaml's event stream into a ``TapeBuilder``.
///
/// What Yams' composer did, done once and without intermediate nodes: scalars are resolved with
/// the YAML 1.2 core schema (``Tape/Kind/resolvePlain(_:)``) unless quoted or tagged; duplicate
/// keys are found per mapping (by key text) and reported when the mapping ends, as Yams did;
/// anchors are kept by name and an alias repeats its anchor's value. Only values **added by
/// aliases** count against ``InputLimits/maximumValues``: a large file without aliases is never
/// refused for its size here.
///
/// - Complexity: O(size of the text + number of values); no recursion (nesting is bounded by
///   libyaml's limit of ``InputLimits/maximumNesting`` levels).
enum YAMLEvents {
    /// Parses `text` into `builder`; returns whether the text held a document.
    static func parse<Sink: TapeSink>(_ text: UnsafeBufferPointer<UInt8>, into builder: inout TapeBuilder<Sink>) throws(ReadFailure) -> Bool {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            throw .libyaml(kind: .memory, problem: "out of memory", line: 1, column: 1, context: nil, contextLine: 1, contextColumn: 1, offset: 0)
        }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        // libyaml reads `size` bytes and never past them; empty text has no document.
        guard let base = text.baseAddress, !text.isEmpty else { return false }
        yaml_parser_set_input_string(&parser, base, text.count)
        try run(&parser, into: &builder)
        return builder.root != nil
    }

    private static func libyamlFailure(_ parser: yaml_parser_t) -> ReadFailure {
        let kind: ReadFailure.Kind
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

    /// The kind an explicit tag gives a scalar (any other tag: a string).
    private static func tagged(_ tag: UnsafeMutablePointer<yaml_char_t>) -> Tape.Kind {
        tag.withMemoryRebound(to: CChar.self, capacity: 1) { name in
            if strcmp(name, "tag:yaml.org,2002:int") == 0 { return .int }
            if strcmp(name, "tag:yaml.org,2002:float") == 0 { return .float }
            if strcmp(name, "tag:yaml.org,2002:bool") == 0 { return .bool }
            if strcmp(name, "tag:yaml.org,2002:null") == 0 { return .null }
            return .string
        }
    }

    private static func isEmptyOrQuestionMark(_ tag: UnsafeMutablePointer<yaml_char_t>?) -> Bool {
        guard let tag else { return true }
        return tag[0] == 0 || (tag[0] == UInt8(ascii: "?") && tag[1] == 0)
    }

    private static func run<Sink: TapeSink>(_ parser: inout yaml_parser_t, into builder: inout TapeBuilder<Sink>) throws(ReadFailure) {
        var event = yaml_event_t()
        var documents = 0
        let file = builder.tape.file
        func location(_ mark: yaml_mark_t) -> SourceLocation {
            SourceLocation(file: file, line: mark.line + 1, column: mark.column + 1)
        }
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else { throw libyamlFailure(parser) }
            defer { yaml_event_delete(&event) }
            let line = event.start_mark.line + 1, column = event.start_mark.column + 1
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 {
                    throw .diagnostic(Diagnostic(.error, "syntax", at: location(event.start_mark),
                        "invalid YAML: a second document starts here; a network file holds one document"))
                }
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                let value = UnsafeBufferPointer(start: scalar.value, count: scalar.length)
                if builder.awaitsKey {
                    if let first = builder.key(value, line: line, column: column) {
                        builder.noteDuplicate(first: first, second: builder.tape.nodes.count - 1)
                    }
                    continue
                }
                let kind: Tape.Kind
                if scalar.quoted_implicit == 1 {
                    kind = .string
                } else if scalar.style == YAML_PLAIN_SCALAR_STYLE && isEmptyOrQuestionMark(scalar.tag) {
                    kind = .resolvePlain(value)
                } else if let tag = scalar.tag {
                    kind = tagged(tag)
                } else {
                    kind = .string
                }
                try builder.scalar(kind, value, line: line, column: column, anchor: text(scalar.anchor))
            case YAML_ALIAS_EVENT:
                let name = text(event.data.alias.anchor) ?? ""
                if builder.awaitsKey {
                    throw .diagnostic(Diagnostic(.error, "yaml-alias", at: location(event.start_mark),
                        "YAML alias '*\(name)' used as a mapping key; aliases are not supported as keys"))
                }
                try builder.alias(name, line: line, column: column)
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                if builder.awaitsKey {
                    throw .diagnostic(Diagnostic(.error, "syntax", at: location(event.start_mark), "mapping keys must be plain strings, not lists or mappings"))
                }
                let isMapping = event.type == YAML_MAPPING_START_EVENT
                let anchor = text(isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor)
                let isBlock = isMapping ? event.data.mapping_start.style == YAML_BLOCK_MAPPING_STYLE
                                        : event.data.sequence_start.style == YAML_BLOCK_SEQUENCE_STYLE
                builder.open(mapping: isMapping, block: isBlock, line: line, column: column, anchor: anchor)
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                if let frame = builder.innermost, let duplicate = frame.duplicates.min(by: { $0.key < $1.key }) {
                    let names = Set(frame.duplicates.map(\.key)).sorted().map { "'\($0)'" }.joined(separator: ", ")
                    if frame.isBlock {
                        throw .diagnostic(Diagnostic(.error, "duplicate-key", at: duplicate.second,
                            "duplicate key \(names) in a mapping (first at \(duplicate.first.line):\(duplicate.first.column))"))
                    }
                    throw .diagnostic(Diagnostic(.error, "duplicate-key", at: duplicate.first, "duplicate key \(names) in a mapping"))
                }
                try builder.close()
            default:
                continue
            }
        }
    }
}

extension Tape.Kind {
    /// Resolves a plain (unquoted) YAML scalar with the YAML 1.2 core schema. Unlike YAML 1.1,
    /// `no`, `on`, `2021-09-01` and `1:20` stay strings. The same rules as
    /// ``DocValue/Scalar/Resolved/resolvePlain(_:)``, on bytes.
    static func resolvePlain(_ text: UnsafeBufferPointer<UInt8>) -> Self {
        let count = text.count
        if count == 0 { return .null }
        let first = text[0]
        // Words: only texts starting with one of ~ n N t T f F . + - can be one.
        if count <= 6, first == 0x7E || first == 0x6E || first == 0x4E || first == 0x74 || first == 0x54
            || first == 0x66 || first == 0x46 || first == 0x2E || first == 0x2B || first == 0x2D {
            switch String(decoding: text, as: UTF8.self) {
            case "~", "null", "Null", "NULL": return .null
            case "true", "True", "TRUE", "false", "False", "FALSE": return .bool
            case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF",
                 ".nan", ".NaN", ".NAN": return .float
            default: break
            }
        }
        var position = 0
        if first == 0x2B || first == 0x2D { position = 1 }
        guard position < count else { return .string }
        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        // float: (\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?
        var digitsBefore = 0, digitsAfter = 0, sawDot = false
        while position < count, isDigit(text[position]) { digitsBefore += 1; position += 1 }
        if position == count { return .int }
        if text[position] == 0x2E {
            sawDot = true
            position += 1
            while position < count, isDigit(text[position]) { digitsAfter += 1; position += 1 }
        }
        guard digitsBefore + digitsAfter > 0, digitsBefore > 0 || sawDot else { return .string }
        if position < count, text[position] == 0x65 || text[position] == 0x45 {
            position += 1
            if position < count, text[position] == 0x2B || text[position] == 0x2D { position += 1 }
            guard position < count else { return .string }
            while position < count {
                if !isDigit(text[position]) { return .string }
                position += 1
            }
            return .float
        }
        return position == count && sawDot ? .float : .string
    }
}
