import AgencyAnalysis
import AgencyModel
import AgencyRendering
import Foundation
import Graphviz
import Presentation
import TextKit

/// A network to compare the view with (another file, or the same network at another date).
public struct BriefingComparison: Sendable {
    /// How the other network is named in the changes section (a file name or a date).
    public var name: String
    /// Already filtered like the view.
    public var network: Network
    /// Whether this network comes before the view (e.g. the same network at an earlier date): the
    /// changes are then read from it to the view, else from the view to it.
    public var isBefore: Bool
    /// The date the network is taken at, when it is the view's network at another date: the
    /// briefing names it "the network at DATE" (``name`` is for the JSON and the method section).
    public var date: PartialDate?
    /// Creates a comparison.
    ///
    /// - Parameters:
    ///   - name: how the other network is named.
    ///   - network: the other network, already filtered like the view.
    ///   - isBefore: whether it comes before the view (default: after).
    ///   - date: the date the network is taken at, when it is the view's network at another date.
    public init(name: String, network: Network, isBefore: Bool = false, date: PartialDate? = nil) {
        self.name = name
        self.network = network
        self.isBefore = isBefore
        self.date = date
    }
}

/// What a briefing covers and how.
public struct BriefingOptions: Sendable {
    /// The language of every word of the briefing.
    public var language: Language
    /// The coordinator: what single points of failure cut off is measured from it.
    public var hub: String?
    /// Scenarios: each the node ids removed together.
    public var scenarios: [[String]]
    /// Networks to compare the view with, one changes subsection each.
    public var comparisons: [BriefingComparison]
    /// How the view was chosen, one line per option (shown in the method section).
    public var viewDescription: [String]
    /// The input's name as the user gave it.
    public var inputName: String
    /// Tables show at most this many rows (a note says how many there are).
    public var maxRows: Int
    /// From this many nodes on, the overview is always condensed (by level, else by community).
    public var largeNetwork: Int
    /// Above this many actors in the view, betweenness is estimated from ``betweennessPivots``
    /// sources (Brandes and Pich 2007) instead of computed exactly; the briefing says so.
    ///
    /// 10,000 by default: exact betweenness costs one shortest-path search per actor (O(n m)); on
    /// the generated agency networks (3 ties per agency) that is about 4.5 CPU seconds at 10,000
    /// agencies, 17 at 20,000 (more than the briefing's 10 s budget there), and a run at 100,000
    /// (481,000 ties) was stopped unfinished after 281; docs/performance.md has the measurements.
    public var sampledBetweennessAbove: Int
    /// The number of sources betweenness is estimated from above ``sampledBetweennessAbove``
    /// actors, drawn with `AgencyAnalysis.BetweennessSample.defaultSeed`.
    ///
    /// 4,000 by default: measured at 20,000 agencies against the exact values, 4,000 sources put
    /// 18 of the exact top 25 in the estimated top 25 (1,000: 10; 2,000: 16), with a mean relative
    /// error of 6 % on the exact top 25, and no actor of the estimated top 25 below the exact 58th;
    /// the estimate costs O(4,000 m), about 3.8 CPU seconds there.
    public var betweennessPivots: Int
    /// Called with a short message as each analysis starts and each figure is drawn, for a progress
    /// display; `nil` for none.
    public var progress: (@Sendable (String) -> Void)?

    /// Creates options; every argument has a default.
    ///
    /// - Parameters:
    ///   - language: the briefing's language (English).
    ///   - hub: the coordinator, or `nil`.
    ///   - scenarios: the node ids removed together in each scenario (none).
    ///   - comparisons: networks to compare with (none).
    ///   - viewDescription: how the view was chosen, one line per option.
    ///   - inputName: the input's name as the user gave it.
    ///   - maxRows: the most rows a table shows (25).
    ///   - largeNetwork: the node count from which figures are summarised or omitted (2,000).
    ///   - sampledBetweennessAbove: the actor count above which betweenness is estimated (10,000).
    ///   - betweennessPivots: the sources it is then estimated from (4,000).
    ///   - progress: called as each analysis starts, or `nil`.
    public init(language: Language = .en, hub: String? = nil, scenarios: [[String]] = [],
                comparisons: [BriefingComparison] = [], viewDescription: [String] = [], inputName: String = "",
                maxRows: Int = 25, largeNetwork: Int = 2000, sampledBetweennessAbove: Int = BetweennessSample.exactUpTo, betweennessPivots: Int = BetweennessSample.defaultPivots,
                progress: (@Sendable (String) -> Void)? = nil) {
        self.language = language
        self.hub = hub
        self.scenarios = scenarios
        self.comparisons = comparisons
        self.viewDescription = viewDescription
        self.inputName = inputName
        self.maxRows = maxRows
        self.largeNetwork = largeNetwork
        self.sampledBetweennessAbove = sampledBetweennessAbove
        self.betweennessPivots = betweennessPivots
        self.progress = progress
    }
}

