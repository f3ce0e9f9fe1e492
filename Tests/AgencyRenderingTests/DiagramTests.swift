import AgencyModel
@testable import AgencyRendering
import Foundation
import Graphviz
import Testing
import TextKit

@Suite("Network diagrams")
struct DiagramTests {
    /// The label a node must show: acronym, else name (wrapping only changes spaces), else id.
    func expectedLabel(_ node: AgencyModel.Node, _ language: Language = .en) -> String {
        language.pick(node.acronym) ?? language.pick(node.name) ?? node.id
    }

    @Test func everyNodeOfTheViewAppearsOnceWithItsLabel() throws {
        for network in [Fixtures.small(), try Fixtures.belgium()] {
            let (svg, _) = try Fixtures.svg(network)
            let drawn = svg.dataNodes
            let expected = network.nodes.filter { $0.kind != .level }
            #expect(Set(drawn.keys) == Set(expected.map(\.id)))
            for node in expected {
                #expect(drawn[node.id]?.count == 1, "\(node.id)")
                #expect(drawn[node.id]?.first?.label == expectedLabel(node), "\(node.id)")
            }
            // Levels are drawn as boxes, each once, labelled with their names.
            for level in network.nodes(ofKind: .level) {
                let boxes = svg.all("g").filter { $0.attributes["id"] == "level-\(level.id)" }
                #expect(boxes.count == 1, "\(level.id)")
                #expect(boxes.first?.label == Language.en.pick(level.name))
            }
        }
    }

    @Test func withoutBoxesLevelsAreNodes() throws {
        let network = Fixtures.small()
        let (svg, _) = try Fixtures.svg(network, options: DiagramOptions(clusterBy: .none))
        #expect(Set(svg.dataNodes.keys) == Set(network.nodes.map(\.id)))
        #expect(svg.groups(withClass: "cluster").filter { $0.attributes["id"] != "legend" }.isEmpty)
        #expect(svg.element(id: "edge-police-federal-operates_at") != nil)
    }

    @Test func boxesContainExactlyTheirLevelsNodesAndNestWherePartOf() throws {
        let network = Fixtures.small()
        let graph = try NetworkDiagram.graph(for: network, options: DiagramOptions(), engine: .dot)
        func find(_ name: String, in subgraphs: [Subgraph]) -> Subgraph? {
            for s in subgraphs {
                if s.name == name { return s }
                if let found = find(name, in: s.subgraphs) { return found }
            }
            return nil
        }
        for level in network.nodes(ofKind: .level) {
            let box = try #require(find("level_\(level.id)", in: graph.subgraphs))
            let members = Set(box.nodes.map(\.id).filter { !$0.hasPrefix("level anchor") })
            #expect(members == Set(network.nodes.filter { $0.level == level.id }.map(\.id)), "\(level.id)")
        }
        let eu = try #require(graph.subgraphs.first { $0.name == "level_eu" })
        #expect(eu.subgraphs.map(\.name) == ["level_eu_agencies"])

        // The same in the SVG: a node's drawing lies inside its box's drawing.
        let (svg, _) = try Fixtures.svg(network)
        for node in network.nodes where node.level != nil {
            let box = try #require(svg.element(id: "level-\(node.level!)")?.verticalExtent)
            let shape = try #require(svg.element(id: "node-\(node.id)")?.verticalExtent)
            #expect(box.contains(shape.lowerBound) && box.contains(shape.upperBound), "\(node.id)")
        }
    }

    @Test func emptyLevelsAreLeftOut() throws {
        let view = try ViewFilter(kinds: [.level, .body]).apply(to: Fixtures.small())
        let (svg, _) = try Fixtures.svg(view, context: Fixtures.small())
        let boxes = Set(svg.groups(withClass: "level-box").compactMap { $0.attributes["id"] })
        #expect(boxes == ["level-international", "level-eu"])
    }

