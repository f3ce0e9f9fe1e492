import AgencyModel
import TextKit
import Graphviz

/// How nodes are grouped into boxes (Graphviz clusters).
public enum ClusterBy: String, CaseIterable, Sendable {
    /// By governance level: a node with `level: X` goes into the box of level X; levels nest
    /// where the data has `part_of` edges between levels; level nodes are drawn as the boxes.
    case level
    /// By node kind.
    case kind
    /// By the node's first tag (nodes without tags stay outside boxes).
    case tag
    /// By the year of the node's `since` (nodes without one stay outside boxes).
    case since
    /// No boxes.
    case none
}

/// What a diagram shows and how. Every field has a default, so `DiagramOptions()` draws a
/// network plainly: English labels, boxes per level, a legend, the automatic engine.
public struct DiagramOptions: Sendable, Equatable {
    /// The language of labels and of the legend.
    public var language: Language = .en
    /// How nodes are grouped into boxes.
    public var clusterBy: ClusterBy = .level
    /// The title; `nil` uses the network's title in ``language``.
    public var title: String?
    /// Results and comparisons drawn over the network, in order (later ones win where two set
    /// the same attribute of an element).
    public var overlays: [Overlay] = []
    /// Whether to draw the legend.
    public var showsLegend = true
    /// The layout engine; `nil` chooses by size (``EngineChoice/automatic(nodeCount:edgeCount:)``).
    public var engine: LayoutEngine?

    /// Creates options; every argument has the default of the property it sets.
    ///
    /// - Parameters:
    ///   - language: the language of labels and legend (English).
    ///   - clusterBy: how nodes are grouped into boxes (by level).
    ///   - title: the diagram's title, or `nil` for the network's own.
    ///   - overlays: what is drawn over the network, in order (none).
    ///   - showsLegend: whether the legend is drawn (yes).
    ///   - engine: the layout engine, or `nil` to choose by size.
    public init(language: Language = .en, clusterBy: ClusterBy = .level, title: String? = nil,
                overlays: [Overlay] = [], showsLegend: Bool = true, engine: LayoutEngine? = nil) {
        self.language = language
        self.clusterBy = clusterBy
        self.title = title
        self.overlays = overlays
        self.showsLegend = showsLegend
        self.engine = engine
    }
}

/// The choice of layout engine by size, and the size above which `dot` is refused.
///
/// Graphviz cannot be interrupted once a layout has started in-process, so the time a layout may
/// take is bounded by refusing work known to be too slow, before it starts: measured on the
/// 2-core development machine (docs/rendering.md), see the constants.
public enum EngineChoice {
    /// Up to this many drawn nodes the automatic choice is `dot` (layered, boxes, ranks);
    /// above it, `sfdp`. Measured (release build, random synthetic networks with 5 ranked
    /// levels and about 2 edges a node): `dot` 0.35 s at 100 nodes, 1.2 s at 200, 26 s at 300;
    /// `sfdp` 0.2 s at 200, 1.8 s at 1,000, 7 s at 2,000.
    public static let dotAutomaticLimit = 150
    /// Above this many drawn edges the automatic choice is `sfdp` whatever the node count: `dot`'s
    /// crossing minimisation grows steeply with edges. Measured 2026-12-03 (random networks of 145
    /// nodes, `render --whole --engine dot`): 1.1 s at 300 edges, 2.3 s at 500, 14 s at 800; Lazega's
    /// law firm (71 nodes, 2,571 edges) over 120 s, where `sfdp` takes 2 s.
    public static let dotAutomaticEdgeLimit = 500
    /// Above this many drawn nodes, `dot` is refused before the layout starts, with a message
    /// that suggests `sfdp`: its time is erratic and steep beyond (26 s at 300 nodes, 63 s at
    /// 700 with level boxes; over 5 minutes at 400 without boxes), and an in-process layout
    /// cannot be interrupted.
    public static let dotHardLimit = 300

    /// The engine for a drawing of `nodeCount` nodes and `edgeCount` edges when none is given:
    /// `dot` up to ``dotAutomaticLimit`` nodes and ``dotAutomaticEdgeLimit`` edges, else `sfdp`.
    public static func automatic(nodeCount: Int, edgeCount: Int) -> LayoutEngine {
        nodeCount <= dotAutomaticLimit && edgeCount <= dotAutomaticEdgeLimit ? .dot : .sfdp
    }
}

/// Why a diagram cannot be drawn. Messages say what to change.
public enum DiagramError: Error, Equatable, Sendable, CustomStringConvertible {
    /// An overlay names a node that is not in the view.
    case unknownNode(String, overlay: String, suggestion: String?)
    /// An overlay names an edge that is not in the view.
    case unknownEdge(EdgeReference, overlay: String)
    /// A path overlay has no nodes, or two consecutive nodes with no edge between them.
    case brokenPath(String)
    /// A CSS class or colour given to an overlay is not allowed.
    case invalidOverlay(String)
    /// The drawing is too large for the engine asked for.
    case tooLarge(engine: String, nodes: Int, limit: Int)
    /// The Graphviz description could not be built (should not happen with valid networks).
    case graphviz(String)

    public var description: String {
        switch self {
        case let .unknownNode(id, overlay, suggestion):
            return "\(overlay): no node '\(id)' in the view" + (suggestion.map { " (did you mean '\($0)'?)" } ?? "")
        case let .unknownEdge(edge, overlay):
            return "\(overlay): no edge \(edge) in the view"
        case let .brokenPath(message):
            return "path: \(message)"
        case let .invalidOverlay(message):
            return message
        case let .tooLarge(engine, nodes, limit):
            return "\(nodes) nodes are too many for '\(engine)' (limit \(limit): its layout time grows roughly quadratically and cannot be interrupted); use the sfdp engine (DiagramOptions.engine), or draw a smaller view (a ViewFilter with kinds or focus)"
        case let .graphviz(message):
            return message
        }
    }
}

/// The closest string by edit distance, when close enough to be a typo (AgencyModel's
/// ``Suggestion``, candidates sorted so ties go to the smallest).
enum Closest {
    static func match(_ word: String, in candidates: [String]) -> String? {
        Suggestion.closest(to: word, in: candidates.sorted(), maxDistance: max(2, word.count / 3))
    }
}
