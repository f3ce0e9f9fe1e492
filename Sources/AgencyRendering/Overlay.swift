import AgencyModel
import TextKit

/// An edge of a network named by its ends and, optionally, its type (any type when `nil`).
/// Symmetric types (`cooperates_with`) match either way round.
public struct EdgeReference: Hashable, Sendable, CustomStringConvertible {
    /// The id of the edge's source node.
    public var from: String
    /// The id of the edge's target node.
    public var to: String
    /// The edge's type, or `nil` to match an edge of any type between the two nodes.
    public var type: EdgeType?

    /// Names an edge.
    ///
    /// - Parameters:
    ///   - from: the source node's id.
    ///   - to: the target node's id.
    ///   - type: the edge type, or `nil` (the default) for any.
    public init(from: String, to: String, type: EdgeType? = nil) {
        self.from = from
        self.to = to
        self.type = type
    }

    /// Whether `edge` is the edge named.
    public func matches(_ edge: AgencyModel.Edge) -> Bool {
        if let type, edge.type != type { return false }
        if edge.from == from && edge.to == to { return true }
        return edge.type.isSymmetric && edge.from == to && edge.to == from
    }

    public var description: String { [from, to, type?.rawValue].compactMap { $0 }.joined(separator: ",") }
}

/// Something drawn over a network: results of analyses, or a comparison, each explained in the
/// legend. Overlays are data: whoever computes the result (the CLI from an analysis, a briefing)
/// fills one in, and ``NetworkDiagram`` draws it. Rendering never runs an analysis.
///
/// ```swift
/// let spof = Overlay.highlight(HighlightOverlay(
///     caption: "Single points of failure", cssClass: "highlight-spof",
///     nodes: ["ocam"], edges: [EdgeReference(from: "ocam", to: "ctif")]))
/// let sized = Overlay.size(SizeOverlay(measure: "betweenness", values: ["ocam": 0.42, "ctif": 0.1]))
/// var options = DiagramOptions()
/// options.overlays = [spof, sized]
/// let graph = try NetworkDiagram.graph(for: view, options: options)
/// ```
///
/// Overlays that name nodes or edges not in the view are refused with
/// ``DiagramError/unknownNode(_:overlay:suggestion:)`` or ``DiagramError/unknownEdge(_:overlay:)``.
public enum Overlay: Sendable, Equatable {
    /// Nodes and edges drawn thick and dark, with a CSS class.
    case highlight(HighlightOverlay)
    /// Node size by a numeric value.
    case size(SizeOverlay)
    /// Node fill by a group.
    case color(ColorOverlay)
    /// An ordered path of nodes, its edges drawn thick and numbered.
    case path(PathOverlay)
    /// Differences with another network: added and removed nodes and edges.
    case diff(DiffOverlay)
}

/// Nodes and edges to make stand out (e.g. single points of failure).
public struct HighlightOverlay: Sendable, Equatable {
    /// What the highlight means, shown in the legend (e.g. `Single points of failure`).
    public var caption: String
    /// The CSS class put on every highlighted node and edge, e.g. `highlight-spof`
    /// (letters, digits, `_` and `-`).
    public var cssClass: String
    /// Highlighted nodes (ids).
    public var nodes: [String]
    /// Highlighted edges.
    public var edges: [EdgeReference]
    /// The colour of the highlight (default: Okabe–Ito vermillion).
    public var color: String

    /// Creates a highlight.
    ///
    /// - Parameters:
    ///   - caption: what the highlight means, shown in the legend.
    ///   - cssClass: the CSS class of highlighted elements (letters, digits, `_`, `-`); `highlight`
    ///     by default.
    ///   - nodes: the ids of highlighted nodes.
    ///   - edges: the highlighted edges.
    ///   - color: the highlight colour, Okabe–Ito vermillion by default.
    public init(caption: String, cssClass: String = "highlight", nodes: [String] = [], edges: [EdgeReference] = [],
                color: String = OkabeIto.vermillion) {
        self.caption = caption
        self.cssClass = cssClass
        self.nodes = nodes
        self.edges = edges
        self.color = color
    }
}

