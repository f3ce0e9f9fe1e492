extension Graph {
    /// Louvain community detection (Blondel et al. 2008), seeded and deterministic.
    ///
    /// The algorithm of NetworkX's `louvain_communities`: sweep the nodes in a random order, moving
    /// each to the neighbouring community with the largest positive modularity gain, until a sweep
    /// moves nothing; then aggregate communities into nodes and repeat while the modularity of the
    /// new level exceeds the previous one by more than `threshold`. The result is the last level.
    /// The gain is NetworkX's: undirected `w_uC/m − γ·k_u·K_C/(2m²)`, directed (Leicht–Newman)
    /// `w_uC/m − γ·(k^out_u·K^in_C + k^in_u·K^out_C)/m²` with `w_uC` the weight of arcs both ways.
    /// Self-loops count (as internal weight), parallel edges add their weights.
    ///
    /// The random order comes from SplitMix64 seeded with `seed`, so a seed gives the same partition
    /// on every run and platform (but not NetworkX's partition for the same seed: its generator
    /// differs). A graph without edges gives singletons.
    ///
    /// - Parameters:
    ///   - resolution: `γ`; above 1 favours smaller communities.
    ///   - weighted: use edge weights.
    ///   - threshold: the least modularity gain for another level (NetworkX default `1e-7`).
    ///   - seed: the random seed.
    /// - Complexity: O(m) per sweep; a handful of sweeps and levels in practice (near-linear).
    public func louvainCommunities(resolution: Double = 1, weighted: Bool = false,
                                   threshold: Double = 1e-7, seed: UInt64 = 0) -> Partition {
        var rng = CommunityRandom(seed: seed)
        var g = ModularityGraph(self, weighted: weighted)
        var membership = Array(0 ..< nodeCount)
        guard g.total > 0, nodeCount > 0 else { return Partition(labels: membership) }
        var mod = g.modularity(labels: membership, resolution: resolution)
        var first = true
        while true {
            var labels = Array(0 ..< g.nodeCount)
            let moved = g.localMovingSweeps(labels: &labels, resolution: resolution, rng: &rng)
            if !moved && !first { break }
            first = false
            let k = compactLabels(&labels)
            for v in 0 ..< nodeCount { membership[v] = labels[membership[v]] }
            if !moved { break }
            let newMod = g.modularity(labels: labels, resolution: resolution)
            if newMod - mod <= threshold { break }
            mod = newMod
            g = g.aggregated(labels: labels, count: k)
        }
        return Partition(labels: membership)
    }
}

extension ModularityGraph {
    /// Louvain's local moving phase: full sweeps in one random order until no node moves.
    /// `labels` are community ids in `0 ..< nodeCount`. Returns whether any node moved.
    func localMovingSweeps(labels: inout [Int], resolution: Double, rng: inout CommunityRandom) -> Bool {
        let n = nodeCount
        var sOut = [Double](repeating: 0, count: n), sIn = sOut
        for v in 0 ..< n { sOut[labels[v]] += kOut[v]; sIn[labels[v]] += kIn[v] }
        var order = Array(0 ..< n)
        rng.shuffle(&order)
        var toComm = [Double](repeating: 0, count: n)
        var seen = [Bool](repeating: false, count: n)
        var touched: [Int] = []
        let m = total, m2 = total * total
        var improved = false
        var moves = 1
        while moves > 0 {
            moves = 0
            for u in order {
                let cu = labels[u]
                for p in range(u) {
                    let c = labels[Int(neighbor[p])]
                    if !seen[c] { seen[c] = true; touched.append(c) }
                    toComm[c] += weight[p]
                }
                let ko = kOut[u], ki = kIn[u]
                sOut[cu] -= ko
                sIn[cu] -= ki
                let removeCost = -toComm[cu] / m + resolution * (ko * sIn[cu] + ki * sOut[cu]) / m2
                var best = cu, bestGain = 0.0
                for c in touched {
                    let gain = removeCost + toComm[c] / m - resolution * (ko * sIn[c] + ki * sOut[c]) / m2
                    if gain > bestGain { bestGain = gain; best = c }
                }
                sOut[best] += ko
                sIn[best] += ki
                if best != cu { labels[u] = best; moves += 1; improved = true }
                for c in touched { seen[c] = false; toComm[c] = 0 }
                touched.removeAll(keepingCapacity: true)
            }
        }
        return improved
    }
}
