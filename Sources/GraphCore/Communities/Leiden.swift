#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension Graph {
    /// Leiden community detection (Traag, Waltman & van Eck 2019) optimising modularity, seeded
    /// and deterministic.
    ///
    /// Each round: (1) fast local moving — a queue of nodes in random order, each moved to the
    /// community with the best modularity gain (an empty community included), neighbours outside the
    /// new community re-queued; (2) refinement — inside every community, nodes still alone and well
    /// connected (`E(v, C−v) ≥ γ·(k^out_v·K^in_{C−v} + k^in_v·K^out_{C−v})/M`) merge into a well
    /// connected sub-community with a non-negative gain, chosen with probability ∝ `exp(Δ/θ)`
    /// (`θ` = `randomness`, Δ in units of edge weight, as igraph); (3) aggregation on the refined
    /// partition, starting the next round from the unrefined one. Rounds stop when local moving
    /// leaves every community a single aggregate node. Communities are guaranteed connected.
    ///
    /// Modularity, resolution, weights, direction, self-loops and parallel edges are as in
    /// ``modularity(of:resolution:weighted:)`` and ``louvainCommunities(resolution:weighted:threshold:seed:)``.
    /// NetworkX 3.6 has no Leiden of its own (it dispatches to backends); the tests check the
    /// modularity against NetworkX's Louvain and the partition's validity and connectivity.
    ///
    /// - Parameters:
    ///   - resolution: `γ`.
    ///   - weighted: use edge weights.
    ///   - randomness: `θ` of the refinement (igraph's `beta`, default 0.01); smaller is greedier.
    ///   - seed: the random seed (SplitMix64).
    /// - Complexity: O(m) per round in practice; few rounds (near-linear).
    public func leidenCommunities(resolution: Double = 1, weighted: Bool = false,
                                  randomness: Double = 0.01, seed: UInt64 = 0) -> Partition {
        var rng = CommunityRandom(seed: seed)
        var g = ModularityGraph(self, weighted: weighted)
        var membership = Array(0 ..< nodeCount)   // original node → node of g
        guard g.total > 0, nodeCount > 0 else { return Partition(labels: membership) }
        var labels = Array(0 ..< g.nodeCount)        // community of each node of g
        while true {
            g.fastLocalMoving(labels: &labels, resolution: resolution, rng: &rng)
            let k = compactLabels(&labels)
            if k == g.nodeCount { break }
            var refined = g.refine(labels: labels, resolution: resolution, randomness: randomness, rng: &rng)
            var kr = compactLabels(&refined)
            if kr == g.nodeCount {
                // No merge inside any community: aggregate by the communities themselves.
                refined = labels
                kr = k
            }
            var parent = [Int](repeating: 0, count: kr)
            for v in 0 ..< g.nodeCount { parent[refined[v]] = labels[v] }
            for v in 0 ..< nodeCount { membership[v] = refined[membership[v]] }
            g = g.aggregated(labels: refined, count: kr)
            labels = parent
        }
        return Partition(labels: membership.map { labels[$0] })
    }
}

extension ModularityGraph {
    /// Queue-based local moving (Traag 2019; Ozaki et al. 2016): nodes in random order, each moved to
    /// the community with the largest gain over staying; the neighbours a move affects are queued
    /// again. Stops when no node can improve, the fixed point of Louvain's sweeps, with far fewer
    /// visits. `labels` are community ids `< nodeCount`. With `allowEmpty`, moving to an empty
    /// community (gain 0) is an option (Leiden). Returns whether any node moved.
    @discardableResult
    func fastLocalMoving(labels: inout [Int], resolution γ: Double, allowEmpty: Bool = true,
                         rng: inout CommunityRandom) -> Bool {
        var moved = false
        let n = nodeCount
        var sOut = [Double](repeating: 0, count: n), sIn = sOut
        var size = [Int](repeating: 0, count: n)
        for v in 0 ..< n { sOut[labels[v]] += kOut[v]; sIn[labels[v]] += kIn[v]; size[labels[v]] += 1 }
        var empty: [Int] = []
        for c in (0 ..< n).reversed() where size[c] == 0 { empty.append(c) }
        var queue = Array(0 ..< n)
        rng.shuffle(&queue)
        var queued = [Bool](repeating: true, count: n)
        var head = 0
        var toComm = [Double](repeating: 0, count: n)
        var seen = [Bool](repeating: false, count: n)
        var touched: [Int] = []
        let m = total, m2 = total * total
        while head < queue.count {
            let v = queue[head]
            head += 1
            if head > 4 * n && head > 1024 {   // compact the ring occasionally
                queue.removeFirst(head)
                head = 0
            }
            queued[v] = false
            let cv = labels[v]
            for p in range(v) {
                let c = labels[Int(neighbor[p])]
                if !seen[c] { seen[c] = true; touched.append(c) }
                toComm[c] += weight[p]
            }
            let ko = kOut[v], ki = kIn[v]
            sOut[cv] -= ko; sIn[cv] -= ki; size[cv] -= 1
            // Gains relative to v alone; staying put is the baseline. (Inline: a local function
            // capturing these arrays costs a dynamic exclusivity check per access.)
            var best = cv, bestGain = toComm[cv] / m - γ * (ko * sIn[cv] + ki * sOut[cv]) / m2
            for c in touched where c != cv {
                let x = toComm[c] / m - γ * (ko * sIn[c] + ki * sOut[c]) / m2
                if x > bestGain { bestGain = x; best = c }
            }
            if allowEmpty, bestGain < 0, size[cv] > 0 {
                // An empty community beats every neighbour (gain 0).
                while let e = empty.last, size[e] != 0 { empty.removeLast() }
                if let e = empty.popLast() { best = e }
            }
            sOut[best] += ko; sIn[best] += ki; size[best] += 1
            if size[cv] == 0 && best != cv { empty.append(cv) }
            if best != cv {
                labels[v] = best
                moved = true
                for p in range(v) {
                    let u = Int(neighbor[p])
                    if !queued[u] && labels[u] != best { queued[u] = true; queue.append(u) }
                }
            }
            for c in touched { seen[c] = false; toComm[c] = 0 }
            touched.removeAll(keepingCapacity: true)
        }
        return moved
    }

