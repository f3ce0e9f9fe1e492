import AgencyAnalysis
import AgencyModel
import Foundation
import XCTest

final class ViewTests: XCTestCase {
    func testDirectedViewReadsCooperationBothWaysAndKeepsEveryType() throws {
        let v = try view()
        let belgiumID = try XCTUnwrap(v.dense("belgium"))
        let cted = try XCTUnwrap(v.dense("cted"))
        // The file has `belgium cooperates_with cted` (symmetric) and `cted evaluates belgium`:
        // the directed graph has belgium→cted, and cted→belgium carries both types.
        // Types come in documentation order (EdgeType.builtIn).
        XCTAssertEqual(v.edgeTypes(from: cted, to: belgiumID).map(\.rawValue), ["evaluates", "cooperates_with"])
        XCTAssertEqual(v.edgeTypes(from: belgiumID, to: cted).map(\.rawValue), ["cooperates_with"])
        XCTAssertTrue(v.graph.hasEdge(from: belgiumID, to: cted) && v.graph.hasEdge(from: cted, to: belgiumID))
        // `belgium member_of` and `belgium funds` the stabilisation working group: one graph edge, two types.
        let wg = try XCTUnwrap(v.dense("coalition_wg_stabilisation"))
        XCTAssertEqual(v.edgeTypes(from: belgiumID, to: wg).map(\.rawValue), ["member_of", "funds"])
        XCTAssertFalse(v.graph.hasEdge(from: wg, to: belgiumID))
        XCTAssertEqual(v.ids.count, belgium.nodes.count)
    }

    func testUndirectedViewAndUnknownIdsGetAHint() throws {
        let v = try view(directed: false)
        XCTAssertFalse(v.graph.isDirected)
        XCTAssertThrowsError(try v.require("ocamm", role: "--hub")) { error in
            XCTAssertEqual("\(error)", "--hub: no node 'ocamm' in the view (did you mean 'ocam'?)")
        }
    }

    func testWeightSemantics() throws {
        // a–b–c with strong ties (10) and a weak direct tie a–c (1). As cost, the direct edge (1) is
        // shorter than a–b–c (20); as strength, a–b–c (1/10 + 1/10 = 0.2) is shorter than 1/1.
        let dir = try CLIFixtures.folder()
        let file = dir.appendingPathComponent("w.txt")
        try "a b 10\nb c 10\na c 1\n".write(to: file, atomically: true, encoding: .utf8)
        let network = try NetworkInput.load(file.path)
        let cost = try AnalysisView(network: network, options: AnalysisOptions(directed: false, weight: WeightSpec(attribute: "weight", semantics: .cost)))
        XCTAssertEqual(try cost.paths(from: "a", to: "c").paths.first?.steps.map(\.node.id), ["a", "c"])
        let strength = try AnalysisView(network: network, options: AnalysisOptions(directed: false, weight: WeightSpec(attribute: "weight", semantics: .strength)))
        let p = try XCTUnwrap(strength.paths(from: "a", to: "c").paths.first)
        XCTAssertEqual(p.steps.map(\.node.id), ["a", "b", "c"])
        XCTAssertEqual(p.length, 0.2, accuracy: 1e-12)
        XCTAssertNil(WeightSpec(attribute: "size"))
    }

    func testEdgeListBecomesAgencies() throws {
        let dir = try CLIFixtures.folder()
        let file = dir.appendingPathComponent("chain.edges")
        try "# a chain\na b\nb c\nc d\n".write(to: file, atomically: true, encoding: .utf8)
        let network = try NetworkInput.load(file.path)
        XCTAssertEqual(network.nodes.map(\.id), ["a", "b", "c", "d"])
        XCTAssertTrue(network.nodes.allSatisfy { $0.kind == .agency })
        XCTAssertEqual(Set(network.edges.map(\.type)), [NetworkInput.edgeListType])
        let bad = dir.appendingPathComponent("bad.txt")
        try "a b\nc\n".write(to: bad, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try NetworkInput.load(bad.path)) { error in
            XCTAssertTrue("\(error)".contains("bad.txt:2:"), "\(error)")
        }
    }

    func testNamesFallBack() throws {
        // OCAM's acronym is {fr: OCAM, nl: OCAD, en: CUTA} in the file.
        let ocam = try XCTUnwrap(belgium.node(withID: "ocam"))
        XCTAssertEqual(NameResolver(language: "nl").label(of: ocam), "OCAD")
        XCTAssertEqual(NameResolver(language: "en").label(of: ocam), "CUTA")
        XCTAssertEqual(NameResolver(language: "fr").label(of: ocam), "OCAM")
        // `de` is absent: falls back to en.
        XCTAssertEqual(NameResolver(language: "de").label(of: ocam), "CUTA")
    }
}

enum CLIFixtures {
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("agencyanalysis-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
