extension Graph {
    /// Eigenvector centrality solved to a residual tolerance: the counterpart of NetworkX's
    /// `eigenvector_centrality_numpy` (which calls ARPACK), for graphs where the power iteration of
    /// ``eigenvectorCentrality(weighted:maxIterations:tolerance:)`` converges too slowly to be
    /// accurate — large grids and other graphs whose two largest eigenvalues are close. On a 300 × 300
    /// grid, NetworkX's stopping rule at tol 1e-9 still leaves values 3e-3 (of the largest) from the
    /// true eigenvector; this method reaches 1e-8 (`docs/performance.md`).
    ///
    /// Result: the eigenvector of the largest eigenvalue λ of `Aᵀ` (in-edges, NetworkX's convention:
    /// a node is central when central nodes point to it), scaled to unit Euclidean norm with a
    /// positive sum, as NetworkX's `eigenvector_centrality_numpy`. Stops when the residual
    /// `‖Aᵀx − λx‖₂ ≤ tolerance · λ` (the error of `x` is about that residual divided by the gap
    /// between the two largest eigenvalues).
    ///
    /// Method: on undirected graphs (`A` symmetric) the locally optimal block preconditioned
    /// conjugate gradient method with one vector and no preconditioner (LOBPCG; Knyazev, SIAM J.
    /// Sci. Comput. 23:517, 2001): each step maximises the Rayleigh quotient over the span of the
    /// current vector, its residual and the previous search direction — a Krylov-type method, so it
    /// needs about the square root of the power iteration's steps. Directed graphs use the power
    /// iteration of `(A + I)ᵀ` with the residual test above.
    ///
    /// Conventions as ``eigenvectorCentrality(weighted:maxIterations:tolerance:)`` (parallel edges
    /// add, an undirected self-loop counts once). The graph must be connected (directed: strongly
    /// connected), as NetworkX requires: then the largest eigenvalue is simple and its eigenvector
    /// positive (Perron–Frobenius), so the answer is unique.
    ///
    /// - Parameters:
    ///   - weighted: use edge weights, else 1 per edge.
    ///   - tolerance: relative residual to reach (default 1e-10).
    ///   - maxIterations: steps before ``CentralityError/notConverged(algorithm:iterations:residual:threshold:)``.
    /// - Throws: ``CentralityError/notConverged(algorithm:iterations:residual:threshold:)`` (residual
    ///   and threshold are Euclidean norms here); ``GraphError/emptyGraph(_:)`` for `n == 0`;
    ///   ``GraphError/invalidArgument(_:)`` when the graph is not (strongly) connected.
    /// - Complexity: O(iterations · (n + m)), O(n) memory (a few vectors).
    public func exactEigenvectorCentrality(weighted: Bool = false, tolerance: Double = 1e-10,
                                           maxIterations: Int = 100_000) throws(CentralityError) -> [Double] {
        let n = nodeCount
        guard n > 0 else { throw .graph(.emptyGraph("eigenvector centrality is undefined on the empty graph")) }
        let connected = isDirected ? stronglyConnectedComponents().count == 1 : connectedComponents().count == 1
        guard connected else {
            throw .graph(.invalidArgument("the graph is not \(isDirected ? "strongly " : "")connected, so its "
                + "eigenvector is not unique (NetworkX's eigenvector_centrality_numpy refuses it too); use "
                + "eigenvectorCentrality (power iteration) or one component"))
        }
        let useWeights = weighted && isWeighted
        let result: Result<[Double], CentralityError> = withInRows(weighted: useWeights) { g in
            // y = Aᵀx on all cores, in fixed chunks of rows (each row summed in order: the same
            // bytes for any number of threads).
            let chunk = 4096, chunks = (n + chunk - 1) / chunk
            var solver = RayleighSolver(n: n) { x, y in
                let out = UncheckedSendable(y)
                SourceParallel.forEach(chunks, threads: nil) { c in
                    for v in (c * chunk) ..< min((c + 1) * chunk, n) {
                        out.value[v] = self.pullSum(g, weighted: useWeights, x, v)
                    }
                }
            }
            // Start from 1 + degree: positive (so not orthogonal to the Perron vector) and closer
            // to it than a constant vector.
            for v in 0 ..< n { solver.x[v] = 1 + Double(g.offset[v + 1] - g.offset[v]) }
            return isDirected
                ? solver.shiftedPowerIteration(tolerance: tolerance, maxIterations: maxIterations)
                : solver.lobpcg(tolerance: tolerance, maxIterations: maxIterations)
        }
        return try result.get()
    }
}

/// The vector work of ``Graph/exactEigenvectorCentrality(weighted:tolerance:maxIterations:)``:
/// `apply(x, y)` sets `y = M x` for the matrix `M` whose top eigenvector is wanted.
struct RayleighSolver {
    let n: Int
    let apply: (UnsafeBufferPointer<Double>, UnsafeMutableBufferPointer<Double>) -> Void
    /// The start vector on entry, the eigenvector on success.
    var x: [Double]

