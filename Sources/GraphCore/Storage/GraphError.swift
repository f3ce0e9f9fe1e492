/// An error from building a graph or running an algorithm on it, with a message a person can act on.
public enum GraphError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A node id is negative or not below the node count.
    case nodeOutOfRange(Int, nodeCount: Int)
    /// A self-loop was added while the builder's policy is ``GraphBuilder/SelfLoopPolicy/reject``.
    case selfLoopRejected(node: Int32)
    /// A second edge between the same nodes while the policy is ``GraphBuilder/ParallelEdgePolicy/reject``.
    /// `edgeIndex` is the 0-based position of the offending `addEdge` call.
    case parallelEdgeRejected(source: Int32, target: Int32, edgeIndex: Int)
    /// A weight is NaN or infinite.
    case nonFiniteWeight(source: Int32, target: Int32, weight: Double)
    /// An algorithm that needs non-negative weights (Dijkstra) met a negative one.
    case negativeWeight(source: Int32, target: Int32, weight: Double)
    /// The algorithm needs a directed graph; the payload names the algorithm.
    case requiresDirected(String)
    /// The algorithm needs an undirected graph; the payload names the algorithm.
    case requiresUndirected(String)
    /// The algorithm does not accept self-loops (e.g. k-core, as in NetworkX).
    case selfLoopsNotAllowed(String)
    /// The graph is not connected where the measure needs it (e.g. diameter); the payload says why.
    case notConnected(String)
    /// The measure is undefined on the empty graph.
    case emptyGraph(String)
    /// Two nodes that must differ are equal (e.g. the source and target of a cut).
    case sameNode(String)
    /// An argument outside its domain (e.g. k larger than the node count).
    case invalidArgument(String)
    /// Too many nodes or edges for `Int32` ids.
    case tooLarge(String)

    /// A message a person can act on.
    public var description: String {
        switch self {
        case let .nodeOutOfRange(v, n):
            return "node id \(v) is out of range: the graph has \(n) nodes (valid ids are 0..<\(n))"
        case let .selfLoopRejected(v):
            return "self-loop on node \(v) rejected; choose SelfLoopPolicy.keep or .drop to accept it"
        case let .parallelEdgeRejected(u, v, i):
            return "edge \(i) (\(u), \(v)) repeats an earlier edge between the same nodes; "
                + "choose ParallelEdgePolicy.keep, .sum or .min to accept it"
        case let .nonFiniteWeight(u, v, w):
            return "edge (\(u), \(v)) has weight \(w); weights must be finite numbers"
        case let .negativeWeight(u, v, w):
            return "edge (\(u), \(v)) has negative weight \(w); Dijkstra needs weights >= 0"
        case let .requiresDirected(what): return "\(what) needs a directed graph"
        case let .requiresUndirected(what): return "\(what) needs an undirected graph"
        case let .selfLoopsNotAllowed(what):
            return "\(what) is not defined with self-loops; build with SelfLoopPolicy.drop"
        case let .notConnected(what): return what
        case let .emptyGraph(what): return what
        case let .sameNode(what): return what
        case let .invalidArgument(what): return what
        case let .tooLarge(what): return what
        }
    }
}
