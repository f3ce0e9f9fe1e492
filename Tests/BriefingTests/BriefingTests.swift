import AgencyAnalysis
import AgencyModel
import Briefing
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import TextKit

/// The package root, for graphs/.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

func belgium() throws -> Network {
    try NetworkReader.loadValid(contentsOf: packageRoot.appendingPathComponent("graphs/belgium-counter-terrorism.yaml").path)
}

/// A view of `network` scoped for a question, as `agencygraph brief` builds it.
func scopedView(_ network: Network, _ scope: QuestionScope, _ language: Language = .en) throws -> AnalysisView {
    let filtered = try scope.completing(ViewFilter(), for: network).apply(to: network)
    return try AnalysisView(network: filtered, options: AnalysisOptions(languages: NameResolver(language: language.rawValue).languages), context: network)
}

/// Briefs `network` with the views `agencygraph brief` uses (whole, actors, policy).
func brief(_ network: Network, _ options: BriefingOptions) throws -> (BriefingDocument, BriefingResults) {
    var builder = BriefingBuilder(view: try scopedView(network, .whole, options.language), context: network, options: options,
                                  actors: try scopedView(network, .actors, options.language), policy: try scopedView(network, .policy, options.language))
    return try builder.build()
}

/// What an XML parse of the HTML finds: section ids in order, figure captions, svgs per figure, element names, text.
final class HTMLOutline: NSObject, XMLParserDelegate {
    var sections: [String] = []
    var captions: [String] = []
    var diagramFigures = 0
    var svgInDiagram = 0
    var elements: [String: Int] = [:]
    var text = ""
    var attributeValues: [String] = []
    private var stack: [(name: String, cls: String?)] = []
    private var inCaption = false
    private var caption = ""
    private(set) var error: Error?

    init(_ data: Data) {
        super.init()
        let parser = XMLParser(data: data)
        parser.delegate = self
        if !parser.parse() { error = parser.parserError ?? NSError(domain: "xml", code: 1) }
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        elements[name, default: 0] += 1
        attributeValues.append(contentsOf: attributes.values)
        if name == "section", let id = attributes["id"] { sections.append(id) }
        if name == "figure", attributes["class"] == "diagram" { diagramFigures += 1 }
        if name == "svg", stack.contains(where: { $0.name == "figure" && $0.cls == "diagram" }), !stack.contains(where: { $0.name == "svg" }) { svgInDiagram += 1 }
        if name == "figcaption" { inCaption = true; caption = "" }
        stack.append((name, attributes["class"]))
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        stack.removeLast()
        if name == "figcaption" { inCaption = false; captions.append(caption) }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if !stack.contains(where: { $0.name == "svg" }) { text += string }
        if inCaption { caption += string }
    }
}

@Suite struct BriefingDocumentTests {
    static let expectedSections = ["summary", "findings", "hubs", "spof", "coverage", "layers", "scenarios", "method"]

