import AgencyAnalysis
import AgencyModel
import AgencyRendering
import TextKit

/// Analysis results as diagram overlays: the one mapping from a question's report to what a
/// drawing shows, used by `agencygraph render`, the briefing and (next) the explorer.
///
/// AgencyRendering never imports AgencyAnalysis; this module sits above both. Each function takes
/// the report of a question (asked by the caller on its own view) and the `TextKit.Language` of
/// the captions, and returns plain `Overlay` data.
public enum AnalysisOverlays {
    /// Articulation points and bridges of a single-points-of-failure report, as a highlight.
    ///
    /// A bridge is drawn on every edge of `drawn` between its two ends, whichever way the edge
    /// points. The caption counts both.
    /// - Complexity: O(b · m) for b bridges and m edges of `drawn`.
    public static func spof(_ report: SPOFReport, drawn: Network, language: Language) -> HighlightOverlay {
        let nodes = report.articulationPoints.flatMap { $0.nodes.map(\.id) }
        var edges: [EdgeReference] = []
        for bridge in report.bridges where bridge.nodes.count == 2 {
            let a = bridge.nodes[0].id, b = bridge.nodes[1].id
            for edge in drawn.edges where (edge.from == a && edge.to == b) || (edge.from == b && edge.to == a) {
                let reference = EdgeReference(from: edge.from, to: edge.to, type: edge.type)
                if !edges.contains(reference) { edges.append(reference) }
            }
        }
        let caption = language.format(.captionSpof, String(nodes.count), String(report.bridges.count))
        return HighlightOverlay(caption: caption, cssClass: "highlight-spof", nodes: nodes, edges: edges)
    }

    /// The first path of a path report, with a caption naming its ends by `label`; `nil` when the
    /// report found no path.
    public static func path(_ report: PathReport, language: Language, label: (String) -> String) -> PathOverlay? {
        guard let found = report.paths.first, let first = found.steps.first, let last = found.steps.last else { return nil }
        let ids = found.steps.map(\.node.id)
        let caption = language.format(.captionPath, label(first.node.id), label(last.node.id), String(ids.count - 1))
        return PathOverlay(caption: caption, nodes: ids)
    }

    /// Node sizes by the first measure of a centrality report; `directed` says how the view was
    /// read (an undirected reading is named in the caption).
    public static func size(_ report: CentralityReport, directed: Bool, language: Language) -> SizeOverlay {
        var values: [String: Double] = [:]
        for row in report.rows { values[row.node.id] = row.scores.first ?? 0 }
        let measure = report.measures.first ?? ""
        return SizeOverlay(measure: measure + (directed ? "" : ", " + language.word(.captionUndirected)), values: values)
    }

    /// Communities as colour groups (`c0`, `c1`, …), titled with the seed and the modularity.
    public static func communities(_ report: CommunitiesReport, seed: UInt64, language: Language) -> ColorOverlay {
        var groupOf: [String: String] = [:]
        var groups: [(key: String, label: String)] = []
        for community in report.communities {
            let key = "c\(community.index)"
            groups.append((key: key, label: language.format(.captionCommunity, String(community.index), String(community.members.count))))
            for member in community.members { groupOf[member] = key }
        }
        let q = (report.modularity * 1000).rounded() / 1000
        return ColorOverlay(title: language.format(.captionCommunityTitle, String(seed), "\(q)"), groupOf: groupOf, groups: groups)
    }

    /// The buckets of coverage colouring: how many objectives of the view an actor contributes to.
    public static let coverageBuckets: [(from: Int, label: String)] = [(0, "0"), (1, "1"), (2, "2–3"), (4, "4–7"), (8, "8+")]
    /// Light to dark, legible with black text, ordered in greyscale.
    public static let coverageFills = ["#FFFFFF", "#DEEBF7", "#B2D2EA", "#7FB2DA", "#4F90C4"]

    /// Every actor (agency, body, group, custom kind) of `drawn` by the number of distinct
    /// objectives it contributes to in a coverage report — directly (`contributes_to`) or through
    /// an instrument it implements or adopts — bucketed 0, 1, 2–3, 4–7, 8+. Objectives,
    /// instruments and levels are not coloured.
    public static func coverage(_ report: CoverageReport, drawn: Network, language: Language) -> ColorOverlay {
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
        let groups = coverageBuckets.enumerated().map {
            (key: "b\($0.offset)", label: language.format(.captionCoverageBucket, $0.element.label))
        }
        return ColorOverlay(title: language.format(.captionCoverageTitle, String(report.objectives.count)),
                            groupOf: groupOf, groups: groups, fills: coverageFills)
    }

    /// The objective × level matrix of a coverage report as a heatmap table.
    ///
    /// `context` names the levels; `title` replaces the network's title in `language`.
    public static func coverageHeatmap(_ report: CoverageReport, drawn: Network, context: Network, language: Language,
                                       title: String?) -> CoverageHeatmap {
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
        let subtitle = drawn.asOf.map { language.format(.heatmapSubtitleAt, "\($0)") } ?? language.word(.heatmapSubtitleAll)
        return CoverageHeatmap(title: language.format(.heatmapTitle, networkTitle), subtitle: subtitle,
                               cornerLabel: language.word(.heatmapCorner), rowLabels: rows.map(\.label),
                               columnLabels: columns.map(levelLabel), counts: counts,
                               rowTotals: report.objectives.map(\.redundancy), totalLabel: language.word(.heatmapTotal),
                               keyTitle: language.word(.heatmapKey))
    }
}
