/// A compact, immutable graph on dense `Int32` node ids, stored as compressed sparse rows (CSR).
///
/// Nodes are `0 ..< nodeCount`. Edges are numbered `0 ..< edgeCount` in the order the builder kept
/// them (for merged parallel edges: the position of the first occurrence). Every edge carries a
/// `Double` weight; an unweighted graph reports weight `1` for every edge.
///
/// Conventions:
/// - **Directed** graphs keep an out-adjacency (successors) and an in-adjacency (predecessors).
///   **Undirected** graphs keep one adjacency that lists every edge at both endpoints; the
///   "in" accessors return the same rows.
/// - Within a row, neighbours appear in edge order, i.e. in the order their first edge was added.
///   This is the order NetworkX's adjacency dictionaries have for the same insertion sequence, so
///   traversal orders agree with NetworkX on simple graphs.
/// - An undirected **self-loop** `(v, v)` appears once in the row of `v`; `degree(of:)` counts it
///   twice, as NetworkX does. A directed self-loop appears once among successors and once among
///   predecessors.
/// - **Parallel edges** that the builder kept appear once per edge in a row.
///
/// Build one with ``GraphBuilder`` or read one with ``EdgeListReader``.
///
/// - Complexity: O(n + m) memory: per edge, 8 bytes of endpoints plus 8 bytes per adjacency slot
///   (4 for the neighbour, 4 for the edge id); weighted graphs add 8 bytes per edge and 8 per
///   out-slot.
public struct Graph: Sendable, Equatable {
    /// The number of nodes; node ids are `0 ..< nodeCount`.
    public let nodeCount: Int
    /// Whether edges have a direction.
    public let isDirected: Bool
    /// Whether the graph was built with weights (otherwise every weight reads as `1`).
    public let isWeighted: Bool

    // Edge list, by edge id.
    @usableFromInline let edgeSource: [Int32]
    @usableFromInline let edgeTarget: [Int32]
    @usableFromInline let edgeWeight: [Double]  // empty when unweighted

    // Out (or undirected) adjacency.
    @usableFromInline let outOffset: [Int]      // nodeCount + 1
    @usableFromInline let outNeighbor: [Int32]
    @usableFromInline let outEdge: [Int32]
    @usableFromInline let outWeight: [Double]   // parallel to outNeighbor; empty when unweighted
    // In adjacency (directed only; empty otherwise).
    @usableFromInline let inOffset: [Int]
    @usableFromInline let inNeighbor: [Int32]
    @usableFromInline let inEdge: [Int32]

    /// The number of self-loop edges. Counted once, when the graph is built.
    public let selfLoopCount: Int
    /// Whether two edges join the same (ordered, when directed) pair of nodes. Found once, when built.
    public let hasParallelEdges: Bool

    /// Builds the CSR rows from an edge list. Internal: callers go through ``GraphBuilder``.
    init(nodeCount: Int, directed: Bool, weighted: Bool,
         sources: [Int32], targets: [Int32], weights: [Double]) {
        self.nodeCount = nodeCount
        self.isDirected = directed
        self.isWeighted = weighted
        self.edgeSource = sources
        self.edgeTarget = targets
        self.edgeWeight = weighted ? weights : []
        if directed {
            (outOffset, outNeighbor, outEdge) = Graph.makeRows(
                nodeCount: nodeCount, from: sources, to: targets, both: false)
            (inOffset, inNeighbor, inEdge) = Graph.makeRows(
                nodeCount: nodeCount, from: targets, to: sources, both: false)
        } else {
            (outOffset, outNeighbor, outEdge) = Graph.makeRows(
                nodeCount: nodeCount, from: sources, to: targets, both: true)
            inOffset = []
            inNeighbor = []
            inEdge = []
        }
        if weighted {
            // Weights per slot, so Dijkstra reads them sequentially with the neighbours.
            let edgeIDs = outEdge
            outWeight = [Double](unsafeUninitializedCapacity: edgeIDs.count) { buf, count in
                weights.withUnsafeBufferPointer { w in
                    for p in 0 ..< edgeIDs.count { buf[p] = w[Int(edgeIDs[p])] }
                }
                count = edgeIDs.count
            }
        } else {
            outWeight = []
        }
        var loops = 0
        for e in 0 ..< sources.count where sources[e] == targets[e] { loops += 1 }
        selfLoopCount = loops
        hasParallelEdges = Graph.anyRepeatedNeighbour(nodeCount: nodeCount, offset: outOffset, neighbor: outNeighbor)
    }