    @Test func sectionsInOrderFiguresInlineAndNumbered() throws {
        let network = try belgium()
        let (doc, _) = try brief(network, BriefingOptions(hub: "ocam", scenarios: [["ocam"]]))
        let outline = HTMLOutline(Data(BriefingWriter.html(doc).utf8))
        #expect(outline.error == nil, "the HTML must parse as XML: \(String(describing: outline.error))")
        #expect(outline.sections == Self.expectedSections)
        // summary overview, hubs, spof, scenario 1: four inline figures.
        #expect(outline.diagramFigures == 4)
        #expect(outline.svgInDiagram == 4)
        let figureNumbers = outline.captions.filter { $0.hasPrefix("Figure ") }.map { $0.dropFirst(7).prefix { $0.isNumber } }
        #expect(figureNumbers == ["1", "2", "3", "4"])
        let tableNumbers = outline.captions.filter { $0.hasPrefix("Table ") }.compactMap { Int($0.dropFirst(6).prefix { $0.isNumber }) }
        #expect(tableNumbers == Array(1 ... tableNumbers.count))
        #expect(outline.elements["script"] == nil)
        // Every finding's evidence anchor exists.
        let html = BriefingWriter.html(doc)
        for f in doc.findings { for e in f.evidence { #expect(html.contains("id=\"\(e)\""), "missing anchor \(e)") } }
    }

    /// Several figures draw the same nodes (`node-ocam`); inline, their ids are scoped per figure so
    /// that every id in the page is unique and the evidence anchors stay unambiguous.
    @Test func idsAreUniqueInThePage() throws {
        let (doc, _) = try brief(try belgium(), BriefingOptions(hub: "ocam", scenarios: [["ocam"]]))
        let html = BriefingWriter.html(doc)
        var ids: [String: Int] = [:]
        var rest = Substring(html)
        while let r = rest.range(of: " id=\"") {
            let value = rest[r.upperBound...].prefix { $0 != "\"" }
            ids[String(value), default: 0] += 1
            rest = rest[r.upperBound...]
        }
        #expect(ids.count > 100)
        #expect(ids.filter { $0.value > 1 }.keys.sorted() == [])
        // OCAM is drawn in more than one figure, each time under its own scoped id.
        #expect(ids.keys.filter { $0.hasSuffix("-node&#45;ocam") }.count >= 2)   // Graphviz writes "-" as &#45;
    }

    @Test func hostileNamesRenderAsText() throws {
        let markup = "<script>alert('x')</script> & *bold* _u_ [l](http://e) | \\ <b>"
        var network = try belgium()
        network.title = LocalizedText(universal: "T" + markup)
        network.update { nodes, edges in
            for i in nodes.indices { nodes[i].name = LocalizedText(universal: nodes[i].id + markup); nodes[i].acronym = nil }
            for i in edges.indices where edges[i].assumption != nil { edges[i].assumption = "A" + markup }
        }
        let (doc, results) = try brief(network, BriefingOptions(hub: "ocam", scenarios: [["ocam"]]))
        let html = BriefingWriter.html(doc)
        let outline = HTMLOutline(Data(html.utf8))
        #expect(outline.error == nil)
        #expect(outline.elements["script"] == nil)
        #expect(outline.elements["b"] == nil)
        #expect(outline.text.contains("<script>alert('x')</script>"), "the markup is shown as text")
        #expect(!html.contains("<script"))
        let md = BriefingWriter.markdown(doc)
        // Outside the briefing's own anchors, every `<` of the text is escaped.
        for line in md.split(separator: "\n") where !line.hasPrefix("<a id=\"") {
            for i in line.indices where line[i] == "<" {
                #expect(i != line.startIndex && line[line.index(before: i)] == "\\", "unescaped < in: \(line)")
            }
        }
        #expect(md.contains("\\<script>alert('x')\\</script>"), "only what CommonMark would read as markup is escaped")
        #expect(!md.contains("*bold*"))
        // Table rows keep their column count: a data `|` is escaped.
        for line in md.split(separator: "\n") where line.hasPrefix("| ") {
            let unescaped = line.indices.filter { line[$0] == "|" && ($0 == line.startIndex || line[line.index(before: $0)] != "\\") }
            #expect(unescaped.count >= 2)
        }
        let json = try BriefingWriter.json(doc, results: results)
        #expect(try JSONSerialization.jsonObject(with: json) is [String: Any])
    }

    /// The Markdown reads as the data: nothing a CommonMark reader would show as is gets a backslash.
    @Test func markdownKeepsPlainTextReadable() throws {
        let (doc, _) = try brief(try belgium(), BriefingOptions(hub: "ocam", scenarios: [["ocam"]]))
        let md = BriefingWriter.markdown(doc)
        #expect(md.hasPrefix("# Belgium's counter-terrorism coordination network\n"))
        #expect(md.contains("This briefing describes “Belgium's counter-terrorism coordination network”: 69 nodes"))
        // An objective named in French only, marked as such in an English briefing.
        #expect(md.contains("| Prévenir et lutter contre la radicalisation et l'extrémisme violentᶠʳ |"))
        #expect(!md.contains("\\'") && !md.contains("\\-") && !md.contains("\\.") && !md.contains("\\("))
    }

    /// A library user's network may hold characters that are not text (readers refuse them): the
    /// HTML and Markdown show U+FFFD in their place (TextKit's rule; the HTML used to show a space),
    /// and the page still parses as XML.
    @Test func nonTextCharactersBecomeReplacementCharacters() throws {
        var network = try belgium()
        network.title = LocalizedText(universal: "Title\u{1}with\u{7F}controls\u{FFFE}")
        let (doc, _) = try brief(network, BriefingOptions(hub: "ocam"))
        let html = BriefingWriter.html(doc)
        #expect(HTMLOutline(Data(html.utf8)).error == nil)
        #expect(html.contains("<h1>Title\u{FFFD}with\u{FFFD}controls\u{FFFD}</h1>"))
        #expect(BriefingWriter.markdown(doc).hasPrefix("# Title\u{FFFD}with\u{FFFD}controls\u{FFFD}\n"))
    }

    @Test func jsonNumbersEqualTheAnalyses() throws {
        let network = try belgium()
        let (doc, results) = try brief(network, BriefingOptions(hub: "ocam"))
        let object = try #require(try JSONSerialization.jsonObject(with: BriefingWriter.json(doc, results: results)) as? [String: Any])
        let findings = try #require(object["findings"] as? [[String: Any]])
        func values(_ id: String) throws -> [String: Double] {
            try #require(findings.first { $0["id"] as? String == id }?["values"] as? [String: Double])
        }
        let view = try scopedView(network, .policy), actors = try scopedView(network, .actors)
        let spof = try actors.singlePointsOfFailure(SPOFOptions(hub: "ocam", keyPlayers: 3, robustness: false))
        #expect(try values("finding-spof-count")["articulationPoints"] == Double(spof.articulationPoints.count))
        #expect(try values("finding-spof-worst")["cutOff"] == Double(spof.articulationPoints.map(\.cutOff.count).max()!))
        let centrality = try actors.undirected().centrality([.betweenness])
        // (JSONSerialization may parse the last digit differently: compare to 1e-12.)
        let top = try #require(try values("finding-top-hub")["betweenness"])
        #expect(abs(top - centrality.rows.map { $0.scores[0] }.max()!) < 1e-12)
        #expect(doc.findings.first { $0.id == "finding-top-hub" }?.values["betweenness"] == centrality.rows.map { $0.scores[0] }.max())
        let coverage = try view.coverage(CoverageOptions(min: 2, hub: "ocam"))
        var counts: [String: Int] = [:]
        for c in coverage.cells { counts[c.objective + "|" + c.level] = c.count }
        var empty = 0, single = 0
        for o in coverage.objectives { for l in coverage.levels {
            let k = counts[o.objective.id + "|" + l] ?? 0
            if k == 0 { empty += 1 } else if k == 1 { single += 1 }
        } }
        let cov = try values("finding-coverage")
        #expect(cov["empty"] == Double(empty))
        #expect(cov["single"] == Double(single))
        #expect(cov["cells"] == Double(coverage.objectives.count * coverage.levels.count))
        #expect(try values("finding-redundancy")["redundancyOne"] == Double(coverage.redundancyOne.count))
        // The numbers are stated in the sentences.
        let spofText = try #require(doc.findings.first { $0.id == "finding-spof-count" }?.text)
        #expect(spofText.hasPrefix("\(spof.articulationPoints.count) "))
        #expect(((object["results"] as? [String: Any])?["stats"] as? [String: Any])?["nodeCount"] as? Int == network.nodes.count)
    }

    @Test func sameInputSameBytes() throws {
        let network = try belgium()
        let options = BriefingOptions(language: .fr, hub: "ocam", scenarios: [["ocam"]], comparisons: [BriefingComparison(name: "2015", network: network.snapshot(at: PartialDate(year: 2015)!))])
        let (a, ra) = try brief(network, options)
        let (b, rb) = try brief(network, options)
        #expect(BriefingWriter.html(a) == BriefingWriter.html(b))
        #expect(BriefingWriter.markdown(a) == BriefingWriter.markdown(b))
        #expect(try BriefingWriter.json(a, results: ra) == BriefingWriter.json(b, results: rb))
        #expect(a.sections.first { $0.id == "changes" }!.blocks.count > 1, "the comparison is drawn")
    }

    @Test(arguments: [(Language.fr, "Résumé", "Points de défaillance uniques"), (.nl, "Samenvatting", "Enkelvoudige faalpunten"), (.en, "Summary", "Single points of failure"), (.de, "Zusammenfassung", "Einzelne Ausfallpunkte")])
    func headingsInTheLanguage(_ lang: Language, _ summary: String, _ spof: String) throws {
        let (doc, _) = try brief(try belgium(), BriefingOptions(language: lang, hub: "ocam"))
        #expect(doc.sections[0].heading == summary)
        #expect(doc.sections[3].heading == spof)
        #expect(BriefingWriter.html(doc).contains("lang=\"\(lang.rawValue)\""))
        // Decimal comma in French, Dutch and German, point in English.
        let top = try #require(doc.findings.first { $0.id == "finding-top-hub" }?.text)
        // (Betweenness among actors in the coordination layer.)
        #expect(top.contains(lang == .en ? "0.170" : "0,170"), "\(top)")
    }

    @Test func largeNetworkSummarisedByLevelAndCapped() throws {
        var nodes: [Node] = []
        var edges: [Edge] = []
        let levels = ["l0", "l1", "l2", "l3"]
        for (r, l) in levels.enumerated() { nodes.append(Node(id: l, kind: .level, name: LocalizedText(universal: "Level \(r)"), rank: r)) }
        for i in 0 ..< 2100 {
            let l = levels[i % 4]
            nodes.append(Node(id: "a\(i)", kind: .agency, level: l))
            edges.append(Edge(from: "a\(i)", to: l, type: .operatesAt))
            if i > 0 { edges.append(Edge(from: "a\(i)", to: "a\(i / 2)", type: .coordinates)) }
        }
        let network = Network(id: "big", title: LocalizedText(universal: "Big"), nodes: nodes, edges: edges)
        let (doc, _) = try brief(network, BriefingOptions(maxRows: 10))
        let overview = try #require(doc.figures.first)
        #expect(overview.svg != nil)
        #expect(overview.svg!.contains("525 members"), "levels drawn with their counts (the level node is the box, not a member)")
        // The other figures draw a part of the network, legible at any size.
        for figure in doc.figures.dropFirst() {
            let fit = FigureFit(svg: try #require(figure.svg, "\(figure.id)"))
            #expect((figure.landscape ? fit.smallestLandscapeTextPixels : fit.smallestTextPixels) >= FigureFit.minimumTextPixels, "\(figure.id)")
        }
        let hubs = try #require(doc.tables.first { $0.id == "tab-hubs" })
        #expect(hubs.rows.count == 10)
        #expect(hubs.notes.contains("Top 10 of 2100; all in briefing.json."), "\(hubs.notes)")
        #expect(HTMLOutline(Data(BriefingWriter.html(doc).utf8)).error == nil)
    }

    @Test func findingsTraceToSeedExcerpts() throws {
        let network = try belgium()
        let (doc, _) = try brief(network, BriefingOptions(hub: "ocam", scenarios: [["ocam"]]))
        let seed = try String(contentsOf: packageRoot.appendingPathComponent("graphs/sources/belgium-counter-terrorism.fr.txt"), encoding: .utf8)
        let excerpts = try #require(doc.tables.first { $0.id == "tab-excerpts" })
        #expect(!excerpts.rows.isEmpty)
        // Every excerpt shown is verbatim in the seed text.
        for row in excerpts.rows where row[1].hasPrefix("seed") {
            #expect(seed.contains(row[2]), "not in the seed: \(row[2])")
        }
        // Every finding about a node with a cited source has at least one excerpt shown.
        for f in doc.findings {
            for id in f.subjects {
                guard let node = network.node(withID: id), !node.provenance.isEmpty else { continue }
                let label = node.label(preferring: ["en", "fr", "nl", "de"])
                #expect(excerpts.rows.contains { $0[0] == label }, "no excerpt for \(id) (\(f.id))")
            }
            #expect(!f.evidence.isEmpty)
        }
    }
}

/// The briefing's actor questions read actors in the coordination layer (QuestionScope), so the
/// OCAM's loss is reported per layer: the services it coordinates lose their only channel.
@Suite struct BriefingLayerTests {
    @Test func scenarioFindingNamesTheLayerAndBackupChannels() throws {
        let network = try belgium()
        let options = BriefingOptions(language: .en, hub: "ocam", scenarios: [["ocam"]])
        func view(_ scope: QuestionScope) throws -> AnalysisView {
            let filtered = try scope.completing(ViewFilter(), for: network).apply(to: network)
            return try AnalysisView(network: filtered, context: network)
        }
        var builder = BriefingBuilder(view: try view(.whole), context: network, options: options,
                                      actors: try view(.actors), policy: try view(.policy))
        let (doc, results) = try builder.build()
        let finding = try #require(doc.findings.first { $0.id == "finding-scenario-1-layers" })
        let impact = try #require(results.scenarios.first?.layers)
        let coordination = try #require(impact.layers.first { $0.layer == "coordination" })
        #expect(finding.values["cutOff"] == Double(coordination.cutOff.count))
        #expect(coordination.cutOff.count >= 10)
        #expect(finding.text.hasPrefix("Removing Coordination Unit for Threat Analysis cuts off \(coordination.cutOff.count) actors from the rest in the coordination layer"))
        // The top hub among actors is the OCAM, not the country node.
        let top = try #require(doc.findings.first { $0.id == "finding-top-hub" })
        #expect(top.subjects == ["ocam"])
    }
}
