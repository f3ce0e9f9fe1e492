import CGraphviz

/// Turns a ``Graph`` description into a cgraph graph. Used only with `GraphvizLock` held; the
/// caller owns the returned graph and must `agclose` it.
///
/// Order of construction, which fixes what inherits what:
/// 1. node and edge defaults of a (sub)graph, so that its nodes and edges get them;
/// 2. its nodes, edges and subgraphs (recursively);
/// 3. its own graph attributes last, so that subgraphs do **not** inherit them (unlike DOT text,
///    where a cluster's `label` leaks into the clusters nested in it).
enum CGraphBuilder {
    static func build(_ graph: Graph) throws -> UnsafeMutablePointer<Agraph_t> {
        try checkNoNUL(graph.name, what: "graph name")
        let desc: Agdesc_t
        switch (graph.kind, graph.isStrict) {
        case (.directed, false): desc = cgv_directed()
        case (.directed, true): desc = cgv_strictdirected()
        case (.undirected, false): desc = cgv_undirected()
        case (.undirected, true): desc = cgv_strictundirected()
        }
        guard let root = withC(graph.name, { cgv_open($0, desc) }) else {
            throw GraphvizError.invalidGraph("Graphviz could not create the graph")
        }
        do {
            try fill(root, root: root, attributes: graph.attributes, nodeDefaults: graph.nodeDefaults,
                     edgeDefaults: graph.edgeDefaults, nodes: graph.nodes, edges: graph.edges,
                     subgraphs: graph.subgraphs)
        } catch {
            _ = agclose(root)
            throw error
        }
        return root
    }

    private static func fill(_ g: UnsafeMutablePointer<Agraph_t>, root: UnsafeMutablePointer<Agraph_t>,
                             attributes: Attributes, nodeDefaults: Attributes, edgeDefaults: Attributes,
                             nodes: [Node], edges: [Edge], subgraphs: [Subgraph]) throws {
        try setDefaults(nodeDefaults, kind: Int32(AGNODE), on: g, root: root)
        try setDefaults(edgeDefaults, kind: Int32(AGEDGE), on: g, root: root)
        for node in nodes {
            let n = try makeNode(node.id, in: g)
            try apply(node.attributes, to: UnsafeMutableRawPointer(n), root: root)
        }
        for edge in edges {
            let t = try makeNode(edge.tail, in: g)
            let h = try makeNode(edge.head, in: g)
            guard let e = agedge(g, t, h, nil, 1) else {
                throw GraphvizError.invalidGraph("Graphviz could not create the edge \(edge.tail) -> \(edge.head)")
            }
            try apply(edge.attributes, to: UnsafeMutableRawPointer(e), root: root)
        }
        for sub in subgraphs {
            try checkNoNUL(sub.name, what: "subgraph name")
            guard let s = withC(sub.graphvizName, { agsubg(g, $0, 1) }) else {
                throw GraphvizError.invalidGraph("Graphviz could not create the subgraph \(sub.name)")
            }
            try fill(s, root: root, attributes: sub.attributes, nodeDefaults: sub.nodeDefaults,
                     edgeDefaults: sub.edgeDefaults, nodes: sub.nodes, edges: sub.edges, subgraphs: sub.subgraphs)
        }
        try apply(attributes, to: UnsafeMutableRawPointer(g), root: root)
    }

    private static func makeNode(_ id: String, in g: UnsafeMutablePointer<Agraph_t>) throws -> UnsafeMutablePointer<Agnode_t> {
        if id.isEmpty { throw GraphvizError.invalidGraph("a node id is empty") }
        try checkNoNUL(id, what: "node id")
        guard let n = withC(id, { agnode(g, $0, 1) }) else {
            throw GraphvizError.invalidGraph("Graphviz could not create the node \(id)")
        }
        return n
    }

    private static func apply(_ attributes: Attributes, to object: UnsafeMutableRawPointer, root: UnsafeMutablePointer<Agraph_t>) throws {
        for name in attributes.names {
            guard let value = attributes[name] else { continue }
            switch value {
            case .string(let s):
                try checkNoNUL(s, what: "value of \(name)")
                withC(name) { n in withC(s) { v in withC("") { d in _ = agsafeset(object, n, v, d) } } }
            case .html(let s):
                try checkNoNUL(s, what: "value of \(name)")
                guard let h = withC(s, { agstrdup_html(root, $0) }) else { continue }
                withC(name) { n in withC("") { d in _ = agsafeset(object, n, h, d) } }
                _ = agstrfree(root, h)
            }
        }
    }

    private static func setDefaults(_ attributes: Attributes, kind: Int32, on g: UnsafeMutablePointer<Agraph_t>, root: UnsafeMutablePointer<Agraph_t>) throws {
        for name in attributes.names {
            guard let value = attributes[name] else { continue }
            guard case .string(let s) = value else {
                throw GraphvizError.invalidGraph("an HTML-like label cannot be a default; set it on each node or edge")
            }
            try checkNoNUL(s, what: "value of \(name)")
            withC(name) { n in
                if g != root, agattr(root, kind, n, nil) == nil {
                    withC("") { d in _ = agattr(root, kind, n, d) }
                }
                withC(s) { v in _ = agattr(g, kind, n, v) }
            }
        }
    }

    private static func checkNoNUL(_ s: String, what: String) throws {
        if s.utf8.contains(0) { throw GraphvizError.invalidGraph("the \(what) contains a NUL character") }
    }

    /// Passes a Swift string as the `char *` that cgraph's API takes (it copies what it keeps).
    private static func withC<T>(_ s: String, _ body: (UnsafeMutablePointer<CChar>) throws -> T) rethrows -> T {
        try s.withCString { try body(UnsafeMutablePointer(mutating: $0)) }
    }
}