/// The analyses' results a briefing states, written whole into briefing.json.
public struct BriefingResults: Encodable, Sendable {
    /// The shape of the whole view.
    public var stats: NetworkStats
    /// Centrality of the actors (betweenness ranking the hubs); its `betweennessSample` says when
    /// betweenness is estimated (``BriefingOptions/sampledBetweennessAbove``).
    public var centrality: CentralityReport
    /// Brokerage with levels as groups; absent when the network declares no levels.
    public var brokerage: BrokerageReport?
    /// Single points of failure of the actors, from the hub when one is given.
    public var spof: SPOFReport
    /// Absent when the network has no objectives or no levels.
    public var coverage: CoverageReport?
    /// Multiplex measures; absent when fewer than two layers have relations.
    public var layers: LayersReport?
    /// What losing the worst single point of failure does in each layer (the backup channels).
    public var spofLayers: LayerImpact?
    /// One what-if report per scenario, in the order given.
    public var scenarios: [WhatIfReport]
    /// One diff per comparison, in the order given.
    public var changes: [DiffReport]
}

extension BriefingOptions {
    /// The options that name nodes, for errors (``BriefingError/unknownNode(id:option:suggestion:)``).
    public enum Field: String, Sendable, Equatable, CaseIterable, CustomStringConvertible {
        /// ``BriefingOptions/hub`` or ``BriefingOptions/scenarios``; the raw value is the property's name.
        case hub, scenarios

        public var description: String { rawValue }
    }
}

/// Why a briefing cannot be built, in the terms of ``BriefingOptions`` and the analyses; a front
/// end such as the `agencygraph` tool maps each case to its options.
public enum BriefingError: Error, Equatable, Sendable, CustomStringConvertible {
    /// An analysis refused the view or a value (its own error, to be mapped like any `AnalysisError`).
    case analysis(AnalysisError)
    /// An id in ``BriefingOptions/hub`` or ``BriefingOptions/scenarios`` that is not a node of the
    /// view, with the closest id when there is one.
    case unknownNode(id: String, option: BriefingOptions.Field, suggestion: String?)
    /// A file of the briefing failed its safety check before anything was written
    /// (``BriefingWriter/checked(_:)``): `file` is `briefing.html`, `briefing.md` or `figure-N.svg`.
    case unsafeOutput(file: String, violation: String)

    public var description: String {
        switch self {
        case .analysis(let error): return error.description
        case let .unsafeOutput(file, violation): return "\(file) failed the markup safety check (\(violation)); nothing is written"
        case let .unknownNode(id, option, suggestion):
            return "\(option): '\(id)' is not a node of the view" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
        }
    }
}

/// Builds a ``BriefingDocument`` from a view: runs the analyses, computes the findings, draws the figures.
///
/// Each question reads the view that fits it (`AgencyAnalysis.QuestionScope`): the summary and
/// the changes the whole `view`, the actor questions (hubs, brokers, single points of failure,
/// scenarios) `actors`, coverage `policy`. Without them, every question reads `view`.
///
/// A section appears only when the network supports it (levels, objectives, scenarios,
/// comparisons, two or more relation layers); the method section names each one left out and why.
/// The sections are in `BriefingBuilder+Sections.swift`, the findings' ranking in
/// `BriefingBuilder+Findings.swift`, the figures in `BriefingBuilder+Figures.swift`.
public struct BriefingBuilder {
    let view: AnalysisView
    let actors: AnalysisView
    let policy: AnalysisView
    let context: Network
    let options: BriefingOptions
    let lang: Language
    /// Whether the network declares levels that its actors sit at.
    let hasLevels: Bool
    /// Whether the network has objectives (and levels to cover them at).
    let hasObjectives: Bool
    /// Whether two or more layers have relations: the multiplex questions then apply.
    let hasLayers: Bool
    /// The layer the actor questions read: its name when their edges are all in one layer, else "combined".
    let actorLayer: String
    var tableCount = 0
    var figureCount = 0

