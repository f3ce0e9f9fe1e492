/// Per-worker buffers for distance sums from one node (closeness, harmonic, group closeness).
final class DistanceWorkspace {
    let hops: UnsafeMutablePointer<Int32>
    let dist: UnsafeMutablePointer<Double>
    let order: UnsafeMutablePointer<Int32>
    var count = 0
    var heap = DistanceHeap()

    init(nodeCount n: Int) {
        hops = .allocate(capacity: max(n, 1)); hops.initialize(repeating: -1, count: max(n, 1))
        dist = .allocate(capacity: max(n, 1)); dist.initialize(repeating: .infinity, count: max(n, 1))
        order = .allocate(capacity: max(n, 1)); order.initialize(repeating: 0, count: max(n, 1))
    }

    deinit { hops.deallocate(); dist.deallocate(); order.deallocate() }

    /// BFS from `sources` (multi-source); `order[0 ..< count]` in BFS order, `hops` set.
    @inline(__always)
    func bfs(from sources: some Collection<Int32>, _ g: CSRView) {
        let off = g.offset.baseAddress!, nb = g.neighbor.baseAddress!
        var tail = 0
        for s in sources where hops[Int(s)] < 0 { hops[Int(s)] = 0; order[tail] = s; tail += 1 }
        var head = 0
        while head < tail {
            let v = Int(order[head]); head += 1
            let dv1 = hops[v] + 1
            for p in off[v] ..< off[v + 1] {
                let w = Int(nb[p])
                if hops[w] < 0 {
                    hops[w] = dv1
                    order[tail] = Int32(truncatingIfNeeded: w); tail += 1
                }
            }
        }
        count = tail
    }

    /// Dijkstra from `sources`; `order` in settling order, `dist` set, `hops` ≥ 0 marks settled.
    @inline(__always)
    func dijkstra(from sources: some Collection<Int32>, _ g: CSRView) {
        let off = g.offset.baseAddress!, nb = g.neighbor.baseAddress!, wt = g.weight.baseAddress!
        for s in sources { dist[Int(s)] = 0; heap.push(0, s) }
        var c = 0
        while let (d, v32) = heap.pop() {
            let v = Int(v32)
            if hops[v] >= 0 || d > dist[v] { continue }
            hops[v] = 0
            order[c] = v32; c += 1
            for p in off[v] ..< off[v + 1] {
                let w = Int(nb[p])
                let nd = d + wt[p]
                if nd < dist[w] { dist[w] = nd; heap.push(nd, nb[p]) }
            }
        }
        count = c
    }

    @inline(__always)
    func reset() {
        for i in 0 ..< count { let v = Int(order[i]); hops[v] = -1; dist[v] = .infinity }
        heap.removeAll()
        count = 0
    }
}

extension Graph {
    /// Runs `perNode(workspace, u)` for every node on all cores (or `threads`), fixed chunks of
    /// nodes, each result written to its own slot: independent of the number of threads.
    func perNodeParallel(threads: Int?, _ perNode: (DistanceWorkspace, Int32) -> Double) -> [Double] {
        let n = nodeCount
        var out = [Double](repeating: 0, count: n)
        if n == 0 { return out }
        let chunks = min(n, 64)
        let per = (n + chunks - 1) / chunks
        out.withUnsafeMutableBufferPointer { res in
            let r = UncheckedSendable(res)
            SourceParallel.forEach(chunks, threads: threads) { c in
                let ws = DistanceWorkspace(nodeCount: n)
                let lo = min(c * per, n), hi = min(lo + per, n)
                for u in lo ..< hi { r.value[u] = perNode(ws, Int32(u)) }
            }
        }
        return out
    }

