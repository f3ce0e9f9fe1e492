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

    /// The measure after removing, on top of the nodes `keep` already excludes, each kept node in
    /// turn: `values[v]` for every kept `v` (other entries are unspecified).
    ///
    /// For F, one ``separations(roots:)`` pass over the kept graph gives every candidate's answer:
    /// losing v replaces its component of size s by the pieces ``Separations/separatedChildren(by:)``
    /// names (each a DFS subtree) plus, for a non-root v, the rest of the component (s − 1 minus the
    /// separated subtrees). So Σ s_k (s_k − 1) after losing v is the current sum minus s (s − 1)
    /// plus the pieces' terms, summed as integers and divided as ``fragmentation(keeping:measure:)``
    /// divides: the same `Double`, bit for bit, as removing v and recounting. O(n + m) for all v.
    /// DF has no such shortcut: one O(n (n + m)) evaluation per candidate.
    func fragmentationAfterRemoving(keeping keep: [Bool], measure: FragmentationMeasure) -> [Double] {
        var values = [Double](repeating: 0, count: nodeCount)
        switch measure {
        case .distanceWeighted:
            var keep = keep
            for v in 0 ..< nodeCount where keep[v] {
                keep[v] = false
                values[v] = fragmentation(keeping: keep, measure: measure)
                keep[v] = true
            }
        case .fragmentation:
            let kept = keep.reduce(0) { $0 + ($1 ? 1 : 0) }
            let remaining = kept - 1
            if remaining < 2 {
                for v in 0 ..< nodeCount where keep[v] { values[v] = 1 }
                return values
            }
            let pairs = Double(remaining) * Double(remaining - 1)
            let undirectedView = isDirected ? undirected() : self
            let sep = undirectedView.separations(roots: [], keeping: keep)
            var total = 0
            for v in 0 ..< nodeCount where keep[v] && sep.parent[v] < 0 {
                let s = Int(sep.subtreeSize[v])
                total += s * (s - 1)
            }
            for v in 0 ..< nodeCount where keep[v] {
                let root = Int(sep.root[v])
                let s = Int(sep.subtreeSize[root])
                var sum = total - s * (s - 1)
                var separated = 0
                for c in sep.separatedChildren(by: Int32(v)) {
                    let p = Int(sep.subtreeSize[Int(c)])
                    sum += p * (p - 1)
                    separated += p
                }
                // A non-root leaves the rest of its component as one more piece; for a root every
                // child is separated, so the rest is empty (0 · −1 = 0).
                let rest = s - 1 - separated
                sum += rest * (rest - 1)
                values[v] = 1 - Double(sum) / pairs
            }
        }
        return values
    }

    /// Finds a set of `k` nodes whose removal maximises fragmentation (KPP-Neg), Borgatti's key
    /// player problem (S. P. Borgatti, "Identifying sets of key players in a social network",
    /// Comput. Math. Organ. Theory 12:21–34, 2006).
    ///
    /// Deterministic greedy start (add the node that raises the measure most, ties to the lowest
    /// id), then Borgatti's swap search: try replacing each member by each non-member, take the
    /// best improving swap, repeat until none improves or `maxSwaps` is reached. A heuristic: the
    /// result is a local optimum, not guaranteed global.
    ///
    /// For F each greedy step, and each member's trial replacements in a swap round, are evaluated
    /// for every candidate at once from one depth-first search (``Separations``: the sizes of the
    /// pieces each node's loss leaves), with the same values and the same choices as removing each
    /// candidate and recounting components.
    ///
    /// - Throws: ``GraphError/invalidArgument(_:)`` unless `0 <= k <= nodeCount`.
    /// - Complexity: F: greedy O(k (n + m)), each swap round O(k (n + m)). DF: greedy
    ///   O(k n · n (n + m)), each swap round O(k (n − k) · n (n + m)).
    public func keyPlayers(k: Int, measure: FragmentationMeasure = .fragmentation,
                           maxSwaps: Int = 1_000) throws(GraphError) -> KeyPlayerSet {
        guard k >= 0 && k <= nodeCount else {
            throw GraphError.invalidArgument("k must be between 0 and the node count \(nodeCount), got \(k)")
        }
        var keep = [Bool](repeating: true, count: nodeCount)
        var chosen: [Int32] = []
        var current = fragmentation(keeping: keep, measure: measure)
        for _ in 0 ..< k {
            let values = fragmentationAfterRemoving(keeping: keep, measure: measure)
            var bestNode = -1
            var bestValue = -Double.infinity
            for v in 0 ..< nodeCount where keep[v] {
                if values[v] > bestValue + 1e-12 { bestValue = values[v]; bestNode = v }
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
                let values = fragmentationAfterRemoving(keeping: keep, measure: measure)
                for v in 0 ..< nodeCount where keep[v] && v != Int(u) {
                    if values[v] - current > best.gain { best = (values[v] - current, i, v) }
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

    /// ``keyPlayers(k:measure:maxSwaps:)`` as it was first written: every candidate evaluated by
    /// removing it and recounting (O(n (n + m)) per greedy step). Kept as the reference the
    /// one-pass evaluation is tested against.
    func keyPlayersByRemoval(k: Int, measure: FragmentationMeasure = .fragmentation,
                             maxSwaps: Int = 1_000) -> KeyPlayerSet {
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
