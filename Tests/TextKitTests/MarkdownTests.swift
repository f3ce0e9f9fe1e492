import Testing
import TextKit

@Suite struct MarkdownTests {
    /// Text CommonMark reads as text stays as it is, in every position.
    @Test(arguments: Markdown.Context.allCases)
    func plainTextIsUntouched(_ context: Markdown.Context) {
        for text in ["Belgium's counter-terrorism coordination network", "density (0.0466 → 0.0435); R, random", "graphs/belgium-counter-terrorism.yaml @ 2015",
                     "\"Terrorisme\" (in French). C# & F#", "snake_case_name", "50% {x} $5 + 3 = 8 - 1", "a > b", "AT&T &c"] {
            #expect(Markdown.escape(text, in: context) == text, "\(context): \(text)")
        }
    }

    @Test(arguments: [
        // Inline: always.
        ("`code`", "\\`code\\`"), ("*bold*", "\\*bold\\*"), ("[x](javascript:alert(1))", "\\[x\\](javascript:alert(1))"),
        ("<script>", "\\<script>"), ("~~strike~~", "\\~\\~strike\\~\\~"),
        // `_` except between letters or digits.
        ("_u_", "\\_u\\_"), ("a_b", "a_b"), ("été_été", "été_été"), ("a _b_ c", "a \\_b\\_ c"), ("x__", "x\\_\\_"),
        // `\` before ASCII punctuation or at the end, not before a letter or space.
        ("C:\\dir", "C:\\dir"), ("a\\*b", "a\\\\\\*b"), ("end\\", "end\\\\"), ("a \\ b", "a \\ b"),
        // `&` only where it would start a reference.
        ("&amp;", "\\&amp;"), ("&#39;", "\\&#39;"), ("&#x26;", "\\&#x26;"), ("& amp;", "& amp;"), ("&#;", "&#;"), ("&#xZ;", "&#xZ;"), ("&amp", "&amp"),
        // `!` only before `[`.
        ("Hello!", "Hello!"), ("![img](x.png)", "\\!\\[img\\](x.png)"),
        // Line breaks become spaces, ends trimmed, non-text scalars U+FFFD.
        ("a\nb\r\nc\rd", "a b c d"), ("  padded \t", "padded"), ("a\u{1}b\u{7F}c\u{9B}d", "a\u{FFFD}b\u{FFFD}c\u{FFFD}d"),
        // Block markers mean nothing inside a line.
        ("# heading", "# heading"), ("1. item", "1. item"), ("- item", "- item"), ("> quote", "> quote"), ("---", "---"),
    ])
    func inline(_ text: String, _ expected: String) {
        #expect(Markdown.inline(text) == expected)
    }

    @Test(arguments: [
        ("# heading", "\\# heading"), ("###### six", "\\###### six"), ("####### seven", "####### seven"), ("#", "\\#"), ("#hashtag", "#hashtag"),
        ("> quote", "\\> quote"), (">x", "\\>x"),
        ("- item", "\\- item"), ("+ item", "\\+ item"), ("-", "\\-"), ("-5 °C", "-5 °C"), ("+32 2 501 81 11", "+32 2 501 81 11"),
        ("* item", "\\* item"),
        ("1. item", "1\\. item"), ("2015) was", "2015\\) was"), ("123456789. x", "123456789\\. x"), ("1234567890. x", "1234567890. x"), ("1.5 m", "1.5 m"), ("3.", "3\\."),
        ("---", "\\---"), ("- - -", "\\- - -"), ("--", "\\--"), ("===", "\\==="), ("= = =", "= = ="), ("== x", "== x"), ("___", "\\_\\_\\_"),
        ("    indented", "indented"), ("\t\tcode", "code"),
        ("``` fence", "\\`\\`\\` fence"), ("~~~", "\\~\\~\\~"), ("<div>", "\\<div>"), ("[x]: http://e.com", "\\[x\\]: http://e.com"),
    ])
    func lineStart(_ text: String, _ expected: String) {
        #expect(Markdown.lineStart(text) == expected)
    }

    @Test(arguments: [
        ("C#", "C#"), ("C #", "C \\#"), ("x ##", "x \\##"), ("#", "\\#"), ("###", "\\###"), ("# x", "# x"), ("a#b #c", "a#b #c"), ("x ## ", "x \\##"),
    ])
    func heading(_ text: String, _ expected: String) {
        #expect(Markdown.heading(text) == expected)
    }

    @Test(arguments: [
        ("a|b", "a\\|b"), ("|", "\\|"), ("- item", "- item"), ("*x*", "\\*x\\*"), ("a\nb", "a b"),
    ])
    func tableCell(_ text: String, _ expected: String) {
        #expect(Markdown.tableCell(text) == expected)
        // `|` is escaped only in cells.
        #expect(Markdown.inline("a|b") == "a|b")
    }

    /// The briefing's Markdown gate: our anchors pass, escaped text passes, any other `<` or a
    /// non-text scalar is refused at its line and column.
    @Test func rawMarkupGate() {
        #expect(Markdown.rawMarkupViolation(in: "# T\n\n<a id=\"fig-1\"></a>\n\ntext \\<script> a > b\n") == nil)
        for context in Markdown.Context.allCases {
            for text in ["<script>alert(1)</script>", "<a id=\"x\" onclick=\"y\"></a>", "<!-- c -->", "<http://x>", "\\<b>", "a\u{1}b"] {
                #expect(Markdown.rawMarkupViolation(in: Markdown.escape(text, in: context)) == nil, "\(context): \(text)")
            }
        }
        #expect(Markdown.rawMarkupViolation(in: "ok\n  <script>") == "line 2, column 3: raw markup '<script>…' (only <a id=\"…\"></a> anchors are written unescaped)")
        #expect(Markdown.rawMarkupViolation(in: "<a id=\"x\" onclick=\"y\"></a>") != nil)
        #expect(Markdown.rawMarkupViolation(in: "<a id=\"\"></a>") != nil)
        #expect(Markdown.rawMarkupViolation(in: "\\\\<b>") != nil)   // an escaped backslash, then a raw <
        #expect(Markdown.rawMarkupViolation(in: "a\u{1}b") == "line 1, column 2: U+0001 is not a text character")
    }
}
