/// Read-only CSR rows as raw buffers, for the parallel inner loops.
struct CSRView: @unchecked Sendable {
    let nodeCount: Int
    let offset: UnsafeBufferPointer<Int>
    let neighbor: UnsafeBufferPointer<Int32>
    let edge: UnsafeBufferPointer<Int32>
    /// Per-slot weights; empty when the computation is unweighted.
    let weight: UnsafeBufferPointer<Double>
}

extension Graph {
    /// Calls `body` with the out-rows (undirected: the only rows). `weighted` selects per-slot weights.
    func withOutRows<R>(weighted: Bool, _ body: (CSRView) -> R) -> R {
        let w = weighted && isWeighted ? outWeight : []
        return outOffset.withUnsafeBufferPointer { off in
            outNeighbor.withUnsafeBufferPointer { nb in
                outEdge.withUnsafeBufferPointer { eb in
                    w.withUnsafeBufferPointer { wb in
                        body(CSRView(nodeCount: nodeCount, offset: off, neighbor: nb, edge: eb, weight: wb))
                    }
                }
            }
        }
    }

    /// Calls `body` with the in-rows (predecessors); the out-rows when undirected.
    func withInRows<R>(weighted: Bool, _ body: (CSRView) -> R) -> R {
        guard isDirected else { return withOutRows(weighted: weighted, body) }
        let w: [Double] = weighted && isWeighted ? inEdge.map { edgeWeight[Int($0)] } : []
        return inOffset.withUnsafeBufferPointer { off in
            inNeighbor.withUnsafeBufferPointer { nb in
                inEdge.withUnsafeBufferPointer { eb in
                    w.withUnsafeBufferPointer { wb in
                        body(CSRView(nodeCount: nodeCount, offset: off, neighbor: nb, edge: eb, weight: wb))
                    }
                }
            }
        }
    }
}

/// Per-worker buffers for single-source shortest-path counting (Brandes 2001, 2008).
///
/// After ``bfs(from:_:)`` or ``dijkstra(from:_:)``: `order[0 ..< count]` holds the reached nodes in
/// non-decreasing distance (`order[0]` is the source), `hops`/`dist` the distances and `sigma`
/// the number of shortest paths (as `Double`). ``reset()`` clears only what was touched.
final class BrandesWorkspace {
    let n: Int
    let hops: UnsafeMutablePointer<Int32>
    let dist: UnsafeMutablePointer<Double>
    let sigma: UnsafeMutablePointer<Double>
    let coef: UnsafeMutablePointer<Double>
    let order: UnsafeMutablePointer<Int32>
    var count = 0
    var heap = DistanceHeap()
    init(nodeCount n: Int) {
        self.n = n
        hops = .allocate(capacity: max(n, 1)); hops.initialize(repeating: -1, count: max(n, 1))
        dist = .allocate(capacity: max(n, 1)); dist.initialize(repeating: .infinity, count: max(n, 1))
        sigma = .allocate(capacity: max(n, 1)); sigma.initialize(repeating: 0, count: max(n, 1))
        coef = .allocate(capacity: max(n, 1)); coef.initialize(repeating: 0, count: max(n, 1))
        order = .allocate(capacity: max(n, 1)); order.initialize(repeating: 0, count: max(n, 1))
    }

    deinit {
        hops.deallocate(); dist.deallocate(); sigma.deallocate(); coef.deallocate(); order.deallocate()
    }

    /// Breadth-first search from `s` counting shortest paths. `g` must be simple.
    @inline(__always)
    func bfs(from s: Int32, _ g: CSRView) {
        let off = g.offset.baseAddress!, nb = g.neighbor.baseAddress!
        hops[Int(s)] = 0
        sigma[Int(s)] = 1
        order[0] = s
        var tail = 1, head = 0
        while head < tail {
            let v = Int(order[head]); head += 1
            let dv1 = hops[v] + 1
            let sv = sigma[v]
            for p in off[v] ..< off[v + 1] {
                let w = Int(nb[p])
                let hw = hops[w]
                if hw < 0 {
                    hops[w] = dv1
                    sigma[w] = sv
                    order[tail] = Int32(truncatingIfNeeded: w); tail += 1
                } else if hw == dv1 {
                    sigma[w] += sv
                }
            }
        }
        count = tail
    }

