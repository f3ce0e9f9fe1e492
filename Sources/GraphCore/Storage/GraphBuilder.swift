/// Collects nodes and edges, applies the self-loop and parallel-edge policies, and builds a ``Graph``.
///
/// ```swift
/// var b = GraphBuilder(nodeCount: 3, directed: true, weighted: true, parallelEdges: .min)
/// try b.addEdge(0, 1, weight: 2)
/// try b.addEdge(0, 1, weight: 1)   // merged: one edge 0→1 of weight 1
/// let g = try b.build()
/// ```
///
/// Edge ids in the built graph follow the order of `addEdge` calls among the kept edges; a merged
/// edge takes the id (position and orientation) of its first occurrence.
///
/// - Complexity: `build()` is O(n + m) time and memory (radix sort by endpoints when merging).
public struct GraphBuilder: Sendable {
    /// What to do with an edge from a node to itself.
    public enum SelfLoopPolicy: String, Sendable, CaseIterable {
        /// Keep it as an edge.
        case keep
        /// Silently leave it out.
        case drop
        /// Throw ``GraphError/selfLoopRejected(node:)`` from `addEdge`.
        case reject
    }

    /// What to do with two or more edges joining the same nodes (the same ordered pair when
    /// directed, the same unordered pair when undirected).
    public enum ParallelEdgePolicy: String, Sendable, CaseIterable {
        /// Keep each edge (a multigraph).
        case keep
        /// Merge into one edge whose weight is the sum of the weights. On an unweighted builder the
        /// merged edge stays unweighted (weight 1): use a weighted builder to count multiplicities.
        case sum
        /// Merge into one edge whose weight is the smallest weight (NetworkX's convention for
        /// shortest paths on multigraphs).
        case min
        /// Throw ``GraphError/parallelEdgeRejected(source:target:edgeIndex:)`` from `build()`.
        case reject
    }

    /// The number of nodes so far.
    public private(set) var nodeCount: Int
    /// Whether the built graph is directed.
    public let isDirected: Bool
    /// Whether the built graph keeps weights.
    public let isWeighted: Bool
    /// The self-loop policy, applied in `addEdge`.
    public let selfLoops: SelfLoopPolicy
    /// The parallel-edge policy, applied in `build()`.
    public let parallelEdges: ParallelEdgePolicy

    var sources: [Int32] = []
    var targets: [Int32] = []
    var weights: [Double] = []
    /// Number of `addEdge` calls that reached the edge list or were dropped (for error positions).
    var callIndex: [Int] = []
    var calls = 0

    /// Creates a builder with `nodeCount` nodes and no edges.
    public init(nodeCount: Int = 0, directed: Bool = false, weighted: Bool = false,
                selfLoops: SelfLoopPolicy = .keep, parallelEdges: ParallelEdgePolicy = .keep) {
        self.nodeCount = max(0, nodeCount)
        self.isDirected = directed
        self.isWeighted = weighted
        self.selfLoops = selfLoops
        self.parallelEdges = parallelEdges
    }

    /// Reserves room for `edgeCount` edges.
    public mutating func reserveCapacity(edges edgeCount: Int) {
        sources.reserveCapacity(edgeCount)
        targets.reserveCapacity(edgeCount)
        if isWeighted { weights.reserveCapacity(edgeCount) }
        if parallelEdges == .reject { callIndex.reserveCapacity(edgeCount) }
    }

    /// Adds one node and returns its id.
    @discardableResult
    public mutating func addNode() throws(GraphError) -> Int32 {
        guard nodeCount < Int(Int32.max) else { throw GraphError.tooLarge("more than \(Int32.max) nodes") }
        nodeCount += 1
        return Int32(nodeCount - 1)
    }

    /// Adds `count` nodes and returns their ids.
    @discardableResult
    public mutating func addNodes(_ count: Int) throws(GraphError) -> Range<Int32> {
        guard count >= 0 else { throw GraphError.invalidArgument("cannot add a negative number of nodes (\(count))") }
        guard nodeCount + count <= Int(Int32.max) else {
            throw GraphError.tooLarge("cannot add \(count) nodes to \(nodeCount): ids must fit in Int32")
        }
        let start = Int32(nodeCount)
        nodeCount += count
        return start ..< Int32(nodeCount)
    }

