extension Graph {
    /// Triangles through each node of this graph, which must be **undirected and simple** (no
    /// self-loops, no parallel edges): the fast path behind ``clustering(weighted:)``,
    /// ``triangleCounts()`` and ``transitivity()`` when weights play no part.
    ///
    /// Method: nodes are ranked by (degree, id) with a counting sort; each edge is kept once, in the
    /// forward row of its lower-ranked end (so a forward row has at most √(2m) entries); every
    /// triangle is then found exactly once, from its lowest-ranked corner `u`, by marking `u`'s
    /// forward row and scanning the forward rows of the nodes in it (Schank and Wagner 2005,
    /// "forward" with a mark array). The corners `u` are split into contiguous ranges of equal
    /// estimated work, one per worker; each worker counts into its own array and the arrays are
    /// added at the end. Counts are integers, so the result is the same for any number of workers.
    ///
    /// - Parameter threads: worker threads; `nil` uses every core.
    /// - Complexity: O(m·√m) time, O(n + m) memory plus one count array per worker.
    func simpleTriangleCounts(threads: Int? = nil) -> [Int] {
        let n = nodeCount
        if n == 0 { return [] }
        return outOffset.withUnsafeBufferPointer { off in
            outNeighbor.withUnsafeBufferPointer { nb in
                // Rank by (degree, id): counting sort over degrees, ids ascending within a degree.
                var maxDegree = 0
                for v in 0 ..< n { maxDegree = max(maxDegree, off[v + 1] - off[v]) }
                var bucket = [Int](repeating: 0, count: maxDegree + 2)
                for v in 0 ..< n { bucket[off[v + 1] - off[v] + 1] += 1 }
                for d in 0 ... maxDegree { bucket[d + 1] += bucket[d] }
                var rank = [Int32](repeating: 0, count: n)
                for v in 0 ..< n {
                    let d = off[v + 1] - off[v]
                    rank[v] = Int32(truncatingIfNeeded: bucket[d])
                    bucket[d] += 1
                }
                // Forward rows: the neighbours of higher rank.
                var fOffset = [Int](repeating: 0, count: n + 1)
                for v in 0 ..< n {
                    var c = 0
                    for p in off[v] ..< off[v + 1] where rank[Int(nb[p])] > rank[v] { c += 1 }
                    fOffset[v + 1] = fOffset[v] + c
                }
                var fNeighbor = [Int32](repeating: 0, count: fOffset[n])
                fNeighbor.withUnsafeMutableBufferPointer { f in
                    for v in 0 ..< n {
                        var q = fOffset[v]
                        for p in off[v] ..< off[v + 1] where rank[Int(nb[p])] > rank[v] { f[q] = nb[p]; q += 1 }
                    }
                }
                return Graph.countForwardTriangles(n: n, fOffset: fOffset, fNeighbor: fNeighbor, threads: threads)
            }
        }
    }

    /// Counts the triangles of forward rows (see ``simpleTriangleCounts(threads:)``) per node.
    private static func countForwardTriangles(n: Int, fOffset: [Int], fNeighbor: [Int32], threads: Int?) -> [Int] {
        // Work of corner u: marking its row plus scanning the rows of its forward neighbours.
        var work = [Int](repeating: 0, count: n + 1)
        for u in 0 ..< n {
            var w = fOffset[u + 1] - fOffset[u]
            if w >= 2 {
                for p in fOffset[u] ..< fOffset[u + 1] {
                    let v = Int(fNeighbor[p])
                    w += fOffset[v + 1] - fOffset[v]
                }
            }
            work[u + 1] = work[u] + w
        }
        let workers = max(1, min(SourceParallel.workers(threads), n / 1024 + 1))
        // Range r covers corners whose cumulative work falls in its share.
        var bounds = [Int](repeating: n, count: workers + 1)
        bounds[0] = 0
        var u = 0
        for r in 1 ..< workers {
            let target = work[n] / workers * r
            while u < n && work[u] < target { u += 1 }
            bounds[r] = u
        }
        let counts = UnsafeMutableBufferPointer<Int>.allocate(capacity: workers * n)
        counts.initialize(repeating: 0)
        defer { counts.deallocate() }
        fOffset.withUnsafeBufferPointer { fo in
            fNeighbor.withUnsafeBufferPointer { fn in
                let off = fo.baseAddress!, nb = fn.baseAddress!
                let box = UncheckedSendable(counts)
                SourceParallel.forEach(workers, threads: threads) { r in
                    let t = box.value.baseAddress! + r * n
                    let mark = UnsafeMutablePointer<Int32>.allocate(capacity: n)
                    mark.initialize(repeating: -1, count: n)
                    defer { mark.deallocate() }
                    for u in bounds[r] ..< bounds[r + 1] {
                        let lo = off[u], hi = off[u + 1]
                        if hi - lo < 2 { continue }
                        let u32 = Int32(truncatingIfNeeded: u)
                        for p in lo ..< hi { mark[Int(nb[p])] = u32 }
                        var tu = 0
                        for p in lo ..< hi {
                            let v = Int(nb[p])
                            var tv = 0
                            for q in off[v] ..< off[v + 1] {
                                let w = Int(nb[q])
                                if mark[w] == u32 {
                                    tv += 1
                                    t[w] += 1
                                }
                            }
                            t[v] += tv
                            tu += tv
                        }
                        t[u] += tu
                    }
                }
            }
        }
        var result = [Int](repeating: 0, count: n)
        for r in 0 ..< workers {
            let base = r * n
            for v in 0 ..< n { result[v] += counts[base + v] }
        }
        return result
    }
}
