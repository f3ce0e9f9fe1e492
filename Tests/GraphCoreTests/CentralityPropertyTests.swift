import Testing
@testable import GraphCore

@Suite struct CentralityPropertyTests {
    static let randomGraphs: [Graph] = (0 ..< 8).map { (i: Int) -> Graph in
        let seed: UInt64 = 4200 + UInt64(i)
        let directed = i % 2 == 1, weighted = i % 4 >= 2
        return RandomGraphs.gnp(n: 40, p: 0.08, directed: directed, weighted: weighted, selfLoops: true,
                                parallel: true, seed: seed)
    }

    /// The thread count never changes a single bit of the result (fixed chunks, ordered reduction).
    @Test func threadsGiveIdenticalBytes() throws {
        let g = RandomGraphs.gnp(n: 300, p: 0.02, weighted: true, seed: 77)
        for w in [false, true] {
            let one = try g.betweennessCentrality(weighted: w, threads: 1)
            #expect(try g.betweennessCentrality(weighted: w, threads: 2) == one)
            #expect(try g.betweennessCentrality(weighted: w, threads: 7) == one)
            #expect(try g.betweennessCentrality(weighted: w) == one)
            let e1 = try g.edgeBetweennessCentrality(weighted: w, threads: 1)
            #expect(try g.edgeBetweennessCentrality(weighted: w, threads: 3) == e1)
            let c1 = try g.closenessCentrality(weighted: w, threads: 1)
            let c4 = try g.closenessCentrality(weighted: w, threads: 4)
            #expect(c1 == c4)
            let h1 = try g.harmonicCentrality(weighted: w, threads: 1)
            let h4 = try g.harmonicCentrality(weighted: w, threads: 4)
            #expect(h1 == h4)
        }
    }

    /// Σ_v b(v) = Σ_{s ≠ t reachable} (d(s, t) − 1) and Σ_e b(e) = Σ_{s ≠ t reachable} d(s, t)
    /// (raw, ordered pairs; halved when undirected) on unweighted graphs.
    @Test(arguments: 0 ..< 8)
    func sumsEqualPairDependencies(_ i: Int) throws {
        let g = Self.randomGraphs[i]
        var pairs = 0.0, hops = 0.0
        for s in g.nodes {
            for d in try g.bfsDistances(from: s) where d > 0 { hops += Double(d); pairs += 1 }
        }
        let half = g.isDirected ? 1.0 : 0.5
        let b = try g.betweennessCentrality(normalized: false)
        #expect(close(b.reduce(0, +), (hops - pairs) * half))
        let e = try g.edgeBetweennessCentrality(normalized: false)
        #expect(close(e.reduce(0, +), hops * half))
        // With endpoints every reachable pair adds 2 (s and t) on top.
        let bep = try g.betweennessCentrality(normalized: false, endpoints: true)
        #expect(close(bep.reduce(0, +), (hops - pairs + 2 * pairs) * half))
    }

    /// Group betweenness by definition: σ(s,t|C) = σ(s,t) − (paths in G − C of the same length).
    @Test(arguments: 0 ..< 8)
    func groupBetweennessByDefinition(_ i: Int) throws {
        let g = Self.randomGraphs[i]
        let group: [Int32] = [1, 5, 17]
        var keep = [Bool](repeating: true, count: g.nodeCount)
        for v in group { keep[Int(v)] = false }
        let (sub, original) = g.inducedSubgraph(keeping: keep)
        var subID = [Int32](repeating: -1, count: g.nodeCount)
        for (j, v) in original.enumerated() { subID[Int(v)] = Int32(j) }
        let w = g.isWeighted
        var expected = 0.0
        for s in g.nodes where keep[Int(s)] {
            let full = try g.shortestPathDAG(from: s, weighted: w)
            let avoid = try sub.shortestPathDAG(from: subID[Int(s)], weighted: w)
            for t in g.nodes where keep[Int(t)] && t != s && full.sigma[Int(t)] > 0 {
                let st = Int(subID[Int(t)])
                let a = avoid.distance[st] == full.distance[Int(t)] ? avoid.sigma[st] : 0
                expected += 1 - a / full.sigma[Int(t)]
            }
        }
        let got = try g.groupBetweennessCentrality(group, normalized: false, weighted: w)
        #expect(close(got, g.isDirected ? expected : expected / 2), "graph \(i)")
    }