    /// Adds an edge from `u` to `v` (between `u` and `v` when undirected).
    ///
    /// - Parameter u: the source node's id (`0 ..< nodeCount`).
    /// - Parameter v: the target node's id (`0 ..< nodeCount`).
    /// - Parameter weight: ignored by an unweighted builder; must be finite.
    /// - Throws: ``GraphError/nodeOutOfRange(_:nodeCount:)``, ``GraphError/nonFiniteWeight(source:target:weight:)``,
    ///   or ``GraphError/selfLoopRejected(node:)`` under the `reject` policy.
    public mutating func addEdge(_ u: Int32, _ v: Int32, weight: Double = 1) throws(GraphError) {
        guard u >= 0, Int(u) < nodeCount else { throw GraphError.nodeOutOfRange(Int(u), nodeCount: nodeCount) }
        guard v >= 0, Int(v) < nodeCount else { throw GraphError.nodeOutOfRange(Int(v), nodeCount: nodeCount) }
        if isWeighted && !weight.isFinite {
            throw GraphError.nonFiniteWeight(source: u, target: v, weight: weight)
        }
        let index = calls
        calls += 1
        if u == v {
            switch selfLoops {
            case .keep: break
            case .drop: return
            case .reject: throw GraphError.selfLoopRejected(node: u)
            }
        }
        guard sources.count < Int(Int32.max) else { throw GraphError.tooLarge("more than \(Int32.max) edges") }
        sources.append(u)
        targets.append(v)
        if isWeighted { weights.append(weight) }
        if parallelEdges == .reject { callIndex.append(index) }
    }

    /// Builds the immutable graph.
    /// - Throws: ``GraphError/parallelEdgeRejected(source:target:edgeIndex:)`` under the `reject` policy.
    /// - Complexity: O(n + m).
    public func build() throws(GraphError) -> Graph {
        let graph: Graph
        if parallelEdges == .keep {
            graph = Graph(nodeCount: nodeCount, directed: isDirected, weighted: isWeighted,
                          sources: sources, targets: targets, weights: weights)
        } else {
            let (s, t, w) = try merged()
            graph = Graph(nodeCount: nodeCount, directed: isDirected, weighted: isWeighted,
                          sources: s, targets: t, weights: w)
        }
        #if DEBUG
        graph.checkInvariants()
        #endif
        return graph
    }

    /// Groups edges by (canonical) endpoints with two stable counting sorts, then merges groups.
    private func merged() throws(GraphError) -> ([Int32], [Int32], [Double]) {
        let m = sources.count
        let n = nodeCount
        if m == 0 { return ([], [], []) }
        var lo = [Int32](repeating: 0, count: m)
        var hi = [Int32](repeating: 0, count: m)
        for e in 0 ..< m {
            let u = sources[e], v = targets[e]
            if isDirected || u <= v { lo[e] = u; hi[e] = v } else { lo[e] = v; hi[e] = u }
        }
        // Stable sort of edge ids by hi, then by lo → sorted by (lo, hi), ties in edge order.
        func countingSort(_ order: [Int32], key: [Int32]) -> [Int32] {
            var count = [Int](repeating: 0, count: n + 1)
            for e in order { count[Int(key[Int(e)]) + 1] += 1 }
            for i in 0 ..< n { count[i + 1] += count[i] }
            var out = [Int32](repeating: 0, count: order.count)
            for e in order {
                let k = Int(key[Int(e)])
                out[count[k]] = e
                count[k] += 1
            }
            return out
        }
        let identity = (0 ..< m).map { Int32($0) }
        let order = countingSort(countingSort(identity, key: hi), key: lo)
        var keep = [Bool](repeating: false, count: m)
        var mergedWeight = isWeighted ? weights : []
        var i = 0
        while i < m {
            let first = Int(order[i])
            keep[first] = true
            var j = i + 1
            while j < m, lo[Int(order[j])] == lo[first], hi[Int(order[j])] == hi[first] {
                let e = Int(order[j])
                switch parallelEdges {
                case .reject:
                    throw GraphError.parallelEdgeRejected(source: sources[e], target: targets[e],
                                                          edgeIndex: callIndex[e])
                case .sum: if isWeighted { mergedWeight[first] += weights[e] }
                case .min: if isWeighted { mergedWeight[first] = Swift.min(mergedWeight[first], weights[e]) }
                case .keep: break
                }
                j += 1
            }
            i = j
        }
        var s: [Int32] = [], t: [Int32] = [], w: [Double] = []
        s.reserveCapacity(m)
        t.reserveCapacity(m)
        for e in 0 ..< m where keep[e] {
            s.append(sources[e])
            t.append(targets[e])
            if isWeighted { w.append(mergedWeight[e]) }
        }
        return (s, t, w)
    }
}

