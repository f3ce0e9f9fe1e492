import AgencyAnalysis
import AgencyModel
import XCTest

final class BrokerageTests: XCTestCase {
    func testOcamBrokersEveryPairOfPartners() throws {
        // Agencies only, undirected: OCAM's 13 partners are not linked to each other, so OCAM sits on
        // an open two-path for each of the 13 × 12 = 156 ordered pairs. Groups by home level: 9
        // federal partners (FPS Foreign Affairs, Interior, Justice, Finance, Defence, intelligence,
        // CTIF, federal police, prosecutors), 2 local (local police, communes), 1 regional, 1
        // community; OCAM is federal.
        // coordinator (both federal) 9·8 = 72; representative (federal → other) 9·4 = 36;
        // gatekeeper (other → federal) 4·9 = 36; itinerant (both in the same other group: the two
        // local ones) 2·1 = 2; liaison (two different other groups) 4·3 − 2 = 10.
        let report = try view(ViewFilter(kinds: [.agency]), directed: false).brokerage()
        let ocam = try XCTUnwrap(report.rows.first)
        XCTAssertEqual(ocam.node.id, "ocam")
        XCTAssertEqual([ocam.coordinator, ocam.representative, ocam.gatekeeper, ocam.itinerant, ocam.liaison, ocam.total],
                       [72, 36, 36, 2, 10, 156])
        // FPS Foreign Affairs links OCAM, DGM and the diplomatic posts (all federal, pairwise
        // unlinked): 3 · 2 = 6 ordered pairs, all as coordinator.
        let fa = try XCTUnwrap(report.rows.first { $0.node.id == "fps_foreign_affairs" })
        XCTAssertEqual([fa.coordinator, fa.total], [6, 6])
        XCTAssertEqual(report.rows[1].node.id, "fps_foreign_affairs")
    }

    func testDirectedOcamBrokersNothingAmongAgencies() throws {
        // Directed, no agency has an edge into OCAM: no two-path passes through it.
        let report = try view(ViewFilter(kinds: [.agency])).brokerage()
        XCTAssertEqual(report.rows.first { $0.node.id == "ocam" }?.total, 0)
        // Ranking: totals descending, then id.
        XCTAssertEqual(report.rows.map(\.total), report.rows.map(\.total).sorted(by: >))
        XCTAssertThrowsError(try view().brokerage(top: 0))
    }
}

final class CommunitiesTests: XCTestCase {
    func testSeparateComponentsStayApartAndSeedsRepeat() throws {
        // Agencies only: the federal government and the NSC are a component of their own; Louvain
        // never gains modularity by joining nodes without edges between them.
        let v = try view(ViewFilter(kinds: [.agency]), directed: false)
        let report = try v.communities(seed: 3)
        XCTAssertTrue(report.communities.contains { $0.members == ["federal_government", "national_security_council"] })
        XCTAssertEqual(report.communities.map(\.members.count).reduce(0, +), 18)
        XCTAssertEqual(try v.communities(seed: 3), report)
        XCTAssertGreaterThan(report.modularity, 0)
        XCTAssertThrowsError(try v.communities(resolution: 0))
    }
}

final class WhatIfTests: XCTestCase {
    func testRemovingOcamAmongAgencies() throws {
        // Without OCAM, its 12 partners other than the FPS Foreign Affairs are isolated; the FPS
        // with its two parts, and the federal government with the NSC, stay: 12 + 1 + 1 = 14.
        let report = try view(ViewFilter(kinds: [.agency]), directed: false).whatIf(Scenario(remove: ["ocam"]))
        let components = try XCTUnwrap(report.measures.first { $0.measure == "components" })
        XCTAssertEqual([components.before, components.after], ["2", "14"])
        XCTAssertEqual(report.goneArticulationPoints, ["ocam"])
        XCTAssertEqual(report.newArticulationPoints, [])
    }

    func testASecondLinkToTheRegionalLevelRemovesASinglePoint() throws {
        // The regional level hangs on the regions alone; an edge ocam → regional gives it a second
        // link, so the regions are no longer an articulation point.
        let edge = try XCTUnwrap(Scenario.edge(parsing: "ocam,regional,operates_at"))
        let report = try view().whatIf(Scenario(addEdges: [edge]))
        XCTAssertEqual(report.goneArticulationPoints, ["regions"])
        XCTAssertThrowsError(try view().whatIf(Scenario(remove: ["ocamm"]))) { error in
            XCTAssertTrue("\(error)".contains("did you mean 'ocam'"))
        }
        XCTAssertThrowsError(try view().whatIf(Scenario()))
    }
}

final class DiffTests: XCTestCase {
    func testTheNetworkIn2020And2022() throws {
        // From the validity periods in the file: Plan R ends 2021-09 and the national strategy starts
        // then; the Council conclusions on external action are of 2022-06; Belgium sat on the UN
        // Security Council in 2019–2020; CTED evaluated Belgium in 2021–2022.
        let a = belgium.snapshot(at: PartialDate(parsing: "2020")!), b = belgium.snapshot(at: PartialDate(parsing: "2022")!)
        let report = try diff(a, b, beforeName: "2020", afterName: "2022")
        XCTAssertEqual(report.nodesAdded, ["council_conclusions_external_action", "national_strategy_ter"])
        XCTAssertEqual(report.nodesRemoved, ["plan_r"])
        XCTAssertTrue(report.edgesRemoved.contains("belgium -member_of-> un_security_council"))
        XCTAssertTrue(report.edgesAdded.contains("cted -evaluates-> belgium"))
        XCTAssertTrue(report.nodesChanged.isEmpty)
        XCTAssertEqual(try diff(belgium, belgium, beforeName: "a", afterName: "b").edgesAdded, [])
    }
}
