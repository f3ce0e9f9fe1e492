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

/// The unweighted kernel (``DAGBrandes``: direction-optimising search, no per-source reset) against
/// the general Dijkstra kernel run on unit weights, on a graph built to make the kernel switch
/// between top-down and bottom-up steps in both directions, over several components.
@Suite struct DirectionOptimisingBrandesTests {
    /// Components: a preferential-attachment core (hubs: bottom-up steps) with a 25-node path hanging
    /// off it (the search switches back to top-down along the path), a sparse G(n, p) part, a star,
    /// a triangle and two isolated nodes. `unitWeights` gives every edge weight 1.
    static func mixed(unitWeights: Bool) -> Graph {
        var rng = SplitMix64(seed: 9001)
        var edges: [(Int32, Int32)] = []
        // Preferential attachment on 0 ..< 300, 3 edges per new node.
        var ends: [Int32] = [0, 1, 1, 2, 2, 0]
        edges += [(0, 1), (1, 2), (2, 0)]
        for v in Int32(3) ..< 300 {
            var chosen = Set<Int32>()
            while chosen.count < 3 { chosen.insert(ends[Int.random(in: 0 ..< ends.count, using: &rng)]) }
            for u in chosen.sorted() { edges.append((u, v)); ends += [u, v] }
        }
        // Path 300 ..< 325 hanging off node 7.
        edges.append((7, 300))
        for v in Int32(301) ..< 325 { edges.append((v - 1, v)) }
        // Sparse random part on 325 ..< 425.
        for u in Int32(325) ..< 425 {
            for v in (u + 1) ..< 425 where Double.random(in: 0 ..< 1, using: &rng) < 0.03 { edges.append((u, v)) }
        }
        // Star centred on 425 with 8 leaves, a triangle, then isolated 437 and 438.
        for v in Int32(426) ... 433 { edges.append((425, v)) }
        edges += [(434, 435), (435, 436), (436, 434)]
        var b = GraphBuilder(nodeCount: 439, directed: false, weighted: unitWeights)
        for (u, v) in edges { try! b.addEdge(u, v, weight: 1) }
        return try! b.build()
    }

    @Test func matchesTheDijkstraKernelOnUnitWeights() throws {
        let g = Self.mixed(unitWeights: false), unit = Self.mixed(unitWeights: true)
        for endpoints in [false, true] {
            let fast = try g.betweennessCentrality(normalized: false, endpoints: endpoints)
            let slow = try unit.betweennessCentrality(normalized: false, weighted: true, endpoints: endpoints)
            #expect(close(fast, slow), "endpoints \(endpoints)")
        }
        let fastEdges = try g.edgeBetweennessCentrality(normalized: false)
        let slowEdges = try unit.edgeBetweennessCentrality(normalized: false, weighted: true)
        #expect(close(fastEdges, slowEdges))
        #expect(fastEdges.allSatisfy { $0 > 0 })  // every edge carries at least its own pair
    }

    @Test func switchesDirectionBothWays() {
        let g = Self.mixed(unitWeights: false)
        let layout = ComponentLayout(g)
        var traces = Set<String>()
        g.withOutRows(weighted: false) { rows in
            let ws = DAGBrandes(nodeCount: g.nodeCount, slots: rows.neighbor.count, edges: false)
            for s in g.nodes {
                ws.search(from: s, rows, components: layout, recordEdges: false)
                traces.insert(ws.stepTrace)
            }
        }
        #expect(traces.contains { $0.contains("TB") }, "no top-down → bottom-up switch: \(traces.sorted())")
        #expect(traces.contains { $0.contains("BT") }, "no bottom-up → top-down switch: \(traces.sorted())")
        // An isolated node: its component has nothing left to reach, so its only level is not expanded.
        #expect(traces.contains("-"), "\(traces.sorted())")
    }

    /// Without components (directed graphs), every step is top-down.
    @Test func directedSearchesAreTopDown() {
        let g = RandomGraphs.gnp(n: 60, p: 0.1, directed: true, seed: 31)
        g.withOutRows(weighted: false) { rows in
            let ws = DAGBrandes(nodeCount: g.nodeCount, slots: rows.neighbor.count, edges: false)
            for s in g.nodes {
                ws.search(from: s, rows, components: nil, recordEdges: false)
                #expect(ws.stepTrace.allSatisfy { $0 == "T" })
            }
        }
    }
}
