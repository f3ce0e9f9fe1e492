import AgencyGraphTestSupport
import AgencyAnalysis
import AgencyModel
import Foundation
import Testing

/// A network of agencies joined by typed edges, for the layer measures.
private func multiplex(_ nodes: [String], _ edges: [(String, String, String)], kinds: [String: String] = [:]) -> Network {
    Network(id: "m", title: LocalizedText(universal: "m"),
            nodes: nodes.map { Node(id: $0, kind: NodeKind(rawValue: kinds[$0] ?? "agency")) },
            edges: edges.map { Edge(from: $0.0, to: $0.1, type: EdgeType(rawValue: $0.2)) })
}

private func measures(_ network: Network, directed: Bool = true) throws -> LayersReport {
    try AnalysisView(network: network, options: AnalysisOptions(directed: directed)).layerMeasures()
}

@Suite struct LayersTests {
    @Test func handCheckedSmallMultiplex() throws {
        // coordination: a→b coordinates, b→a coordinates, a→b informs: one pair {a, b}.
        // x-advice: a→b, a→c, c→c (self-loop, ignored): pairs {a, b}, {a, c}. d has no edge.
        // M = 2 layers.
        // a: k = (1, 2), o = 3, P = 2/1 · (1 − (1/3)² − (2/3)²) = 2 · 4/9 = 8/9
        // b: k = (1, 1), o = 2, P = 2 · (1 − 1/4 − 1/4) = 1
        // c: k = (0, 1), o = 1, P = 2 · (1 − 1) = 0 (the self-loop adds nothing)
        // d: o = 0, P undefined
        // Overlap: E_coordination = {ab}, E_advice = {ab, ac}: shared 1, union 2, Jaccard 1/2.
        // coordination: 2 nodes, 3 edges, 1 pair, 1 component, no articulation point;
        // x-advice: 3 nodes (a, b, c), 3 edges, 2 pairs, 1 component, a is an articulation point.
        let network = multiplex(["a", "b", "c", "d"], [
            ("a", "b", "coordinates"), ("b", "a", "coordinates"), ("a", "b", "informs"),
            ("a", "b", "x-advice"), ("a", "c", "x-advice"), ("c", "c", "x-advice"),
        ])
        let report = try measures(network)
        #expect(report.layers.map(\.name) == ["coordination", "x-advice"])
        #expect(report.layers.map { [$0.nodes, $0.edges, $0.pairs, $0.components, $0.articulationPoints] }
            == [[2, 3, 1, 1, 0], [3, 3, 2, 1, 1]])
        #expect(report.nodes.map(\.id) == ["a", "b", "c", "d"])
        let byID = Dictionary(uniqueKeysWithValues: report.nodes.map { ($0.id, $0) })
        #expect(byID["a"]?.degree == ["coordination": 1, "x-advice": 2])
        #expect(byID["a"]?.overlappingDegree == 3)
        #expect(abs(try #require(byID["a"]?.participation) - 8.0 / 9.0) < 1e-15)
        #expect(byID["b"]?.participation == 1)
        #expect(byID["c"]?.degree == ["coordination": 0, "x-advice": 1])
        #expect(byID["c"]?.participation == 0)
        #expect(byID["d"]?.overlappingDegree == 0)
        #expect(byID["d"]?.participation == nil)
        #expect(report.layerPairs.count == 1)
        #expect(report.layerPairs[0].layers == ["coordination", "x-advice"])
        #expect(report.layerPairs[0].sharedPairs == 1)
        #expect(report.layerPairs[0].jaccard == 0.5)
        // Direction does not matter: the undirected view gives the same answer.
        #expect(try measures(network, directed: false) == report)
    }

    @Test func oneLayerHasNoParticipation() throws {
        // M = 1: M/(M−1) is undefined, so no node has a participation coefficient, and there is
        // no pair of layers.
        let report = try measures(multiplex(["a", "b", "c"], [("a", "b", "x-advice"), ("b", "c", "x-advice")]))
        #expect(report.layers.map(\.name) == ["x-advice"])
        #expect(report.nodes.allSatisfy { $0.participation == nil })
        #expect(report.nodes.first?.id == "b" && report.nodes.first?.overlappingDegree == 2)
        #expect(report.layerPairs.isEmpty)
        #expect(report.layers[0].articulationPoints == 1)
    }

    @Test func participationIsNullInJSON() throws {
        let report = try measures(multiplex(["a", "b", "c"], [("a", "b", "x-advice"), ("a", "b", "coordinates")]))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(report), as: UTF8.self)
        // c has no tie: its participation is written as null, not left out.
        #expect(json.contains(#"{"degree":{"coordination":0,"x-advice":0},"id":"c","kind":"agency","label":"c","overlappingDegree":0,"participation":null}"#))
        #expect(json.contains(#""layerPairs":[{"jaccard":1,"layers":["coordination","x-advice"],"sharedPairs":1}]"#))
    }

    @Test(arguments: ["small", "random"])
    func matchesNetworkX(_ name: String) throws {
        let url = packageRoot.appendingPathComponent("Tests/AgencyAnalysisTests/Fixtures/layers/layers-\(name).json")
        let fixture = try JSONDecoder().decode(LayerFixture.self, from: Data(contentsOf: url))
        let network = Network(id: fixture.name, title: LocalizedText(universal: fixture.name),
                              nodes: fixture.nodes.map { Node(id: $0.id, kind: NodeKind(rawValue: $0.kind)) },
                              edges: fixture.edges.map { Edge(from: $0.from, to: $0.to, type: EdgeType(rawValue: $0.type)) })
        // The model's layers of the network are the fixture's (built-in types grouped, each x- type alone).
        #expect(network.populatedLayers.map(\.name) == fixture.layers.map(\.name))
        #expect(network.populatedLayers.map { $0.types.map(\.rawValue).sorted() } == fixture.layers.map(\.types))
        let report = try measures(network)
        let expected = fixture.results
        #expect(report.layers.map(\.name) == expected.layers.map(\.name))
        for (got, want) in zip(report.layers, expected.layers) {
            let counts: [Int] = [got.nodes, got.edges, got.pairs, got.components, got.articulationPoints]
            let wanted: [Int] = [want.nodes, want.edges, want.pairs, want.components, want.articulationPoints]
            #expect(counts == wanted, "layer \(want.name)")
        }
        #expect(report.nodes.count == expected.nodes.count)
        let byID = Dictionary(uniqueKeysWithValues: report.nodes.map { ($0.id, $0) })
        for want in expected.nodes {
            let got = try #require(byID[want.id])
            #expect(got.degree == want.degree, "node \(want.id)")
            #expect(got.overlappingDegree == want.overlappingDegree, "node \(want.id)")
            switch (got.participation, want.participation) {
            case (nil, nil): break
            case let (g?, w?): #expect(abs(g - w) <= 1e-12, "node \(want.id): \(g) vs \(w)")
            default: Issue.record("node \(want.id): participation \(String(describing: got.participation)) vs \(String(describing: want.participation))")
            }
        }
        #expect(report.layerPairs.map(\.layers) == expected.layerPairs.map(\.layers))
        for (got, want) in zip(report.layerPairs, expected.layerPairs) {
            #expect(got.sharedPairs == want.sharedPairs, "\(want.layers)")
            switch (got.jaccard, want.jaccard) {
            case (nil, nil): break
            case let (g?, w?): #expect(abs(g - w) <= 1e-12, "\(want.layers): \(g) vs \(w)")
            default: Issue.record("\(want.layers): jaccard \(String(describing: got.jaccard)) vs \(String(describing: want.jaccard))")
            }
        }
        // Nodes are ranked by overlapping degree, then id.
        #expect(report.nodes.map(\.overlappingDegree) == report.nodes.map(\.overlappingDegree).sorted(by: >))
    }

    @Test func belgianLayersAreTheModelsPopulatedLayers() throws {
        let report = try view().layerMeasures()
        #expect(report.layers.map(\.name) == belgium.populatedLayers.map(\.name))
        #expect(report.layers.map(\.edges).reduce(0, +) == belgium.edges.count)
        #expect(report.nodes.count == belgium.nodes.count)
        // Every node's overlapping degree is the sum of its degrees, and P lies in [0, 1].
        for node in report.nodes {
            #expect(node.degree.values.reduce(0, +) == node.overlappingDegree)
            if let p = node.participation { #expect(p >= -1e-12 && p <= 1 + 1e-12) }
        }
        let m = report.layers.count
        #expect(report.layerPairs.count == m * (m - 1) / 2)
        #expect(report.tables.map(\.name) == ["layers", "nodes", "layer-pairs"])
    }
}

