import AgencyAnalysis
import AgencyModel
import AgencyRendering
import Graphviz
import Presentation
import TextKit

/// One function per section, each taking the report it shows.
extension BriefingBuilder {
    mutating func summarySection(_ stats: NetworkStats, _ centrality: CentralityReport) -> BriefingDocument.Section {
        let title = lang.pick(network.title) ?? network.id
        var blocks: [BriefingDocument.Block] = []
        let levelCount = stats.byLevel.filter { $0.key != "(none)" }.count
        let sources = network.sources.count
        let (nodes, edges) = (String(stats.nodeCount), String(stats.edgeCount))
        switch (hasLevels && levelCount > 0, sources > 0) {
        case (true, true): blocks.append(.paragraph(lang.format(.sentenceSummary, title, nodes, edges, String(levelCount), String(sources))))
        case (true, false): blocks.append(.paragraph(lang.format(.sentenceSummaryNoSources, title, nodes, edges, String(levelCount))))
        case (false, true): blocks.append(.paragraph(lang.format(.sentenceSummaryNoLevels, title, nodes, edges, String(sources))))
        case (false, false): blocks.append(.paragraph(lang.format(.sentenceSummaryBare, title, nodes, edges)))
        }
        if let d = lang.pick(network.description) { blocks.append(.paragraph(d)) }
        var facts: [String] = []
        if !options.inputName.isEmpty { facts.append("\(w(.generatedFrom)): \(options.inputName)") }
        facts.append("\(w(.date)): \(network.asOf?.description ?? w(.undated))")
        for s in network.sources {
            facts.append("\(w(.source)) \(s.id): \(s.title)" + (s.publisher.map { ", \($0)" } ?? "") + (s.url.map { " <\($0)>" } ?? "")
                         + (s.accessed.map { " (\($0))" } ?? ""))
        }
        if let hub = options.hub { facts.append("\(w(.hubLine)): \(name(hub))") }
        blocks.append(.list(facts))
        blocks.append(.table(table("tab-kinds", w(.countsKind), [w(.kind), w(.count)],
                                   stats.byKind.map { [lang.name(of: NodeKind(rawValue: $0.key)), String($0.count)] })))
        if hasLevels {
            blocks.append(.table(table("tab-levels", w(.countsLevel), [w(.level), w(.count)],
                                       stats.byLevel.map { [$0.key == "(none)" ? w(.none) : label($0.key), String($0.count)] })))
        }
        blocks.append(.figure(overviewFigure(centrality)))
        return .init(id: "summary", heading: w(.summary), blocks: blocks)
    }

    /// The actors whole when they can fit the page (at most ``wholeOverviewLimit`` of them and
    /// legible when drawn, on a landscape page if need be), else condensed by level, else by
    /// community (``CondensedOverview``).
    mutating func overviewFigure(_ centrality: CentralityReport) -> BriefingDocument.Figure {
        let source = actors.network
        var whole: [FigureCandidate] = []
        let all = source.nodes.count <= Self.wholeOverviewLimit && !isLarge ? induced(source, on: Set(source.nodes.map(\.id))) : nil
        if let all, all.edges.count <= Self.figureLines {
            whole = ways(all, overlays: [], detail: 0)
            for i in whole.indices { whole[i].caption = w(.overview) + " (\(w(.onePairOneLine)))" }
        }
        // Condensed: laid out layered, then spring-laid; then with fewer boxes (the smallest groups merged).
        func condensedCandidates(_ make: (Int) -> CondensedNetwork) -> [FigureCandidate] {
            var out: [FigureCandidate] = []
            for (detail, groups) in [CondensedNetwork.maximumGroups, 12, 6].enumerated() {
                for engine in [LayoutEngine.dot, .neato] {
                    var condensed = make(groups)
                    condensed.preferredEngine = engine
                    var candidate = FigureCandidate(condensed: condensed)
                    candidate.detail = detail + 1
                    out.append(candidate)
                }
            }
            return out
        }
        if hasLevels {
            return figure("fig-overview", w(.overviewLevels) + "; " + w(.condensedLines),
                          candidates: whole + condensedCandidates { levelSummary(source, maximumGroups: $0) })
        }
        if let communities = try? actors.communities() {
            return figure("fig-overview", w(.overviewCommunities) + "; " + w(.condensedLines),
                          candidates: whole + condensedCandidates { communitySummary(source, communities, maximumGroups: $0) })
        }
        return figure("fig-overview", w(.overview), candidates: whole)
    }

