import AgencyModel
import GraphCore
import TextKit

/// How edge weights become lengths in the analysis graph.
///
/// - `cost`: the weight is already a distance (a larger weight is a longer, costlier step).
/// - `strength`: the weight is the strength of a tie; a strong tie is a **short** distance, so the
///   length used by shortest paths is `1 / weight` (weights are > 0 by the format's rules).
public enum WeightSemantics: String, Sendable, Codable, CaseIterable {
    /// `cost` reads the weight as a length; `strength` as the strength of a tie, whose length is
    /// `1 / weight`.
    case cost, strength
}

/// Which edge attribute weighs edges, and what it means.
public struct WeightSpec: Sendable, Equatable, Codable {
    /// The edge attributes that can weigh edges. Format 1 has one numeric edge attribute, `weight`
    /// (absent = 1).
    public static let attributes = ["weight"]
    /// The attribute (one of ``attributes``).
    public var attribute: String
    /// What the attribute means.
    public var semantics: WeightSemantics

    /// Creates a weight specification; `nil` when the attribute is not one of ``attributes``.
    public init?(attribute: String, semantics: WeightSemantics = .cost) {
        guard WeightSpec.attributes.contains(attribute) else { return nil }
        self.attribute = attribute
        self.semantics = semantics
    }

    /// The length of an edge in the analysis graph.
    public func length(of edge: Edge) -> Double {
        let w = edge.effectiveWeight
        switch semantics {
        case .cost: return w
        case .strength: return 1 / w
        }
    }
}

/// The options that turn an already filtered network into an analysis graph.
public struct AnalysisOptions: Sendable, Equatable {
    /// Whether edge direction counts. `cooperates_with` (symmetric) is read both ways when directed.
    public var directed: Bool
    /// Edge weights, or `nil` for hop counts.
    public var weight: WeightSpec?
    /// Languages for names, in order of preference; see ``NameResolver``.
    public var languages: [String]

    /// Creates options.
    ///
    /// - Parameters:
    ///   - directed: whether edge direction counts (default yes).
    ///   - weight: edge weights, or `nil` (the default) for hop counts.
    ///   - languages: the languages of names, in order of preference.
    public init(directed: Bool = true, weight: WeightSpec? = nil, languages: [String] = NameResolver.defaultOrder) {
        self.directed = directed
        self.weight = weight
        self.languages = languages
    }
}

/// Picks display names in a language, with a documented fallback order.
///
/// For a requested language `L`, names are looked up in `L`, then `en`, `fr`, `nl`, `de`, then any
/// language present (canonical order), then the id. Acronyms are preferred over full names for
/// short labels (``label(of:)``); ``name(of:)`` gives the full name.
public struct NameResolver: Sendable, Equatable {
    /// The order used when no language is requested: English's `TextKit.Language.fallbackOrder`.
    public static let defaultOrder = Language.en.fallbackOrder
    /// The languages tried, in order.
    public let languages: [String]

    /// Creates a resolver with `language`'s fallback order.
    public init(language: Language) { languages = language.fallbackOrder }

    /// Creates a resolver preferring `language` (`fr`, `nl`, `en`, `de`, or any other code, tried first).
    public init(language: String?) {
        var order: [String] = []
        if let language { order.append(language) }
        for l in NameResolver.defaultOrder where !order.contains(l) { order.append(l) }
        languages = order
    }

    /// Creates a resolver trying exactly `languages`, in order, then the id.
    public init(languages: [String]) { self.languages = languages }

    /// A short label: acronym, else name, else the id.
    public func label(of node: Node) -> String { node.label(preferring: languages) }

    /// The full name, else the acronym, else the id.
    public func name(of node: Node) -> String {
        node.name?.text(preferring: languages) ?? node.acronym?.text(preferring: languages) ?? node.id
    }
}

/// A node as reports show it: id, label in the chosen language, kind and home level.
public struct NodeRef: Sendable, Codable, Hashable, Comparable {
    /// The node's id.
    public var id: String
    /// Its short label in the chosen language (acronym, else name, else id).
    public var label: String
    /// Its kind (`agency`, `level`, …).
    public var kind: String
    /// Its home level's id, or `nil`.
    public var level: String?

