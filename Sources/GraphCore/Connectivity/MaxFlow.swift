/// A residual flow network for Dinic's algorithm (internal engine behind cuts and connectivity).
///
/// Arcs are added in pairs: arc `a` and its reverse `a ^ 1`. Capacities are `Double`; with integer
/// capacities every value is exact.
struct FlowNetwork {
    let nodeCount: Int
    var tail: [Int32] = []
    var head: [Int32] = []
    var capacity: [Double] = []
    var residual: [Double] = []
    // CSR of arcs by tail, built by `finalize()`.
    var arcStart: [Int] = []
    var arcList: [Int32] = []

    init(nodeCount: Int, arcCapacity: Int = 0) {
        self.nodeCount = nodeCount
        tail.reserveCapacity(arcCapacity * 2)
        head.reserveCapacity(arcCapacity * 2)
        capacity.reserveCapacity(arcCapacity * 2)
    }

    /// Adds arc u→v with capacity `c` and its reverse with capacity `reverse`; returns the arc id.
    @discardableResult
    mutating func addArc(_ u: Int32, _ v: Int32, _ c: Double, reverse: Double = 0) -> Int {
        let a = tail.count
        tail.append(u); head.append(v); capacity.append(c)
        tail.append(v); head.append(u); capacity.append(reverse)
        return a
    }

    mutating func finalize() {
        arcStart = [Int](repeating: 0, count: nodeCount + 1)
        for t in tail { arcStart[Int(t) + 1] += 1 }
        for i in 0 ..< nodeCount { arcStart[i + 1] += arcStart[i] }
        arcList = [Int32](repeating: 0, count: tail.count)
        var fill = arcStart
        for a in 0 ..< tail.count {
            let t = Int(tail[a])
            arcList[fill[t]] = Int32(a)
            fill[t] += 1
        }
        residual = capacity
    }

    // Scratch state for `augmentingPathFlow`, reused across calls (stamps avoid O(n) clears).
    var stampF: [Int32] = []
    var stampB: [Int32] = []
    var viaF: [Int32] = []
    var viaB: [Int32] = []
    var stamp: Int32 = 0
    var touched: [Int32] = []
    var frontierF: [Int32] = []
    var frontierB: [Int32] = []
    var nextFrontier: [Int32] = []

    /// Resets the flow to zero (keeps the arcs).
    mutating func reset() {
        if touched.isEmpty || touched.count * 4 > residual.count {
            residual = capacity
        } else {
            for a in touched { residual[Int(a)] = capacity[Int(a)] }
        }
        touched.removeAll(keepingCapacity: true)
    }

