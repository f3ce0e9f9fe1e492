import TextKit

/// TextKit's one rule for characters that are not text (C0 controls but tab, line feed and
/// carriage return, DEL, C1, U+FFFE/U+FFFF), applied by ``DocumentReader`` to every YAML or JSON
/// document: such a scalar is refused at its line and column, whether it is written as it is or
/// as an escape (`"\u0001"` in JSON or a double-quoted YAML string), in any key or string value.
/// Writers could not carry it into XML, SVG or HTML (they would have to replace it), so the
/// readers say so where it was written instead.
enum TextRule {
    static let code = "not-text"

    static func message(_ scalar: Unicode.Scalar, escaped: Bool) -> String {
        "\(Escape.codePoint(scalar))\(escaped ? " (written as an escape)" : "") is not a text character: control characters other than tab, line feed and carriage return, DEL, C1 and U+FFFE/U+FFFF are refused"
    }

    /// The first non-text scalar written as it is in the file, located exactly.
    static func checkRaw(_ text: String, file: String) -> Diagnostic? {
        guard let bad = Escape.firstNonText(in: text) else { return nil }
        return Diagnostic(.error, code, at: SourceLocation(file: file, line: bad.line, column: bad.column),
                          message(bad.scalar, escaped: false))
    }

    /// The first key or string scalar of the tree holding a non-text scalar (necessarily written
    /// as an escape, since ``checkRaw(_:file:)`` passed), located at the key or value.
    /// - Complexity: O(size of the tree), iterative.
    static func checkDecoded(_ root: DocValue) -> Diagnostic? {
        func firstBad(_ s: String) -> Unicode.Scalar? { s.unicodeScalars.first { !Escape.isText($0) } }
        var stack: [DocValue] = [root]
        while let value = stack.popLast() {
            switch value.content {
            case .scalar(let scalar):
                if let bad = firstBad(scalar.text) { return Diagnostic(.error, code, at: value.location, message(bad, escaped: true)) }
            case .sequence(let items):
                stack.append(contentsOf: items.reversed())
            case .mapping(let entries):
                for entry in entries.reversed() {
                    stack.append(entry.value)
                }
                if let entry = entries.first(where: { firstBad($0.key) != nil }), let bad = firstBad(entry.key) {
                    return Diagnostic(.error, code, at: entry.keyLocation, message(bad, escaped: true))
                }
            }
        }
        return nil
    }
}
