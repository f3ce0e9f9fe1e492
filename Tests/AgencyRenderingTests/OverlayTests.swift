import AgencyModel
@testable import AgencyRendering
import Foundation
import Graphviz
import Testing

@Suite("Overlays")
struct OverlayTests {
    @Test func highlightedNodesAndEdgesCarryTheClass() throws {
        let h = HighlightOverlay(caption: "Single points of failure", cssClass: "highlight-spof",
                                 nodes: ["ocam", "police"], edges: [EdgeReference(from: "ocam", to: "commune")])
        let (svg, _) = try Fixtures.svg(Fixtures.small(), options: DiagramOptions(overlays: [.highlight(h)]))
        let marked = svg.descendants.filter { $0.classes.contains("highlight-spof") }.compactMap { $0.attributes["id"] }
        #expect(Set(marked) == ["node-ocam", "node-police", "edge-ocam-commune-coordinates"])
        #expect(try #require(svg.element(id: "legend-table")).texts.contains("Single points of failure"))
        // A level drawn as a box: the box carries the highlight.
        let level = HighlightOverlay(caption: "Level", cssClass: "highlight-level", nodes: ["local"])
        let (boxed, _) = try Fixtures.svg(Fixtures.small(), options: DiagramOptions(overlays: [.highlight(level)]))
        #expect(boxed.descendants.filter { $0.classes.contains("highlight-level") }.compactMap { $0.attributes["id"] } == ["level-local"])
    }

    @Test func overlaysNamingWhatIsNotInTheViewAreRefused() throws {
        let network = Fixtures.small()
        #expect(throws: DiagramError.unknownNode("ocma", overlay: "x", suggestion: "ocam")) {
            try NetworkDiagram.graph(for: network, options: DiagramOptions(overlays: [.highlight(HighlightOverlay(caption: "x", nodes: ["ocma"]))]))
        }
        #expect(throws: DiagramError.unknownEdge(EdgeReference(from: "police", to: "ocam"), overlay: "x")) {
            try NetworkDiagram.graph(for: network, options: DiagramOptions(overlays: [.highlight(HighlightOverlay(caption: "x", edges: [EdgeReference(from: "police", to: "ocam")]))]))
        }
        #expect(throws: DiagramError.self) {
            try NetworkDiagram.graph(for: network, options: DiagramOptions(overlays: [.highlight(HighlightOverlay(caption: "x", cssClass: "a b\"", nodes: ["ocam"]))]))
        }
        #expect(throws: DiagramError.self) {
            try NetworkDiagram.graph(for: network, options: DiagramOptions(overlays: [.size(SizeOverlay(measure: "m", values: ["nope": 1]))]))
        }
    }

    @Test func sizeFollowsTheValueAndTheLegendNamesTheMeasure() throws {
        let s = SizeOverlay(measure: "betweenness", values: ["ocam": 0.8, "police": 0.2, "commune": 0])
        let graph = try NetworkDiagram.graph(for: Fixtures.small(), options: DiagramOptions(overlays: [.size(s)]), engine: .dot)
        func width(_ id: String) -> Double? {
            for n in graph.allNodes where n.id == id {
                if case .string(let w)? = n.attributes["width"] { return Double(w) }
            }
            return nil
        }
        let ocam = try #require(width("ocam")), police = try #require(width("police")), commune = try #require(width("commune"))
        #expect(abs(ocam - 0.75 * 2.5) < 0.001)
        #expect(commune == 0.75)
        #expect(commune < police && police < ocam)
        #expect(width("europol") == nil)
        let (svg, _) = try Fixtures.svg(Fixtures.small(), options: DiagramOptions(overlays: [.size(s)]))
        #expect(svg.element(id: "legend-table")?.texts.contains("Node size: betweenness (max 0.8)") == true)
        #expect(svg.element(id: "node-ocam")?.classes.contains("sized") == true)
    }

    @Test func colourByGroupWithLabelsInTheLegend() throws {
        let network = Fixtures.small()
        let c = ColorOverlay.byLevel(network)
        let graph = try NetworkDiagram.graph(for: network, options: DiagramOptions(overlays: [.color(c)]), engine: .dot)
        let fills = Dictionary(uniqueKeysWithValues: graph.allNodes.map { ($0.id, $0.attributes.fillcolor?.value) })
        #expect(fills["ocam"] == fills["police"])
        #expect(fills["ocam"] != fills["commune"])
        #expect(fills["ocam"] == OkabeIto.groupFills[c.orderedGroups.firstIndex { $0.key == "federal" }!])
        let (svg, _) = try Fixtures.svg(network, options: DiagramOptions(overlays: [.color(c)]))
        let legend = try #require(svg.element(id: "legend-table")).texts
        for label in ["international level", "EU level", "EU agencies", "federal level", "local level"] {
            #expect(legend.contains(label), "\(label)")
        }
        #expect(svg.element(id: "node-ocam")?.classes.contains { $0.hasPrefix("group-") } == true)
        // Groups computed on the whole network: the legend lists only those of nodes drawn.
        let view = try ViewFilter(kinds: [.agency]).apply(to: network)
        let (agencies, _) = try Fixtures.svg(view, context: network, options: DiagramOptions(overlays: [.color(.byKind(network))]))
        let rows = try #require(agencies.element(id: "legend-table")).texts
        #expect(rows.contains("agency") && !rows.contains("body") && !rows.contains("objective"))
    }

    @Test func pathEdgesAndNodesAreMarked() throws {
        let p = PathOverlay(caption: "commune to europol", nodes: ["commune", "ocam", "europol"])
        let (svg, _) = try Fixtures.svg(Fixtures.small(), options: DiagramOptions(overlays: [.path(p)]))
        let edges = svg.groups(withClass: "path").compactMap { $0.attributes["id"] }
        // commune → ocam exists as reports_to (and ocam → commune as coordinates): the first edge found is marked.
        #expect(edges.count == 2)
        #expect(edges.contains("edge-ocam-europol-informs"))
        #expect(Set(svg.groups(withClass: "path-node").compactMap { $0.attributes["id"] }) == ["node-commune", "node-ocam", "node-europol"])
        #expect(throws: DiagramError.brokenPath("no edge between 'commune' and 'un' in the view")) {
            try NetworkDiagram.graph(for: Fixtures.small(), options: DiagramOptions(overlays: [.path(PathOverlay(caption: "x", nodes: ["commune", "un"]))]))
        }
    }

    @Test func diffMarksAddedAndDrawsRemoved() throws {
        let new = Fixtures.small()
        var old = new
        old.update { nodes, edges in
            nodes.removeAll { $0.id == "europol" }
            edges.removeAll { $0.from == "ocam" && $0.to == "europol" }
            nodes.append(Node(id: "plan_r", kind: .instrument, name: LocalizedText(universal: "Plan R")))
            edges.append(Edge(from: "plan_r", to: "obj", type: .contributesTo))
            edges.append(Edge(from: "council", to: "un", type: .cooperatesWith))  // same as un–council: not a change
        }
        let diff = DiffOverlay(comparing: new, with: old, baseName: "old.yaml")
        #expect(diff.addedNodes == ["europol"])
        #expect(diff.removedNodes.map(\.id) == ["plan_r"])
        #expect(diff.addedEdges.map(\.to) == ["europol"])
        #expect(diff.removedEdges.map(\.from) == ["plan_r", "council"].filter { $0 == "plan_r" })
        let (svg, _) = try Fixtures.svg(new, options: DiagramOptions(overlays: [.diff(diff)]))
        let added = Set(svg.descendants.filter { $0.classes.contains("diff-added") }.compactMap { $0.attributes["id"] })
        let removed = Set(svg.descendants.filter { $0.classes.contains("diff-removed") }.compactMap { $0.attributes["id"] })
        #expect(added == ["node-europol", "edge-ocam-europol-informs"])
        #expect(removed == ["node-plan_r", "edge-plan_r-obj-contributes_to"])
        #expect(svg.element(id: "node-plan_r")?.label == "Plan R")
        #expect(svg.element(id: "legend-table")?.texts.contains("Compared with old.yaml") == true)
        #expect(DiffOverlay(comparing: new, with: new, baseName: "same").isEmpty)
    }
}