    /// Maximum flow by shortest augmenting paths found with **bidirectional** BFS (from `s` forward
    /// and from `t` backward through reverse arcs), stopping once the flow reaches `cutoff`.
    ///
    /// Meant for many small-valued unit-capacity flows (connectivity): each augmentation usually
    /// explores a small part of a small-world graph, and the state is reset in time proportional
    /// to the arcs touched (``reset()``). Iterative.
    /// - Complexity: O(value · (n + m)) worst case.
    mutating func augmentingPathFlow(from s: Int32, to t: Int32, cutoff: Double = .infinity) -> Double {
        if s == t { return .infinity }
        if stampF.count != nodeCount {
            stampF = [Int32](repeating: 0, count: nodeCount)
            stampB = stampF
            viaF = [Int32](repeating: -1, count: nodeCount)
            viaB = viaF
            stamp = 0
        }
        var flow = 0.0
        let eps = 1e-12
        while flow < cutoff {
            if stamp == Int32.max - 1 {
                for i in 0 ..< nodeCount { stampF[i] = 0; stampB[i] = 0 }
                stamp = 0
            }
            stamp += 1
            let st = stamp
            stampF[Int(s)] = st; viaF[Int(s)] = -1
            stampB[Int(t)] = st; viaB[Int(t)] = -1
            frontierF.removeAll(keepingCapacity: true); frontierF.append(s)
            frontierB.removeAll(keepingCapacity: true); frontierB.append(t)
            var meetArc: Int32 = -1  // arc x→y with x reached forward and y reached backward
            search: while !frontierF.isEmpty && !frontierB.isEmpty {
                nextFrontier.removeAll(keepingCapacity: true)
                if frontierF.count <= frontierB.count {
                    for x in frontierF {
                        for k in arcStart[Int(x)] ..< arcStart[Int(x) + 1] {
                            let a = Int(arcList[k])
                            if residual[a] <= eps { continue }
                            let y = Int(head[a])
                            if stampB[y] == st { meetArc = Int32(a); break search }
                            if stampF[y] != st {
                                stampF[y] = st
                                viaF[y] = Int32(a)
                                nextFrontier.append(Int32(y))
                            }
                        }
                    }
                    swap(&frontierF, &nextFrontier)
                } else {
                    for y in frontierB {
                        for k in arcStart[Int(y)] ..< arcStart[Int(y) + 1] {
                            let a = Int(arcList[k]) ^ 1  // the arc x→y paired with y→x
                            if residual[a] <= eps { continue }
                            let x = Int(tail[a])
                            if stampF[x] == st { meetArc = Int32(a); break search }
                            if stampB[x] != st {
                                stampB[x] = st
                                viaB[x] = Int32(a)
                                nextFrontier.append(Int32(x))
                            }
                        }
                    }
                    swap(&frontierB, &nextFrontier)
                }
            }
            if meetArc < 0 { break }
            // Bottleneck along s ~> x → y ~> t.
            var b = min(cutoff - flow, residual[Int(meetArc)])
            var x = Int(tail[Int(meetArc)])
            while viaF[x] >= 0 { let a = Int(viaF[x]); b = min(b, residual[a]); x = Int(tail[a]) }
            var y = Int(head[Int(meetArc)])
            while viaB[y] >= 0 { let a = Int(viaB[y]); b = min(b, residual[a]); y = Int(head[a]) }
            func push(_ a: Int) {
                residual[a] -= b
                residual[a ^ 1] += b
                touched.append(Int32(a)); touched.append(Int32(a ^ 1))
            }
            push(Int(meetArc))
            x = Int(tail[Int(meetArc)])
            while viaF[x] >= 0 { let a = Int(viaF[x]); push(a); x = Int(tail[a]) }
            y = Int(head[Int(meetArc)])
            while viaB[y] >= 0 { let a = Int(viaB[y]); push(a); y = Int(head[a]) }
            flow += b
        }
        return flow
    }

    /// Maximum flow from `s` to `t` by Dinic's algorithm; stops early once the flow reaches `cutoff`.
    /// Iterative (no recursion).
    /// - Complexity: O(n² m) in general, O(m √n) with unit capacities.
    mutating func maxFlow(from s: Int32, to t: Int32, cutoff: Double = .infinity) -> Double {
        if s == t { return .infinity }
        let n = nodeCount
        var level = [Int32](repeating: -1, count: n)
        var it = [Int](repeating: 0, count: n)
        var queue = [Int32](repeating: 0, count: n)
        var pathArcs: [Int32] = []
        var flow = 0.0
        let eps = 1e-12
        while flow < cutoff {
            // BFS levels in the residual graph.
            for i in 0 ..< n { level[i] = -1 }
            level[Int(s)] = 0
            queue[0] = s
            var qh = 0, qt = 1
            while qh < qt {
                let v = Int(queue[qh]); qh += 1
                for k in arcStart[v] ..< arcStart[v + 1] {
                    let a = Int(arcList[k])
                    let w = Int(head[a])
                    if level[w] < 0 && residual[a] > eps {
                        level[w] = level[v] + 1
                        queue[qt] = Int32(w); qt += 1
                    }
                }
            }
            if level[Int(t)] < 0 { break }
            for i in 0 ..< n { it[i] = arcStart[i] }
            // Blocking flow by repeated iterative DFS along the level graph.
            var v = Int(s)
            pathArcs.removeAll(keepingCapacity: true)
            while flow < cutoff {
                if v == Int(t) {
                    var b = cutoff - flow
                    for a in pathArcs { b = min(b, residual[Int(a)]) }
                    for a in pathArcs {
                        residual[Int(a)] -= b
                        residual[Int(a) ^ 1] += b
                    }
                    flow += b
                    // Restart from the tail of the first saturated arc.
                    var cut = pathArcs.count
                    for (i, a) in pathArcs.enumerated() where residual[Int(a)] <= eps { cut = i; break }
                    v = cut < pathArcs.count ? Int(tail[Int(pathArcs[cut])]) : Int(s)
                    pathArcs.removeSubrange(min(cut, pathArcs.count) ..< pathArcs.count)
                    continue
                }
                var advanced = false
                while it[v] < arcStart[v + 1] {
                    let a = Int(arcList[it[v]])
                    let w = Int(head[a])
                    if residual[a] > eps && level[w] == level[v] + 1 {
                        pathArcs.append(Int32(a))
                        v = w
                        advanced = true
                        break
                    }
                    it[v] += 1
                }
                if advanced { continue }
                // Dead end: retreat.
                level[v] = -1
                guard let a = pathArcs.popLast() else { break }
                v = Int(tail[Int(a)])
                it[v] += 1
            }
        }
        return flow
    }

