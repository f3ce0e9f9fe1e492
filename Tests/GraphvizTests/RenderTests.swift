import Foundation
import Testing
@testable import Graphviz
import AgencyGraphTestSupport

/// A small graph with two nested clusters and typed attributes on every level.
func sampleGraph() throws -> Graph {
    var g = Graph(name: "sample", kind: .directed)
    g.attributes.label = .text("Sample network")
    g.attributes.rankdir = .TB
    g.nodeDefaults.fontsize = 11
    var federal = Subgraph(name: "federal", isCluster: true)
    federal.attributes.label = .text("Federal level")
    federal.attributes.style = [.rounded, .dashed]
    try federal.addNode("ocam") {
        $0.label = .text("OCAM")
        $0.shape = .box
        $0.style = [.filled, .bold]
        $0.fillcolor = "#e0ecf4"
        $0.color = "#1b9e77"
        $0.penwidth = 2
        $0.tooltip = "Organe de Coordination pour l’analyse de la menace"
        try $0.setID("node-ocam")
        try $0.setClass(["kind-agency"])
    }
    var police = Subgraph(name: "police", isCluster: true)
    police.attributes.label = .text("Police")
    police.addNode("federal_police") { $0.label = .text("Police fédérale"); $0.shape = .ellipse }
    federal.subgraphs.append(police)
    g.subgraphs.append(federal)
    var local = Subgraph(name: "local", isCluster: true)
    local.attributes.label = .text("Local level")
    local.addNode("communes") { $0.label = .text("Communes"); $0.shape = .house }
    g.subgraphs.append(local)
    try g.addEdge(from: "ocam", to: "federal_police") {
        $0.label = .text("coordinates")
        try $0.setID("edge-ocam-federal_police")
        try $0.setClass(["type-coordinates"])
        $0.style = [.dashed]
    }
    g.addEdge(from: "ocam", to: "communes") { $0.color = "#d95f02" }
    return g
}

@Suite("Rendering")
struct RenderTests {
    @Test func svgHasEveryNodeEdgeAndClusterWithLabelsIdsAndClasses() throws {
        let output = try Graphviz.render(try sampleGraph(), engine: .dot, format: .svg)
        #expect(output.warnings.isEmpty)
        let svg = try SVG.parse(output.data)
        #expect(svg.name == "svg")

        let nodes = svg.groups(withClass: "node")
        #expect(Set(nodes.compactMap(\.title)) == ["ocam", "federal_police", "communes"])
        let ocam = try #require(nodes.first { $0.title == "ocam" })
        #expect(ocam.attributes["id"] == "node-ocam")
        #expect(ocam.attributes["class"] == "node kind-agency")   // Graphviz adds "node" itself
        #expect(ocam.texts == ["OCAM"])
        // The tooltip becomes an <a xlink:title> around the shape.
        let anchors = ocam.all("a")
        #expect(anchors.contains { $0.attributes["xlink:title"] == "Organe de Coordination pour l’analyse de la menace" })
        #expect(try #require(nodes.first { $0.title == "federal_police" }).texts == ["Police fédérale"])

        let edges = svg.groups(withClass: "edge")
        #expect(Set(edges.compactMap(\.title)) == ["ocam->federal_police", "ocam->communes"])
        let coordinates = try #require(edges.first { $0.title == "ocam->federal_police" })
        #expect(coordinates.attributes["id"] == "edge-ocam-federal_police")
        #expect(coordinates.attributes["class"] == "edge type-coordinates")
        #expect(coordinates.texts == ["coordinates"])
        #expect(coordinates.all("path").first?.attributes["stroke-dasharray"] != nil)

        let clusters = svg.groups(withClass: "cluster")
        #expect(Set(clusters.compactMap(\.title)) == ["cluster_federal", "cluster_police", "cluster_local"])
        let labels = Dictionary(uniqueKeysWithValues: clusters.map { ($0.title ?? "", $0.texts) })
        #expect(labels["cluster_federal"] == ["Federal level"])
        #expect(labels["cluster_police"] == ["Police"])   // not inherited from the enclosing cluster
        #expect(labels["cluster_local"] == ["Local level"])
        // The graph's own label is drawn once, at the root, not inherited by clusters.
        #expect(svg.all("text").filter { $0.text == "Sample network" }.count == 1)
    }

    @Test func undirectedAndStrictGraphs() throws {
        var g = Graph(name: "u", kind: .undirected, isStrict: true)
        g.addEdge(from: "a", to: "b")
        g.addEdge(from: "b", to: "a")   // merged by strict
        g.addEdge(from: "a", to: "a")   // self-loop kept by Graphviz's strict (it only merges)
        let svg = try SVG.parse(try Graphviz.render(g, format: .svg).data)
        let titles = svg.groups(withClass: "edge").compactMap(\.title)
        #expect(titles.filter { $0 == "a--b" || $0 == "b--a" }.count == 1)

        var multi = Graph(name: "m", kind: .undirected, isStrict: false)
        multi.addEdge(from: "a", to: "b")
        multi.addEdge(from: "a", to: "b")
        let msvg = try SVG.parse(try Graphviz.render(multi, format: .svg).data)
        #expect(msvg.groups(withClass: "edge").compactMap(\.title) == ["a--b", "a--b"])
    }

