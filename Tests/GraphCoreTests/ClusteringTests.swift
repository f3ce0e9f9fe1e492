import Testing
@testable import GraphCore

@Suite struct ClusteringTests {
    @Test(arguments: StructureFixture.all)
    func clusteringMatchesNetworkX(_ f: StructureFixture) throws {
        for (suffix, weighted) in f.variants {
            let want = f.results["clustering" + suffix]!.doubles
            #expect(closeOrNaN(f.graph.clustering(weighted: weighted), want), "\(f.name)\(suffix)")
            #expect(close(try f.graph.averageClustering(weighted: weighted),
                          f.results["average_clustering" + suffix]!.double!), "\(f.name)\(suffix) average")
            if let nz = f.results["average_clustering_nonzero" + suffix]?.double {
                #expect(close(try f.graph.averageClustering(weighted: weighted, countZeros: false), nz))
            }
        }
        #expect(close(f.graph.transitivity(), f.results["transitivity"]!.double!), "\(f.name) transitivity")
        if let t = f.results["triangles"] {
            #expect(try f.graph.triangleCounts() == t.array.map { $0.int! }, "\(f.name) triangles")
        } else {
            #expect(throws: GraphError.self) { try f.graph.triangleCounts() }
        }
    }

    @Test(arguments: StructureFixture.all)
    func assortativityMatchesNetworkX(_ f: StructureFixture) throws {
        guard let want = f.results["attribute_assortativity"] else { return }
        let cats = f.results["categories"]!.array.map { $0.int! }
        #expect(closeOrNaN(try f.graph.attributeAssortativity(categories: cats), want.double), "\(f.name)")
        for (key, value) in f.results["degree_assortativity"]!.object {
            let weighted = key.hasSuffix("_weighted")
            let parts = key.replacingOccurrences(of: "_weighted", with: "").split(separator: "_")
            let x = Graph.DegreeKind(rawValue: String(parts[0]))!
            let y = Graph.DegreeKind(rawValue: String(parts[1]))!
            let got = try f.graph.degreeAssortativity(x: x, y: y, weighted: weighted)
            #expect(close(got, value.double ?? .nan) || (got.isNaN && value.isNull), "\(f.name) \(key): \(got)")
        }
    }

    /// The parallel triangle count against a direct count (common neighbours of each edge's ends),
    /// on graphs large enough to be split over several workers, for 1, 2 and 5 workers.
    @Test(arguments: [(3000, 0.004, UInt64(61)), (2500, 0.01, UInt64(62))])
    func parallelTriangleCountsMatchADirectCount(_ n: Int, _ p: Double, _ seed: UInt64) throws {
        let g = RandomGraphs.gnp(n: n, p: p, seed: seed)
        var neighbours = [Set<Int32>](repeating: [], count: n)
        for e in 0 ..< g.edgeCount {
            let (u, v, _) = g.edge(e)
            neighbours[Int(u)].insert(v); neighbours[Int(v)].insert(u)
        }
        var direct = [Int](repeating: 0, count: n)  // each triangle counted once per edge, 3 edges
        for e in 0 ..< g.edgeCount {
            let (u, v, _) = g.edge(e)
            for w in neighbours[Int(u)].intersection(neighbours[Int(v)]) {
                direct[Int(u)] += 1; direct[Int(v)] += 1; direct[Int(w)] += 1
            }
        }
        direct = direct.map { $0 / 3 }
        #expect(direct.reduce(0, +) > 100, "the graph should have triangles to count")
        for threads in [1, 2, 5] {
            let counts = g.simpleTriangleCounts(threads: threads)
            #expect(counts == direct, "threads \(threads)")
        }
        #expect(try g.triangleCounts() == direct)
    }

    @Test func knownValues() throws {
        // Triangle 0-1-2 with a pendant 3 on 2: c(0)=c(1)=1, c(2)=1 triangle of 3 pairs = 1/3, c(3)=0.
        let g = try Graph(nodeCount: 4, edges: [(0, 1), (1, 2), (2, 0), (2, 3)])
        #expect(close(g.clustering(), [1, 1, 1.0 / 3, 0]))
        #expect(try g.triangleCounts() == [1, 1, 1, 0])
        // transitivity = 3·1 triangle / 5 connected triples (one at 0, one at 1, three at 2).
        #expect(close(g.transitivity(), 3.0 / 5))
        // Weighted: weights 1,1,4 on the triangle, max 4 → normalised 1/4,1/4,1: cbrt(1/16) at each corner.
        let w = try Graph(nodeCount: 3, weightedEdges: [(0, 1, 1), (1, 2, 1), (2, 0, 4)])
        let x = cbrtTest(1.0 / 16)
        #expect(close(w.clustering(weighted: true), [x, x, x]))
        // Directed 3-cycle 0→1→2→0: each node has d_tot = 2, d_↔ = 0, one cyclic triangle counted
        // once for j = pred and once for j = succ: T = 2, c = 2 / (2·(2·1 − 0)) = 1/2.
        let cyc = try Graph(nodeCount: 3, directed: true, edges: [(0, 1), (1, 2), (2, 0)])
        #expect(close(cyc.clustering(), [0.5, 0.5, 0.5]))
        // Parallel edges and self-loops do not change unweighted clustering.
        let multi = try Graph(nodeCount: 4, edges: [(0, 1), (0, 1), (1, 2), (2, 0), (2, 3), (3, 3)])
        #expect(multi.clustering() == g.clustering())
        #expect(throws: GraphError.self) { try Graph(nodeCount: 0, edges: []).averageClustering() }
    }

    /// With all weights equal, weighted clustering equals unweighted clustering.
    @Test func equalWeightsGiveUnweighted() throws {
        for seed in 0 ..< 10 as Range<UInt64> {
            let g = RandomGraphs.gnp(n: 40, p: 0.15, directed: seed % 2 == 1, seed: 700 + seed)
            var b = GraphBuilder(nodeCount: g.nodeCount, directed: g.isDirected, weighted: true)
            for e in g.edges { try b.addEdge(e.source, e.target, weight: 3) }
            let w = try b.build()
            #expect(close(w.clustering(weighted: true), g.clustering()), "seed \(seed)")
        }
    }

    /// Empty and one-node graphs through every structure measure: documented values or typed errors.
    @Test(arguments: [0, 1])
    func emptyAndOneNode(_ n: Int) throws {
        for directed in [false, true] {
            let g = try Graph(nodeCount: n, directed: directed, edges: [])
            #expect(g.clustering() == Array(repeating: 0, count: n))
            #expect(g.transitivity() == 0)
            let h = g.structuralHoles(weighted: true)
            #expect(h.constraint.count == n && h.constraint.allSatisfy { $0.isNaN })
            #expect(h.hierarchy.allSatisfy { $0.isNaN })
            let b = try g.brokerage(groups: Array(repeating: 0, count: n))
            #expect(b.raw.allSatisfy { $0 == .zero })
            #expect(g.louvainCommunities().count == n)
            #expect(g.leidenCommunities().count == n)
            #expect(try g.asynchronousLabelPropagation().count == n)
            if !directed { #expect(try g.labelPropagationCommunities().count == n) }
            #expect(throws: GraphError.self) { try g.modularity(of: Partition(labels: Array(repeating: 0, count: n))) }
            #expect(throws: GraphError.self) { try g.attributeAssortativity(categories: Array(repeating: 0, count: n)) }
            #expect(throws: GraphError.self) { try g.degreeAssortativity() }
            if n == 0 { #expect(throws: GraphError.self) { try g.averageClustering() } }
            else { #expect(try g.averageClustering() == 0) }
        }
    }

    @Test func assortativityKnownValues() throws {
        // Two groups, edges only within: r = 1. Edges only across (bipartite, equal groups): r = −1.
        let within = try Graph(nodeCount: 4, edges: [(0, 1), (2, 3)])
        #expect(close(try within.attributeAssortativity(categories: [0, 0, 1, 1]), 1))
        let across = try Graph(nodeCount: 4, edges: [(0, 2), (1, 3)])
        #expect(close(try across.attributeAssortativity(categories: [0, 0, 1, 1]), -1))
        // Star: hubs link only to leaves, r = −1.
        let star = try Graph(nodeCount: 4, edges: [(0, 1), (0, 2), (0, 3)])
        #expect(close(try star.degreeAssortativity(), -1))
        #expect(throws: GraphError.self) { try star.attributeAssortativity(categories: [0]) }
    }
}

#if canImport(Glibc)
import Glibc
#endif
func cbrtTest(_ x: Double) -> Double { cbrt(x) }