    @Test func levelsAreStackedByRankInDot() throws {
        let (svg, _) = try Fixtures.svg(try Fixtures.belgium())
        func extent(_ id: String) throws -> ClosedRange<Double> { try #require(svg.element(id: "level-\(id)")?.verticalExtent) }
        let order = ["international", "eu", "federal", "regional", "local"]
        for (upper, lower) in zip(order, order.dropFirst()) {
            #expect(try extent(upper).upperBound < extent(lower).lowerBound, "\(upper) above \(lower)")
        }
    }

    @Test func ownLevelIsShownByTheBoxOtherLevelsByAnEdgeToTheBox() throws {
        let graph = try NetworkDiagram.graph(for: Fixtures.small(), engine: .dot)
        #expect(!graph.edges.contains { $0.attributes.id == "edge-police-federal-operates_at" })
        let toLocal = try #require(graph.edges.first { $0.attributes.id == "edge-police-local-operates_at" })
        #expect(toLocal.head == "level anchor local")
        #expect(toLocal.attributes["lhead"] == .string("cluster_level_local"))
        // The part_of between levels is the nesting, not an edge.
        #expect(!graph.edges.contains { $0.attributes.id == "edge-eu_agencies-eu-part_of" })
    }

    /// Custom relation types (an imported network's `x-advice`, `x-cowork`, `x-friendship`) each
    /// get their own colour, line style and arrowhead, the same in every figure of the network,
    /// and the legend shows the same look.
    @Test func customTypesAreDrawnApart() throws {
        let actors = ["a", "b", "c", "d"].map { Node(id: $0, kind: .agency) }
        let types = ["x-friendship", "x-advice", "x-cowork"].map { EdgeType(rawValue: $0) }
        let edges = [Edge(from: "a", to: "b", type: types[0]), Edge(from: "b", to: "c", type: types[1]),
                     Edge(from: "c", to: "d", type: types[2]), Edge(from: "a", to: "d", type: .coordinates)]
        let network = Network(id: "custom", title: LocalizedText(universal: "Custom"), nodes: actors, edges: edges)
        let graph = try NetworkDiagram.graph(for: network, engine: .dot)
        func look(_ type: EdgeType) throws -> (String?, String?, String?) {
            let edge = try #require(graph.edges.first { $0.attributes.id?.hasSuffix("-\(type.rawValue)") == true })
            return ("\(edge.attributes["color"].map { "\($0)" } ?? "")", "\(edge.attributes.style)", "\(edge.attributes["arrowhead"].map { "\($0)" } ?? "")")
        }
        let looks = try types.map(look)
        // Sorted: x-advice, x-cowork, x-friendship are the 0th, 1st and 2nd custom type.
        #expect(TypeAppearance.customTypes(of: network) == [types[1], types[2], types[0]])
        for i in 0..<3 { for j in 0..<3 where i < j {
            #expect(looks[i].0 != looks[j].0 && looks[i].1 != looks[j].1 && looks[i].2 != looks[j].2, "\(types[i]) and \(types[j]) look alike")
        } }
        // A view of part of the network keeps the whole network's looks.
        let part = Network(id: "part", title: LocalizedText(universal: "Part"), nodes: Array(actors[2...]), edges: [edges[2]])
        let partGraph = try NetworkDiagram.graph(for: part, context: network, options: DiagramOptions(), engine: .dot)
        let cowork = try #require(partGraph.edges.first { $0.attributes.id?.hasSuffix("-x-cowork") == true })
        #expect("\(cowork.attributes["color"].map { "\($0)" } ?? "")" == looks[2].0)
    }

    @Test func svgCarriesStableIDsAndClasses() throws {
        let (svg, _) = try Fixtures.svg(Fixtures.small())
        let ocam = try #require(svg.element(id: "node-ocam"))
        #expect(ocam.classes == ["node", "kind-agency", "level-federal"])
        let edge = try #require(svg.element(id: "edge-ocam-police-coordinates"))
        #expect(edge.classes == ["edge", "type-coordinates"])
        #expect(svg.element(id: "level-federal")?.classes.contains("level-box") == true)
    }

    @Test func legendListsTheKindsAndTypesPresentAndOnlyThose() throws {
        let belgium = try Fixtures.belgium()
        let views = [
            belgium,
            try ViewFilter(kinds: [.agency, .level]).apply(to: belgium),
            try ViewFilter(kinds: [.instrument, .objective]).apply(to: belgium),
            try ViewFilter(edgeTypes: [.coordinates]).apply(to: belgium),
        ]
        let words = Language.en
        for view in views {
            let (svg, _) = try Fixtures.svg(view, context: belgium)
            let legendKinds = svg.groups(withClass: "legend-kind").compactMap { $0.attributes["id"] }
            let drawnKinds = Set(view.nodes.map(\.kind)).subtracting([.level])
            #expect(Set(legendKinds) == Set(drawnKinds.map { "legend-kind-\($0.rawValue)" }))
            #expect(legendKinds.count == drawnKinds.count)
            let table = try #require(svg.element(id: "legend-table")).texts
            // The types drawn: operates_at to an actor's own level is shown by the box, not drawn.
            let drawnTypes = Set(svg.groups(withClass: "edge").flatMap { $0.classes }.filter { $0.hasPrefix("type-") }.map { EdgeType(rawValue: String($0.dropFirst(5))) })
            for type in EdgeType.builtIn + [EdgeType(rawValue: "x-operationalises")] {
                let listed = table.contains { $0.hasPrefix(words.name(of: type) + " ") || $0 == words.name(of: type) }
                #expect(listed == drawnTypes.contains(type), "\(type)")
            }
        }
    }

    @Test func hostileTextRendersLiterally() throws {
        let hostile = #"He said "hi" <script>alert(1)</script> \N \l C:\temp &amp; ]]> 'x'"#
        var network = Fixtures.small(ocamName: hostile)
        network.update { nodes, _ in
            if let i = nodes.firstIndex(where: { $0.id == "ocam" }) {
                nodes[i].acronym = nil
                nodes[i].name = LocalizedText(universal: hostile)
            }
            if let i = nodes.firstIndex(where: { $0.id == "federal" }) { nodes[i].name = LocalizedText(universal: hostile) }
            if let i = nodes.firstIndex(where: { $0.id == "police" }) {
                nodes[i].provenance = [Provenance(ref: "seed", excerpt: hostile)]
            }
        }
        network.title = LocalizedText(universal: hostile)
        let highlight = HighlightOverlay(caption: hostile, cssClass: "highlight-x", nodes: ["ocam"])
        let (svg, bytes) = try Fixtures.svg(network, options: DiagramOptions(overlays: [.highlight(highlight)]))
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(!text.contains("<script>"))
        // The node label, wrapped at spaces, reads back as the text.
        #expect(try #require(svg.element(id: "node-ocam")).label == hostile.split(separator: " ").joined(separator: " "))
        #expect(try #require(svg.element(id: "node-ocam")).tooltip?.hasPrefix(hostile) == true)
        #expect(try #require(svg.element(id: "node-police")).tooltip?.contains("“\(hostile)”") == true)
        #expect(try #require(svg.element(id: "level-federal")).label == hostile)
        let legend = try #require(svg.element(id: "legend-table")).texts
        #expect(legend.contains(hostile), "\(legend)")
        #expect(svg.all("title").first?.text == hostile)
        #expect(svg.all("desc").first?.text.hasPrefix(hostile + ".") == true)
    }

    @Test func sameInputSameBytes() throws {
        let network = try Fixtures.belgium()
        let options = DiagramOptions(overlays: [.color(.byLevel(network)), .highlight(HighlightOverlay(caption: "x", nodes: ["ocam", "ctif"]))])
        let first = try NetworkDiagram.render(network, options: options).data
        _ = try NetworkDiagram.render(Fixtures.small(), options: DiagramOptions(clusterBy: .kind))
        let second = try NetworkDiagram.render(network, options: options).data
        #expect(first == second)
        // And the Graphviz description is equal value for value.
        #expect(try NetworkDiagram.graph(for: network, options: options) == NetworkDiagram.graph(for: network, options: options))
    }

    @Test func labelsFollowTheLanguageWithFallback() throws {
        let network = Fixtures.small()
        let (nl, _) = try Fixtures.svg(network, options: DiagramOptions(language: .nl))
        #expect(nl.element(id: "node-ocam")?.label == "OCAD")
        #expect(nl.element(id: "node-commune")?.label == "Gemeenten")
        #expect(nl.element(id: "node-police")?.label == "Police fédérale")  // fr only: falls back
        #expect(nl.element(id: "legend")?.label.hasPrefix("Legende") == true)
        let (de, _) = try Fixtures.svg(network, options: DiagramOptions(language: .de))
        #expect(de.element(id: "node-ocam")?.label == "CUTA")  // de → en
        #expect(Language.nl.fallbackOrder == ["nl", "en", "fr", "de"])
    }

    @Test func titleAndDateOfTheView() throws {
        let network = try ViewFilter(at: PartialDate(year: 2016)).apply(to: Fixtures.small())
        let (svg, _) = try Fixtures.svg(network)
        let graph = try #require(svg.groups(withClass: "graph").first)
        let top = graph.children.filter { $0.name == "text" }.map(\.text)
        #expect(top == ["Small network", "Situation at 2016"])
        #expect(svg.all("desc").first?.text.contains("Situation at 2016") == true)
        let (titled, _) = try Fixtures.svg(network, options: DiagramOptions(title: "Custom"))
        #expect(titled.all("title").first?.text == "Custom")
    }

    @Test func clusterByKindAndTag() throws {
        let network = Fixtures.small()
        let graph = try NetworkDiagram.graph(for: network, options: DiagramOptions(clusterBy: .kind), engine: .dot)
        let boxes = graph.subgraphs.filter { $0.name.hasPrefix("kind_") }
        #expect(boxes.map(\.name) == ["kind_agency", "kind_level", "kind_body", "kind_objective", "kind_instrument"])
        for box in boxes {
            let kind = NodeKind(rawValue: String(box.name.dropFirst(5)))
            #expect(Set(box.nodes.map(\.id)) == Set(network.nodes(ofKind: kind).map(\.id)))
        }
    }

    @Test func automaticEngineBySizeAndDotRefusedAboveItsLimit() throws {
        #expect(EngineChoice.automatic(nodeCount: EngineChoice.dotAutomaticLimit, edgeCount: EngineChoice.dotAutomaticEdgeLimit) == .dot)
        #expect(EngineChoice.automatic(nodeCount: EngineChoice.dotAutomaticLimit + 1, edgeCount: 10) == .sfdp)
        #expect(EngineChoice.automatic(nodeCount: 71, edgeCount: EngineChoice.dotAutomaticEdgeLimit + 1) == .sfdp, "dense: Lazega's 71 lawyers, 2,571 ties")
        let big = Fixtures.synthetic(nodes: EngineChoice.dotHardLimit + 1, edgesPerNode: 0)
        #expect(throws: DiagramError.tooLarge(engine: "dot", nodes: big.nodes.count, limit: EngineChoice.dotHardLimit)) {
            try NetworkDiagram.render(big, options: DiagramOptions(engine: .dot))
        }
    }
}
