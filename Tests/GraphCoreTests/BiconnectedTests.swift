import Testing
@testable import GraphCore

@Suite struct BiconnectedTests {
    @Test(arguments: Fixture.undirected)
    func matchNetworkX(_ f: Fixture) throws {
        let s = try f.graph.biconnectedStructure()
        #expect(s.articulationPoints == f.results["articulation_points"]!.ints, "\(f.name)")
        #expect(s.bridges.map { [$0.0, $0.1] } == f.results["bridges"]!.intLists, "\(f.name)")
        #expect(s.components == f.results["biconnected_components"]!.intLists, "\(f.name)")
        #expect(s.componentCount == s.components.count)
        #expect(try f.graph.biconnectedComponentCount() == s.components.count)
        #expect(try f.graph.articulationPoints() == s.articulationPoints)
        #expect(try f.graph.bridges().map { [$0.0, $0.1] } == s.bridges.map { [$0.0, $0.1] })
    }

    @Test func parallelEdgesAndSelfLoopsAreNotBridges() throws {
        let g = try Graph(nodeCount: 4, edges: [(0, 1), (1, 0), (1, 2), (2, 2), (2, 3)])
        #expect(try g.bridges().map { [$0.0, $0.1] } == [[1, 2], [2, 3]])
        #expect(try g.articulationPoints() == [1, 2])
        #expect(try g.biconnectedComponents() == [[0, 1], [1, 2], [2, 3]])
        let d = try Graph(nodeCount: 2, directed: true, edges: [(0, 1)])
        #expect(throws: GraphError.self) { try d.bridges() }
    }

    /// Removing a bridge increases the component count; removing a non-bridge does not.
    /// Removing an articulation point increases the count of the rest; removing another node does not.
    @Test func removalPropertiesOnRandomGraphs() throws {
        for seed in 0 ..< 25 as Range<UInt64> {
            let g = RandomGraphs.gnp(n: 30, p: 0.08, selfLoops: true, parallel: true, seed: 100 + seed)
            let base = g.connectedComponents().count
            let s = try g.biconnectedStructure()
            let bridgeSet = Set(s.bridgeEdges)
            // The count-only pass agrees with the full one.
            let fast = try g.biconnectedStructure(components: false)
            #expect(fast.articulationPoints == s.articulationPoints && fast.bridgeEdges == s.bridgeEdges)
            #expect(fast.componentCount == s.components.count)
            for e in 0 ..< g.edgeCount {
                var b = GraphBuilder(nodeCount: g.nodeCount)
                for x in 0 ..< g.edgeCount where x != e { try b.addEdge(g.edge(x).source, g.edge(x).target) }
                let after = try b.build().connectedComponents().count
                #expect((after == base + 1) == bridgeSet.contains(Int32(e)), "seed \(seed) edge \(e)")
                #expect(after <= base + 1)
            }
            let cuts = Set(s.articulationPoints)
            for v in g.nodes {
                var keep = [Bool](repeating: true, count: g.nodeCount)
                keep[Int(v)] = false
                let rest = g.inducedSubgraph(keeping: keep).graph.connectedComponents().count
                let isolated = g.successors(of: v).allSatisfy { $0 == v }
                let expected = base - (isolated ? 1 : 0)
                #expect((rest > expected) == cuts.contains(v), "seed \(seed) node \(v)")
            }
            // Every edge that is not a self-loop lies in exactly one biconnected component.
            for e in g.edges where e.source != e.target {
                let holding = s.components.filter { $0.contains(e.source) && $0.contains(e.target) }
                #expect(holding.count == 1)
            }
        }
    }
}
