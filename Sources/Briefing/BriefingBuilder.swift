import AgencyAnalysis
import AgencyModel
import AgencyRendering
import Foundation
import Graphviz
import Presentation
import TextKit

/// A network to compare the view with (another file, or the same network at another date).
public struct BriefingComparison: Sendable {
    public var name: String
    /// Already filtered like the view.
    public var network: Network
    /// Whether this network comes before the view (e.g. the same network at an earlier date): the
    /// changes are then read from it to the view, else from the view to it.
    public var isBefore: Bool
    public init(name: String, network: Network, isBefore: Bool = false) {
        self.name = name
        self.network = network
        self.isBefore = isBefore
    }
}

/// What a briefing covers and how.
public struct BriefingOptions: Sendable {
    public var language: Language
    /// The coordinator: what single points of failure cut off is measured from it.
    public var hub: String?
    /// Scenarios: each the node ids removed together.
    public var scenarios: [[String]]
    public var comparisons: [BriefingComparison]
    /// How the view was chosen, one line per option (shown in the method section).
    public var viewDescription: [String]
    /// The input's name as the user gave it.
    public var inputName: String
    /// Tables show at most this many rows (a note says how many there are).
    public var maxRows: Int
    /// From this many nodes on, the overview is summarised by level and other figures are omitted.
    public var largeNetwork: Int
    public var progress: (@Sendable (String) -> Void)?

    public init(language: Language = .en, hub: String? = nil, scenarios: [[String]] = [],
                comparisons: [BriefingComparison] = [], viewDescription: [String] = [], inputName: String = "",
                maxRows: Int = 25, largeNetwork: Int = 2000, progress: (@Sendable (String) -> Void)? = nil) {
        self.language = language
        self.hub = hub
        self.scenarios = scenarios
        self.comparisons = comparisons
        self.viewDescription = viewDescription
        self.inputName = inputName
        self.maxRows = maxRows
        self.largeNetwork = largeNetwork
        self.progress = progress
    }
}

/// The analyses' results a briefing states, written whole into briefing.json.
public struct BriefingResults: Encodable, Sendable {
    public var stats: NetworkStats
    public var centrality: CentralityReport
    public var brokerage: BrokerageReport
    public var spof: SPOFReport
    public var coverage: CoverageReport
    public var scenarios: [WhatIfReport]
    public var changes: [DiffReport]
}

extension BriefingOptions {
    /// The options that name nodes, for errors (``BriefingError/unknownNode(id:option:suggestion:)``).
    public enum Field: String, Sendable, Equatable, CaseIterable, CustomStringConvertible {
        case hub, scenarios

        public var description: String { rawValue }
    }
}

/// Why a briefing cannot be built, in the terms of ``BriefingOptions`` and the analyses; a front
/// end such as the `agencygraph` tool maps each case to its options.
public enum BriefingError: Error, Equatable, Sendable, CustomStringConvertible {
    /// An analysis refused the view or a value (its own error, to be mapped like any ``AnalysisError``).
    case analysis(AnalysisError)
    /// An id in ``BriefingOptions/hub`` or ``BriefingOptions/scenarios`` that is not a node of the
    /// view, with the closest id when there is one.
    case unknownNode(id: String, option: BriefingOptions.Field, suggestion: String?)

    public var description: String {
        switch self {
        case .analysis(let error): return error.description
        case let .unknownNode(id, option, suggestion):
            return "\(option): '\(id)' is not a node of the view" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
        }
    }
}

/// Builds a ``BriefingDocument`` from a view: runs the analyses, computes the findings, draws the figures.
///
/// Each question reads the view that fits it (``AgencyAnalysis/QuestionScope``): the summary and
/// the changes the whole `view`, the actor questions (hubs, brokers, single points of failure,
/// scenarios) `actors`, coverage `policy`. Without them, every question reads `view`.
public struct BriefingBuilder {
    let view: AnalysisView
    let actors: AnalysisView
    let policy: AnalysisView
    let context: Network
    let options: BriefingOptions
    let lang: Language
    private var tableCount = 0
    private var figureCount = 0

