import Testing
@testable import GraphCore

@Suite struct CutsTests {
    @Test(arguments: Fixture.all)
    func connectivityMatchesNetworkX(_ f: Fixture) throws {
        #expect(try f.graph.nodeConnectivity() == f.results["node_connectivity"]!.int!, "\(f.name)")
        #expect(try f.graph.edgeConnectivity() == f.results["edge_connectivity"]!.int!, "\(f.name)")
        for pair in f.results["pairs"]!.array {
            let s = pair["s"]!.int32, t = pair["t"]!.int32
            let kn = pair["local_node_connectivity"]!.int!
            let ke = pair["local_edge_connectivity"]!.int!
            #expect(try f.graph.localNodeConnectivity(from: s, to: t) == kn, "\(f.name) \(s)→\(t)")
            #expect(try f.graph.localEdgeConnectivity(from: s, to: t) == ke, "\(f.name) \(s)→\(t)")
            let edgeCut = try f.graph.minimumEdgeCut(from: s, to: t)
            #expect(edgeCut.count == ke)
            #expect(try separates(f.graph, removingEdges: edgeCut, s, t))
            if !pair["adjacent"]!.bool {
                let nodeCut = try f.graph.minimumNodeCut(from: s, to: t)
                #expect(nodeCut.count == kn)
                #expect(try separates(f.graph, removingNodes: nodeCut, s, t))
            }
        }
    }

    func separates(_ g: Graph, removingNodes cut: [Int32], _ s: Int32, _ t: Int32) throws -> Bool {
        var keep = [Bool](repeating: true, count: g.nodeCount)
        for v in cut { keep[Int(v)] = false }
        let (h, orig) = g.inducedSubgraph(keeping: keep)
        let ns = Int32(orig.firstIndex(of: s)!), nt = Int32(orig.firstIndex(of: t)!)
        return !(try h.hasPath(from: ns, to: nt))
    }

    func separates(_ g: Graph, removingEdges cut: [(Int32, Int32)], _ s: Int32, _ t: Int32) throws -> Bool {
        let removed = Set(cut.map { Graph.pairKey($0.0, $0.1, directed: g.isDirected) })
        var b = GraphBuilder(nodeCount: g.nodeCount, directed: g.isDirected)
        for e in g.edges where !removed.contains(Graph.pairKey(e.source, e.target, directed: g.isDirected)) {
            try b.addEdge(e.source, e.target)
        }
        return !(try b.build().hasPath(from: s, to: t))
    }