    @Test(arguments: LayoutEngine.standard)
    func everyEngineLaysOutAndRenders(engine: LayoutEngine) throws {
        let output = try Graphviz.render(try sampleGraph(), engine: engine, format: .svg)
        let svg = try SVG.parse(output.data)
        #expect(Set(svg.groups(withClass: "node").compactMap(\.title)) == ["ocam", "federal_police", "communes"])
    }

    @Test func creationDateIsOverwrittenInPlace() {
        var data = Array("<< /Producer (cairo) /CreationDate (D:20261127112925Z) >>\nxref".utf8)
        let before = data.count
        Session.fixCreationDate(&data)
        #expect(data.count == before)  // offsets after it stay valid
        let text = String(decoding: data, as: UTF8.self)
        #expect(!text.contains("2026"))
        #expect(text.hasPrefix("<< /Producer (cairo) ") && text.hasSuffix(" >>\nxref"))
    }

    @Test func everyFormat() throws {
        let g = try sampleGraph()
        let png = try Graphviz.render(g, format: .png).data
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        let pdf = try Graphviz.render(g, format: .pdf).data
        #expect(String(decoding: pdf.prefix(5), as: UTF8.self) == "%PDF-")
        // cairo's creation time is blanked (no SOURCE_DATE_EPOCH in the test environment), so the
        // PDF is the same bytes on every render.
        let pdfText = String(decoding: pdf, as: UTF8.self)
        #expect(!pdfText.contains("/CreationDate (D:") || ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"] != nil)
        #expect(pdfText.contains("startxref"))

        let json = try Graphviz.render(g, format: .json)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.data)) as? [String: Any])
        let objects = try #require(object["objects"] as? [[String: Any]])
        #expect(Set(objects.compactMap { $0["name"] as? String }).isSuperset(of: ["ocam", "communes", "cluster_federal"]))

        let plain = try Graphviz.render(g, format: .plain).text
        #expect(plain.hasPrefix("graph "))
        #expect(plain.split(separator: "\n").filter { $0.hasPrefix("node ") }.count == 3)
        #expect(plain.split(separator: "\n").filter { $0.hasPrefix("edge ") }.count == 2)

        // Canonical DOT needs no layout, has no positions, and parses back to the same drawing.
        let dot = try Graphviz.render(g, format: .dot).text
        #expect(dot.hasPrefix("digraph sample {"))
        #expect(!dot.contains("pos="))
        #expect(dot.contains("subgraph cluster_police"))
        let again = try SVG.parse(try Graphviz.render(dot: dot, format: .svg).data)
        #expect(Set(again.groups(withClass: "cluster").compactMap(\.title)) == ["cluster_federal", "cluster_police", "cluster_local"])
        let ocam = try #require(again.groups(withClass: "node").first { $0.title == "ocam" })
        #expect(ocam.attributes["id"] == "node-ocam")
    }

    @Test func userDOTTextRenders() throws {
        let text = """
            digraph "from a user" {
              rankdir=LR;
              subgraph cluster_eu { label="EU"; council [label="Council of the EU"]; }
              council -> belgium [label="member"];
            }
            """
        let svg = try SVG.parse(try Graphviz.render(dot: text, engine: .dot, format: .svg).data)
        #expect(svg.groups(withClass: "cluster").compactMap(\.title) == ["cluster_eu"])
        #expect(svg.texts.contains("Council of the EU"))
        #expect(svg.groups(withClass: "edge").compactMap(\.title) == ["council->belgium"])
    }

    @Test func installationIsChecked() throws {
        try Graphviz.checkInstallation()
        let engines = try Graphviz.availableEngines()
        #expect(Set(LayoutEngine.standard.map(\.rawValue)).isSubset(of: Set(engines)))
        let formats = try Graphviz.availableFormats()
        #expect(Set(["svg", "png", "pdf", "json", "plain"]).isSubset(of: Set(formats)))
        let parts = GraphvizLibrary.headerVersion.split(separator: ".")
        #expect(parts.count >= 2 && parts.allSatisfy { Int($0) != nil })
    }

    @Test func sameInputSameBytes() throws {
        // cgraph's default ids are string addresses, which made cluster order (and the drawing)
        // vary between renders in one process; interleave other work to shake the allocator.
        let g = try sampleGraph()
        let first = try Graphviz.render(g, format: .svg).data
        for i in 0..<20 {
            var other = Graph(name: "noise\(i)")
            for j in 0..<i { other.addEdge(from: "x\(j)", to: "cluster_\(j)") }
            _ = try Graphviz.render(other, format: .svg)
            let again = try Graphviz.render(g, format: .svg).data
            let same = again == first   // compared outside #expect so a failure does not print the bytes
            #expect(same, "render \(i) differs")
            if !same { break }
        }
        let parsedA = try Graphviz.render(dot: "digraph { subgraph cluster_b { b } subgraph cluster_a { a } }").data
        let parsedB = try Graphviz.render(dot: "digraph { subgraph cluster_b { b } subgraph cluster_a { a } }").data
        let parsedSame = parsedA == parsedB
        #expect(parsedSame)
    }
}
