import AgencyGraphTestSupport
import AgencyAnalysis
import AgencyModel
import GraphCore
import Testing

/// The one-pass answers (SPOF cut-off lists from separations, the stats diameter by iFUB) against
/// the removal-based and all-pairs computations they replaced, on random agency networks with
/// several components, levels, objectives and contributions.
@Suite struct ScalingEquivalenceTests {
    /// Agencies `a0…` at random levels with random coordination/cooperation edges (some parallel in
    /// the undirected reading), a few isolated; objectives with contributors, directly or through
    /// an instrument. The actor view reads the agencies, the context the whole network.
    static func network(agencies n: Int, edges m: Int, seed: UInt64) -> Network {
        var rng = SplitMix64(seed: seed)
        var nodes = [Node(id: "federal", kind: .level, rank: 2), Node(id: "regional", kind: .level, rank: 3), Node(id: "local", kind: .level, rank: 4)]
        let levels = ["federal", "regional", "local", nil]
        for i in 0 ..< n { nodes.append(Node(id: "a\(i)", kind: .agency, level: levels[Int.random(in: 0 ..< 4, using: &rng)])) }
        for o in 0 ..< 4 { nodes.append(Node(id: "o\(o)", kind: .objective)) }
        nodes.append(Node(id: "plan", kind: .instrument))
        var edges: [Edge] = []
        // a0 … a(n−5) random; a(n−4)–a(n−3)–a(n−2) a small component of its own (a(n−3) its cut
        // vertex); a(n−1) isolated.
        edges.append(Edge(from: "a\(n - 4)", to: "a\(n - 3)", type: .coordinates))
        edges.append(Edge(from: "a\(n - 2)", to: "a\(n - 3)", type: .informs))
        for _ in 0 ..< m {
            let a = Int.random(in: 0 ..< n - 4, using: &rng), b = Int.random(in: 0 ..< n - 4, using: &rng)
            guard a != b else { continue }
            edges.append(Edge(from: "a\(a)", to: "a\(b)", type: Bool.random(using: &rng) ? .coordinates : .cooperatesWith))
        }
        for i in 0 ..< n where Int.random(in: 0 ..< 5, using: &rng) == 0 {
            edges.append(Edge(from: "a\(i)", to: "o\(Int.random(in: 0 ..< 3, using: &rng))", type: .contributesTo))
        }
        for i in 0 ..< n where Int.random(in: 0 ..< 12, using: &rng) == 0 {
            edges.append(Edge(from: "a\(i)", to: "local", type: .operatesAt))
            edges.append(Edge(from: "a\(i)", to: "plan", type: .implements))
        }
        edges.append(Edge(from: "plan", to: "o3", type: .contributesTo))
        return Network(id: "random", title: LocalizedText(["en": "random"]), nodes: nodes, edges: edges)
    }

    static func actorView(_ network: Network) throws -> AnalysisView {
        try AnalysisView(network: ViewFilter(kinds: [.agency]).apply(to: network), options: AnalysisOptions(directed: true), context: network)
    }

    /// The fields of a ``SPOFReport/Failure`` (which has no public initialiser).
    struct Loss: Equatable, CustomStringConvertible {
        var nodes: [String], edgeTypes: [String], cutOff: [String], levels: [String], objectivesLost: [String]
        init(_ f: SPOFReport.Failure) { self.init(nodes: f.nodes.map(\.id), edgeTypes: f.edgeTypes, cutOff: f.cutOff, levels: f.levels, objectivesLost: f.objectivesLost) }
        init(nodes: [String], edgeTypes: [String], cutOff: [String], levels: [String], objectivesLost: [String]) {
            (self.nodes, self.edgeTypes, self.cutOff, self.levels, self.objectivesLost) = (nodes, edgeTypes, cutOff, levels, objectivesLost)
        }
        var description: String { "\(nodes) \(edgeTypes) cut \(cutOff) levels \(levels) lost \(objectivesLost)" }
    }