/// The JSON written by Tests/GraphCoreTests/Fixtures/make_fixtures_layers.py.
private struct LayerFixture: Decodable {
    struct LayerDef: Decodable { var name: String; var types: [String] }
    struct NodeDef: Decodable { var id: String; var kind: String }
    struct EdgeDef: Decodable { var from: String; var to: String; var type: String }
    struct Results: Decodable {
        struct LayerRow: Decodable { var name: String; var nodes: Int; var edges: Int; var pairs: Int; var components: Int; var articulationPoints: Int }
        struct NodeRow: Decodable { var id: String; var degree: [String: Int]; var overlappingDegree: Int; var participation: Double? }
        struct PairRow: Decodable { var layers: [String]; var sharedPairs: Int; var jaccard: Double? }
        var layers: [LayerRow]
        var nodes: [NodeRow]
        var layerPairs: [PairRow]
    }
    var name: String
    var layers: [LayerDef]
    var nodes: [NodeDef]
    var edges: [EdgeDef]
    var results: Results
}

/// `multiplexFailures` from one separations pass per layer against the computation it replaced:
/// one `layerImpact` (a simulated loss, every layer recounted) per articulation point.
@Suite struct MultiplexScalingTests {
    /// Agencies in three relation layers (coordination, x-advice, x-funding), each layer sparse and
    /// tree-like so it has many articulation points, with some nodes absent from some layers,
    /// parallel and reversed edges, a few isolated agencies.
    static func network(agencies n: Int, seed: UInt64) -> Network {
        var rng = SplitMix64(seed: seed)
        let nodes = (0 ..< n).map { Node(id: "a\($0)", kind: .agency) }
        var edges: [Edge] = []
        for type in ["coordinates", "x-advice", "x-funding"] {
            let members = (0 ..< n - 2).filter { _ in Int.random(in: 0 ..< 6, using: &rng) != 0 }
            for (i, v) in members.enumerated() where i > 0 && Int.random(in: 0 ..< 8, using: &rng) != 0 {
                let u = members[Int.random(in: 0 ..< i, using: &rng)]
                edges.append(Edge(from: "a\(v)", to: "a\(u)", type: EdgeType(rawValue: type)))
            }
            for _ in 0 ..< n / 6 {
                let a = members.randomElement(using: &rng)!, b = members.randomElement(using: &rng)!
                edges.append(Edge(from: "a\(a)", to: "a\(b)", type: EdgeType(rawValue: type)))
            }
        }
        return Network(id: "m", title: LocalizedText(universal: "m"), nodes: nodes, edges: edges)
    }

