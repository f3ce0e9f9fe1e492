import Testing
@testable import GraphCore

@Suite struct CommunitiesTests {
    @Test(arguments: StructureFixture.all)
    func modularityMatchesNetworkX(_ f: StructureFixture) throws {
        guard let cases = f.results["modularity"] else {
            #expect(throws: GraphError.self) { try f.graph.modularity(of: Partition(labels: Array(repeating: 0, count: f.graph.nodeCount))) }
            return
        }
        for c in cases.array {
            let lists = c["partition"]!.intLists
            let got = try f.graph.modularity(communities: lists, resolution: c["resolution"]!.double!,
                                             weighted: c["weighted"]!.bool)
            #expect(close(got, c["value"]!.double!), "\(f.name) \(c["resolution"]!.double!) \(c["weighted"]!.bool)")
        }
    }

    @Test func modularityRejectsNonPartitions() throws {
        let g = try Graph(nodeCount: 3, edges: [(0, 1), (1, 2)])
        #expect(throws: GraphError.self) { try g.modularity(communities: [[0, 1]]) }          // 2 missing
        #expect(throws: GraphError.self) { try g.modularity(communities: [[0, 1], [1, 2]]) }  // 1 twice
        #expect(throws: GraphError.self) { try g.modularity(communities: [[0, 1, 2, 3]]) }    // no node 3
        // Hand value: one community holding everything has Q = 1 − 1 = 0; singletons on a path
        // 0-1-2: Q = −Σ (k/2m)² = −(1/16 + 4/16 + 1/16) = −3/8.
        #expect(close(try g.modularity(communities: [[0, 1, 2]]), 0))
        #expect(close(try g.modularity(communities: [[0], [1], [2]]), -3.0 / 8))
    }

    /// Ours must be at least as good as NetworkX's Louvain on average over the fixtures (each
    /// side averaged over 10 seeds), and every partition must cover each node exactly once.
    @Test(arguments: ["louvain", "leiden"])
    func modularityAtLeastNetworkXLouvain(_ method: String) throws {
        var ours = 0.0, theirs = 0.0, cases = 0
        for f in StructureFixture.all {
            guard let nx = f.results["louvain_networkx"] else { continue }
            for (suffix, weighted) in f.variants {
                var sum = 0.0
                for seed in 0 ..< 10 as Range<UInt64> {
                    let p = method == "louvain" ? f.graph.louvainCommunities(weighted: weighted, seed: seed)
                                                : f.graph.leidenCommunities(weighted: weighted, seed: seed)
                    try checkPartition(p, f.graph)
                    sum += try f.graph.modularity(of: p, weighted: weighted)
                }
                let mine = sum / 10, reference = nx["mean" + suffix]!.double!
                ours += mine
                theirs += reference
                cases += 1
                // Per graph: not far below NetworkX's mean (Louvain is a heuristic).
                #expect(mine >= reference - 0.02, "\(method) \(f.name)\(suffix): \(mine) vs NetworkX \(reference)")
            }
        }
        #expect(cases >= 17)
        #expect(ours / Double(cases) >= theirs / Double(cases) - 1e-12,
                "\(method): mean Q \(ours / Double(cases)) vs NetworkX \(theirs / Double(cases))")
    }

    @Test func seededAndDeterministic() throws {
        let f = StructureFixture.all.first { $0.name == "structure-lesmis" }!
        for seed in [0, 7, 42] as [UInt64] {
            #expect(f.graph.louvainCommunities(weighted: true, seed: seed) == f.graph.louvainCommunities(weighted: true, seed: seed))
            #expect(f.graph.leidenCommunities(weighted: true, seed: seed) == f.graph.leidenCommunities(weighted: true, seed: seed))
            #expect(try f.graph.asynchronousLabelPropagation(seed: seed) == f.graph.asynchronousLabelPropagation(seed: seed))
        }
    }

    /// Leiden guarantees connected communities.
    @Test func leidenCommunitiesAreConnected() throws {
        for f in StructureFixture.all {
            let p = f.graph.leidenCommunities(weighted: f.weighted, seed: 3)
            for members in p.communities where members.count > 1 {
                var keep = [Bool](repeating: false, count: f.graph.nodeCount)
                for v in members { keep[Int(v)] = true }
                let sub = f.graph.inducedSubgraph(keeping: keep).graph
                #expect(sub.connectedComponents().count == 1, "\(f.name): community \(members) is split")
            }
        }
    }

    @Test func twoCliquesJoinedByABridge() throws {
        // Two 5-cliques 0…4 and 5…9 joined by the edge 4–5: every method finds the two cliques.
        var edges: [(Int32, Int32)] = []
        for base in [0, 5] as [Int32] {
            for a in 0 ..< 5 as Range<Int32> { for b in a + 1 ..< 5 { edges.append((base + a, base + b)) } }
        }
        edges.append((4, 5))
        let g = try Graph(nodeCount: 10, edges: edges)
        let want: [[Int32]] = [[0, 1, 2, 3, 4], [5, 6, 7, 8, 9]]
        #expect(g.louvainCommunities().communities == want)
        #expect(g.leidenCommunities().communities == want)
        #expect(try g.labelPropagationCommunities().communities == want)
        #expect(try g.asynchronousLabelPropagation(seed: 1).communities == want)
        // Q = Σ_c [L_c/m − (K_c/2m)²] = 2·[10/21 − (21/42)²] = 20/21 − 1/2.
        #expect(close(try g.modularity(communities: want), 20.0 / 21 - 0.5))
        // Without edges: singletons.
        #expect(try Graph(nodeCount: 3, edges: []).louvainCommunities().count == 3)
        #expect(try Graph(nodeCount: 3, edges: []).leidenCommunities().count == 3)
    }

    @Test(arguments: StructureFixture.all)
    func labelPropagationMatchesNetworkX(_ f: StructureFixture) throws {
        guard let want = f.results["label_propagation"] else {
            #expect(throws: GraphError.self) { try f.graph.labelPropagationCommunities() }
            return
        }
        #expect(try f.graph.labelPropagationCommunities().communities == want.intLists, "\(f.name)")
    }

    /// At the end of asynchronous propagation every node holds one of its most frequent labels.
    @Test func asynchronousLabelPropagationIsStable() throws {
        for seed in 0 ..< 10 as Range<UInt64> {
            let g = RandomGraphs.gnp(n: 60, p: 0.08, directed: seed % 3 == 0, seed: 500 + seed)
            let p = try g.asynchronousLabelPropagation(seed: seed)
            try checkPartition(p, g)
            for v in g.nodes where !g.successors(of: v).isEmpty {
                var freq: [Int: Int] = [:]
                for w in Set(g.successors(of: v)) { freq[p.membership[Int(w)], default: 0] += 1 }
                #expect(freq[p.membership[Int(v)], default: 0] == freq.values.max()!, "seed \(seed) node \(v)")
            }
        }
    }

    private func checkPartition(_ p: Partition, _ g: Graph) throws {
        #expect(p.membership.count == g.nodeCount)
        var seen = [Int](repeating: 0, count: g.nodeCount)
        for (c, members) in p.communities.enumerated() {
            #expect(!members.isEmpty)
            for v in members { seen[Int(v)] += 1; #expect(p.membership[Int(v)] == c) }
        }
        #expect(seen.allSatisfy { $0 == 1 })
    }
}
