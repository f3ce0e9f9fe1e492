import AgencyModel
import TextKit
import Graphviz

/// A network too large to read as a drawing, condensed: one box per group (a level, a community,
/// a layer…) with its number of nodes, and one line per pair of groups with the number of ties
/// between them. Shared by `agencygraph render` (a large network is condensed by default) and the
/// briefing's overview figure.
///
/// A line has an arrow only when every tie it stands for is directed the same way (no symmetric
/// `cooperates_with` among them, none running back); otherwise it is drawn without direction.
/// Beyond ``maximumGroups`` groups the smallest are merged into one "other" box, so the drawing
/// stays readable whatever the number of communities.
public struct CondensedNetwork: Sendable, Equatable {
    /// One box: a level, a community or a layer, and how many nodes it holds.
    public struct Group: Sendable, Equatable {
        /// The group's id (a level's node id, a community number, a layer name), unique in the drawing.
        public var id: String
        /// The label drawn in the box, in the drawing's language.
        public var name: String
        /// Nodes in the group.
        public var count: Int
        /// Ties with both ends in the group.
        public var inside: Int
    }

    /// One line between two boxes: the ties between their nodes, counted.
    public struct Tie: Sendable, Equatable {
        /// Indices into ``groups``.
        public var from: Int
        /// Index into ``groups`` of the other end (the head when ``directed``).
        public var to: Int
        /// Ties between the two groups, whatever their direction.
        public var count: Int
        /// Whether every tie runs from `from` to `to` and none is symmetric.
        public var directed: Bool
    }

    /// At most this many boxes are drawn: the largest groups, the rest merged into one.
    public static let maximumGroups = 24

    /// The drawing's title (its `<title>`), e.g. the network's name and what the boxes are.
    public var title: String
    /// The boxes, in drawing order (at most ``maximumGroups``).
    public var groups: [Group]
    /// The lines between boxes, one per pair of groups with at least one tie.
    public var ties: [Tie]
    /// Nodes of the network in no group (not drawn).
    public var ungrouped: Int
    /// Nodes and edges of the network condensed.
    public var nodeCount: Int
    /// Edges of the network condensed (all of them, whether their ends are grouped or not).
    public var edgeCount: Int

    /// Condenses `network`: `groupOf` gives a node's group (nil leaves it out), `order` the groups'
    /// order (groups not in it follow, by id), `name` a group's name. Groups beyond
    /// `maximumGroups` (the smallest, ties by order) are merged into one named `otherName`. A
    /// node that is not `isMember` (a level node standing for its box) joins its group's ties
    /// without counting as a member.
    /// - Complexity: O(n + m + g log g) for n nodes, m edges and g groups.
    public init(_ network: Network, title: String, groupOf: (AgencyModel.Node) -> String?, order: [String],
                name: (String) -> String, otherName: (Int) -> String, maximumGroups: Int = CondensedNetwork.maximumGroups,
                isMember: (AgencyModel.Node) -> Bool = { _ in true }) {
        var index: [String: Int] = [:]
        var counts: [Int] = []
        var keys: [String] = []
        var groupOfNode: [String: Int] = [:]
        groupOfNode.reserveCapacity(network.nodes.count)
        var ungrouped = 0
        for node in network.nodes {
            guard let key = groupOf(node) else { ungrouped += 1; continue }
            let i: Int
            if let known = index[key] { i = known } else {
                i = keys.count
                index[key] = i
                keys.append(key)
                counts.append(0)
            }
            if isMember(node) { counts[i] += 1 }
            groupOfNode[node.id] = i
        }
        // The order: as given, then the others by id; the largest `maximumGroups - 1` kept when
        // there are more, in that order, and the rest merged.
        let rank = Dictionary(order.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { a, _ in a })
        var ordered = Array(keys.indices).sorted { a, b in
            let (ra, rb) = (rank[keys[a]] ?? Int.max, rank[keys[b]] ?? Int.max)
            return ra != rb ? ra < rb : keys[a] < keys[b]
        }
        var merged: Set<Int> = []
        if ordered.count > max(2, maximumGroups) {
            let bySize = ordered.sorted { (counts[$0], -(rank[keys[$0]] ?? Int.max)) > (counts[$1], -(rank[keys[$1]] ?? Int.max)) }
            let kept = Set(bySize.prefix(max(2, maximumGroups) - 1))
            merged = Set(ordered.filter { !kept.contains($0) })
            ordered = ordered.filter(kept.contains)
        }
        var position = [Int](repeating: -1, count: keys.count)
        var groups: [Group] = []
        for old in ordered {
            position[old] = groups.count
            groups.append(Group(id: keys[old], name: name(keys[old]), count: counts[old], inside: 0))
        }
        if !merged.isEmpty {
            let other = groups.count
            for old in merged { position[old] = other }
            groups.append(Group(id: "other", name: otherName(merged.count), count: merged.reduce(0) { $0 + counts[$1] }, inside: 0))
        }
        // Ties between groups: the count per pair, and whether they all run one way.
        struct Pair: Hashable { var a: Int; var b: Int }
        struct Flow { var count = 0; var forward = 0; var backward = 0; var symmetric = 0 }
        var flows: [Pair: Flow] = [:]
        for edge in network.edges {
            guard let x = groupOfNode[edge.from].map({ position[$0] }), let y = groupOfNode[edge.to].map({ position[$0] }) else { continue }
            if x == y { groups[x].inside += 1; continue }
            let pair = Pair(a: min(x, y), b: max(x, y))
            var flow = flows[pair] ?? Flow()
            flow.count += 1
            if edge.type.isSymmetric { flow.symmetric += 1 } else if x < y { flow.forward += 1 } else { flow.backward += 1 }
            flows[pair] = flow
        }
        ties = flows.map { pair, flow in
            let oneWay = flow.symmetric == 0 && (flow.forward == 0 || flow.backward == 0)
            return flow.backward > 0 && oneWay
                ? Tie(from: pair.b, to: pair.a, count: flow.count, directed: true)
                : Tie(from: pair.a, to: pair.b, count: flow.count, directed: oneWay)
        }.sorted { (min($0.from, $0.to), max($0.from, $0.to)) < (min($1.from, $1.to), max($1.from, $1.to)) }
        self.title = title
        self.groups = groups
        self.ungrouped = ungrouped
        self.nodeCount = network.nodes.count
        self.edgeCount = network.edges.count
    }

