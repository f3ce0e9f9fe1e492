/// A partition of the nodes into communities.
///
/// Communities are numbered `0 ..< count` in order of their smallest member, and each community's
/// members are listed in increasing id order, so two equal partitions compare equal.
public struct Partition: Sendable, Equatable {
    /// The community of each node.
    public let membership: [Int]
    /// The members of each community, sorted; communities ordered by their smallest member.
    public let communities: [[Int32]]

    /// The number of communities.
    public var count: Int { communities.count }

    /// Builds the canonical partition from any labelling (labels are arbitrary integers).
    /// - Complexity: O(n) expected.
    public init(labels: [Int]) {
        var index: [Int: Int] = [:]
        var membership = [Int](repeating: 0, count: labels.count)
        var communities: [[Int32]] = []
        for (v, l) in labels.enumerated() {
            if let c = index[l] {
                membership[v] = c
                communities[c].append(Int32(v))
            } else {
                index[l] = communities.count
                membership[v] = communities.count
                communities.append([Int32(v)])
            }
        }
        self.membership = membership
        self.communities = communities
    }

    /// Builds a partition from lists of members.
    /// - Throws: ``GraphError/invalidArgument(_:)`` unless every node `0 ..< nodeCount` appears in
    ///   exactly one list (NetworkX's `NotAPartition`); empty lists are dropped.
    public init(communities lists: [[Int32]], nodeCount: Int) throws(GraphError) {
        var label = [Int](repeating: -1, count: nodeCount)
        for (c, list) in lists.enumerated() {
            for v in list {
                guard v >= 0, Int(v) < nodeCount else {
                    throw GraphError.invalidArgument("community \(c) lists node \(v), not in 0..<\(nodeCount)")
                }
                guard label[Int(v)] < 0 else {
                    throw GraphError.invalidArgument("node \(v) is in two communities: not a partition")
                }
                label[Int(v)] = c
            }
        }
        if let v = label.firstIndex(of: -1) {
            throw GraphError.invalidArgument("node \(v) is in no community: not a partition")
        }
        self.init(labels: label)
    }
}

/// A non-convergence error from an iterative community method.
public enum CommunityDetectionError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The method did not settle within `iterations` sweeps.
    case didNotConverge(algorithm: String, iterations: Int)

    /// A message a person can act on.
    public var description: String {
        switch self {
        case let .didNotConverge(a, i):
            return "\(a) did not converge in \(i) sweeps; raise maxIterations"
        }
    }
}

/// SplitMix64 (Steele, Lea & Flood 2014): the seeded generator behind every randomised community
/// method, so results are reproducible across runs and platforms.
struct CommunityRandom {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    /// Uniform in `0 ..< bound` (Lemire's multiply-shift; the tiny bias is irrelevant here).
    mutating func below(_ bound: Int) -> Int {
        Int((UInt128(next()) * UInt128(bound)) >> 64)
    }
    /// Uniform in [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }
    /// Fisher–Yates, our own so orders do not depend on the standard library's shuffle.
    mutating func shuffle<T>(_ a: inout [T]) {
        var i = a.count
        while i > 1 {
            let j = below(i)
            i -= 1
            a.swapAt(i, j)
        }
    }
}

/// The weighted graph modularity methods work on, in a "doubled directed" form that covers both
/// cases with one formula: an undirected edge `{u,v}` of weight `w` is the two arcs `u→v`, `v→u`
/// (so `kOut = kIn =` the degree, self-loops count `2w`, total `M = 2m`); a directed graph is
/// itself. Then `Q = Σ_c [L_c/M − γ·Kout_c·Kin_c/M²]` is NetworkX's modularity in both cases.
struct ModularityGraph {
    var nodeCount: Int
    /// Combined weights `w(u→v) + w(v→u)` to distinct neighbours `v ≠ u`.
    var offset: [Int]
    var neighbor: [Int32]
    var weight: [Double]
    /// Arc weight of self-loops (doubled view).
    var selfWeight: [Double]
    var kOut: [Double]
    var kIn: [Double]
    /// Total arc weight `M`.
    var total: Double

    init(_ g: Graph, weighted: Bool) {
        let adj = SimpleAdjacency(g, weighted: weighted && g.isWeighted, countParallel: true)
        let rows = adj.mutualRows()
        nodeCount = g.nodeCount
        offset = rows.offset
        neighbor = rows.neighbor
        weight = rows.weight
        let n = g.nodeCount
        kOut = [Double](repeating: 0, count: n)
        kIn = kOut
        selfWeight = kOut
        for v in 0 ..< n {
            if g.isDirected {
                for p in adj.out.range(v) { kOut[v] += adj.out.weight[p] }
                for p in adj.inRows.range(v) { kIn[v] += adj.inRows.weight[p] }
                selfWeight[v] = adj.selfLoop[v]
                kOut[v] += adj.selfLoop[v]
                kIn[v] += adj.selfLoop[v]
            } else {
                for p in adj.out.range(v) { kOut[v] += adj.out.weight[p] }
                selfWeight[v] = 2 * adj.selfLoop[v]
                kOut[v] += 2 * adj.selfLoop[v]
                kIn[v] = kOut[v]
            }
        }
        total = kOut.reduce(0, +)
    }

