#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension Graph {
    /// The local clustering coefficient of every node, as NetworkX's `clustering`.
    ///
    /// Conventions (NetworkX 3.6):
    /// - **Undirected, unweighted:** `c(v) = 2·T(v) / (d(d−1))`, `T(v)` the triangles through `v`,
    ///   `d` the number of distinct neighbours other than `v`.
    /// - **Undirected, weighted:** Onnela et al. (2005): the triangle count becomes the sum over
    ///   triangles of the geometric mean `(ŵ_uv·ŵ_vw·ŵ_wu)^{1/3}`, weights normalised by the largest
    ///   edge weight in the graph (self-loops included in that maximum).
    /// - **Directed:** Fagiolo (2007): `c(v) = T(v) / (2·(d_tot(d_tot−1) − 2·d_↔))` counting every
    ///   directed triangle through `v`, `d_tot` = distinct predecessors + distinct successors,
    ///   `d_↔` = nodes that are both; weighted as above with geometric means.
    /// - Self-loops are ignored; parallel edges count once, with **summed** weights (NetworkX does
    ///   not accept multigraphs here; this is the simple graph its `nx.Graph(G)`-with-summed-weights
    ///   conversion gives). Nodes with fewer than two neighbours have coefficient `0`.
    ///
    /// - Parameter weighted: use edge weights (Onnela / Fagiolo weighted forms).
    /// - Complexity: undirected O(m·√m) by degree-ordered triangle enumeration (unweighted: on all
    ///   cores, by a parallel triangle count); directed O(Σ_v Σ_{u∈N(v)} deg u) with mark
    ///   arrays. O(n + m) memory.
    public func clustering(weighted: Bool = false) -> [Double] {
        let useWeights = weighted && isWeighted
        if !isDirected && !useWeights {
            let h = simplified()
            func coefficients<T: FixedWidthInteger & UnsignedInteger>(_ t: [T]) -> [Double] {
                var c = [Double](repeating: 0, count: nodeCount)
                for v in 0 ..< nodeCount where t[v] != 0 {
                    let d = Double(h.outOffset[v + 1] - h.outOffset[v])
                    c[v] = 2 * Double(t[v]) / (d * (d - 1))
                }
                return c
            }
            return h.fitsTriangleCounts32 ? coefficients(h.simpleTriangleCounts(as: UInt32.self))
                : coefficients(h.simpleTriangleCounts(as: UInt.self))
        }
        let adj = SimpleAdjacency(self, weighted: useWeights)
        let maxWeight = useWeights ? maxPairWeight(adj) : 1
        if isDirected { return directedClustering(adj, weighted: useWeights, maxWeight: maxWeight) }
        let t = undirectedTriangleSums(adj, weighted: useWeights, maxWeight: maxWeight)
        var c = [Double](repeating: 0, count: nodeCount)
        for v in 0 ..< nodeCount {
            let d = Double(adj.out.count(v))
            if t[v] != 0 { c[v] = 2 * t[v] / (d * (d - 1)) }
        }
        return c
    }

    /// The mean of ``clustering(weighted:)`` over all nodes (NetworkX `average_clustering`).
    ///
    /// - Parameter weighted: use edge weights, as in ``clustering(weighted:)``.
    /// - Parameter countZeros: when `false`, nodes with coefficient 0 are left out of the mean.
    /// - Throws: ``GraphError/emptyGraph(_:)`` when no node is averaged (NetworkX divides by zero).
    /// - Complexity: as ``clustering(weighted:)``.
    public func averageClustering(weighted: Bool = false, countZeros: Bool = true) throws(GraphError) -> Double {
        var c = clustering(weighted: weighted)
        if !countZeros { c = c.filter { abs($0) > 0 } }
        guard !c.isEmpty else { throw GraphError.emptyGraph("average clustering of no nodes is undefined") }
        return c.reduce(0, +) / Double(c.count)
    }

    /// The number of triangles through each node of an undirected graph (NetworkX `triangles`);
    /// self-loops and parallel edges do not count.
    /// - Throws: ``GraphError/requiresUndirected(_:)`` on a directed graph (as NetworkX).
    /// - Complexity: O(m·√m).
    public func triangleCounts() throws(GraphError) -> [Int] {
        guard !isDirected else { throw GraphError.requiresUndirected("triangle counts") }
        return simplified().simpleTriangleCounts()
    }

    /// The fraction of connected triples that are closed, `3·triangles / triads`
    /// (NetworkX `transitivity`): `Σ_v T(v) / Σ_v d_v(d_v − 1)` with `T(v) = 2·triangles(v)`.
    ///
    /// Conventions: self-loops ignored, parallel edges count once. On a **directed** graph NetworkX
    /// applies the same formula to out-neighbourhoods (`d_v` = distinct successors, `T(v)` = ordered
    /// pairs of successors `(u, w)` with an arc `u → w`); so does this. `0` when there is no triangle.
    /// - Complexity: O(m·√m) undirected, O(Σ_v Σ_{u∈succ(v)} outdeg u) directed.
    public func transitivity() -> Double {
        var triangles = 0.0, triads = 0.0
        if isDirected {
            let adj = SimpleAdjacency(self, weighted: false)
            var mark = [Bool](repeating: false, count: nodeCount)
            for v in 0 ..< nodeCount {
                let r = adj.out.range(v)
                for p in r { mark[Int(adj.out.neighbor[p])] = true }
                for p in r {
                    let u = Int(adj.out.neighbor[p])
                    for q in adj.out.range(u) where mark[Int(adj.out.neighbor[q])] { triangles += 1 }
                }
                for p in r { mark[Int(adj.out.neighbor[p])] = false }
                let d = Double(r.count)
                triads += d * (d - 1)
            }
        } else {
            let h = simplified()
            let t = h.simpleTriangleCounts()
            for v in 0 ..< nodeCount {
                triangles += 2 * Double(t[v])
                let d = Double(h.outOffset[v + 1] - h.outOffset[v])
                triads += d * (d - 1)
            }
        }
        return triangles == 0 ? 0 : triangles / triads
    }

    // MARK: Internals

    /// The largest summed weight of a node pair (or self-loop), as NetworkX's `max_weight`; 1 without edges.
    func maxPairWeight(_ adj: SimpleAdjacency) -> Double {
        var best = -Double.infinity
        for w in adj.out.weight where w > best { best = w }
        for (v, w) in adj.selfLoop.enumerated() where w > best && hasSelfLoop(Int32(v)) { best = w }
        return best == -.infinity ? 1 : best
    }

    private func hasSelfLoop(_ v: Int32) -> Bool { successors(of: v).contains(v) }

    /// Per node: the number (or weighted geometric-mean sum) of triangles through it, each once.
    /// Degree-ordered enumeration: every triangle is found once from its lowest-ranked corner.
    func undirectedTriangleSums(_ adj: SimpleAdjacency, weighted: Bool, maxWeight: Double) -> [Double] {
        let n = nodeCount
        var rank = [Int32](repeating: 0, count: n)
        let order = (0 ..< n).sorted { (adj.out.count($0), $0) < (adj.out.count($1), $1) }
        for (r, v) in order.enumerated() { rank[v] = Int32(r) }
        // Forward rows: neighbours of higher rank.
        var fOffset = [Int](repeating: 0, count: n + 1)
        var fNeighbor: [Int32] = []
        var fWeight: [Double] = []
        fNeighbor.reserveCapacity(adj.out.neighbor.count / 2)
        for v in 0 ..< n {
            for p in adj.out.range(v) where rank[Int(adj.out.neighbor[p])] > rank[v] {
                fNeighbor.append(adj.out.neighbor[p])
                if weighted { fWeight.append(adj.out.weight[p] / maxWeight) }
            }
            fOffset[v + 1] = fNeighbor.count
        }
        var t = [Double](repeating: 0, count: n)
        var markW = [Double](repeating: 0, count: n)
        var marked = [Bool](repeating: false, count: n)
        for u in 0 ..< n {
            let ru = fOffset[u] ..< fOffset[u + 1]
            if ru.count < 2 { continue }
            for p in ru {
                marked[Int(fNeighbor[p])] = true
                if weighted { markW[Int(fNeighbor[p])] = fWeight[p] }
            }
            for p in ru {
                let v = Int(fNeighbor[p])
                for q in fOffset[v] ..< fOffset[v + 1] {
                    let w = Int(fNeighbor[q])
                    guard marked[w] else { continue }
                    let x = weighted ? cbrt(fWeight[p] * fWeight[q] * markW[w]) : 1
                    t[u] += x; t[v] += x; t[w] += x
                }
            }
            for p in ru { marked[Int(fNeighbor[p])] = false }
        }
        return t
    }

    /// Fagiolo's directed clustering with NetworkX's counting of the eight triangle orientations.
    private func directedClustering(_ adj: SimpleAdjacency, weighted: Bool, maxWeight: Double) -> [Double] {
        let n = nodeCount
        let out = adj.out, inr = adj.inRows
        // For the current ego i: wIn[k] = ŵ(k→i) if k is a predecessor, wOut[k] = ŵ(i→k) if successor.
        var isPred = [Bool](repeating: false, count: n), isSucc = isPred
        var wIn = [Double](repeating: 0, count: n), wOut = wIn
        var c = [Double](repeating: 0, count: n)
        for i in 0 ..< n {
            let pr = inr.range(i), sr = out.range(i)
            for p in pr { let k = Int(inr.neighbor[p]); isPred[k] = true; wIn[k] = inr.weight[p] / maxWeight }
            for p in sr { let k = Int(out.neighbor[p]); isSucc[k] = true; wOut[k] = out.weight[p] / maxWeight }
            var t = 0.0
            // j ranges over predecessors (edge weight ŵ(j→i)) then successors (ŵ(i→j)).
            for pass in 0 ..< 2 {
                let rows = pass == 0 ? inr : out
                for p in rows.range(i) {
                    let j = Int(rows.neighbor[p])
                    let a = rows.weight[p] / maxWeight
                    // k among predecessors of j: arc k→j with weight ŵ(k→j).
                    for q in inr.range(j) {
                        let k = Int(inr.neighbor[q])
                        if k == i { continue }
                        if weighted {
                            let b = inr.weight[q] / maxWeight
                            if isPred[k] { t += cbrt(a * wIn[k] * b) }
                            if isSucc[k] { t += cbrt(a * wOut[k] * b) }
                        } else {
                            if isPred[k] { t += 1 }
                            if isSucc[k] { t += 1 }
                        }
                    }
                    // k among successors of j: arc j→k.
                    for q in out.range(j) {
                        let k = Int(out.neighbor[q])
                        if k == i { continue }
                        if weighted {
                            let b = out.weight[q] / maxWeight
                            if isPred[k] { t += cbrt(a * wIn[k] * b) }
                            if isSucc[k] { t += cbrt(a * wOut[k] * b) }
                        } else {
                            if isPred[k] { t += 1 }
                            if isSucc[k] { t += 1 }
                        }
                    }
                }
            }
            var both = 0
            for p in pr where isSucc[Int(inr.neighbor[p])] { both += 1 }
            let dt = Double(pr.count + sr.count)
            if t != 0 { c[i] = t / ((dt * (dt - 1) - 2 * Double(both)) * 2) }
            for p in pr { let k = Int(inr.neighbor[p]); isPred[k] = false; wIn[k] = 0 }
            for p in sr { let k = Int(out.neighbor[p]); isSucc[k] = false; wOut[k] = 0 }
        }
        return c
    }
}
