import AgencyAnalysis
import AgencyModel
import AgencyRendering
import Foundation
import Graphviz
import Presentation
import TextKit

/// Figures made for the page: each draws the part of the network it is about, merged to one line
/// per pair, and is checked to keep its text legible at the A4 content width (``FigureFit``).
extension BriefingBuilder {
    /// One way of drawing a figure: the network drawn, its overlays and how it is laid out, or a
    /// condensed drawing (boxes with counts); a note shown under it when it leaves something out.
    struct FigureCandidate {
        var network: Network
        var overlays: [Overlay] = []
        var clusterBy: ClusterBy = .level
        var engine: LayoutEngine? = nil
        var legend = true
        var condensed: CondensedNetwork? = nil
        var note: String? = nil
        /// Candidates of one detail level (the same nodes drawn in other ways) share a number.
        var detail = 0
        /// The figure's caption when this candidate is drawn, if not the figure's own.
        var caption: String? = nil

        init(network: Network, overlays: [Overlay] = [], clusterBy: ClusterBy = .level, engine: LayoutEngine? = nil,
             legend: Bool = true, note: String? = nil) {
            self.network = network
            self.overlays = overlays
            self.clusterBy = clusterBy
            self.engine = engine
            self.legend = legend
            self.note = note
        }

        init(condensed: CondensedNetwork) {
            self.network = Network(id: "condensed", title: LocalizedText(universal: ""), nodes: [], edges: [])
            self.condensed = condensed
            self.legend = false
        }

        var isEmpty: Bool { size == 0 }
        /// The boxes drawn.
        var size: Int { condensed?.groups.count ?? network.nodes.count }
    }

    /// Renders the most detailed candidates whose text stays at least
    /// ``FigureFit/minimumTextPixels`` on an A4 page: of one detail level, the first legible in
    /// the portrait column, else the one with the largest text on a landscape page (the figure
    /// then prints on a landscape page of its own); when none is legible, the last one.
    ///
    /// A level that is not legible tells how much smaller the next must be: the text grows at
    /// most in proportion as nodes are removed (a layered star is as wide as its nodes; a
    /// spring layout grows more slowly), so levels with more than `nodes × text / minimum` nodes
    /// are skipped without being laid out; so are drawings of more than ``figureLines`` lines (a
    /// tangle no one reads, and the slow part of a layout). The last level is always tried.
    mutating func figure(_ id: String, _ caption: String, candidates: [FigureCandidate]) -> BriefingDocument.Figure {
        figureCount += 1
        options.progress?("\(w(.figure)) \(figureCount)")
        var last: (svg: String, fit: FigureFit, candidate: FigureCandidate)?
        var failure: String?
        var landscape: (svg: String, pixels: Double, candidate: FigureCandidate)?
        var largestText = 0.0
        var sizeLimit = Double.infinity
        let lastDetail = candidates.last?.detail
        for (index, candidate) in candidates.enumerated() where !candidate.isEmpty {
            if candidate.detail != lastDetail,
               Double(candidate.size) > sizeLimit || candidate.network.edges.count > Self.figureLines { continue }
            do {
                let svg = try render(candidate)
                let fit = FigureFit(svg: svg)
                if fit.isLegible { return .init(id: id, number: figureCount, caption: candidate.caption ?? caption, svg: svg, note: candidate.note) }
                if fit.isLegibleLandscape, fit.smallestLandscapeTextPixels > landscape?.pixels ?? 0 {
                    landscape = (svg, fit.smallestLandscapeTextPixels, candidate)
                }
                last = (svg, fit, candidate)
                largestText = max(largestText, fit.smallestTextPixels, fit.smallestLandscapeTextPixels)
            } catch {
                failure = "\(error)"
            }
            let endOfLevel = index + 1 == candidates.count || candidates[index + 1].detail != candidate.detail
            if endOfLevel, let landscape {
                return .init(id: id, number: figureCount, caption: landscape.candidate.caption ?? caption, svg: landscape.svg,
                             note: landscape.candidate.note, landscape: true)
            }
            if endOfLevel, largestText > 0 {
                sizeLimit = min(sizeLimit, Double(candidate.size) * largestText / FigureFit.minimumTextPixels)
                largestText = 0
            }
        }
        if let last {
            return .init(id: id, number: figureCount, caption: last.candidate.caption ?? caption, svg: last.svg, note: last.candidate.note,
                         landscape: last.fit.landscapeScale > last.fit.scale)
        }
        return .init(id: id, number: figureCount, caption: caption, svg: nil, note: failure ?? w(.figureOmitted))
    }