    /// Dijkstra from `s` counting shortest paths (ties compared exactly, as NetworkX). `g` simple,
    /// with per-slot weights.
    @inline(__always)
    func dijkstra(from s: Int32, _ g: CSRView) {
        let off = g.offset.baseAddress!, nb = g.neighbor.baseAddress!, wt = g.weight.baseAddress!
        dist[Int(s)] = 0
        sigma[Int(s)] = 1
        heap.push(0, s)
        var c = 0
        while let (d, v32) = heap.pop() {
            let v = Int(v32)
            if hops[v] >= 0 || d > dist[v] { continue }
            hops[v] = 0  // settled
            order[c] = v32; c += 1
            let sv = sigma[v]
            for p in off[v] ..< off[v + 1] {
                let w = Int(nb[p])
                if hops[w] >= 0 { continue }
                let nd = d + wt[p]
                let dw = dist[w]
                if nd < dw {
                    dist[w] = nd
                    sigma[w] = sv
                    heap.push(nd, nb[p])
                } else if nd == dw {
                    sigma[w] += sv
                }
            }
        }
        count = c
    }

    /// Brandes' dependency accumulation after ``dijkstra(from:_:)``, pulled from DAG successors
    /// (out-rows with per-slot weights), into `bc`. `endpoints` adds NetworkX's
    /// `_accumulate_endpoints` terms. (Unweighted searches use ``DAGBrandes``.)
    @inline(__always)
    func accumulateNodes(_ g: CSRView, endpoints: Bool, into bc: UnsafeMutableBufferPointer<Double>) {
        let off = g.offset.baseAddress!, nb = g.neighbor.baseAddress!, wt = g.weight.baseAddress!
        for i in stride(from: count - 1, through: 1, by: -1) {
            let v = Int(order[i])
            let dv = dist[v]
            var sum = 0.0
            for p in off[v] ..< off[v + 1] {
                let w = Int(nb[p])
                if dv + wt[p] == dist[w] { sum += coef[w] }
            }
            let delta = sigma[v] * sum
            bc[v] += endpoints ? delta + 1 : delta
            coef[v] = (1 + delta) / sigma[v]
        }
        if endpoints { bc[Int(order[0])] += Double(count - 1) }
    }

    /// Edge dependencies (NetworkX `_accumulate_edges`) after ``dijkstra(from:_:)`` into `ebc`,
    /// indexed by the edge ids of `g`.
    @inline(__always)
    func accumulateEdges(_ g: CSRView, into ebc: UnsafeMutableBufferPointer<Double>) {
        let off = g.offset.baseAddress!, nb = g.neighbor.baseAddress!, eid = g.edge.baseAddress!
        let wt = g.weight.baseAddress!
        for i in stride(from: count - 1, through: 0, by: -1) {
            let v = Int(order[i])
            var sum = 0.0
            let sv = sigma[v]
            for p in off[v] ..< off[v + 1] {
                let w = Int(nb[p])
                if dist[v] + wt[p] == dist[w] {
                    let c = coef[w]
                    sum += c
                    ebc[Int(eid[p])] += sv * c
                }
            }
            coef[v] = (1 + sv * sum) / sv
        }
    }

    /// Clears the entries the last search touched.
    @inline(__always)
    func reset() {
        for i in 0 ..< count {
            let v = Int(order[i])
            hops[v] = -1; dist[v] = .infinity; sigma[v] = 0; coef[v] = 0
        }
        // Dijkstra may leave reached-but-unsettled nodes only if they were settled later: none remain.
        heap.removeAll()
        count = 0
    }
}

extension DistanceHeap {
    mutating func removeAll() {
        keys.removeAll(keepingCapacity: true)
        nodes.removeAll(keepingCapacity: true)
    }
}
