import AgencyAnalysis
import AgencyModel
import Foundation
import Testing

/// The getting-started article of the AgencyAnalysis documentation
/// (Sources/AgencyAnalysis/AgencyAnalysis.docc/GettingStarted.md), run as a test so that its code
/// cannot rot: every ```swift block of the article must appear, line for line, in the snippets
/// below (between `// snippet:` and `// end`), and the snippets run here on the Belgian network.
/// The checks after each snippet derive the answer again from the network's own edges.
@Suite struct GettingStartedTests {
    @Test func articleCodeIsTheCodeTestedHere() throws {
        let article = try String(contentsOf: packageRoot.appendingPathComponent(
            "Sources/AgencyAnalysis/AgencyAnalysis.docc/GettingStarted.md"), encoding: .utf8)
        let blocks = Self.swiftBlocks(in: article)
        #expect(blocks.count == 4)
        let snippets = Self.snippets(in: try String(contentsOf: URL(fileURLWithPath: #filePath), encoding: .utf8))
        for block in blocks {
            #expect(snippets.contains(block), "an article code block is not among the tested snippets:\n\(block)")
        }
    }

    @Test func threeQuestionsOnTheBelgianNetwork() throws {
        // snippet: load
        let path = packageRoot.appendingPathComponent("graphs/belgium-counter-terrorism.yaml").path
        let network = try NetworkReader.loadValid(contentsOf: path)

        // Questions about who coordinates read the actors and their coordination edges.
        let actorFilter = QuestionScope.actors.completing(ViewFilter(), for: network)
        let actors = try AnalysisView(network: try actorFilter.apply(to: network),
                                      options: AnalysisOptions(directed: false), context: network)
        // end

        // snippet: hubs
        let hubs = try actors.centrality([.betweenness], top: 5)
        for row in hubs.rows {
            print(row.rank, row.node.label, row.scores[0])
        }
        // end
        // The OCAM coordinates 13 partners and nobody else joins them: the top broker.
        #expect(hubs.rows.count == 5)
        #expect(hubs.rows.first?.node.id == "ocam")
        #expect(zip(hubs.rows, hubs.rows.dropFirst()).allSatisfy { $0.scores[0] >= $1.scores[0] })

        // snippet: spof
        let spof = try actors.singlePointsOfFailure(SPOFOptions(hub: "ocam", keyPlayers: 0, robustness: false))
        for failure in spof.articulationPoints {
            print(failure.nodes[0].label, "cuts off", failure.cutOff.joined(separator: ", "))
        }
        // end
        // Each articulation point really cuts those nodes off: without it, no path from the OCAM.
        #expect(!spof.articulationPoints.isEmpty)
        for failure in spof.articulationPoints {
            let lost = failure.nodes[0].id
            #expect(!failure.cutOff.isEmpty)
            var without = actorFilter
            without.withoutNodes = [lost]
            let reduced = try AnalysisView(network: try without.apply(to: network),
                                           options: AnalysisOptions(directed: false), context: network)
            for id in failure.cutOff where lost != "ocam" {
                #expect(try reduced.paths(from: "ocam", to: id).paths.isEmpty, "\(lost) should cut \(id) off")
            }
        }

        // snippet: coverage
        let policyFilter = QuestionScope.policy.completing(ViewFilter(), for: network)
        let policy = try AnalysisView(network: try policyFilter.apply(to: network), context: network)
        let coverage = try policy.coverage(CoverageOptions(min: 2))
        for objective in coverage.redundancyOne {
            print(objective.objective.label, "rests on", objective.contributors)
        }
        // end
        // Counted again from the edges: an actor contributes to an objective directly
        // (`contributes_to`) or by implementing or adopting an instrument that contributes to it; an
        // objective is listed exactly when at most one distinct actor does.
        func isActor(_ id: String) -> Bool { network.node(withID: id)?.kind.isActor == true }
        var contributors: [String: Set<String>] = [:]
        for edge in network.edges where edge.type == .contributesTo {
            if isActor(edge.from) { contributors[edge.to, default: []].insert(edge.from) }
            for use in network.edges where (use.type == .implements || use.type == .adopts)
                && use.to == edge.from && isActor(use.from) {
                contributors[edge.to, default: []].insert(use.from)
            }
        }
        let expected = network.nodes(ofKind: .objective).filter { (contributors[$0.id]?.count ?? 0) <= 1 }.map(\.id)
        #expect(!expected.isEmpty)
        #expect(Set(coverage.redundancyOne.map(\.objective.id)) == Set(expected))
    }

    /// The ```swift blocks of a Markdown text, each as trimmed lines.
    static func swiftBlocks(in markdown: String) -> [[String]] {
        var blocks: [[String]] = []
        var current: [String]?
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            let text = line.trimmingCharacters(in: .whitespaces)
            if current == nil, text == "```swift" { current = [] } else if current != nil, text == "```" {
                blocks.append(current!)
                current = nil
            } else if current != nil {
                current!.append(text)
            }
        }
        return blocks
    }

    /// The `// snippet:` … `// end` regions of a Swift source, each as trimmed lines.
    static func snippets(in source: String) -> [[String]] {
        var out: [[String]] = []
        var current: [String]?
        for line in source.split(separator: "\n", omittingEmptySubsequences: false) {
            let text = line.trimmingCharacters(in: .whitespaces)
            if text.hasPrefix("// snippet:") { current = [] } else if text == "// end", let c = current {
                out.append(c)
                current = nil
            } else if current != nil {
                current!.append(text)
            }
        }
        return out
    }
}
