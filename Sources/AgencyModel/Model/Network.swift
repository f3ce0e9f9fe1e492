/// A whole network: its sources, nodes and edges, with look-up indexes built once.
///
/// `Network` is a value. Its indexes are built by the initialiser and after every mutation
/// through ``update(_:)``, so look-ups are O(1) (by id) or O(result) (by kind, type, endpoint).
/// Equality compares the data only (format, id, titles, sources, nodes and edges, in order).
///
/// When ids are duplicated (an invalid file), look-ups by id return the first node with that id.
public struct Network: Sendable, Equatable {
    /// The format version of the file (currently 1).
    public var formatVersion: Int
    /// The network's id (`[a-z0-9_-]+`).
    public var id: String
    /// The network's title.
    public var title: LocalizedText
    /// A longer description.
    public var description: LocalizedText?
    /// The date of the situation described.
    public var asOf: PartialDate?
    /// The documents the network is built from.
    public var sources: [Source]
    /// The nodes, in file order.
    public private(set) var nodes: [Node]
    /// The edges, in file order.
    public private(set) var edges: [Edge]
    /// The layers the file declares (top-level `layers:`), in file order; see ``layers`` for all
    /// the layers of the network.
    public var declaredLayers: [Layer]
    /// The provenance of nodes and edges that state none (the file's `defaults:`); their
    /// ``Node/provenance`` and ``Node/assumption`` already hold it.
    public var defaults: ProvenanceDefaults?

    private var index: Index

    /// The format version this library reads and writes.
    public static let currentFormatVersion = 1

    /// Creates a network and builds its indexes.
    ///
    /// - Complexity: O(n + m) for n nodes and m edges.
    public init(formatVersion: Int = Network.currentFormatVersion, id: String, title: LocalizedText,
                description: LocalizedText? = nil, asOf: PartialDate? = nil, sources: [Source] = [],
                nodes: [Node] = [], edges: [Edge] = [], declaredLayers: [Layer] = [],
                defaults: ProvenanceDefaults? = nil) {
        self.formatVersion = formatVersion
        self.id = id
        self.title = title
        self.description = description
        self.asOf = asOf
        self.sources = sources
        self.nodes = nodes
        self.edges = edges
        self.declaredLayers = declaredLayers
        self.defaults = defaults
        self.index = Index(nodes: nodes, edges: edges)
    }

    /// Changes nodes and edges together, then rebuilds the indexes once.
    ///
    /// ```swift
    /// network.update { nodes, edges in nodes.removeAll { $0.kind == .objective } }
    /// ```
    /// - Complexity: O(n + m) plus the cost of `body`.
    public mutating func update(_ body: (inout [Node], inout [Edge]) throws -> Void) rethrows {
        try body(&nodes, &edges)
        index = Index(nodes: nodes, edges: edges)
    }

    public static func == (lhs: Network, rhs: Network) -> Bool {
        lhs.formatVersion == rhs.formatVersion && lhs.id == rhs.id && lhs.title == rhs.title
            && lhs.description == rhs.description && lhs.asOf == rhs.asOf && lhs.sources == rhs.sources
            && lhs.nodes == rhs.nodes && lhs.edges == rhs.edges && lhs.declaredLayers == rhs.declaredLayers
            && lhs.defaults == rhs.defaults
    }

    // MARK: Look-ups

    /// The node with `id`, or `nil`. - Complexity: O(1) on average.
    public func node(withID id: String) -> Node? {
        index.nodeByID[id].map { nodes[$0] }
    }

    /// The position of the node with `id` in ``nodes``, or `nil`. - Complexity: O(1) on average.
    public func nodeIndex(ofID id: String) -> Int? { index.nodeByID[id] }

    /// The source with `id`, or `nil`. - Complexity: O(s) for s sources.
    public func source(withID id: String) -> Source? { sources.first { $0.id == id } }

    /// The nodes of `kind`, in file order. - Complexity: O(result).
    public func nodes(ofKind kind: NodeKind) -> [Node] {
        (index.nodesByKind[kind] ?? []).map { nodes[$0] }
    }

