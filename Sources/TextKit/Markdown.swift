/// Escaping of data text for Markdown (CommonMark 0.31, plus GitHub's tables and strikethrough),
/// touching only what a CommonMark reader would otherwise interpret **in that position**, so the
/// source stays readable (`Belgium's counter-terrorism`, not `Belgium\'s counter\-terrorism`).
///
/// Where the text goes decides what is escaped (``Context``):
///
/// | position | escaped with a backslash |
/// |---|---|
/// | everywhere (``Context/inline``) | backtick `*` `[` `]` `<` `~` always; `\` before ASCII punctuation or at the end; `_` unless between two letters or digits (intraword `_` never opens or closes emphasis); `&` only where it would start an entity reference (`&amp;`, `&#38;`, `&#x26;`); `!` only before `[` |
/// | the start of a block line (``Context/lineStart``: a paragraph, a list item's content) | as inline, and: `#` to `######` followed by a space or the end (heading); `>` (block quote); `-` or `+` followed by a space or the end (list item); `1.` or `1)` with up to 9 digits followed by a space or the end (ordered list; the `.`/`)` is escaped); a line of only `-` and spaces (thematic break, setext underline) or only `=` (setext underline) |
/// | heading content (``Context/heading``) | as inline, and a final run of `#` after a space (it would be read as the closing sequence) |
/// | a table cell (``Context/tableCell``) | as inline, and `|` |
///
/// In every position line breaks (CR LF, CR, LF) become spaces, spaces and tabs at both ends are
/// dropped (a renderer would drop them, or, inside `*…*`, they would keep the delimiters from
/// closing; at a line start, four would begin a code block), and non-text scalars become U+FFFD
/// (TextKit's rule, ``Escape``). The caller must not put `[` right after escaped text (a final `!`
/// would then start an image); the briefing and the CLI never do.
///
/// - Complexity: O(n) in the length of the text.
public enum Markdown {
    /// Where escaped text is placed in a Markdown document.
    public enum Context: Sendable, CaseIterable {
        /// Inside a line, after other text or a delimiter of ours (`**caption**`, `*note*`).
        case inline
        /// At the start of a block's line: a paragraph, or the content of a list item after `- ` or `1. `.
        case lineStart
        /// The content of an ATX heading, after `## `.
        case heading
        /// A cell of a pipe table.
        case tableCell
    }

    /// Text inside a line (``Context/inline``).
    public static func inline(_ text: String) -> String { escape(text, in: .inline) }
    /// Text that starts a paragraph or a list item's content (``Context/lineStart``).
    public static func lineStart(_ text: String) -> String { escape(text, in: .lineStart) }
    /// The content of a heading (``Context/heading``).
    public static func heading(_ text: String) -> String { escape(text, in: .heading) }
    /// A table cell (``Context/tableCell``).
    public static func tableCell(_ text: String) -> String { escape(text, in: .tableCell) }

    /// `text` escaped for `context` (see the table above).
    public static func escape(_ text: String, in context: Context) -> String {
        let scalars = normalized(text)
        var escaped = [Bool](repeating: false, count: scalars.count)
        for i in scalars.indices where escapesInline(scalars, at: i) || (context == .tableCell && scalars[i] == "|") {
            escaped[i] = true
        }
        switch context {
        case .lineStart: if let i = blockMarker(scalars) { escaped[i] = true }
        case .heading: if let i = closingSequence(scalars) { escaped[i] = true }
        case .inline, .tableCell: break
        }
        var out = ""
        out.unicodeScalars.reserveCapacity(scalars.count + 8)
        for (i, scalar) in scalars.enumerated() {
            if escaped[i] { out.unicodeScalars.append("\\") }
            out.unicodeScalars.append(scalar)
        }
        return out
    }

