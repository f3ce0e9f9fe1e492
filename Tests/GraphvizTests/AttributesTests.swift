import Testing
@testable import Graphviz
import AgencyGraphTestSupport

@Suite("Attributes")
struct AttributesTests {
    @Test func typedPropertiesRoundTrip() throws {
        var a = Attributes()
        a.label = .text(#"x \N & y"#)
        a.shape = .box
        a.style = [.filled, .dashed]
        a.penwidth = 2.5
        a.fontsize = 12
        a.rankdir = .LR
        a.rank = .same
        a.tooltip = "tip"
        try a.setID("node-x")
        try a.setClass(["a", "b"])
        #expect(a.label == .text(#"x \N & y"#))
        #expect(a["label"] == .string(#"x \\N &amp; y"#))
        #expect(a.shape == .box)
        #expect(a.style == [.filled, .dashed])
        #expect(a["style"] == .string("filled,dashed"))
        #expect(a.penwidth == 2.5)
        #expect(a["fontsize"] == .string("12"))
        #expect(a.rankdir == .LR)
        #expect(a.rank == .same)
        #expect(a.id == "node-x")
        #expect(a.classes == ["a", "b"])
        #expect(a.names == a.names.sorted())
        a.penwidth = -1   // not representable: dropped
        #expect(a.penwidth == nil)
        a.label = nil
        #expect(a["label"] == nil)
    }

    @Test func rawNamesAreChecked() throws {
        var a = Attributes()
        try a.setRaw("splines", "ortho")
        #expect(a["splines"] == .string("ortho"))
        do {
            try a.setRaw("colour", "red")
            Issue.record("an unknown attribute name was accepted")
        } catch let GraphvizError.invalidAttributeName(name, reason) {
            #expect(name == "colour")
            #expect(reason.contains("did you mean 'color'?"))
        }
        for fileReading in ["image", "shapefile", "imagepath", "fontpath", "stylesheet"] {
            #expect(throws: GraphvizError.self) { try a.setRaw(fileReading, "/etc/passwd") }
        }
        #expect(throws: GraphvizError.self) { try a.setRaw("label", "bell\u{07}") }
        #expect(a.names == ["splines"])
    }

    @Test func rawAttributeIsPassedToGraphviz() throws {
        var g = Graph(name: "raw")
        try g.attributes.setRaw("bgcolor", "lightyellow")
        try g.addNode("n") { try $0.setRaw("peripheries", "2") }
        let svg = try SVG.parse(try Graphviz.render(g, format: .svg).data)
        let node = try #require(svg.groups(withClass: "node").first)
        #expect(node.all("ellipse").count == 2)
        #expect(svg.all("polygon").first?.attributes["fill"] == "lightyellow")
    }

    @Test func invalidGraphsAreErrorsNotCrashes() {
        var g = Graph(name: "bad")
        g.addNode("")
        #expect(throws: GraphvizError.invalidGraph("a node id is empty")) { try Graphviz.render(g) }
        var h = Graph(name: "bad")
        h.addNode("a\u{0}b")
        #expect(throws: GraphvizError.self) { try Graphviz.render(h) }
        var d = Graph(name: "bad")
        d.nodeDefaults.label = .html("<b>x</b>")
        #expect(throws: GraphvizError.self) { try Graphviz.render(d) }
    }
}
