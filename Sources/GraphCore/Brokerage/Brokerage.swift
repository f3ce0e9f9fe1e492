/// The five Gould–Fernandez brokerage roles of a node `j` on an open two-path `i → j → k`.
public enum BrokerageRole: String, Sendable, CaseIterable {
    /// `i`, `j`, `k` all in one group (sna `w_I`).
    case coordinator
    /// `i` and `k` in one group, `j` in another (sna `w_O`; "consultant").
    case itinerant
    /// `i` and `j` in one group, `k` in another: `j` represents its group outward (sna `b_IO`).
    case representative
    /// `j` and `k` in one group, `i` in another: `j` gates what enters its group (sna `b_OI`).
    case gatekeeper
    /// `i`, `j`, `k` in three different groups (sna `b_O`).
    case liaison
}

/// Scores for the five roles plus their total, for one node (or the whole graph).
public struct BrokerageScores: Sendable, Equatable {
    /// ``BrokerageRole/coordinator`` (sna `w_I`).
    public var coordinator: Double
    /// ``BrokerageRole/itinerant`` (sna `w_O`).
    public var itinerant: Double
    /// ``BrokerageRole/representative`` (sna `b_IO`).
    public var representative: Double
    /// ``BrokerageRole/gatekeeper`` (sna `b_OI`).
    public var gatekeeper: Double
    /// ``BrokerageRole/liaison`` (sna `b_O`).
    public var liaison: Double
    /// The sum of the five roles.
    public var total: Double

    /// All zero.
    public static let zero = BrokerageScores(coordinator: 0, itinerant: 0, representative: 0,
                                             gatekeeper: 0, liaison: 0, total: 0)

    /// Creates scores from the five role values and their total.
    public init(coordinator: Double, itinerant: Double, representative: Double,
                gatekeeper: Double, liaison: Double, total: Double) {
        self.coordinator = coordinator
        self.itinerant = itinerant
        self.representative = representative
        self.gatekeeper = gatekeeper
        self.liaison = liaison
        self.total = total
    }

    /// The score of one role.
    public subscript(role: BrokerageRole) -> Double {
        get {
            switch role {
            case .coordinator: return coordinator
            case .itinerant: return itinerant
            case .representative: return representative
            case .gatekeeper: return gatekeeper
            case .liaison: return liaison
            }
        }
        set {
            switch role {
            case .coordinator: coordinator = newValue
            case .itinerant: itinerant = newValue
            case .representative: representative = newValue
            case .gatekeeper: gatekeeper = newValue
            case .liaison: liaison = newValue
            }
        }
    }

    /// The six values in sna's column order `w_I, w_O, b_IO, b_OI, b_O, t`.
    public var values: [Double] { [coordinator, itinerant, representative, gatekeeper, liaison, total] }

    init(_ v: [Double]) {
        self.init(coordinator: v[0], itinerant: v[1], representative: v[2], gatekeeper: v[3],
                  liaison: v[4], total: v[5])
    }
}

/// A Gould–Fernandez brokerage analysis, laid out as R's `sna::brokerage` result.
public struct Brokerage: Sendable, Equatable {
    /// Role counts per node (sna `raw.nli`).
    public var raw: [BrokerageScores]
    /// Expected counts per node under the null model, by the size of the node's group (sna `exp.nli`).
    public var expected: [BrokerageScores]
    /// Standard deviations under the null model (sna `sd.nli`).
    public var standardDeviation: [BrokerageScores]
    /// `(raw − expected) / standardDeviation` per node (sna `z.nli`): the group-size-normalised scores.
    public var z: [BrokerageScores]
    /// Role totals over all nodes (sna `raw.gli`).
    public var globalRaw: BrokerageScores
    /// Expected totals (sna `exp.gli`).
    public var globalExpected: BrokerageScores
    /// Standard deviations of the totals (sna `sd.gli`).
    public var globalStandardDeviation: BrokerageScores
    /// `(globalRaw − globalExpected) / globalStandardDeviation` (sna `z.gli`).
    public var globalZ: BrokerageScores
    /// The arc density `d` the null model uses.
    public var density: Double
}

