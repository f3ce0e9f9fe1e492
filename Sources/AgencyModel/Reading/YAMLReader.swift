/// The located diagnostic of a failed read: libyaml's problems in our words, or the diagnostic
/// our own code raised.
///
/// Locations come from libyaml's marks: 1-based lines, columns in Unicode scalars. Guards:
/// one document only; nesting is limited by libyaml (1000 levels); aliases used as mapping keys
/// are refused; values added by alias expansion are counted, so expansion stops at
/// ``InputLimits/maximumValues``.
enum YAMLReader {
    static func diagnostic(for failure: ReadFailure, file: String, text bytes: UnsafeBufferPointer<UInt8>) -> Diagnostic {
        switch failure {
        case .diagnostic(let diagnostic):
            return diagnostic
        case let .libyaml(kind, problem, line, column, context, contextLine, contextColumn, offset):
            let at = SourceLocation(file: file, line: line, column: column)
            switch kind {
            case .parser where problem.contains("Maximum nesting level"):
                return Diagnostic(.error, "too-deep", at: at, "invalid YAML: nesting deeper than \(InputLimits.maximumNesting) levels")
            case .scanner, .parser:
                var message = "invalid YAML: " + problem.trimmingWhitespaceAndPeriod
                if let context, !context.isEmpty {
                    message += " (\(context.trimmingWhitespaceAndPeriod) at \(contextLine):\(contextColumn))"
                }
                return Diagnostic(.error, "syntax", at: at, message)
            case .reader:
                // The offset in characters, as Yams reported it.
                let text = String(decoding: bytes, as: UTF8.self)
                let index = text.utf8.index(text.utf8.startIndex, offsetBy: offset, limitedBy: text.utf8.endIndex)?.samePosition(in: text)
                let characters = index.map { text.distance(from: text.startIndex, to: $0) }
                return Diagnostic(.error, "syntax", at: SourceLocation(file: file, line: 1, column: 1),
                                  "invalid YAML input: \(problem)" + (characters.map { " at byte \($0)" } ?? ""))
            case .memory:
                return Diagnostic(.error, "syntax", at: SourceLocation(file: file, line: 1, column: 1), "invalid YAML: Memory error")
            }
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
