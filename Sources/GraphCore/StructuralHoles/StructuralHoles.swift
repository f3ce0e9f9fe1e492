#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Burt's structural-hole measures of every node, computed together (they share the proportional
/// tie strengths). See ``Graph/structuralHoles(weighted:)``.
public struct StructuralHoles: Sendable, Equatable {
    /// Burt's constraint `c(i) = Σ_j ℓ(i, j)` (NetworkX `constraint`); `NaN` for isolated nodes.
    public var constraint: [Double]
    /// Burt's effective size (NetworkX `effective_size`); `NaN` for isolated nodes.
    public var effectiveSize: [Double]
    /// Effective size divided by the number of distinct contacts `N(i)`; `NaN` for isolated nodes.
    public var efficiency: [Double]
    /// Burt's hierarchy (Coleman–Theil concentration of constraint over contacts); `NaN` for isolated
    /// nodes, `0` for a node with one contact.
    public var hierarchy: [Double]
}

extension Graph {
    /// Burt's structural-hole measures: constraint, effective size, efficiency and hierarchy.
    ///
    /// Definitions (Burt 1992, *Structural Holes*; NetworkX `structuralholes.py`, matrix form):
    /// - mutual weight `a_ij = w(i→j) + w(j→i)` (undirected: `2·w_ij`); weighted: parallel edges
    ///   summed; unweighted: each distinct arc weighs 1 whatever its multiplicity; contacts `N(i)` =
    ///   nodes joined to `i` either way, `j ≠ i` (weights must be positive);
    /// - proportional strength `p_ij = a_ij / Σ_k a_ik`, marginal strength `m_jk = a_jk / max_l a_jl`;
    /// - local constraint `ℓ(i, j) = (p_ij + Σ_q p_iq·p_qj)²`, constraint `c(i) = Σ_{j∈N(i)} ℓ(i, j)`;
    /// - effective size `e(i) = Σ_{j∈N(i)} (1 − Σ_q p_iq·m_jq)`, as NetworkX documents it and
    ///   computes it per node (`effective_size(G, nodes=...)`). Note: NetworkX 3.6's vectorised path
    ///   (`nodes=None` with SciPy installed) divides `a_jq` by `q`'s largest mutual weight instead of
    ///   `j`'s, so its weighted and directed values differ from the formula; unweighted undirected
    ///   values agree. It also gives `NaN` to directed sinks; here every node with a contact has a
    ///   value. Constraint agrees with both NetworkX paths; efficiency `e(i) / |N(i)|` (Burt's
    ///   definition; NetworkX's docs divide by `G.degree`, which equals `|N(i)|` on simple undirected
    ///   graphs only);
    /// - hierarchy `H(i) = Σ_{j∈N(i)} r_j ln r_j / (N ln N)` with `r_j = ℓ(i,j) / (c(i)/N)` and
    ///   `N = |N(i)|` (Burt 1992, p. 71): 0 when constraint is spread evenly over the contacts, 1 when
    ///   one contact holds it all; defined as 0 when `N = 1`.
    ///
    /// **Self-loops are ignored.** (NetworkX's matrix form lets a self-loop weight enter `p_ii`, and its
    /// per-node form treats it differently again; the fixtures compare on the graph without loops.)
    /// Directed graphs use mutual weights, so direction only changes the weights, as in NetworkX.
    ///
    /// - Parameter weighted: use edge weights.
    /// - Complexity: O(Σ_i Σ_{j∈N(i)} |N(j)|) time (two-step paths), O(n + m) memory.
    public func structuralHoles(weighted: Bool = false) -> StructuralHoles {
        let n = nodeCount
        let a = SimpleAdjacency(self, weighted: weighted && isWeighted).mutualRows()
        // p (row-normalised) and m (row-max-normalised), parallel to the mutual rows.
        var p = a.weight, mm = a.weight
        for v in 0 ..< n {
            let r = a.range(v)
            var sum = 0.0, mx = -Double.infinity
            for q in r { sum += a.weight[q]; mx = Swift.max(mx, a.weight[q]) }
            for q in r { p[q] = a.weight[q] / sum; mm[q] = a.weight[q] / mx }
        }
        var res = StructuralHoles(constraint: .init(repeating: .nan, count: n),
                                  effectiveSize: .init(repeating: .nan, count: n),
                                  efficiency: .init(repeating: .nan, count: n),
                                  hierarchy: .init(repeating: .nan, count: n))
        var pi = [Double](repeating: 0, count: n)      // p_iq for the current ego, 0 elsewhere
        var indirect = [Double](repeating: 0, count: n) // Σ_q p_iq p_qj for j ∈ N(i)
        var local: [Double] = []
        for i in 0 ..< n {
            let r = a.range(i)
            if r.isEmpty { continue }
            for q in r { pi[Int(a.neighbor[q])] = p[q] }
            // Indirect investment: for each contact q, spread p_iq·p_qj to q's contacts j.
            for q in r {
                let qq = Int(a.neighbor[q])
                let piq = p[q]
                for s in a.range(qq) {
                    let j = Int(a.neighbor[s])
                    if pi[j] != 0 { indirect[j] += piq * p[s] }
                }
            }
            var c = 0.0, size = 0.0
            local.removeAll(keepingCapacity: true)
            for q in r {
                let j = Int(a.neighbor[q])
                let l = (p[q] + indirect[j]) * (p[q] + indirect[j])
                local.append(l)
                c += l
                // Redundancy of j: Σ_q p_iq m_jq over j's contacts that are contacts of i.
                var red = 0.0
                for s in a.range(j) {
                    let k = Int(a.neighbor[s])
                    red += pi[k] * mm[s]
                }
                size += 1 - red
            }
            let count = Double(r.count)
            res.constraint[i] = c
            res.effectiveSize[i] = size
            res.efficiency[i] = size / count
            if r.count == 1 {
                res.hierarchy[i] = 0
            } else {
                var h = 0.0
                for l in local {
                    let ratio = l / (c / count)
                    if ratio > 0 { h += ratio * log(ratio) }
                }
                res.hierarchy[i] = h / (count * log(count))
            }
            for q in r { let j = Int(a.neighbor[q]); pi[j] = 0; indirect[j] = 0 }
        }
        return res
    }

