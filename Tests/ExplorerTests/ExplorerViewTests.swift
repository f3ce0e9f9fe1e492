import AgencyAnalysis
import AgencyModel
@testable import Explorer
import Foundation
import Testing

/// Pages of a view of a network, and the size limit (issue 16: output that fits its medium).
@Suite(.serialized) struct ExplorerViewTests {
    @Test func aViewLargerThanTheLimitIsRefusedBeforeAnyWork() throws {
        let network = try belgium()
        let limit = ExplorerOptions.SizeLimit(nodes: 68, edges: 1_000)
        #expect(throws: ExplorerError.tooLarge(nodes: 69, edges: 222, limit: limit)) {
            try ExplorerDocument.build(network: network, options: ExplorerOptions(sizeLimit: limit))
        }
        // Refused before the hub is even looked at: the size is the first check.
        let edges = ExplorerOptions.SizeLimit(nodes: 1_000, edges: 221)
        #expect(throws: ExplorerError.tooLarge(nodes: 69, edges: 222, limit: edges)) {
            try ExplorerDocument.build(network: network, options: ExplorerOptions(hub: "nobody", sizeLimit: edges))
        }
        // At the limit, and with no limit, it is written.
        let exact = ExplorerOptions.SizeLimit(nodes: 69, edges: 222)
        #expect(try ExplorerDocument.build(network: network, options: ExplorerOptions(removalLimit: 0, sizeLimit: exact)).data.nodes.count == 69)
        #expect(try ExplorerDocument.build(network: network, options: ExplorerOptions(removalLimit: 0, sizeLimit: nil)).data.nodes.count == 69)
        #expect(ExplorerOptions().sizeLimit == .readable)
        let message = ExplorerError.tooLarge(nodes: 69, edges: 222, limit: limit).description
        #expect(message.contains("69 nodes and 222 edges") && message.contains("at most 68 nodes and 1000 edges"))
    }

    @Test func aNeighbourhoodPageHoldsTheViewOnly() throws {
        let network = try belgium()
        let view = try ViewFilter(focus: "ocam", radius: 1).apply(to: network)
        #expect(view.nodes.count < network.nodes.count)
        let page = try ExplorerDocument.build(network: view, context: network, options: ExplorerOptions(hub: "ocam"))
        #expect(page.data.nodes.map(\.id) == view.nodes.map(\.id))
        #expect(page.data.edges.map(\.key) == view.edges.map(\.id))
        // Every node of the view is ocam or one edge away from it, and each is drawn.
        let neighbours = Set(network.edges.flatMap { edge in
            edge.from == "ocam" ? [edge.to] : edge.to == "ocam" ? [edge.from] : []
        } + ["ocam"])
        #expect(Set(view.nodes.map(\.id)) == neighbours)
        // Graphviz writes '-' in ids as the character reference &#45;.
        func drawn(_ id: String) -> Bool { page.svg.contains("id=\"\(id.replacingOccurrences(of: "-", with: "&#45;"))\"") }
        for node in page.data.nodes { #expect(drawn(node.svg), "\(node.id) drawn") }
        let outside = network.nodes.filter { !neighbours.contains($0.id) && $0.kind != .level }
        #expect(!outside.isEmpty)
        for node in outside { #expect(!drawn("node-\(node.id)"), "\(node.id) not drawn") }
        // The removals answer for the view's actors, as the analysis of the view does.
        let actorsFilter = QuestionScope.actors.completing(ViewFilter(), for: view)
        let actors = try AnalysisView(network: actorsFilter.apply(to: view), options: AnalysisOptions(directed: true), context: view)
        #expect(Set(page.data.removals.keys) == Set(actors.ids))
        for id in actors.ids {
            let impact = try actors.layerImpact(removing: [id], hub: "ocam")
            let removal = try #require(page.data.removals[id])
            #expect(removal.layers.map(\.cutOff) == impact.layers.map(\.cutOff), "\(id)")
            #expect(removal.noBackup == impact.noBackup, "\(id)")
        }
    }

    @Test func everyBelgianRemovalEqualsLayerImpact() throws {
        let network = try belgium()
        let page = try ExplorerDocument.build(network: network, options: ExplorerOptions(hub: "ocam"))
        let filter = QuestionScope.actors.completing(ViewFilter(), for: network)
        let actors = try AnalysisView(network: filter.apply(to: network), options: AnalysisOptions(directed: true), context: network)
        #expect(page.data.removals.count == actors.ids.count)
        var cutting = 0
        for id in actors.ids {
            let impact = try actors.layerImpact(removing: [id], hub: "ocam")
            let removal = try #require(page.data.removals[id])
            #expect(removal.layers.map(\.layer) == impact.layers.map(\.layer))
            #expect(removal.layers.map(\.cutOff) == impact.layers.map(\.cutOff), "\(id)")
            #expect(removal.layers.map(\.backup) == impact.layers.map(\.backup), "\(id)")
            #expect(removal.noBackup == impact.noBackup, "\(id)")
            if impact.cutsOffAnyone { cutting += 1 }
        }
        #expect(cutting >= 1)
    }
}
