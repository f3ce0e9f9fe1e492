import Testing
@testable import GraphCore

@Suite struct ShortestPathsTests {
    @Test(arguments: Fixture.all.filter { $0.weighted })
    func dijkstraMatchesNetworkX(_ f: Fixture) throws {
        for (key, expected) in f.results["dijkstra"]!.object {
            let s = Int32(key)!
            let d = try f.graph.dijkstraDistances(from: s)
            let want = expected.doubles.map { $0 ?? .infinity }
            #expect(close(d, want), "\(f.name) from \(s)")
            let tree = try f.graph.shortestPaths(from: s)
            for v in f.graph.nodes where d[Int(v)].isFinite {
                let p = try #require(tree.path(to: v))
                #expect(p.first == s && p.last == v)
                #expect(close(try #require(f.graph.pathLength(p)), d[Int(v)]))
            }
        }
    }

    @Test(arguments: Fixture.all)
    func allShortestPathsMatchNetworkX(_ f: Fixture) throws {
        for pair in f.results["pairs"]!.array {
            let s = pair["s"]!.int32, t = pair["t"]!.int32
            #expect(try f.graph.allShortestPaths(from: s, to: t) == pair["all_shortest_paths"]!.intLists, "\(f.name)")
            if let w = pair["all_shortest_paths_weighted"] {
                #expect(try f.graph.allShortestPaths(from: s, to: t, weighted: true) == w.intLists, "\(f.name)")
            }
            let dag = try f.graph.shortestPathDAG(from: s)
            #expect(dag.sigma[Int(t)] == Double(pair["all_shortest_paths"]!.array.count))
        }
    }

    @Test(arguments: Fixture.all)
    func yenCostsMatchNetworkX(_ f: Fixture) throws {
        for pair in f.results["pairs"]!.array {
            let s = pair["s"]!.int32, t = pair["t"]!.int32
            let want = pair["yen_costs"]!.doubles.map { $0! }
            let got = try f.graph.kShortestPaths(from: s, to: t, k: want.count, weighted: f.weighted)
            #expect(close(got.map(\.length), want), "\(f.name) \(s)→\(t)")
            #expect(Set(got.map(\.path)).count == got.count)
            for (path, length) in got {
                #expect(Set(path).count == path.count, "not simple")
                #expect(path.first == s && path.last == t)
                #expect(close(try #require(f.graph.pathLength(path, weighted: f.weighted)), length))
            }
        }
    }

    @Test(arguments: Fixture.all)
    func simplePathsMatchNetworkX(_ f: Fixture) throws {
        for pair in f.results["pairs"]!.array {
            let s = pair["s"]!.int32, t = pair["t"]!.int32
            let cutoff = pair["simple_paths_cutoff"]!.int!
            #expect(try f.graph.allSimplePaths(from: s, to: t, cutoff: cutoff) == pair["simple_paths"]!.intLists,
                    "\(f.name)")
        }
    }

    @Test(arguments: Fixture.all.filter { $0.results["connected"]!.bool })
    func distanceMeasuresMatchNetworkX(_ f: Fixture) throws {
        let r = f.results
        #expect(try f.graph.eccentricity() == r["eccentricity"]!.doubles.map { $0! }, "\(f.name)")
        #expect(try f.graph.diameter() == r["diameter"]!.double!)
        #expect(close(try f.graph.averageShortestPathLength(), r["average_shortest_path_length"]!.double!))
        if let ew = r["eccentricity_weighted"] {
            #expect(close(try f.graph.eccentricity(weighted: true), ew.doubles.map { $0! }))
            #expect(close(try f.graph.averageShortestPathLength(weighted: true),
                          r["average_shortest_path_length_weighted"]!.double!))
        }
    }

    @Test(arguments: Fixture.undirected)
    func perComponentAverageMatchesNetworkX(_ f: Fixture) throws {
        let got = try f.graph.averageShortestPathLengthPerComponent()
        let want = f.results["average_shortest_path_length_per_component"]!.array
        #expect(got.count == want.count)
        for (g, w) in zip(got, want) {
            #expect(g.nodes == w["nodes"]!.ints)
            #expect(close(g.value, w["value"]!.double!))
        }
    }

    @Test func errorsArePrecise() throws {
        let g = try Graph(nodeCount: 3, directed: true, weightedEdges: [(0, 1, 2), (1, 2, -1)])
        #expect(throws: GraphError.negativeWeight(source: 1, target: 2, weight: -1)) { try g.dijkstraDistances(from: 0) }
        #expect(try g.dijkstraDistances(from: 0, weighted: false) == [0, 1, 2])
        #expect(throws: GraphError.self) { try g.averageShortestPathLength() }
        #expect(throws: GraphError.nodeOutOfRange(3, nodeCount: 3)) { try g.shortestPath(from: 0, to: 3) }
        let disconnected = try Graph(nodeCount: 3, edges: [(0, 1)])
        do {
            _ = try disconnected.diameter()
            Issue.record("expected notConnected")
        } catch {
            #expect(error.description.contains("2 components"))
        }
    }

    @Test func smallExamples() throws {
        // A 2x3 grid: 3 shortest paths corner to corner.
        let g = try Graph(nodeCount: 6, edges: [(0, 1), (1, 2), (3, 4), (4, 5), (0, 3), (1, 4), (2, 5)])
        #expect(try g.allShortestPaths(from: 0, to: 5) == [[0, 1, 2, 5], [0, 1, 4, 5], [0, 3, 4, 5]])
        #expect(try g.shortestPath(from: 0, to: 5)?.count == 4)
        let k = try g.kShortestPaths(from: 0, to: 5, k: 10)
        #expect(k.map(\.length) == [3, 3, 3, 5])
        #expect(k.last?.path == [0, 3, 4, 1, 2, 5])
        #expect(try g.allSimplePaths(from: 0, to: 5).count == 4)
        #expect(try g.allSimplePaths(from: 0, to: 5, cutoff: 3).count == 3)
        // Parallel edges with different weights: the lightest counts, and paths are not duplicated.
        let m = try Graph(nodeCount: 3, weightedEdges: [(0, 1, 5), (0, 1, 1), (1, 2, 1), (0, 2, 2)])
        #expect(try m.dijkstraDistances(from: 0) == [0, 1, 2])
        #expect(try m.allShortestPaths(from: 0, to: 2, weighted: true) == [[0, 1, 2], [0, 2]])
        #expect(try m.allSimplePaths(from: 0, to: 2) == [[0, 1, 2], [0, 2]])
        #expect(try m.kShortestPaths(from: 0, to: 2, k: 5, weighted: true).map(\.length) == [2, 2])
    }

    /// Dijkstra agrees with a Bellman-Ford relaxation on random weighted graphs.
    @Test func dijkstraAgreesWithBellmanFord() throws {
        for seed in 0 ..< 20 as Range<UInt64> {
            let g = RandomGraphs.gnp(n: 30, p: 0.1, directed: seed % 2 == 1, weighted: true, parallel: true, seed: 500 + seed)
            var d = [Double](repeating: .infinity, count: 30)
            d[0] = 0
            for _ in 0 ..< 30 {
                for e in g.edges {
                    if d[Int(e.source)] + e.weight < d[Int(e.target)] { d[Int(e.target)] = d[Int(e.source)] + e.weight }
                    if !g.isDirected && d[Int(e.target)] + e.weight < d[Int(e.source)] {
                        d[Int(e.source)] = d[Int(e.target)] + e.weight
                    }
                }
            }
            #expect(try g.dijkstraDistances(from: 0) == d)
        }
    }
}
