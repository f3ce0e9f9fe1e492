/// Borgatti's key-player measures for the "negative" problem (KPP-Neg): which nodes, if removed,
/// fragment the network most (Borgatti, "Identifying sets of key players in a social network",
/// Comput. Math. Organ. Theory 12:21–34, 2006).
public enum FragmentationMeasure: String, Sendable, CaseIterable {
    /// F = 1 − Σ_k s_k (s_k − 1) / (n (n − 1)), with s_k the component sizes of the remaining graph.
    case fragmentation
    /// DF = 1 − Σ_{i ≠ j} (1 / d_ij) / (n (n − 1)) over ordered pairs of the remaining graph
    /// (1/∞ = 0): fragmentation that also rewards longer distances.
    case distanceWeighted
}

/// A set of key players and the fragmentation its removal achieves.
public struct KeyPlayerSet: Sendable, Equatable {
    /// The chosen nodes, sorted by id.
    public var nodes: [Int32]
    /// The measure after removing them.
    public var value: Double
    /// Improving swaps made after the greedy start.
    public var swaps: Int
}

extension Graph {
    /// Borgatti's fragmentation of the graph left after removing `removed`.
    ///
    /// Conventions: computed on the undirected view (direction ignored, as Borgatti defines it);
    /// `n` is the number of remaining nodes; a remaining graph with fewer than two nodes is fully
    /// fragmented (1). Parallel edges and self-loops do not matter.
    /// - Complexity: F: O(n + m); DF: O(n (n + m)).
    public func fragmentation(removing removed: [Int32] = [],
                              measure: FragmentationMeasure = .fragmentation) throws(GraphError) -> Double {
        var keep = [Bool](repeating: true, count: nodeCount)
        for v in removed {
            try checkNode(v)
            keep[Int(v)] = false
        }
        return fragmentation(keeping: keep, measure: measure)
    }

    func fragmentation(keeping keep: [Bool], measure: FragmentationMeasure) -> Double {
        let n = keep.reduce(0) { $0 + ($1 ? 1 : 0) }
        if n < 2 { return 1 }
        let pairs = Double(n) * Double(n - 1)
        switch measure {
        case .fragmentation:
            // Components of the remaining graph by BFS over both directions.
            var label = [Int32](repeating: -1, count: nodeCount)
            var queue: [Int32] = []
            var sum = 0.0
            for s in 0 ..< nodeCount where keep[s] && label[s] < 0 {
                label[s] = 0
                queue.removeAll(keepingCapacity: true)
                queue.append(Int32(s))
                var head = 0
                while head < queue.count {
                    let v = queue[head]; head += 1
                    forEachNeighbor(of: v, .both) { w, _ in
                        if keep[Int(w)] && label[Int(w)] < 0 { label[Int(w)] = 0; queue.append(w) }
                    }
                }
                let size = Double(queue.count)
                sum += size * (size - 1)
            }
            return 1 - sum / pairs
        case .distanceWeighted:
            var dist = [Int32](repeating: -1, count: nodeCount)
            var queue: [Int32] = []
            var sum = 0.0
            for s in 0 ..< nodeCount where keep[s] {
                queue.removeAll(keepingCapacity: true)
                queue.append(Int32(s))
                dist[s] = 0
                var head = 0
                while head < queue.count {
                    let v = queue[head]; head += 1
                    let dv = dist[Int(v)]
                    forEachNeighbor(of: v, .both) { w, _ in
                        if keep[Int(w)] && dist[Int(w)] < 0 { dist[Int(w)] = dv + 1; queue.append(w) }
                    }
                }
                for v in queue.dropFirst() { sum += 1 / Double(dist[Int(v)]) }
                for v in queue { dist[Int(v)] = -1 }
            }
            return 1 - sum / pairs
        }
    }

    /// Finds a set of `k` nodes whose removal maximises fragmentation (KPP-Neg).
    ///
    /// Deterministic greedy start (add the node that raises the measure most, ties to the lowest
    /// id), then Borgatti's swap search: try replacing each member by each non-member, take the
    /// best improving swap, repeat until none improves or `maxSwaps` is reached. A heuristic: the
    /// result is a local optimum, not guaranteed global.
    ///
    /// - Throws: ``GraphError/invalidArgument(_:)`` unless `0 <= k <= nodeCount`.
    /// - Complexity: greedy O(k n · E) and each swap round O(k (n − k) · E), where E is one
    ///   evaluation: O(n + m) for F, O(n (n + m)) for DF.
    public func keyPlayers(k: Int, measure: FragmentationMeasure = .fragmentation,
                           maxSwaps: Int = 1_000) throws(GraphError) -> KeyPlayerSet {
        guard k >= 0 && k <= nodeCount else {
            throw GraphError.invalidArgument("k must be between 0 and the node count \(nodeCount), got \(k)")
        }
        var keep = [Bool](repeating: true, count: nodeCount)
        var chosen: [Int32] = []
        var current = fragmentation(keeping: keep, measure: measure)
        for _ in 0 ..< k {
            var bestNode = -1
            var bestValue = -Double.infinity
            for v in 0 ..< nodeCount where keep[v] {
                keep[v] = false
                let value = fragmentation(keeping: keep, measure: measure)
                keep[v] = true
                if value > bestValue + 1e-12 { bestValue = value; bestNode = v }
            }
            keep[bestNode] = false
            chosen.append(Int32(bestNode))
            current = bestValue
        }
        var swaps = 0
        while swaps < maxSwaps && k > 0 && k < nodeCount {
            var best = (gain: 1e-12, out: -1, into: -1)
            for (i, u) in chosen.enumerated() {
                keep[Int(u)] = true
                for v in 0 ..< nodeCount where keep[v] && v != Int(u) {
                    keep[v] = false
                    let value = fragmentation(keeping: keep, measure: measure)
                    keep[v] = true
                    if value - current > best.gain { best = (value - current, i, v) }
                }
                keep[Int(u)] = false
            }
            guard best.out >= 0 else { break }
            keep[Int(chosen[best.out])] = true
            keep[best.into] = false
            chosen[best.out] = Int32(best.into)
            current += best.gain
            current = fragmentation(keeping: keep, measure: measure)
            swaps += 1
        }
        return KeyPlayerSet(nodes: chosen.sorted(), value: current, swaps: swaps)
    }
}
