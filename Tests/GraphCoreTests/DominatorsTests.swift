import Testing
@testable import GraphCore

@Suite struct DominatorsTests {
    @Test(arguments: Fixture.directedOnes)
    func immediateDominatorsMatchNetworkX(_ f: Fixture) throws {
        let root = f.results["immediate_dominators_root"]!.int32
        let want = f.results["immediate_dominators"]!.array.map { $0.isNull ? Int32(-1) : $0.int32 }
        #expect(try f.graph.dominatorTree(root: root).immediateDominator == want, "\(f.name)")
    }

    @Test func classicExample() throws {
        // Cooper–Harvey–Kennedy's figure-2-like graph: 0→1, 0→2, 1→3, 2→3, 3→4, 4→1.
        let g = try Graph(nodeCount: 6, directed: true, edges: [(0, 1), (0, 2), (1, 3), (2, 3), (3, 4), (4, 1)])
        let t = try g.dominatorTree(root: 0)
        #expect(t.immediateDominator == [-1, 0, 0, 0, 3, -1])
        #expect(t.dominators(of: 4) == [3, 0])
        #expect(t.children[0] == [1, 2, 3])
    }

    /// Definition check: d dominates v iff removing d makes v unreachable from the root.
    @Test func removalDefinitionOnRandomDigraphs() throws {
        for seed in 0 ..< 15 as Range<UInt64> {
            let g = RandomGraphs.gnp(n: 25, p: 0.08, directed: true, seed: 1100 + seed)
            let t = try g.dominatorTree(root: 0)
            let reach = Set(try g.reachable(from: 0))
            for d in g.nodes where d != 0 {
                var keep = [Bool](repeating: true, count: g.nodeCount)
                keep[Int(d)] = false
                let (h, orig) = g.inducedSubgraph(keeping: keep)
                let reachWithout = Set(try h.reachable(from: 0).map { orig[Int($0)] })
                for v in g.nodes where v != d && reach.contains(v) {
                    let dominated = t.dominators(of: v).contains(d)
                    #expect(dominated == !reachWithout.contains(v), "seed \(seed) d \(d) v \(v)")
                }
            }
        }
    }
}
