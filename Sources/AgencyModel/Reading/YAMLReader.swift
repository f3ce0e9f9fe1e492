import Yams

/// Parses YAML text (through Yams/libyaml) into a located ``DocValue`` tree.
///
/// Locations come from libyaml's marks: 1-based lines, columns in Unicode scalars. Guards:
/// one document only; nesting is limited by libyaml (1000 levels); aliases used as mapping keys
/// are refused before parsing (hashing a large aliased key is exponential in Yams); every value
/// reached is counted, so alias expansion stops at ``InputLimits/maximumValues``.
enum YAMLReader {
    static func read(_ text: String, file: String) -> Result<DocValue, Diagnostic> {
        if let problem = AliasKeyScan.firstAliasKey(in: text) {
            return .failure(Diagnostic(.error, "yaml-alias", at: SourceLocation(file: file, line: problem.line, column: problem.column),
                "YAML alias '*\(problem.name)' used as a mapping key; aliases are not supported as keys"))
        }
        let root: Yams.Node?
        do {
            root = try Parser(yaml: text).singleRoot()
        } catch let error as YamlError {
            return .failure(diagnostic(for: error, file: file))
        } catch {
            return .failure(Diagnostic(.error, "syntax", at: SourceLocation(file: file, line: 1, column: 1), "\(error)"))
        }
        guard let root else {
            return .failure(Diagnostic(.error, "empty-file", at: SourceLocation(file: file, line: 1, column: 1),
                                       "file has no YAML document (only comments or blank lines)"))
        }
        var budget = InputLimits.maximumValues
        return convert(root, file: file, budget: &budget)
    }

    private static func location(_ mark: Mark?, _ file: String) -> SourceLocation {
        SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    private static func convert(_ node: Yams.Node, file: String, budget: inout Int) -> Result<DocValue, Diagnostic> {
        budget -= 1
        let here = location(node.mark, file)
        if budget < 0 {
            return .failure(Diagnostic(.error, "too-many-values", at: here,
                "document expands to more than \(InputLimits.maximumValues) values (YAML aliases repeated too often?)"))
        }
        switch node {
        case .scalar(let scalar):
            let resolved: DocValue.Scalar.Resolved
            let tag = scalar.tag.rawValue
            if scalar.style == .plain && (tag.isEmpty || tag == "?") {
                resolved = .resolvePlain(scalar.string)
            } else {
                switch tag {
                case "tag:yaml.org,2002:int": resolved = .int
                case "tag:yaml.org,2002:float": resolved = .float
                case "tag:yaml.org,2002:bool": resolved = .bool
                case "tag:yaml.org,2002:null": resolved = .null
                default: resolved = .string
                }
            }
            return .success(DocValue(content: .scalar(.init(text: scalar.string, resolved: resolved)), location: here))
        case .sequence(let sequence):
            var items: [DocValue] = []
            for item in sequence {
                switch convert(item, file: file, budget: &budget) {
                case .success(let value): items.append(value)
                case .failure(let diagnostic): return .failure(diagnostic)
                }
            }
            return .success(DocValue(content: .sequence(items), location: here))
        case .mapping(let mapping):
            var entries: [DocValue.Entry] = []
            for (key, value) in mapping {
                let keyLocation = location(key.mark, file)
                guard case .scalar(let keyScalar) = key else {
                    return .failure(Diagnostic(.error, "syntax", at: keyLocation, "mapping keys must be plain strings, not lists or mappings"))
                }
                switch convert(value, file: file, budget: &budget) {
                case .success(let converted):
                    entries.append(.init(key: keyScalar.string, keyLocation: keyLocation, value: converted))
                case .failure(let diagnostic): return .failure(diagnostic)
                }
            }
            return .success(DocValue(content: .mapping(entries), location: here))
        case .alias:
            return .failure(Diagnostic(.error, "yaml-alias", at: here, "unresolved YAML alias"))
        }
    }

    /// The next line after `first` that starts with `key:` at the same column and belongs to the
    /// same block mapping (no line in between is less indented); `nil` for flow mappings.
    private static func repeatedBlockKey(_ key: String, after first: SourceLocation, in text: String) -> SourceLocation? {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        let indent = first.column - 1
        var index = first.line
        while index < lines.count {
            let line = lines[index]
            let trimmed = line.drop { $0 == " " }
            let lineIndent = line.count - trimmed.count
            if !trimmed.isEmpty && !trimmed.hasPrefix("#") {
                if lineIndent < indent { return nil }
                if lineIndent == indent && (trimmed.hasPrefix(key + ":") || trimmed.hasPrefix("\"\(key)\":")) {
                    return SourceLocation(file: first.file, line: index + 1, column: first.column)
                }
                if lineIndent == indent && trimmed.hasPrefix("- ") { return nil }
            }
            index += 1
        }
        return nil
    }

    private static func diagnostic(for error: YamlError, file: String) -> Diagnostic {
        let start = SourceLocation(file: file, line: 1, column: 1)
        switch error {
        case let .composer(_, problem, mark, _) where problem.contains("found another document"):
            return Diagnostic(.error, "syntax", at: SourceLocation(file: file, line: mark.line, column: mark.column),
                              "invalid YAML: a second document starts here; a network file holds one document")
        case let .parser(_, problem, mark, _) where problem.contains("Maximum nesting level"):
            return Diagnostic(.error, "too-deep", at: SourceLocation(file: file, line: mark.line, column: mark.column),
                              "invalid YAML: nesting deeper than \(InputLimits.maximumNesting) levels")
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            var message = "invalid YAML: " + problem.trimmingWhitespaceAndPeriod
            if let context, !context.text.isEmpty {
                message += " (\(context.text.trimmingWhitespaceAndPeriod) at \(context.mark.line):\(context.mark.column))"
            }
            return Diagnostic(.error, "syntax", at: SourceLocation(file: file, line: mark.line, column: mark.column), message)
        case let .duplicatedKeysInMapping(duplicates, context):
            let first = SourceLocation(file: file, line: context.mark.line, column: context.mark.column)
            let names = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            if let key = duplicates.first, let repeated = repeatedBlockKey(key, after: first, in: context.text) {
                return Diagnostic(.error, "duplicate-key", at: repeated,
                                  "duplicate key \(names) in a mapping (first at \(first.line):\(first.column))")
            }
            return Diagnostic(.error, "duplicate-key", at: first, "duplicate key \(names) in a mapping")
        case let .reader(problem, offset, _, _):
            return Diagnostic(.error, "syntax", at: start, "invalid YAML input: \(problem)" + (offset.map { " at byte \($0)" } ?? ""))
        default:
            return Diagnostic(.error, "syntax", at: start, "invalid YAML: \(error)")
        }
    }
}

extension String {
    var trimmingWhitespaceAndPeriod: String {
        var text = Substring(self)
        while let last = text.last, last.isWhitespace || last == "." { text = text.dropLast() }
        while let first = text.first, first.isWhitespace { text = text.dropFirst() }
        return String(text)
    }
}

/// Finds YAML aliases used as mapping keys, before parsing.
///
/// Yams hashes every mapping key to detect duplicates; an alias to a large (self-multiplying)
/// collection used as a key makes that exponential. The scan first collects anchor names defined
/// at the start of a node (`&name` after indentation, `- `, `: `, `? `, `[`, `{` or `,`), then
/// reports the first `*name` of such an anchor followed by `:` (an implicit key) or preceded by
/// `? ` (an explicit key). Quoted text and comments are skipped; being text-based, it may in rare
/// cases refuse a block scalar line that looks exactly like an anchored alias key.
enum AliasKeyScan {
    struct Hit { var name: String; var line: Int; var column: Int }