/// Node size by a measure (e.g. betweenness): the node with the largest value is drawn at
/// ``maximumScale`` times its normal size, zero at normal size, linearly in between (by area, so
/// the eye reads the value). Nodes without a value keep their normal size.
public struct SizeOverlay: Sendable, Equatable {
    /// The measure's name, shown in the legend (e.g. `betweenness`).
    public var measure: String
    /// The values by node id; negative values count as zero.
    public var values: [String: Double]
    /// The scale of the largest value (linear size; area grows with its square).
    public var maximumScale: Double

    /// Creates a size overlay.
    ///
    /// - Parameters:
    ///   - measure: the measure's name, shown in the legend.
    ///   - values: the value of each node, by id (negative values count as zero).
    ///   - maximumScale: the linear scale of the node with the largest value (2.5 by default).
    public init(measure: String, values: [String: Double], maximumScale: Double = 2.5) {
        self.measure = measure
        self.values = values
        self.maximumScale = maximumScale
    }
}

/// Node fill by group (e.g. communities, levels): every node with a group gets the group's fill;
/// the legend lists the groups by their labels.
public struct ColorOverlay: Sendable, Equatable {
    /// What the groups are, shown in the legend (e.g. `community`, `level`).
    public var title: String
    /// The group of each node (group keys are free text).
    public var groupOf: [String: String]
    /// The groups in legend order, with their labels. Groups missing here are listed after,
    /// sorted, labelled by their key.
    public var groups: [(key: String, label: String)]
    /// The fills of the groups, in legend order (e.g. a light-to-dark ramp for ordered groups,
    /// so that greyscale prints keep the order). Empty: the light Okabe–Ito-derived fills.
    /// Repeats when there are more groups than fills. Colours are validated when drawn.
    public var fills: [String]

    /// Creates a colour overlay.
    ///
    /// - Parameters:
    ///   - title: what the groups are, shown in the legend.
    ///   - groupOf: the group key of each node, by id.
    ///   - groups: the groups in legend order with their labels (others follow, sorted).
    ///   - fills: the fills in legend order; empty for the light Okabe–Ito-derived fills.
    public init(title: String, groupOf: [String: String], groups: [(key: String, label: String)] = [],
                fills: [String] = []) {
        self.title = title
        self.groupOf = groupOf
        self.groups = groups
        self.fills = fills
    }

    /// The fill of the group at `index` in ``orderedGroups``.
    public func fill(at index: Int) -> String {
        let palette = fills.isEmpty ? OkabeIto.groupFills : fills
        return palette[index % palette.count]
    }

    /// How many distinct fills there are before they repeat.
    public var fillCount: Int { fills.isEmpty ? OkabeIto.groupFills.count : fills.count }

    public static func == (a: ColorOverlay, b: ColorOverlay) -> Bool {
        a.title == b.title && a.groupOf == b.groupOf && a.fills == b.fills
            && a.groups.map(\.key) == b.groups.map(\.key) && a.groups.map(\.label) == b.groups.map(\.label)
    }

    /// The groups in legend order: ``groups`` first, then any other group used, sorted.
    public var orderedGroups: [(key: String, label: String)] {
        let listed = Set(groups.map(\.key))
        let used = Set(groupOf.values)
        let rest = used.subtracting(listed).sorted().map { (key: $0, label: $0) }
        return groups.filter { used.contains($0.key) } + rest
    }

    /// Colours a network's nodes by their governance level (`level`; level nodes by themselves),
    /// levels ordered by rank, labelled by their names.
    public static func byLevel(_ network: Network, language: Language = .en) -> ColorOverlay {
        var groupOf: [String: String] = [:]
        for node in network.nodes {
            if node.kind == .level { groupOf[node.id] = node.id } else if let level = node.level { groupOf[node.id] = level }
        }
        let groups = network.levelsByRank.map { (key: $0.id, label: language.pick($0.name) ?? $0.id) }
        return ColorOverlay(title: language.word(.legendLevelWord), groupOf: groupOf, groups: groups)
    }

