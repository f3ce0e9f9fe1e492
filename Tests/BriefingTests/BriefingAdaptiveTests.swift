import AgencyAnalysis
import AgencyModel
import Briefing
import Foundation
import Testing
import TextKit

/// A network without levels, objectives or sources: agencies in two relation types, with two
/// relations between some pairs (generated, seeded).
func plainNetwork(actors count: Int = 30) -> Network {
    var nodes: [Node] = []
    var edges: [Edge] = []
    var state: UInt64 = 7
    func next(_ n: Int) -> Int { state = state &* 6364136223846793005 &+ 1442695040888963407; return Int((state >> 33) % UInt64(n)) }
    for i in 0 ..< count { nodes.append(Node(id: "p\(i)", kind: .agency, name: LocalizedText(universal: "Person \(i)"))) }
    for i in 1 ..< count {
        let j = next(i)
        edges.append(Edge(from: "p\(i)", to: "p\(j)", type: .coordinates))
        if i % 3 == 0 { edges.append(Edge(from: "p\(i)", to: "p\(j)", type: .informs)) }
    }
    return Network(id: "plain", title: LocalizedText(universal: "Plain"), nodes: nodes, edges: edges)
}

@Suite struct BriefingAdaptiveTests {
    /// Sections the network cannot support are left out and named in the method section; no
    /// table is filled with dashes, no sentence counts zero levels or sources.
    @Test func networkWithoutLevelsOrObjectives() throws {
        let (doc, results) = try brief(plainNetwork(), BriefingOptions(language: .en))
        #expect(doc.sections.map(\.id) == ["summary", "findings", "hubs", "spof", "method"])
        #expect(doc.sections.first { $0.id == "hubs" }?.heading == "Coordination hubs")
        #expect(!doc.tables.contains { $0.id == "tab-levels" || $0.id == "tab-brokers" || $0.id == "tab-coverage" })
        #expect(results.brokerage == nil && results.coverage == nil)
        for table in doc.tables {
            #expect(!table.columns.contains(Language.en.word(.level)), "\(table.id) has a level column")
            for row in table.rows { #expect(!row.contains("—") && !row.contains(""), "\(table.id): \(row)") }
        }
        let html = BriefingWriter.html(doc)
        #expect(!html.contains("0 levels") && !html.contains("0 sources") && !html.contains("brokers most between levels"))
        #expect(html.contains("the data declares no levels and cites no source"))
        let method = try #require(doc.sections.last)
        #expect(method.blocks.contains(.subheading("Not analysed")))
        #expect(method.blocks.contains { if case .list(let items) = $0 { return items.contains(Language.en.word(.omittedLevels)) && items.contains(Language.en.word(.omittedScenarios)) } else { return false } })
    }

    /// Several relations between one pair are drawn as one line.
    @Test func parallelEdgesDrawnAsOne() throws {
        let network = plainNetwork(actors: 12)
        let (doc, _) = try brief(network, BriefingOptions(language: .en))
        let overview = try #require(doc.figures.first?.svg)
        let pairs = Set(network.edges.map { [$0.from, $0.to].sorted().joined(separator: "-") })
        #expect(network.edges.count > pairs.count)
        #expect(overview.components(separatedBy: "class=\"edge").count - 1 == pairs.count)
    }

    /// Findings are about actors, ranked by consequence, at most ten shown, the rest in the JSON.
    @Test func belgianFindingsRankedAndAboutActors() throws {
        let network = try belgium()
        let (doc, results) = try brief(network, BriefingOptions(language: .en, hub: "ocam", scenarios: [["ocam"]],
                                                                comparisons: [BriefingComparison(name: "2015", network: network.snapshot(at: PartialDate(year: 2015)!), isBefore: true)]))
        #expect(doc.findings.count <= BriefingBuilder.shownFindings)
        let json = try #require(try JSONSerialization.jsonObject(with: BriefingWriter.json(doc, results: results)) as? [String: Any])
        #expect((json["findings"] as? [Any])?.count == doc.findings.count + doc.moreFindings.count)
        for f in doc.findings + doc.moreFindings {
            for id in f.subjects { #expect(network.node(withID: id)?.kind.isActor == true, "\(f.id) is about \(id)") }
        }
        #expect(!doc.findings.contains { $0.subjects.contains("belgium") })
        let first = try #require(doc.findings.first)
        #expect(first.subjects == ["ocam"])
        #expect(first.text.contains("coordination layer"), "\(first.text)")
        #expect((first.values["cutOff"] ?? 0) >= 10)
    }

    /// Every figure of the Belgian briefing keeps its text at 9 CSS px (7 pt) or more at the A4 content width.
    @Test(arguments: [Language.en, .fr]) func belgianFiguresLegibleOnA4(_ lang: Language) throws {
        let network = try belgium()
        let (doc, _) = try brief(network, BriefingOptions(language: lang, hub: "ocam", scenarios: [["ocam"]],
                                                          comparisons: [BriefingComparison(name: "2015", network: network.snapshot(at: PartialDate(year: 2015)!), isBefore: true)]))
        #expect(doc.figures.count == 5)
        for figure in doc.figures {
            let svg = try #require(figure.svg, "\(figure.id) omitted")
            let fit = FigureFit(svg: svg)
            let pixels = figure.landscape ? fit.smallestLandscapeTextPixels : fit.smallestTextPixels
            #expect(pixels >= FigureFit.minimumTextPixels, "\(figure.id) (landscape: \(figure.landscape)): \(fit)")
        }
    }

    /// The measure: a 2,000-unit drawing with 11-unit text comes out under 9 px on A4.
    @Test func figureFitMeasures() {
        let wide = FigureFit(svg: #"<svg width="2000pt" height="300pt" viewBox="0.00 0.00 2000.00 300.00"><text font-size="11.00">a</text><text font-size="14.00">b</text></svg>"#)
        #expect(wide.smallestFont == 11)
        #expect(!wide.isLegible)
        let small = FigureFit(svg: #"<svg viewBox="0.00 0.00 400.00 300.00"><text font-size="10.00">a</text></svg>"#)
        #expect(small.isLegible && abs(small.smallestTextPixels - 10 * 4 / 3) < 1e-9)
    }

    /// In French, no heading, column, caption or measure name is the English one; names the data
    /// lacks in French carry a visible mark and are counted in the method section.
    @Test func frenchBriefingHasNoEnglishWords() throws {
        let network = try belgium()
        let options = { (lang: Language) in BriefingOptions(language: lang, hub: "ocam", scenarios: [["ocam"]]) }
        let (fr, _) = try brief(network, options(.fr))
        let (en, _) = try brief(network, options(.en))
        func words(_ doc: BriefingDocument) -> Set<String> {
            var out = Set(doc.sections.map(\.heading))
            for t in doc.tables { out.insert(t.caption); out.formUnion(t.columns); out.formUnion(t.rows.compactMap(\.first)) }
            for f in doc.figures { out.insert(f.caption) }
            return out
        }
        let shared = words(fr).intersection(words(en))
        // Names given in one form for every language, numbers and symbols are the same in both.
        let names = Set(network.nodes.flatMap { node in [node.label(preferring: ["en"]), node.label(preferring: ["fr"])] })
        let english = shared.filter { text in text.contains(where: \.isLetter) && !names.contains(text) }
        // Words spelt the same in both languages ("coordination", "source") and the data's own type names are not English.
        let same = Set(Word.allCases.map { Language.fr.word($0) }.filter { word in Word.allCases.contains { Language.en.word($0) == word } })
        let custom = Set(network.edges.map(\.type.rawValue).filter { $0.hasPrefix("x-") })
        let left = english.filter { text in !text.components(separatedBy: " — ").allSatisfy { same.contains($0) || custom.contains($0) } && !same.contains(text) }
        #expect(left.subtracting(["z", "Jaccard"]).isEmpty, "\(left.sorted())")
        let html = BriefingWriter.html(fr)
        #expect(html.contains("ᵉⁿ"), "names given in English only are marked")
        let method = try #require(fr.sections.last)
        #expect(method.blocks.contains { if case .list(let items) = $0 { return items.contains { $0.contains("pas donnés en français") } } else { return false } })
    }

    /// Every actor the worst single point of failure cuts off is in the SPOF figure, or the figure
    /// says how many it leaves out; its table lists them all.
    @Test func spofFigureShowsEveryCutOffActor() throws {
        let network = try belgium()
        let (doc, results) = try brief(network, BriefingOptions(language: .en, hub: "ocam"))
        let worst = try #require(results.spof.articulationPoints.max { $0.cutOff.count < $1.cutOff.count })
        #expect(worst.nodes[0].id == "ocam" && worst.cutOff.count >= 10)
        let figure = try #require(doc.figures.first { $0.id == "fig-spof" })
        let svg = try #require(figure.svg).replacingOccurrences(of: "&#45;", with: "-")
        let drawn = worst.cutOff.filter { svg.contains("id=\"node-\($0)\"") }
        if drawn.count < worst.cutOff.count {
            #expect(figure.note?.contains(String(worst.cutOff.count - drawn.count)) == true, "\(drawn.count) of \(worst.cutOff.count) drawn, note: \(figure.note ?? "none")")
        }
        let table = try #require(doc.tables.first { $0.id == "tab-spof" })
        let row = try #require(table.rows.first)
        #expect(!row[1].contains("…") && !row[1].contains("+"), "\(row[1])")
        let builderLabels = worst.cutOff.compactMap { network.node(withID: $0)?.label(preferring: ["en", "fr", "nl", "de"]) }
        #expect(builderLabels.count == worst.cutOff.count)
        #expect(row[1].components(separatedBy: ", ").count + row[1].components(separatedBy: " and ").count - 1 == worst.cutOff.count, "\(row[1])")
    }

    /// The Belgian overview is condensed by level, and a line has an arrow only where every
    /// coordination tie between the two levels runs the same way.
    @Test func condensedOverviewArrowsOnlyOneWay() throws {
        let network = try belgium()
        let (doc, _) = try brief(network, BriefingOptions(language: .en, hub: "ocam"))
        let svg = try #require(doc.figures.first { $0.id == "fig-overview" }?.svg).replacingOccurrences(of: "&#45;", with: "-")
        #expect(svg.contains("id=\"group-0\""), "the Belgian overview is condensed by level")
        let actors = try scopedView(network, .actors).network
        let levels = network.levelsByRank.map(\.id).filter { id in actors.nodes.contains { $0.level == id || $0.id == id } }
        var directions: [String: Set<String>] = [:]
        for e in actors.edges {
            let level = { (id: String) in actors.node(withID: id).flatMap { $0.kind == .level ? $0.id : $0.level } }
            guard let a = level(e.from), let b = level(e.to), a != b, let i = levels.firstIndex(of: a), let j = levels.firstIndex(of: b) else { continue }
            directions["\(min(i, j))-\(max(i, j))", default: []].insert(e.type.isSymmetric ? "both" : (i < j ? "down" : "up"))
        }
        #expect(!directions.isEmpty)
        for (pair, ways) in directions {
            let parts = pair.split(separator: "-")
            let oneWay = ways.count == 1 && !ways.contains("both")
            let (from, to) = ways == ["up"] ? (parts[1], parts[0]) : (parts[0], parts[1])
            #expect(svg.contains("id=\"tie-\(from)-\(to)\" class=\"edge tie \(oneWay ? "directed" : "undirected")\""), "\(pair): \(ways)")
        }
    }

    /// The change finding names what is compared in words, never a file path.
    @Test func changeFindingNamesVersionsInWords() throws {
        let network = try belgium()
        let path = "graphs/belgium-counter-terrorism.yaml"
        let (doc, _) = try brief(network, BriefingOptions(language: .en, comparisons: [BriefingComparison(
            name: "\(path) @ 2015", network: network.snapshot(at: PartialDate(year: 2015)!), isBefore: true, date: PartialDate(year: 2015))],
            inputName: path))
        let finding = try #require((doc.findings + doc.moreFindings).first { $0.id == "finding-changes-1" })
        #expect(finding.text.hasPrefix("From the network at 2015 to "), "\(finding.text)")
        #expect(!finding.text.contains(".yaml") && !finding.text.contains("/"), "\(finding.text)")
        let section = try #require(doc.sections.first { $0.id == "changes" })
        for block in section.blocks { if case .subheading(let text) = block { #expect(!text.contains(".yaml"), "\(text)") } }
        // Edges added are written with the nodes' labels and the type's name, not ids.
        let lists = section.blocks.compactMap { if case .list(let items) = $0 { return items.joined(separator: "\n") } else { return nil } }.joined()
        #expect(!lists.contains("->") && lists.contains("—member of→"), "\(lists)")
        let (fr, _) = try brief(network, BriefingOptions(language: .fr, comparisons: [BriefingComparison(
            name: path, network: network.snapshot(at: PartialDate(year: 2015)!), isBefore: true, date: PartialDate(year: 2015))], inputName: path))
        let frText = try #require((fr.findings + fr.moreFindings).first { $0.id == "finding-changes-1" }?.text)
        #expect(frText.hasPrefix("Entre le réseau en 2015 et "), "\(frText)")
    }

    /// A large network: a condensed overview, top-k tables saying so, the full lists in the JSON;
    /// the figures of parts of the network are still drawn, legibly.
    @Test func largeNetworkCondensedAndTopK() throws {
        let network = plainNetwork(actors: 400)
        let (doc, results) = try brief(network, BriefingOptions(language: .en, maxRows: 20, largeNetwork: 300))
        let overview = try #require(doc.figures.first { $0.id == "fig-overview" }?.svg).replacingOccurrences(of: "&#45;", with: "-")
        #expect(overview.contains("id=\"group-0\""))
        #expect(overview.components(separatedBy: "class=\"node group\"").count - 1 <= 24)
        let hubs = try #require(doc.tables.first { $0.id == "tab-hubs" })
        #expect(hubs.rows.count == 20)
        #expect(hubs.notes.contains("Top 20 of 400; all in briefing.json."), "\(hubs.notes)")
        #expect(results.centrality.rows.count == 400)
        let json = try #require(try JSONSerialization.jsonObject(with: BriefingWriter.json(doc, results: results)) as? [String: Any])
        let centrality = (json["results"] as? [String: Any])?["centrality"] as? [String: Any]
        #expect((centrality?["rows"] as? [Any])?.count == 400)
        for figure in doc.figures {
            let svg = try #require(figure.svg, "\(figure.id) omitted")
            let fit = FigureFit(svg: svg)
            #expect((figure.landscape ? fit.smallestLandscapeTextPixels : fit.smallestTextPixels) >= FigureFit.minimumTextPixels, "\(figure.id)")
        }
    }

    /// The landscape measure: a drawing too wide for the portrait column but not for a landscape page.
    @Test func figureFitLandscape() {
        let wide = FigureFit(svg: #"<svg viewBox="0.00 0.00 1000.00 300.00"><text font-size="11.00">a</text></svg>"#)
        #expect(!wide.isLegible && wide.isLegibleLandscape)
        #expect(abs(wide.smallestLandscapeTextPixels - 11 * FigureFit.landscapeWidth / 1000) < 1e-9)
    }
}