    init(n: Int, apply: @escaping (UnsafeBufferPointer<Double>, UnsafeMutableBufferPointer<Double>) -> Void) {
        self.n = n
        self.apply = apply
        x = [Double](repeating: 1, count: n)
    }

    private func mul(_ v: [Double]) -> [Double] {
        var y = [Double](repeating: 0, count: n)
        v.withUnsafeBufferPointer { vb in y.withUnsafeMutableBufferPointer { yb in apply(vb, yb) } }
        return y
    }

    private static func dot(_ a: [Double], _ b: [Double]) -> Double {
        a.withUnsafeBufferPointer { ap in
            b.withUnsafeBufferPointer { bp in
                // Four partial sums: independent additions the processor can overlap.
                var s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0
                let n = ap.count
                var i = 0
                while i + 3 < n {
                    s0 += ap[i] * bp[i]; s1 += ap[i + 1] * bp[i + 1]
                    s2 += ap[i + 2] * bp[i + 2]; s3 += ap[i + 3] * bp[i + 3]
                    i += 4
                }
                while i < n { s0 += ap[i] * bp[i]; i += 1 }
                return (s0 + s1) + (s2 + s3)
            }
        }
    }

    /// `a -= c · b`
    private static func axpy(_ a: inout [Double], _ c: Double, _ b: [Double]) {
        a.withUnsafeMutableBufferPointer { ap in
            b.withUnsafeBufferPointer { bp in
                for i in 0 ..< ap.count { ap[i] -= c * bp[i] }
            }
        }
    }

    /// Unit norm, positive sum (NetworkX's sign and scale).
    private func finished(_ v: [Double]) -> [Double] {
        let norm = Self.dot(v, v).squareRoot()
        let sign: Double = v.reduce(0, +) < 0 ? -1 : 1
        return norm == 0 ? v : v.map { $0 * sign / norm }
    }

    /// `y = M v` into an existing buffer.
    private func mul(_ v: [Double], into y: inout [Double]) {
        v.withUnsafeBufferPointer { vb in y.withUnsafeMutableBufferPointer { yb in apply(vb, yb) } }
    }

    /// Makes `v` orthogonal to the orthonormal vectors `qs` (modified Gram–Schmidt, one pass: the
    /// Rayleigh–Ritz step only needs a well-conditioned basis, and a vector that has become nearly
    /// dependent is dropped), applying the same steps to its image `mv` under `M` when tracked;
    /// returns `v`'s norm before and after.
    private static func orthogonalize(_ v: inout [Double], image mv: inout [Double], trackImage: Bool,
                                      against qs: [([Double], [Double])]) -> (before: Double, after: Double) {
        let before = dot(v, v).squareRoot()
        do {
            for (q, mq) in qs {
                let c = dot(q, v)
                axpy(&v, c, q)
                if trackImage { axpy(&mv, c, mq) }
            }
        }
        return (before, dot(v, v).squareRoot())
    }

    /// LOBPCG for the largest eigenvalue of a symmetric `M`, one vector, no preconditioner.
    ///
    /// Memory: six vectors of `n` (x, Mx, the residual and its image, the search direction and its
    /// image), updated in place.
    mutating func lobpcg(tolerance: Double, maxIterations: Int) -> Result<[Double], CentralityError> {
        var norm = Self.dot(x, x).squareRoot()
        for i in 0 ..< n { x[i] /= norm }
        var ax = [Double](repeating: 0, count: n)
        mul(x, into: &ax)
        var lambda = Self.dot(x, ax)
        var r = [Double](repeating: 0, count: n), ar = r
        var p = r, ap = r
        var hasP = false
        var residual = Double.infinity
        for iteration in 0 ..< maxIterations {
            // Recompute M x now and then so the tracked image does not drift.
            if iteration % 50 == 49 {
                mul(x, into: &ax)
                lambda = Self.dot(x, ax)
            }
            for i in 0 ..< n { r[i] = ax[i] - lambda * x[i] }
            residual = Self.dot(r, r).squareRoot()
            let threshold = tolerance * max(abs(lambda), Double.leastNormalMagnitude)
            if residual <= threshold || lambda == 0 && residual == 0 { return .success(finished(x)) }
            // Orthonormal basis of span{x, r, p}: r's image is computed once it is orthonormal, p's is
            // carried along from the last step. A vector that is (numerically) dependent is dropped.
            var rn = Self.orthogonalize(&r, image: &ar, trackImage: false, against: [(x, ax)])
            let useR = rn.after > 1e-12 * rn.before && rn.after > 0
            if useR {
                for i in 0 ..< n { r[i] /= rn.after }
                mul(r, into: &ar)
            }
            var useP = false
            if hasP {
                let basis = useR ? [(x, ax), (r, ar)] : [(x, ax)]
                rn = Self.orthogonalize(&p, image: &ap, trackImage: true, against: basis)
                useP = rn.after > 1e-12 * rn.before && rn.after > 0
                if useP { for i in 0 ..< n { p[i] /= rn.after; ap[i] /= rn.after } }
            }
            // Rayleigh–Ritz on [x, r?, p?].
            var vecs: [Int] = [0]
            if useR { vecs.append(1) }
            if useP { vecs.append(2) }
            func v(_ k: Int) -> [Double] { k == 0 ? x : k == 1 ? r : p }
            func mv(_ k: Int) -> [Double] { k == 0 ? ax : k == 1 ? ar : ap }
            let k = vecs.count
            var gram = [[Double]](repeating: [Double](repeating: 0, count: k), count: k)
            for a in 0 ..< k {
                for b in a ..< k {  // M is symmetric: one side of each pair
                    let s = Self.dot(v(vecs[a]), mv(vecs[b]))
                    gram[a][b] = s; gram[b][a] = s
                }
            }
            let (mu, c) = SymmetricEigen.largest(gram)
            var coef = [0.0, 0.0, 0.0]
            for a in 0 ..< k { coef[vecs[a]] = c[a] }
            let (c0, c1, c2) = (coef[0], coef[1], coef[2])
            // x ← c0 x + c1 r + c2 p, p ← c1 r + c2 p, and the same for the images, in place.
            var sq = 0.0
            for i in 0 ..< n {
                let d = c1 * r[i] + c2 * p[i], md = c1 * ar[i] + c2 * ap[i]
                let xi = c0 * x[i] + d
                x[i] = xi; ax[i] = c0 * ax[i] + md
                p[i] = d; ap[i] = md
                sq += xi * xi
            }
            hasP = true
            norm = sq.squareRoot()
            for i in 0 ..< n { x[i] /= norm; ax[i] /= norm }
            lambda = mu
        }
        return .failure(.notConverged(algorithm: "eigenvector centrality (LOBPCG)", iterations: maxIterations,
                                      residual: residual, threshold: tolerance * abs(lambda)))
    }

