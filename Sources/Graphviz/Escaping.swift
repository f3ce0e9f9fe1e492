import TextKit

/// Escaping of user text for Graphviz.
///
/// Graphviz reads label-like attributes as *escStrings*: `\N`, `\G`, `\E`, `\T`, `\H`, `\L` expand to
/// names, `\n`, `\l`, `\r` end lines, and `&…;` entities are decoded in every output format. To
/// show user text literally, every backslash is doubled and every `&` becomes `&amp;`. Newline
/// characters stay line breaks.
/// Scalars that are not text under TextKit's rule (`TextKit.Escape`) become U+FFFD: Graphviz
/// would copy them into the SVG, which XML cannot hold. The XML parts of HTML-like labels are
/// escaped by TextKit's `Escape.xml`.
public enum Escaping {
    /// Escapes text so that Graphviz shows it exactly as given in a label, xlabel or tooltip.
    ///
    /// - Complexity: O(n) in the length of `text`.
    public static func label(_ text: String) -> String {
        Escape.map(text, ["\\": "\\\\", "&": "&amp;", "\r": ""]) { Escape.isText($0) ? nil : "\u{FFFD}" }
    }

    /// Escapes text so that Graphviz shows it exactly as given in a tooltip.
    ///
    /// Graphviz 2.4x passes tooltips through two rounds of backslash processing (its tooltip
    /// preprocessing, then escString expansion), so each backslash is written four times.
    ///
    /// - Complexity: O(n) in the length of `text`.
    public static func tooltip(_ text: String) -> String {
        label(text).replacingAll("\\\\", with: "\\\\\\\\")
    }

    /// The inverse of ``tooltip(_:)``.
    static func unescapeTooltip(_ text: String) -> String {
        unescapeLabel(text.replacingAll("\\\\", with: "\\"))
    }

    /// The inverse of ``label(_:)``, for reading back typed properties.
    static func unescapeLabel(_ text: String) -> String {
        text.replacingAll("&amp;", with: "&").replacingAll("\\\\", with: "\\")
    }

    /// Escapes text for use inside an HTML-like label (`&`, `<`, `>`, `"`, `'`), so that text from
    /// data can be placed in a table cell without becoming markup. Backslashes are doubled:
    /// Graphviz 2.43 expands `\N`, `\G`, … inside HTML-like labels too (even when written as the
    /// character reference `&#92;N`). A newline becomes `<BR/>`.
    ///
    /// - Complexity: O(n) in the length of `text`.
    public static func html(_ text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return lines.map { Escape.xml(Escape.map(String($0), ["\\": "\\\\", "\r": ""]) { _ in nil }) }.joined(separator: "<BR/>")
    }
}

extension String {
    /// Replaces every occurrence of `target`, scanning left to right without overlaps.
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var out = ""
        var rest = Substring(self)
        while let r = rest.range(of: target) {
            out += rest[..<r.lowerBound]
            out += replacement
            rest = rest[r.upperBound...]
        }
        out += rest
        return out
    }
}

extension Substring {
    fileprivate func range(of target: String) -> Range<Index>? {
        let t = Array(target.utf8)
        let u = self.utf8
        guard t.count <= u.count else { return nil }
        var i = u.startIndex
        while i != u.endIndex {
            var j = i
            var k = 0
            while k < t.count, j != u.endIndex, u[j] == t[k] {
                u.formIndex(after: &j)
                k += 1
            }
            if k == t.count { return i..<j }
            u.formIndex(after: &i)
        }
        return nil
    }
}

/// Checks of values that Graphviz writes into SVG without escaping, or that would change
/// Graphviz's behaviour in ways user data must not.
enum Validation {
    static let urlAttributes: Set<String> = [
        "URL", "href", "edgeURL", "edgehref", "headURL", "headhref", "tailURL", "tailhref",
        "labelURL", "labelhref",
    ]
    static let fontAttributes: Set<String> = ["fontname", "labelfontname"]
    static let colorAttributes: Set<String> = [
        "color", "fillcolor", "fontcolor", "bgcolor", "pencolor", "labelfontcolor",
    ]

    static func check(name: String, value: String) throws {
        func refuse(_ reason: String) -> GraphvizError {
            .invalidAttributeValue(name: name, value: value, reason: reason)
        }
        if value.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\n" && $0 != "\t" }) {
            throw refuse("control characters are not allowed")
        }
        if urlAttributes.contains(name) {
            let forbidden: Set<Unicode.Scalar> = ["\"", "'", "<", ">", "\\", "&", " ", "\t", "\n", "`"]
            if value.unicodeScalars.contains(where: { forbidden.contains($0) || $0.value > 0x7e }) {
                throw refuse("URLs may not contain quotes, angle brackets, backslashes, '&', white space or non-ASCII characters (percent-encode them)")
            }
            let lower = value.lowercased()
            let allowed = lower.hasPrefix("http://") || lower.hasPrefix("https://")
                || lower.hasPrefix("mailto:") || lower.hasPrefix("#")
            if !allowed {
                throw refuse("only http:, https:, mailto: URLs and #fragments are allowed")
            }
        } else if fontAttributes.contains(name) {
            let ok = !value.isEmpty && value.unicodeScalars.allSatisfy {
                ($0.properties.isAlphabetic || ("0"..."9").contains($0)) && $0.value < 0x250
                    || [" ", "-", "_", ".", ","].contains($0)
            }
            if !ok { throw refuse("font names may contain only letters, digits, spaces, '-', '_', '.' and ','") }
        } else if name == "id" {
            let scalars = Array(value.unicodeScalars)
            let ok = !scalars.isEmpty && scalars.allSatisfy(isNameChar)
                && !("0"..."9").contains(scalars[0]) && scalars[0] != "-" && scalars[0] != "."
            if !ok { throw refuse("ids may contain only ASCII letters, digits, '_', '-', '.' and ':' and must start with a letter, '_' or ':'") }
        } else if name == "class" {
            let ok = value.unicodeScalars.allSatisfy { isNameChar($0) && $0 != ":" && $0 != "." || $0 == " " }
            if !ok { throw refuse("classes may contain only ASCII letters, digits, '_' and '-', separated by spaces") }
        } else if colorAttributes.contains(name) {
            let forbidden: Set<Unicode.Scalar> = ["\"", "'", "<", ">", "\\", "&"]
            if value.isEmpty || value.unicodeScalars.contains(where: { forbidden.contains($0) }) {
                throw refuse("colours may not be empty or contain quotes, angle brackets, '&' or backslashes")
            }
        }
    }

    private static func isNameChar(_ c: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c)
            || c == "_" || c == "-" || c == "." || c == ":"
    }
}