    /// The kinds present, sorted (built-in kinds first, in documentation order).
    public var kinds: [NodeKind] { index.nodesByKind.keys.sorted() }

    /// The number of nodes of each kind present.
    public var countsByKind: [NodeKind: Int] { index.nodesByKind.mapValues(\.count) }

    /// The edges of `type`, in file order. - Complexity: O(result).
    public func edges(ofType type: EdgeType) -> [Edge] {
        (index.edgesByType[type] ?? []).map { edges[$0] }
    }

    /// The number of edges of each type present.
    public var countsByType: [EdgeType: Int] { index.edgesByType.mapValues(\.count) }

    /// The edges leaving the node `id` (its `from` end), optionally of one type, in file order.
    /// - Complexity: O(degree).
    public func edges(from id: String, type: EdgeType? = nil) -> [Edge] {
        select(index.outgoing[id], type)
    }

    /// The edges arriving at the node `id` (its `to` end), optionally of one type, in file order.
    /// - Complexity: O(degree).
    public func edges(to id: String, type: EdgeType? = nil) -> [Edge] {
        select(index.incoming[id], type)
    }

    /// The edges at either end of node `id`, each once (a self-loop once), in file order.
    /// - Complexity: O(degree · log degree).
    public func edges(touching id: String, type: EdgeType? = nil) -> [Edge] {
        let positions = Set((index.outgoing[id] ?? []) + (index.incoming[id] ?? [])).sorted()
        return select(positions, type)
    }

    /// The ids of nodes linked to `id` by an edge in either direction, without repeats, sorted.
    public func neighbours(of id: String, type: EdgeType? = nil) -> [String] {
        Set(edges(touching: id, type: type).map { $0.from == id ? $0.to : $0.from }).sorted()
    }

    /// The level nodes ordered by `rank` (unranked last), then id.
    public var levelsByRank: [Node] {
        nodes(ofKind: .level).sorted { a, b in
            switch (a.rank, b.rank) {
            case let (x?, y?) where x != y: return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return a.id < b.id
            }
        }
    }

    private func select(_ positions: [Int]?, _ type: EdgeType?) -> [Edge] {
        guard let positions else { return [] }
        return positions.lazy.map { edges[$0] }.filter { type == nil || $0.type == type }
    }

    // MARK: Snapshot

    /// The network as it stood at `date`: only the nodes valid at that date, and only the edges
    /// valid at that date whose two ends are kept.
    ///
    /// Validity is inclusive and period-based (see ``ValidityPeriod``): `snapshot(at: 2021)` keeps
    /// both Plan R (`until: 2021-09`) and the strategy that replaced it (`since: 2021-09`).
    /// - Complexity: O(n + m).
    public func snapshot(at date: PartialDate) -> Network {
        let keptNodes = nodes.filter { $0.validity.isValid(at: date) }
        let keptIDs = Set(keptNodes.map(\.id))
        let keptEdges = edges.filter {
            $0.validity.isValid(at: date) && keptIDs.contains($0.from) && keptIDs.contains($0.to)
        }
        var copy = self
        copy.asOf = date
        copy.update { nodes, edges in
            nodes = keptNodes
            edges = keptEdges
        }
        return copy
    }

    // MARK: Index

    private struct Index: Sendable {
        var nodeByID: [String: Int] = [:]
        var nodesByKind: [NodeKind: [Int]] = [:]
        var edgesByType: [EdgeType: [Int]] = [:]
        var outgoing: [String: [Int]] = [:]
        var incoming: [String: [Int]] = [:]

        init(nodes: [Node], edges: [Edge]) {
            nodeByID.reserveCapacity(nodes.count)
            for (position, node) in nodes.enumerated() {
                if nodeByID[node.id] == nil { nodeByID[node.id] = position }
                nodesByKind[node.kind, default: []].append(position)
            }
            for (position, edge) in edges.enumerated() {
                edgesByType[edge.type, default: []].append(position)
                outgoing[edge.from, default: []].append(position)
                incoming[edge.to, default: []].append(position)
            }
        }
    }
}