    /// The Graphviz graph: boxes labelled with their name and count, lines labelled with their
    /// number of ties (thicker for more), arrows only on one-way lines (``Tie/directed``).
    /// SVG ids `group-N` (class `group`) and `tie-N-M` (class `tie`).
    public func graph(language: Language, showsTitle: Bool = true) throws -> Graph {
        var g = Graph(name: "condensed", kind: .directed)
        if showsTitle {
            g.attributes.label = .text(title)
            try g.attributes.setRaw("labelloc", "t")
            g.attributes.fontsize = 16
        }
        try g.attributes.setFontname("Helvetica")
        try g.attributes.setRaw("outputorder", "edgesfirst")
        try g.nodeDefaults.setFontname("Helvetica")
        g.nodeDefaults.fontsize = 12
        g.nodeDefaults.shape = .box
        g.nodeDefaults.style = [.rounded, .filled]
        g.nodeDefaults.fillcolor = "#D6E9F8"
        try g.nodeDefaults.setRaw("margin", "0.12,0.06")
        try g.edgeDefaults.setFontname("Helvetica")
        g.edgeDefaults.fontsize = 11
        g.edgeDefaults.color = GraphvizColor(stringLiteral: OkabeIto.blue)
        try g.edgeDefaults.setRaw("arrowsize", "0.8")
        if engine == .dot {
            try g.attributes.setRaw("nodesep", "0.35")
            try g.attributes.setRaw("ranksep", "0.6")
        } else {
            try g.attributes.setRaw("overlap", "false")
            try g.attributes.setRaw("sep", "+10")
        }
        for (i, group) in groups.enumerated() {
            var node = Node("g\(i)")
            node.attributes.label = .text("\(group.name)\n\(language.format(.condensedGroupCount, String(group.count)))")
            node.attributes.tooltip = "\(group.name): " + language.format(.condensedGroupTooltip, String(group.count), String(group.inside))
            try node.attributes.setID("group-\(i)")
            try node.attributes.setClass(["group"])
            g.nodes.append(node)
        }
        let most = Double(ties.map(\.count).max() ?? 1)
        for tie in ties {
            var edge = Edge(from: "g\(tie.from)", to: "g\(tie.to)")
            edge.attributes.label = .text(String(tie.count))
            edge.attributes.tooltip = "\(groups[tie.from].name) — \(groups[tie.to].name): " + language.format(.condensedTieTooltip, String(tie.count))
            edge.attributes.penwidth = ((1 + 3 * Double(tie.count).squareRoot() / most.squareRoot()) * 100).rounded() / 100
            if !tie.directed { try edge.attributes.setRaw("dir", "none") }
            try edge.attributes.setID("tie-\(tie.from)-\(tie.to)")
            try edge.attributes.setClass(["tie", tie.directed ? "directed" : "undirected"])
            g.edges.append(edge)
        }
        return g
    }

    /// The layout engine: ``preferredEngine``, else `dot` up to ``EngineChoice/dotAutomaticLimit``
    /// boxes (always, with at most ``maximumGroups``).
    public var engine: LayoutEngine { preferredEngine ?? EngineChoice.automatic(nodeCount: groups.count, edgeCount: 0) }
    /// The engine to lay out with, when not the automatic one (e.g. `neato` for a compact drawing).
    public var preferredEngine: LayoutEngine?

    /// Lays out and renders the condensed drawing; SVG output gets a title and a `<desc>`.
    public func render(language: Language, showsTitle: Bool = true, format: OutputFormat = .svg) throws -> RenderOutput {
        var output = try Graphviz.render(try graph(language: language, showsTitle: showsTitle), engine: engine, format: format)
        if format == .svg {
            let description = language.format(.condensedDescription, String(nodeCount), String(edgeCount), String(groups.count))
            output.data = SVGAccessibility.addTitleAndDescription(to: output.data, title: title, description: description)
        }
        return output
    }
}
