extension Graph {
    /// `y[v] = Σ_{u → v} x[u] · w(u, v)` over in-rows (undirected: the rows), parallel edges each,
    /// self-loops once (NetworkX's `G[n][nbr]` push order: in-rows list predecessors in edge order).
    func pullSum(_ g: CSRView, weighted: Bool, _ x: UnsafeBufferPointer<Double>, _ v: Int) -> Double {
        var s = 0.0
        let lo = g.offset[v], hi = g.offset[v + 1]
        if weighted {
            for p in lo ..< hi { s += x[Int(g.neighbor[p])] * g.weight[p] }
        } else {
            for p in lo ..< hi { s += x[Int(g.neighbor[p])] }
        }
        return s
    }

    /// Eigenvector centrality by power iteration on `A + I`, as NetworkX `eigenvector_centrality`.
    ///
    /// Starts from `1/n` everywhere; each step sets `x ← (A + I)ᵀ x` restricted to in-edges — on
    /// directed graphs a node is central when central nodes **point to it** (the left eigenvector,
    /// NetworkX's convention) — and scales to unit Euclidean norm. The `+ I` shift keeps the
    /// iteration from oscillating on bipartite graphs (grids, trees) and does not change the
    /// eigenvector. Stops when the L1 change is below `n · tolerance`, exactly NetworkX's test, so the
    /// values agree with NetworkX to its rounding.
    ///
    /// Conventions: an undirected self-loop adds the node's own value once (as `G[v][v]` does).
    /// NetworkX refuses multigraphs; here parallel edges each count (weights add), i.e. the values
    /// for the graph with summed weights.
    ///
    /// - Parameters:
    ///   - weighted: use edge weights (NetworkX `weight="weight"`), else 1 per edge.
    ///   - maxIterations: NetworkX `max_iter` (default 100).
    ///   - tolerance: NetworkX `tol` (default 1e-6).
    /// - Throws: ``CentralityError/notConverged(algorithm:iterations:residual:threshold:)`` after
    ///   `maxIterations` steps; ``CentralityError/graph(_:)`` with ``GraphError/emptyGraph(_:)`` for
    ///   `n == 0` (NetworkX raises `NetworkXPointlessConcept`).
    /// - Complexity: O(maxIterations · (n + m)) time, O(n) extra memory.
    public func eigenvectorCentrality(weighted: Bool = false, maxIterations: Int = 100,
                                      tolerance: Double = 1e-6) throws(CentralityError) -> [Double] {
        let n = nodeCount
        guard n > 0 else { throw .graph(.emptyGraph("eigenvector centrality is undefined on the empty graph")) }
        let useWeights = weighted && isWeighted
        var x = [Double](repeating: 1 / Double(n), count: n)
        var next = [Double](repeating: 0, count: n)
        var residual = Double.infinity
        let threshold = Double(n) * tolerance
        let converged: Bool = withInRows(weighted: useWeights) { g in
            for _ in 0 ..< maxIterations {
                var sq = 0.0
                x.withUnsafeBufferPointer { xb in
                    next.withUnsafeMutableBufferPointer { nx in
                        for v in 0 ..< n {
                            let y = xb[v] + pullSum(g, weighted: useWeights, xb, v)
                            nx[v] = y
                            sq += y * y
                        }
                    }
                }
                var norm = sq.squareRoot()
                if norm == 0 { norm = 1 }
                var err = 0.0
                for v in 0 ..< n {
                    next[v] /= norm
                    err += abs(next[v] - x[v])
                }
                swap(&x, &next)
                residual = err
                if err < threshold { return true }
            }
            return false
        }
        if !converged {
            throw .notConverged(algorithm: "eigenvector centrality", iterations: maxIterations,
                                residual: residual, threshold: threshold)
        }
        return x
    }
}