    /// The scalars of `text` with line breaks as spaces, non-text as U+FFFD and no spaces or tabs at the ends.
    static func normalized(_ text: String) -> [Unicode.Scalar] {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.unicodeScalars.count)
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\n": if !previousWasCR { scalars.append(" ") }
            case "\r": scalars.append(" ")
            default: scalars.append(Escape.isText(scalar) ? scalar : "\u{FFFD}")
            }
        }
        let start = scalars.firstIndex { !isSpaceOrTab($0) } ?? scalars.endIndex
        let end = scalars.lastIndex { !isSpaceOrTab($0) }.map { $0 + 1 } ?? start
        return Array(scalars[start ..< max(start, end)])
    }

    /// Whether the scalar at `i` is escaped wherever the text stands.
    static func escapesInline(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        let next: Unicode.Scalar? = i + 1 < s.count ? s[i + 1] : nil
        switch s[i] {
        case "`", "*", "[", "]", "<", "~":
            return true
        case "\\":
            return next.map(isASCIIPunctuation) ?? true
        case "_":
            let previous: Unicode.Scalar? = i > 0 ? s[i - 1] : nil
            return !(previous.map(isAlphanumeric) == true && next.map(isAlphanumeric) == true)
        case "&":
            return startsEntity(s, after: i)
        case "!":
            return next == "["
        default:
            return false
        }
    }

    /// The index of the scalar to escape so that a line starting with `s` starts no block, if any.
    static func blockMarker(_ s: [Unicode.Scalar]) -> Int? {
        guard let first = s.first else { return nil }
        func spaceOrEnd(_ i: Int) -> Bool { i >= s.count || isSpaceOrTab(s[i]) }
        switch first {
        case "#":
            let run = s.prefix { $0 == "#" }.count
            return run <= 6 && spaceOrEnd(run) ? 0 : nil
        case ">":
            return 0
        case "-", "+", "=":
            if (first == "-" || first == "+") && spaceOrEnd(1) { return 0 }
            // A line of only `-` and spaces (thematic break, setext underline) or only `=` (setext underline).
            switch first {
            case "-": return s.allSatisfy { $0 == "-" || isSpaceOrTab($0) } ? 0 : nil
            case "=": return s.allSatisfy { $0 == "=" } ? 0 : nil
            default: return nil
            }
        default:
            let digits = s.prefix { ("0" ... "9").contains($0) }.count
            guard (1 ... 9).contains(digits), digits < s.count, s[digits] == "." || s[digits] == ")", spaceOrEnd(digits + 1) else { return nil }
            return digits
        }
    }

    /// The index of the first `#` of a final run that a heading would read as its closing sequence.
    static func closingSequence(_ s: [Unicode.Scalar]) -> Int? {
        guard s.last == "#" else { return nil }
        var k = s.count - 1
        while k > 0 && s[k - 1] == "#" { k -= 1 }
        return k == 0 || isSpaceOrTab(s[k - 1]) ? k : nil
    }

    /// Whether `&` at `i` starts something CommonMark reads as an entity or numeric character
    /// reference: `&name;` (a letter, then up to 31 letters or digits), `&#` 1–7 digits `;`, `&#x` 1–6 hex digits `;`.
    static func startsEntity(_ s: [Unicode.Scalar], after i: Int) -> Bool {
        var j = i + 1
        func run(_ limit: Int, _ accepts: (Unicode.Scalar) -> Bool) -> Int {
            var n = 0
            while j < s.count, n < limit, accepts(s[j]) { j += 1; n += 1 }
            return n
        }
        guard j < s.count else { return false }
        if s[j] == "#" {
            j += 1
            guard j < s.count else { return false }
            let count: Int
            if s[j] == "x" || s[j] == "X" {
                j += 1
                count = run(6) { $0.isASCII && $0.properties.isASCIIHexDigit }
            } else {
                count = run(7) { ("0" ... "9").contains($0) }
            }
            return count > 0 && j < s.count && s[j] == ";"
        }
        guard s[j].isASCII, s[j].properties.isAlphabetic else { return false }
        j += 1
        _ = run(31) { $0.isASCII && $0.properties.isAlphabetic || ("0" ... "9").contains($0) }
        return j < s.count && s[j] == ";"
    }

    static func isSpaceOrTab(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "\t" }

    static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// CommonMark's ASCII punctuation: the characters a backslash escapes.
    static func isASCIIPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x21 ... 0x2F, 0x3A ... 0x40, 0x5B ... 0x60, 0x7B ... 0x7E: return true
        default: return false
        }
    }
}
