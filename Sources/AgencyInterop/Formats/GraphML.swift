import AgencyModel
import TextKit

/// GraphML (http://graphml.graphdrawing.org/) with typed `<key>` declarations, as NetworkX
/// (`read_graphml`/`write_graphml`), igraph and yEd read and write it.
///
/// Every field of the model is carried: graph `<data>` for the network's id, title, description,
/// date, sources and declared layers (`layers`, a JSON object); node and edge `<data>` for the flat attributes (`Flat`), plus a derived
/// node `label` for viewers. Edge ids are written as GraphML edge ids. Nothing is dropped.
public enum GraphML {
    /// The GraphML text of `network`. Same network, same bytes.
    /// - Complexity: O(n + m) in nodes and edges times their attributes.
    public static func write(_ network: Network) -> WrittenText {
        let nodeRecords = network.nodes.map { node -> [(String, String)] in
            var r = Flat.node(node)
            r.insert(("label", node.label()), at: 1)
            return r
        }
        let edgeRecords = network.edges.map(Flat.edge)
        let graphRecord = Flat.graph(network)
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
        out += " xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
        let graphKeys = Flat.keys([graphRecord], order: ["network", "title", "description", "as_of", "sources", "layers"])
        let nodeKeys = Flat.keys(nodeRecords, order: ["kind", "label"] + Flat.nodeOrder.dropFirst())
        let edgeKeys = Flat.keys(edgeRecords, order: Flat.edgeOrder)
        for (prefix, scope, keys) in [("g", "graph", graphKeys), ("n", "node", nodeKeys), ("e", "edge", edgeKeys)] {
            for key in keys {
                out += "  <key id=\"\(prefix)_\(Escape.xmlAttribute(key.name))\" for=\"\(scope)\" attr.name=\"\(Escape.xmlAttribute(key.name))\" attr.type=\"\(key.type.rawValue)\"/>\n"
            }
        }
        out += "  <graph id=\"\(Escape.xmlAttribute(network.id))\" edgedefault=\"directed\">\n"
        func data(_ prefix: String, _ record: [(String, String)], indent: String) -> String {
            record.map { "\(indent)<data key=\"\(prefix)_\(Escape.xmlAttribute($0.0))\">\(Escape.xmlAttribute($0.1))</data>\n" }.joined()
        }
        out += data("g", graphRecord, indent: "    ")
        for (node, record) in zip(network.nodes, nodeRecords) {
            out += "    <node id=\"\(Escape.xmlAttribute(node.id))\">\n" + data("n", record, indent: "      ") + "    </node>\n"
        }
        for (edge, record) in zip(network.edges, edgeRecords) {
            let id = edge.id.map { " id=\"\(Escape.xmlAttribute($0))\"" } ?? ""
            out += "    <edge\(id) source=\"\(Escape.xmlAttribute(edge.from))\" target=\"\(Escape.xmlAttribute(edge.to))\">\n"
                + data("e", record, indent: "      ") + "    </edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return WrittenText(text: out, dropped: XMLLoss.controlCharacters(network))
    }

    /// Reads GraphML text (`StrictXML`: no DTD, no entities, bounded depth).
    ///
    /// Keys' `attr.name` name the attributes; `<default>` values apply where a `<data>` is absent.
    /// Nested graphs, hyperedges and ports are reported and dropped; `<data>` holding XML
    /// (yEd's graphics) is dropped.
    public static func read(_ text: String, file: String) throws(InteropError) -> ImportResult {
        let root = try StrictXML.parse(text, file: file)
        guard root.localName == "graphml" else {
            throw InteropError(file: file, line: root.line, column: root.column, "the root element is <\(root.name)>, not <graphml>: not a GraphML file")
        }
        struct Key { var name: String; var scope: String; var defaultValue: String? }
        var keys: [String: Key] = [:]
        for key in root.children("key") {
            guard let id = key.attribute("id") else {
                throw InteropError(file: file, line: key.line, column: key.column, "<key> without an 'id'")
            }
            let name = key.attribute("attr.name") ?? id
            keys[id] = Key(name: name, scope: key.attribute("for") ?? "all", defaultValue: key.child("default")?.text)
        }
        guard let graph = root.child("graph") else {
            throw InteropError(file: file, line: root.line, column: root.column, "no <graph> element in <graphml>")
        }
        var dropped: [String] = []
        if root.children("graph").count > 1 { dropped.append("only the first <graph> is read; \(root.children("graph").count - 1) more dropped") }
        // Keys with a default, per scope, in a fixed order; applied where an element has no <data>.
        var defaults: [String: [(String, Key)]] = [:]
        for (id, key) in keys.sorted(by: { $0.key < $1.key }) where key.defaultValue != nil {
            for scope in key.scope == "all" ? ["graph", "node", "edge"] : [key.scope] { defaults[scope, default: []].append((id, key)) }
        }
        var produced = 0
        func attributes(of element: XMLNode, scope: String) throws(InteropError) -> [(String, String)] {
            var out: [(String, String)] = []
            var present = Set<String>()
            for d in element.children("data") {
                guard let keyID = d.attribute("key"), let key = keys[keyID] else {
                    throw InteropError(file: file, line: d.line, column: d.column, "<data> names no declared <key> ('\(d.attribute("key") ?? "")')")
                }
                if !d.children.isEmpty && d.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                    if !dropped.contains("XML content in <data> (e.g. yEd graphics) dropped") { dropped.append("XML content in <data> (e.g. yEd graphics) dropped") }
                    continue
                }
                out.append((key.name, d.text))
                present.insert(keyID)
            }
            for (id, key) in defaults[scope] ?? [] where !present.contains(id) {
                if let value = key.defaultValue { out.append((key.name, value)) }
            }
            produced += out.count
            if produced > StrictXML.maximumValues {
                throw InteropError(file: file, line: element.line, column: element.column,
                                   "the document expands to over \(StrictXML.maximumValues) attribute values (with the <default>s of its keys); refused")
            }
            return out
        }
        var raw = RawGraph()
        raw.directed = graph.attribute("edgedefault") != "undirected"
        raw.graph = try attributes(of: graph, scope: "graph")
        if !raw.graph.contains(where: { $0.0 == "network" }), let id = graph.attribute("id"), Identifier.isValid(id) {
            raw.graph.append(("network", id))
        }
        var nested = 0
        // igraph writes its own node ids (n0, n1, …) and keeps the original ones in an `id`
        // attribute: that attribute, when present, is the node's id.
        var renamed: [String: String] = [:]
        for node in graph.children("node") {
            guard let xmlID = node.attribute("id") else {
                throw InteropError(file: file, line: node.line, column: node.column, "<node> without an 'id'")
            }
            if node.child("graph") != nil { nested += 1 }
            var attrs = try attributes(of: node, scope: "node")
            var id = xmlID
            if let k = attrs.firstIndex(where: { $0.0 == "id" }) {
                if !attrs[k].1.isEmpty { id = attrs[k].1; renamed[xmlID] = id }
                attrs.remove(at: k)
            }
            raw.nodes.append(RawGraph.Item(id: id, attributes: attrs, line: node.line))
        }
        var undirectedEdges = 0
        for edge in graph.children("edge") {
            guard let source = edge.attribute("source"), let target = edge.attribute("target") else {
                throw InteropError(file: file, line: edge.line, column: edge.column, "<edge> without 'source' and 'target'")
            }
            if edge.attribute("directed") == "false" { undirectedEdges += 1 }
            raw.edges.append(RawGraph.Link(from: renamed[source] ?? source, to: renamed[target] ?? target, id: edge.attribute("id"),
                                           attributes: try attributes(of: edge, scope: "edge"), line: edge.line))
        }
        if nested > 0 { dropped.append("\(nested) nested graph\(nested == 1 ? "" : "s") inside nodes dropped") }
        let hyper = graph.children("hyperedge").count
        if hyper > 0 { dropped.append("\(hyper) hyperedge\(hyper == 1 ? "" : "s") dropped (not in the model)") }
        if undirectedEdges > 0 { dropped.append("\(undirectedEdges) edges marked directed=\"false\": read in the direction written (undirectedness dropped)") }
        raw.presentational = ["label"]
        var importer = Importer(format: .graphml, file: file)
        let (network, warnings) = importer.network(from: raw)
        return ImportResult(network: network, warnings: dropped + warnings)
    }
}

/// Losses common to the XML writers.
enum XMLLoss {
    /// XML 1.0 cannot hold C0 control characters other than tab, LF and CR; they become U+FFFD.
    static func controlCharacters(_ network: Network) -> [String] {
        var texts: [String] = [network.id] + Flat.graph(network).map(\.1)
        for n in network.nodes { texts += Flat.node(n).map(\.1) + [n.id] }
        for e in network.edges { texts += Flat.edge(e).map(\.1) }
        let count = texts.filter(Escape.losesCharacters).count
        return count == 0 ? [] : ["control characters XML cannot hold dropped (replaced by U+FFFD) in \(count) value\(count == 1 ? "" : "s")"]
    }
}
