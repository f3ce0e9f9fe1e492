import AgencyGraphTestSupport
import AgencyAnalysis
import AgencyModel
import Testing

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