    /// Creates a reference.
    ///
    /// - Parameters:
    ///   - id: the node's id.
    ///   - label: its label in the chosen language.
    ///   - kind: its kind.
    ///   - level: its home level's id, or `nil`.
    public init(id: String, label: String, kind: String, level: String?) {
        self.id = id
        self.label = label
        self.kind = kind
        self.level = level
    }

    public static func < (a: NodeRef, b: NodeRef) -> Bool { a.id < b.id }
}

/// A filtered network projected once into a `GraphCore.Graph`, with the id map both ways.
///
/// Build it from a network **already filtered** by `ViewFilter` (kinds, types, date, removals,
/// focus). The graph is simple: self-loops are dropped and parallel edges (several types between
/// the same two nodes) become one edge with the smallest length; ``edgeTypes(from:to:)`` keeps every
/// type. Dense ids follow the network's node order.
///
/// ```swift
/// let network = try ViewFilter(kinds: [.agency]).apply(to: loaded)
/// let view = try AnalysisView(network: network, options: AnalysisOptions(directed: false))
/// view.graph.nodeCount == network.nodes.count
/// ```
/// - Complexity: O(n + m) to build.
public struct AnalysisView: Sendable {
    /// The filtered network.
    public let network: Network
    /// The network the view was filtered from, at the view's date: where node attributes such as
    /// levels (``levels(of:)``) are read, so that they do not depend on which kinds or layers the
    /// view keeps. The filtered network itself when none is given.
    public let context: Network
    /// The options used.
    public let options: AnalysisOptions
    /// The analysis graph (dense ids `0..<n` in node order).
    public let graph: Graph
    /// `ids[v]`: the node id of dense id `v`.
    public let ids: [String]
    /// Names in the chosen languages.
    public let names: NameResolver
    /// Node id to dense id; `nil` when node ids are unique, where the dense id is the node's
    /// position and the network's own index answers (`Network.nodeIndex(ofID:)`).
    private let denseByID: [String: Int32]?

    /// Projects `network` into an analysis graph.
    ///
    /// - Parameters:
    ///   - network: the network to analyse, already filtered.
    ///   - options: direction, weights and languages (default: directed, hop counts, English first).
    ///   - context: the network it was filtered from, at the view's date, where node levels are read;
    ///     `nil` when `network` is complete.
    /// - Throws: ``AnalysisError/graph(_:)`` when GraphCore refuses the graph (a length that is not
    ///   finite, or more nodes than `Int32` ids).
    /// - Complexity: O(n + m).
    public init(network: Network, options: AnalysisOptions = AnalysisOptions(), context: Network? = nil) throws(AnalysisError) {
        // The network resolved each edge's ends to node positions when it was built: with unique
        // ids those are the dense ids, and no id is hashed here.
        var ids: [String] = []
        var denseOfPosition: [Int32] = []
        var denseByID: [String: Int32]?
        if network.hasDuplicateNodeIDs {
            var dense: [String: Int32] = [:]
            for node in network.nodes {
                if let v = dense[node.id] {
                    denseOfPosition.append(v)
                } else {
                    dense[node.id] = Int32(ids.count)
                    denseOfPosition.append(Int32(ids.count))
                    ids.append(node.id)
                }
            }
            denseByID = dense
        } else {
            ids = network.nodes.map(\.id)
            denseOfPosition = Array(0 ..< Int32(ids.count))
        }
        try self.init(network: network, options: options, context: context ?? network, ids: ids,
                      denseByID: denseByID, denseOfPosition: denseOfPosition)
    }

    /// The view of `network` with its id map already made (``undirected()`` keeps the map of the
    /// view it comes from). The edge types between two nodes are not stored: ``edgeTypes(from:to:)``
    /// reads them from the network's index when asked.
    /// - Parameter denseOfPosition: the dense id of the node at each position of `network.nodes`.
    /// - Complexity: O(n + m).
    private init(network: Network, options: AnalysisOptions, context: Network, ids: [String],
                 denseByID: [String: Int32]?, denseOfPosition: [Int32]) throws(AnalysisError) {
        self.network = network
        self.context = context
        self.options = options
        self.names = NameResolver(languages: options.languages)
        self.ids = ids
        self.denseByID = denseByID
        var builder = GraphBuilder(nodeCount: ids.count, directed: options.directed,
                                   weighted: options.weight != nil, selfLoops: .drop, parallelEdges: .min)
        do {
            for position in network.edges.indices {
                let ends = network.endpoints(ofEdgeAt: position)
                guard let from = ends.from, let to = ends.to else { continue }
                let u = denseOfPosition[from], v = denseOfPosition[to]
                let symmetric = network.edges[position].type.isSymmetric
                let length = options.weight?.length(of: network.edges[position]) ?? 1
                try builder.addEdge(u, v, weight: length)
                if options.directed && symmetric { try builder.addEdge(v, u, weight: length) }
            }
            self.graph = try builder.build()
        } catch {
            throw .graph(error.description)
        }
    }