    /// At most this many findings are shown; the others are in briefing.json.
    public static let shownFindings = 10

    /// Prepares a briefing of `view`; ``build()`` runs the analyses.
    ///
    /// - Parameters:
    ///   - view: the whole view, for the summary and the changes.
    ///   - context: the network the views were filtered from, where levels and names are read.
    ///   - options: what the briefing covers.
    ///   - actors: the view of the actor questions (`AgencyAnalysis.QuestionScope.actors`), or `nil` for `view`.
    ///   - policy: the view of coverage (`AgencyAnalysis.QuestionScope.policy`), or `nil` for `view`.
    public init(view: AnalysisView, context: Network, options: BriefingOptions,
                actors: AnalysisView? = nil, policy: AnalysisView? = nil) {
        self.view = view
        self.actors = actors ?? view
        self.policy = policy ?? view
        self.context = context
        self.options = options
        self.lang = options.language
        // Read once: each is a pass over the network, and sections ask them per row.
        let network = view.network
        hasLevels = !context.levelsByRank.isEmpty && network.nodes.contains { $0.level != nil }
        hasObjectives = hasLevels && network.nodes.contains { $0.kind == .objective }
        hasLayers = network.populatedLayers.count >= 2
        // The layers of the actor questions' edges, one look-up per edge type (not per edge).
        let types = Set((actors ?? view).network.edges.map(\.type))
        let names = Set(types.compactMap { context.layer(of: $0)?.name })
        actorLayer = names.count == 1 ? options.language.name(ofLayer: names.first!) : options.language.word(.allLayersName)
    }

    var network: Network { view.network }
    var isLarge: Bool { network.nodes.count >= options.largeNetwork }
    func w(_ word: Word) -> String { lang.word(word) }


    // MARK: Names, with the visible mark of a fallback language

    /// The superscript code marking a name shown in a language other than the briefing's.
    static func fallbackMark(_ code: String) -> String {
        let superscript: [Character: Character] = [
            "a": "ᵃ", "b": "ᵇ", "c": "ᶜ", "d": "ᵈ", "e": "ᵉ", "f": "ᶠ", "g": "ᵍ", "h": "ʰ", "i": "ⁱ", "j": "ʲ",
            "k": "ᵏ", "l": "ˡ", "m": "ᵐ", "n": "ⁿ", "o": "ᵒ", "p": "ᵖ", "r": "ʳ", "s": "ˢ", "t": "ᵗ", "u": "ᵘ",
            "v": "ᵛ", "w": "ʷ", "x": "ˣ", "y": "ʸ", "z": "ᶻ",
        ]
        return String(code.lowercased().map { superscript[$0] ?? $0 })
    }

    /// The text marked with its language's code when the data lacks the briefing's language (and
    /// has no universal text); `nil` when the text is in the briefing's language.
    func fallbackText(_ text: LocalizedText) -> String? {
        if text.translations[lang.rawValue] != nil || text.universal != nil { return nil }
        for code in lang.fallbackOrder.dropFirst() {
            if let t = text.translations[code] { return t + Self.fallbackMark(code) }
        }
        guard let (code, t) = text.translations.min(by: { $0.key < $1.key }) else { return nil }
        return t + Self.fallbackMark(code)
    }

    func shown(_ text: LocalizedText?) -> String? {
        guard let text, !text.isEmpty else { return nil }
        return fallbackText(text) ?? text.text(preferring: lang.fallbackOrder)
    }

    func node(_ id: String) -> AgencyModel.Node? { network.node(withID: id) ?? context.node(withID: id) }

