import AgencyGraphTestSupport
import Testing
@testable import GraphCore

/// Key players (F) evaluated from one `separations` pass per step against the removal-based
/// search (remove each candidate, recount components): same values bit for bit, same choices.
@Suite struct KeyPlayerScalingTests {
    /// Every candidate's value from one pass equals removing it and recounting, on random graphs
    /// (several components, parallel edges, self-loops, directed ones) with random nodes already gone.
    @Test func valuesMatchRemovalOnRandomGraphs() throws {
        for seed in 0 ..< 60 as Range<UInt64> {
            let n = 3 + Int(seed % 25)
            let g = RandomGraphs.gnp(n: n, p: [0.05, 0.1, 0.2][Int(seed % 3)], directed: seed % 5 == 4,
                                     selfLoops: true, parallel: true, seed: 900 + seed)
            var rng = SplitMix64(seed: seed)
            var keep = [Bool](repeating: true, count: n)
            for v in 0 ..< n where rng.next() % 5 == 0 { keep[v] = false }
            let values = g.fragmentationAfterRemoving(keeping: keep, measure: .fragmentation)
            for v in 0 ..< n where keep[v] {
                var without = keep
                without[v] = false
                let expected = g.fragmentation(keeping: without, measure: .fragmentation)
                #expect(values[v] == expected, "seed \(seed) node \(v): \(values[v]) vs \(expected)")
            }
        }
    }

    /// The whole search (greedy start and swaps) chooses the same set with the same value and the
    /// same number of swaps as the removal-based search, on random graphs and on graphs full of
    /// ties (paths, stars, cycles, disjoint copies).
    @Test func searchMatchesRemovalBasedSearch() throws {
        var graphs: [Graph] = []
        for seed in 0 ..< 40 as Range<UInt64> {
            graphs.append(RandomGraphs.gnp(n: 5 + Int(seed % 30), p: [0.04, 0.08, 0.15][Int(seed % 3)],
                                           directed: seed % 7 == 6, selfLoops: seed % 2 == 0, parallel: true,
                                           seed: 1_300 + seed))
        }
        graphs.append(RandomGraphs.path(12))
        graphs.append(try Graph(nodeCount: 9, edges: (1 ..< 9).map { (0, Int32($0)) }))                   // star
        graphs.append(try Graph(nodeCount: 10, edges: (0 ..< 10).map { (Int32($0), Int32(($0 + 1) % 10)) })) // cycle
        graphs.append(try Graph(nodeCount: 12, edges: [(0, 1), (1, 2), (2, 3), (4, 5), (5, 6), (6, 7), (8, 9), (9, 10), (10, 11)]))
        graphs.append(try Graph(nodeCount: 4, edges: []))
        for (i, g) in graphs.enumerated() {
            for k in [0, 1, 2, 3, 5] where k <= g.nodeCount {
                let fast = try g.keyPlayers(k: k)
                let reference = g.keyPlayersByRemoval(k: k)
                #expect(fast == reference, "graph \(i) k \(k): \(fast) vs \(reference)")
            }
        }
    }

    /// The distance-weighted measure keeps its own per-candidate evaluation; still the same answer.
    @Test func distanceWeightedUnchanged() throws {
        for seed in 0 ..< 6 as Range<UInt64> {
            let g = RandomGraphs.gnp(n: 10 + Int(seed), p: 0.2, seed: 1_500 + seed)
            #expect(try g.keyPlayers(k: 2, measure: .distanceWeighted) == g.keyPlayersByRemoval(k: 2, measure: .distanceWeighted))
        }
    }

    /// The adaptive betweenness order with its all-zero shortcut equals recomputing after every
    /// removal, and `betweennessEvery(step: 1)` is the adaptive attack.
    @Test func adaptiveBetweennessShortcutMatchesRecomputing() throws {
        for seed in 0 ..< 20 as Range<UInt64> {
            let g = RandomGraphs.gnp(n: 6 + Int(seed % 18), p: [0.1, 0.25, 0.5][Int(seed % 3)],
                                     directed: seed % 4 == 3, parallel: true, seed: 1_700 + seed)
            let reference = try g.adaptiveBetweennessOrderByRecomputing(count: g.nodeCount)
            #expect(try g.adaptiveBetweennessOrder(count: g.nodeCount) == reference, "seed \(seed)")
            #expect(try g.robustnessCurve(strategy: .betweennessEvery(step: 1)).removed == reference)
            #expect(try g.robustnessCurve(strategy: .betweenness(adaptive: true)).removed == reference)
        }
    }

    /// With a step s, each batch of s removals is the top s of the betweenness of the graph left
    /// before the batch (ties to the lowest id), and the order is a permutation.
    @Test func betweennessEveryStepTakesBatches() throws {
        for seed in 0 ..< 10 as Range<UInt64> {
            let g = RandomGraphs.gnp(n: 20 + Int(seed), p: 0.15, seed: 1_900 + seed)
            let step = 2 + Int(seed % 4)
            let order = try g.robustnessCurve(strategy: .betweennessEvery(step: step)).removed
            #expect(Set(order).count == g.nodeCount && order.count == g.nodeCount)
            var alive = [Bool](repeating: true, count: g.nodeCount)
            var q = 0
            while q < order.count {
                let (sub, original) = g.inducedSubgraph(keeping: alive)
                let b = try sub.betweennessCentrality(normalized: false)
                if b.allSatisfy({ $0 == 0 }) {
                    #expect(Array(order[q...]) == original, "seed \(seed): the rest by id once all are 0")
                    break
                }
                let ranked = (0 ..< b.count).sorted { b[$0] != b[$1] ? b[$0] > b[$1] : $0 < $1 }.map { original[$0] }
                let batch = Array(order[q ..< min(q + step, order.count)])
                #expect(batch == Array(ranked.prefix(batch.count)), "seed \(seed) at \(q)")
                for v in batch { alive[Int(v)] = false }
                q += step
            }
        }
    }
}