    /// Above this many actors (or ``figureLines`` lines) the whole network is not even tried as
    /// the overview: at 11 pt labels, an A4 page holds fewer nodes than that legibly.
    static let wholeOverviewLimit = 80

    mutating func hubsSection(_ c: CentralityReport, _ b: BrokerageReport?, _ findings: inout [RankedFinding]) -> BriefingDocument.Section {
        let rows = c.rows.sorted { ($0.scores[0], $1.node.id) > ($1.scores[0], $0.node.id) }
        let estimated = c.betweennessSample
        let columns = [w(.rank), w(.node)] + (hasLevels ? [w(.level)] : []) + [estimated == nil ? w(.betweenness) : w(.betweennessEstimated), w(.degree)]
        let t = table("tab-hubs", w(.hubsTable), columns,
                      rows.prefix(options.maxRows).enumerated().map { i, r in
                          [String(i + 1), label(r.node.id)] + (hasLevels ? [r.node.level.map(label) ?? ""] : []) + [num(r.scores[0]), num(r.scores[1])]
                      }, notes: estimated.map { [lang.format(.noteBetweennessSampled, String($0.pivots), String($0.nodes), String($0.seed))] } ?? [],
                      total: rows.count, ranked: true)
        var blocks: [BriefingDocument.Block] = [.paragraph(w(.convBetweenness))]
        if let estimated { blocks.append(.paragraph(betweennessEstimateSentence(estimated))) }
        blocks.append(.table(t))
        let score = Dictionary(c.rows.map { ($0.node.id, $0.scores[0]) }, uniquingKeysWith: { a, _ in a })
        let top = rows.first { !isContext($0.node.id) }
        if let center = options.hub ?? top?.node.id {
            let more = neighbours(of: [center], in: actors.network, score: score)
            var size = AnalysisOverlays.size(c, directed: false, language: lang)
            if estimated != nil { size.measure = w(.tableBetweennessEstimated) + ", " + w(.captionUndirected) }
            let overlay = Overlay.size(size)
            var candidates = shrinking(actors.network, core: [center], more: more, overlays: [overlay])
            // Sized by an estimate: the note under the figure says so (the caption names the measure).
            if let estimated {
                let note = lang.format(.noteBetweennessSampled, String(estimated.pivots), String(estimated.nodes), String(estimated.seed))
                for i in candidates.indices { candidates[i].note = note }
            }
            let f = figure("fig-hubs", lang.format(.neighbourhoodFigure, name(center)), candidates: candidates)
            blocks.append(.figure(f))
        }
        if let top, top.scores[0] > 0 {
            add(&findings, .structure, top.scores[0], .init(id: "finding-top-hub",
                text: lang.format(.sentenceTopHubLayer, name(top.node.id), num(top.scores[0]), String(c.rows.count), actorLayer),
                evidence: [t.id] + (blocks.contains { if case .figure = $0 { return true } else { return false } } ? ["fig-hubs"] : []), values: ["betweenness": top.scores[0], "nodes": Double(c.rows.count)], subjects: [top.node.id]))
        }
        if let b {
            // A broker between levels has a level of its own: a node without one (a state acting
            // in international bodies) relays ties but does not broker between levels.
            let brokers = b.rows.sorted { ($0.total, $1.node.id) > ($1.total, $0.node.id) }.filter { $0.total > 0 && $0.group != "(none)" && node($0.node.id)?.level != nil }
            let tb = table("tab-brokers", w(.brokersTable), [w(.node), w(.level), w(.brokerageTotal), "z"],
                           brokers.prefix(options.maxRows).map { [label($0.node.id), label($0.group), num($0.total), num($0.totalZ)] },
                           total: brokers.count, ranked: true)
            blocks += [.paragraph(w(.convBrokerage)), .table(tb)]
            if let top = brokers.first {
                add(&findings, .structure, 0, .init(id: "finding-top-broker", text: lang.format(.sentenceTopLevelBrokerHome, name(top.node.id), num(top.total)),
                                                    evidence: [tb.id], values: ["brokerage": top.total], subjects: [top.node.id]))
            }
        }
        return .init(id: "hubs", heading: hasLevels ? w(.hubs) : w(.hubsNoLevels), blocks: blocks)
    }

