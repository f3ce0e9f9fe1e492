import AgencyAnalysis
import AgencyModel
import AgencyRendering
import Foundation

/// Analysis results as overlays for `render`: the CLI runs the analysis on the drawn view (the same
/// `AnalysisView` the analysis commands build, through ``AnalysisRunner``) and hands the result to
/// AgencyRendering as plain `Overlay` data. AgencyRendering itself never imports AgencyAnalysis.
enum RenderAnalysisOverlays {
    /// The legend captions of the analysis overlays in the diagram's language.
    struct Captions {
        let language: DiagramLanguage

        func spof(points: Int, bridges: Int) -> String {
            switch language {
            case .fr: return "Points uniques de défaillance : \(points) point\(points == 1 ? "" : "s") d’articulation, \(bridges) pont\(bridges == 1 ? "" : "s") (liens lus sans direction)"
            case .nl: return "Kwetsbare schakels: \(points) scharnierpunt\(points == 1 ? "" : "en"), \(bridges) brug\(bridges == 1 ? "" : "gen") (verbindingen zonder richting gelezen)"
            case .de: return "Einzelne Ausfallpunkte: \(points) Artikulationspunkt\(points == 1 ? "" : "e"), \(bridges) Brücke\(bridges == 1 ? "" : "n") (Verbindungen ungerichtet gelesen)"
            case .en: return "Single points of failure: \(points) articulation point\(points == 1 ? "" : "s"), \(bridges) bridge\(bridges == 1 ? "" : "s") (connections read undirected)"
            }
        }

        func path(_ from: String, _ to: String, hops: Int) -> String {
            switch language {
            case .fr: return "plus court chemin \(from) → \(to) (\(hops) étape\(hops == 1 ? "" : "s"))"
            case .nl: return "kortste pad \(from) → \(to) (\(hops) stap\(hops == 1 ? "" : "pen"))"
            case .de: return "kürzester Weg \(from) → \(to) (\(hops) Schritt\(hops == 1 ? "" : "e"))"
            case .en: return "shortest path \(from) → \(to) (\(hops) hop\(hops == 1 ? "" : "s"))"
            }
        }

        var undirected: String {
            switch language {
            case .fr: return "sans direction"
            case .nl: return "zonder richting"
            case .de: return "ungerichtet"
            case .en: return "undirected"
            }
        }

        func communityTitle(seed: UInt64, modularity: Double) -> String {
            switch language {
            case .fr: return "communauté Louvain (graine \(seed), modularité \(modularity))"
            case .nl: return "Louvain-gemeenschap (seed \(seed), modulariteit \(modularity))"
            case .de: return "Louvain-Gemeinschaft (Seed \(seed), Modularität \(modularity))"
            case .en: return "Louvain community (seed \(seed), modularity \(modularity))"
            }
        }

        func community(_ index: Int, size: Int) -> String {
            switch language {
            case .fr: return "communauté \(index) (\(size))"
            case .nl: return "gemeenschap \(index) (\(size))"
            case .de: return "Gemeinschaft \(index) (\(size))"
            case .en: return "community \(index) (\(size))"
            }
        }

        func coverageTitle(objectives: Int) -> String {
            switch language {
            case .fr: return "objectifs auxquels un acteur contribue (\(objectives) dans la vue)"
            case .nl: return "doelstellingen waaraan een actor bijdraagt (\(objectives) in de weergave)"
            case .de: return "Ziele, zu denen ein Akteur beiträgt (\(objectives) in der Ansicht)"
            case .en: return "objectives an actor contributes to (\(objectives) in the view)"
            }
        }

        /// Title, subtitle, corner, total column and key of the coverage heatmap.
        func heatmap(network: String, date: String?) -> (title: String, subtitle: String, corner: String, total: String, key: String) {
            switch language {
            case .fr: return ("Couverture des objectifs par niveau : \(network)",
                              "acteurs distincts qui contribuent (directement ou par un instrument), \(date.map { "au \($0)" } ?? "toutes périodes")",
                              "objectif", "tous niveaux", "acteurs :")
            case .nl: return ("Dekking van de doelstellingen per niveau: \(network)",
                              "verschillende bijdragende actoren (rechtstreeks of via een instrument), \(date.map { "op \($0)" } ?? "alle periodes")",
                              "doelstelling", "alle niveaus", "actoren:")
            case .de: return ("Abdeckung der Ziele nach Ebene: \(network)",
                              "verschiedene beitragende Akteure (direkt oder über ein Instrument), \(date.map { "am \($0)" } ?? "alle Zeiträume")",
                              "Ziel", "alle Ebenen", "Akteure:")
            case .en: return ("Coverage of objectives by level: \(network)",
                              "distinct contributing actors per cell (directly or through an instrument), \(date.map { "at \($0)" } ?? "all periods")",
                              "objective", "all levels", "actors:")
            }
        }

