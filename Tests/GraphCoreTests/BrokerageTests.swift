import Testing
@testable import GraphCore

private func pow3(_ x: Double) -> Double { x * x * x }

/// Gould & Fernandez brokerage, sna conventions. NetworkX has no brokerage: hand-computed cases
/// with every two-path written out, plus properties on random digraphs.
@Suite struct BrokerageTests {
    // Groups: A = {0, 1, 2}, B = {3, 4}, C = {5}.
    // Arcs: 0→1, 1→2, 1→3, 3→4, 4→2, 5→4, 3→0.
    //   successors   0:{1} 1:{2,3} 2:{} 3:{4,0} 4:{2} 5:{4}
    //   predecessors 0:{3} 1:{0} 2:{1,4} 3:{1} 4:{3,5} 5:{}
    // Every two-path i→j→k with i ≠ k, and whether i→k closes it:
    //   j=0: 3→0→1  no arc 3→1: open. i=B, j=A, k=A → j,k share a group, i outside: gatekeeper(0)
    //   j=1: 0→1→2  no arc 0→2: open. A,A,A → coordinator(1)
    //        0→1→3  no arc 0→3: open. i,j in A, k in B → representative(1)
    //   j=2: no successors, no two-path.
    //   j=3: 1→3→4  no arc 1→4: open. i=A, j,k in B → gatekeeper(3)
    //        1→3→0  no arc 1→0 (the arc 0→1 points the other way and does not close it):
    //               i,k in A, j in B → itinerant(3)
    //   j=4: 3→4→2  no arc 3→2: open. i,j in B, k in A → representative(4)
    //        5→4→2  no arc 5→2: open. C, B, A all different → liaison(4)
    //   j=5: no predecessors.
    static let arcs: [(Int32, Int32)] = [(0, 1), (1, 2), (1, 3), (3, 4), (4, 2), (5, 4), (3, 0)]
    static let groups = [0, 0, 0, 1, 1, 2]

    @Test func handComputedRoles() throws {
        let g = try Graph(nodeCount: 6, directed: true, edges: Self.arcs)
        let b = try g.brokerage(groups: Self.groups)
        let raw = b.raw.map { $0.values }
        //            coord itin  rep  gate liaison total
        #expect(raw[0] == [0, 0, 0, 1, 0, 1])
        #expect(raw[1] == [1, 0, 1, 0, 0, 2])
        #expect(raw[2] == [0, 0, 0, 0, 0, 0])
        #expect(raw[3] == [0, 1, 0, 1, 0, 2])
        #expect(raw[4] == [0, 0, 1, 0, 1, 2])
        #expect(raw[5] == [0, 0, 0, 0, 0, 0])
        #expect(b.globalRaw.values == [1, 1, 2, 2, 1, 7])

        // Null model: N = 6, 7 arcs, d = 7/30, s = d²(1−d), t = d³(1−d)³.
        let d = 7.0 / 30, s = d * d * (1 - d), t = d * d * d * (1 - d) * (1 - d) * (1 - d)
        #expect(close(b.density, d))
        // Node 1 is in A (n = 3); other groups have sizes 2 and 1.
        //   E[coordinator]    = s(n−1)(n−2)           = 2s
        //   E[itinerant]      = s·Σ_o n_o(n_o−1)       = s(2·1 + 1·0) = 2s
        //   E[representative] = E[gatekeeper] = s(N−n)(n−1) = 6s
        //   E[liaison]        = s((Σ_o n_o)² − Σ_o n_o²) = s(9 − 5) = 4s
        //   E[total]          = s(N−1)(N−2)           = 20s   (= 2 + 2 + 6 + 6 + 4)
        #expect(close(b.expected[1].values, [2 * s, 2 * s, 6 * s, 6 * s, 4 * s, 20 * s]))
        // Var[coordinator] = E(1−s) + 2(n−1)(n−2)(n−3)t = 2s(1−s) (n = 3 kills the t term).
        #expect(close(b.standardDeviation[1].coordinator, (2 * s * (1 - s)).squareRoot()))
        #expect(close(b.z[1].coordinator, (1 - 2 * s) / (2 * s * (1 - s)).squareRoot()))
        // Var[representative] = E(1−s) + 2((n−1)·C(N−n,2) + (N−n)·C(n−1,2))t = 6s(1−s) + 2(2·3 + 3·1)t.
        #expect(close(b.standardDeviation[1].representative, (6 * s * (1 - s) + 18 * t).squareRoot()))
        // Node 5 is alone in C (n = 1): no coordinator two-path is possible, E = 0 and sd = 0,
        // so z = (0 − 0)/0 = NaN, as R gives.
        #expect(b.expected[5].coordinator == 0)
        #expect(b.z[5].coordinator.isNaN)
        // Global coordinator expectation: s·Σ n(n−1)(n−2) = s·6.
        #expect(close(b.globalExpected.coordinator, 6 * s))

        // Closing a two-path: with the arc 5→2, 5→4→2 is closed and node 4 loses its liaison role.
        let closed = try Graph(nodeCount: 6, directed: true, edges: Self.arcs + [(5, 2)])
        #expect(try closed.brokerage(groups: Self.groups).raw[4].values == [0, 0, 1, 0, 0, 1])
        // The reverse arc 2→5 does not close it.
        let reverse = try Graph(nodeCount: 6, directed: true, edges: Self.arcs + [(2, 5)])
        #expect(try reverse.brokerage(groups: Self.groups).raw[4].liaison == 1)
        #expect(throws: GraphError.self) { try g.brokerage(groups: [0, 1]) }
    }

