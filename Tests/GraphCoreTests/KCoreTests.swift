import Testing
@testable import GraphCore

@Suite struct KCoreTests {
    @Test(arguments: Fixture.undirected.filter { $0.results["core_number"] != nil })
    func coreNumbersMatchNetworkX(_ f: Fixture) throws {
        #expect(try f.graph.coreNumbers() == f.results["core_number"]!.ints, "\(f.name)")
    }

    @Test func directedUsesInPlusOut() throws {
        // A directed triangle: in+out degree 2 everywhere, so core number 2 (NetworkX agrees).
        let g = try Graph(nodeCount: 4, directed: true, edges: [(0, 1), (1, 2), (2, 0), (2, 3)])
        #expect(try g.coreNumbers() == [2, 2, 2, 1])
        #expect(try g.kCore(2) == [0, 1, 2])
    }

    @Test func selfLoopsAreRejected() throws {
        let g = try Graph(nodeCount: 2, edges: [(0, 0), (0, 1)])
        #expect(throws: GraphError.selfLoopsNotAllowed("the k-core decomposition")) { try g.coreNumbers() }
    }

    /// Definition check: the k-core is the maximal subgraph with minimum degree >= k.
    @Test func peelingDefinitionOnRandomGraphs() throws {
        for seed in 0 ..< 20 as Range<UInt64> {
            let g = RandomGraphs.gnp(n: 40, p: 0.15, seed: 300 + seed)
            let core = try g.coreNumbers()
            for k in 0 ... Int(core.max() ?? 0) + 1 {
                var alive = [Bool](repeating: true, count: g.nodeCount)
                var changed = true
                while changed {
                    changed = false
                    for v in g.nodes where alive[Int(v)] {
                        let d = g.successors(of: v).filter { alive[Int($0)] }.count
                        if d < k { alive[Int(v)] = false; changed = true }
                    }
                }
                for v in g.nodes { #expect(alive[Int(v)] == (Int(core[Int(v)]) >= k)) }
            }
        }
    }
}