    struct Loss: Equatable, CustomStringConvertible {
        var node: String, layers: [String], noBackup: [String]
        var description: String { "\(node) \(layers) \(noBackup)" }
    }

    /// The removal-based computation (the loop `multiplexFailures` ran before), kept as the reference.
    static func reference(_ view: AnalysisView, hub: String?, layers: [MultiplexFailures.LayerPoints]) throws -> [Loss] {
        var pointsOf: [String: [String]] = [:]
        for layer in layers { for p in layer.articulationPoints { pointsOf[p, default: []].append(layer.layer) } }
        var losses: [Loss] = []
        for (p, names) in pointsOf {
            let impact = try view.layerImpact(removing: [p], hub: hub)
            if !impact.noBackup.isEmpty { losses.append(Loss(node: p, layers: names, noBackup: impact.noBackup)) }
        }
        losses.sort { ($0.noBackup.count, $1.node) > ($1.noBackup.count, $0.node) }
        return losses
    }

    @Test func matchesRemovalOnRandomMultiplexNetworks() throws {
        var compared = 0, withLosses = 0
        for seed in 0 ..< 30 as Range<UInt64> {
            let n = 8 + Int(seed % 40)
            let network = Self.network(agencies: n, seed: 4_000 + seed)
            let view = try AnalysisView(network: network, options: AnalysisOptions(directed: true))
            for hub in [nil, "a0", "a\(n / 2)", "a\(n - 1)"] as [String?] {
                guard let fast = try view.multiplexFailures(hub: hub) else { continue }
                let expected = try Self.reference(view, hub: hub, layers: fast.layers)
                let got = fast.withoutBackup.map { Loss(node: $0.node, layers: $0.layers, noBackup: $0.noBackup) }
                #expect(got == expected, "seed \(seed) hub \(hub ?? "-")")
                compared += 1
                if !expected.isEmpty { withLosses += 1 }
            }
        }
        // The comparison must exercise losses without backup, not only empty answers.
        #expect(compared >= 100)
        #expect(withLosses >= 50)
    }

    /// The three-layer example network: same answer as the removal-based computation.
    @Test func lazegaExampleMatches() throws {
        let network = try NetworkReader.loadValid(contentsOf: packageRoot.appendingPathComponent("examples/lazega-law-firm.yaml").path)
        let view = try AnalysisView(network: network, options: AnalysisOptions(directed: true))
        let fast = try #require(try view.multiplexFailures(hub: nil))
        let got = fast.withoutBackup.map { Loss(node: $0.node, layers: $0.layers, noBackup: $0.noBackup) }
        #expect(got == (try Self.reference(view, hub: nil, layers: fast.layers)))
    }
}