    /// Nodes reachable from `s` in the residual graph (the source side of a minimum cut).
    func sourceSide(from s: Int32) -> [Bool] {
        var seen = [Bool](repeating: false, count: nodeCount)
        var stack: [Int32] = [s]
        seen[Int(s)] = true
        while let v = stack.popLast() {
            for k in arcStart[Int(v)] ..< arcStart[Int(v) + 1] {
                let a = Int(arcList[k])
                let w = Int(head[a])
                if !seen[w] && residual[a] > 1e-12 {
                    seen[w] = true
                    stack.append(Int32(w))
                }
            }
        }
        return seen
    }
}

/// A maximum flow and the minimum cut it certifies.
public struct MaximumFlow: Sendable, Equatable {
    /// The flow value (= the capacity of the minimum cut).
    public var value: Double
    /// `flow[e]`: flow on edge `e` of the graph (signed for undirected edges: positive from the
    /// edge's first endpoint to its second).
    public var flow: [Double]
    /// `sourceSide[v]`: whether `v` is on the source side of a minimum cut (residual reachability).
    public var sourceSide: [Bool]
    /// Edge ids crossing the minimum cut (from the source side to the other), sorted.
    public var cutEdges: [Int32]
}

extension Graph {
    /// Maximum flow from `source` to `target` with edge weights as capacities (1 when unweighted or
    /// `weighted` is false), by Dinic's algorithm.
    ///
    /// Undirected edges carry flow either way up to their capacity; parallel edges add capacity;
    /// self-loops carry nothing. Matches NetworkX `maximum_flow_value` / `minimum_cut_value` with
    /// `capacity` = weight.
    ///
    /// - Throws: ``GraphError/sameNode(_:)`` if `source == target`; ``GraphError/negativeWeight(source:target:weight:)``
    ///   for a negative capacity; ``GraphError/nodeOutOfRange(_:nodeCount:)``.
    /// - Complexity: O(n² m) worst case; O(m √n) for unit capacities.
    public func maximumFlow(from source: Int32, to target: Int32, weighted: Bool = true) throws(GraphError) -> MaximumFlow {
        try checkNode(source)
        try checkNode(target)
        guard source != target else { throw GraphError.sameNode("source and target of a flow must differ (both are \(source))") }
        let useWeights = weighted && isWeighted
        if useWeights { try checkNonNegativeWeights() }
        var net = FlowNetwork(nodeCount: nodeCount, arcCapacity: edgeCount)
        var arcOfEdge = [Int](repeating: -1, count: edgeCount)
        for e in 0 ..< edgeCount where edgeSource[e] != edgeTarget[e] {
            let c = useWeights ? edgeWeight[e] : 1
            arcOfEdge[e] = net.addArc(edgeSource[e], edgeTarget[e], c, reverse: isDirected ? 0 : c)
        }
        net.finalize()
        let value = net.maxFlow(from: source, to: target)
        let side = net.sourceSide(from: source)
        var flow = [Double](repeating: 0, count: edgeCount)
        var cut: [Int32] = []
        for e in 0 ..< edgeCount where arcOfEdge[e] >= 0 {
            let a = arcOfEdge[e]
            flow[e] = net.capacity[a] - net.residual[a]
            let u = Int(edgeSource[e]), v = Int(edgeTarget[e])
            if side[u] != side[v] && (side[u] || !isDirected) { cut.append(Int32(e)) }
        }
        return MaximumFlow(value: value, flow: flow, sourceSide: side, cutEdges: cut)
    }
}