    public init(view: AnalysisView, context: Network, options: BriefingOptions,
                actors: AnalysisView? = nil, policy: AnalysisView? = nil) {
        self.view = view
        self.actors = actors ?? view
        self.policy = policy ?? view
        self.context = context
        self.options = options
        self.lang = options.language
    }

    var network: Network { view.network }
    var isLarge: Bool { network.nodes.count >= options.largeNetwork }
    func w(_ word: Word) -> String { lang.word(word) }

    /// The label of a node id in the briefing's language (acronym, else name, else id).
    func label(_ id: String) -> String {
        guard let node = network.node(withID: id) ?? context.node(withID: id) else { return id }
        return node.label(preferring: lang.fallbackOrder)
    }

    func name(_ id: String) -> String {
        guard let node = network.node(withID: id) ?? context.node(withID: id) else { return id }
        let order = lang.fallbackOrder
        return node.name?.text(preferring: order) ?? node.label(preferring: order)
    }

    /// A number as the briefing's language writes it (three decimals; decimal comma in fr, nl, de).
    func num(_ x: Double) -> String { NumberText.prose.string(x, in: lang) }

    mutating func table(_ id: String, _ caption: String, _ columns: [String], _ rows: [[String]],
                        shading: [[Double?]]? = nil, notes: [String] = []) -> BriefingDocument.Table {
        tableCount += 1
        var rows = rows, notes = notes, shading = shading
        if rows.count > options.maxRows {
            notes.append(lang.format(.capped, String(options.maxRows), String(rows.count)))
            rows = Array(rows.prefix(options.maxRows))
            shading = shading.map { Array($0.prefix(options.maxRows)) }
        }
        return .init(id: id, number: tableCount, caption: caption, columns: columns, rows: rows, shading: shading, notes: notes)
    }

    /// From this many nodes on, figures show the actors only.
    public static let actorsOnly = 40

    mutating func figure(_ id: String, _ caption: String, _ drawn: Network, overlays: [Overlay] = [],
                         legend: Bool = true, force: Bool = false) -> BriefingDocument.Figure {
        figureCount += 1
        if isLarge && !force {
            return .init(id: id, number: figureCount, caption: caption, svg: nil, note: w(.figureOmitted))
        }
        options.progress?("\(w(.figure)) \(figureCount)")
        // Above `actorsOnly` nodes, figures draw the actors (agencies, levels, bodies, groups): objectives and
        // instruments are in the tables, and drawing them makes the figure too wide for a page.
        var drawn = drawn, caption = caption, overlays = overlays
        if !force && drawn.nodes.count > Self.actorsOnly {
            let actors = (try? ViewFilter(kinds: [.agency, .level, .body, .group]).apply(to: drawn)) ?? drawn
            if actors.nodes.count < drawn.nodes.count {
                caption += " (\(w(.actorsOnly)))"
                let kept = Set(actors.nodes.map(\.id))
                overlays = overlays.map { o in
                    switch o {
                    case .highlight(var h):
                        h.nodes = h.nodes.filter(kept.contains)
                        h.edges = h.edges.filter { kept.contains($0.from) && kept.contains($0.to) }
                        return .highlight(h)
                    case .size(var z): z.values = z.values.filter { kept.contains($0.key) }; return .size(z)
                    default: return o
                    }
                }.filter { if case .highlight(let h) = $0 { return !(h.nodes.isEmpty && h.edges.isEmpty) } else { return true } }
                drawn = actors
            }
        }
        let diagram = DiagramOptions(language: lang, title: caption,
                                     overlays: overlays, showsLegend: legend)
        do {
            let output = try NetworkDiagram.render(drawn, context: force ? nil : context, options: diagram, format: .svg)
            return .init(id: id, number: figureCount, caption: caption, svg: Self.svgElement(output.data), note: nil)
        } catch {
            return .init(id: id, number: figureCount, caption: caption, svg: nil, note: "\(error)")
        }
    }

