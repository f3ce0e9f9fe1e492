import TextKit

/// TextKit's one rule for characters that are not text (C0 controls but tab, line feed and
/// carriage return, DEL, C1, U+FFFE/U+FFFF), applied by ``DocumentReader`` to every YAML or JSON
/// document: such a scalar is refused at its line and column, whether it is written as it is
/// (``checkRaw(_:file:)``, before parsing) or as an escape (`"\u0001"` in JSON or a double-quoted
/// YAML string; ``TapeBuilder`` checks every key and scalar as it is read), in any key or value.
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

}