    /// The `<svg>` element of one candidate.
    func render(_ candidate: FigureCandidate) throws -> String {
        if let condensed = candidate.condensed {
            return Self.svgElement(try condensed.render(language: lang).data)
        }
        let drawn = marked(candidate.network)
        let kept = Set(drawn.nodes.map(\.id))
        let diagram = DiagramOptions(language: lang, clusterBy: candidate.clusterBy, title: nil,
                                     overlays: Self.restrict(candidate.overlays, to: kept, edges: drawn.edges),
                                     showsLegend: candidate.legend, engine: candidate.engine)
        return Self.svgElement(try NetworkDiagram.render(drawn, context: context, options: diagram, format: .svg).data)
    }

    /// Overlays keep only the nodes and edges drawn (a highlight naming a node outside the figure
    /// would be refused by the renderer); empty highlights are dropped.
    static func restrict(_ overlays: [Overlay], to kept: Set<String>, edges: [AgencyModel.Edge]) -> [Overlay] {
        let drawnEdges = Set(edges.map { EdgeReference(from: $0.from, to: $0.to, type: $0.type) })
        return overlays.compactMap { overlay in
            switch overlay {
            case .highlight(var h):
                h.nodes = h.nodes.filter(kept.contains)
                h.edges = h.edges.filter(drawnEdges.contains)
                return h.nodes.isEmpty && h.edges.isEmpty ? nil : .highlight(h)
            case .size(var z):
                z.values = z.values.filter { kept.contains($0.key) }
                return .size(z)
            default:
                return overlay
            }
        }
    }

    /// The sub-network of `source` on `ids` (in `source`'s order), with one edge per pair of nodes:
    /// several relations between one pair are drawn as one line (the first in the file's order,
    /// coordination before other layers).
    func induced(_ source: Network, on ids: Set<String>) -> Network {
        let nodes = source.nodes.filter { ids.contains($0.id) }
        let rank: (AgencyModel.Edge) -> Int = { Layer.coordination.types.contains($0.type) ? 0 : 1 }
        var seen = Set<String>()
        var edges: [AgencyModel.Edge] = []
        let candidates = source.edges.enumerated().filter { ids.contains($0.element.from) && ids.contains($0.element.to) && $0.element.from != $0.element.to }
            .sorted { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }
        for (_, edge) in candidates {
            let key = edge.from < edge.to ? "\(edge.from)\u{0}\(edge.to)" : "\(edge.to)\u{0}\(edge.from)"
            if seen.insert(key).inserted { edges.append(edge) }
        }
        return Network(id: source.id, title: source.title, description: source.description, asOf: source.asOf, sources: source.sources,
                       nodes: nodes, edges: edges, declaredLayers: source.declaredLayers)
    }

    /// The neighbours of `id` in `source` (either direction), most central first.
    func neighbours(of ids: Set<String>, in source: Network, score: [String: Double]) -> [String] {
        var found = Set<String>()
        for edge in source.edges {
            if ids.contains(edge.from), !ids.contains(edge.to) { found.insert(edge.to) }
            if ids.contains(edge.to), !ids.contains(edge.from) { found.insert(edge.from) }
        }
        return found.sorted { (score[$0] ?? 0, $1) > (score[$1] ?? 0, $0) }
    }

    /// Candidates from most to least detailed: the `core` plus the first k of `more`, for k
    /// falling from at most ``figureNeighbours`` (a figure is made for one page: more nodes than
    /// that are never legible, and laying them out costs time).
    func shrinking(_ source: Network, core: Set<String>, more: [String], overlays: [Overlay]) -> [FigureCandidate] {
        var sizes = [min(more.count, Self.figureNeighbours), 24, 16, 11, 7, 4, 0].filter { $0 <= more.count }
        sizes = sizes.enumerated().filter { $0.offset == 0 || $0.element < sizes[0] }.map(\.element)
        var out: [FigureCandidate] = []
        for (detail, k) in sizes.enumerated() {
            out += ways(induced(source, on: core.union(more.prefix(k))), overlays: overlays, detail: detail)
        }
        return out
    }