        func bucket(_ label: String) -> String {
            let one = label == "1"
            switch language {
            case .fr: return "\(label) objectif\(one ? "" : "s")"
            case .nl: return "\(label) doelstelling\(one ? "" : "en")"
            case .de: return "\(label) Ziel\(one ? "" : "e")"
            case .en: return "\(label) objective\(one ? "" : "s")"
            }
        }
    }

    /// The `--highlight` forms, for messages.
    static let highlightForms = "nodes:ID1,ID2, spof, path:FROM,TO"
    /// The `--color-by` values, for messages.
    static let colorValues = ["level", "kind", "community", "coverage"]

    /// `--highlight spof`: the articulation points and bridges of the view read undirected (as
    /// `agencygraph spof` finds them). A bridge is drawn on every edge of the network between its
    /// two ends, whichever way the edge points.
    static func spof(_ v: AnalysisView, drawn: Network, language: DiagramLanguage = .en) throws -> HighlightOverlay {
        let options = SPOFOptions(keyPlayers: 0, robustness: false)
        let report = try AnalysisRunner.run { () throws(AnalysisError) in try v.singlePointsOfFailure(options) }
        let nodes = report.articulationPoints.flatMap { $0.nodes.map(\.id) }
        var edges: [EdgeReference] = []
        for bridge in report.bridges where bridge.nodes.count == 2 {
            let a = bridge.nodes[0].id, b = bridge.nodes[1].id
            for edge in drawn.edges where (edge.from == a && edge.to == b) || (edge.from == b && edge.to == a) {
                let reference = EdgeReference(from: edge.from, to: edge.to, type: edge.type)
                if !edges.contains(reference) { edges.append(reference) }
            }
        }
        let caption = Captions(language: language).spof(points: nodes.count, bridges: report.bridges.count)
        return HighlightOverlay(caption: caption, cssClass: "highlight-spof", nodes: nodes, edges: edges)
    }

