extension Graph {
    /// The underlying simple graph: self-loops dropped, parallel edges merged into one edge with the
    /// smallest weight (NetworkX's convention for paths on multigraphs). Same nodes, same direction.
    /// - Complexity: O(n + m).
    public func simplified() -> Graph {
        if selfLoopCount == 0 && !hasParallelEdges { return self }
        var b = GraphBuilder(nodeCount: nodeCount, directed: isDirected, weighted: isWeighted,
                             selfLoops: .drop, parallelEdges: .min)
        b.reserveCapacity(edges: edgeCount)
        for e in 0 ..< edgeCount {
            try! b.addEdge(edgeSource[e], edgeTarget[e], weight: isWeighted ? edgeWeight[e] : 1)
        }
        return try! b.build()
    }

    /// The smallest weight of an edge from `u` to `v` (either way when undirected), `nil` if none.
    /// Unweighted graphs give `1`.
    /// - Complexity: O(deg u).
    public func edgeWeight(from u: Int32, to v: Int32) -> Double? {
        guard contains(u), contains(v) else { return nil }
        var best: Double? = nil
        let lo = outOffset[Int(u)], hi = outOffset[Int(u) + 1]
        for p in lo ..< hi where outNeighbor[p] == v {
            let w = weight(ofEdge: Int(outEdge[p]))
            if best == nil || w < best! { best = w }
        }
        return best
    }

    /// The total weight (or hop count when `weighted` is false) of a node path, using the lightest
    /// edge between consecutive nodes; `nil` if two consecutive nodes are not joined.
    /// - Complexity: O(Σ deg) over the path's nodes (``edgeWeight(from:to:)`` per hop).
    public func pathLength(_ path: [Int32], weighted: Bool = true) -> Double? {
        var total = 0.0
        for i in 1 ..< max(path.count, 1) {
            guard let w = edgeWeight(from: path[i - 1], to: path[i]) else { return nil }
            total += (weighted && isWeighted) ? w : 1
        }
        return total
    }
}