    /// The ways of drawing one part of the network, one detail level: layered with level boxes
    /// and the legend; layered without them (they take width); spring-laid (`neato`), which puts
    /// a hub's neighbours around it and fits a star on a portrait page.
    func ways(_ drawn: Network, overlays: [Overlay], detail: Int, note: String? = nil) -> [FigureCandidate] {
        var out: [FigureCandidate] = []
        if hasLevels { out.append(FigureCandidate(network: drawn, overlays: overlays, clusterBy: .level, note: note)) }
        out.append(FigureCandidate(network: drawn, overlays: overlays, clusterBy: .none, legend: false, note: note))
        out.append(FigureCandidate(network: drawn, overlays: overlays, clusterBy: .none, engine: .neato, legend: false, note: note))
        for i in out.indices { out[i].detail = detail }
        return out
    }

    /// The most lines a figure draws (one per pair of nodes), but for its last, smallest version.
    static let figureLines = 150

    /// The most neighbours a figure of a part of the network tries to draw.
    static let figureNeighbours = 40

    /// The single-points-of-failure figure, from most to least complete: every single point of
    /// failure with all it cuts off; the worst one with all it cuts off (laid out layered, then
    /// radially, which fits a star on the page); then the worst with part of what it cuts off
    /// and a note counting the others, which its table lists in full.
    func spofCandidates(_ aps: [SPOFReport.Failure], _ report: SPOFReport, table: BriefingDocument.Table) -> [FigureCandidate] {
        guard let worst = aps.first else { return [] }
        let source = actors.network
        var everyone: [String] = []
        var seen = Set<String>()
        for ap in aps {
            for id in [ap.nodes[0].id] + ap.cutOff where seen.insert(id).inserted { everyone.append(id) }
            if everyone.count > Self.figureNeighbours + 1 { break }
        }
        let worstID = worst.nodes[0].id
        let whole = [worstID] + worst.cutOff
        var out: [FigureCandidate] = []
        func add(_ ids: [String], note: String? = nil) {
            let drawn = induced(source, on: Set(ids))
            let highlight = Overlay.highlight(AnalysisOverlays.spof(report, drawn: drawn, language: lang))
            out += ways(drawn, overlays: [highlight], detail: out.count, note: note)
        }
        if everyone.count <= Self.figureNeighbours + 1, everyone.count > whole.count { add(everyone) }
        if whole.count <= Self.figureNeighbours + 1 { add(whole) }
        let tableName = "\(w(.table)) \(table.number)"
        for k in [24, 16, 11, 7, 4] where k < worst.cutOff.count {
            add([worstID] + worst.cutOff.prefix(k), note: lang.format(.cutOffNotDrawn, String(worst.cutOff.count - k), tableName))
        }
        return out
    }

    /// Labels for a table cell: all of them up to ``cellLabels``, then how many more (the JSON has all).
    func cellList(_ ids: [String]) -> String {
        guard ids.count > Self.cellLabels else { return lang.list(ids.map(label)) }
        return ids.prefix(Self.cellLabels).map(label).joined(separator: ", ") + ", " + lang.format(.cellMore, String(ids.count - Self.cellLabels))
    }

    static let cellLabels = 60

    /// Names the data lacks in the briefing's language get the visible mark of the language used
    /// (``fallbackMark(_:)``), in figures as in the text.
    func marked(_ drawn: Network) -> Network {
        let nodes = drawn.nodes.map { node -> AgencyModel.Node in
            var node = node
            if let acronym = node.acronym, let text = fallbackText(acronym) { node.acronym = LocalizedText(universal: text) }
            if let name = node.name, let text = fallbackText(name) { node.name = LocalizedText(universal: text) }
            return node
        }
        return Network(id: drawn.id, title: drawn.title, description: drawn.description, asOf: drawn.asOf, sources: drawn.sources,
                       nodes: nodes, edges: drawn.edges, declaredLayers: drawn.declaredLayers)
    }

    /// The actors condensed by level (one box per level with its count, the ties between levels).
    func levelSummary(_ source: Network, maximumGroups: Int = CondensedNetwork.maximumGroups) -> CondensedNetwork {
        CondensedOverview.byLevel(source, context: context, title: lang.pick(network.title) ?? network.id, language: lang,
                                  maximumGroups: maximumGroups, label: label)
    }