extension Graph {
    /// Every node declared anywhere in the graph.
    var allNodes: [GVNode] {
        func collect(_ s: [Subgraph]) -> [GVNode] { s.flatMap { $0.nodes + collect($0.subgraphs) } }
        return nodes + collect(subgraphs)
    }
}

@Suite("Overlays: box memberships and fills")
struct OverlayFoldedAndFillTests {
    /// `ocam → federal` (operates_at, ocam's own level) is drawn as ocam inside the federal box.
    @Test func anEdgeShownByABoxIsAcceptedAndTheLegendSaysSo() throws {
        let h = HighlightOverlay(caption: "Bridges", cssClass: "highlight-spof",
                                 edges: [EdgeReference(from: "ocam", to: "federal", type: .operatesAt),
                                         EdgeReference(from: "ocam", to: "police")])
        let (svg, _) = try Fixtures.svg(Fixtures.small(), options: DiagramOptions(overlays: [.highlight(h)]))
        let marked = svg.descendants.filter { $0.classes.contains("highlight-spof") }.compactMap { $0.attributes["id"] }
        #expect(marked == ["edge-ocam-police-coordinates"])
        #expect(try #require(svg.element(id: "legend-table")).texts.contains("Bridges (1 as box membership, no line)"))
        // Still refused: an edge that is not in the view at all.
        #expect(throws: DiagramError.self) {
            try NetworkDiagram.graph(for: Fixtures.small(), options: DiagramOptions(overlays: [.highlight(HighlightOverlay(
                caption: "x", edges: [EdgeReference(from: "commune", to: "federal")]))]))
        }
    }

    @Test func aPathThroughALevelMarksItsBox() throws {
        let p = PathOverlay(caption: "p", nodes: ["police", "ocam", "federal"])
        let (svg, _) = try Fixtures.svg(Fixtures.small(), options: DiagramOptions(overlays: [.path(p)]))
        #expect(svg.element(id: "level-federal")?.classes.contains("path-node") == true)
        #expect(svg.descendants.filter { $0.classes.contains("path") }.compactMap { $0.attributes["id"] } == ["edge-ocam-police-coordinates"])
    }

    @Test func callerFillsAreUsedInOrderAndValidated() throws {
        let c = ColorOverlay(title: "buckets", groupOf: ["ocam": "hi", "police": "lo"],
                             groups: [(key: "lo", label: "low"), (key: "hi", label: "high")], fills: ["#FFFFFF", "#4F90C4"])
        let (svg, _) = try Fixtures.svg(Fixtures.small(), options: DiagramOptions(overlays: [.color(c)]))
        let ocam = try #require(svg.dataNodes["ocam"]?.first)
        #expect(ocam.classes.contains("group-2"))
        #expect(ocam.descendants.contains { $0.attributes["fill"]?.lowercased() == "#4f90c4" })
        #expect(svg.dataNodes["police"]?.first?.classes.contains("group-1") == true)
        let bad = ColorOverlay(title: "x", groupOf: ["ocam": "a"], fills: ["red\" onload=\"x"])
        #expect(throws: DiagramError.self) {
            try NetworkDiagram.graph(for: Fixtures.small(), options: DiagramOptions(overlays: [.color(bad)]))
        }
    }
}