    /// Whether some row lists a neighbour twice (one pass with a mark per node).
    private static func anyRepeatedNeighbour(nodeCount n: Int, offset: [Int], neighbor: [Int32]) -> Bool {
        let mark = UnsafeMutablePointer<Int32>.allocate(capacity: max(n, 1))
        mark.initialize(repeating: -1, count: max(n, 1))
        defer { mark.deallocate() }
        return offset.withUnsafeBufferPointer { off in
            neighbor.withUnsafeBufferPointer { nb in
                for u in 0 ..< n {
                    let u32 = Int32(truncatingIfNeeded: u)
                    for p in off[u] ..< off[u + 1] {
                        let w = Int(nb[p])
                        if mark[w] == u32 { return true }
                        mark[w] = u32
                    }
                }
                return false
            }
        }
    }

    /// Counting-sort the edges into rows, keeping edge order inside each row.
    private static func makeRows(nodeCount n: Int, from: [Int32], to: [Int32], both: Bool)
        -> ([Int], [Int32], [Int32])
    {
        let m = from.count
        var offset = [Int](repeating: 0, count: n + 1)
        for e in 0 ..< m {
            offset[Int(from[e]) + 1] += 1
            if both && from[e] != to[e] { offset[Int(to[e]) + 1] += 1 }
        }
        for v in 0 ..< n { offset[v + 1] += offset[v] }
        let slots = offset[n]
        var neighbor = [Int32](repeating: 0, count: slots)
        var edge = [Int32](repeating: 0, count: slots)
        var cursor = offset
        from.withUnsafeBufferPointer { f in
            to.withUnsafeBufferPointer { t in
                neighbor.withUnsafeMutableBufferPointer { nb in
                    edge.withUnsafeMutableBufferPointer { eb in
                        cursor.withUnsafeMutableBufferPointer { c in
                            for e in 0 ..< m {
                                let u = Int(f[e]), v = Int(t[e])
                                let p = c[u]
                                nb[p] = Int32(truncatingIfNeeded: v)
                                eb[p] = Int32(truncatingIfNeeded: e)
                                c[u] = p + 1
                                if both && u != v {
                                    let q = c[v]
                                    nb[q] = Int32(truncatingIfNeeded: u)
                                    eb[q] = Int32(truncatingIfNeeded: e)
                                    c[v] = q + 1
                                }
                            }
                        }
                    }
                }
            }
        }
        return (offset, neighbor, edge)
    }

    /// The number of edges (each undirected edge counts once; kept parallel edges count each).
    @inlinable public var edgeCount: Int { edgeSource.count }

    /// The node ids, `0 ..< nodeCount`, as `Int32`.
    @inlinable public var nodes: Range<Int32> { 0 ..< Int32(truncatingIfNeeded: nodeCount) }

    /// Whether `v` is a node of this graph.
    @inlinable public func contains(_ v: Int32) -> Bool { v >= 0 && Int(v) < nodeCount }

    /// Throws ``GraphError/nodeOutOfRange(_:nodeCount:)`` unless `v` is a node.
    @inlinable public func checkNode(_ v: Int32) throws(GraphError) {
        if !contains(v) { throw GraphError.nodeOutOfRange(Int(v), nodeCount: nodeCount) }
    }

    // MARK: Edges