    /// The actors condensed by community (Louvain): one box per community named after its most
    /// connected member, with its count.
    func communitySummary(_ source: Network, _ report: CommunitiesReport, maximumGroups: Int = CondensedNetwork.maximumGroups) -> CondensedNetwork {
        CondensedOverview.byCommunity(source, report, title: lang.pick(network.title) ?? network.id, language: lang,
                                      maximumGroups: maximumGroups, label: label)
    }

    /// The `<svg …>…</svg>` element of Graphviz's output, without the XML declaration, DOCTYPE or leading comments.
    static func svgElement(_ bytes: [UInt8]) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let start = text.range(of: "<svg") else { return text }
        var element = String(text[start.lowerBound...])
        while element.last?.isWhitespace == true { element.removeLast() }
        return element
    }
}

/// How large a figure's smallest text is when the page shows it: the SVG scaled down (never up) to
/// the A4 content width (178 mm ≈ 672 CSS px) and at most 230 mm high, as the briefing's CSS does.
public struct FigureFit: Sendable, Equatable {
    /// The A4 content width in CSS px (210 mm − 2 × 16 mm margins).
    public static let pageWidth = 178.0 / 25.4 * 96
    /// The tallest a figure is shown (the CSS `max-height`), in CSS px.
    public static let pageHeight = 230.0 / 25.4 * 96
    /// 7 pt at print size (7 × 96 / 72 CSS px).
    public static let minimumTextPixels = 28.0 / 3
    /// A landscape A4 page's content width (297 mm − 2 × 16 mm) in CSS px.
    public static let landscapeWidth = 265.0 / 25.4 * 96
    /// The tallest a figure is shown on a landscape page (the CSS `max-height`: 210 mm − 2 × 18 mm
    /// margins − room for the caption), in CSS px.
    public static let landscapeHeight = 155.0 / 25.4 * 96

    /// The drawing's size in SVG user units (Graphviz points) and its smallest font size.
    public var width: Double
    /// The drawing's height in SVG user units (0 when the SVG has no `viewBox`).
    public var height: Double
    /// The smallest `font-size` in the SVG, in user units (14 when it sets none).
    public var smallestFont: Double

    /// Reads the size and the smallest font size of a Graphviz SVG from its `viewBox` and `font-size`
    /// attributes.
    ///
    /// - Parameter svg: the SVG text.
    /// - Complexity: O(length of `svg`).
    public init(svg: String) {
        func number(after key: String, in text: Substring) -> Double? {
            guard let r = text.range(of: key) else { return nil }
            return Double(text[r.upperBound...].prefix { $0.isNumber || $0 == "." })
        }
        var width = 0.0, height = 0.0
        if let r = svg.range(of: "viewBox=\"") {
            let parts = svg[r.upperBound...].prefix { $0 != "\"" }.split(separator: " ").compactMap { Double($0) }
            if parts.count == 4 { width = parts[2]; height = parts[3] }
        }
        var smallest = Double.infinity
        var rest = svg[...]
        while let r = rest.range(of: "font-size=\"") {
            if let size = number(after: "font-size=\"", in: rest[r.lowerBound...]) { smallest = min(smallest, size) }
            rest = rest[r.upperBound...]
        }
        self.width = width
        self.height = height
        self.smallestFont = smallest.isFinite ? smallest : 14
    }

    /// The scale from user units to CSS px on the page: 4/3 (points) at most, less when the drawing
    /// is wider or taller than the page allows.
    public var scale: Double {
        guard width > 0, height > 0 else { return 4.0 / 3.0 }
        return min(4.0 / 3.0, Self.pageWidth / width, Self.pageHeight / height)
    }

    /// The same on a landscape page (``landscapeWidth`` × ``landscapeHeight``).
    public var landscapeScale: Double {
        guard width > 0, height > 0 else { return 4.0 / 3.0 }
        return min(4.0 / 3.0, Self.landscapeWidth / width, Self.landscapeHeight / height)
    }

    /// The smallest text on the page, in CSS px.
    public var smallestTextPixels: Double { smallestFont * scale }
    /// Whether the smallest text is at least ``minimumTextPixels`` (7 pt) on the page.
    public var isLegible: Bool { smallestTextPixels >= Self.minimumTextPixels }
    /// The smallest text on a landscape page, in CSS px.
    public var smallestLandscapeTextPixels: Double { smallestFont * landscapeScale }
    /// Whether the smallest text is at least ``minimumTextPixels`` (7 pt) on a landscape page.
    public var isLegibleLandscape: Bool { smallestLandscapeTextPixels >= Self.minimumTextPixels }
}