extension Graph {
    /// Builds a graph from `(u, v)` pairs (convenience for small graphs and tests).
    public init(nodeCount: Int, directed: Bool = false, edges: [(Int32, Int32)],
                selfLoops: GraphBuilder.SelfLoopPolicy = .keep,
                parallelEdges: GraphBuilder.ParallelEdgePolicy = .keep) throws(GraphError) {
        var b = GraphBuilder(nodeCount: nodeCount, directed: directed, weighted: false,
                             selfLoops: selfLoops, parallelEdges: parallelEdges)
        b.reserveCapacity(edges: edges.count)
        for (u, v) in edges { try b.addEdge(u, v) }
        self = try b.build()
    }

    /// Builds a weighted graph from `(u, v, w)` triples.
    public init(nodeCount: Int, directed: Bool = false, weightedEdges: [(Int32, Int32, Double)],
                selfLoops: GraphBuilder.SelfLoopPolicy = .keep,
                parallelEdges: GraphBuilder.ParallelEdgePolicy = .keep) throws(GraphError) {
        var b = GraphBuilder(nodeCount: nodeCount, directed: directed, weighted: true,
                             selfLoops: selfLoops, parallelEdges: parallelEdges)
        b.reserveCapacity(edges: weightedEdges.count)
        for (u, v, w) in weightedEdges { try b.addEdge(u, v, weight: w) }
        self = try b.build()
    }

    /// The same nodes and edges with every edge reversed (a copy when undirected).
    /// - Complexity: O(n + m).
    public func reversed() -> Graph {
        guard isDirected else { return self }
        return Graph(nodeCount: nodeCount, directed: true, weighted: isWeighted,
                     sources: edgeTarget, targets: edgeSource, weights: edgeWeight)
    }

    /// The same nodes and edges without direction (parallel edges kept, as NetworkX's
    /// `to_undirected` on a MultiDiGraph; `u→v` and `v→u` become two parallel edges).
    /// - Complexity: O(n + m).
    public func undirected() -> Graph {
        guard isDirected else { return self }
        return Graph(nodeCount: nodeCount, directed: false, weighted: isWeighted,
                     sources: edgeSource, targets: edgeTarget, weights: edgeWeight)
    }

    /// The subgraph induced by the nodes where `keep[v]` is true, renumbered densely in id order.
    /// Returns the graph and, for each new id, the old id.
    /// - Complexity: O(n + m).
    public func inducedSubgraph(keeping keep: [Bool]) -> (graph: Graph, originalID: [Int32]) {
        var newID = [Int32](repeating: -1, count: nodeCount)
        var original: [Int32] = []
        for v in 0 ..< nodeCount where v < keep.count && keep[v] {
            newID[v] = Int32(original.count)
            original.append(Int32(v))
        }
        var s: [Int32] = [], t: [Int32] = [], w: [Double] = []
        for e in 0 ..< edgeCount {
            let a = newID[Int(edgeSource[e])], b = newID[Int(edgeTarget[e])]
            if a >= 0 && b >= 0 {
                s.append(a)
                t.append(b)
                if isWeighted { w.append(edgeWeight[e]) }
            }
        }
        return (Graph(nodeCount: original.count, directed: isDirected, weighted: isWeighted,
                      sources: s, targets: t, weights: w), original)
    }
}