    init(nodeCount: Int, offset: [Int], neighbor: [Int32], weight: [Double], selfWeight: [Double],
         kOut: [Double], kIn: [Double], total: Double) {
        self.nodeCount = nodeCount
        self.offset = offset
        self.neighbor = neighbor
        self.weight = weight
        self.selfWeight = selfWeight
        self.kOut = kOut
        self.kIn = kIn
        self.total = total
    }

    @inline(__always) func range(_ v: Int) -> Range<Int> { offset[v] ..< offset[v + 1] }

    /// `Q` of a labelling `0 ..< k`.
    func modularity(labels: [Int], resolution: Double) -> Double {
        let k = (labels.max() ?? -1) + 1
        var inside = [Double](repeating: 0, count: k)
        var sOut = inside, sIn = inside
        for v in 0 ..< nodeCount {
            let c = labels[v]
            sOut[c] += kOut[v]
            sIn[c] += kIn[v]
            inside[c] += selfWeight[v]
            for p in range(v) where labels[Int(neighbor[p])] == c { inside[c] += weight[p] / 2 }
        }
        var q = 0.0
        for c in 0 ..< k {
            q += inside[c] / total - resolution * sOut[c] * sIn[c] / (total * total)
        }
        return q
    }

    /// The graph of communities: one node per label `0 ..< k`, internal weight as a self-loop.
    func aggregated(labels: [Int], count k: Int) -> ModularityGraph {
        // Members by community (counting sort).
        var start = [Int](repeating: 0, count: k + 1)
        for v in 0 ..< nodeCount { start[labels[v] + 1] += 1 }
        for c in 0 ..< k { start[c + 1] += start[c] }
        var members = [Int](repeating: 0, count: nodeCount)
        var cursor = start
        for v in 0 ..< nodeCount { members[cursor[labels[v]]] = v; cursor[labels[v]] += 1 }
        var off = [Int](repeating: 0, count: k + 1)
        var nb: [Int32] = [], wt: [Double] = []
        var selfW = [Double](repeating: 0, count: k), ko = selfW, ki = selfW
        var slot = [Int](repeating: -1, count: k)
        for c in 0 ..< k {
            let rowStart = nb.count
            for idx in start[c] ..< start[c + 1] {
                let u = members[idx]
                ko[c] += kOut[u]
                ki[c] += kIn[u]
                selfW[c] += selfWeight[u]
                for p in range(u) {
                    let d = labels[Int(neighbor[p])]
                    if d == c { selfW[c] += weight[p] / 2; continue }
                    if slot[d] >= rowStart { wt[slot[d]] += weight[p] }
                    else { slot[d] = nb.count; nb.append(Int32(d)); wt.append(weight[p]) }
                }
            }
            off[c + 1] = nb.count
        }
        return ModularityGraph(nodeCount: k, offset: off, neighbor: nb, weight: wt, selfWeight: selfW,
                               kOut: ko, kIn: ki, total: total)
    }
}

/// Relabels `labels` to `0 ..< k` in order of first appearance; returns k.
func compactLabels(_ labels: inout [Int]) -> Int {
    var map = [Int: Int]()
    for i in labels.indices {
        if let c = map[labels[i]] { labels[i] = c } else { let c = map.count; map[labels[i]] = c; labels[i] = c }
    }
    return map.count
}

extension Graph {
    /// The modularity of a partition (NetworkX `modularity`).
    ///
    /// `Q = Σ_c [ L_c/m − γ·(K_c/2m)² ]` undirected (`L_c` the total weight of edges inside `c`,
    /// self-loops once; `K_c` the total degree, self-loops twice); directed (Leicht & Newman 2008)
    /// `Q = Σ_c [ L_c/m − γ·K^out_c·K^in_c/m² ]` with `m` the total arc weight. Parallel edges add
    /// their weights. `γ` is the `resolution`.
    ///
    /// - Throws: ``GraphError/emptyGraph(_:)`` when the graph has no edge weight (NetworkX divides
    ///   by zero); ``GraphError/invalidArgument(_:)`` when `partition` is for another node count.
    /// - Complexity: O(n + m).
    public func modularity(of partition: Partition, resolution: Double = 1,
                           weighted: Bool = false) throws(GraphError) -> Double {
        guard partition.membership.count == nodeCount else {
            throw GraphError.invalidArgument("partition covers \(partition.membership.count) nodes, graph has \(nodeCount)")
        }
        let mg = ModularityGraph(self, weighted: weighted)
        guard mg.total != 0 else { throw GraphError.emptyGraph("modularity is undefined without edges") }
        return mg.modularity(labels: partition.membership, resolution: resolution)
    }

    /// The modularity of communities given as member lists; see ``modularity(of:resolution:weighted:)``.
    /// - Throws: ``GraphError/invalidArgument(_:)`` unless the lists partition the nodes.
    /// - Complexity: O(n + m).
    public func modularity(communities: [[Int32]], resolution: Double = 1,
                           weighted: Bool = false) throws(GraphError) -> Double {
        try modularity(of: Partition(communities: communities, nodeCount: nodeCount),
                       resolution: resolution, weighted: weighted)
    }
}
