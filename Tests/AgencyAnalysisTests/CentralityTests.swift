import AgencyAnalysis
import AgencyModel
import XCTest

final class CentralityTests: XCTestCase {
    func testOcamIsTheMostCentralAgency() throws {
        // Agencies only, undirected, 18 nodes. OCAM's component: OCAM, its 13 partners and the two
        // parts of the FPS Foreign Affairs (DGM, diplomatic posts). Every shortest path between two of
        // the 12 other partners (C(12,2) = 66 pairs) or between one of them and the FPS cluster
        // (12 · 3 = 36) passes OCAM: 102 pairs; normalised by (n−1)(n−2)/2 = 136: 0.75.
        // The FPS Foreign Affairs sits between DGM/posts and the 13 others (2 · 13 = 26 pairs) and
        // between DGM and the posts (1): 27 / 136.
        let report = try view(ViewFilter(kinds: [.agency]), directed: false).centrality([.betweenness, .degree])
        XCTAssertEqual(report.rows[0].node.id, "ocam")
        XCTAssertEqual(report.rows[0].scores[0], 0.75, accuracy: 1e-12)
        XCTAssertEqual(report.rows[1].node.id, "fps_foreign_affairs")
        XCTAssertEqual(report.rows[1].scores[0], 27.0 / 136.0, accuracy: 1e-12)
        // OCAM's degree: 13 partners out of 17 others.
        XCTAssertEqual(report.rows[0].scores[1], 13.0 / 17.0, accuracy: 1e-12)
        // Everyone else has betweenness 0: tied, sharing rank 3, ordered by id.
        let rest = report.rows.dropFirst(2)
        XCTAssertTrue(rest.allSatisfy { $0.rank == 3 })
        XCTAssertEqual(rest.map(\.node.id), rest.map(\.node.id).sorted())
    }

    func testTopKindsAndGroups() throws {
        let v = try view(directed: false)
        let top = try v.centrality([.degree], top: 3, kinds: [.agency])
        XCTAssertEqual(top.rows.count, 3)
        XCTAssertTrue(top.rows.allSatisfy { $0.node.kind == "agency" })
        // OCAM: 13 coordinates + 7 contributes_to + operates_at federal = 21 neighbours, the most of any agency.
        XCTAssertEqual(top.rows[0].node.id, "ocam")
        XCTAssertEqual(top.rows[0].scores[0], 21.0 / 69.0, accuracy: 1e-12)
        let group = try XCTUnwrap(v.centrality([.degree], group: ["ocam", "fps_foreign_affairs"]).group)
        XCTAssertEqual(group.members, ["fps_foreign_affairs", "ocam"])
        XCTAssertThrowsError(try v.centrality([.inDegree]))
        XCTAssertThrowsError(try v.centrality([]))
        XCTAssertThrowsError(try v.centrality([.katz], katzAlpha: 0.5))
    }
}