extension Graph {
    /// Gould & Fernandez (1989) brokerage roles for a partition of the nodes into groups, with the
    /// expectations, standard deviations and z-scores of R's `sna::brokerage` (Butts).
    ///
    /// Convention (sna): node `j` brokers every **open two-path** `i → j → k` with `i`, `j`, `k`
    /// distinct and **no arc `i → k`** (an arc `k → i` does not close it). Each such ordered pair
    /// `(i, k)` counts once for `j`, in the role given by the groups of `i`, `j`, `k` (see
    /// ``BrokerageRole``). Arcs are the distinct arcs of the graph: self-loops are ignored and
    /// parallel edges count once (sna works on a 0/1 sociomatrix). An undirected graph is read as
    /// the symmetric digraph (each edge both ways), as sna reads a `"graph"`.
    ///
    /// The null model (sna) is a Bernoulli digraph with the observed density
    /// `d = arcs / (N(N−1))`; with `s = d²(1−d)` and `n` the size of the broker's group:
    /// `E[coordinator] = s(n−1)(n−2)`, `E[itinerant] = s·Σ_{g≠own} n_g(n_g−1)`,
    /// `E[representative] = E[gatekeeper] = s(N−n)(n−1)`,
    /// `E[liaison] = s·((Σ_{g≠own} n_g)² − Σ_{g≠own} n_g²)`, `E[total] = s(N−1)(N−2)`; the variances
    /// and the graph-level moments are sna's formulas. A zero variance gives a `NaN` or infinite
    /// z-score, as in R.
    ///
    /// ```swift
    /// let b = try g.brokerage(groups: level)   // one group label per node
    /// b.raw[v].gatekeeper, b.z[v].liaison
    /// ```
    ///
    /// - Parameter groups: one group label per node.
    /// - Throws: ``GraphError/invalidArgument(_:)`` for a wrong-length labelling.
    /// - Complexity: O(n + m + Σ_i Σ_{j∈succ(i)} outdeg j) for the counts; the moments are O(k)
    ///   over k groups (sna's double and triple sums over groups reduced to power sums).
    public func brokerage(groups: [Int]) throws(GraphError) -> Brokerage {
        guard groups.count == nodeCount else {
            throw GraphError.invalidArgument("groups has \(groups.count) labels for \(nodeCount) nodes")
        }
        let n = nodeCount
        let adj = SimpleAdjacency(self, weighted: false)
        let succ = adj.out  // undirected: the symmetric rows
        var raw = [[Double]](repeating: [0, 0, 0, 0, 0], count: n)
        var mark = [Bool](repeating: false, count: n)
        for i in 0 ..< n {
            let ri = succ.range(i)
            for p in ri { mark[Int(succ.neighbor[p])] = true }
            let gi = groups[i]
            for p in ri {
                let j = Int(succ.neighbor[p])
                let gj = groups[j]
                for q in succ.range(j) {
                    let k = Int(succ.neighbor[q])
                    if k == i || mark[k] { continue }   // k ≠ j: rows have no self-loops
                    let gk = groups[k]
                    let role: Int
                    if gi == gj { role = gj == gk ? 0 : 2 }
                    else if gj == gk { role = 3 }
                    else if gi == gk { role = 1 }
                    else { role = 4 }
                    raw[j][role] += 1
                }
            }
            for p in ri { mark[Int(succ.neighbor[p])] = false }
        }

        // Group sizes.
        var index: [Int: Int] = [:]
        var sizes: [Double] = []
        var groupOf = [Int](repeating: 0, count: n)
        for v in 0 ..< n {
            if let g = index[groups[v]] { groupOf[v] = g; sizes[g] += 1 }
            else { index[groups[v]] = sizes.count; groupOf[v] = sizes.count; sizes.append(1) }
        }
        let N = Double(n)
        let arcs = Double(succ.neighbor.count)
        let d = arcs / (N * (N - 1))
        let s = d * d * (1 - d)
        let t3 = d * d * d * (1 - d) * (1 - d) * (1 - d)
        let t4 = d * d * d * d * (1 - d) * (1 - d)
        let t5 = d * d * d * d * d * (1 - d)
        func choose2(_ x: Double) -> Double { x * (x - 1) / 2 }
        let k = sizes.count
        var sumSq = 0.0, sumPairs = 0.0, sumTriples = 0.0
        var p1 = 0.0, p3 = 0.0, p4 = 0.0   // power sums of the group sizes (p2 = sumSq)
        for x in sizes {
            sumSq += x * x; sumPairs += x * (x - 1); sumTriples += x * (x - 1) * (x - 2)
            p1 += x; p3 += x * x * x; p4 += x * x * x * x
        }
        let p2 = sumSq
        // Per-group moments.
        var eGroup = [[Double]](), vGroup = [[Double]]()
        for g in 0 ..< k {
            let m = sizes[g]
            let others = N - m
            let otherPairs = sumPairs - m * (m - 1)
            let otherTriples = sumTriples - m * (m - 1) * (m - 2)
            let otherSq = sumSq - m * m
            // Σ_{h≠g} n_h·C(N − n_h − m, 2) by power sums over the other groups (O(1) per group).
            let c = N - m
            let o1 = p1 - m, o2 = p2 - m * m, o3 = p3 - m * m * m
            let liaisonV = ((c * c - c) * o1 - (2 * c - 1) * o2 + o3) / 2
            var e = [Double](repeating: 0, count: 6), v = e
            e[0] = s * (m - 1) * (m - 2)
            v[0] = e[0] * (1 - s) + 2 * (m - 1) * (m - 2) * (m - 3) * t3
            e[1] = s * otherPairs
            v[1] = e[1] * (1 - s) + 2 * otherTriples * t3
            e[2] = s * others * (m - 1)
            v[2] = e[2] * (1 - s) + 2 * ((m - 1) * choose2(others) + others * choose2(m - 1)) * t3
            e[3] = e[2]
            v[3] = v[2]
            e[4] = s * (others * others - otherSq)
            v[4] = e[4] * (1 - s) + 4 * liaisonV * t3
            e[5] = s * (N - 1) * (N - 2)
            v[5] = e[5] * (1 - s) + 2 * (N - 1) * (N - 2) * (N - 3) * t3
            eGroup.append(e)
            vGroup.append(v)
        }
        var rawScores: [BrokerageScores] = [], expScores: [BrokerageScores] = []
        var sdScores: [BrokerageScores] = [], zScores: [BrokerageScores] = []
        var globalRaw = [Double](repeating: 0, count: 6)
        for v in 0 ..< n {
            var r = raw[v]
            r.append(r.reduce(0, +))
            for c in 0 ..< 6 { globalRaw[c] += r[c] }
            let e = eGroup[groupOf[v]]
            let sd = vGroup[groupOf[v]].map { $0.squareRoot() }
            rawScores.append(BrokerageScores(r))
            expScores.append(BrokerageScores(e))
            sdScores.append(BrokerageScores(sd))
            zScores.append(BrokerageScores((0 ..< 6).map { (r[$0] - e[$0]) / sd[$0] }))
        }
        // Graph-level moments (sna).
        var ge = [Double](repeating: 0, count: 6), gv = ge
        // sna's double and triple sums over groups, reduced to power sums (O(k) instead of O(k³)).
        var a0 = 0.0, a1 = 0.0, a2 = 0.0
        for x in sizes {
            a0 += x * (x - 1) * (x - 2) * ((4 * x - 10) * t3 - 4 * (x - 3) * t4 + (x - 3) * t5)
            a2 += x * (N - x) * (x - 1) * ((N - 3) * t3 + (x - 2) * t5)
            a1 -= x * x * (x - 1) * ((4 * x - 6) * t3 + (N - x - 1) * t5)
            // Σ_y x·y·(x−1)·((2x + 2y − 6)t3 + (N − x − 1)t5)
            a1 += x * (x - 1) * (((2 * x - 6) * t3 + (N - x - 1) * t5) * p1 + 2 * t3 * p2)
        }
        // Σ_{x,y} x·y·(N − x − y) − Σ_x x²(N − 2x)
        let liaisonE = N * p1 * p1 - 2 * p2 * p1 - (N * p2 - 2 * p3)
        // Σ over ordered distinct triples (i,j,k) of n_i n_j n_k (A + α_i n_i + α_j n_j + α_k n_k):
        // S0 = Σ n_i n_j n_k, S1 = Σ n_i² n_j n_k (the same for each position).
        let s0 = p1 * p1 * p1 - 3 * p1 * p2 + 2 * p3
        let s1 = p2 * p1 * p1 - 2 * p1 * p3 - p2 * p2 + 2 * p4
        let aConst = (4 * N - 2) * t3 - (4 * N - 2) * t4 + (N - 1) * t5
        let alphas = (-2 * t3 + 2 * t4 - t5) + (-4 * t3 + 2 * t4) + (-2 * t3 + 4 * t4 - t5)
        let a4 = aConst * s0 + alphas * s1
        var repSum = 0.0
        for x in sizes { repSum += x * (N - x) * (x - 1) }
        ge[0] = s * sumTriples
        gv[0] = ge[0] * (1 - s) + a0
        ge[1] = s * repSum
        gv[1] = ge[1] * (1 - s) + a1
        ge[2] = s * repSum
        gv[2] = ge[2] * (1 - s) + a2
        ge[3] = ge[2]
        gv[3] = gv[2]
        ge[4] = s * liaisonE
        gv[4] = ge[4] * (1 - s)
        gv[4] += a4
        ge[5] = s * N * (N - 1) * (N - 2)
        gv[5] = ge[5] * (1 - s) + N * (N - 1) * (N - 2) * ((4 * N - 10) * t3 - 4 * (N - 3) * t4 + (N - 3) * t5)
        let gsd = gv.map { $0.squareRoot() }
        return Brokerage(raw: rawScores, expected: expScores, standardDeviation: sdScores, z: zScores,
                         globalRaw: BrokerageScores(globalRaw), globalExpected: BrokerageScores(ge),
                         globalStandardDeviation: BrokerageScores(gsd),
                         globalZ: BrokerageScores((0 ..< 6).map { (globalRaw[$0] - ge[$0]) / gsd[$0] }),
                         density: d)
    }
}
