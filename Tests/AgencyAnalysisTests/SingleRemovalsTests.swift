import AgencyGraphTestSupport
import AgencyAnalysis
import AgencyModel
import Foundation
import Testing

/// `singleRemovalImpacts` (one search per layer for every single loss) against the computation it
/// replaces in the explorer: one simulated `layerImpact` per node.
@Suite struct SingleRemovalsTests {
    /// Compares every node's answer with `layerImpact(removing: [id], hub:)`; returns how many
    /// answers cut someone off and how many have a backup or a loss without backup, so that a
    /// caller can check the comparison was not only of empty answers.
    @discardableResult
    static func compare(_ view: AnalysisView, hub: String?, _ what: String) throws -> (cutting: Int, backedUp: Int, noBackup: Int) {
        let fast = try view.singleRemovalImpacts(of: view.ids, hub: hub)
        #expect(fast.count == view.ids.count)
        var cutting = 0, backedUp = 0, noBackup = 0
        for (id, got) in zip(view.ids, fast) {
            let expected = try view.layerImpact(removing: [id], hub: hub)
            #expect(got == expected, "\(what): removing \(id), hub \(hub ?? "-")")
            if expected.cutsOffAnyone { cutting += 1 }
            if expected.layers.contains(where: { $0.backup.contains { !$0.isEmpty } }) { backedUp += 1 }
            if !expected.noBackup.isEmpty { noBackup += 1 }
        }
        return (cutting, backedUp, noBackup)
    }

    /// The actors' view of a network as the explorer asks it (every layer among the actors).
    static func actorView(_ network: Network) throws -> AnalysisView {
        let filter = QuestionScope.actors.completing(ViewFilter(), for: network)
        return try AnalysisView(network: filter.apply(to: network), options: AnalysisOptions(directed: true), context: network)
    }

    @Test func matchesRemovalOnRandomMultiplexNetworks() throws {
        var totals = (cutting: 0, backedUp: 0, noBackup: 0)
        for seed in 0 ..< 30 as Range<UInt64> {
            let n = 8 + Int(seed % 40)
            let network = MultiplexScalingTests.network(agencies: n, seed: 7_000 + seed)
            let view = try AnalysisView(network: network, options: AnalysisOptions(directed: true))
            for hub in [nil, "a0", "a\(n / 2)", "a\(n - 1)"] as [String?] {
                let counts = try Self.compare(view, hub: hub, "seed \(seed)")
                totals.cutting += counts.cutting
                totals.backedUp += counts.backedUp
                totals.noBackup += counts.noBackup
            }
        }
        // The comparison must exercise cut-offs, backups and losses without backup.
        #expect(totals.cutting >= 500)
        #expect(totals.backedUp >= 100)
        #expect(totals.noBackup >= 100)
    }

    /// Agencies with levels, objectives and two built-in layers (the random networks of the
    /// spof equivalence tests), read as the explorer reads them: the actors, every layer.
    @Test func matchesRemovalOnRandomAgencyNetworks() throws {
        var cutting = 0
        for seed in 0 ..< 12 as Range<UInt64> {
            let n = 10 + Int(seed) * 3
            let network = ScalingEquivalenceTests.network(agencies: n, edges: n + Int(seed), seed: 9_100 + seed)
            let view = try Self.actorView(network)
            for hub in [nil, "a0", "a\(n - 3)"] as [String?] {
                cutting += try Self.compare(view, hub: hub, "agencies seed \(seed)").cutting
            }
        }
        #expect(cutting >= 50)
    }

    @Test func matchesRemovalOnTheBelgianNetwork() throws {
        let view = try Self.actorView(belgium)
        let withHub = try Self.compare(view, hub: "ocam", "belgium")
        #expect(withHub.cutting >= 1, "losing ocam (or another actor) cuts someone off")
        try Self.compare(view, hub: nil, "belgium")
    }

    @Test func matchesRemovalOnLazegasLawFirm() throws {
        let network = try NetworkReader.loadValid(contentsOf: packageRoot.appendingPathComponent("examples/lazega-law-firm.yaml").path)
        let view = try Self.actorView(network)
        for hub in [nil, "lawyer01", "lawyer36"] as [String?] {
            try Self.compare(view, hub: hub, "lazega")
        }
    }

    @Test func hubAndIdsMustBeInTheView() throws {
        let view = try Self.actorView(belgium)
        #expect(throws: AnalysisError.self) { try view.singleRemovalImpacts(of: ["nobody"]) }
        #expect(throws: AnalysisError.self) { try view.singleRemovalImpacts(of: ["ocam"], hub: "nobody") }
        #expect(try view.singleRemovalImpacts(of: []).isEmpty)
    }
}
