/// A graph to draw: a value-type description that is turned into Graphviz's C structures only
/// for the duration of a layout and render (see ``Graphviz/render(_:engine:format:)``).
///
/// ```swift
/// var g = Graph(name: "demo", kind: .directed)
/// g.attributes.rankdir = .LR
/// var cluster = Subgraph(name: "federal", isCluster: true)
/// cluster.attributes.label = .text("Federal")
/// cluster.addNode("ocam") { $0.label = .text("OCAM"); $0.shape = .box }
/// g.subgraphs.append(cluster)
/// g.addEdge(from: "ocam", to: "police")
/// let svg = try Graphviz.render(g, format: .svg)
/// ```
public struct Graph: NodeContainer, Sendable, Equatable {
    /// Whether edges have a direction.
    public enum Kind: Sendable, Equatable {
        /// `directed` draws arrows and lets `dot` rank along them (`digraph`); `undirected` draws plain
        /// lines (`graph`).
        case directed, undirected
    }

    /// The graph's name in DOT (`digraph NAME`); Graphviz writes it into the SVG's title.
    public var name: String
    /// Directed (`digraph`, `->`) or undirected (`graph`, `--`).
    public var kind: Kind
    /// A strict graph merges parallel edges and drops self-loops, as Graphviz's `strict`.
    public var isStrict: Bool
    /// Graph attributes (`rankdir`, `label`, …).
    public var attributes = Attributes()
    /// Defaults for every node (`node [...]`).
    public var nodeDefaults = Attributes()
    /// Defaults for every edge (`edge [...]`).
    public var edgeDefaults = Attributes()
    /// Nodes declared at the top level, in drawing order.
    public var nodes: [Node] = []
    /// Edges declared at the top level.
    public var edges: [Edge] = []
    /// Subgraphs and clusters.
    public var subgraphs: [Subgraph] = []

    /// Creates an empty graph.
    ///
    /// - Parameters:
    ///   - name: the DOT name, `G` by default.
    ///   - kind: directed (default) or undirected.
    ///   - isStrict: whether Graphviz merges parallel edges and drops self-loops.
    public init(name: String = "G", kind: Kind = .directed, isStrict: Bool = false) {
        self.name = name
        self.kind = kind
        self.isStrict = isStrict
    }
}

/// A node: its name (Graphviz's node id, shown by default as its label) and attributes.
public struct Node: Sendable, Equatable {
    /// The node's name: unique in its graph, what edges refer to, and the label when none is set.
    public var id: String
    /// The node's own attributes, over the container's node defaults.
    public var attributes: Attributes

    /// Creates a node named `id`.
    ///
    /// - Parameters:
    ///   - id: the node's name, also its label unless `attributes` sets one.
    ///   - attributes: its own attributes (none by default).
    public init(_ id: String, attributes: Attributes = Attributes()) {
        self.id = id
        self.attributes = attributes
    }
}

/// An edge from `tail` to `head` (in undirected graphs the order only affects drawing).
public struct Edge: Sendable, Equatable {
    /// The name of the node the edge starts from (where a directed edge has no arrowhead).
    public var tail: String
    /// The name of the node the edge ends at (where a directed edge has its arrowhead).
    public var head: String
    /// The edge's own attributes, over the container's edge defaults.
    public var attributes: Attributes

    /// Creates an edge; nodes named here but never declared are created by Graphviz with defaults.
    ///
    /// - Parameters:
    ///   - tail: the start node's name.
    ///   - head: the end node's name.
    ///   - attributes: the edge's own attributes (none by default).
    public init(from tail: String, to head: String, attributes: Attributes = Attributes()) {
        self.tail = tail
        self.head = head
        self.attributes = attributes
    }
}

/// A subgraph, drawn as a box when it is a cluster (in `dot`, `fdp`, `neato`, `osage` and
/// `patchwork`). Subgraphs nest.
public struct Subgraph: NodeContainer, Sendable, Equatable {
    /// The name given to Graphviz. Cluster names are prefixed with `cluster_` automatically.
    public var name: String
    /// Whether Graphviz draws the subgraph as a box around its nodes (its name then starts with
    /// `cluster`); plain subgraphs only group nodes for ranks and defaults.
    public var isCluster: Bool
    /// The subgraph's attributes (`label`, `style`, `color`, `rank`, …).
    public var attributes = Attributes()
    /// Defaults for the nodes declared in this subgraph (`node [...]` inside it).
    public var nodeDefaults = Attributes()
    /// Defaults for the edges declared in this subgraph (`edge [...]` inside it).
    public var edgeDefaults = Attributes()
    /// Nodes declared in this subgraph, in drawing order.
    public var nodes: [Node] = []
    /// Edges declared in this subgraph.
    public var edges: [Edge] = []
    /// Subgraphs nested in this one.
    public var subgraphs: [Subgraph] = []

    /// Creates an empty subgraph.
    ///
    /// - Parameters:
    ///   - name: its name; a cluster's gets the `cluster_` prefix in ``graphvizName``.
    ///   - isCluster: whether it is drawn as a box (default: a plain subgraph).
    public init(name: String, isCluster: Bool = false) {
        self.name = name
        self.isCluster = isCluster
    }

    /// The name Graphviz sees: `cluster_` + ``name`` for clusters.
    public var graphvizName: String {
        isCluster && !name.hasPrefix("cluster") ? "cluster_" + name : name
    }

}

/// A graph or subgraph: something nodes and edges are declared in.
public protocol NodeContainer {
    /// The nodes declared directly in this graph or subgraph, in drawing order.
    var nodes: [Node] { get set }
    /// The edges declared directly in this graph or subgraph.
    var edges: [Edge] { get set }
}

extension NodeContainer {
    /// Declares a node here, with default attributes.
    public mutating func addNode(_ id: String) { nodes.append(Node(id)) }

    /// Declares a node here and lets `configure` set its attributes.
    public mutating func addNode(_ id: String, _ configure: (inout Attributes) throws -> Void) rethrows {
        var node = Node(id)
        try configure(&node.attributes)
        nodes.append(node)
    }

    /// Adds an edge here; endpoints not declared anywhere are created with default attributes.
    public mutating func addEdge(from tail: String, to head: String) { edges.append(Edge(from: tail, to: head)) }

    /// Adds an edge here and lets `configure` set its attributes.
    public mutating func addEdge(from tail: String, to head: String, _ configure: (inout Attributes) throws -> Void) rethrows {
        var edge = Edge(from: tail, to: head)
        try configure(&edge.attributes)
        edges.append(edge)
    }
}
