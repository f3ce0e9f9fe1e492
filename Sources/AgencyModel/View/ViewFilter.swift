/// Which part of a network a question or a drawing looks at: node kinds, edge types, a date,
/// removed nodes and edges, and an optional neighbourhood around one node.
///
/// Every command that reads a network (analyses, rendering, briefing) applies the same filter,
/// so `--kinds`, `--edge-types`, `--at`, `--without`, `--without-edges` and `--focus/--radius`
/// mean the same thing everywhere. Direction and weights are not the filter's business: they
/// belong to the analysis view that projects the filtered network onto a graph.
///
/// Steps, in this order:
/// 1. `at`: ``Network/snapshot(at:)`` (nodes and edges valid at the date);
/// 2. `kinds`: keep the nodes of these kinds (all when `nil`);
/// 3. `withoutNodes`: remove these nodes;
/// 4. `layers` and `edgeTypes`: keep the edges of the types of these layers
///    (``Network/layers``) and of these types (each `nil` keeps every type; both given keep
///    their intersection), and only edges whose two ends are kept; `withoutEdges`: remove the
///    edges they select;
/// 5. `focus`/`radius`: keep the nodes within `radius` edges of `focus`, edges read in both
///    directions (the ego network), and the edges among them.
///
/// ```swift
/// var filter = ViewFilter()
/// filter.kinds = [.agency, .body, .group]
/// filter.withoutNodes = ["ocam"]
/// let view = try filter.apply(to: network)
/// ```
public struct ViewFilter: Sendable, Equatable {
    /// Node kinds kept; `nil` keeps every kind.
    public var kinds: Set<NodeKind>?
    /// Edge types kept; `nil` keeps every type.
    public var edgeTypes: Set<EdgeType>?
    /// Layers kept, by name (``Network/layers``): their edge types; `nil` keeps every layer.
    public var layers: Set<String>?
    /// The date of the view (see ``Network/snapshot(at:)``); `nil` keeps everything regardless of dates.
    public var at: PartialDate?
    /// Nodes removed from the view (ids).
    public var withoutNodes: Set<String> = []
    /// Edges removed from the view.
    public var withoutEdges: [EdgeSelector] = []
    /// The node at the centre of an ego view.
    public var focus: String?
    /// How many edges away from ``focus`` the view reaches (default 1).
    public var radius: Int = 1

    /// Creates a filter; with every argument left out it keeps the whole network.
    ///
    /// - Parameters:
    ///   - kinds: node kinds kept (`nil`: all).
    ///   - edgeTypes: edge types kept (`nil`: all).
    ///   - at: the date of the view (`nil`: no date filter).
    ///   - withoutNodes: ids of nodes removed.
    ///   - withoutEdges: edges removed.
    ///   - focus: the centre of an ego view (`nil`: no ego view).
    ///   - radius: how many edges away from `focus` the view reaches.
    ///   - layers: layers kept, by name (`nil`: all).
    public init(kinds: Set<NodeKind>? = nil, edgeTypes: Set<EdgeType>? = nil, at: PartialDate? = nil,
                withoutNodes: Set<String> = [], withoutEdges: [EdgeSelector] = [],
                focus: String? = nil, radius: Int = 1, layers: Set<String>? = nil) {
        self.kinds = kinds
        self.edgeTypes = edgeTypes
        self.layers = layers
        self.at = at
        self.withoutNodes = withoutNodes
        self.withoutEdges = withoutEdges
        self.focus = focus
        self.radius = radius
    }

    /// Whether the filter keeps the whole network unchanged.
    public var isIdentity: Bool {
        kinds == nil && edgeTypes == nil && layers == nil && at == nil && withoutNodes.isEmpty && withoutEdges.isEmpty && focus == nil
    }

    /// Applies the filter.
    ///
    /// - Throws: ``ViewFilterError`` when a removed node, a removed edge's end or the focus is not
    ///   a node of the network (with the closest id as a hint), when a removed edge matches no
    ///   edge, or when the focus is filtered out by the other steps or the radius is negative.
    /// - Complexity: O(n + m) plus the ego search, O(n + m).
    public func apply(to network: Network) throws(ViewFilterError) -> Network {
        func check(_ id: String, _ field: Field) throws(ViewFilterError) {
            guard network.node(withID: id) != nil else {
                throw .unknownNode(id: id, field: field, suggestion: Suggestion.closest(to: id, in: network.nodes.map(\.id)))
            }
        }
        for id in withoutNodes.sorted() { try check(id, .withoutNodes) }
        for selector in withoutEdges {
            try check(selector.from, .withoutEdges)
            try check(selector.to, .withoutEdges)
            if !network.edges(touching: selector.from).contains(where: { selector.matches($0) }) {
                throw .noSuchEdge(selector)
            }
        }
        if let focus { try check(focus, .focus) }
        if radius < 0 { throw .negativeRadius(radius) }
        var edgeTypes = self.edgeTypes
        if let layers {
            let known = network.layers
            var types = Set<EdgeType>()
            for name in layers.sorted() {
                guard let layer = known.first(where: { $0.name == name }) else {
                    throw .unknownLayer(name, suggestion: Suggestion.closest(to: name, in: known.map(\.name)), available: known.map(\.name))
                }
                types.formUnion(layer.types)
            }
            edgeTypes = edgeTypes.map { $0.intersection(types) } ?? types
        }

        // The whole network: nothing to copy (the steps below would keep every node and edge).
        if edgeTypes == nil, kinds == nil, at == nil, withoutNodes.isEmpty, withoutEdges.isEmpty, focus == nil,
           !network.hasDanglingEdges {
            return network
        }
        var result = at.map { network.snapshot(at: $0) } ?? network
        let kinds = self.kinds
        let withoutNodes = self.withoutNodes
        let withoutEdges = self.withoutEdges
        // Per node and per type, then on positions: no id hashed per edge (Network.subset).
        let keepNode = result.nodes.map { node in
            !((kinds.map { !$0.contains(node.kind) } ?? false) || withoutNodes.contains(node.id))
        }
        let typeMask = edgeTypes.map { result.edgeMask(ofTypes: $0) }
        let edges = result.edges
        result = result.subset(keepingNodes: keepNode) { position in
            (typeMask?[position] ?? true) && !withoutEdges.contains { $0.matches(edges[position]) }
        }
        if let focus {
            guard result.node(withID: focus) != nil else { throw .focusFilteredOut(focus) }
            let ego = Self.ball(around: focus, radius: radius, in: result)
            result = result.subset(keepingNodes: result.nodes.map { ego.contains($0.id) }) { _ in true }
        }
        return result
    }