    /// The computation `singlePointsOfFailure` used before separations: remove each articulation
    /// point and bridge in turn and recount components (its code, kept here as the reference).
    static func removalFailures(_ view: AnalysisView, hub hubID: String?) throws -> (points: [Loss], bridges: [Loss]) {
        let u = try view.undirected()
        let g = u.graph
        let ids = view.ids
        let hub = hubID.flatMap { view.dense($0) }
        let structure = try g.biconnectedStructure(components: false)
        let base = g.connectedComponents()
        let objectives = view.objectives.map(\.id)
        let contributors = Dictionary(uniqueKeysWithValues: objectives.map { o in
            (o, Set(view.contributions(to: o).compactMap { view.dense($0.actor) }))
        })
        func failure(nodes: [Int32], types: [String], after: Components, mapBack: (Int32) -> Int32?, origin: Int32) -> Loss {
            var labelAfter = [Int32](repeating: -1, count: g.nodeCount)
            for v in 0 ..< g.nodeCount { if let w = mapBack(Int32(v)) { labelAfter[v] = after.label[Int(w)] } }
            let originComponent = base.label[Int(origin)]
            let members = (0 ..< g.nodeCount).filter { base.label[$0] == originComponent && labelAfter[$0] >= 0 }
            var reference: Int32 = -1
            if let hub, labelAfter[Int(hub)] >= 0 {
                reference = labelAfter[Int(hub)]
            } else {
                var size: [Int32: Int] = [:]
                for v in members { size[labelAfter[v], default: 0] += 1 }
                reference = size.keys.max { (size[$0]!, -$0) < (size[$1]!, -$1) } ?? -1
            }
            let cut = members.filter { labelAfter[$0] != reference }.map { ids[$0] }.sorted()
            var levelSet = Set<String>()
            for id in cut { view.levels(of: id).forEach { levelSet.insert($0) } }
            var lost: [String] = []
            if let hub, labelAfter[Int(hub)] >= 0 {
                for o in objectives {
                    let cs = contributors[o] ?? []
                    let before = cs.contains { base.label[Int($0)] == base.label[Int(hub)] }
                    let afterConnected = cs.contains { labelAfter[Int($0)] == labelAfter[Int(hub)] }
                    if before && !afterConnected { lost.append(o) }
                }
            }
            let order = view.levelNodes.map(\.id)
            return Loss(
                nodes: nodes.map { view.ref($0) }.sorted().map(\.id), edgeTypes: types, cutOff: cut,
                levels: levelSet.sorted { (order.firstIndex(of: $0) ?? .max, $0) < (order.firstIndex(of: $1) ?? .max, $1) },
                objectivesLost: lost.sorted())
        }
        var points: [Loss] = []
        for a in structure.articulationPoints.sorted(by: { ids[Int($0)] < ids[Int($1)] }) {
            var keep = [Bool](repeating: true, count: g.nodeCount)
            keep[Int(a)] = false
            let (sub, original) = g.inducedSubgraph(keeping: keep)
            var newID = [Int32](repeating: -1, count: g.nodeCount)
            for (w, v) in original.enumerated() { newID[Int(v)] = Int32(w) }
            points.append(failure(nodes: [a], types: [], after: sub.connectedComponents(),
                                  mapBack: { newID[Int($0)] >= 0 ? newID[Int($0)] : nil }, origin: a))
        }
        var bridges: [Loss] = []
        for (x, y) in structure.bridges {
            var rest: [(Int32, Int32)] = []
            var skipped = false
            for e in g.edges {
                if !skipped && ((e.source == x && e.target == y) || (e.source == y && e.target == x)) { skipped = true; continue }
                rest.append((e.source, e.target))
            }
            let c = try Graph(nodeCount: g.nodeCount, directed: false, edges: rest).connectedComponents()
            bridges.append(failure(nodes: [x, y], types: u.edgeTypes(from: x, to: y).map(\.rawValue), after: c, mapBack: { $0 }, origin: x))
        }
        bridges.sort { $0.nodes.lexicographicallyPrecedes($1.nodes) }
        return (points, bridges)
    }

    /// Same articulation points, bridges, cut-off lists, levels and objectives lost, with no hub,
    /// a hub in the big component, a hub in a small component and a hub that is itself a cut vertex.
    @Test func spofCutOffMatchesRemoval() throws {
        var checkedLost = 0, checkedHubCut = 0
        for seed in 0 ..< 24 as Range<UInt64> {
            let n = 20 + Int(seed % 5) * 12
            let network = Self.network(agencies: n, edges: n + Int(seed % 3) * n / 3, seed: 4_000 + seed)
            let view = try Self.actorView(network)
            let structure = try view.undirected().graph.biconnectedStructure(components: false)
            let components = view.graph.connectedComponents()
            #expect(components.count > 1, "seed \(seed): want several components")
            var hubs: [String?] = [nil, "a0", view.ids[Int(components.members.min { $0.count < $1.count }!.first!)]]
            if let cutVertex = structure.articulationPoints.first { hubs.append(view.ids[Int(cutVertex)]) }
            for hub in hubs {
                let report = try view.singlePointsOfFailure(SPOFOptions(hub: hub, keyPlayers: 0, robustness: false))
                let reference = try Self.removalFailures(view, hub: hub)
                #expect(report.articulationPoints.map(Loss.init) == reference.points, "seed \(seed) hub \(hub ?? "none")")
                #expect(report.bridges.map(Loss.init) == reference.bridges, "seed \(seed) hub \(hub ?? "none")")
                checkedLost += reference.points.filter { !$0.objectivesLost.isEmpty }.count
                if hub != nil { checkedHubCut += reference.points.filter { !$0.cutOff.isEmpty }.count }
            }
        }
        // The comparison exercised lost objectives and hub cut-offs, not only empty lists.
        #expect(checkedLost > 0 && checkedHubCut > 0)
    }

    /// The stats diameter (iFUB on the largest weak component) equals the all-pairs diameter.
    @Test func statsDiameterMatchesAllPairs() throws {
        for seed in 0 ..< 20 as Range<UInt64> {
            let n = 15 + Int(seed) * 6
            let network = Self.network(agencies: n, edges: n * (1 + Int(seed % 3)) / 2 + n / 2, seed: 8_000 + seed)
            for directed in [true, false] {
                let view = try AnalysisView(network: ViewFilter(kinds: [.agency]).apply(to: network), options: AnalysisOptions(directed: directed), context: network)
                let components = view.graph.connectedComponents()
                let sizes = components.sizes
                let largest = sizes.indices.max { (sizes[$0], -$0) < (sizes[$1], -$1) }!
                let (sub, _) = view.graph.undirected().inducedSubgraph(keeping: components.label.map { Int($0) == largest })
                #expect(try view.stats().diameter == Int(try sub.diameter(weighted: false)), "seed \(seed) directed \(directed)")
            }
        }
    }
}


/// The shared seeded generator (AgencyGraphTestSupport), for every file of this test target.
typealias SplitMix64 = AgencyGraphTestSupport.SplitMix64
