import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import TextKit

@Suite struct HTMLTests {
    @Test func textAndAttributeValuesAreEscaped() {
        let node = HTML.element(.p, .class("a\"b<c>&'d'")) { "Belgium's <b>counter</b> & \"terrorism\"" }
        #expect(node.rendered == "<p class=\"a&quot;b&lt;c&gt;&amp;&#39;d&#39;\">Belgium&#39;s &lt;b&gt;counter&lt;/b&gt; &amp; &quot;terrorism&quot;</p>")
    }

    @Test func entitiesInDataAreNotKept() {
        // Plot 0.14 keeps `&amp;` as is; here data `&amp;` must read back as the five characters.
        #expect(HTML.text("&amp; &#39;").rendered == "&amp;amp; &amp;#39;")
    }

    @Test func nonTextScalarsBecomeReplacementCharacters() {
        let node = HTML.element(.td, .id("x\u{1}y")) { "a\u{0}b\u{7F}c\u{85}d\u{FFFE}e\tf\ng" }
        #expect(node.rendered == "<td id=\"x\u{FFFD}y\">a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}e\tf\ng</td>")
    }

    @Test func voidElementsAreSelfClosed() {
        #expect(HTML.voidElement(.meta, .charset("utf-8")).rendered == "<meta charset=\"utf-8\"/>")
        #expect(HTML.voidElement(.br).rendered == "<br/>")
    }

    @Test func trustedMarkupIsWrittenAsIs() {
        let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><g id=\"a&#45;b\"/></svg>"
        let node = HTML.element(.div, .class("svg")) { HTML.trustedMarkup(svg) }
        #expect(node.rendered == "<div class=\"svg\">\(svg)</div>")
    }

    @Test func builderTakesConditionsLoopsAndArrays() {
        let items = ["a", "b<"]
        let flag = false
        let node = HTML.element(.ul) {
            for item in items { HTML.element(.li) { item } }
            if flag { "never" }
            if items.isEmpty { "empty" } else { "\n" }
            [HTML.text("x"), HTML.text("y")]
        }
        #expect(node.rendered == "<ul><li>a</li><li>b&lt;</li>\nxy</ul>")
    }

    @Test func computedAttributesKeepTheirOrder() {
        let node = HTML.element(.table, attributes: [.class("heatmap"), .id("t1")])
        #expect(node.rendered == "<table class=\"heatmap\" id=\"t1\"></table>")
        #expect(HTML.element(.table, attributes: []).rendered == "<table></table>")
    }

    @Test func documentHasTheDoctypeAndAFinalLineFeed() {
        let page = HTML.document(HTML.element(.html, .lang("en")) { HTML.element(.body) })
        #expect(page == "<!DOCTYPE html>\n<html lang=\"en\"><body></body></html>\n")
    }

    /// A page made of hostile text parses as XML, and its only elements are the ones the program named.
    @Test func hostilePageParsesAsXML() throws {
        let hostile = "<script>alert('x')</script> ]]> <!-- & &amp; \" ' \u{1} \u{FFFF}"
        let page = HTML.document(HTML.element(.html, .xmlns("http://www.w3.org/1999/xhtml"), .lang(hostile)) {
            HTML.element(.head) { HTML.voidElement(.meta, .charset("utf-8")); HTML.element(.title) { hostile } }
            HTML.element(.body) {
                HTML.element(.p, .class(hostile), .id(hostile)) { hostile }
                HTML.element(.a, .href("#" + hostile)) { hostile }
            }
        })
        let collector = ElementCollector(Data(page.dropFirst("<!DOCTYPE html>\n".count).utf8))
        #expect(collector.error == nil, "\(String(describing: collector.error))")
        #expect(collector.names == ["html", "head", "meta", "title", "body", "p", "a"])
        #expect(collector.text == hostile.replacingOccurrences(of: "\u{1}", with: "\u{FFFD}").replacingOccurrences(of: "\u{FFFF}", with: "\u{FFFD}"))
        #expect(collector.attributes["class"] == collector.text)
    }

    @Test func namesAreFixedLowercaseWordsAndThereIsNoScript() {
        let names = HTML.Tag.allCases.map(\.rawValue) + HTML.VoidTag.allCases.map(\.rawValue) + HTML.AttributeName.allCases.map(\.rawValue)
        #expect(names.allSatisfy { !$0.isEmpty && $0.unicodeScalars.allSatisfy { ("a" ... "z").contains($0) || ("1" ... "6").contains($0) } })
        #expect(!names.contains("script"))
        #expect(Set(HTML.Tag.allCases.map(\.rawValue)).isDisjoint(with: HTML.VoidTag.allCases.map(\.rawValue)))
    }
}

/// Element names in document order, the text of the `title` element and the attributes of `p`.
final class ElementCollector: NSObject, XMLParserDelegate {
    var names: [String] = []
    var text = ""
    var attributes: [String: String] = [:]
    private var inTitle = false
    private(set) var error: Error?

    init(_ data: Data) {
        super.init()
        let parser = XMLParser(data: data)
        parser.delegate = self
        if !parser.parse() { error = parser.parserError ?? NSError(domain: "xml", code: 1) }
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        names.append(name)
        if name == "title" { inTitle = true }
        if name == "p" { self.attributes = attributes }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "title" { inTitle = false }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inTitle { text += string }
    }
}