    @Test func knownValues() throws {
        // K4: κ = λ = 3; a cycle: 2; two triangles sharing a node: κ = 1, λ = 2.
        var k4: [(Int32, Int32)] = []
        for u in 0 ..< 4 { for v in u + 1 ..< 4 { k4.append((Int32(u), Int32(v))) } }
        let g = try Graph(nodeCount: 4, edges: k4)
        #expect(try g.nodeConnectivity() == 3 && g.edgeConnectivity() == 3)
        let bowtie = try Graph(nodeCount: 5, edges: [(0, 1), (1, 2), (2, 0), (2, 3), (3, 4), (4, 2)])
        #expect(try bowtie.nodeConnectivity() == 1)
        #expect(try bowtie.edgeConnectivity() == 2)
        #expect(try bowtie.minimumNodeCut(from: 0, to: 4) == [2])
        #expect(try bowtie.minimumEdgeCut(from: 0, to: 4).map { [$0.0, $0.1] } == [[0, 1], [0, 2]])
        #expect(throws: GraphError.self) { try bowtie.minimumNodeCut(from: 0, to: 1) }
        #expect(throws: GraphError.sameNode("source and target must differ (both are 1)")) {
            try bowtie.localEdgeConnectivity(from: 1, to: 1)
        }
        // Two K6 joined by three disjoint edges: min degree 5 but κ = λ = 3, and a K6 pair through
        // a shared triangle of nodes: κ = 3 with λ = 5 (the certificates must not hide either).
        var twoK6: [(Int32, Int32)] = []
        for base in [0, 6] as [Int32] {
            for u in 0 ..< 6 { for v in u + 1 ..< 6 { twoK6.append((base + Int32(u), base + Int32(v))) } }
        }
        twoK6 += [(0, 6), (1, 7), (2, 8)]
        let joined = try Graph(nodeCount: 12, edges: twoK6)
        #expect(try joined.nodeConnectivity() == 3)
        #expect(try joined.edgeConnectivity() == 3)
        var shared: [(Int32, Int32)] = []
        for group in [[0, 1, 2, 3, 4, 5], [3, 4, 5, 6, 7, 8]] as [[Int32]] {
            for i in 0 ..< 6 { for j in i + 1 ..< 6 where !(group[i] >= 3 && group[j] <= 5 && group[0] == 3) {
                shared.append((group[i], group[j]))
            } }
        }
        let bowK6 = try Graph(nodeCount: 9, edges: shared)
        #expect(try bowK6.nodeConnectivity() == 3)
        #expect(try bowK6.edgeConnectivity() == 5)
        // Parallel edges count once (NetworkX treats the multigraph as simple here).
        let multi = try Graph(nodeCount: 2, edges: [(0, 1), (0, 1), (1, 0)])
        #expect(try multi.localEdgeConnectivity(from: 0, to: 1) == 1)
        // Directed: a one-way edge gives 0 backwards.
        let d = try Graph(nodeCount: 3, directed: true, edges: [(0, 1), (1, 2), (2, 0)])
        #expect(try d.nodeConnectivity() == 1 && d.edgeConnectivity() == 1)
        #expect(try d.localEdgeConnectivity(from: 1, to: 0) == 1)
        let path = try Graph(nodeCount: 3, directed: true, edges: [(0, 1), (1, 2)])
        #expect(try path.nodeConnectivity() == 0 && path.edgeConnectivity() == 0)
    }

    /// Max-flow value equals the capacity of the reported minimum cut, the cut separates s from t,
    /// and flow is conserved at every other node.
    @Test func maxFlowMinCutOnRandomGraphs() throws {
        for seed in 0 ..< 30 as Range<UInt64> {
            let g = RandomGraphs.gnp(n: 25, p: 0.15, directed: seed % 2 == 0, weighted: true,
                                     selfLoops: true, parallel: true, seed: 700 + seed)
            let s: Int32 = 0, t: Int32 = 24
            let mf = try g.maximumFlow(from: s, to: t)
            var cutCapacity = 0.0
            for e in mf.cutEdges { cutCapacity += g.weight(ofEdge: Int(e)) }
            #expect(close(mf.value, cutCapacity), "seed \(seed)")
            #expect(mf.sourceSide[Int(s)] && !mf.sourceSide[Int(t)])
            // Removing the cut edges disconnects s from t.
            let cut = Set(mf.cutEdges)
            var b = GraphBuilder(nodeCount: g.nodeCount, directed: g.isDirected)
            for e in 0 ..< g.edgeCount where !cut.contains(Int32(e)) { try b.addEdge(g.edge(e).source, g.edge(e).target) }
            #expect(!(try b.build().hasPath(from: s, to: t)))
            // Conservation and capacity.
            var net = [Double](repeating: 0, count: g.nodeCount)
            for e in 0 ..< g.edgeCount {
                let x = g.edge(e)
                #expect(abs(mf.flow[e]) <= x.weight + 1e-9)
                if g.isDirected { #expect(mf.flow[e] >= -1e-9) }
                net[Int(x.source)] -= mf.flow[e]
                net[Int(x.target)] += mf.flow[e]
            }
            for v in 1 ..< 24 { #expect(abs(net[v]) < 1e-9) }
            #expect(close(net[24], mf.value))
            // Unit capacities: the value is the local edge connectivity of the multigraph.
            let unit = try g.maximumFlow(from: s, to: t, weighted: false)
            #expect(unit.value >= Double(try g.localEdgeConnectivity(from: s, to: t)))
        }
    }

    /// The two flow engines (Dinic; bidirectional augmenting paths) agree, with and without cutoff,
    /// and resetting after a run restores the original capacities.
    @Test func flowEnginesAgree() throws {
        for seed in 0 ..< 20 as Range<UInt64> {
            let g = RandomGraphs.gnp(n: 30, p: 0.12, directed: seed % 2 == 0, weighted: true, parallel: true, seed: 2100 + seed)
            var net = FlowNetwork(nodeCount: g.nodeCount)
            for e in g.edges where e.source != e.target {
                net.addArc(e.source, e.target, e.weight, reverse: g.isDirected ? 0 : e.weight)
            }
            net.finalize()
            for t in [Int32(5), 17, 29] {
                net.reset()
                let dinic = net.maxFlow(from: 0, to: t)
                net.reset()
                #expect(net.residual == net.capacity)
                let aug = net.augmentingPathFlow(from: 0, to: t)
                #expect(close(dinic, aug), "seed \(seed) t \(t)")
                net.reset()
                #expect(net.residual == net.capacity)
                #expect(net.augmentingPathFlow(from: 0, to: t, cutoff: 2) == min(2, aug))
            }
        }
    }

    /// Menger: the node cut separates and has the local connectivity's size; κ ≤ λ ≤ min degree.
    @Test func mengerOnRandomGraphs() throws {
        for seed in 0 ..< 24 as Range<UInt64> {
            let g = RandomGraphs.gnp(n: 20, p: [0.3, 0.45, 0.6][Int(seed % 3)], directed: seed % 2 == 0, seed: 900 + seed)
            let kappa = try g.nodeConnectivity(), lambda = try g.edgeConnectivity()
            let minDeg = g.nodes.map { g.isDirected ? min(g.outDegree(of: $0), g.inDegree(of: $0)) : g.degree(of: $0) }.min()!
            #expect(kappa <= lambda && lambda <= minDeg, "seed \(seed)")
            // κ is the minimum over non-adjacent ordered pairs (brute force).
            var brute = g.nodeCount - 1
            for s in g.nodes {
                for t in g.nodes where s != t && !g.hasEdge(from: s, to: t) {
                    let cut = try g.minimumNodeCut(from: s, to: t)
                    #expect(try separates(g, removingNodes: cut, s, t))
                    #expect(cut.count == (try g.localNodeConnectivity(from: s, to: t)))
                    brute = min(brute, cut.count)
                }
            }
            #expect(kappa == brute, "seed \(seed)")
            // λ is the minimum over ordered pairs of the local edge connectivity (brute force).
            var bruteEdge = Int.max
            for s in g.nodes {
                for t in g.nodes where s != t { bruteEdge = min(bruteEdge, try g.localEdgeConnectivity(from: s, to: t)) }
            }
            #expect(lambda == bruteEdge, "seed \(seed)")
        }
    }
}
