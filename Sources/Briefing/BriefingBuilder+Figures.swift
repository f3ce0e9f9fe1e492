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
    /// One way of drawing a figure: the network drawn, its overlays and how it is laid out.
    struct FigureCandidate {
        var network: Network
        var overlays: [Overlay] = []
        var clusterBy: ClusterBy = .level
        var engine: LayoutEngine? = nil
        var legend = true
    }

    /// Renders the first candidate whose text stays at least ``FigureFit/minimumTextPixels`` at the
    /// A4 content width; when none does, the last (the smallest) one, with a note.
    mutating func figure(_ id: String, _ caption: String, candidates: [FigureCandidate], force: Bool = false) -> BriefingDocument.Figure {
        figureCount += 1
        if isLarge && !force {
            return .init(id: id, number: figureCount, caption: caption, svg: nil, note: w(.figureOmitted))
        }
        options.progress?("\(w(.figure)) \(figureCount)")
        var last: (svg: String, fit: FigureFit)?
        var failure: String?
        for candidate in candidates where !candidate.network.nodes.isEmpty {
            let drawn = marked(candidate.network)
            let kept = Set(drawn.nodes.map(\.id))
            let diagram = DiagramOptions(language: lang, clusterBy: candidate.clusterBy, title: nil,
                                         overlays: Self.restrict(candidate.overlays, to: kept, edges: drawn.edges),
                                         showsLegend: candidate.legend, engine: candidate.engine)
            do {
                let output = try NetworkDiagram.render(drawn, context: context, options: diagram, format: .svg)
                let svg = Self.svgElement(output.data)
                let fit = FigureFit(svg: svg)
                if fit.isLegible { return .init(id: id, number: figureCount, caption: caption, svg: svg, note: nil) }
                last = (svg, fit)
            } catch {
                failure = "\(error)"
            }
        }
        if let last { return .init(id: id, number: figureCount, caption: caption, svg: last.svg, note: nil) }
        return .init(id: id, number: figureCount, caption: caption, svg: nil, note: failure ?? w(.figureOmitted))
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

    /// Candidates from most to least detailed: the `core` plus the first k of `more`, for k falling.
    func shrinking(_ source: Network, core: Set<String>, more: [String], overlays: [Overlay]) -> [FigureCandidate] {
        var sizes = [more.count, 24, 16, 11, 7, 4, 0].filter { $0 <= more.count }
        sizes = sizes.enumerated().filter { $0.offset == 0 || $0.element < sizes[0] }.map(\.element)
        var out: [FigureCandidate] = []
        for k in sizes {
            let drawn = induced(source, on: core.union(more.prefix(k)))
            // Level boxes and the legend take width: without them, more neighbours fit the page.
            if hasLevels { out.append(FigureCandidate(network: drawn, overlays: overlays, clusterBy: .level)) }
            out.append(FigureCandidate(network: drawn, overlays: overlays, clusterBy: .none, legend: false))
        }
        return out
    }

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

    /// The view's actors summarised by level: one node per level with its actor count, an edge
    /// where ties cross levels.
    func levelSummary(_ source: Network) -> Network {
        summary(source, groupOf: { $0.kind == .level ? $0.id : $0.level },
                order: context.levelsByRank.map(\.id), name: { self.label($0) })
    }

    /// The actors summarised by community (Louvain): one node per community named after its most
    /// connected member, with its count.
    func communitySummary(_ source: Network, _ report: CommunitiesReport) -> Network {
        var groupOf: [String: String] = [:]
        var names: [String: String] = [:]
        var degree: [String: Int] = [:]
        for edge in source.edges { degree[edge.from, default: 0] += 1; degree[edge.to, default: 0] += 1 }
        for community in report.communities {
            let key = "c\(community.index)"
            for member in community.members { groupOf[member] = key }
            let top = community.members.max { (degree[$0] ?? 0, $1) < (degree[$1] ?? 0, $0) } ?? key
            names[key] = "\(w(.community)) \(community.index + 1): \(label(top))…"
        }
        return summary(source, groupOf: { groupOf[$0.id] }, order: report.communities.map { "c\($0.index)" }, name: { names[$0] ?? $0 })
    }

    func summary(_ source: Network, groupOf: (AgencyModel.Node) -> String?, order: [String], name: (String) -> String) -> Network {
        var counts: [String: Int] = [:]
        var group: [String: String] = [:]
        for node in source.nodes {
            guard let g = groupOf(node) else { continue }
            group[node.id] = g
            counts[g, default: 0] += 1
        }
        let groups = order.filter { counts[$0] != nil }
        let nodes = groups.enumerated().map { i, id in
            AgencyModel.Node(id: id, kind: .level, name: LocalizedText(universal: "\(name(id)) (\(counts[id]!))"), rank: i)
        }
        var pairs = Set<String>()
        var edges: [AgencyModel.Edge] = []
        for e in source.edges {
            guard let x = group[e.from], let y = group[e.to], x != y else { continue }
            let key = x < y ? "\(x)\u{0}\(y)" : "\(y)\u{0}\(x)"
            guard pairs.insert(key).inserted else { continue }
            edges.append(AgencyModel.Edge(from: x, to: y, type: .coordinates))
        }
        edges.sort { ($0.from, $0.to) < ($1.from, $1.to) }
        return Network(id: source.id, title: source.title, nodes: nodes, edges: edges)
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
    /// 7 pt at print size.
    public static let minimumTextPixels = 9.0

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

    /// The smallest text on the page, in CSS px.
    public var smallestTextPixels: Double { smallestFont * scale }
    /// Whether the smallest text is at least ``minimumTextPixels`` (7 pt) on the page.
    public var isLegible: Bool { smallestTextPixels >= Self.minimumTextPixels }
}