    mutating func spofSection(_ s: SPOFReport, _ findings: inout [RankedFinding]) -> BriefingDocument.Section {
        var blocks: [BriefingDocument.Block] = [.paragraph(w(.convSpof))]
        let aps = s.articulationPoints.filter { !isContext($0.nodes[0].id) }
            .sorted { ($0.cutOff.count, $1.nodes[0].id) > ($1.cutOff.count, $0.nodes[0].id) }
        guard !aps.isEmpty else {
            blocks.append(.paragraph(w(.noSpof)))
            return .init(id: "spof", heading: w(.spof), blocks: blocks)
        }
        let columns = [w(.node), w(.cutOff)] + (hasLevels ? [w(.levelsHit)] : []) + (hasObjectives ? [w(.objectivesLost)] : [])
        // Rows are built for the shown ones only: the cut-off lists of every articulation point of
        // a large network add up to far more than the network.
        let t = table("tab-spof", w(.spofTable), columns, aps.prefix(options.maxRows).map { f in
            var row = [label(f.nodes[0].id), f.cutOff.isEmpty ? w(.none) : cellList(f.cutOff)]
            if hasLevels { row.append(f.levels.isEmpty ? w(.none) : f.levels.map(label).joined(separator: ", ")) }
            if hasObjectives { row.append(f.objectivesLost.isEmpty ? w(.none) : f.objectivesLost.map(label).joined(separator: ", ")) }
            return row
        }, total: aps.count, ranked: true)
        blocks.append(.table(t))
        let f = figure("fig-spof", w(.spofCutOffFigure), candidates: spofCandidates(aps, s, table: t))
        blocks.append(.figure(f))
        let layer = actorLayer
        add(&findings, .structure, Double(aps.count), .init(id: "finding-spof-count", text: lang.format(.sentenceSpofCountLayer, String(aps.count), layer),
                                                           evidence: [t.id, f.id], values: ["articulationPoints": Double(aps.count)], subjects: []))
        if let worst = aps.first, !worst.cutOff.isEmpty {
            add(&findings, .cutOff, Double(worst.cutOff.count), .init(id: "finding-spof-worst",
                text: lang.format(.sentenceWorstSpofLayer, name(worst.nodes[0].id), String(worst.cutOff.count), layer, someLabels(worst.cutOff)),
                evidence: [t.id, f.id], values: ["cutOff": Double(worst.cutOff.count)], subjects: [worst.nodes[0].id]))
        }
        if let hub = options.hub {
            let doms = s.dominators.filter { $0.node.id != hub && !isContext($0.node.id) }
                .sorted { ($0.dominates.count, $1.node.id) > ($1.dominates.count, $0.node.id) }
            // The worst single point of failure is already said; name another gatekeeper when there is one.
            if let d = doms.first(where: { $0.node.id != aps.first?.nodes[0].id }), !d.dominates.isEmpty {
                add(&findings, .cutOff, Double(d.dominates.count) - 0.5, .init(id: "finding-dominator",
                    text: lang.format(.sentenceOnlyPathLayer, name(hub), name(d.node.id), String(d.dominates.count), layer),
                    evidence: [t.id], values: ["dominated": Double(d.dominates.count)], subjects: [d.node.id]))
            }
        }
        return .init(id: "spof", heading: w(.spof), blocks: blocks)
    }

