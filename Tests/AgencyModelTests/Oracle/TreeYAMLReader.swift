@testable import AgencyModel
/// Parses YAML text (through libyaml's event API, ``TreeYAMLEventBuilder``) into a located
/// ``DocValue`` tree.
///
/// Locations come from libyaml's marks: 1-based lines, columns in Unicode scalars. Guards:
/// one document only; nesting is limited by libyaml (1000 levels); aliases used as mapping keys
/// are refused; values added by alias expansion are counted, so expansion stops at
/// ``InputLimits/maximumValues``.
enum TreeYAMLReader {
    static func read(_ text: String, file: String) -> Result<DocValue, Diagnostic> {
        switch TreeYAMLEventBuilder.build(text, file: file) {
        case .success(let root?):
            return .success(root)
        case .success(nil):
            return .failure(Diagnostic(.error, "empty-file", at: SourceLocation(file: file, line: 1, column: 1),
                                       "file has no YAML document (only comments or blank lines)"))
        case .failure(.diagnostic(let diagnostic)):
            return .failure(diagnostic)
        case .failure(let .libyaml(kind, problem, line, column, context, contextLine, contextColumn, offset)):
            let at = SourceLocation(file: file, line: line, column: column)
            switch kind {
            case .parser where problem.contains("Maximum nesting level"):
                return .failure(Diagnostic(.error, "too-deep", at: at, "invalid YAML: nesting deeper than \(InputLimits.maximumNesting) levels"))
            case .scanner, .parser:
                var message = "invalid YAML: " + problem.trimmingWhitespaceAndPeriod
                if let context, !context.isEmpty {
                    message += " (\(context.trimmingWhitespaceAndPeriod) at \(contextLine):\(contextColumn))"
                }
                return .failure(Diagnostic(.error, "syntax", at: at, message))
            case .reader:
                // The offset in characters, as Yams reported it.
                let index = text.utf8.index(text.utf8.startIndex, offsetBy: offset, limitedBy: text.utf8.endIndex)?.samePosition(in: text)
                let characters = index.map { text.distance(from: text.startIndex, to: $0) }
                return .failure(Diagnostic(.error, "syntax", at: SourceLocation(file: file, line: 1, column: 1),
                                           "invalid YAML input: \(problem)" + (characters.map { " at byte \($0)" } ?? "")))
            case .memory:
                return .failure(Diagnostic(.error, "syntax", at: SourceLocation(file: file, line: 1, column: 1), "invalid YAML: Memory error"))
            }
        }
    }
}