    /// The endpoints and weight of edge `e` (as added: for undirected edges, the first endpoint
    /// is the one given first).
    /// - Precondition: `0 <= e < edgeCount`.
    @inlinable public func edge(_ e: Int) -> (source: Int32, target: Int32, weight: Double) {
        (edgeSource[e], edgeTarget[e], isWeighted ? edgeWeight[e] : 1)
    }

    /// The weight of edge `e` (`1` when the graph is unweighted).
    @inlinable public func weight(ofEdge e: Int) -> Double { isWeighted ? edgeWeight[e] : 1 }

    /// All edges in edge-id order.
    public var edges: [(source: Int32, target: Int32, weight: Double)] {
        (0 ..< edgeCount).map { edge($0) }
    }

    // MARK: Adjacency

    /// Successors of `v` (directed) or neighbours of `v` (undirected), one entry per edge.
    /// - Precondition: `v` is a node.
    @inlinable public func successors(of v: Int32) -> ArraySlice<Int32> {
        outNeighbor[outOffset[Int(v)] ..< outOffset[Int(v) + 1]]
    }

    /// The edge ids parallel to ``successors(of:)``.
    @inlinable public func outEdges(of v: Int32) -> ArraySlice<Int32> {
        outEdge[outOffset[Int(v)] ..< outOffset[Int(v) + 1]]
    }

    /// Predecessors of `v` (directed) or neighbours of `v` (undirected), one entry per edge.
    @inlinable public func predecessors(of v: Int32) -> ArraySlice<Int32> {
        isDirected ? inNeighbor[inOffset[Int(v)] ..< inOffset[Int(v) + 1]] : successors(of: v)
    }

    /// The edge ids parallel to ``predecessors(of:)``.
    @inlinable public func inEdges(of v: Int32) -> ArraySlice<Int32> {
        isDirected ? inEdge[inOffset[Int(v)] ..< inOffset[Int(v) + 1]] : outEdges(of: v)
    }

    /// Neighbours of `v` following edge direction: successors when directed.
    @inlinable public func neighbors(of v: Int32) -> ArraySlice<Int32> { successors(of: v) }

    /// The number of adjacency entries of `v` following direction (self-loops once).
    @inlinable public func outDegree(of v: Int32) -> Int {
        outOffset[Int(v) + 1] - outOffset[Int(v)]
    }

    /// The number of in-adjacency entries of `v` (equals ``outDegree(of:)`` when undirected).
    @inlinable public func inDegree(of v: Int32) -> Int {
        isDirected ? inOffset[Int(v) + 1] - inOffset[Int(v)] : outDegree(of: v)
    }

    /// The degree of `v` as NetworkX counts it: in + out when directed; when undirected the
    /// number of incident edges with a self-loop counted twice.
    /// - Complexity: O(1) when directed, O(deg v) when undirected.
    public func degree(of v: Int32) -> Int {
        if isDirected { return outDegree(of: v) + inDegree(of: v) }
        var d = outDegree(of: v)
        for w in successors(of: v) where w == v { d += 1 }
        return d
    }

    /// Whether there is at least one edge from `u` to `v` (either way when undirected).
    /// - Complexity: O(min(deg u, deg v)) at best, O(deg u) in general.
    public func hasEdge(from u: Int32, to v: Int32) -> Bool {
        guard contains(u), contains(v) else { return false }
        if isDirected {
            if outDegree(of: u) <= inDegree(of: v) { return successors(of: u).contains(v) }
            return predecessors(of: v).contains(u)
        }
        if outDegree(of: u) <= outDegree(of: v) { return successors(of: u).contains(v) }
        return successors(of: v).contains(u)
    }

}

extension Graph: CustomStringConvertible {
    /// A one-line summary: direction, weights, node and edge counts.
    public var description: String {
        "Graph(\(isDirected ? "directed" : "undirected"), \(isWeighted ? "weighted" : "unweighted"), "
            + "\(nodeCount) nodes, \(edgeCount) edges)"
    }
}