    mutating func coverageSection(_ c: CoverageReport, _ findings: inout [RankedFinding]) -> BriefingDocument.Section {
        var blocks: [BriefingDocument.Block] = [.paragraph(w(.convCoverage))]
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
        add(&findings, .singleContributor, Double(thin), .init(id: "finding-coverage", text: lang.format(.sentenceCoverageGaps, String(thin), String(empty), String(total)), evidence: [t.id],
                                                             values: ["cells": Double(total), "empty": Double(empty), "single": Double(thin)], subjects: []))
        if !c.redundancyOne.isEmpty {
            add(&findings, .singleContributor, Double(c.redundancyOne.count) + 1000, .init(id: "finding-redundancy",
                text: lang.format(.sentenceRedundancyOne, String(c.redundancyOne.count), String(c.objectives.count)), evidence: [t.id],
                values: ["redundancyOne": Double(c.redundancyOne.count), "objectives": Double(c.objectives.count)], subjects: []))
        }
        if let hub = options.hub, !c.unreachedLevels.isEmpty {
            let missing = c.unreachedLevels.map(\.level)
            add(&findings, .structure, Double(missing.count), .init(id: "finding-unreached",
                text: lang.format(.sentenceUnreached, name(hub), lang.list(missing.map(label)), String(c.maxHops)), evidence: [t.id],
                values: ["unreachedLevels": Double(missing.count), "maxHops": Double(c.maxHops)], subjects: [hub]))
        }
        return .init(id: "coverage", heading: w(.coverage), blocks: blocks)
    }

    /// The multiplex table, the overlap of layers and, for the worst single point of failure, who
    /// it cuts off in each layer and who keeps a backup channel.
    mutating func layersSection(_ report: LayersReport, _ impact: LayerImpact?, _ findings: inout [RankedFinding]) -> BriefingDocument.Section {
        var blocks: [BriefingDocument.Block] = [.paragraph(w(.convLayers))]
        let tables = report.tables(in: lang)
        if let summary = tables.first(where: { $0.name == "layers" }) {
            let rows = summary.rows.map { [layerName($0[0]), $0[1].split(separator: ",").map { lang.name(of: EdgeType(rawValue: String($0))) }.joined(separator: ", ")] + $0.dropFirst(2) }
            blocks.append(.table(table("tab-layers", summary.title, summary.columns, rows, notes: summary.notes)))
        }
        if let pairs = tables.first(where: { $0.name == "layer-pairs" }), !pairs.rows.isEmpty {
            let rows = pairs.rows.map { [$0[0].components(separatedBy: " — ").map(layerName).joined(separator: " — ")] + $0.dropFirst() }
            blocks.append(.table(table("tab-layer-pairs", pairs.title, pairs.columns, rows, notes: pairs.notes)))
        }
        if let impact, let worst = impact.removed.first {
            let rows = impact.layers.map { loss -> [String] in
                let cut = zip(loss.cutOff, loss.backup).map { id, through in
                    through.isEmpty ? label(id) : lang.format(.tableViaLayers, label(id), through.map(layerName).joined(separator: ", "))
                }
                return [layerName(loss.layer), String(loss.reachedBefore), String(loss.cutOff.count), cut.isEmpty ? w(.none) : cut.joined(separator: ", ")]
            }
            let t = table("tab-layer-impact", lang.format(.tableLayerImpact, name(worst)),
                          [w(.tableLayer), w(.tableReachedBefore), w(.count), w(.tableCutOffBackup)], rows)
            blocks.append(.table(t))
            if let loss = impact.layers.filter({ $0.layer != LayerImpact.aggregate }).max(by: { ($0.cutOff.count, $1.layer) < ($1.cutOff.count, $0.layer) }),
               !loss.cutOff.isEmpty, !options.scenarios.contains([worst]) {
                let kept = loss.backup.filter { !$0.isEmpty }.count
                add(&findings, .cutOff, Double(loss.cutOff.count) - 0.25, .init(id: "finding-backup-channels",
                    text: lang.format(.sentenceScenarioLayer, name(worst), String(loss.cutOff.count), layerName(loss.layer), String(kept)),
                    evidence: [t.id], values: ["cutOff": Double(loss.cutOff.count), "withBackup": Double(kept)], subjects: [worst]))
            }
        }
        return .init(id: "layers", heading: w(.layersSection), blocks: blocks)
    }

