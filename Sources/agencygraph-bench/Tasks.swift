import GraphCore

/// The benchmark tasks, named as in issue 4 and scripts/bench/compare.py.
enum BenchTask: String, CaseIterable {
    case bfs
    case dijkstra
    case components
    case scc
    case articulationPoints = "articulation-points"
    case bridges
    case biconnectedComponents = "biconnected-components"
    case kCore = "k-core"
    case nodeConnectivity = "node-connectivity"
    case robustnessR = "robustness-r"
    case load
    // Part 2: centrality (values as NetworkX with the parameters in docs/performance.md).
    case betweenness
    case betweennessSample = "betweenness-sample"
    case edgeBetweenness = "edge-betweenness"
    case closeness
    case harmonic
    case pagerank
    case eigenvector
    case katz
    // Structure measures (the structure helper's API, same worktree).
    case constraint
    case effectiveSize = "effective-size"
    case clustering
    case louvain

    var needsSource: Bool { self == .bfs || self == .dijkstra }

    /// Threads the GraphCore call uses: the all-pairs centralities run on every core.
    var threads: Int {
        switch self {
        case .betweenness, .betweennessSample, .edgeBetweenness, .closeness, .harmonic: return benchCoreCount()
        default: return 1
        }
    }

    /// Rejects a task on the wrong kind of graph before loading (NetworkX raises for these).
    func check(directed: Bool) throws(BenchError) {
        switch self {
        case .scc where !directed:
            throw BenchError.unsupported("scc needs --directed")
        case .articulationPoints, .bridges, .biconnectedComponents, .kCore, .robustnessR, .clustering, .louvain:
            if directed { throw BenchError.unsupported("\(rawValue) is defined for undirected graphs; drop --directed") }
        default:
            break
        }
    }

    /// Runs the task: one GraphCore call. The result is wrapped as it comes (no copy), so the
    /// timed region is the library call alone.
    func run(on g: Graph, source: Int32) throws(BenchError) -> TaskResult {
        do {
            switch self {
            case .load:
                return .none
            case .bfs:
                return .intPerNode(try g.bfsDistances(from: source))
            case .dijkstra:
                return .doublePerNode(try g.dijkstraDistances(from: source, weighted: true))
            case .components:
                return .intPerNode(g.connectedComponents().label)
            case .scc:
                return .intPerNode(g.stronglyConnectedComponents().label)
            case .articulationPoints:
                return .nodeSet(try g.articulationPoints())
            case .bridges:
                return .pairSet(try g.bridges())
            case .biconnectedComponents:
                return .integer(try g.biconnectedComponentCount())
            case .kCore:
                return .intPerNode(try g.coreNumbers())
            case .nodeConnectivity:
                return .integer(try g.nodeConnectivity())
            case .robustnessR:
                // Schneider et al. (PNAS 2011): highest degree first, recomputed after every
                // removal (the paper's attack), ties to the lowest id.
                return .real(try g.schneiderR(strategy: .degree(adaptive: true)))
            case .betweenness:
                // NetworkX betweenness_centrality(G, normalized=False): raw, unordered pairs when undirected.
                return .doublePerNode(try g.betweennessCentrality(normalized: false))
            case .betweennessSample:
                // The estimate the briefing and `diff` make above 10,000 nodes: 4,000 sources, seed 1
                // (NetworkX betweenness_centrality(G, k=4000, normalized=False, seed=1)).
                return .doublePerNode(try g.betweennessCentrality(k: min(4000, g.nodeCount), seed: 1, normalized: false))
            case .edgeBetweenness:
                return .doublePerEdge(try g.edgeBetweennessCentrality(normalized: false))
            case .closeness:
                return .doublePerNode(try g.closenessCentrality())
            case .harmonic:
                return .doublePerNode(try g.harmonicCentrality())
            case .pagerank:
                // NetworkX's stopping rule (L1 change < n · tol) with tol 1e-12: NetworkX's default 1e-6
                // allows an L1 change of 0.09 on n = 90k; 1e-10 leaves the grid's border
                // nodes 1.7e-3 (of the largest value) from igraph's exact PRPACK values, 1e-11 1.4e-4, 1e-12 1.4e-5.
                return .doublePerNode(try g.pageRank(maxIterations: 10_000, tolerance: 1e-12))
            case .eigenvector:
                // Solved to a relative residual of 1e-10 (LOBPCG): NetworkX's power iteration stops
                // far from the eigenvector on the grid (3e-3 of the largest value at tol 1e-9).
                return .doublePerNode(try g.exactEigenvectorCentrality())
            case .katz:
                // alpha below 1/λ_max of every bench graph (λ_max(ba-100k) ≈ 40); tol as rustworkx's.
                return .doublePerNode(try g.katzCentrality(alpha: 0.01, tolerance: 1e-12))
            case .constraint:
                // NetworkX constraint(G): nodes without neighbours are NaN there and left out here.
                return .doublePerNode(g.constraint().map { $0.isNaN ? .infinity : $0 })
            case .effectiveSize:
                return .doublePerNode(g.effectiveSize().map { $0.isNaN ? .infinity : $0 })
            case .clustering:
                return .doublePerNode(g.clustering())
            case .louvain:
                // Partitions differ between implementations; the value compared is the modularity.
                let p = g.louvainCommunities(seed: 0)
                return .real(try g.modularity(of: p))
            }
        } catch {
            throw BenchError.input("\(rawValue): \(error)")
        }
    }
}
