import Testing
@testable import Graphviz
import AgencyGraphTestSupport

@Suite("Escaping and unsafe values")
struct EscapingTests {
    static let hostileLabels: [String] = [
        #"back\slash \N \n \l \r \G \E \T \H \L"#,
        "ampersand & and &amp; and &#38; and &lt;",
        "<b>not bold</b> <TABLE> \"double\" 'single'",
        "été über Ærø ñ",
        "مرحبا بالعالم",
        "中文 日本語 한국어",
        "emoji 🇧🇪",
        "]]> <!-- not a comment --> <![CDATA[x]]>",
    ]

    @Test(arguments: hostileLabels)
    func labelsRenderLiterally(text: String) throws {
        var g = Graph(name: "escape")
        g.addNode("n") { $0.label = .text(text) }
        g.addEdge(from: "n", to: "m") { $0.label = .text(text) }
        var c = Subgraph(name: "c", isCluster: true)
        c.attributes.label = .text(text)
        c.addNode("m")
        g.subgraphs.append(c)
        let svg = try SVG.parse(try Graphviz.render(g, format: .svg).data)
        let node = try #require(svg.groups(withClass: "node").first { $0.title == "n" })
        #expect(node.texts == [text])
        let edge = try #require(svg.groups(withClass: "edge").first)
        #expect(edge.texts == [text])
        let cluster = try #require(svg.groups(withClass: "cluster").first)
        #expect(cluster.texts == [text])
        // Labels are never HTML-like: no markup from the text appears as elements.
        #expect(svg.all("b").isEmpty && svg.all("TABLE").isEmpty)
    }

    @Test(arguments: hostileLabels)
    func tooltipsRenderLiterally(text: String) throws {
        var g = Graph(name: "tooltip")
        g.addNode("n") { $0.tooltip = text }
        let svg = try SVG.parse(try Graphviz.render(g, format: .svg).data)
        let node = try #require(svg.groups(withClass: "node").first)
        #expect(node.all("a").map { $0.attributes["xlink:title"] } == [text])
    }

    @Test func newlineCharactersBreakLines() throws {
        var g = Graph(name: "lines")
        g.addNode("n") { $0.label = .text("first\nsecond") }
        let svg = try SVG.parse(try Graphviz.render(g, format: .svg).data)
        #expect(try #require(svg.groups(withClass: "node").first).texts == ["first", "second"])
    }

    @Test func nodeIdsAreShownLiterallyWhenThereIsNoLabel() throws {
        var g = Graph(name: "ids")
        g.addNode(#"a\nb & <c>"#)
        let svg = try SVG.parse(try Graphviz.render(g, format: .svg).data)
        let node = try #require(svg.groups(withClass: "node").first)
        #expect(node.title == #"a\nb & <c>"#)
    }

    @Test func htmlLabelsOnlyWhenAskedFor() throws {
        var g = Graph(name: "html")
        let cell = Escaping.html("<script>alert(1)</script> & co")
        g.addNode("n") { $0.label = .html("<TABLE><TR><TD>\(cell)</TD></TR></TABLE>") }
        let svg = try SVG.parse(try Graphviz.render(g, format: .svg).data)
        #expect(svg.all("script").isEmpty)
        #expect(try #require(svg.groups(withClass: "node").first).texts == ["<script>alert(1)</script> & co"])
    }

    @Test(arguments: hostileLabels)
    func textInsideHTMLLabelsRendersLiterally(text: String) throws {
        var g = Graph(name: "html-cells")
        g.addNode("n") { $0.label = .html("<TABLE><TR><TD>\(Escaping.html(text))</TD></TR></TABLE>") }
        let svg = try SVG.parse(try Graphviz.render(g, format: .svg).data)
        let node = try #require(svg.groups(withClass: "node").first)
        // Graphviz splits HTML-like text into one <text> per run; joined they are the input.
        #expect(node.texts.joined() == text)
    }

    static let hostileURLs: [String] = [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "\" onmouseover=\"alert(1)",
        "https://example.org/\" onmouseover=\"alert(1)",
        "https://example.org/'><script>alert(1)</script>",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox",
        "https://example.org/a b",
        "https://example.org/?a=1&b=2",
        "file:///etc/passwd",
    ]

    @Test(arguments: hostileURLs)
    func unsafeURLsCannotReachTheSVG(url: String) throws {
        var attributes = Attributes()
        #expect(throws: GraphvizError.self) { try attributes.setURL(url) }
        for name in ["URL", "href", "edgeURL", "headURL", "tailURL", "labelURL", "edgehref"] {
            #expect(throws: GraphvizError.self) { try attributes.setRaw(name, url) }
        }
        #expect(attributes.isEmpty)
        // What did get through renders without any trace of the hostile text.
        var g = Graph(name: "urls")
        g.addNode("n") { try? $0.setURL(url) }
        let text = try Graphviz.render(g, format: .svg).text
        #expect(!text.lowercased().contains("javascript:"))
        #expect(!text.contains("onmouseover"))
        #expect(!text.contains("<script"))
    }

    @Test func safeURLsAreKept() throws {
        var g = Graph(name: "urls")
        try g.addNode("n") { try $0.setURL("https://diplomatie.belgium.be/fr/politique/terrorisme") }
        let svg = try SVG.parse(try Graphviz.render(g, format: .svg).data)
        let anchors = try #require(svg.groups(withClass: "node").first).all("a")
        #expect(anchors.map { $0.attributes["xlink:href"] } == ["https://diplomatie.belgium.be/fr/politique/terrorisme"])
    }

    @Test(arguments: ["Times\" onload=\"x", "<font>", "a&b", "x'y", "Arial\\"])
    func unsafeFontNamesAreRefused(name: String) {
        var a = Attributes()
        #expect(throws: GraphvizError.self) { try a.setFontname(name) }
        #expect(throws: GraphvizError.self) { try a.setRaw("fontname", name) }
        #expect(a.isEmpty)
    }

    @Test func safeFontNameIsUsed() throws {
        var g = Graph(name: "font")
        try g.addNode("n") { try $0.setFontname("DejaVu Sans") }
        let svg = try SVG.parse(try Graphviz.render(g, format: .svg).data)
        #expect(svg.all("text").first?.attributes["font-family"] == "DejaVu Sans")
    }

    @Test(arguments: ["a b", "1abc", "x\"y", "<id>", "", "é"])
    func unsafeIDsAreRefused(id: String) {
        var a = Attributes()
        #expect(throws: GraphvizError.self) { try a.setID(id) }
    }

    @Test(arguments: [["a\"b"], ["x<y"], ["a:b"]])
    func unsafeClassesAreRefused(classes: [String]) {
        var a = Attributes()
        #expect(throws: GraphvizError.self) { try a.setClass(classes) }
    }

    @Test func hostileColorsAreRefused() {
        #expect(throws: GraphvizError.self) { try GraphvizColor(validating: "red\" onload=\"x") }
        #expect(throws: GraphvizError.self) { try GraphvizColor(validating: "") }
        #expect(throws: Never.self) { try GraphvizColor(validating: "#1b9e77") }
    }
}
