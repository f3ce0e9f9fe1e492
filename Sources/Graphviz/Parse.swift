import CGraphviz

/// A DOT graph as parsed by cgraph: its nodes, edges and attributes as strings, nothing laid out.
///
/// A plain `Sendable` value: no C pointer survives ``Graphviz/parse(dot:)``.
public struct ParsedGraph: Sendable, Equatable {
    /// One `name = value` pair, in cgraph's declaration order.
    public struct Attribute: Sendable, Equatable {
        /// The attribute's name (`label`, `color`, …).
        public var name: String
        /// The attribute's value as cgraph holds it (an HTML-like label keeps its markup, without `<>`).
        public var value: String

        /// Creates an attribute.
        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    /// A node and the attributes it has (declared defaults applied; empty values left out).
    public struct Node: Sendable, Equatable {
        /// The node's name in the DOT text.
        public var name: String
        /// Its attributes with non-empty values, in cgraph's declaration order.
        public var attributes: [Attribute]

        /// Creates a node.
        public init(name: String, attributes: [Attribute]) {
            self.name = name
            self.attributes = attributes
        }
    }

    /// An edge `tail -> head` (or `tail -- head`), with its key when the DOT names one (`key=…`).
    public struct Edge: Sendable, Equatable {
        /// The name of the node the edge starts from.
        public var tail: String
        /// The name of the node the edge ends at.
        public var head: String
        /// The edge's `key` when the DOT gives one, which tells parallel edges apart; `nil` otherwise.
        public var key: String?
        /// Its attributes with non-empty values, in cgraph's declaration order.
        public var attributes: [Attribute]

        /// Creates an edge.
        public init(tail: String, head: String, key: String?, attributes: [Attribute]) {
            self.tail = tail
            self.head = head
            self.key = key
            self.attributes = attributes
        }
    }

    /// The graph's name (empty for an anonymous graph).
    public var name: String
    /// `digraph` rather than `graph`.
    public var isDirected: Bool
    /// `strict`: no parallel edges.
    public var isStrict: Bool
    /// The root graph's attributes (empty values left out).
    public var attributes: [Attribute]
    /// The nodes, in order of first appearance.
    public var nodes: [Node]
    /// The edges, in order of appearance.
    public var edges: [Edge]
    /// The names of the subgraphs (clusters included) directly under the root, in order.
    public var subgraphs: [String]
}

extension Graphviz {
    /// Parses DOT text with cgraph and returns its structure, without a layout.
    ///
    /// Walks the graph with `agfstnode`/`agnxtnode`, `agfstout`/`agnxtout` and `agnxtattr`
    /// while holding `GraphvizLock`; the cgraph graph is closed before returning. Nothing is
    /// printed: Graphviz's messages become the error.
    ///
    /// - Throws: ``GraphvizError/syntax(message:line:)`` with Graphviz's message and line.
    /// - Complexity: O(n + m) attribute look-ups per declared attribute, for n nodes and m edges.
    public static func parse(dot text: String) throws -> ParsedGraph {
        try GraphvizLock.withLock {
            _ = try Session.shared()
            Capture.begin()
            defer { Capture.end() }
            let g = try parseC(text)
            defer { _ = agclose(g) }
            return walk(g)
        }
    }

    /// Must be called with the lock held.
    private static func walk(_ g: UnsafeMutablePointer<Agraph_t>) -> ParsedGraph {
        func string(_ p: UnsafeMutablePointer<CChar>?) -> String { p.map { String(cString: $0) } ?? "" }
        func symbols(_ kind: Int32) -> [UnsafeMutablePointer<Agsym_t>] {
            var out: [UnsafeMutablePointer<Agsym_t>] = []
            var sym = agnxtattr(g, kind, nil)
            while let s = sym { out.append(s); sym = agnxtattr(g, kind, s) }
            return out
        }
        func attributes(_ object: UnsafeMutableRawPointer, _ syms: [UnsafeMutablePointer<Agsym_t>]) -> [ParsedGraph.Attribute] {
            syms.compactMap { sym in
                let value = string(agxget(object, sym))
                return value.isEmpty ? nil : ParsedGraph.Attribute(name: string(sym.pointee.name), value: value)
            }
        }
        let graphSyms = symbols(Int32(AGRAPH)), nodeSyms = symbols(Int32(AGNODE)), edgeSyms = symbols(Int32(AGEDGE))
        var nodes: [ParsedGraph.Node] = []
        var edges: [(UInt32, ParsedGraph.Edge)] = []
        var n = agfstnode(g)
        while let node = n {
            let tail = string(agnameof(node))
            nodes.append(ParsedGraph.Node(name: tail, attributes: attributes(UnsafeMutableRawPointer(node), nodeSyms)))
            var e = agfstout(g, node)
            while let edge = e {
                let head = string(agnameof(edge.pointee.node))
                let key = agnameof(edge).map { String(cString: $0) }
                let seq = UInt32(edge.pointee.base.tag.seq)
                edges.append((seq, ParsedGraph.Edge(tail: tail, head: head, key: key, attributes: attributes(UnsafeMutableRawPointer(edge), edgeSyms))))
                e = agnxtout(g, edge)
            }
            n = agnxtnode(g, node)
        }
        var subgraphs: [String] = []
        var s = agfstsubg(g)
        while let sub = s { subgraphs.append(string(agnameof(sub))); s = agnxtsubg(sub) }
        return ParsedGraph(name: string(agnameof(g)), isDirected: agisdirected(g) != 0, isStrict: agisstrict(g) != 0,
                           attributes: attributes(UnsafeMutableRawPointer(g), graphSyms), nodes: nodes,
                           edges: edges.sorted { $0.0 < $1.0 }.map(\.1), subgraphs: subgraphs)
    }
}