    mutating func scenarioSection(_ reports: [WhatIfReport], _ findings: inout [RankedFinding]) -> BriefingDocument.Section {
        var blocks: [BriefingDocument.Block] = []
        let score: [String: Double] = [:]
        for (i, (ids, r)) in zip(options.scenarios, reports).enumerated() {
            let removed = lang.list(ids.map(name))
            blocks.append(.subheading("− " + removed))
            let t = table("tab-scenario-\(i + 1)", "\(w(.before))/\(w(.after)): − \(removed)", [w(.measure), w(.before), w(.after)],
                          r.measures.map { [$0.name(in: lang), $0.before(in: lang), $0.after(in: lang)] })
            blocks.append(.table(t))
            var extra = [("+ " + w(.spof), r.newArticulationPoints.map(label))]
            if hasObjectives { extra.insert((w(.lostCells), r.lostCells), at: 0) }
            blocks.append(.list(extra.map { "\($0.0): " + ($0.1.isEmpty ? w(.none) : $0.1.joined(separator: ", ")) }))
            let more = neighbours(of: Set(ids), in: actors.network, score: score)
            let highlight = Overlay.highlight(HighlightOverlay(caption: removed, cssClass: "removed", nodes: ids))
            let f = figure("fig-scenario-\(i + 1)", lang.format(.scenarioNeighbourhoodFigure, removed),
                           candidates: shrinking(actors.network, core: Set(ids), more: more, overlays: [highlight]))
            blocks.append(.figure(f))
            // The measures a reader acts on: how the network falls apart, not every number that moved.
            let key = ["components", "largest component", "articulation points", "empty coverage cells"]
            let changed = r.measures.filter { $0.changed && key.contains($0.measure) }.map { "\($0.name(in: lang)) (\($0.before(in: lang)) → \($0.after(in: lang)))" }
            add(&findings, .change, Double(r.newArticulationPoints.count + r.lostCells.count), .init(id: "finding-scenario-\(i + 1)", text: changed.isEmpty
                ? lang.format(.sentenceScenarioUnchanged, removed, "", String(r.lostCells.count), String(r.newArticulationPoints.count))
                : lang.format(.sentenceScenarioChanges, removed, lang.list(changed), String(r.lostCells.count), String(r.newArticulationPoints.count)),
                evidence: [t.id, f.id], values: ["lostCells": Double(r.lostCells.count), "newArticulationPoints": Double(r.newArticulationPoints.count)], subjects: ids))
            // The multiplex answer: the layer where the loss cuts off most, and who keeps a backup channel.
            if let impact = r.layers,
               let worst = impact.layers.filter({ $0.layer != LayerImpact.aggregate }).max(by: { ($0.cutOff.count, $1.layer) < ($1.cutOff.count, $0.layer) }),
               !worst.cutOff.isEmpty {
                let kept = worst.backup.filter { !$0.isEmpty }.count
                add(&findings, .cutOff, Double(worst.cutOff.count), .init(id: "finding-scenario-\(i + 1)-layers",
                    text: lang.format(.sentenceScenarioLayer, removed, String(worst.cutOff.count), layerName(worst.layer), String(kept)),
                    evidence: [t.id, f.id], values: ["cutOff": Double(worst.cutOff.count), "withBackup": Double(kept)], subjects: ids))
            }
        }
        return .init(id: "scenarios", heading: w(.scenarios), blocks: blocks)
    }