    /// Per node, the five roles add up to the open two-paths through it (brute force), and
    /// the expectations of the five roles add up to the expected total.
    @Test func rolesPartitionOpenTwoPaths() throws {
        for seed in 0 ..< 12 as Range<UInt64> {
            let g = RandomGraphs.gnp(n: 25, p: 0.12, directed: true, selfLoops: true, parallel: true, seed: 300 + seed)
            var rng = SplitMix64(seed: seed)
            let groups = (0 ..< g.nodeCount).map { _ in Int.random(in: 0 ..< 4, using: &rng) }
            let b = try g.brokerage(groups: groups)
            for j in g.nodes {
                var open = 0.0
                for i in Set(g.predecessors(of: j)) where i != j {
                    for k in Set(g.successors(of: j)) where k != j && k != i && !g.hasEdge(from: i, to: k) {
                        open += 1
                    }
                }
                let r = b.raw[Int(j)]
                #expect(r.total == open, "seed \(seed) node \(j)")
                #expect(r.coordinator + r.itinerant + r.representative + r.gatekeeper + r.liaison == r.total)
                let e = b.expected[Int(j)]
                #expect(close(e.coordinator + e.itinerant + e.representative + e.gatekeeper + e.liaison, e.total))
            }
            // One group: everything is coordination. Each node its own group: everything is liaison.
            let one = try g.brokerage(groups: Array(repeating: 7, count: g.nodeCount))
            #expect(one.raw.allSatisfy { $0.coordinator == $0.total })
            let own = try g.brokerage(groups: Array(0 ..< g.nodeCount))
            #expect(own.raw.allSatisfy { $0.liaison == $0.total })
            #expect(zip(own.raw, b.raw).allSatisfy { $0.total == $1.total })
        }
    }

    /// The O(k) moments equal sna's formulas written as its literal loops over groups.
    @Test func momentsMatchSnaLoops() throws {
        for seed in 0 ..< 6 as Range<UInt64> {
            let g = RandomGraphs.gnp(n: 40, p: 0.1, directed: true, seed: 40 + seed)
            var rng = SplitMix64(seed: seed)
            let k = 2 + Int(seed) * 2
            let groups = (0 ..< g.nodeCount).map { _ in Int.random(in: 0 ..< k, using: &rng) }
            let b = try g.brokerage(groups: groups)
            var sizesByLabel: [Int: Double] = [:]
            for x in groups { sizesByLabel[x, default: 0] += 1 }
            let n = Array(sizesByLabel.values)
            let N = Double(g.nodeCount), d = b.density
            let s = d * d * (1 - d)
            let t3 = pow3(d) * pow3(1 - d), t4 = pow3(d) * d * (1 - d) * (1 - d), t5 = pow3(d) * d * d * (1 - d)
            func c2(_ x: Double) -> Double { x * (x - 1) / 2 }
            // Graph level, as sna's R code spells it.
            var e4 = 0.0, v1 = 0.0, v4 = 0.0
            for x in n { for y in n { e4 += x * y * (N - x - y); v1 += x * y * (x - 1) * ((2 * x + 2 * y - 6) * t3 + (N - x - 1) * t5) } }
            for x in n { e4 -= x * x * (N - 2 * x); v1 -= x * x * (x - 1) * ((4 * x - 6) * t3 + (N - x - 1) * t5) }
            for i in n.indices { for j in n.indices where j != i { for l in n.indices where l != i && l != j {
                v4 += n[i] * n[j] * n[l] * ((4 * (N - n[j]) - 2 * (n[i] + n[l] + 1)) * t3
                    - (4 * (N - n[l]) - 2 * (n[i] + n[j] + 1)) * t4 + (N - (n[i] + n[l] + 1)) * t5)
            } } }
            e4 *= s
            let itinerantE = s * n.reduce(0) { $0 + $1 * (N - $1) * ($1 - 1) }
            #expect(close(b.globalExpected.liaison, e4))
            #expect(close(b.globalStandardDeviation.itinerant, (itinerantE * (1 - s) + v1).squareRoot()))
            #expect(close(b.globalStandardDeviation.liaison, (e4 * (1 - s) + v4).squareRoot()))
            // Node level liaison variance for every node's group.
            for v in 0 ..< g.nodeCount {
                let m = sizesByLabel[groups[v]]!
                var others = 0.0
                for (label, x) in sizesByLabel where label != groups[v] { others += x * c2(N - x - m)}
                let e = b.expected[v].liaison
                #expect(close(b.standardDeviation[v].liaison, (e * (1 - s) + 4 * others * t3).squareRoot()))
            }
        }
    }

    /// An undirected graph is read as the symmetric digraph.
    @Test func undirectedIsSymmetricDigraph() throws {
        let u = RandomGraphs.gnp(n: 20, p: 0.2, seed: 77)
        var arcs: [(Int32, Int32)] = []
        for e in u.edges { arcs.append((e.source, e.target)); arcs.append((e.target, e.source)) }
        let d = try Graph(nodeCount: 20, directed: true, edges: arcs)
        let groups = (0 ..< 20).map { $0 % 3 }
        let a = try u.brokerage(groups: groups), b = try d.brokerage(groups: groups)
        #expect(a.raw == b.raw)
        #expect(a.density == b.density)
    }
}
