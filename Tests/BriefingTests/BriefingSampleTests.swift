import AgencyAnalysis
import AgencyModel
import Briefing
import Foundation
import Testing
import TextKit

/// Above ``BriefingOptions/sampledBetweennessAbove`` actors the briefing estimates betweenness
/// from a sample of sources and says so: the hubs table's header and note, the method section,
/// briefing.json's `results.centrality.betweennessSample`. (The threshold is lowered here so that
/// the Belgian network crosses it.)
@Suite struct BriefingSampleTests {
    @Test(arguments: [(Language.en, "Betweenness (estimated)", "Betweenness is estimated, not exact"),
                      (.fr, "Intermédiarité (estimée)", "L’intermédiarité est estimée, non exacte"),
                      (.nl, "Tussenliggendheid (geschat)", "De tussenliggendheid is geschat, niet exact"),
                      (.de, "Zwischenzentralität (geschätzt)", "Die Zwischenzentralität ist geschätzt, nicht exakt")])
    func aboveTheThresholdBetweennessIsEstimatedAndSaidSo(_ language: Language, _ header: String, _ sentence: String) throws {
        let network = try belgium()
        let options = BriefingOptions(language: language, hub: "ocam", sampledBetweennessAbove: 10, betweennessPivots: 15)
        let (doc, results) = try brief(network, options)
        let actors = try scopedView(network, .actors, language).undirected()
        let estimate = try #require(results.centrality.betweennessSample)
        #expect(estimate == CentralityReport.Estimate(pivots: 15, seed: BetweennessSample.defaultSeed, nodes: actors.graph.nodeCount))
        // The values are the analysis' estimate with that sample.
        let expected = try actors.centrality([.betweenness, .degree], betweennessSample: BetweennessSample(pivots: 15))
        #expect(results.centrality == expected)
        let hubs = try #require(doc.tables.first { $0.id == "tab-hubs" })
        #expect(hubs.columns.contains(header), "\(hubs.columns)")
        #expect(hubs.notes.contains(language.format(.noteBetweennessSampled, "15", String(actors.graph.nodeCount), "1")), "\(hubs.notes)")
        // The hub figure, sized by the estimate, says so under it.
        let hubFigure = try #require(doc.figures.first { $0.id == "fig-hubs" })
        #expect(hubFigure.note == language.format(.noteBetweennessSampled, "15", String(actors.graph.nodeCount), "1"))
        let method = try #require(doc.sections.first { $0.id == "method" })
        let methodText = method.blocks.compactMap { block -> String? in if case .list(let items) = block { return items.joined(separator: "\n") } else { return nil } }.joined()
        #expect(methodText.contains(sentence), "\(methodText)")
        #expect(methodText.contains("\(actors.graph.nodeCount)"))
        let html = BriefingWriter.html(doc)
        #expect(html.contains(sentence))
        #expect(HTMLOutline(Data(html.utf8)).error == nil)
        // briefing.json records it.
        let object = try #require(try JSONSerialization.jsonObject(with: BriefingWriter.json(doc, results: results)) as? [String: Any])
        let centrality = try #require((object["results"] as? [String: Any])?["centrality"] as? [String: Any])
        let sample = try #require(centrality["betweennessSample"] as? [String: Int])
        #expect(sample == ["pivots": 15, "seed": 1, "nodes": actors.graph.nodeCount])
        // The same input gives the same bytes (the seed is fixed).
        let (again, againResults) = try brief(network, options)
        #expect(BriefingWriter.html(again) == html)
        #expect(try BriefingWriter.json(again, results: againResults) == BriefingWriter.json(doc, results: results))
    }

    @Test func atOrBelowTheThresholdBetweennessIsExact() throws {
        let network = try belgium()
        let actors = try scopedView(network, .actors).undirected()
        for options in [BriefingOptions(hub: "ocam"), BriefingOptions(hub: "ocam", sampledBetweennessAbove: actors.graph.nodeCount)] {
            let (doc, results) = try brief(network, options)
            #expect(results.centrality.betweennessSample == nil)
            #expect(results.centrality == (try actors.centrality([.betweenness, .degree])))
            let hubs = try #require(doc.tables.first { $0.id == "tab-hubs" })
            #expect(hubs.columns.contains("Betweenness"))
            #expect(doc.figures.first { $0.id == "fig-hubs" }?.note == nil)
            #expect(!BriefingWriter.html(doc).contains("estimated"))
            let object = try #require(try JSONSerialization.jsonObject(with: BriefingWriter.json(doc, results: results)) as? [String: Any])
            #expect(((object["results"] as? [String: Any])?["centrality"] as? [String: Any])?["betweennessSample"] == nil)
        }
    }
}
