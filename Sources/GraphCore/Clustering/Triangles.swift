extension Graph {
    /// Triangles through each node of this graph, which must be **undirected and simple** (no
    /// self-loops, no parallel edges): the fast path behind ``clustering(weighted:)``,
    /// ``triangleCounts()`` and ``transitivity()`` when weights play no part.
    ///
    /// Method: nodes are ranked by (degree, id) with a counting sort; each edge is kept once, in the
    /// forward row of its lower-ranked end (so a forward row has at most √(2m) entries); every
    /// triangle is then found exactly once, from its lowest-ranked corner `u`, by marking `u`'s
    /// forward row and scanning the forward rows of the nodes in it (Schank and Wagner 2005,
    /// "forward" with a mark array). Building the rows and counting both run on all cores; each
    /// worker counts into its own array and the arrays are added at the end. Counts are integers,
    /// so the result is the same for any number of workers.
    ///
    /// - Parameter threads: worker threads; `nil` uses every core.
    /// - Complexity: O(m·√m) time, O(n + m) memory plus one count array per worker.
    func simpleTriangleCounts(threads: Int? = nil) -> [Int] {
        if fitsTriangleCounts32 { return simpleTriangleCounts(as: UInt32.self, threads: threads).map { Int($0) } }
        return simpleTriangleCounts(as: UInt.self, threads: threads).map { Int($0) }
    }

    /// Whether every node's triangle count fits in 32 bits: at most d(d − 1)/2 < 2³² for d ≤ 92,681.
    var fitsTriangleCounts32: Bool {
        for v in 0 ..< nodeCount where outOffset[v + 1] - outOffset[v] > 92_681 { return false }
        return true
    }

    /// ``simpleTriangleCounts(threads:)`` counting in `T` (32-bit counts halve the count arrays;
    /// the caller checks ``fitsTriangleCounts32``).
    func simpleTriangleCounts<T: FixedWidthInteger & UnsignedInteger>(as: T.Type, threads: Int? = nil) -> [T] {
        let n = nodeCount
        if n == 0 { return [] }
        let workers = max(1, min(SourceParallel.workers(threads), n / 1024 + 1))
        let (fOffset, fNeighbor) = forwardRows(workers: workers, threads: threads)
        return Graph.countForwardTriangles(n: n, fOffset: fOffset, fNeighbor: fNeighbor, workers: workers,
                                           threads: threads)
    }

    /// Rows of the neighbours of higher rank, ranks by (degree, id); rows built on all cores.
    private func forwardRows(workers: Int, threads: Int?) -> (offset: [Int], neighbor: [Int32]) {
        let n = nodeCount
        return outOffset.withUnsafeBufferPointer { off in
            outNeighbor.withUnsafeBufferPointer { nb in
                // Rank by (degree, id): counting sort over degrees, ids ascending within a degree.
                var maxDegree = 0
                for v in 0 ..< n { maxDegree = max(maxDegree, off[v + 1] - off[v]) }
                var bucket = [Int](repeating: 0, count: maxDegree + 2)
                for v in 0 ..< n { bucket[off[v + 1] - off[v] + 1] += 1 }
                for d in 0 ... maxDegree { bucket[d + 1] += bucket[d] }
                let rank = [Int32](unsafeUninitializedCapacity: n) { rk, count in
                    for v in 0 ..< n {
                        let d = off[v + 1] - off[v]
                        rk[v] = Int32(truncatingIfNeeded: bucket[d])
                        bucket[d] += 1
                    }
                    count = n
                }
                // Count, prefix-sum, fill; the counting and filling passes split the nodes in
                // contiguous ranges over the workers (each writes only its own rows).
                var fOffset = [Int](repeating: 0, count: n + 1)
                let per = (n + workers - 1) / workers
                rank.withUnsafeBufferPointer { rk in
                    fOffset.withUnsafeMutableBufferPointer { fo in
                        let box = UncheckedSendable(fo)
                        SourceParallel.forEach(workers, threads: threads) { r in
                            let fo = box.value
                            for v in min(r * per, n) ..< min((r + 1) * per, n) {
                                var c = 0
                                let rv = rk[v]
                                for p in off[v] ..< off[v + 1] where rk[Int(nb[p])] > rv { c += 1 }
                                fo[v + 1] = c
                            }
                        }
                    }
                    for v in 0 ..< n { fOffset[v + 1] += fOffset[v] }
                }
                let fNeighbor = [Int32](unsafeUninitializedCapacity: fOffset[n]) { f, count in
                    count = fOffset[n]  // every slot is written below
                    rank.withUnsafeBufferPointer { rk in
                        fOffset.withUnsafeBufferPointer { fo in
                            let box = UncheckedSendable(f)
                            SourceParallel.forEach(workers, threads: threads) { r in
                                let f = box.value
                                for v in min(r * per, n) ..< min((r + 1) * per, n) {
                                    var q = fo[v]
                                    let rv = rk[v]
                                    for p in off[v] ..< off[v + 1] where rk[Int(nb[p])] > rv { f[q] = nb[p]; q += 1 }
                                }
                            }
                        }
                    }
                }
                return (fOffset, fNeighbor)
            }
        }
    }

    /// Counts the triangles of forward rows (see ``simpleTriangleCounts(threads:)``) per node.
    /// Corners are dealt to the workers in blocks of 256 ids, round robin (forward rows are short
    /// everywhere, so blocks balance without a work estimate); worker 0 counts into the result,
    /// the others into their own arrays, added at the end.
    private static func countForwardTriangles<T: FixedWidthInteger & UnsignedInteger>(
        n: Int, fOffset: [Int], fNeighbor: [Int32], workers: Int, threads: Int?
    ) -> [T] {
        var result = [T](repeating: 0, count: n)
        let extra = UnsafeMutableBufferPointer<T>.allocate(capacity: (workers - 1) * n)
        extra.initialize(repeating: 0)
        defer { extra.deallocate() }
        let block = 256
        let blocks = (n + block - 1) / block
        result.withUnsafeMutableBufferPointer { res in
            fOffset.withUnsafeBufferPointer { fo in
                fNeighbor.withUnsafeBufferPointer { fn in
                    let off = fo.baseAddress!, nb = fn.baseAddress!
                    let box = UncheckedSendable((res, extra))
                    SourceParallel.forEach(workers, threads: threads) { r in
                        let (res, extra) = box.value
                        let t = r == 0 ? res.baseAddress! : extra.baseAddress! + (r - 1) * n
                        let mark = UnsafeMutablePointer<Int32>.allocate(capacity: n)
                        mark.initialize(repeating: -1, count: n)
                        defer { mark.deallocate() }
                        for b in stride(from: r, to: blocks, by: workers) {
                            for u in (b * block) ..< min((b + 1) * block, n) {
                                let lo = off[u], hi = off[u + 1]
                                if hi - lo < 2 { continue }
                                let u32 = Int32(truncatingIfNeeded: u)
                                for p in lo ..< hi { mark[Int(nb[p])] = u32 }
                                var tu: T = 0
                                for p in lo ..< hi {
                                    let v = Int(nb[p])
                                    var tv: T = 0
                                    for q in off[v] ..< off[v + 1] {
                                        let w = Int(nb[q])
                                        if mark[w] == u32 {
                                            tv &+= 1
                                            t[w] &+= 1
                                        }
                                    }
                                    t[v] &+= tv
                                    tu &+= tv
                                }
                                t[u] &+= tu
                            }
                        }
                    }
                }
            }
            for r in 1 ..< max(workers, 1) {
                let base = (r - 1) * n
                for v in 0 ..< n { res[v] &+= extra[base + v] }
            }
        }
        return result
    }
}