    /// The dense id of a node id, or `nil` when the node is not in the view.
    public func dense(_ id: String) -> Int32? {
        guard let denseByID else { return network.nodeIndex(ofID: id).map(Int32.init) }
        return denseByID[id]
    }

    /// The dense id of `id`, given for `parameter`, or an
    /// ``AnalysisError/unknownNode(id:parameter:suggestion:)`` with the closest id.
    public func require(_ id: String, for parameter: AnalysisParameter) throws(AnalysisError) -> Int32 {
        if let v = dense(id) { return v }
        throw .unknownNode(id: id, parameter: parameter, suggestion: IDSuggestion.closest(to: id, in: ids))
    }

    /// The node of dense id `v`.
    public func node(_ v: Int32) -> Node { network.node(withID: ids[Int(v)])! }

    /// The report form of dense id `v`.
    public func ref(_ v: Int32) -> NodeRef { ref(node(v)) }

    /// The report form of a node.
    public func ref(_ node: Node) -> NodeRef {
        NodeRef(id: node.id, label: names.label(of: node), kind: node.kind.rawValue, level: node.level)
    }

    /// The edge types between `u` and `v` in the view's direction (both ways when undirected), sorted.
    /// Read from the network's index when asked rather than stored per pair of nodes.
    /// - Complexity: O(min(deg u, deg v)) on the network's edges, plus sorting.
    public func edgeTypes(from u: Int32, to v: Int32) -> [EdgeType] {
        let a = ids[Int(u)], b = ids[Int(v)]
        var types = Set(network.edges(from: a, to: b).map(\.type))
        for edge in network.edges(from: b, to: a) where !options.directed || edge.type.isSymmetric {
            types.insert(edge.type)
        }
        return types.sorted()
    }

    /// The levels a node is at: its home `level` (even when the level node itself is filtered out of
    /// the view) and the targets of its `operates_at` edges in the ``context`` (so levels stay
    /// attributes when the view keeps only actors or one layer); a level node is at itself.
    /// Sorted by rank, then id.
    /// - Complexity: O(d + L log L + s log s · L) for the node's degree d, L levels and s levels of the node.
    public func levels(of id: String) -> [String] {
        levels(of: id, ranks: levelRanks())
    }

    /// The position of each level id in the ``context``'s levels by rank (the first, for an id
    /// given twice): the order ``levels(of:)`` sorts by, read once for many nodes.
    /// - Complexity: O(L log L) for L levels.
    func levelRanks() -> [String: Int] {
        var ranks: [String: Int] = [:]
        for (position, level) in context.levelsByRank.enumerated() where ranks[level.id] == nil { ranks[level.id] = position }
        return ranks
    }

    /// The levels of many nodes: the rank order and every node's `operates_at` targets, read
    /// once from the ``context`` (so that no node's edges are copied to find its levels).
    struct LevelLookup {
        /// ``levelRanks()``.
        var ranks: [String: Int]
        /// The targets of each node's `operates_at` edges in the context, in file order.
        var operatesAt: [String: [String]]
    }

    /// The ``LevelLookup`` of this view's context.
    /// - Complexity: O(L log L + a) for L levels and a `operates_at` edges.
    func levelLookup() -> LevelLookup {
        var targets: [String: [String]] = [:]
        for edge in context.edges(ofType: .operatesAt) { targets[edge.from, default: []].append(edge.to) }
        return LevelLookup(ranks: levelRanks(), operatesAt: targets)
    }

