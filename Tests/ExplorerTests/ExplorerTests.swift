import AgencyAnalysis
import AgencyModel
@testable import Explorer
import Foundation
import Testing
import TextKit

/// The package root, for graphs/ and examples/.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

func belgium() throws -> Network {
    try NetworkReader.loadValid(contentsOf: packageRoot.appendingPathComponent("graphs/belgium-counter-terrorism.yaml").path)
}

/// The text between `open` (its first occurrence after `from`) and the next `close`.
func between(_ text: String, _ open: String, _ close: String) -> String? {
    guard let start = text.range(of: open), let end = text.range(of: close, range: start.upperBound ..< text.endIndex) else { return nil }
    return String(text[start.upperBound ..< end.lowerBound])
}

/// The embedded data of a page, decoded.
func embeddedData(_ html: String) throws -> ExplorerData {
    let blob = try #require(between(html, "<script type=\"application/json\" id=\"data\">", "</script>"))
    return try JSONDecoder().decode(ExplorerData.self, from: Data(blob.utf8))
}

@Suite(.serialized) struct ExplorerTests {
    @Test func belgianDataHoldsWhatThePageShows() throws {
        let network = try belgium()
        let page = try ExplorerDocument.build(network: network, options: ExplorerOptions(hub: "ocam", inputName: "belgium.yaml"))
        let html = page.html()
        let data = try embeddedData(html)
        #expect(data == page.data, "the blob decodes to what was built")

        // OCAM: its French name and the verbatim excerpt of its source.
        let ocam = try #require(data.nodes.first { $0.id == "ocam" })
        #expect(ocam.names["fr"] == "Organe de Coordination pour l’analyse de la menace")
        #expect(ocam.acronyms["nl"] == "OCAD")
        let fact = try #require(ocam.provenance.first)
        let excerpt = try #require(fact.excerpt)
        #expect(excerpt.contains("Organe de Coordination"))
        #expect(data.sources[fact.ref]?.title.isEmpty == false)
        let seed = try String(contentsOf: packageRoot.appendingPathComponent("graphs/sources/belgium-counter-terrorism.fr.txt"), encoding: .utf8)
        #expect(seed.contains(excerpt), "the excerpt is verbatim in the source text")

        // Dates: Plan R ends when the National Strategy starts; both are in the date filter's numbers.
        let planR = try #require(data.nodes.first { $0.id == "plan_r" })
        let strategy = try #require(data.nodes.first { $0.id == "national_strategy_ter" })
        let planRNode = try #require(network.node(withID: "plan_r")), strategyNode = try #require(network.node(withID: "national_strategy_ter"))
        #expect(planR.until == planRNode.validity.until?.description && planR.until != nil)
        #expect(strategy.since == strategyNode.validity.since?.description && strategy.since != nil)
        let in2010 = try #require(PartialDate(parsing: "2010"))
        #expect(try #require(strategy.from) > in2010.lastDay, "hidden at 2010")
        #expect((planR.from ?? 0) <= in2010.lastDay && (planR.to ?? Int.max) >= in2010.firstDay, "shown at 2010")
        // Measures at every distinct date of the data, after the all-periods ones.
        #expect(data.measures.first?.date == nil)
        #expect(data.measures.contains { $0.date == strategy.since })
        let days = data.measures.dropFirst().compactMap(\.day)
        #expect(days == days.sorted() && days.count == data.measures.count - 1)

        // Removing OCAM: the per-layer cut-off, as the layers analysis gives it.
        let removal = try #require(data.removals["ocam"])
        let coordination = try #require(removal.layers.first { $0.layer == "coordination" })
        let coordinated = Set(network.edges.filter { $0.from == "ocam" && $0.type == .coordinates }.map(\.to))
        #expect(!coordination.cutOff.isEmpty)
        #expect(Set(coordination.cutOff).isSubset(of: coordinated), "those cut off in coordination are services OCAM coordinates")
        let filtered = try QuestionScope.actors.completing(ViewFilter(), for: network).apply(to: network)
        let actors = try AnalysisView(network: filtered, context: network)
        let impact = try actors.layerImpact(removing: ["ocam"])
        #expect(coordination.cutOff == impact.layers.first { $0.layer == "coordination" }?.cutOff)
        #expect(data.removalsComplete && data.removals.count == data.actorCount)

        // Every drawn edge and node has the element the page looks up.
        for node in data.nodes { #expect(html.contains("id=\"\(node.svg.replacingOccurrences(of: "-", with: "&#45;"))\"")) }
        let drawn = data.edges.filter { html.contains("id=\"\($0.id.replacingOccurrences(of: "-", with: "&#45;"))\"") }
        #expect(drawn.count > data.edges.count * 3 / 4)
        // Interface words in the four languages.
        for language in Language.allCases { #expect(data.words[language.rawValue]?["explorer-remove"] == language.word(.explorerRemove)) }
        #expect(html.utf8.count < 1_500_000)
    }

    @Test func pagePassesTheMarkupGateAndItsPolicy() throws {
        let page = try ExplorerDocument.build(network: try belgium(), options: ExplorerOptions(hub: "ocam"))
        let markup = ExplorerPage.markup(page)
        #expect(SafeSVG.check(markup) == nil, "the page without its two scripts is well-formed and safe")
        #expect(SafeSVG.check(page.svg) == nil)
        let html = page.html()
        // The policy allows exactly the script and the style in the page, by their hashes.
        let csp = try #require(between(html, "http-equiv=\"Content-Security-Policy\" content=\"", "\""))
        let script = try #require(between(html, "<script>", "</script>"))
        let style = try #require(between(html, "<style>", "</style>"))
        #expect(script == ExplorerScript.source && style == ExplorerStyle.source)
        #expect(csp.contains("script-src &#39;sha256-\(SHA256.base64Digest(of: script))&#39;"))
        #expect(csp.contains("style-src &#39;sha256-\(SHA256.base64Digest(of: style))&#39;"))
        #expect(csp.hasPrefix("default-src &#39;none&#39;"))
        #expect(html.components(separatedBy: "<script").count == 3, "two script elements: the data and the code")
        // No request can leave: no URL to fetch in the page's own markup.
        for needle in ["src=\"http", "href=\"http", "@import", "url(http", "<link"] { #expect(!markup.contains(needle), "\(needle)") }
    }

    @Test func hostileNamesStayText() throws {
        let hostile = ["<img src=x onerror=alert(1)>", "</script><script>alert(1)</script>", "<!-- x", "]]> & \u{2028}"]
        var network = try belgium()
        network.update { nodes, edges in
            for i in nodes.indices {
                nodes[i].name = LocalizedText(["fr": hostile[i % hostile.count], "en": nodes[i].id + hostile[(i + 1) % hostile.count]])
                nodes[i].acronym = i % 2 == 0 ? LocalizedText(universal: hostile[(i + 2) % hostile.count]) : nil
            }
            for i in edges.indices where edges[i].assumption != nil { edges[i].assumption = hostile[i % hostile.count] }
        }
        network.title = LocalizedText(universal: hostile[1])
        let page = try ExplorerDocument.build(network: network, options: ExplorerOptions(language: .fr, hub: "ocam"))
        let html = page.html()
        #expect(SafeSVG.check(ExplorerPage.markup(page)) == nil)
        #expect(html.components(separatedBy: "<script").count == 3)
        #expect(!html.contains("<img"))
        let blob = try #require(between(html, "<script type=\"application/json\" id=\"data\">", "</script>"))
        #expect(!blob.contains("<") && !blob.contains(">") && !blob.contains("\u{2028}"))
        let data = try embeddedData(html)
        #expect(data.nodes.contains { $0.names["fr"] == "<img src=x onerror=alert(1)>" }, "the name is kept as the data says it")
        #expect(data.title["fr"] == hostile[1])
        // The script writes data only through textContent.
        #expect(!ExplorerScript.source.contains("innerHTML") && !ExplorerScript.source.contains("insertAdjacentHTML"))
        #expect(!ExplorerScript.source.contains("eval(") && !ExplorerScript.source.contains("document.write"))
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let network = try belgium()
        let a = try ExplorerDocument.build(network: network, options: ExplorerOptions(hub: "ocam")).html()
        let b = try ExplorerDocument.build(network: network, options: ExplorerOptions(hub: "ocam")).html()
        #expect(a == b)
    }

    @Test func networkWithoutLevelsOrObjectives() throws {
        let source = Source(id: "s", title: "Invented")
        let fact = [Provenance(ref: "s")]
        let nodes = ["a", "b", "c", "d"].map { Node(id: $0, kind: .agency, name: LocalizedText(["en": "Agency \($0)"]), provenance: fact) }
        let edges = [("a", "b"), ("b", "c"), ("b", "d")].map { Edge(from: $0.0, to: $0.1, type: .coordinates, provenance: fact) }
            + [Edge(from: "c", to: "d", type: .informs, validity: ValidityPeriod(since: PartialDate(year: 2020)), provenance: fact)]
        let network = Network(id: "tiny", title: LocalizedText(["en": "Tiny"]), sources: [source], nodes: nodes, edges: edges)
        let page = try ExplorerDocument.build(network: network)
        let data = try embeddedData(page.html())
        #expect(data.levels.isEmpty && data.colourings["level"] == nil && data.colourings["coverage"] == nil)
        #expect(data.colourings["community"] != nil && data.colourings["kind"] != nil)
        #expect(data.measures.map(\.date) == [nil, "2020"])
        // Without a hub, what b's loss cuts off is measured from the largest remaining part: c and
        // d stay joined (c informs d), a is cut off.
        let cut = try #require(data.removals["b"]?.layers.first { $0.layer == "coordination" })
        #expect(cut.cutOff == ["a"])
        #expect(data.spofNodes == ["b"])
        #expect(SafeSVG.check(ExplorerPage.markup(page)) == nil)
    }

    /// Graphviz writes `<!-- ID -->` before each node's group: nodes named `script` and `data` must
    /// not be taken for the places of the page's script elements (the app's script once, at the end).
    @Test func nodeIdsLikeThePagesPartsDoNotMoveTheScripts() throws {
        let source = Source(id: "s", title: "Invented")
        let fact = [Provenance(ref: "s")]
        let nodes = ["script", "data", "other"].map { Node(id: $0, kind: .agency, name: LocalizedText(["en": $0]), provenance: fact) }
        let edges = [Edge(from: "script", to: "data", type: .coordinates, provenance: fact), Edge(from: "data", to: "other", type: .coordinates, provenance: fact)]
        let network = Network(id: "parts", title: LocalizedText(["en": "Parts"]), sources: [source], nodes: nodes, edges: edges)
        let html = try ExplorerDocument.build(network: network).html()
        #expect(html.components(separatedBy: "<script").count == 3, "one data element and one script")
        #expect(html.contains("<!-- script -->"), "the drawing keeps Graphviz's comment for the node")
        let svgEnd = try #require(html.range(of: "</svg>"))
        let dataStart = try #require(html.range(of: "<script type=\"application/json\" id=\"data\">"))
        #expect(svgEnd.upperBound <= dataStart.lowerBound, "the scripts come after the drawing")
        #expect(try embeddedData(html).nodes.count == 3)
    }

    @Test func removalsAboveTheLimitAreNotPrecomputed() throws {
        let page = try ExplorerDocument.build(network: try belgium(), options: ExplorerOptions(hub: "ocam", removalLimit: 5))
        #expect(page.data.removals.isEmpty && !page.data.removalsComplete && page.data.removalLimit == 5)
    }

    @Test func unknownHubIsATypedError() throws {
        #expect(throws: ExplorerError.unknownNode(id: "ocamm", option: .hub, suggestion: "ocam")) {
            try ExplorerDocument.build(network: try belgium(), options: ExplorerOptions(hub: "ocamm"))
        }
    }

    @Test func theScriptOffersTheDocumentedAPI() {
        // The calls of issue 18 and docs/explorer.md, and the state's keys the browser tests read.
        let script = ExplorerScript.source
        #expect(script.contains("window.agencyExplorer = api;"))
        for name in ["select", "setDate", "setLayers", "setKinds", "setTypes", "setLevels", "remove", "reset", "state",
                     "setLanguage", "setOverlay", "setDim", "fit"] {
            #expect(script.contains("\n  \(name): "), "api.\(name)")
        }
        for key in ["selected", "date", "layers", "visibleNodes", "visibleEdges", "cutOff", "backup", "panelText", "fragment"] {
            #expect(script.contains("\(key): "), "state().\(key)")
        }
    }

    @Test func scriptJSONEscapingKeepsTheValue() throws {
        let value = ["k": "</script><!-- & > \u{2028}\u{2029} é"]
        let json = String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
        let escaped = Escape.scriptJSON(json)
        #expect(!escaped.contains("<") && !escaped.contains(">") && !escaped.contains("&"))
        #expect(try JSONDecoder().decode([String: String].self, from: Data(escaped.utf8)) == value)
    }
}
