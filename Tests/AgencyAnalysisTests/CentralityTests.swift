import AgencyAnalysis
import AgencyModel
import Testing

@Suite struct CentralityTests {
    @Test func ocamIsTheMostCentralAgency() throws {
        // Agencies only, undirected, 18 nodes. OCAM's component: OCAM, its 13 partners and the two
        // parts of the FPS Foreign Affairs (DGM, diplomatic posts). Every shortest path between two of
        // the 12 other partners (C(12,2) = 66 pairs) or between one of them and the FPS cluster
        // (12 · 3 = 36) passes OCAM: 102 pairs; normalised by (n−1)(n−2)/2 = 136: 0.75.
        // The FPS Foreign Affairs sits between DGM/posts and the 13 others (2 · 13 = 26 pairs) and
        // between DGM and the posts (1): 27 / 136.
        let report = try view(ViewFilter(kinds: [.agency]), directed: false).centrality([.betweenness, .degree])
        #expect(report.rows[0].node.id == "ocam")
        #expect(abs((report.rows[0].scores[0]) - (0.75)) <= 1e-12)
        #expect(report.rows[1].node.id == "fps_foreign_affairs")
        #expect(abs((report.rows[1].scores[0]) - (27.0 / 136.0)) <= 1e-12)
        // OCAM's degree: 13 partners out of 17 others.
        #expect(abs((report.rows[0].scores[1]) - (13.0 / 17.0)) <= 1e-12)
        // Everyone else has betweenness 0: tied, sharing rank 3, ordered by id.
        let rest = report.rows.dropFirst(2)
        #expect(rest.allSatisfy { $0.rank == 3 })
        #expect(rest.map(\.node.id) == rest.map(\.node.id).sorted())
    }

    @Test func topKindsAndGroups() throws {
        let v = try view(directed: false)
        let top = try v.centrality([.degree], top: 3, kinds: [.agency])
        #expect(top.rows.count == 3)
        #expect(top.rows.allSatisfy { $0.node.kind == "agency" })
        // OCAM: 13 coordinates + 7 contributes_to + operates_at federal = 21 neighbours, the most of any agency.
        #expect(top.rows[0].node.id == "ocam")
        #expect(abs((top.rows[0].scores[0]) - (21.0 / 68.0)) <= 1e-12)
        let group = try #require(v.centrality([.degree], group: ["ocam", "fps_foreign_affairs"]).group)
        #expect(group.members == ["fps_foreign_affairs", "ocam"])
        #expect(throws: (any Error).self) { _ = try v.centrality([.inDegree]) }
        #expect(throws: (any Error).self) { _ = try v.centrality([]) }
        #expect(throws: (any Error).self) { _ = try v.centrality([.katz], katzAlpha: 0.5) }
    }
}
