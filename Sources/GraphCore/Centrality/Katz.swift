extension Graph {
    /// Katz centrality by power iteration, as NetworkX `katz_centrality`.
    ///
    /// Starts from 0; each step sets `x[v] ← α Σ_{u → v} w(u, v) x[u] + β[v]` (in-edges on directed
    /// graphs, NetworkX's convention); stops when the L1 change is below `n · tolerance`; then, if
    /// `normalized`, scales to unit Euclidean norm. Converges only for `α < 1 / λ_max`.
    ///
    /// Conventions: an undirected self-loop adds the node's own value once; NetworkX refuses
    /// multigraphs, here parallel edges each count (weights add).
    ///
    /// - Parameters:
    ///   - alpha: attenuation factor (NetworkX default 0.1).
    ///   - beta: the constant term for every node (default 1), or `betas` per node.
    ///   - betas: one constant term per node, overriding `beta`; `nil` uses `beta` for all.
    ///   - normalized: unit Euclidean norm (NetworkX default).
    ///   - weighted: use edge weights (NetworkX `weight=None` by default, i.e. unweighted).
    ///   - maxIterations: NetworkX `max_iter` (1000).
    ///   - tolerance: NetworkX `tol` (1e-6); the iteration stops below an L1 change of `n · tolerance`.
    /// - Throws: ``CentralityError/notConverged(algorithm:iterations:residual:threshold:)``;
    ///   ``CentralityError/graph(_:)`` with ``GraphError/invalidArgument(_:)`` when `betas` has the
    ///   wrong length.
    /// - Complexity: O(maxIterations · (n + m)). `n == 0` gives `[]`.
    public func katzCentrality(alpha: Double = 0.1, beta: Double = 1, betas: [Double]? = nil,
                               normalized: Bool = true, weighted: Bool = false, maxIterations: Int = 1000,
                               tolerance: Double = 1e-6) throws(CentralityError) -> [Double] {
        let n = nodeCount
        if n == 0 { return [] }
        if let b = betas, b.count != n {
            throw .graph(.invalidArgument("betas has \(b.count) values for \(n) nodes"))
        }
        let useWeights = weighted && isWeighted
        let b = betas ?? [Double](repeating: beta, count: n)
        var x = [Double](repeating: 0, count: n)
        var next = [Double](repeating: 0, count: n)
        let threshold = Double(n) * tolerance
        var residual = Double.infinity
        let converged: Bool = withInRows(weighted: useWeights) { g in
            for _ in 0 ..< maxIterations {
                var err = 0.0
                x.withUnsafeBufferPointer { xb in
                    for v in 0 ..< n {
                        let xv = alpha * pullSum(g, weighted: useWeights, xb, v) + b[v]
                        next[v] = xv
                        err += abs(xv - xb[v])
                    }
                }
                swap(&x, &next)
                residual = err
                if err < threshold { return true }
            }
            return false
        }
        if !converged {
            throw .notConverged(algorithm: "Katz", iterations: maxIterations, residual: residual, threshold: threshold)
        }
        if normalized {
            var sq = 0.0
            for v in x { sq += v * v }
            let s = sq > 0 ? 1 / sq.squareRoot() : 1
            for v in 0 ..< n { x[v] *= s }
        }
        return x
    }
}
