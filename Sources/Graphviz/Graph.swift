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
        case directed, undirected
    }

    public var name: String
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

    public init(name: String = "G", kind: Kind = .directed, isStrict: Bool = false) {
        self.name = name
        self.kind = kind
        self.isStrict = isStrict
    }
}

/// A node: its name (Graphviz's node id, shown by default as its label) and attributes.
public struct Node: Sendable, Equatable {
    public var id: String
    public var attributes: Attributes

    public init(_ id: String, attributes: Attributes = Attributes()) {
        self.id = id
        self.attributes = attributes
    }
}

/// An edge from `tail` to `head` (in undirected graphs the order only affects drawing).
public struct Edge: Sendable, Equatable {
    public var tail: String
    public var head: String
    public var attributes: Attributes

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
    public var isCluster: Bool
    public var attributes = Attributes()
    public var nodeDefaults = Attributes()
    public var edgeDefaults = Attributes()
    public var nodes: [Node] = []
    public var edges: [Edge] = []
    public var subgraphs: [Subgraph] = []

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
    var nodes: [Node] { get set }
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
