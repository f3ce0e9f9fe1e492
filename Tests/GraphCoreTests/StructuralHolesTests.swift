import Testing
@testable import GraphCore

#if canImport(Glibc)
import Glibc
#endif

@Suite struct StructuralHolesTests {
    @Test(arguments: StructureFixture.all)
    func matchesNetworkX(_ f: StructureFixture) throws {
        for (suffix, weighted) in f.variants {
            let h = f.graph.structuralHoles(weighted: weighted)
            #expect(closeOrNaN(h.constraint, f.results["constraint" + suffix]!.doubles), "\(f.name)\(suffix) constraint")
            #expect(closeOrNaN(h.effectiveSize, f.results["effective_size" + suffix]!.doubles), "\(f.name)\(suffix) effective size")
            #expect(closeOrNaN(h.efficiency, f.results["efficiency" + suffix]!.doubles), "\(f.name)\(suffix) efficiency")
            #expect(closeOrNaN(h.hierarchy, f.results["hierarchy" + suffix]!.doubles), "\(f.name)\(suffix) hierarchy")
            #expect(h.constraint == f.graph.constraint(weighted: weighted) || f.graph.nodeCount == 0 || h.constraint.contains { $0.isNaN })
            for triple in f.results["local_constraint" + suffix]!.array {
                let a = triple.array
                #expect(close(try f.graph.localConstraint(a[0].int32, a[1].int32, weighted: weighted), a[2].double!),
                        "\(f.name)\(suffix) local constraint")
            }
        }
    }

    /// Hand-computed: the "kite" ego 0 with contacts 1, 2, 3 where only 1–2 are tied.
    ///
    ///     1 — 0 — 3        p_0j = 1/3 for each contact (3 equal ties)
    ///      \ /             p_1: contacts 0, 2 → 1/2 each; p_2 likewise; p_3: only 0 → 1
    ///       2
    ///
    /// ℓ(0,1) = (1/3 + p_02·p_21)² = (1/3 + 1/3·1/2)² = (1/2)² = 1/4; ℓ(0,2) = 1/4 likewise;
    /// ℓ(0,3) = (1/3)² = 1/9 (3 shares no contact with 0's other contacts).
    /// c(0) = 1/4 + 1/4 + 1/9 = 11/18.
    /// Effective size (Borgatti): n − 2t/n = 3 − 2·1/3 = 7/3; efficiency 7/9.
    /// Hierarchy: C/N = 11/54; r = (1/4)/(11/54) = 27/22 for 1 and 2, (1/9)/(11/54) = 6/11 for 3;
    /// H = [2·(27/22)·ln(27/22) + (6/11)·ln(6/11)] / (3·ln 3).
    @Test func handComputedKite() throws {
        let g = try Graph(nodeCount: 4, edges: [(0, 1), (0, 2), (0, 3), (1, 2)])
        let h = g.structuralHoles()
        #expect(close(h.constraint[0], 11.0 / 18))
        #expect(close(h.effectiveSize[0], 7.0 / 3))
        #expect(close(h.efficiency[0], 7.0 / 9))
        let r1 = 27.0 / 22, r3 = 6.0 / 11
        let want = (2 * r1 * log(r1) + r3 * log(r3)) / (3 * log(3.0))
        #expect(close(h.hierarchy[0], want))
        // Node 3 has one contact: constraint 1, effective size 1, hierarchy 0 by convention.
        #expect(close(h.constraint[3], 1))
        #expect(close(h.effectiveSize[3], 1))
        #expect(h.hierarchy[3] == 0)
        // Evenly spread constraint (a star's centre) gives hierarchy 0; an isolated node NaN.
        let star = try Graph(nodeCount: 5, edges: [(0, 1), (0, 2), (0, 3)])
        let s = star.structuralHoles()
        #expect(abs(s.hierarchy[0]) < 1e-15)
        #expect(close(s.constraint[0], 1.0 / 3))
        #expect(s.constraint[4].isNaN && s.effectiveSize[4].isNaN && s.hierarchy[4].isNaN)
    }

    /// Direction only changes mutual weights: a digraph with both arcs on every edge equals the
    /// undirected graph; self-loops are ignored.
    @Test func symmetricDigraphEqualsUndirected() throws {
        for seed in 0 ..< 8 as Range<UInt64> {
            let g = RandomGraphs.gnp(n: 30, p: 0.15, weighted: true, selfLoops: true, seed: 900 + seed)
            var b = GraphBuilder(nodeCount: g.nodeCount, directed: true, weighted: true)
            for e in g.edges where e.source != e.target {
                try b.addEdge(e.source, e.target, weight: e.weight)
                try b.addEdge(e.target, e.source, weight: e.weight)
            }
            let d = try b.build()
            for weighted in [false, true] {
                let a = g.structuralHoles(weighted: weighted), c = d.structuralHoles(weighted: weighted)
                #expect(zip(a.constraint, c.constraint).allSatisfy { close($0, $1) || ($0.isNaN && $1.isNaN) })
                #expect(zip(a.effectiveSize, c.effectiveSize).allSatisfy { close($0, $1) || ($0.isNaN && $1.isNaN) })
            }
        }
    }
}
