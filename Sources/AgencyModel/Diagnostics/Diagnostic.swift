import TextKit
/// A position in a file: 1-based line and column. Columns count Unicode scalars, as libyaml does.
public struct SourceLocation: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The file as named to the reader (a path or a display name).
    public var file: String
    /// The line, from 1.
    public var line: Int
    /// The column, from 1, in Unicode scalars.
    public var column: Int

    /// Creates a location.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`.
    public var description: String { "\(file):\(line):\(column)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}

/// How serious a diagnostic is.
public enum Severity: String, Hashable, Sendable, Comparable {
    /// The file is invalid; `validate` exits with 1.
    case error
    /// Suspicious but valid.
    case warning

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .error && rhs == .warning }
}

/// One problem found in a file, with its location and a message a person can act on.
///
/// Printed as `file:line:column: error: message` (see ``description``), the form editors and CI
/// understand. ``code`` names the rule (e.g. `unknown-key`) for tools; it is stable.
public struct Diagnostic: Error, Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Error or warning.
    public var severity: Severity
    /// Where the problem is.
    public var location: SourceLocation
    /// The stable name of the rule, e.g. `unknown-key`, `dangling-reference`.
    public var code: String
    /// The message, without location or severity.
    public var message: String

    /// Creates a diagnostic.
    public init(_ severity: Severity, _ code: String, at location: SourceLocation, _ message: String) {
        self.severity = severity
        self.code = code
        self.location = location
        self.message = message
    }

    /// `file:line:column: error|warning: message`.
    public var description: String { "\(location): \(severity.rawValue): \(message)" }

    /// Orders by location, then severity, then message: the order in which tools print them.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        if lhs.severity != rhs.severity { return lhs.severity < rhs.severity }
        return (lhs.code, lhs.message) < (rhs.code, rhs.message)
    }
}

/// Checks over a list of diagnostics.
extension Array where Element == Diagnostic {
    /// Whether any diagnostic is an error.
    public var containsErrors: Bool { contains { $0.severity == .error } }

    /// The diagnostics as a JSON array (stable key order), for `--format json`.
    ///
    /// Each element: `{"file", "line", "column", "severity", "code", "message"}`.
    public func jsonText() -> String {
        if isEmpty { return "[]\n" }
        let items = map { d in
            "  {\"file\": \(Escape.jsonString(d.location.file)), \"line\": \(d.location.line), "
                + "\"column\": \(d.location.column), \"severity\": \"\(d.severity.rawValue)\", "
                + "\"code\": \(Escape.jsonString(d.code)), \"message\": \(Escape.jsonString(d.message))}"
        }
        return "[\n" + items.joined(separator: ",\n") + "\n]\n"
    }
}

/// Finds the closest candidate to a misspelt word, for "did you mean" hints. Shared by every
/// module above the model (analyses, rendering) so that hints behave the same everywhere.
public enum Suggestion {
    /// The candidate with the smallest edit distance (optimal string alignment: insertions,
    /// deletions, substitutions and adjacent transpositions), if that distance is at most
    /// `maxDistance` — by default a third of the word's length, at least 1 and at most 3; ties go
    /// to the earlier candidate. The word is compared in lower case.
    public static func closest(to word: String, in candidates: [String], maxDistance: Int? = nil) -> String? {
        let limit = maxDistance ?? Swift.min(3, Swift.max(1, word.count / 3))
        let scalars = Array(word.lowercased().unicodeScalars)
        var best: (String, Int)?
        for candidate in candidates {
            // Cheap length filter before the quadratic distance.
            let length = candidate.unicodeScalars.count
            if abs(length - scalars.count) > limit { continue }
            let distance = editDistance(scalars, Array(candidate.unicodeScalars), limit: limit)
            if distance <= limit, distance < (best?.1 ?? Int.max) { best = (candidate, distance) }
        }
        return best?.0
    }

    /// Optimal string alignment distance (Levenshtein plus adjacent transpositions),
    /// O(len(a)·len(b)); returns `limit + 1` early when lengths differ by more than `limit`.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty || b.isEmpty { return Swift.max(a.count, b.count) }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = Swift.min(current[j], previous2[j - 2] + 1)
                }
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }

    /// `; did you mean 'x'?` or an empty string.
    static func hint(for word: String, in candidates: [String]) -> String {
        closest(to: word, in: candidates).map { "; did you mean '\($0)'?" } ?? ""
    }
}
