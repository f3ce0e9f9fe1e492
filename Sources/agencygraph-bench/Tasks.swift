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

    var needsSource: Bool { self == .bfs || self == .dijkstra }

    /// Threads the GraphCore call uses (all sequential).
    var threads: Int { 1 }

    /// Rejects a task on the wrong kind of graph before loading (NetworkX raises for these).
    func check(directed: Bool) throws(BenchError) {
        switch self {
        case .scc where !directed:
            throw BenchError.unsupported("scc needs --directed")
        case .articulationPoints, .bridges, .biconnectedComponents, .kCore, .robustnessR:
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
            }
        } catch {
            throw BenchError.input("\(rawValue): \(error)")
        }
    }
}