    /// ``levels(of:)`` read through a ``LevelLookup``.
    /// - Complexity: O(s log s) for the node's s levels.
    func levels(of id: String, lookup: LevelLookup) -> [String] {
        let kind: NodeKind, home: String?
        if let i = context.nodeIndex(ofID: id) {
            (kind, home) = (context.nodes[i].kind, context.nodes[i].level)
        } else if let i = network.nodeIndex(ofID: id) {
            (kind, home) = (network.nodes[i].kind, network.nodes[i].level)
        } else {
            return []
        }
        if kind == .level { return [id] }
        let targets = lookup.operatesAt[id] ?? []
        if targets.isEmpty { return home.map { [$0] } ?? [] }
        var set = Set(targets)
        if let home { set.insert(home) }
        if set.count == 1 { return [set.first!] }
        let ranks = lookup.ranks
        return set.sorted { (ranks[$0] ?? .max, $0) < (ranks[$1] ?? .max, $1) }
    }

    /// ``levels(of:)`` with the rank order already read (``levelRanks()``).
    /// - Complexity: O(d + s log s) for the node's degree d and its s levels.
    func levels(of id: String, ranks: [String: Int]) -> [String] {
        guard let node = context.node(withID: id) ?? network.node(withID: id) else { return [] }
        if node.kind == .level { return [id] }
        var set = Set<String>()
        if let level = node.level { set.insert(level) }
        for edge in context.edges(from: id, type: .operatesAt) { set.insert(edge.to) }
        if set.count == 1 { return [set.first!] }
        return set.sorted { (ranks[$0] ?? .max, $0) < (ranks[$1] ?? .max, $1) }
    }

    /// Node ids selected by a set expression: `ID`, `kind:KIND`, `level:LEVEL` (the nodes at that
    /// level, see ``levels(of:)``) or `tag:TAG`, given for `parameter`. Unknown ids are errors with a hint.
    /// - Complexity: O(1) on average for an id; O(n) for `kind:` and `tag:` (tags scanned per
    ///   node); O(n + a + L log L) for `level:` (a `operates_at` edges, L levels); plus sorting the result.
    public func select(_ expression: String, for parameter: AnalysisParameter) throws(AnalysisError) -> [Int32] {
        let parts = expression.split(separator: ":", maxSplits: 1).map(String.init)
        if parts.count == 2 {
            let (what, value) = (parts[0], parts[1])
            let chosen: [Node]
            switch what {
            case "kind": chosen = network.nodes.filter { $0.kind.rawValue == value }
            case "level":
                let lookup = levelLookup()
                chosen = network.nodes.filter { $0.id != value && levels(of: $0.id, lookup: lookup).contains(value) }
                // A level filtered out of the view (kinds without .level) still selects its nodes.
                if chosen.isEmpty && dense(value) == nil { _ = try require(value, for: parameter) }
            case "tag": chosen = network.nodes.filter { $0.tags.contains(value) }
            default:
                throw .invalidSelector(expression, parameter: parameter)
            }
            if chosen.isEmpty { throw .emptySelection(expression, parameter: parameter) }
            return chosen.compactMap { dense($0.id) }.sorted()
        }
        return [try require(expression, for: parameter)]
    }

    /// A copy of the view on another (filtered) network with the same options.
    /// - Complexity: O(n + m) of `other`, as ``init(network:options:context:)``.
    public func with(network other: Network) throws(AnalysisError) -> AnalysisView {
        try AnalysisView(network: other, options: options, context: context)
    }

    /// The same network, undirected (used by questions that are defined on undirected graphs).
    /// - Complexity: O(n + m), as ``init(network:options:context:)``.
    public func undirected() throws(AnalysisError) -> AnalysisView {
        if !options.directed { return self }
        var o = options
        o.directed = false
        // Unique ids: dense id = position; otherwise the map this view made.
        let denseOfPosition = denseByID.map { map in network.nodes.map { map[$0.id]! } } ?? Array(0 ..< Int32(ids.count))
        return try AnalysisView(network: network, options: o, context: context, ids: ids,
                                denseByID: denseByID, denseOfPosition: denseOfPosition)
    }
}

/// "Did you mean" for ids: AgencyModel's ``Suggestion`` with a looser bound (ids are long and
/// often misspelt by more than one letter), candidates in id order so ties go to the smaller id.
enum IDSuggestion {
    static func closest(to text: String, in candidates: [String]) -> String? {
        Suggestion.closest(to: text, in: candidates.sorted(), maxDistance: max(2, text.count / 3))
    }
}