    /// Power iteration of `M + I` (any nonnegative `M`), stopped by the residual of `M`.
    mutating func shiftedPowerIteration(tolerance: Double, maxIterations: Int) -> Result<[Double], CentralityError> {
        var norm = Self.dot(x, x).squareRoot()
        for i in 0 ..< n { x[i] /= norm }
        var residual = Double.infinity, lambda = 0.0
        for _ in 0 ..< maxIterations {
            let mx = mul(x)
            lambda = Self.dot(x, mx)
            var r = mx
            Self.axpy(&r, lambda, x)
            residual = Self.dot(r, r).squareRoot()
            if residual <= tolerance * max(abs(lambda), Double.leastNormalMagnitude) || lambda == 0 && residual == 0 {
                return .success(finished(x))
            }
            for i in 0 ..< n { x[i] += mx[i] }
            norm = Self.dot(x, x).squareRoot()
            for i in 0 ..< n { x[i] /= norm }
        }
        return .failure(.notConverged(algorithm: "eigenvector centrality (power iteration)", iterations: maxIterations,
                                      residual: residual, threshold: tolerance * abs(lambda)))
    }
}

/// Eigen-decomposition of a small symmetric matrix by cyclic Jacobi rotations.
enum SymmetricEigen {
    /// The largest eigenvalue and a unit eigenvector.
    static func largest(_ m: [[Double]]) -> (Double, [Double]) {
        let k = m.count
        var a = m
        var v = (0 ..< k).map { i in (0 ..< k).map { j in i == j ? 1.0 : 0.0 } }
        for _ in 0 ..< 50 {
            var off = 0.0
            for i in 0 ..< k { for j in 0 ..< k where i != j { off += a[i][j] * a[i][j] } }
            var diag = 0.0
            for i in 0 ..< k { diag += a[i][i] * a[i][i] }
            if off <= 1e-30 * max(diag, Double.leastNormalMagnitude) { break }
            for p in 0 ..< k {
                for q in (p + 1) ..< k where a[p][q] != 0 {
                    let theta = (a[q][q] - a[p][p]) / (2 * a[p][q])
                    let t = (theta >= 0 ? 1.0 : -1.0) / (abs(theta) + (theta * theta + 1).squareRoot())
                    let c = 1 / (t * t + 1).squareRoot(), s = t * c
                    for r in 0 ..< k {  // columns p, q
                        let arp = a[r][p], arq = a[r][q]
                        a[r][p] = c * arp - s * arq
                        a[r][q] = s * arp + c * arq
                    }
                    for r in 0 ..< k {  // rows p, q
                        let apr = a[p][r], aqr = a[q][r]
                        a[p][r] = c * apr - s * aqr
                        a[q][r] = s * apr + c * aqr
                    }
                    for r in 0 ..< k {
                        let vrp = v[r][p], vrq = v[r][q]
                        v[r][p] = c * vrp - s * vrq
                        v[r][q] = s * vrp + c * vrq
                    }
                }
            }
        }
        var best = 0
        for i in 1 ..< k where a[i][i] > a[best][best] { best = i }
        return (a[best][best], (0 ..< k).map { v[$0][best] })
    }
}
