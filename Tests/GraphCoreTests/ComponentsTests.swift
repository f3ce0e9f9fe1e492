import Testing
@testable import GraphCore

@Suite struct ComponentsTests {
    @Test(arguments: Fixture.undirected)
    func connectedComponentsMatchNetworkX(_ f: Fixture) {
        let c = f.graph.connectedComponents()
        let want = f.results["components"]!.intLists
        #expect(c.members == want)
        #expect(c.count == want.count)
        #expect(c.largestSize == want.map(\.count).max())
    }

    @Test(arguments: Fixture.directedOnes)
    func strongAndWeakMatchNetworkX(_ f: Fixture) throws {
        #expect(f.graph.stronglyConnectedComponents().members.sorted { $0.lexicographicallyPrecedes($1) }
            == f.results["scc"]!.intLists)
        #expect(f.graph.weaklyConnectedComponents().members == f.results["wcc"]!.intLists)
        let (dag, comps) = try f.graph.condensation()
        #expect(try dag.topologicalOrder() != nil)
        let members = comps.members
        let edges = dag.edges.map { [members[Int($0.source)], members[Int($0.target)]] }
            .sorted { a, b in a[0] != b[0] ? a[0].lexicographicallyPrecedes(b[0]) : a[1].lexicographicallyPrecedes(b[1]) }
        #expect(edges == f.results["condensation_edges"]!.array.map { $0.intLists })
    }

    @Test func numberingIsBySmallestMember() throws {
        let g = try Graph(nodeCount: 6, directed: true, edges: [(5, 4), (4, 5), (0, 3), (3, 0), (1, 2)])
        let s = g.stronglyConnectedComponents()
        #expect(s.label == [0, 1, 2, 0, 3, 3])
        #expect(s.sizes == [2, 1, 1, 2])
        let w = g.weaklyConnectedComponents()
        #expect(w.members == [[0, 3], [1, 2], [4, 5]])
        #expect(throws: GraphError.requiresDirected("condensation")) { try g.undirected().condensation() }
    }

    @Test func sccPropertiesOnRandomDigraphs() throws {
        for seed in 0 ..< 15 as Range<UInt64> {
            let g = RandomGraphs.gnp(n: 35, p: 0.05, directed: true, selfLoops: true, parallel: true, seed: seed)
            let s = g.stronglyConnectedComponents()
            // Same component <=> mutually reachable.
            let reach = try g.nodes.map { Set(try g.reachable(from: $0)) }
            for u in g.nodes {
                for v in g.nodes {
                    let mutual = reach[Int(u)].contains(v) && reach[Int(v)].contains(u)
                    #expect((s.label[Int(u)] == s.label[Int(v)]) == mutual)
                }
            }
        }
    }
}
