import Foundation
import Testing
@testable import AgencyModel

/// The reference data set: loads, validates with no errors (every excerpt found in the seed
/// text), and holds the expected numbers of nodes by kind.
@Suite struct BelgianNetworkTests {
    static let path = Paths.root("graphs/belgium-counter-terrorism.yaml")

    @Test func validatesWithNoErrorsAndEveryExcerptFoundInTheSeed() throws {
        let seed = try String(contentsOfFile: Paths.seedText, encoding: .utf8)
        let diagnostics = try NetworkReader.validate(contentsOf: Self.path, displayName: "graphs/belgium-counter-terrorism.yaml",
                                                     sourceTexts: ["seed": seed])
        #expect(diagnostics.filter { $0.severity == .error }.map(\.description) == [])
        // Every node and edge cites the seed or says why it is assumed; most cite an excerpt.
        let network = try NetworkReader.loadValid(contentsOf: Self.path, sourceTexts: ["seed": seed])
        let excerpts = (network.nodes.flatMap(\.provenance) + network.edges.flatMap(\.provenance)).compactMap(\.excerpt)
        #expect(excerpts.count >= network.nodes.count)
        #expect(excerpts.allSatisfy { ExcerptMatching.occurs($0, in: seed) })
    }

    @Test func holdsTheExpectedNodesByKind() throws {
        let network = try NetworkReader.loadValid(contentsOf: Self.path)
        #expect(network.id == "belgium-counter-terrorism")
        // Counts of the data helper's file as of this writing; the lead finalises them after merging.
        #expect(network.countsByKind == [.agency: 18, .objective: 17, .instrument: 12, .body: 10, .group: 6, .level: 6])
        #expect(network.nodes.count == 69)
        #expect(network.edges.count == 222)
        for id in ["ocam", "federal", "local", "eu", "international"] {
            #expect(network.node(withID: id) != nil, "missing node \(id)")
        }
        #expect(network.node(withID: "ocam")?.kind == .agency)
    }

    @Test func theSyntheticExampleUsesEveryEdgeTypeAndKind() throws {
        let network = try NetworkReader.loadValid(contentsOf: Paths.root("examples/synthetic.yaml"))
        for type in EdgeType.builtIn { #expect(!network.edges(ofType: type).isEmpty, "no \(type) edge") }
        for kind in NodeKind.builtIn { #expect(!network.nodes(ofKind: kind).isEmpty, "no \(kind) node") }
    }
}