    /// The `<svg …>…</svg>` element of Graphviz's output, without the XML declaration, DOCTYPE or leading comments.
    static func svgElement(_ bytes: [UInt8]) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let start = text.range(of: "<svg") else { return text }
        var element = String(text[start.lowerBound...])
        while element.last?.isWhitespace == true { element.removeLast() }
        return element
    }

    /// The view summarised by level: one node per level (with its node count), an edge where edges cross levels.
    func levelSummary() -> Network {
        var counts: [String: Int] = [:]
        func levelOf(_ node: AgencyModel.Node) -> String { node.kind == .level ? node.id : (node.level ?? "(none)") }
        for node in network.nodes { counts[levelOf(node), default: 0] += 1 }
        let levels = context.levelsByRank.map(\.id).filter { counts[$0] != nil } + (counts["(none)"] != nil ? ["(none)"] : [])
        let nodes = levels.enumerated().map { i, id in
            AgencyModel.Node(id: id, kind: .level, name: LocalizedText(universal: "\(id == "(none)" ? "—" : label(id)) (\(counts[id]!))"), rank: i)
        }
        var pairs = Set<String>()
        var edges: [AgencyModel.Edge] = []
        let byID = Dictionary(network.nodes.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for e in network.edges {
            guard let a = byID[e.from], let b = byID[e.to] else { continue }
            let (x, y) = (levelOf(a), levelOf(b))
            guard x != y, pairs.insert("\(x)\u{0}\(y)").inserted else { continue }
            edges.append(AgencyModel.Edge(from: x, to: y, type: .coordinates))
        }
        edges.sort { ($0.from, $0.to) < ($1.from, $1.to) }
        return Network(id: network.id, title: network.title, nodes: nodes, edges: edges)
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
        options.progress?("centrality")
        // Centrality on the view read undirected: a coordination tie carries information both ways.
        let undirected = try wrap { () throws(AnalysisError) in try actors.undirected() }
        let centrality = try wrap { () throws(AnalysisError) in try undirected.centrality([.betweenness, .degree]) }
        options.progress?("brokerage")
        let brokerage = try wrap { () throws(AnalysisError) in try actors.brokerage(groupBy: .level) }
        options.progress?("spof")
        let spofOptions = SPOFOptions(hub: hub, keyPlayers: isLarge ? 0 : min(3, actors.graph.nodeCount), robustness: false)
        let spof = try wrap { () throws(AnalysisError) in try actors.singlePointsOfFailure(spofOptions) }
        options.progress?("coverage")
        let coverage = try wrap { () throws(AnalysisError) in try policy.coverage(CoverageOptions(min: 2, hub: hub, maxHops: 3)) }
        var scenarioReports: [WhatIfReport] = []
        for ids in options.scenarios {
            options.progress?("scenario \(ids.joined(separator: ","))")
            let scenarioHub = hub.flatMap { ids.contains($0) ? nil : $0 }
            scenarioReports.append(try wrap { () throws(AnalysisError) in try actors.whatIf(Scenario(remove: ids), hub: scenarioHub) })
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
        sections.append(summarySection(stats))
        var findings: [BriefingDocument.Finding] = []
        sections.append(hubsSection(centrality, brokerage, &findings))
        sections.append(spofSection(spof, &findings))
        sections.append(coverageSection(coverage, &findings))
        sections.append(scenarioSection(scenarioReports, &findings))
        sections.append(changesSection(diffs, &findings))
        sections.insert(.init(id: "findings", heading: w(.findings), blocks: [.findings(findings)]), at: 1)
        sections.append(methodSection(findings))
        let title = lang.pick(network.title) ?? network.id
        let document = BriefingDocument(title: title, language: lang, sections: sections)
        let results = BriefingResults(stats: stats, centrality: centrality, brokerage: brokerage, spof: spof,
                                      coverage: coverage, scenarios: scenarioReports, changes: diffs)
        return (document, results)
    }

    // MARK: Sections

    mutating func summarySection(_ stats: NetworkStats) -> BriefingDocument.Section {
        let lp = lang
        let title = lp.pick(network.title) ?? network.id
        var blocks: [BriefingDocument.Block] = []
        let levelCount = stats.byLevel.filter { $0.key != "(none)" }.count
        blocks.append(.paragraph(lang.format(.sentenceSummary, title, String(stats.nodeCount), String(stats.edgeCount), String(levelCount), String(network.sources.count))))
        if let d = lp.pick(network.description) { blocks.append(.paragraph(d)) }
        var facts: [String] = []
        if !options.inputName.isEmpty { facts.append("\(w(.generatedFrom)): \(options.inputName)") }
        facts.append("\(w(.date)): \(network.asOf?.description ?? w(.undated))")
        for s in network.sources {
            facts.append("\(w(.source)) \(s.id): \(s.title)" + (s.publisher.map { ", \($0)" } ?? "") + (s.url.map { " <\($0)>" } ?? "")
                         + (s.accessed.map { " (\($0))" } ?? ""))
        }
        if let hub = options.hub { facts.append("\(w(.hubLine)): \(name(hub))") }
        blocks.append(.list(facts))
        blocks.append(.table(table("tab-kinds", w(.countsKind), [w(.kind), w(.count)], stats.byKind.map { [$0.key, String($0.count)] })))
        blocks.append(.table(table("tab-levels", w(.countsLevel), [w(.level), w(.count)],
                                   stats.byLevel.map { [$0.key == "(none)" ? "—" : label($0.key), String($0.count)] })))
        if isLarge {
            blocks.append(.figure(figure("fig-overview", w(.overviewLevels), levelSummary(), legend: false, force: true)))
        } else {
            blocks.append(.figure(figure("fig-overview", w(.overview), network)))
        }
        return .init(id: "summary", heading: w(.summary), blocks: blocks)
    }

    mutating func hubsSection(_ c: CentralityReport, _ b: BrokerageReport, _ findings: inout [BriefingDocument.Finding]) -> BriefingDocument.Section {
        let rows = c.rows.sorted { ($0.scores[0], $1.node.id) > ($1.scores[0], $0.node.id) }
        let t = table("tab-hubs", w(.hubsTable), [w(.rank), w(.node), w(.level), w(.betweenness), w(.degree)],
                      rows.enumerated().map { i, r in [String(i + 1), label(r.node.id), r.node.level.map(label) ?? "—",
                                                        num(r.scores[0]), num(r.scores[1])] })
        let brokers = b.rows.sorted { ($0.total, $1.node.id) > ($1.total, $0.node.id) }.filter { $0.total > 0 }
        let tb = table("tab-brokers", w(.brokersTable), [w(.node), w(.level), w(.brokerageTotal), "z"],
                       brokers.map { [label($0.node.id), $0.group == "(none)" ? "—" : label($0.group), num($0.total), num($0.totalZ)] })
        let f = figure("fig-hubs", w(.hubsFigure), actors.network, overlays: [.size(AnalysisOverlays.size(c, directed: false, language: lang))])
        if let top = rows.first, top.scores[0] > 0 {
            findings.append(.init(id: "finding-top-hub", text: lang.format(.sentenceTopBroker, name(top.node.id), num(top.scores[0]), String(c.rows.count)),
                                  evidence: [t.id, f.id], values: ["betweenness": top.scores[0], "nodes": Double(c.rows.count)], subjects: [top.node.id]))
        }
        if let top = brokers.first {
            findings.append(.init(id: "finding-top-broker", text: lang.format(.sentenceTopLevelBroker, name(top.node.id), num(top.total)),
                                  evidence: [tb.id], values: ["brokerage": top.total], subjects: [top.node.id]))
        }
        return .init(id: "hubs", heading: w(.hubs), blocks: [.paragraph(w(.convBetweenness)), .table(t), .figure(f), .paragraph(w(.convBrokerage)), .table(tb)])
    }

    mutating func spofSection(_ s: SPOFReport, _ findings: inout [BriefingDocument.Finding]) -> BriefingDocument.Section {
        var blocks: [BriefingDocument.Block] = [.paragraph(w(.convSpof))]
        let aps = s.articulationPoints.sorted { ($0.cutOff.count, $1.nodes[0].id) > ($1.cutOff.count, $0.nodes[0].id) }
        if aps.isEmpty { blocks.append(.paragraph(w(.noSpof))) }
        let t = table("tab-spof", w(.spofTable), [w(.node), w(.cutOff), w(.levelsHit), w(.objectivesLost)],
                      aps.map { f in
                          let cut = f.cutOff.prefix(12).map(label).joined(separator: ", ") + (f.cutOff.count > 12 ? ", … (\(f.cutOff.count))" : "")
                          return [label(f.nodes[0].id), cut.isEmpty ? w(.none) : cut, f.levels.isEmpty ? "—" : f.levels.map(label).joined(separator: ", "),
                                  f.objectivesLost.isEmpty ? w(.none) : f.objectivesLost.map(label).joined(separator: ", ")]
                      })
        blocks.append(.table(t))
        let f = figure("fig-spof", w(.spofFigure), actors.network,
                       overlays: aps.isEmpty ? [] : [.highlight(AnalysisOverlays.spof(s, drawn: actors.network, language: lang))])
        blocks.append(.figure(f))
        findings.append(.init(id: "finding-spof-count", text: lang.format(.sentenceSpofCount, String(aps.count)), evidence: [t.id, f.id],
                              values: ["articulationPoints": Double(aps.count)], subjects: []))
        if let worst = aps.first, !worst.cutOff.isEmpty {
            findings.append(.init(id: "finding-spof-worst", text: worst.levels.isEmpty
                ? lang.format(.sentenceWorstSpof, name(worst.nodes[0].id), String(worst.cutOff.count))
                : lang.format(.sentenceWorstSpofLevels, name(worst.nodes[0].id), String(worst.cutOff.count), lang.list(worst.levels.map(label))),
                                  evidence: [t.id, f.id], values: ["cutOff": Double(worst.cutOff.count)], subjects: [worst.nodes[0].id]))
        }
        if let hub = options.hub {
            let doms = s.dominators.filter { $0.node.id != hub }.sorted { ($0.dominates.count, $1.node.id) > ($1.dominates.count, $0.node.id) }
            if let d = doms.first, !d.dominates.isEmpty {
                findings.append(.init(id: "finding-dominator", text: lang.format(.sentenceOnlyPath, name(hub), name(d.node.id), String(d.dominates.count)),
                                      evidence: [t.id], values: ["dominated": Double(d.dominates.count)], subjects: [d.node.id]))
            }
        }
        return .init(id: "spof", heading: w(.spof), blocks: blocks)
    }

    mutating func coverageSection(_ c: CoverageReport, _ findings: inout [BriefingDocument.Finding]) -> BriefingDocument.Section {
        var blocks: [BriefingDocument.Block] = [.paragraph(w(.convCoverage))]
        guard !c.objectives.isEmpty else {
            blocks.append(.paragraph(w(.noObjectives)))
            return .init(id: "coverage", heading: w(.coverage), blocks: blocks)
        }
        var count: [String: Int] = [:]
        for cell in c.cells { count["\(cell.objective)\u{0}\(cell.level)"] = cell.count }
        let maxCount = max(1, c.cells.map(\.count).max() ?? 1)
        var rows: [[String]] = [], shading: [[Double?]] = [], gaps: [String] = []
        var empty = 0, thin = 0
        for o in c.objectives {
            var row = [label(o.objective.id)], shade: [Double?] = [nil]
            for l in c.levels {
                let k = count["\(o.objective.id)\u{0}\(l)"] ?? 0
                row.append(String(k))
                shade.append(Double(k) / Double(maxCount))
                if k == 0 { empty += 1; gaps.append("\(label(o.objective.id)) × \(label(l)): 0") }
                else if k == 1 { thin += 1; gaps.append("\(label(o.objective.id)) × \(label(l)): 1") }
            }
            rows.append(row)
            shading.append(shade)
        }
        let t = table("tab-coverage", w(.coverageTable), [w(.objective)] + c.levels.map(label), rows, shading: shading)
        blocks.append(.table(t))
        let shownGaps = gaps.count > options.maxRows * 2 ? Array(gaps.prefix(options.maxRows * 2)) + [lang.format(.capped, String(options.maxRows * 2), String(gaps.count))] : gaps
        blocks.append(.subheading(w(.thinList)))
        blocks.append(.list(shownGaps.isEmpty ? [w(.none)] : shownGaps))
        let total = c.objectives.count * c.levels.count
        findings.append(.init(id: "finding-coverage", text: lang.format(.sentenceCoverageGaps, String(thin), String(empty), String(total)), evidence: [t.id],
                              values: ["cells": Double(total), "empty": Double(empty), "single": Double(thin)], subjects: []))
        if !c.redundancyOne.isEmpty {
            findings.append(.init(id: "finding-redundancy", text: lang.format(.sentenceRedundancyOne, String(c.redundancyOne.count), String(c.objectives.count)), evidence: [t.id],
                                  values: ["redundancyOne": Double(c.redundancyOne.count), "objectives": Double(c.objectives.count)], subjects: []))
        }
        if let hub = options.hub {
            let missing = c.unreachedLevels.map(\.level)
            if !missing.isEmpty {
                findings.append(.init(id: "finding-unreached", text: lang.format(.sentenceUnreached, name(hub), lang.list(missing.map(label)), String(c.maxHops)), evidence: [t.id],
                                      values: ["unreachedLevels": Double(missing.count), "maxHops": Double(c.maxHops)], subjects: [hub]))
            }
        }
        return .init(id: "coverage", heading: w(.coverage), blocks: blocks)
    }

    mutating func scenarioSection(_ reports: [WhatIfReport], _ findings: inout [BriefingDocument.Finding]) -> BriefingDocument.Section {
        var blocks: [BriefingDocument.Block] = []
        if reports.isEmpty { blocks.append(.paragraph(w(.noScenarios))) }
        for (i, (ids, r)) in zip(options.scenarios, reports).enumerated() {
            let removed = lang.list(ids.map(name))
            blocks.append(.subheading("− " + removed))
            let t = table("tab-scenario-\(i + 1)", "\(w(.before))/\(w(.after)): − \(removed)", [w(.measure), w(.before), w(.after)],
                          r.measures.map { [$0.name(in: lang), $0.before(in: lang), $0.after(in: lang)] })
            blocks.append(.table(t))
            let extra = [(w(.lostCells), r.lostCells), ("+ " + w(.spof), r.newArticulationPoints.map(label))]
            blocks.append(.list(extra.map { "\($0.0): " + ($0.1.isEmpty ? w(.none) : $0.1.joined(separator: ", ")) }))
            let f = figure("fig-scenario-\(i + 1)", "\(w(.scenarioFigure)): \(removed)", actors.network,
                           overlays: [.highlight(HighlightOverlay(caption: removed, cssClass: "removed", nodes: ids))])
            blocks.append(.figure(f))
            let changed = r.measures.filter(\.changed).map { "\($0.name(in: lang)) (\($0.before(in: lang)) → \($0.after(in: lang)))" }
            findings.append(.init(id: "finding-scenario-\(i + 1)", text: changed.isEmpty
                ? lang.format(.sentenceScenarioUnchanged, removed, "", String(r.lostCells.count), String(r.newArticulationPoints.count))
                : lang.format(.sentenceScenarioChanges, removed, lang.list(changed), String(r.lostCells.count), String(r.newArticulationPoints.count)),
                                  evidence: [t.id, f.id], values: ["lostCells": Double(r.lostCells.count), "newArticulationPoints": Double(r.newArticulationPoints.count)], subjects: ids))
            // The multiplex answer: the layer where the loss cuts off most, and who keeps a backup channel.
            if let impact = r.layers,
               let worst = impact.layers.filter({ $0.layer != LayerImpact.aggregate }).max(by: { ($0.cutOff.count, $1.layer) < ($1.cutOff.count, $0.layer) }),
               !worst.cutOff.isEmpty {
                let kept = worst.backup.filter { !$0.isEmpty }.count
                findings.insert(.init(id: "finding-scenario-\(i + 1)-layers",
                                      text: lang.format(.sentenceScenarioLayer, removed, String(worst.cutOff.count), worst.layer, String(kept)),
                                      evidence: [t.id], values: ["cutOff": Double(worst.cutOff.count), "withBackup": Double(kept)], subjects: ids),
                                at: findings.count - 1)
            }
        }
        return .init(id: "scenarios", heading: w(.scenarios), blocks: blocks)
    }

    mutating func changesSection(_ diffs: [DiffReport], _ findings: inout [BriefingDocument.Finding]) -> BriefingDocument.Section {
        var blocks: [BriefingDocument.Block] = []
        if diffs.isEmpty { blocks.append(.paragraph(w(.noChanges))) }
        for (i, (c, d)) in zip(options.comparisons, diffs).enumerated() {
            blocks.append(.subheading("\(d.before) → \(d.after)"))
            let t = table("tab-changes-\(i + 1)", "\(d.before) → \(d.after)", [w(.measure), w(.before), w(.after)],
                          d.measures.map { [$0.name(in: lang), $0.before(in: lang), $0.after(in: lang)] })
            blocks.append(.table(t))
            func names(_ ids: [String]) -> String { ids.isEmpty ? w(.none) : ids.prefix(30).map(label).joined(separator: ", ") + (ids.count > 30 ? ", … (\(ids.count))" : "") }
            func edges(_ ids: [String]) -> String { ids.isEmpty ? w(.none) : ids.prefix(30).joined(separator: "; ") + (ids.count > 30 ? "; … (\(ids.count))" : "") }
            blocks.append(.list(["\(w(.addedNodes)): \(names(d.nodesAdded))", "\(w(.removedNodes)): \(names(d.nodesRemoved))",
                                 "\(w(.addedEdges)): \(edges(d.edgesAdded))", "\(w(.removedEdges)): \(edges(d.edgesRemoved))"]))
            let (older, newer) = c.isBefore ? (c.network, network) : (network, c.network)
            let overlay = DiffOverlay(comparing: newer, with: older, baseName: d.before)
            let f = figure("fig-changes-\(i + 1)", "\(w(.changesFigure)): \(d.after)", newer, overlays: overlay.isEmpty ? [] : [.diff(overlay)])
            blocks.append(.figure(f))
            findings.append(.init(id: "finding-changes-\(i + 1)", text: lang.format(.sentenceDiff, d.before, d.after, String(d.nodesAdded.count), String(d.nodesRemoved.count), String(d.edgesAdded.count), String(d.edgesRemoved.count)),
                                  evidence: [t.id, f.id], values: ["nodesAdded": Double(d.nodesAdded.count), "nodesRemoved": Double(d.nodesRemoved.count),
                                                                  "edgesAdded": Double(d.edgesAdded.count), "edgesRemoved": Double(d.edgesRemoved.count)], subjects: []))
        }
        return .init(id: "changes", heading: w(.changes), blocks: blocks)
    }

    mutating func methodSection(_ findings: [BriefingDocument.Finding]) -> BriefingDocument.Section {
        var blocks: [BriefingDocument.Block] = [.subheading(w(.view))]
        blocks.append(.list(options.viewDescription.isEmpty ? [w(.viewAll)] : options.viewDescription))
        blocks.append(.subheading(w(.measures)))
        blocks.append(.list([w(.convBetweenness), w(.convBrokerage), w(.convSpof), w(.convCoverage)]))
        blocks.append(.subheading(w(.sources)))
        blocks.append(.list(network.sources.isEmpty ? [w(.none)] : network.sources.map { s in
            "\(s.id): \(s.title)" + (s.publisher.map { ", \($0)" } ?? "") + (s.url.map { " <\($0)>" } ?? "") + (s.language.map { " [\($0)]" } ?? "")
        }))
        var seen = Set<String>()
        var rows: [[String]] = []
        let subjects = findings.flatMap(\.subjects).filter { seen.insert($0).inserted }
        for id in subjects {
            if let node = network.node(withID: id) {
                for p in node.provenance { if let e = p.excerpt { rows.append([label(id), p.ref + (p.section.map { " §\($0)" } ?? ""), e]) } }
            }
            var k = 0
            for e in network.edges(touching: id) where k < 4 {
                for p in e.provenance { if let x = p.excerpt, k < 4 { rows.append(["\(label(e.from)) —\(e.type.rawValue)→ \(label(e.to))", p.ref, x]); k += 1 } }
            }
        }
        blocks.append(.table(table("tab-excerpts", w(.excerpts), [w(.element), w(.source), w(.excerpt)], rows)))
        var assumptions: [[String]] = []
        for node in network.nodes { if let a = node.assumption { assumptions.append([label(node.id), a]) } }
        for e in network.edges { if let a = e.assumption { assumptions.append(["\(label(e.from)) —\(e.type.rawValue)→ \(label(e.to))", a]) } }
        blocks.append(.table(table("tab-assumptions", w(.assumptions), [w(.element), w(.assumption)], assumptions)))
        return .init(id: "method", heading: w(.method), blocks: blocks)
    }
}