    /// The label of a node id in the briefing's language (acronym, else name, else id), marked when it falls back.
    func label(_ id: String) -> String {
        guard let node = node(id) else { return id }
        return shown(node.acronym) ?? shown(node.name) ?? id
    }

    /// The full name of a node id, marked when it falls back.
    func name(_ id: String) -> String {
        guard let node = node(id) else { return id }
        return shown(node.name) ?? label(id)
    }

    /// The nodes of the view whose label or name is not in the briefing's language.
    var fallbackCount: Int {
        network.nodes.filter { n in (n.acronym.flatMap(fallbackText) ?? n.name.flatMap(fallbackText)) != nil }.count
    }

    /// A layer's name in the briefing's language (built-in layers; a declared layer keeps its name).
    func layerName(_ layer: String) -> String { lang.name(ofLayer: layer) }

    /// Levels, objectives and instruments are context: no finding makes them central or a single point of failure.
    func isContext(_ id: String) -> Bool {
        guard let node = node(id) else { return true }
        return !node.kind.isActor
    }

    /// A number as the briefing's language writes it (three decimals; decimal comma in fr, nl, de).
    func num(_ x: Double) -> String { NumberText.prose.string(x, in: lang) }

    /// A numbered table of at most ``BriefingOptions/maxRows`` rows, with a note when rows are left
    /// out. `total` is the number of rows there are when `rows` holds only the first ones; a
    /// `ranked` table's note says "top N of M".
    mutating func table(_ id: String, _ caption: String, _ columns: [String], _ rows: [[String]],
                        shading: [[Double?]]? = nil, notes: [String] = [], total: Int? = nil, ranked: Bool = false) -> BriefingDocument.Table {
        tableCount += 1
        var rows = rows, notes = notes, shading = shading
        let total = max(total ?? rows.count, rows.count)
        if total > options.maxRows {
            notes.append(ranked ? lang.format(.topRows, String(options.maxRows), String(total))
                                : lang.format(.capped, String(options.maxRows), String(total)))
            rows = Array(rows.prefix(options.maxRows))
            shading = shading.map { Array($0.prefix(options.maxRows)) }
        }
        return .init(id: id, number: tableCount, caption: caption, columns: columns, rows: rows, shading: shading, notes: notes)
    }

    func wrap<T>(_ body: () throws(AnalysisError) -> T) throws(BriefingError) -> T {
        do { return try body() } catch { throw .analysis(error) }
    }

