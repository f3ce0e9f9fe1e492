extension Graph {
    /// Which degree of a node ``degreeAssortativity(x:y:weighted:)`` reads (directed graphs).
    public enum DegreeKind: String, Sendable, CaseIterable {
        /// Out-degree (number or total weight of out-edges).
        case out
        /// In-degree.
        case `in`
    }

    /// Newman's assortativity coefficient for a categorical node attribute (NetworkX
    /// `attribute_assortativity_coefficient`).
    ///
    /// `r = (Σ_i e_ii − Σ_i a_i b_i) / (1 − Σ_i a_i b_i)` over the mixing matrix `e` of attribute pairs
    /// `(category(u), category(v))`, one pair per adjacency entry: every directed edge once, every
    /// undirected edge in both directions, an undirected self-loop once, each parallel edge again
    /// (NetworkX's `node_attribute_xy`). Unweighted, as NetworkX.
    ///
    /// ```swift
    /// // Do nodes link within their level or across? 1 = only within, < 0 = mostly across.
    /// let r = try g.attributeAssortativity(categories: level)
    /// ```
    ///
    /// - Parameter categories: one category label per node (`categories.count == nodeCount`).
    /// - Returns: `NaN` when every pair falls in one category (`0/0`, as NetworkX's numpy division).
    /// - Throws: ``GraphError/invalidArgument(_:)`` for a wrong-length labelling,
    ///   ``GraphError/emptyGraph(_:)`` when the graph has no edges.
    /// - Complexity: O(n + m + k) for k categories.
    public func attributeAssortativity(categories: [Int]) throws(GraphError) -> Double {
        guard categories.count == nodeCount else {
            throw GraphError.invalidArgument("categories has \(categories.count) labels for \(nodeCount) nodes")
        }
        guard edgeCount > 0 else { throw GraphError.emptyGraph("assortativity needs at least one edge") }
        var index: [Int: Int] = [:]
        var cat = [Int](repeating: 0, count: nodeCount)
        for v in 0 ..< nodeCount {
            if let i = index[categories[v]] { cat[v] = i } else { cat[v] = index.count; index[categories[v]] = index.count }
        }
        let k = index.count
        var rowSum = [Double](repeating: 0, count: k), colSum = rowSum
        var diagonal = 0.0, total = 0.0
        for v in 0 ..< nodeCount {
            for w in successors(of: Int32(v)) {
                let a = cat[v], b = cat[Int(w)]
                rowSum[a] += 1; colSum[b] += 1; total += 1
                if a == b { diagonal += 1 }
            }
        }
        var s = 0.0
        for i in 0 ..< k { s += (rowSum[i] / total) * (colSum[i] / total) }
        let t = diagonal / total
        return (t - s) / (1 - s)
    }

    /// Degree assortativity: the Pearson correlation of the degrees at the two ends of every edge
    /// (NetworkX `degree_assortativity_coefficient`).
    ///
    /// Conventions (NetworkX's `node_degree_xy`): undirected graphs use the degree (self-loops twice)
    /// at both ends and count every edge in both directions; directed graphs pair the `x`-degree of
    /// the source with the `y`-degree of the target of every arc (default out → in). Parallel edges
    /// count each. With `weighted`, degrees are total edge weights.
    ///
    /// - Returns: `NaN` when all degrees at one end are equal (zero variance), as NetworkX.
    /// - Throws: ``GraphError/emptyGraph(_:)`` when the graph has no edges.
    /// - Complexity: O(n + m).
    public func degreeAssortativity(x: DegreeKind = .out, y: DegreeKind = .in,
                                    weighted: Bool = false) throws(GraphError) -> Double {
        guard edgeCount > 0 else { throw GraphError.emptyGraph("assortativity needs at least one edge") }
        let useW = weighted && isWeighted
        var outDeg = [Double](repeating: 0, count: nodeCount)
        var inDeg = [Double](repeating: 0, count: nodeCount)
        for e in 0 ..< edgeCount {
            let (s, t, w) = edge(e)
            let x = useW ? w : 1
            outDeg[Int(s)] += x
            inDeg[Int(t)] += x
            if !isDirected { outDeg[Int(t)] += x; inDeg[Int(s)] += x }
        }
        // Undirected: degree = out + in halves… both arrays already hold the full degree.
        let dx = (isDirected && x == .in) ? inDeg : outDeg
        let dy = (isDirected && y == .out) ? outDeg : (isDirected ? inDeg : outDeg)
        // Pairs: for each adjacency entry (u, v) following direction.
        var n = 0.0, sx = 0.0, sy = 0.0
        for u in 0 ..< nodeCount {
            for v in successors(of: Int32(u)) {
                n += 1; sx += dx[u]; sy += dy[Int(v)]
            }
        }
        let mx = sx / n, my = sy / n
        var cxy = 0.0, vx = 0.0, vy = 0.0
        for u in 0 ..< nodeCount {
            let a = dx[u] - mx
            for v in successors(of: Int32(u)) {
                let b = dy[Int(v)] - my
                cxy += a * b; vx += a * a; vy += b * b
            }
        }
        return cxy / (vx * vy).squareRoot()
    }
}