    /// Burt's constraint of every node (NetworkX `constraint`). See ``structuralHoles(weighted:)``
    /// for the definition and conventions; `NaN` for isolated nodes.
    /// - Complexity: O(Σ_i Σ_{j∈N(i)} |N(j)|).
    public func constraint(weighted: Bool = false) -> [Double] {
        structuralHoles(weighted: weighted).constraint
    }

    /// Burt's effective size of every node (NetworkX `effective_size`). See
    /// ``structuralHoles(weighted:)``; `NaN` for isolated nodes.
    /// - Complexity: O(Σ_i Σ_{j∈N(i)} |N(j)|).
    public func effectiveSize(weighted: Bool = false) -> [Double] {
        structuralHoles(weighted: weighted).effectiveSize
    }

    /// Burt's local constraint `ℓ(u, v) = (p_uv + Σ_q p_uq·p_qv)²` (NetworkX `local_constraint`),
    /// self-loops ignored, parallel edges summed. `0` when `v` is not a contact of `u` and shares none.
    /// - Throws: ``GraphError/nodeOutOfRange(_:nodeCount:)``.
    /// - Complexity: O(n + m) (it builds the mutual-weight rows).
    public func localConstraint(_ u: Int32, _ v: Int32, weighted: Bool = false) throws(GraphError) -> Double {
        try checkNode(u)
        try checkNode(v)
        let a = SimpleAdjacency(self, weighted: weighted && isWeighted).mutualRows()
        func strength(_ x: Int, _ y: Int32) -> Double {
            let r = a.range(x)
            var sum = 0.0, hit = 0.0
            for q in r { sum += a.weight[q]; if a.neighbor[q] == y { hit = a.weight[q] } }
            return sum == 0 ? 0 : hit / sum
        }
        var total = strength(Int(u), v)
        for q in a.range(Int(u)) where a.neighbor[q] != v {
            total += strength(Int(u), a.neighbor[q]) * strength(Int(a.neighbor[q]), v)
        }
        return total * total
    }
}
