import AgencyModel
import AgencyRendering
import Graphviz
import Testing
import TextKit

@Suite struct CondensedDiagramTests {
    /// Groups a, b, c: a→b ties all one way (an arrow), b–c ties both ways (no arrow), a–c a
    /// symmetric cooperates_with with a directed tie the same way (no arrow).
    func network(dropping dropped: (String, String)? = nil) -> Network {
        var nodes: [AgencyModel.Node] = []
        for g in ["a", "b", "c"] { for i in 0 ..< 3 { nodes.append(Node(id: "\(g)\(i)", kind: .agency, name: LocalizedText(universal: "\(g)\(i)"), tags: [g])) } }
        let edges: [AgencyModel.Edge] = [
            AgencyModel.Edge(from: "a0", to: "b0", type: .coordinates), AgencyModel.Edge(from: "a1", to: "b2", type: .informs),
            AgencyModel.Edge(from: "b0", to: "c0", type: .coordinates), AgencyModel.Edge(from: "c1", to: "b1", type: .coordinates),
            AgencyModel.Edge(from: "a2", to: "c2", type: .coordinates), AgencyModel.Edge(from: "a0", to: "c0", type: .cooperatesWith),
            AgencyModel.Edge(from: "a0", to: "a1", type: .coordinates),
        ].filter { dropped == nil || ($0.from, $0.to) != dropped! }
        return Network(id: "n", title: LocalizedText(universal: "N"), nodes: nodes, edges: edges)
    }

    func condensed(_ network: Network, maximumGroups: Int = CondensedNetwork.maximumGroups) -> CondensedNetwork {
        CondensedNetwork(network, title: "N", groupOf: { $0.tags.first }, order: ["a", "b", "c"], name: { $0.uppercased() },
                         otherName: { "\($0) others" }, maximumGroups: maximumGroups)
    }

    @Test func countsAndDirections() throws {
        let c = condensed(network())
        #expect(c.groups.map(\.name) == ["A", "B", "C"])
        #expect(c.groups.map(\.count) == [3, 3, 3])
        #expect(c.groups.map(\.inside) == [1, 0, 0])
        #expect(c.ties.count == 3)
        let ab = try #require(c.ties.first { Set([$0.from, $0.to]) == [0, 1] })
        #expect(ab.count == 2 && ab.directed && ab.from == 0 && ab.to == 1)
        let bc = try #require(c.ties.first { Set([$0.from, $0.to]) == [1, 2] })
        #expect(bc.count == 2 && !bc.directed)
        let ac = try #require(c.ties.first { Set([$0.from, $0.to]) == [0, 2] })
        #expect(ac.count == 2 && !ac.directed)
        let graph = try c.graph(language: .en)
        #expect(graph.edges.filter { $0.attributes["dir"] == .string("none") }.count == 2)
    }

    /// A tie whose every edge runs back (c→b only) points from c to b.
    @Test func oneWayBackwards() throws {
        let n = network(dropping: ("b0", "c0"))
        let bc = try #require(condensed(n).ties.first { Set([$0.from, $0.to]) == [1, 2] })
        #expect(bc.directed && bc.from == 2 && bc.to == 1)
    }

    /// Beyond the maximum, the smallest groups merge into one box, and the SVG says what it is.
    @Test func mergesSmallestGroupsAndRenders() throws {
        let c = condensed(network(), maximumGroups: 2)
        #expect(c.groups.map(\.name) == ["A", "2 others"])
        #expect(c.groups.map(\.count) == [3, 6])
        #expect(c.groups[1].inside == 2)
        let svg = String(decoding: try c.render(language: .fr).data, as: UTF8.self).replacingOccurrences(of: "&#45;", with: "-")
        #expect(svg.contains("id=\"group-0\""))
        #expect(svg.contains("Dessin condensé de 9 nœuds et 7 liens"))
    }
}