    /// Runs the analyses and assembles the document.
    public mutating func build() throws(BriefingError) -> (BriefingDocument, BriefingResults) {
        let actorNetwork = actors.network
        func check(_ id: String, _ option: BriefingOptions.Field) throws(BriefingError) {
            guard actorNetwork.node(withID: id) == nil else { return }
            let ids = actorNetwork.nodes.map(\.id).sorted()
            throw .unknownNode(id: id, option: option, suggestion: Suggestion.closest(to: id, in: ids, maxDistance: max(2, id.count / 3)))
        }
        if let hub = options.hub { try check(hub, .hub) }
        for ids in options.scenarios { for id in ids { try check(id, .scenarios) } }
        let view = self.view, actors = self.actors, policy = self.policy
        let hub = options.hub
        options.progress?("stats")
        let stats = try wrap { () throws(AnalysisError) in try view.stats() }
        // Centrality on the view read undirected: a coordination tie carries information both ways.
        let undirected = try wrap { () throws(AnalysisError) in try actors.undirected() }
        // Above the threshold, betweenness is estimated (Brandes and Pich 2007), with a fixed seed.
        let sample = undirected.graph.nodeCount > options.sampledBetweennessAbove
            ? BetweennessSample(pivots: max(1, options.betweennessPivots)) : nil
        options.progress?(sample.map { "centrality (betweenness estimated from \($0.pivots) sources)" } ?? "centrality")
        let centrality = try wrap { () throws(AnalysisError) in
            try undirected.centrality([.betweenness, .degree], betweennessSample: sample)
        }
        var brokerage: BrokerageReport?
        if hasLevels {
            options.progress?("brokerage")
            brokerage = try wrap { () throws(AnalysisError) in try actors.brokerage(groupBy: .level) }
        }
        options.progress?("spof")
        let spofOptions = SPOFOptions(hub: hub, keyPlayers: isLarge ? 0 : min(3, actors.graph.nodeCount), robustness: false)
        let spof = try wrap { () throws(AnalysisError) in try actors.singlePointsOfFailure(spofOptions) }
        var coverage: CoverageReport?
        if hasObjectives {
            options.progress?("coverage")
            coverage = try wrap { () throws(AnalysisError) in try policy.coverage(CoverageOptions(min: 2, hub: hub, maxHops: 3)) }
        }
        var scenarioReports: [WhatIfReport] = []
        for ids in options.scenarios {
            options.progress?("scenario \(ids.joined(separator: ","))")
            let scenarioHub = hub.flatMap { ids.contains($0) ? nil : $0 }
            scenarioReports.append(try wrap { () throws(AnalysisError) in try actors.whatIf(Scenario(remove: ids), hub: scenarioHub) })
        }
        var layers: LayersReport?
        var spofLayers: LayerImpact?
        if hasLayers {
            options.progress?("layers")
            layers = try wrap { () throws(AnalysisError) in try view.layerMeasures() }
            if let worst = Self.worstArticulationPoint(spof, excluding: isContext) {
                let worstHub = hub.flatMap { $0 == worst ? nil : $0 }
                // What `whatIf` reports as its `layers`, without the rest of a what-if (spof, coverage and
                // the measures before and after, which this section does not show).
                spofLayers = try wrap { () throws(AnalysisError) in try actors.layerImpact(removing: [worst], hub: worstHub) }
            }
        }
        var diffs: [DiffReport] = []
        for c in options.comparisons {
            options.progress?("compare \(c.name)")
            let base = options.inputName.isEmpty ? network.id : options.inputName
            let (a, b) = c.isBefore ? (c.network, view.network) : (view.network, c.network)
            let (an, bn) = c.isBefore ? (c.name, base) : (base, c.name)
            diffs.append(try wrap { () throws(AnalysisError) in try diff(a, b, beforeName: an, afterName: bn, options: view.options) })
        }

        var sections: [BriefingDocument.Section] = []
        var findings: [RankedFinding] = []
        sections.append(summarySection(stats, centrality))
        sections.append(hubsSection(centrality, brokerage, &findings))
        sections.append(spofSection(spof, &findings))
        if let coverage { sections.append(coverageSection(coverage, &findings)) }
        if let layers { sections.append(layersSection(layers, spofLayers, &findings)) }
        if !scenarioReports.isEmpty { sections.append(scenarioSection(scenarioReports, &findings)) }
        if !diffs.isEmpty { sections.append(changesSection(diffs, &findings)) }
        let ranked = Self.rank(findings)
        let shown = Array(ranked.prefix(Self.shownFindings)), more = Array(ranked.dropFirst(Self.shownFindings))
        var findingBlocks: [BriefingDocument.Block] = [.findings(shown)]
        if !more.isEmpty { findingBlocks.append(.paragraph(lang.format(.moreFindings, String(more.count)))) }
        sections.insert(.init(id: "findings", heading: w(.findings), blocks: findingBlocks), at: 1)
        sections.append(methodSection(ranked, centrality))
        let title = lang.pick(network.title) ?? network.id
        var document = BriefingDocument(title: title, language: lang, sections: sections)
        document.moreFindings = more
        let results = BriefingResults(stats: stats, centrality: centrality, brokerage: brokerage, spof: spof,
                                      coverage: coverage, layers: layers, spofLayers: spofLayers,
                                      scenarios: scenarioReports, changes: diffs)
        return (document, results)
    }

    /// The actor whose loss cuts off most (ties by id), context nodes left out.
    static func worstArticulationPoint(_ spof: SPOFReport, excluding isContext: (String) -> Bool) -> String? {
        spof.articulationPoints.filter { !$0.cutOff.isEmpty && !isContext($0.nodes[0].id) }
            .max { ($0.cutOff.count, $1.nodes[0].id) < ($1.cutOff.count, $0.nodes[0].id) }?.nodes[0].id
    }
}