    @Test func samplingAllNodesIsExact() throws {
        let g = Self.randomGraphs[3]
        let exact = try g.betweennessCentrality(weighted: true)
        #expect(try g.betweennessCentrality(k: g.nodeCount, seed: 1, weighted: true) == exact)
        #expect(close(try g.betweennessCentrality(sources: Array(g.nodes).reversed(), weighted: true), exact))
        #expect(throws: GraphError.self) { try g.betweennessCentrality(k: g.nodeCount + 1, seed: 1) }
    }

    @Test func knownValues() throws {
        // Star with centre 0 and 3 leaves: the centre is on the 3 leaf pairs.
        let star = try Graph(nodeCount: 4, edges: [(0, 1), (0, 2), (0, 3)])
        #expect(try star.betweennessCentrality(normalized: false) == [3, 0, 0, 0])
        #expect(try star.betweennessCentrality() == [1, 0, 0, 0])
        #expect(try star.edgeBetweennessCentrality(normalized: false) == [3, 3, 3])
        #expect(try star.closenessCentrality() == [1, 0.6, 0.6, 0.6])
        #expect(try star.harmonicCentrality() == [3, 2, 2, 2])
        let third: Double = 1.0 / 3
        #expect(star.degreeCentrality() == [1, third, third, third])
        // Directed path 0 → 1 → 2: incoming closeness of 2 is 2 / (1 + 2) · (2 / 2).
        let p = try Graph(nodeCount: 3, directed: true, edges: [(0, 1), (1, 2)])
        let twoThirds: Double = 2.0 / 3
        #expect(try p.closenessCentrality() == [0, 0.5, twoThirds])
        #expect(try p.harmonicCentrality() == [0, 1, 1.5])
        // PageRank of a directed 3-cycle is uniform; group closeness of the centre of a star is 1.
        let cycle = try Graph(nodeCount: 3, directed: true, edges: [(0, 1), (1, 2), (2, 0)])
        #expect(try cycle.pageRank().allSatisfy { close($0, 1.0 / 3) })
        #expect(try star.groupClosenessCentrality([0]) == 1)
        #expect(try star.groupBetweennessCentrality([0], normalized: false) == 3)
    }

    @Test func emptyAndTinyGraphs() throws {
        let empty = try GraphBuilder(nodeCount: 0).build()
        #expect(try empty.betweennessCentrality().isEmpty)
        #expect(try empty.closenessCentrality().isEmpty)
        #expect(try empty.pageRank().isEmpty)
        #expect(try empty.katzCentrality().isEmpty)
        #expect(throws: CentralityError.self) { try empty.eigenvectorCentrality() }
        let one = try GraphBuilder(nodeCount: 1).build()
        #expect(one.degreeCentrality() == [1])
        #expect(try one.betweennessCentrality() == [0])
        #expect(try one.closenessCentrality() == [0])
        #expect(try one.pageRank() == [1])
    }

    @Test func nonConvergenceIsATypedError() throws {
        let g = RandomGraphs.gnp(n: 50, p: 0.2, seed: 9)
        #expect(throws: CentralityError.self) { try g.pageRank(maxIterations: 2) }
        #expect(throws: CentralityError.self) { try g.eigenvectorCentrality(maxIterations: 2) }
        // Katz diverges when alpha exceeds 1 / λ_max (λ_max ≈ 10 here).
        do {
            _ = try g.katzCentrality(alpha: 0.5)
            Issue.record("Katz with alpha 0.5 converged")
        } catch {
            guard case .notConverged(let algorithm, let iterations, _, _) = error else {
                Issue.record("unexpected \(error)"); return
            }
            #expect(algorithm == "Katz" && iterations == 1000)
        }
        #expect(throws: CentralityError.self) { try g.pageRank(personalization: [1, 2]) }
    }
}