    /// Closeness centrality, with Wasserman–Faust's correction for disconnected graphs by default.
    ///
    /// `C(u) = (r - 1) / Σ_v d(v, u)` over the `r - 1` nodes `v` that reach `u`, multiplied by
    /// `(r - 1) / (n - 1)` when `wfImproved` (NetworkX `closeness_centrality(G, distance=,
    /// wf_improved=)`); `0` when nothing reaches `u` or `n == 1`. On directed graphs distances are
    /// **incoming** (`d(v, u)`, paths to `u`), as NetworkX does (build the transposed graph for
    /// outgoing closeness). Self-loops and heavier parallel edges never lie on
    /// shortest paths. Nodes run in parallel; each value is computed by one worker alone.
    ///
    /// - Parameters:
    ///   - weighted: edge weights as lengths (NetworkX `distance="weight"`), else hops.
    ///   - wfImproved: scale by the fraction of nodes reached.
    ///   - threads: worker threads (`nil`: all cores); the result does not depend on it.
    /// - Throws: ``GraphError/negativeWeight(source:target:weight:)``.
    /// Unweighted: bit-parallel BFS from 64 nodes at a time (Then et al., VLDB 2014).
    /// - Complexity: O(n m) unweighted (O(n/64 · diameter · (n + m)) word operations), O(n m log n) weighted.
    public func closenessCentrality(weighted: Bool = false, wfImproved: Bool = true,
                                    threads: Int? = nil) throws(GraphError) -> [Double] {
        let useWeights = weighted && isWeighted
        if useWeights { try checkNonNegativeWeights() }
        let n = nodeCount
        if !useWeights {
            return withInRows(weighted: false) { g in
                multiSourceDistanceSums(rows: g, threads: threads) { _, total, reached, _ in
                    guard total > 0, n > 1 else { return 0 }
                    var c = Double(reached - 1) / Double(total)
                    if wfImproved { c *= Double(reached - 1) / Double(n - 1) }
                    return c
                }
            }
        }
        return withInRows(weighted: useWeights) { g in
            perNodeParallel(threads: threads) { ws, u in
                var total = 0.0
                if useWeights {
                    ws.dijkstra(from: CollectionOfOne(u), g)
                    for i in 0 ..< ws.count { total += ws.dist[Int(ws.order[i])] }
                } else {
                    ws.bfs(from: CollectionOfOne(u), g)
                    var t = 0
                    for i in 0 ..< ws.count { t += Int(ws.hops[Int(ws.order[i])]) }
                    total = Double(t)
                }
                let reached = ws.count
                ws.reset()
                guard total > 0, n > 1 else { return 0 }
                var c = Double(reached - 1) / total
                if wfImproved { c *= Double(reached - 1) / Double(n - 1) }
                return c
            }
        }
    }

    /// Harmonic centrality: `H(u) = Σ_{v ≠ u} 1 / d(v, u)`, unreachable pairs adding 0.
    ///
    /// Matches NetworkX `harmonic_centrality(G, distance=)`: on directed graphs the distances are
    /// incoming (`d(v, u)`), and zero distances (zero-weight paths) are skipped. Not normalised.
    /// Parallel over nodes, deterministic.
    ///
    /// - Throws: ``GraphError/negativeWeight(source:target:weight:)``.
    /// Unweighted: bit-parallel BFS from 64 nodes at a time (Then et al., VLDB 2014).
    /// - Complexity: O(n m) unweighted (O(n/64 · diameter · (n + m)) word operations), O(n m log n) weighted.
    public func harmonicCentrality(weighted: Bool = false, threads: Int? = nil) throws(GraphError) -> [Double] {
        let useWeights = weighted && isWeighted
        if useWeights { try checkNonNegativeWeights() }
        if !useWeights {
            return withInRows(weighted: false) { g in
                multiSourceDistanceSums(rows: g, threads: threads) { _, _, _, h in h }
            }
        }
        return withInRows(weighted: useWeights) { g in
            perNodeParallel(threads: threads) { ws, u in
                var h = 0.0
                if useWeights {
                    ws.dijkstra(from: CollectionOfOne(u), g)
                    for i in 0 ..< ws.count {
                        let d = ws.dist[Int(ws.order[i])]
                        if d != 0 { h += 1 / d }
                    }
                } else {
                    ws.bfs(from: CollectionOfOne(u), g)
                    for i in 1 ..< max(ws.count, 1) { h += 1 / Double(ws.hops[Int(ws.order[i])]) }
                }
                ws.reset()
                return h
            }
        }
    }
}
