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
    ///   - maxIterations: NetworkX `max_iter` (100).
    ///   - tolerance: NetworkX `tol` (1e-6); the iteration stops below an L1 change of `n · tolerance`.
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
        // Uniform vectors are not stored (memory): `nil` stands for 1/n everywhere.
        let p = try normalizedVector(personalization, "personalization")
        let dw = try normalizedVector(dangling, "dangling") ?? p
        let uniform = 1 / Double(n)
        // 1 / out-strength per node (A.sum(axis=1)); 0 for dangling nodes. Stored per node only when
        // weighted; unweighted it is 1 / out-degree, read from a table indexed by degree (less memory
        // than a row of n values, and no division in the loop).
        var inverseStrength: [Double] = []
        var maxDegree = 0
        for v in 0 ..< n { maxDegree = max(maxDegree, outOffset[v + 1] - outOffset[v]) }
        let inverseDegree = [0] + (1 ..< max(maxDegree + 1, 1)).map { 1 / Double($0) }
        if useWeights {
            inverseStrength = [Double](repeating: 0, count: n)
            for v in 0 ..< n {
                var s = 0.0
                for q in outOffset[v] ..< outOffset[v + 1] { s += outWeight[q] }
                inverseStrength[v] = s != 0 ? 1 / s : 0
            }
        }
        // Fixed chunks of nodes (independent of the number of cores), each pass on all cores: chunk
        // `c` writes only its own nodes and its own partial sums, which are added in chunk order, so
        // the result is the same for any number of threads.
        let chunkSize = 4096
        let chunks = (n + chunkSize - 1) / chunkSize
        // x is updated in place (a chunk reads only its own old values); y = x / out-strength is what
        // the other chunks read, so it has two buffers.
        let x = UnsafeMutableBufferPointer<Double>.allocate(capacity: n)
        let y = UnsafeMutableBufferPointer<Double>.allocate(capacity: n)
        let yNext = UnsafeMutableBufferPointer<Double>.allocate(capacity: n)
        let partial = UnsafeMutableBufferPointer<Double>.allocate(capacity: 2 * chunks)  // L1 change, dangling mass
        defer { x.deallocate(); y.deallocate(); yNext.deallocate(); partial.deallocate() }
        x.initialize(repeating: 1 / Double(n))
        let threshold = Double(n) * tolerance
        var residual = Double.infinity
        let converged: Bool = outOffset.withUnsafeBufferPointer { outOff in
            inverseStrength.withUnsafeBufferPointer { invW in
                inverseDegree.withUnsafeBufferPointer { invD in
                let outDegree = outOff.baseAddress!, byDegree = invD.baseAddress!
                let invWeighted = useWeights ? invW.baseAddress : nil
                @inline(__always) func inverse(_ v: Int) -> Double {
                    if let invWeighted { return invWeighted[v] }
                    return byDegree[outDegree[v + 1] - outDegree[v]]
                }
                var dsum = 0.0
                for v in 0 ..< n {
                    let iv = inverse(v)
                    y[v] = x[v] * iv
                    if iv == 0 { dsum += x[v] }
                }
                return withInRows(weighted: useWeights) { g in
                    let off = g.offset.baseAddress!, nb = g.neighbor.baseAddress!
                    let wt = useWeights ? g.weight.baseAddress : nil  // an empty buffer may have an address
                    let box = UncheckedSendable((x, y, yNext, partial, p, dw))
                    var cur = 0  // which y buffer holds the current values
                    for _ in 0 ..< maxIterations {
                        let (xs, y0, yNext0, part, pv, dv) = box.value
                        let (ys, yns) = cur == 0 ? (y0, yNext0) : (yNext0, y0)
                        let jump = alpha * dsum
                        let teleport = 1 - alpha
                        (pv ?? []).withUnsafeBufferPointer { pb in
                            (dv ?? []).withUnsafeBufferPointer { db in
                                // nil (an empty buffer): the uniform vector.
                                let pp = pb.isEmpty ? nil : pb.baseAddress, dp = db.isEmpty ? nil : db.baseAddress
                                SourceParallel.forEach(chunks, threads: nil) { c in
                                    let lo = c * chunkSize, hi = min(lo + chunkSize, n)
                                    if wt == nil && pp == nil && dp == nil && invWeighted == nil {
                                        // The common case (unweighted, uniform vectors) in its own loop.
                                        let r = Graph.pageRankUniformChunk(
                                            lo, hi, off: off, nb: nb, outOff: outDegree, byDegree: byDegree, ys: ys.baseAddress!,
                                            xs: xs.baseAddress!, yns: yns.baseAddress!, alpha: alpha,
                                            constant: (jump + teleport) * uniform)
                                        part[2 * c] = r.err
                                        part[2 * c + 1] = r.dangling
                                        return
                                    }
                                    var err = 0.0, dang = 0.0
                                    for v in lo ..< hi {
                                        var s = 0.0
                                        if let wt {
                                            for q in off[v] ..< off[v + 1] { s += ys[Int(nb[q])] * wt[q] }
                                        } else {
                                            for q in off[v] ..< off[v + 1] { s += ys[Int(nb[q])] }
                                        }
                                        let xv = alpha * s + jump * (dp?[v] ?? uniform) + teleport * (pp?[v] ?? uniform)
                                        let old = xs[v]
                                        xs[v] = xv
                                        let iv = inverse(v)
                                        yns[v] = xv * iv
                                        if iv == 0 { dang += xv }
                                        err += abs(xv - old)
                                    }
                                    part[2 * c] = err
                                    part[2 * c + 1] = dang
                                }
                            }
                        }
                        var err = 0.0
                        dsum = 0
                        for c in 0 ..< chunks { err += part[2 * c]; dsum += part[2 * c + 1] }
                        cur ^= 1
                        residual = err
                        if err < threshold { return true }
                    }
                    return false
                }
                }
            }
        }
        if !converged {
            throw .notConverged(algorithm: "PageRank", iterations: maxIterations, residual: residual, threshold: threshold)
        }
        let s = x.reduce(0, +)
        return x.map { $0 / s }
    }

    /// One chunk of a PageRank step, unweighted with uniform personalization and dangling vectors:
    /// `x[v] ← α Σ_{u→v} y[u] + c` over the in-rows `off`/`nb`, `y'[v] = x[v] / outdeg(v)` (out-row
    /// offsets `outOff`); returns the chunk's L1 change and its dangling mass.
    @inline(never)
    static func pageRankUniformChunk(_ lo: Int, _ hi: Int, off: UnsafePointer<Int>, nb: UnsafePointer<Int32>,
                                     outOff: UnsafePointer<Int>, byDegree: UnsafePointer<Double>, ys: UnsafePointer<Double>,
                                     xs: UnsafeMutablePointer<Double>, yns: UnsafeMutablePointer<Double>,
                                     alpha: Double, constant: Double) -> (err: Double, dangling: Double) {
        var err = 0.0, dang = 0.0
        var q = off[lo]
        for v in lo ..< hi {
            let end = off[v + 1]
            var s0 = 0.0, s1 = 0.0
            while q + 1 < end {
                s0 += ys[Int(nb[q])]
                s1 += ys[Int(nb[q + 1])]
                q += 2
            }
            if q < end { s0 += ys[Int(nb[q])]; q += 1 }
            let xv = alpha * (s0 + s1) + constant
            let old = xs[v]
            xs[v] = xv
            let iv = byDegree[outOff[v + 1] - outOff[v]]
            yns[v] = xv * iv
            if iv == 0 { dang += xv }
            err += abs(xv - old)
        }
        return (err, dang)
    }
}
