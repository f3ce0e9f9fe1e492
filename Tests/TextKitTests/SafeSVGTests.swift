import Testing
import TextKit

@Suite("SafeSVG: the last check of every SVG")
struct SafeSVGTests {
    static let head = #"<?xml version="1.0" encoding="UTF-8" standalone="no"?>"# + "\n"
        + #"<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">"# + "\n"
    static func svg(_ body: String) -> String {
        head + #"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">"# + body + "</svg>\n"
    }

    static let safe: [String] = [
        svg(#"<!-- a&#45;&gt;b --><g id="node1" class="node"><title>a</title><text x="1">A &amp; B &#233; ]] &gt;</text></g>"#),
        svg(#"<a xlink:href="https://example.org/a?b=1&amp;c=2" xlink:title="t"><text>x</text></a>"#),
        svg(##"<a xlink:href="#n1"/><a href="mailto:x@example.org"/><a href="../rel/x.html"/><a href="//host/x"/>"##),
        svg(##"<defs><linearGradient id="l1"/></defs><polygon fill="url(#l1)" points="0,0"/>"##),
        svg("<style>.node { stroke: red }</style><text><![CDATA[a < b]]></text>"),
        svg("<text>tab\there\r\n</text><text>été 中文 🇧🇪</text>"),
    ]

    static let unsafe: [(String, String)] = [
        (svg("<script>alert(1)</script>"), "<script>"),
        (svg("<SCRIPT>alert(1)</SCRIPT>"), "<SCRIPT>"),
        (svg("<svg:script xmlns:svg=\"http://www.w3.org/2000/svg\"/>"), "<svg:script>"),
        (svg("<foreignObject><div/></foreignObject>"), "<foreignObject>"),
        (svg(#"<set attributeName="href" to="javascript:alert(1)"/>"#), "<set>"),
        (svg(#"<g onload="alert(1)"/>"#), "onload"),
        (svg(#"<g ONMOUSEOVER="alert(1)"/>"#), "ONMOUSEOVER"),
        (svg(#"<a xlink:href="javascript:alert(1)"/>"#), "link"),
        (svg(#"<a xlink:href=" JaVaScRiPt:alert(1)"/>"#), "link"),
        (svg(#"<a xlink:href="&#x6A;avascript:alert(1)"/>"#), "link"),
        (svg(#"<a xlink:href="java&#x09;script:alert(1)"/>"#), "link"),
        (svg(#"<a href="data:text/html,x"/>"#), "link"),
        (svg(#"<image xlink:href="file:///etc/passwd"/>"#), "link"),
        (svg(#"<a href="http://x/&quot;onclick"/>"#), "link"),
        (svg(#"<a xlink:href="javascript&colon;alert(1)"/>"#), "unknown entity"),
        (svg(##"<polygon fill="url(https://evil.example/x.svg#a)"/>"##), "url("),
        (svg("<style>@import url(https://evil.example/x.css);</style>"), "@import"),
        (svg(#"<g style="background:url(http://evil/x)"/>"#), "url("),
        (head + "<?xml-stylesheet href=\"https://evil.example/x.css\"?><svg/>", "xml-stylesheet"),
        (svg("<?xml-stylesheet href=\"x.css\"?>"), "xml-stylesheet"),
        ("<!DOCTYPE svg [<!ENTITY x \"y\">]><svg>&x;</svg>", "internal subset"),
        (svg("<text>A\u{1}B</text>"), "U+0001"),
        (svg("<text>A&#1;B</text>"), "&#1;"),
        (svg("<text>A&#xFFFE;B</text>"), "&#xFFFE;"),
        (svg("<text>A\u{85}B</text>"), "U+0085"),
        (svg("<!-- a -- b -->"), "'--'"),
        (svg("<g><text></g></text>"), "does not close"),
        (svg("<g a=\"1\" a=\"2\"/>"), "repeated"),
        (svg("<g a=\"<\"/>"), "'<'"),
        (svg("<text>a & b</text>"), "'&'"),
        (svg("<text>]]></text>"), "']]>'"),
        (svg("<g>"), "does not close"),
        (head + "<svg><g>", "not closed"),
        (svg("") + "<svg/>", "second root"),
        ("", "no root"),
    ]

    @Test(arguments: safe)
    func safeDocumentsPass(document: String) {
        #expect(SafeSVG.check(document) == nil, "\(SafeSVG.check(document).map(\.description) ?? "")")
    }

    @Test(arguments: unsafe.indices)
    func unsafeDocumentsAreRefused(index: Int) {
        let (document, named) = Self.unsafe[index]
        let violation = SafeSVG.check(document)
        #expect(violation != nil, "accepted: \(document)")
        #expect(violation?.message.contains(named) == true, "\(violation?.description ?? "nil") should name \(named)")
    }

    @Test func invalidUTF8IsLocated() throws {
        let bytes = Array("<svg>\n<text>ab".utf8) + [0xFF] + Array("</text></svg>".utf8)
        let violation = try #require(SafeSVG.check(bytes))
        #expect(violation.message == "invalid UTF-8")
        #expect(violation.line == 2 && violation.column == 9)
    }

    @Test func violationsCarryTheirPosition() throws {
        let violation = try #require(SafeSVG.check("<svg>\n  <g onclick=\"x\"/></svg>"))
        #expect(violation.line == 2 && violation.column == 6)
    }

    @Test(arguments: [
        ("https://example.org", true), ("HTTP://X", true), ("mailto:a@b", true), ("#frag", true), ("rel/x.html", true),
        ("/abs", true), ("?q=1", true), ("a/b:c", true), ("", true),
        ("javascript:x", false), ("JAVASCRIPT:x", false), (" javascript:x", false), ("java\tscript:x", false),
        ("java\nscript:x", false), ("\u{1}javascript:x", false), ("vbscript:x", false), ("data:x", false),
        ("file:///etc/passwd", false), ("http://x/\"y", false), ("http://x/<y", false), ("http://x\\y", false),
    ])
    func linkAllowlist(link: String, allowed: Bool) {
        #expect(SafeSVG.isAllowedLink(link) == allowed)
    }
}