    /// `--highlight path:FROM,TO`: one shortest path in the view's direction (ties: the
    /// lexicographically smallest, as `agencygraph path`). No path is an error that says why.
    static func path(_ spec: String, _ v: AnalysisView, language: DiagramLanguage = .en, label: (String) -> String) throws -> PathOverlay {
        let ends = spec.dropFirst("path:".count).split(separator: ",", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard ends.count == 2, !ends[0].isEmpty, !ends[1].isEmpty else {
            throw CLIFailure(DiagnosticText.format(file: nil, "--highlight path: needs two ids, path:FROM,TO (got '\(spec)')"), status: .usage)
        }
        let highlight = "--highlight \(spec)"
        let report = try AnalysisRunner.run(naming: { _ in highlight }) { () throws(AnalysisError) in
            try v.paths(from: ends[0], to: ends[1], mode: .shortest)
        }
        guard let found = report.paths.first else {
            let why = LibraryErrors.withUndirectedHint(report).noPath?.reason ?? "no path"
            throw CLIFailure(DiagnosticText.format(file: nil, "--highlight \(spec): no path from '\(ends[0])' to '\(ends[1])' in the view: \(why); nothing drawn"), status: .invalidInput)
        }
        let ids = found.steps.map(\.node.id)
        let caption = Captions(language: language).path(label(ends[0]), label(ends[1]), hops: ids.count - 1)
        return PathOverlay(caption: caption, nodes: ids)
    }

    /// `--size-by MEASURE`: node sizes by a centrality measure of the view.
    static func size(_ name: String, _ v: AnalysisView, language: DiagramLanguage = .en) throws -> SizeOverlay {
        guard let measure = CentralityMeasure(rawValue: name) else {
            throw CLIFailure(DiagnosticText.format(file: nil, "--size-by: unknown measure '\(name)'; use \(CentralityMeasure.allCases.map(\.rawValue).joined(separator: ", "))"), status: .usage)
        }
        let report = try AnalysisRunner.run(naming: { $0 == .measures ? "--size-by" : LibraryErrors.flag($0) }) { () throws(AnalysisError) in
            try v.centrality([measure])
        }
        var values: [String: Double] = [:]
        for row in report.rows { values[row.node.id] = row.scores.first ?? 0 }
        return SizeOverlay(measure: measure.rawValue + (v.options.directed ? "" : ", " + Captions(language: language).undirected), values: values)
    }

    /// `--color-by community`: Louvain communities of the view (seeded, so deterministic).
    static func communities(_ v: AnalysisView, seed: UInt64, language: DiagramLanguage = .en) throws -> ColorOverlay {
        let words = Captions(language: language)
        let report = try AnalysisRunner.run { () throws(AnalysisError) in try v.communities(method: .louvain, resolution: 1, seed: seed) }
        var groupOf: [String: String] = [:]
        var groups: [(key: String, label: String)] = []
        for community in report.communities {
            let key = "c\(community.index)"
            groups.append((key: key, label: words.community(community.index, size: community.members.count)))
            for member in community.members { groupOf[member] = key }
        }
        let q = (report.modularity * 1000).rounded() / 1000
        return ColorOverlay(title: words.communityTitle(seed: seed, modularity: q), groupOf: groupOf, groups: groups)
    }

    /// The buckets of `--color-by coverage`: how many objectives of the view an actor contributes to.
    static let coverageBuckets: [(from: Int, label: String)] = [(0, "0"), (1, "1"), (2, "2–3"), (4, "4–7"), (8, "8+")]
    /// Light to dark, legible with black text, ordered in greyscale.
    static let coverageFills = ["#FFFFFF", "#DEEBF7", "#B2D2EA", "#7FB2DA", "#4F90C4"]

    /// `--color-by coverage`: every actor (agency, body, group, custom kind) of the view by the
    /// number of distinct objectives of the view it contributes to — directly (`contributes_to`) or
    /// through an instrument it implements or adopts, as `agencygraph coverage` counts —
    /// bucketed 0, 1, 2–3, 4–7, 8+. Objectives, instruments and levels are not coloured.
    static func coverage(_ v: AnalysisView, drawn: Network, language: DiagramLanguage = .en) throws -> ColorOverlay {
        let words = Captions(language: language)
        let report = try AnalysisRunner.run { () throws(AnalysisError) in try v.coverage(CoverageOptions()) }
        var objectivesOf: [String: Int] = [:]
        for objective in report.objectives {
            for actor in Set(objective.contributors) { objectivesOf[actor, default: 0] += 1 }
        }
        var groupOf: [String: String] = [:]
        for node in drawn.nodes where node.kind.isActor {
            let n = objectivesOf[node.id] ?? 0
            let bucket = coverageBuckets.lastIndex { n >= $0.from } ?? 0
            groupOf[node.id] = "b\(bucket)"
        }
        let groups = coverageBuckets.enumerated().map { (key: "b\($0.offset)", label: words.bucket($0.element.label)) }
        return ColorOverlay(title: words.coverageTitle(objectives: report.objectives.count),
                            groupOf: groupOf, groups: groups,
                            fills: coverageFills)
    }

    /// `--figure coverage`: the objective × level matrix of `agencygraph coverage` as a table.
    static func coverageHeatmap(_ v: AnalysisView, drawn: Network, context: Network, language: DiagramLanguage,
                                title: String?) throws -> CoverageHeatmap {
        let report = try AnalysisRunner.run { () throws(AnalysisError) in try v.coverage(CoverageOptions()) }
        let rows = report.objectives.map(\.objective)
        let columns = report.levels
        var counts = Array(repeating: Array(repeating: 0, count: columns.count), count: rows.count)
        let rowIndex = Dictionary(uniqueKeysWithValues: rows.enumerated().map { ($0.element.id, $0.offset) })
        let columnIndex = Dictionary(uniqueKeysWithValues: columns.enumerated().map { ($0.element, $0.offset) })
        for cell in report.cells {
            guard let r = rowIndex[cell.objective], let c = columnIndex[cell.level] else { continue }
            counts[r][c] = cell.count
        }
        let levelLabel: (String) -> String = { id in
            guard let node = context.node(withID: id) else { return id }
            return language.pick(node.name) ?? id
        }
        let networkTitle = title ?? language.pick(drawn.title) ?? drawn.id
        let words = Captions(language: language).heatmap(network: networkTitle, date: drawn.asOf.map { "\($0)" })
        return CoverageHeatmap(title: words.title, subtitle: words.subtitle,
                               cornerLabel: words.corner, rowLabels: rows.map(\.label), columnLabels: columns.map(levelLabel),
                               counts: counts, rowTotals: report.objectives.map(\.redundancy), totalLabel: words.total,
                               keyTitle: words.key)
    }
}