    /// Colours a network's nodes by kind, labelled by the kinds' names.
    public static func byKind(_ network: Network, language: Language = .en) -> ColorOverlay {
        var groupOf: [String: String] = [:]
        for node in network.nodes { groupOf[node.id] = node.kind.rawValue }
        let groups = network.kinds.map { (key: $0.rawValue, label: language.name(of: $0)) }
        return ColorOverlay(title: language.word(.legendKindWord), groupOf: groupOf, groups: groups)
    }
}

/// A path through the network (e.g. a shortest path between two agencies): its nodes in order;
/// consecutive nodes must be joined by an edge of the view (either direction).
public struct PathOverlay: Sendable, Equatable {
    /// What the path is, shown in the legend (e.g. `Shortest path OCAM → CTIF`).
    public var caption: String
    /// The node ids, in order (at least one).
    public var nodes: [String]

    /// Creates a path overlay.
    ///
    /// - Parameters:
    ///   - caption: what the path is, shown in the legend.
    ///   - nodes: the node ids in order; consecutive ones must be joined by an edge of the view.
    public init(caption: String, nodes: [String]) {
        self.caption = caption
        self.nodes = nodes
    }
}

/// The differences between the drawn network and another one (the *base*): nodes and edges of
/// the drawing not in the base are *added*; those of the base not in the drawing are *removed*
/// and drawn too, greyed and dashed. Nodes match by id; edges by ends and type (either way round
/// for symmetric types).
public struct DiffOverlay: Sendable, Equatable {
    /// How the base is named in the legend (e.g. a file name or a date).
    public var baseName: String
    /// Ids of nodes in the drawing and not in the base.
    public var addedNodes: Set<String>
    /// Edges in the drawing and not in the base.
    public var addedEdges: [AgencyModel.Edge]
    /// Nodes in the base and not in the drawing (drawn from the base's data).
    public var removedNodes: [AgencyModel.Node]
    /// Edges in the base and not in the drawing.
    public var removedEdges: [AgencyModel.Edge]

    /// Creates a comparison overlay, usually from a diff of the drawn network against the base.
    ///
    /// - Parameters:
    ///   - baseName: how the base is named in the legend.
    ///   - addedNodes: ids of nodes in the drawing and not in the base.
    ///   - addedEdges: edges in the drawing and not in the base.
    ///   - removedNodes: nodes of the base not in the drawing, drawn greyed from this data.
    ///   - removedEdges: edges of the base not in the drawing, drawn greyed and dashed.
    public init(baseName: String, addedNodes: Set<String>, addedEdges: [AgencyModel.Edge],
                removedNodes: [AgencyModel.Node], removedEdges: [AgencyModel.Edge]) {
        self.baseName = baseName
        self.addedNodes = addedNodes
        self.addedEdges = addedEdges
        self.removedNodes = removedNodes
        self.removedEdges = removedEdges
    }

    /// Compares `drawn` with `base` (set comparison of node ids and of edge keys; no analysis).
    ///
    /// - Complexity: O(n + m) for both networks together.
    public init(comparing drawn: Network, with base: Network, baseName: String) {
        let baseIDs = Set(base.nodes.map(\.id))
        let drawnIDs = Set(drawn.nodes.map(\.id))
        let baseEdges = Set(base.edges.map(EdgeKey.init))
        let drawnEdges = Set(drawn.edges.map(EdgeKey.init))
        self.baseName = baseName
        addedNodes = drawnIDs.subtracting(baseIDs)
        addedEdges = drawn.edges.filter { !baseEdges.contains(EdgeKey($0)) }
        removedNodes = base.nodes.filter { !drawnIDs.contains($0.id) }
        removedEdges = base.edges.filter { !drawnEdges.contains(EdgeKey($0)) }
    }

    /// Whether the two networks have the same nodes and edges.
    public var isEmpty: Bool {
        addedNodes.isEmpty && addedEdges.isEmpty && removedNodes.isEmpty && removedEdges.isEmpty
    }
}

/// An edge's identity for comparisons: ends (ordered for symmetric types) and type.
struct EdgeKey: Hashable {
    let from: String
    let to: String
    let type: EdgeType

    init(_ edge: AgencyModel.Edge) {
        if edge.type.isSymmetric && edge.to < edge.from {
            from = edge.to
            to = edge.from
        } else {
            from = edge.from
            to = edge.to
        }
        type = edge.type
    }
}