    mutating func changesSection(_ diffs: [DiffReport], _ findings: inout [RankedFinding]) -> BriefingDocument.Section {
        var blocks: [BriefingDocument.Block] = []
        for (i, (c, d)) in zip(options.comparisons, diffs).enumerated() {
            // The versions compared, named in words (a date, "the network as given"), never by a file path.
            let (beforeName, afterName) = c.isBefore ? (versionName(of: c), currentVersionName) : (currentVersionName, versionName(of: c))
            blocks.append(.subheading("\(Self.capitalised(beforeName)) → \(afterName)"))
            let t = table("tab-changes-\(i + 1)", "\(Self.capitalised(beforeName)) → \(afterName)", [w(.measure), w(.before), w(.after)],
                          d.measures.map { [$0.name(in: lang), $0.before(in: lang), $0.after(in: lang)] })
            blocks.append(.table(t))
            func names(_ ids: [String]) -> String { ids.isEmpty ? w(.none) : ids.prefix(30).map(label).joined(separator: ", ") + (ids.count > 30 ? ", … (\(ids.count))" : "") }
            func edges(_ ids: [String]) -> String { ids.isEmpty ? w(.none) : ids.prefix(30).map(edgeText).joined(separator: "; ") + (ids.count > 30 ? "; … (\(ids.count))" : "") }
            blocks.append(.list(["\(w(.addedNodes)): \(names(d.nodesAdded))", "\(w(.removedNodes)): \(names(d.nodesRemoved))",
                                 "\(w(.addedEdges)): \(edges(d.edgesAdded))", "\(w(.removedEdges)): \(edges(d.edgesRemoved))"]))
            // The figure: the actors added or removed, or at the ends of an added or removed tie, and their neighbours.
            let (older, newer) = c.isBefore ? (c.network, network) : (network, c.network)
            let actorKinds = Set(newer.kinds.filter(\.isActor))
            let isActor: (String) -> Bool = { id in (newer.node(withID: id) ?? older.node(withID: id)).map { actorKinds.contains($0.kind) } ?? false }
            let oldIDs = Set(older.nodes.map(\.id)), newIDs = Set(newer.nodes.map(\.id))
            var touched = Set(d.nodesAdded + d.nodesRemoved).filter(isActor)
            let oldPairs = Set(older.edges.map { "\($0.from)\u{0}\($0.to)" }), newPairs = Set(newer.edges.map { "\($0.from)\u{0}\($0.to)" })
            for e in newer.edges where !oldPairs.contains("\(e.from)\u{0}\(e.to)") && isActor(e.from) && isActor(e.to) { touched.formUnion([e.from, e.to]) }
            for e in older.edges where !newPairs.contains("\(e.from)\u{0}\(e.to)") && isActor(e.from) && isActor(e.to) { touched.formUnion([e.from, e.to]) }
            let actorsNew = induced(newer, on: Set(newer.nodes.filter { actorKinds.contains($0.kind) }.map(\.id)))
            let more = neighbours(of: touched, in: actorsNew, score: [:]).filter { oldIDs.contains($0) || newIDs.contains($0) }
            var candidates: [FigureCandidate] = []
            for k in [min(more.count, Self.figureNeighbours), 12, 6, 0] where k <= more.count {
                let keep = touched.union(more.prefix(k))
                let subNew = induced(newer, on: keep), subOld = induced(older, on: keep)
                let overlay = DiffOverlay(comparing: subNew, with: subOld, baseName: beforeName)
                var candidate = FigureCandidate(network: subNew, overlays: overlay.isEmpty ? [] : [.diff(overlay)], clusterBy: .none)
                candidate.detail = candidates.count
                candidates.append(candidate)
            }
            let f = figure("fig-changes-\(i + 1)", lang.format(.changesNeighbourhoodFigure, afterName), candidates: candidates)
            blocks.append(.figure(f))
            let total = d.nodesAdded.count + d.nodesRemoved.count + d.edgesAdded.count + d.edgesRemoved.count
            add(&findings, .change, Double(total), .init(id: "finding-changes-\(i + 1)",
                text: lang.format(.sentenceDiff, beforeName, afterName, String(d.nodesAdded.count), String(d.nodesRemoved.count), String(d.edgesAdded.count), String(d.edgesRemoved.count)),
                evidence: [t.id, f.id], values: ["nodesAdded": Double(d.nodesAdded.count), "nodesRemoved": Double(d.nodesRemoved.count),
                                                "edgesAdded": Double(d.edgesAdded.count), "edgesRemoved": Double(d.edgesRemoved.count)], subjects: []))
        }
        return .init(id: "changes", heading: w(.changes), blocks: blocks)
    }

