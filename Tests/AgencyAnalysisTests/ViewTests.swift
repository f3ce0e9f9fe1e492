import AgencyAnalysis
import AgencyModel
import Foundation
import Testing

@Suite struct ViewTests {
    @Test func directedViewReadsCooperationBothWaysAndKeepsEveryType() throws {
        let v = try view()
        let belgiumID = try #require(v.dense("belgium"))
        let cted = try #require(v.dense("cted"))
        // The file has `belgium cooperates_with cted` (symmetric) and `cted evaluates belgium`:
        // the directed graph has belgium→cted, and cted→belgium carries both types.
        // Types come in documentation order (EdgeType.builtIn).
        #expect(v.edgeTypes(from: cted, to: belgiumID).map(\.rawValue) == ["evaluates", "cooperates_with"])
        #expect(v.edgeTypes(from: belgiumID, to: cted).map(\.rawValue) == ["cooperates_with"])
        #expect(v.graph.hasEdge(from: belgiumID, to: cted) && v.graph.hasEdge(from: cted, to: belgiumID))
        // `belgium member_of` and `belgium funds` (its stabilisation activities) the Coalition: one graph edge, two types.
        let coalition = try #require(v.dense("global_coalition_daesh"))
        #expect(v.edgeTypes(from: belgiumID, to: coalition).map(\.rawValue) == ["member_of", "funds"])
        #expect(!(v.graph.hasEdge(from: coalition, to: belgiumID)))
        #expect(v.ids.count == belgium.nodes.count)
    }

    @Test func undirectedViewAndUnknownIdsGetAHint() throws {
        let v = try view(directed: false)
        #expect(!(v.graph.isDirected))
        do {
            _ = try v.require("ocamm", for: .hub)
            Issue.record("expected an error")
        } catch {
            #expect(error == .unknownNode(id: "ocamm", parameter: .hub, suggestion: "ocam"))
            #expect("\(error)" == "hub 'ocamm' is not a node of the view; did you mean 'ocam'?")
        }
    }

    @Test func weightSemantics() throws {
        // a–b–c with strong ties (10) and a weak direct tie a–c (1). As cost, the direct edge (1) is
        // shorter than a–b–c (20); as strength, a–b–c (1/10 + 1/10 = 0.2) is shorter than 1/1.
        let edges = [("a", "b", 10.0), ("b", "c", 10.0), ("a", "c", 1.0)].map { from, to, weight in
            Edge(from: from, to: to, type: EdgeType(rawValue: "x-link"), weight: weight, assumption: "test")
        }
        let nodes = ["a", "b", "c"].map { Node(id: $0, kind: .agency, assumption: "test") }
        let network = Network(id: "w", title: LocalizedText(universal: "w"), nodes: nodes, edges: edges)
        let cost = try AnalysisView(network: network, options: AnalysisOptions(directed: false, weight: WeightSpec(attribute: "weight", semantics: .cost)))
        #expect(try cost.paths(from: "a", to: "c").paths.first?.steps.map(\.node.id) == ["a", "c"])
        let strength = try AnalysisView(network: network, options: AnalysisOptions(directed: false, weight: WeightSpec(attribute: "weight", semantics: .strength)))
        let p = try #require(strength.paths(from: "a", to: "c").paths.first)
        #expect(p.steps.map(\.node.id) == ["a", "b", "c"])
        #expect(abs((p.length) - (0.2)) <= 1e-12)
        #expect(WeightSpec(attribute: "size") == nil)
    }

    @Test func namesFallBack() throws {
        // OCAM's acronym is {fr: OCAM, nl: OCAD, en: CUTA} in the file.
        let ocam = try #require(belgium.node(withID: "ocam"))
        #expect(NameResolver(language: "nl").label(of: ocam) == "OCAD")
        #expect(NameResolver(language: "en").label(of: ocam) == "CUTA")
        #expect(NameResolver(language: "fr").label(of: ocam) == "OCAM")
        // `de` is absent: falls back to en.
        #expect(NameResolver(language: "de").label(of: ocam) == "CUTA")
    }
}
