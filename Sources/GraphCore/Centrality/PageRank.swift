extension Graph {
    /// PageRank by power iteration, exactly as NetworkX `pagerank` (its SciPy implementation).
    ///
    /// Each step: `x ← α (x Q + (Σ_{dangling} x) · d) + (1 − α) p`, where `Q` is the adjacency
    /// matrix with rows divided by their sums (out-strength), `p` the personalization vector
    /// (uniform by default), `d` the dangling distribution (defaults to `p`); stops when the L1 change
    /// is below `n · tolerance` and returns `x / Σ x`.
    ///
    /// Conventions (NetworkX's `to_scipy_sparse_array`): undirected edges go both ways; parallel
    /// edges add their weights; a self-loop is one entry on the diagonal (undirected too). Nodes
    /// without out-edges are dangling. NetworkX's `pagerank` uses the `weight` attribute by default;
    /// here `weighted` must be set to use weights.
    ///
    /// - Parameters:
    ///   - alpha: damping factor (NetworkX default 0.85).
    ///   - personalization: one non-negative value per node (normalised to sum 1), or `nil`.
    ///   - dangling: one non-negative value per node for the dangling jumps, or `nil` (= `p`).
    ///   - weighted: use edge weights.
    ///   - maxIterations: NetworkX `max_iter` (100); tolerance: NetworkX `tol` (1e-6).
    /// - Throws: ``CentralityError/notConverged(algorithm:iterations:residual:threshold:)``;
    ///   ``CentralityError/graph(_:)`` with ``GraphError/invalidArgument(_:)`` for a vector of the
    ///   wrong length, a negative entry or a zero sum (NetworkX raises `ZeroDivisionError`).
    /// - Complexity: O(maxIterations · (n + m)), O(n) extra memory. `n == 0` gives `[]`.
    public func pageRank(alpha: Double = 0.85, personalization: [Double]? = nil, dangling: [Double]? = nil,
                         weighted: Bool = false, maxIterations: Int = 100,
                         tolerance: Double = 1e-6) throws(CentralityError) -> [Double] {
        let n = nodeCount
        if n == 0 { return [] }
        let useWeights = weighted && isWeighted
        func normalizedVector(_ v: [Double]?, _ what: String) throws(CentralityError) -> [Double]? {
            guard let v else { return nil }
            guard v.count == n else { throw .graph(.invalidArgument("\(what) has \(v.count) values for \(n) nodes")) }
            guard v.allSatisfy({ $0 >= 0 && $0.isFinite }) else {
                throw .graph(.invalidArgument("\(what) values must be finite and >= 0"))
            }
            let s = v.reduce(0, +)
            guard s > 0 else { throw .graph(.invalidArgument("\(what) values sum to 0")) }
            return v.map { $0 / s }
        }
        let p = try normalizedVector(personalization, "personalization") ?? [Double](repeating: 1 / Double(n), count: n)
        let dw = try normalizedVector(dangling, "dangling") ?? p
        // Out-strength per node, as A.sum(axis=1).
        var inv = [Double](repeating: 0, count: n)
        for v in 0 ..< n {
            var s = 0.0
            for p in outOffset[v] ..< outOffset[v + 1] { s += useWeights ? outWeight[p] : 1 }
            inv[v] = s != 0 ? 1 / s : 0
        }
        let danglingNodes = (0 ..< n).filter { inv[$0] == 0 }
        var x = [Double](repeating: 1 / Double(n), count: n)
        var next = [Double](repeating: 0, count: n)
        var y = [Double](repeating: 0, count: n)
        let threshold = Double(n) * tolerance
        var residual = Double.infinity
        let converged: Bool = withInRows(weighted: useWeights) { g in
            for _ in 0 ..< maxIterations {
                var dsum = 0.0
                for v in danglingNodes { dsum += x[v] }
                for v in 0 ..< n { y[v] = x[v] * inv[v] }
                var err = 0.0
                y.withUnsafeBufferPointer { yb in
                    for v in 0 ..< n {
                        let xv = alpha * (pullSum(g, weighted: useWeights, yb, v) + dsum * dw[v]) + (1 - alpha) * p[v]
                        next[v] = xv
                        err += abs(xv - x[v])
                    }
                }
                swap(&x, &next)
                residual = err
                if err < threshold { return true }
            }
            return false
        }
        if !converged {
            throw .notConverged(algorithm: "PageRank", iterations: maxIterations, residual: residual, threshold: threshold)
        }
        let s = x.reduce(0, +)
        return x.map { $0 / s }
    }
}