    /// Leiden's refinement: merges singletons inside each community into well-connected
    /// sub-communities. Returns refined labels (ids `< nodeCount`).
    func refine(labels: [Int], resolution γ: Double, randomness θ: Double,
                rng: inout CommunityRandom) -> [Int] {
        let n = nodeCount
        let M = total
        var cOut = [Double](repeating: 0, count: n), cIn = cOut
        for v in 0 ..< n { cOut[labels[v]] += kOut[v]; cIn[labels[v]] += kIn[v] }
        var ref = Array(0 ..< n)
        var rOut = kOut, rIn = kIn
        var size = [Int](repeating: 1, count: n)
        // ext[r]: combined weight from sub-community r to the rest of its community.
        var ext = [Double](repeating: 0, count: n)
        for v in 0 ..< n {
            for p in range(v) where labels[Int(neighbor[p])] == labels[v] { ext[v] += weight[p] }
        }
        var order = Array(0 ..< n)
        rng.shuffle(&order)
        var toRef = [Double](repeating: 0, count: n)
        var seen = [Bool](repeating: false, count: n)
        var touched: [Int] = []
        var candidates: [(Int, Double)] = []
        for v in order {
            guard size[ref[v]] == 1 else { continue }
            let c = labels[v]
            let ko = kOut[v], ki = kIn[v]
            // v well connected to the rest of its community?
            guard ext[v] >= γ * (ko * (cIn[c] - ki) + ki * (cOut[c] - ko)) / M else { continue }
            for p in range(v) {
                let u = Int(neighbor[p])
                guard labels[u] == c else { continue }
                let r = ref[u]
                if !seen[r] { seen[r] = true; touched.append(r) }
                toRef[r] += weight[p]
            }
            let own = ref[v]
            rOut[own] = 0; rIn[own] = 0
            candidates.removeAll(keepingCapacity: true)
            candidates.append((own, 0))
            var top = 0.0
            for r in touched where r != own {
                // Sub-community r well connected to the rest of the community?
                guard ext[r] >= γ * (rOut[r] * (cIn[c] - rIn[r]) + rIn[r] * (cOut[c] - rOut[r])) / M else { continue }
                let delta = toRef[r] - γ * (ko * rIn[r] + ki * rOut[r]) / M
                if delta >= 0 { candidates.append((r, delta)); top = Swift.max(top, delta) }
            }
            var chosen = own
            if candidates.count > 1 {
                var total = 0.0
                var weights: [Double] = []
                weights.reserveCapacity(candidates.count)
                for (_, d) in candidates {
                    let w = exp((d - top) / θ)
                    weights.append(w)
                    total += w
                }
                var x = rng.unit() * total
                chosen = candidates[candidates.count - 1].0
                for (i, w) in weights.enumerated() {
                    if x < w { chosen = candidates[i].0; break }
                    x -= w
                }
            }
            if chosen != own {
                ref[v] = chosen
                size[own] = 0
                size[chosen] += 1
                rOut[chosen] += ko; rIn[chosen] += ki
                ext[chosen] += ext[v] - 2 * toRef[chosen]
            } else {
                rOut[own] = ko; rIn[own] = ki
            }
            for r in touched { seen[r] = false; toRef[r] = 0 }
            touched.removeAll(keepingCapacity: true)
        }
        return ref
    }
}