    /// The properties of a filter that name nodes, for errors (``ViewFilterError/unknownNode(id:field:suggestion:)``).
    public enum Field: String, Sendable, Equatable, CaseIterable, CustomStringConvertible {
        /// ``ViewFilter/withoutNodes``, ``ViewFilter/withoutEdges`` and ``ViewFilter/focus``; the raw value
        /// is the property's name.
        case withoutNodes, withoutEdges, focus

        public var description: String { rawValue }
    }

    /// The ids within `radius` edges of `centre`, edges read in both directions.
    static func ball(around centre: String, radius: Int, in network: Network) -> Set<String> {
        var seen: Set<String> = [centre]
        var frontier = [centre]
        var depth = 0
        while depth < radius, !frontier.isEmpty {
            var next: [String] = []
            for id in frontier {
                for edge in network.edges(touching: id) {
                    let other = edge.from == id ? edge.to : edge.from
                    if seen.insert(other).inserted { next.append(other) }
                }
            }
            frontier = next
            depth += 1
        }
        return seen
    }
}

/// Selects edges to remove: by their two ends and, optionally, their type. Written `FROM,TO` or
/// `FROM,TO,TYPE` on the command line.
public struct EdgeSelector: Sendable, Hashable, CustomStringConvertible {
    /// The id of the edge's source node.
    public var from: String
    /// The id of the edge's target node.
    public var to: String
    /// The edge's type, or `nil` to select edges of every type between the two nodes.
    public var type: EdgeType?

    /// Selects edges by their ends and, optionally, their type.
    ///
    /// - Parameters:
    ///   - from: the source node's id.
    ///   - to: the target node's id.
    ///   - type: the type, or `nil` (the default) for every type.
    public init(from: String, to: String, type: EdgeType? = nil) {
        self.from = from
        self.to = to
        self.type = type
    }

    /// Parses `FROM,TO` or `FROM,TO,TYPE`; `nil` when the text has another shape.
    public init?(parsing text: String) {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false).map {
            String($0).trimmingSpaces()
        }
        guard parts.count == 2 || parts.count == 3, !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
        from = parts[0]
        to = parts[1]
        if parts.count == 3 {
            guard !parts[2].isEmpty else { return nil }
            type = EdgeType(rawValue: parts[2])
        }
    }

    /// Whether `edge` is selected. A symmetric edge (`cooperates_with`) matches in either direction.
    public func matches(_ edge: Edge) -> Bool {
        if let type, edge.type != type { return false }
        if edge.from == from && edge.to == to { return true }
        return edge.type.isSymmetric && edge.from == to && edge.to == from
    }

    public var description: String { [from, to, type?.rawValue].compactMap { $0 }.joined(separator: ",") }
}

/// Why a ``ViewFilter`` cannot be applied, in the filter's own terms (its property names); a front
/// end such as the `agencygraph` tool maps each case to its options.
public enum ViewFilterError: Error, Equatable, Sendable, CustomStringConvertible {
    /// An id named by `field` (a removed node, an end of a removed edge, the focus) that is not a
    /// node of the network, with the closest id when there is one.
    case unknownNode(id: String, field: ViewFilter.Field, suggestion: String?)
    /// A ``ViewFilter/withoutEdges`` selector that matches no edge of the network.
    case noSuchEdge(EdgeSelector)
    /// The ``ViewFilter/focus`` is a node of the network but the earlier steps (`at`, `kinds`,
    /// `withoutNodes`) removed it.
    case focusFilteredOut(String)
    /// A ``ViewFilter/radius`` below 0.
    case negativeRadius(Int)
    /// A name in ``ViewFilter/layers`` that is not a layer of the network, with the closest name
    /// and the layers the network has.
    case unknownLayer(String, suggestion: String?, available: [String])

    public var description: String {
        switch self {
        case let .unknownNode(id, field, suggestion):
            return "\(field): '\(id)' is not a node of the network" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
        case let .noSuchEdge(selector):
            return "withoutEdges: no edge \(selector) in the network"
        case let .focusFilteredOut(id):
            return "focus '\(id)' is not in the view: the at, kinds or withoutNodes step removed it"
        case let .negativeRadius(r):
            return "radius must be 0 or more, not \(r)"
        case let .unknownLayer(name, suggestion, available):
            return "layers: '\(name)' is not a layer of the network"
                + (suggestion.map { "; did you mean '\($0)'?" } ?? "; its layers are \(available.joined(separator: ", "))")
        }
    }
}

extension String {
    fileprivate func trimmingSpaces() -> String {
        var s = Substring(self)
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
