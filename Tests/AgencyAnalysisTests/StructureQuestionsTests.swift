import AgencyAnalysis
import AgencyModel
import Testing

@Suite struct BrokerageTests {
    @Test func ocamBrokersEveryPairOfPartners() throws {
        // Agencies only, undirected: OCAM's 13 partners are not linked to each other, so OCAM sits on
        // an open two-path for each of the 13 × 12 = 156 ordered pairs. Groups by home level: 9
        // federal partners (FPS Foreign Affairs, Interior, Justice, Finance, Defence, intelligence,
        // CTIF, federal police, prosecutors), 2 local (local police, communes), 1 regional, 1
        // community; OCAM is federal.
        // coordinator (both federal) 9·8 = 72; representative (federal → other) 9·4 = 36;
        // gatekeeper (other → federal) 4·9 = 36; itinerant (both in the same other group: the two
        // local ones) 2·1 = 2; liaison (two different other groups) 4·3 − 2 = 10.
        let report = try view(ViewFilter(kinds: [.agency]), directed: false).brokerage()
        let ocam = try #require(report.rows.first)
        #expect(ocam.node.id == "ocam")
        #expect([ocam.coordinator, ocam.representative, ocam.gatekeeper, ocam.itinerant, ocam.liaison, ocam.total] == [72, 36, 36, 2, 10, 156])
        // FPS Foreign Affairs links OCAM, DGM and the diplomatic posts (all federal, pairwise
        // unlinked): 3 · 2 = 6 ordered pairs, all as coordinator.
        let fa = try #require(report.rows.first { $0.node.id == "fps_foreign_affairs" })
        #expect([fa.coordinator, fa.total] == [6, 6])
        #expect(report.rows[1].node.id == "fps_foreign_affairs")
    }

    @Test func directedOcamBrokersNothingAmongAgencies() throws {
        // Directed, no agency has an edge into OCAM: no two-path passes through it.
        let report = try view(ViewFilter(kinds: [.agency])).brokerage()
        #expect(report.rows.first { $0.node.id == "ocam" }?.total == 0)
        // Ranking: totals descending, then id.
        #expect(report.rows.map(\.total) == report.rows.map(\.total).sorted(by: >))
        #expect(throws: (any Error).self) { _ = try view().brokerage(top: 0) }
    }
}

@Suite struct CommunitiesTests {
    @Test func separateComponentsStayApartAndSeedsRepeat() throws {
        // Agencies only: the federal government and the NSC are a component of their own; Louvain
        // never gains modularity by joining nodes without edges between them.
        let v = try view(ViewFilter(kinds: [.agency]), directed: false)
        let report = try v.communities(seed: 3)
        #expect(report.communities.contains { $0.members == ["federal_government", "national_security_council"] })
        #expect(report.communities.map(\.members.count).reduce(0, +) == 18)
        #expect(try v.communities(seed: 3) == report)
        #expect(report.modularity > 0)
        #expect(throws: (any Error).self) { _ = try v.communities(resolution: 0) }
    }
}

@Suite struct WhatIfTests {
    @Test func removingOcamAmongAgencies() throws {
        // Without OCAM, its 12 partners other than the FPS Foreign Affairs are isolated; the FPS
        // with its two parts, and the federal government with the NSC, stay: 12 + 1 + 1 = 14.
        let report = try view(ViewFilter(kinds: [.agency]), directed: false).whatIf(Scenario(remove: ["ocam"]))
        let components = try #require(report.measures.first { $0.measure == "components" })
        #expect([components.before, components.after] == ["2", "14"])
        #expect(report.goneArticulationPoints == ["ocam"])
        #expect(report.newArticulationPoints == [])
    }

    @Test func aSecondLinkToTheRegionalLevelRemovesASinglePoint() throws {
        // The regional level hangs on the regions alone; an edge ocam → regional gives it a second
        // link, so the regions are no longer an articulation point.
        let edge = try #require(Scenario.edge(parsing: "ocam,regional,operates_at"))
        let report = try view().whatIf(Scenario(addEdges: [edge]))
        #expect(report.goneArticulationPoints == ["regions"])
        do {
            _ = try view().whatIf(Scenario(remove: ["ocamm"]))
            Issue.record("expected an error")
        } catch {
            #expect("\(error)".contains("did you mean 'ocam'"))
        }
        #expect(throws: (any Error).self) { _ = try view().whatIf(Scenario()) }
    }
}

@Suite struct DiffTests {
    @Test func theNetworkIn2020And2022() throws {
        // From the validity periods in the file: Plan R ends 2021-09 and the national strategy starts
        // then; the Council conclusions on external action are of 2022-06; Belgium sat on the UN
        // Security Council in 2019–2020; CTED evaluated Belgium in 2021–2022.
        let a = belgium.snapshot(at: PartialDate(parsing: "2020")!), b = belgium.snapshot(at: PartialDate(parsing: "2022")!)
        let report = try diff(a, b, beforeName: "2020", afterName: "2022")
        #expect(report.nodesAdded == ["council_conclusions_external_action", "national_strategy_ter"])
        #expect(report.nodesRemoved == ["plan_r"])
        #expect(report.edgesRemoved.contains("belgium -member_of-> un_security_council"))
        #expect(report.edgesAdded.contains("cted -evaluates-> belgium"))
        #expect(report.nodesChanged.isEmpty)
        #expect(try diff(belgium, belgium, beforeName: "a", afterName: "b").edgesAdded == [])
    }

    /// Above a size the betweenness that moved is estimated from a sample of sources: the same
    /// draw in both networks (an unchanged network moves nothing), the estimate said in the report
    /// and its table, and a sample as large as the network is the exact computation.
    @Test func diffEstimatesBetweennessFromASample() throws {
        let a = belgium.snapshot(at: PartialDate(parsing: "2020")!), b = belgium.snapshot(at: PartialDate(parsing: "2022")!)
        let exact = try diff(a, b, beforeName: "2020", afterName: "2022")
        #expect(exact.betweennessSample == nil)
        let sampled = try diff(a, b, beforeName: "2020", afterName: "2022", betweennessSample: BetweennessSample(pivots: 20, seed: 3))
        let estimate = try #require(sampled.betweennessSample)
        #expect(estimate.pivots == 20 && estimate.seed == 3 && estimate.nodes == max(a.nodes.count, b.nodes.count))
        #expect(sampled.betweennessMoved != exact.betweennessMoved)
        #expect(sampled.nodesAdded == exact.nodesAdded && sampled.edgesRemoved == exact.edgesRemoved)
        #expect(sampled.tables(in: .en).first { $0.name == "moved" }?.notes.first?.contains("estimated from 20 of") == true)
        let same = try diff(belgium, belgium, beforeName: "a", afterName: "b", betweennessSample: BetweennessSample(pivots: 20))
        #expect(same.betweennessMoved.isEmpty && same.betweennessSample != nil)
        let whole = try diff(a, b, beforeName: "2020", afterName: "2022", betweennessSample: BetweennessSample(pivots: 100_000))
        #expect(whole == exact)
        #expect(throws: AnalysisError.self) { try diff(a, b, beforeName: "x", afterName: "y", betweennessSample: BetweennessSample(pivots: 0)) }
        #expect(BetweennessSample.automatic(nodes: BetweennessSample.exactUpTo) == nil)
        #expect(BetweennessSample.automatic(nodes: BetweennessSample.exactUpTo + 1)?.pivots == BetweennessSample.defaultPivots)
    }
}
