import Testing
@testable import GraphCore

@Suite struct BetweennessTests {
    @Test(arguments: Fixture.all)
    func matchesNetworkX(_ f: Fixture) throws {
        let want = f.results["betweenness"]!.doubles.map { $0! }
        #expect(close(try f.graph.betweennessCentrality(), want), "\(f.name)")
        if let w = f.results["betweenness_weighted"] {
            #expect(close(try f.graph.betweennessCentrality(weighted: true), w.doubles.map { $0! }), "\(f.name) weighted")
        }
    }

    @Test func knownValues() throws {
        // Path 0-1-2-3: raw b(1) = b(2) = 2 pairs; normalised by (n-1)(n-2)=6 over ordered pairs: 4/6.
        let p = try Graph(nodeCount: 4, edges: [(0, 1), (1, 2), (2, 3)])
        #expect(try p.betweennessCentrality(normalized: false) == [0, 2, 2, 0])
        #expect(close(try p.betweennessCentrality(), [0, 4.0 / 6, 4.0 / 6, 0]))
        // Star: the centre lies on all 3 unordered pairs of leaves.
        let star = try Graph(nodeCount: 4, directed: true, edges: [(1, 0), (0, 2), (0, 3)])
        #expect(try star.betweennessCentrality(normalized: false) == [2, 0, 0, 0])
        #expect(try Graph(nodeCount: 2, edges: [(0, 1)]).betweennessCentrality() == [0, 0])
    }

    /// Σ_v b(v) (raw, ordered pairs) = Σ_{s≠t reachable} (d(s,t) − 1) on unweighted graphs.
    @Test func sumEqualsPairDependencies() throws {
        for seed in 0 ..< 15 as Range<UInt64> {
            let g = RandomGraphs.gnp(n: 30, p: 0.1, directed: seed % 2 == 0, parallel: true, seed: 1300 + seed)
            let raw = try g.betweennessCentrality(normalized: false)
            var expected = 0.0
            for s in g.nodes {
                for d in try g.bfsDistances(from: s) where d > 0 { expected += Double(d - 1) }
            }
            if !g.isDirected { expected /= 2 }
            #expect(close(raw.reduce(0, +), expected), "seed \(seed)")
        }
    }
}
