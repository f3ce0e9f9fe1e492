/// A whole network: its sources, nodes and edges, with look-up indexes built once.
///
/// `Network` is a value. Its indexes are built by the initialiser and after every mutation
/// through ``update(_:)``, so look-ups are O(1) (by id) or O(result) (by kind, type, endpoint).
/// Equality compares the data only (format, id, titles, sources, nodes and edges, in order).
///
/// The indexes intern ids once: each edge's ends are resolved to node positions when the network
/// is built (``endpoints(ofEdgeAt:)``), and the edges at a node are kept as compressed rows of
/// positions, so that validation, filters and analysis views work on integers rather than hashing
/// ids per edge.
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
        index.nodeByID[id].map { nodes[Int($0)] }
    }

    /// The position of the node with `id` in ``nodes``, or `nil`. - Complexity: O(1) on average.
    public func nodeIndex(ofID id: String) -> Int? { index.nodeByID[id].map(Int.init) }

    /// The positions in ``nodes`` of the nodes that the ends of the edge at `position` name (the
    /// first node with that id), `nil` for an end that names no node. Resolved once, when the
    /// network is built. - Complexity: O(1).
    public func endpoints(ofEdgeAt position: Int) -> (from: Int?, to: Int?) {
        let from = index.edgeFrom[position], to = index.edgeTo[position]
        return (from < 0 ? nil : Int(from), to < 0 ? nil : Int(to))
    }

    /// Whether some edge has an end that names no node (an invalid network).
    public var hasDanglingEdges: Bool { !index.danglingOut.isEmpty || !index.danglingIn.isEmpty }

    /// Whether two nodes share an id (an invalid network): then node positions and ids are not
    /// one to one, and look-ups by id find the first.
    public var hasDuplicateNodeIDs: Bool { index.nodeByID.count != nodes.count }

    /// The source with `id`, or `nil`. - Complexity: O(s) for s sources.
    public func source(withID id: String) -> Source? { sources.first { $0.id == id } }

    /// The nodes of `kind`, in file order. - Complexity: O(result).
    public func nodes(ofKind kind: NodeKind) -> [Node] {
        (index.nodesByKind[kind] ?? []).map { nodes[Int($0)] }
    }

    /// The kinds present, sorted (built-in kinds first, in documentation order).
    public var kinds: [NodeKind] { index.nodesByKind.keys.sorted() }

    /// The number of nodes of each kind present.
    public var countsByKind: [NodeKind: Int] { index.nodesByKind.mapValues(\.count) }

    /// The edges of `type`, in file order. - Complexity: O(result).
    public func edges(ofType type: EdgeType) -> [Edge] {
        (index.edgesByType[type] ?? []).map { edges[Int($0)] }
    }

    /// The number of edges of each type present.
    public var countsByType: [EdgeType: Int] { index.edgesByType.mapValues(\.count) }

    /// The edges leaving the node `id` (its `from` end), optionally of one type, in file order.
    /// - Complexity: O(degree).
    public func edges(from id: String, type: EdgeType? = nil) -> [Edge] {
        select(outgoing(id), type)
    }

    /// The edges arriving at the node `id` (its `to` end), optionally of one type, in file order.
    /// - Complexity: O(degree).
    public func edges(to id: String, type: EdgeType? = nil) -> [Edge] {
        select(incoming(id), type)
    }

    /// The edges from the node `from` to the node `to`, in file order.
    /// - Complexity: O(min(out-degree of `from`, in-degree of `to`)).
    public func edges(from: String, to: String) -> [Edge] {
        let out = outgoing(from), into = incoming(to)
        if out.count <= into.count {
            return out.compactMap { edges[Int($0)].to == to ? edges[Int($0)] : nil }
        }
        return into.compactMap { edges[Int($0)].from == from ? edges[Int($0)] : nil }
    }

    /// The edges at either end of node `id`, each once (a self-loop once), in file order.
    /// - Complexity: O(degree).
    public func edges(touching id: String, type: EdgeType? = nil) -> [Edge] {
        let out = outgoing(id), into = incoming(id)
        // Both lists are in file order: merge them, keeping a position found in both once.
        var merged: [Int32] = []
        merged.reserveCapacity(out.count + into.count)
        var i = out.startIndex, j = into.startIndex
        while i < out.endIndex || j < into.endIndex {
            if j == into.endIndex || (i < out.endIndex && out[i] < into[j]) {
                merged.append(out[i]); i += 1
            } else if i == out.endIndex || into[j] < out[i] {
                merged.append(into[j]); j += 1
            } else {
                merged.append(out[i]); i += 1; j += 1
            }
        }
        return select(merged[...], type)
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

    /// The positions of the edges leaving `id`, in file order.
    private func outgoing(_ id: String) -> ArraySlice<Int32> {
        if let node = index.nodeByID[id] {
            return index.outEdges[Int(index.outStart[Int(node)]) ..< Int(index.outStart[Int(node) + 1])]
        }
        return index.danglingOut[id]?[...] ?? []
    }

    /// The positions of the edges arriving at `id`, in file order.
    private func incoming(_ id: String) -> ArraySlice<Int32> {
        if let node = index.nodeByID[id] {
            return index.inEdges[Int(index.inStart[Int(node)]) ..< Int(index.inStart[Int(node) + 1])]
        }
        return index.danglingIn[id]?[...] ?? []
    }

    private func select(_ positions: ArraySlice<Int32>, _ type: EdgeType?) -> [Edge] {
        guard let type else { return positions.map { edges[Int($0)] } }
        return positions.compactMap { edges[Int($0)].type == type ? edges[Int($0)] : nil }
    }

    // MARK: Snapshot

    /// The network as it stood at `date`: only the nodes valid at that date, and only the edges
    /// valid at that date whose two ends are kept.
    ///
    /// Validity is inclusive and period-based (see ``ValidityPeriod``): `snapshot(at: 2021)` keeps
    /// both Plan R (`until: 2021-09`) and the strategy that replaced it (`since: 2021-09`).
    /// - Complexity: O(n + m).
    public func snapshot(at date: PartialDate) -> Network {
        let keepNode = nodes.map { $0.validity.isValid(at: date) }
        var copy = subset(keepingNodes: keepNode) { position in edges[position].validity.isValid(at: date) }
        copy.asOf = date
        return copy
    }

    // MARK: Subsets

    /// The network with the nodes whose flag in `keepNode` is set and the edges that `keepEdge`
    /// keeps among those whose two ends name a kept node (a node id is kept when a kept node has
    /// it), in order; the indexes are derived from this network's rather than rebuilt from the ids.
    ///
    /// What `update` gives for the same removals, without hashing an id per edge.
    /// - Complexity: O(n + m), one hash per kept node.
    func subset(keepingNodes keepNode: [Bool], edges keepEdge: (Int) -> Bool) -> Network {
        var copy = self
        guard !hasDuplicateNodeIDs, !hasDanglingEdges else {
            // Rare (invalid networks): by ids, as `update` does.
            let keptIDs = Set(nodes.indices.lazy.filter { keepNode[$0] }.map { nodes[$0].id })
            var keptEdges: [Edge] = []
            for position in edges.indices where keptIDs.contains(edges[position].from) && keptIDs.contains(edges[position].to) && keepEdge(position) {
                keptEdges.append(edges[position])
            }
            copy.update { nodes, edges in
                nodes = nodes.indices.filter { keepNode[$0] }.map { nodes[$0] }
                edges = keptEdges
            }
            return copy
        }
        var newPosition = [Int32](repeating: -1, count: nodes.count)
        var keptNodes: [Node] = []
        keptNodes.reserveCapacity(nodes.count)
        for position in nodes.indices where keepNode[position] {
            newPosition[position] = Int32(keptNodes.count)
            keptNodes.append(nodes[position])
        }
        var newEdge = [Int32](repeating: -1, count: edges.count)
        var keptEdges: [Edge] = []
        var edgeFrom: [Int32] = [], edgeTo: [Int32] = []
        for position in edges.indices {
            let from = newPosition[Int(index.edgeFrom[position])], to = newPosition[Int(index.edgeTo[position])]
            guard from >= 0, to >= 0, keepEdge(position) else { continue }
            newEdge[position] = Int32(keptEdges.count)
            keptEdges.append(edges[position])
            edgeFrom.append(from)
            edgeTo.append(to)
        }
        copy.nodes = keptNodes
        copy.edges = keptEdges
        copy.index = Index(derivedFrom: index, nodes: keptNodes, newPosition: newPosition, newEdge: newEdge,
                           edgeFrom: edgeFrom, edgeTo: edgeTo)
        return copy
    }

    /// The positions of the edges of `type`, in file order (internal: validation).
    func edgePositions(ofType type: EdgeType) -> [Int32] { index.edgesByType[type] ?? [] }

    /// Each edge's type as a small number (the same number for the same type), and the number of
    /// types: what validation compares instead of type names.
    func edgeTypeCodes() -> (codes: [Int32], count: Int) {
        var codes = [Int32](repeating: 0, count: edges.count)
        var count: Int32 = 0
        for positions in index.edgesByType.values {
            for position in positions { codes[Int(position)] = count }
            count += 1
        }
        return (codes, Int(count))
    }

    /// Whether each edge's type is one of `types` (per type, not per edge).
    /// - Complexity: O(m) plus a look-up per type present.
    func edgeMask(ofTypes types: Set<EdgeType>) -> [Bool] {
        var mask = [Bool](repeating: false, count: edges.count)
        for (type, positions) in index.edgesByType where types.contains(type) {
            for position in positions { mask[Int(position)] = true }
        }
        return mask
    }

    // MARK: Index

    private struct Index: Sendable {
        /// The first node with each id.
        var nodeByID: [String: Int32] = [:]
        var nodesByKind: [NodeKind: [Int32]] = [:]
        var edgesByType: [EdgeType: [Int32]] = [:]
        /// Per edge: the position of the node its `from` (`to`) names, the first with that id, or -1.
        var edgeFrom: [Int32] = []
        var edgeTo: [Int32] = []
        /// The edges leaving node `p` are `outEdges[outStart[p] ..< outStart[p + 1]]`, in file
        /// order (all on the first node of an id); the same for arriving edges.
        var outStart: [Int32] = [0]
        var outEdges: [Int32] = []
        var inStart: [Int32] = [0]
        var inEdges: [Int32] = []
        /// Edges whose `from` (`to`) names no node, by that id.
        var danglingOut: [String: [Int32]] = [:]
        var danglingIn: [String: [Int32]] = [:]

        init(nodes: [Node], edges: [Edge]) {
            nodeByID.reserveCapacity(nodes.count)
            var kinds = Grouping<NodeKind>()
            for position in nodes.indices {
                let node = Int32(position)
                Self.insertIfAbsent(&nodeByID[nodes[position].id, default: -1], node)
                kinds.add(nodes[position].kind, node)
            }
            nodesByKind = kinds.dictionary
            var types = Grouping<EdgeType>()
            edgeFrom.reserveCapacity(edges.count)
            edgeTo.reserveCapacity(edges.count)
            // Consecutive edges often share an end: look an id up only when it changes.
            var lastFrom = "", lastFromNode: Int32 = -1, lastTo = "", lastToNode: Int32 = -1
            for position in edges.indices {
                let edge = Int32(position)
                types.add(edges[position].type, edge)
                if position == 0 || edges[position].from != lastFrom {
                    lastFrom = edges[position].from
                    lastFromNode = nodeByID[lastFrom] ?? -1
                }
                if position == 0 || edges[position].to != lastTo {
                    lastTo = edges[position].to
                    lastToNode = nodeByID[lastTo] ?? -1
                }
                edgeFrom.append(lastFromNode)
                edgeTo.append(lastToNode)
                if lastFromNode < 0 { danglingOut[lastFrom, default: []].append(edge) }
                if lastToNode < 0 { danglingIn[lastTo, default: []].append(edge) }
            }
            edgesByType = types.dictionary
            (outStart, outEdges) = Self.rows(nodeCount: nodes.count, ends: edgeFrom)
            (inStart, inEdges) = Self.rows(nodeCount: nodes.count, ends: edgeTo)
        }

        /// The index of a subset of a network without duplicate ids or dangling edges
        /// (``Network/subset(keepingNodes:edges:)``): kinds and types filtered through the new
        /// positions, ends already mapped.
        init(derivedFrom old: Index, nodes: [Node], newPosition: [Int32], newEdge: [Int32], edgeFrom: [Int32], edgeTo: [Int32]) {
            nodeByID.reserveCapacity(nodes.count)
            for position in nodes.indices { nodeByID[nodes[position].id] = Int32(position) }
            func filtered<Key>(_ groups: [Key: [Int32]], _ map: [Int32]) -> [Key: [Int32]] {
                var result: [Key: [Int32]] = [:]
                for (key, positions) in groups {
                    var kept: [Int32] = []
                    for position in positions where map[Int(position)] >= 0 { kept.append(map[Int(position)]) }
                    if !kept.isEmpty { result[key] = kept }
                }
                return result
            }
            nodesByKind = filtered(old.nodesByKind, newPosition)
            edgesByType = filtered(old.edgesByType, newEdge)
            self.edgeFrom = edgeFrom
            self.edgeTo = edgeTo
            (outStart, outEdges) = Self.rows(nodeCount: nodes.count, ends: edgeFrom)
            (inStart, inEdges) = Self.rows(nodeCount: nodes.count, ends: edgeTo)
        }

        private static func insertIfAbsent(_ slot: inout Int32, _ value: Int32) {
            if slot < 0 { slot = value }
        }

        /// Compressed rows: the edges at each node (by the node position in `ends`), in edge order;
        /// edges whose end is -1 are left out.
        private static func rows(nodeCount: Int, ends: [Int32]) -> (start: [Int32], edges: [Int32]) {
            var start = [Int32](repeating: 0, count: nodeCount + 1)
            for end in ends where end >= 0 { start[Int(end) + 1] += 1 }
            for node in 0 ..< nodeCount { start[node + 1] += start[node] }
            var next = start
            var result = [Int32](repeating: 0, count: Int(start[nodeCount]))
            for (edge, end) in ends.enumerated() where end >= 0 {
                result[Int(next[Int(end)])] = Int32(edge)
                next[Int(end)] += 1
            }
            return (start, result)
        }
    }

    /// Positions grouped by a key, in order, looking the key up only when it changes.
    private struct Grouping<Key: Hashable> {
        var keys: [Key] = []
        var lists: [[Int32]] = []
        var slotOf: [Key: Int] = [:]
        var last = -1

        mutating func add(_ key: Key, _ position: Int32) {
            if last < 0 || keys[last] != key {
                if let slot = slotOf[key] {
                    last = slot
                } else {
                    last = keys.count
                    slotOf[key] = last
                    keys.append(key)
                    lists.append([])
                }
            }
            lists[last].append(position)
        }

        var dictionary: [Key: [Int32]] {
            var result: [Key: [Int32]] = [:]
            for (slot, key) in keys.enumerated() { result[key] = lists[slot] }
            return result
        }
    }
}
