extension Graph {
    /// Every simple path (no repeated node) from `source` to `target` with at most `cutoff` edges,
    /// sorted lexicographically.
    ///
    /// Matches NetworkX `all_simple_paths(G, source, target, cutoff)` as a set of node sequences. On a
    /// multigraph NetworkX repeats a node sequence once per choice of parallel edges; this returns
    /// each node sequence once. Self-loops never occur in simple paths. `source == target` gives no
    /// paths, as NetworkX.
    ///
    /// Iterative depth-first enumeration (no recursion).
    /// - Parameters:
    ///   - source: the first node of every path.
    ///   - target: the last node of every path.
    ///   - cutoff: maximum number of edges (`nil`: `nodeCount - 1`).
    ///   - limit: stop after this many paths (there can be exponentially many).
    /// - Complexity: O(number of paths · n) output-sensitive, exponential in the worst case.
    public func allSimplePaths(from source: Int32, to target: Int32, cutoff: Int? = nil,
                               limit: Int = .max) throws(GraphError) -> [[Int32]] {
        try checkNode(source)
        try checkNode(target)
        let maxEdges = min(cutoff ?? (nodeCount - 1), nodeCount - 1)
        if source == target || maxEdges < 1 { return [] }
        let g = simplified()
        var onPath = [Bool](repeating: false, count: nodeCount)
        var path: [Int32] = [source]
        var pos: [Int] = [g.outOffset[Int(source)]]
        onPath[Int(source)] = true
        var out: [[Int32]] = []
        while let v = path.last, out.count < limit {
            let top = pos.count - 1
            let p = pos[top]
            if p >= g.outOffset[Int(v) + 1] {
                onPath[Int(v)] = false
                path.removeLast()
                pos.removeLast()
                continue
            }
            pos[top] = p + 1
            let w = g.outNeighbor[p]
            if onPath[Int(w)] { continue }
            if w == target {
                out.append(path + [w])
                continue
            }
            if path.count < maxEdges {
                path.append(w)
                pos.append(g.outOffset[Int(w)])
                onPath[Int(w)] = true
            }
        }
        out.sort { $0.lexicographicallyPrecedes($1) }
        return out
    }
}