    static func firstAliasKey(in text: String) -> Hit? {
        guard text.contains("&"), text.contains("*") else { return nil }
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map { Array($0.unicodeScalars) }
        var anchors = Set<String>()
        for line in lines { for token in tokens(in: line) where token.sigil == "&" { anchors.insert(token.name) } }
        guard !anchors.isEmpty else { return nil }
        for (number, line) in lines.enumerated() {
            for token in tokens(in: line) where token.sigil == "*" && anchors.contains(token.name) {
                if token.followedByColon || token.afterQuestionMark {
                    return Hit(name: token.name, line: number + 1, column: token.column)
                }
            }
        }
        return nil
    }

    private struct Token { var sigil: Unicode.Scalar; var name: String; var column: Int; var followedByColon: Bool; var afterQuestionMark: Bool }

    private static func tokens(in line: [Unicode.Scalar]) -> [Token] {
        var result: [Token] = []
        var i = 0
        var atNodeStart = true
        var afterQuestion = false
        var quote: Unicode.Scalar?
        while i < line.count {
            let c = line[i]
            if let open = quote {
                if c == open { quote = nil }
                i += 1
                continue
            }
            switch c {
            case " ", "\t", "\r":
                i += 1
                continue
            case "#":
                if i == 0 || line[i - 1] == " " || line[i - 1] == "\t" { return result }
            case "\"", "'":
                if atNodeStart { quote = c; atNodeStart = false; i += 1; continue }
            case "[", "{", ",":
                atNodeStart = true; afterQuestion = false; i += 1; continue
            case "-", "?", ":":
                if i + 1 == line.count || line[i + 1] == " " || line[i + 1] == "\t" {
                    atNodeStart = true
                    afterQuestion = c == "?"
                    i += 1
                    continue
                }
            case "&", "*":
                if atNodeStart {
                    var j = i + 1
                    var name = ""
                    while j < line.count, line[j].isASCII, line[j].properties.isAlphabetic || ("0"..."9").contains(line[j]) || line[j] == "_" || line[j] == "-" {
                        name.unicodeScalars.append(line[j]); j += 1
                    }
                    var k = j
                    while k < line.count, line[k] == " " || line[k] == "\t" { k += 1 }
                    let colon = k < line.count && line[k] == ":" && (k + 1 == line.count || " \t,]}".unicodeScalars.contains(line[k + 1]))
                    if !name.isEmpty {
                        result.append(Token(sigil: c, name: name, column: i + 1, followedByColon: colon, afterQuestionMark: afterQuestion))
                    }
                    i = j
                    atNodeStart = c == "&"
                    continue
                }
            default:
                break
            }
            atNodeStart = false
            afterQuestion = false
            i += 1
        }
        return result
    }
}