    /// An edge of a diff ("FROM -TYPE-> TO") with the nodes' labels and the type's name, as the
    /// method section writes edges; as it is when it does not have that form.
    func edgeText(_ key: String) -> String {
        let parts = key.split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[1].hasPrefix("-"), parts[1].hasSuffix("->"), parts[1].count > 3 else { return key }
        let type = EdgeType(rawValue: String(parts[1].dropFirst().dropLast(2)))
        return "\(label(String(parts[0]))) —\(lang.name(of: type))→ \(label(String(parts[2])))"
    }

    /// The view's network in words: "the version dated 2024-05" when it states its date, else
    /// "the network as given".
    var currentVersionName: String {
        network.asOf.map { lang.format(.versionDated, $0.description) } ?? w(.versionCurrent)
    }

    /// A compared network in words: "the network at 2015" (the same network at a date), "the
    /// version dated …" (another file that states its date), else "the version compared with it".
    func versionName(of comparison: BriefingComparison) -> String {
        if let date = comparison.date { return lang.format(.versionAt, date.description) }
        if let date = comparison.network.asOf, date != network.asOf { return lang.format(.versionDated, date.description) }
        return w(.versionCompared)
    }

    static func capitalised(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }

    /// The method's sentence on estimated betweenness: how many actors, the threshold, the sources and the seed.
    func betweennessEstimateSentence(_ estimate: CentralityReport.Estimate) -> String {
        lang.format(.convBetweennessSampled, String(estimate.nodes), String(options.sampledBetweennessAbove),
                    String(estimate.pivots), String(estimate.seed))
    }

    mutating func methodSection(_ findings: [BriefingDocument.Finding], _ centrality: CentralityReport) -> BriefingDocument.Section {
        var blocks: [BriefingDocument.Block] = [.subheading(w(.view))]
        blocks.append(.list(options.viewDescription.isEmpty ? [w(.viewAll)] : options.viewDescription))
        blocks.append(.subheading(w(.measures)))
        var conventions = [w(.convBetweenness)]
        if let estimate = centrality.betweennessSample { conventions.append(betweennessEstimateSentence(estimate)) }
        if hasLevels { conventions.append(w(.convBrokerage)) }
        conventions.append(w(.convSpof))
        if hasObjectives { conventions.append(w(.convCoverage)) }
        if hasLayers { conventions.append(w(.convLayers)) }
        conventions += [w(.contextNodesRule), w(.methodFigures)]
        let fallbacks = fallbackCount
        if fallbacks > 0 { conventions.append(lang.format(.fallbackNames, String(fallbacks))) }
        blocks.append(.list(conventions))
        var omitted: [String] = []
        if !hasLevels { omitted.append(w(.omittedLevels)) }
        if !hasObjectives && hasLevels { omitted.append(w(.omittedCoverage)) }
        if !hasLayers { omitted.append(w(.omittedLayers)) }
        if options.scenarios.isEmpty { omitted.append(w(.omittedScenarios)) }
        if options.comparisons.isEmpty { omitted.append(w(.omittedChanges)) }
        if !omitted.isEmpty {
            blocks.append(.subheading(w(.notAnalysed)))
            blocks.append(.list(omitted))
        }
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
                for p in e.provenance { if let x = p.excerpt, k < 4 { rows.append(["\(label(e.from)) —\(lang.name(of: e.type))→ \(label(e.to))", p.ref, x]); k += 1 } }
            }
        }
        if !rows.isEmpty { blocks.append(.table(table("tab-excerpts", w(.excerpts), [w(.element), w(.source), w(.excerpt)], rows))) }
        var assumptions: [[String]] = []
        for node in network.nodes { if let a = node.assumption { assumptions.append([label(node.id), a]) } }
        for e in network.edges { if let a = e.assumption { assumptions.append(["\(label(e.from)) —\(lang.name(of: e.type))→ \(label(e.to))", a]) } }
        if !assumptions.isEmpty { blocks.append(.table(table("tab-assumptions", w(.assumptions), [w(.element), w(.assumption)], assumptions))) }
        return .init(id: "method", heading: w(.method), blocks: blocks)
    }
}
