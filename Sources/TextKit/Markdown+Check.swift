extension Markdown {
    /// The first place where a Markdown document would carry markup that did not come from our
    /// own writer, or `nil`: the briefing's gate for briefing.md (`BriefingWriter.checked`).
    ///
    /// Data reaches Markdown only through ``escape(_:in:)``, which escapes every `<`; the only
    /// raw HTML our writers put in is an anchor, `<a id="ID"></a>` with `ID` of `A-Z a-z 0-9 _ -`.
    /// Refused: any other `<` that is not backslash-escaped (a CommonMark reader could take it
    /// for an HTML tag, a comment or an autolink), and any scalar that is not text (TextKit's rule,
    /// ``Escape/isText(_:)``).
    ///
    /// - Returns: `line L, column C: …` (1-based, in Unicode scalars), or `nil` when the text passes.
    /// - Complexity: O(n) in the length of the text.
    public static func rawMarkupViolation(in text: String) -> String? {
        let scalars = Array(text.unicodeScalars)
        var line = 1, column = 1
        var i = 0
        func at(_ message: String) -> String { "line \(line), column \(column): \(message)" }
        while i < scalars.count {
            let scalar = scalars[i]
            if !Escape.isText(scalar) { return at("\(Escape.codePoint(scalar)) is not a text character") }
            if scalar == "\\", i + 1 < scalars.count, isASCIIPunctuation(scalars[i + 1]) {
                // A backslash escape (CommonMark: before ASCII punctuation): the next character is literal.
                i += 2
                column += 2
                continue
            }
            if scalar == "<" {
                guard let length = anchorLength(scalars, from: i) else {
                    let shown = String(String.UnicodeScalarView(scalars[i..<min(scalars.count, i + 12)]))
                    return at("raw markup '\(shown)…' (only <a id=\"…\"></a> anchors are written unescaped)")
                }
                i += length
                column += length
                continue
            }
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            i += 1
        }
        return nil
    }

    /// The length of `<a id="ID"></a>` starting at `start`, or `nil` when something else starts there.
    private static func anchorLength(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        let open = Array("<a id=\"".unicodeScalars), close = Array("\"></a>".unicodeScalars)
        guard scalars.count >= start + open.count, Array(scalars[start..<start + open.count]) == open else { return nil }
        var i = start + open.count
        while i < scalars.count, isIDScalar(scalars[i]) { i += 1 }
        guard i > start + open.count, scalars.count >= i + close.count, Array(scalars[i..<i + close.count]) == close else { return nil }
        return i + close.count - start
    }

    private static func isIDScalar(_ s: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(s) || ("A"..."Z").contains(s) || ("0"..."9").contains(s) || s == "_" || s == "-"
    }
}