/// PageRank's chunked, parallel step (chunks of 4,096 nodes) against a plain sequential power
/// iteration written here from the formula, on graphs spanning several chunks, with dangling nodes.
@Suite struct PageRankChunkTests {
    static func randomGraph(n: Int, m: Int, directed: Bool, weighted: Bool, seed: UInt64) -> Graph {
        var rng = SplitMix64(seed: seed)
        var b = GraphBuilder(nodeCount: n, directed: directed, weighted: weighted)
        for _ in 0 ..< m {
            // Nodes n - 500 ..< n get no out-edges: dangling when directed.
            let u = Int32(Int.random(in: 0 ..< n - 500, using: &rng)), v = Int32(Int.random(in: 0 ..< n, using: &rng))
            try! b.addEdge(u, v, weight: Double(Int.random(in: 1 ... 9, using: &rng)))
        }
        return try! b.build()
    }

    /// x ← α (x Q + dangling mass · d) + (1 − α) p, until the L1 change < n · tol; then x / Σx.
    static func reference(_ g: Graph, weighted: Bool, personalization: [Double]?, tol: Double) -> [Double] {
        let n = g.nodeCount, alpha = 0.85
        var strength = [Double](repeating: 0, count: n)
        for e in 0 ..< g.edgeCount {
            let (u, v, w) = g.edge(e)
            strength[Int(u)] += weighted ? w : 1
            if !g.isDirected && u != v { strength[Int(v)] += weighted ? w : 1 }  // a self-loop: one entry
        }
        let pSum = personalization?.reduce(0, +) ?? 1
        let p = personalization.map { $0.map { $0 / pSum } } ?? [Double](repeating: 1 / Double(n), count: n)
        var x = [Double](repeating: 1 / Double(n), count: n)
        for _ in 0 ..< 10_000 {
            var next = [Double](repeating: 0, count: n)
            var dangling = 0.0
            for v in 0 ..< n where strength[v] == 0 { dangling += x[v] }
            for e in 0 ..< g.edgeCount {
                let (u, v, w) = g.edge(e)
                let wt = weighted ? w : 1
                next[Int(v)] += alpha * x[Int(u)] * wt / strength[Int(u)]
                if !g.isDirected && u != v { next[Int(u)] += alpha * x[Int(v)] * wt / strength[Int(v)] }
            }
            var err = 0.0
            for v in 0 ..< n {
                next[v] += alpha * dangling * p[v] + (1 - alpha) * p[v]
                err += abs(next[v] - x[v])
            }
            x = next
            if err < Double(n) * tol { break }
        }
        let s = x.reduce(0, +)
        return x.map { $0 / s }
    }

    @Test(arguments: [(false, false), (false, true), (true, false), (true, true)])
    func matchesASequentialPowerIteration(_ directed: Bool, _ weighted: Bool) throws {
        let g = Self.randomGraph(n: 9_500, m: 40_000, directed: directed, weighted: weighted, seed: 808)
        let pers: [Double]? = weighted ? (0 ..< g.nodeCount).map { Double($0 % 7) } : nil
        let got = try g.pageRank(personalization: pers, weighted: weighted, maxIterations: 1000, tolerance: 1e-13)
        let want = Self.reference(g, weighted: weighted, personalization: pers, tol: 1e-13)
        let worst = zip(got, want).map { abs($0 - $1) / max(abs($1), 1e-300) }.max() ?? 0
        #expect(worst < 1e-9, "largest relative difference \(worst)")
    }
}
