import AgencyModel
import TextKit

/// GEXF 1.3 (https://gexf.net), Gephi's format.
///
/// Nodes and edges carry every flat attribute (`Flat`) as `<attvalue>`s, declared in
/// `<attributes>`; the edge type is also the edge's `kind` (and its `label`), the weight the
/// edge's `weight`. `since`/`until` become `start`/`end` (first and last day of the partial
/// date, `timeformat="date"`, graph `mode="dynamic"`) so that Gephi's timeline works; the exact
/// partial dates stay in the `since`/`until` attributes. Nodes are coloured by kind
/// (`viz:color`, ``GEXF/color(of:)``). GEXF has no graph attributes: the network's id,
/// description, date and source list are dropped (reported); the title goes into `<meta>`.
/// Declared layers travel per edge instead: when the network declares layers, every edge gets a
/// `layer` attribute naming its layer (`Network.layer(of:)`), which the reader turns back into
/// declared layers; a declared type with no edge has nowhere to go and is dropped (reported).
public enum GEXF {
    /// The node colour of each kind, as (r, g, b). Custom kinds share a few colours, chosen by a
    /// stable hash of the kind's name.
    public static func color(of kind: NodeKind) -> (r: Int, g: Int, b: Int) {
        switch kind {
        case .agency: return (31, 119, 180)
        case .level: return (127, 127, 127)
        case .body: return (44, 160, 44)
        case .group: return (152, 223, 138)
        case .objective: return (255, 127, 14)
        case .instrument: return (148, 103, 189)
        default:
            let palette = [(140, 86, 75), (227, 119, 194), (188, 189, 34), (23, 190, 207)]
            var h: UInt32 = 2_166_136_261
            for b in kind.rawValue.utf8 { h = (h ^ UInt32(b)) &* 16_777_619 }
            return palette[Int(h % UInt32(palette.count))]
        }
    }

    static func generatedEdgeID(_ index: Int) -> String { "e#\(index)" }

    /// The GEXF 1.3 text of `network`. Same network, same bytes.
    public static func write(_ network: Network) -> WrittenText {
        let nodeRecords = network.nodes.map(Flat.node)
        let carriesLayers = !network.declaredLayers.isEmpty
        let layers = network.layers
        let edgeRecords = network.edges.map { edge -> [(String, String)] in
            var record = Flat.edge(edge)
            if carriesLayers, let layer = layers.first(where: { $0.types.contains(edge.type) }) { record.append(("layer", layer.name)) }
            return record
        }
        let nodeKeys = Flat.keys(nodeRecords, order: Flat.nodeOrder)
        let edgeKeys = Flat.keys(edgeRecords, order: Flat.edgeOrder + ["layer"]).filter { $0.name != "weight" }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        // No xsi:schemaLocation: the official GEXF 1.3 RelaxNG schema does not allow it.
        out += "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" version=\"1.3\">\n"
        out += "  <meta>\n    <creator>AgencyGraph</creator>\n"
        out += "    <description>\(Escape.xmlAttribute(network.title.text(preferring: ["en", "fr", "nl", "de"]) ?? network.id))</description>\n  </meta>\n"
        out += "  <graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"date\">\n"
        func declare(_ scope: String, _ keys: [AttributeKey]) {
            out += "    <attributes class=\"\(scope)\" mode=\"static\">\n"
            for key in keys {
                let type = key.type == .int ? "integer" : key.type.rawValue
                out += "      <attribute id=\"\(Escape.xmlAttribute(key.name))\" title=\"\(Escape.xmlAttribute(key.name))\" type=\"\(type)\"/>\n"
            }
            out += "    </attributes>\n"
        }
        declare("node", nodeKeys)
        declare("edge", edgeKeys)
        func span(_ v: ValidityPeriod) -> String {
            var s = ""
            if let since = v.since { s += " start=\"\(day(since.firstDay))\"" }
            if let until = v.until { s += " end=\"\(day(until.lastDay))\"" }
            return s
        }
        func values(_ record: [(String, String)], skip: Set<String> = []) -> String {
            let items = record.filter { !skip.contains($0.0) }
            guard !items.isEmpty else { return "" }
            return "        <attvalues>\n" + items.map { "          <attvalue for=\"\(Escape.xmlAttribute($0.0))\" value=\"\(Escape.xmlAttribute($0.1))\"/>\n" }.joined()
                + "        </attvalues>\n"
        }
        out += "    <nodes>\n"
        for (node, record) in zip(network.nodes, nodeRecords) {
            let c = color(of: node.kind)
            out += "      <node id=\"\(Escape.xmlAttribute(node.id))\" label=\"\(Escape.xmlAttribute(node.label()))\"\(span(node.validity))>\n"
            out += values(record)
            out += "        <viz:color r=\"\(c.r)\" g=\"\(c.g)\" b=\"\(c.b)\"/>\n      </node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        for (index, (edge, record)) in zip(network.edges, edgeRecords).enumerated() {
            let id = edge.id ?? generatedEdgeID(index)
            let weight = edge.weight.map { " weight=\"\(Flat.number($0))\"" } ?? ""
            out += "      <edge id=\"\(Escape.xmlAttribute(id))\" source=\"\(Escape.xmlAttribute(edge.from))\" target=\"\(Escape.xmlAttribute(edge.to))\""
                + " kind=\"\(Escape.xmlAttribute(edge.type.rawValue))\" label=\"\(Escape.xmlAttribute(edge.type.rawValue))\"\(weight)\(span(edge.validity))>\n"
            out += values(record, skip: ["weight"])
            out += "      </edge>\n"
        }
        out += "    </edges>\n  </graph>\n</gexf>\n"
        var dropped = XMLLoss.controlCharacters(network)
        var lost: [String] = ["network id"]
        if network.description != nil { lost.append("description") }
        if network.asOf != nil { lost.append("as_of") }
        if !network.sources.isEmpty { lost.append("the list of sources (titles, publishers, URLs)") }
        if network.title.translations.count + (network.title.universal == nil ? 0 : 1) > 1 { lost.append("the title's other languages") }
        dropped.append("GEXF has no graph attributes: \(lost.joined(separator: ", ")) dropped")
        let present = Set(network.edges.map(\.type))
        let unused = network.declaredLayers.compactMap { layer -> String? in
            let missing = layer.types.filter { !present.contains($0) }
            return missing.isEmpty ? nil : "\(layer.name): \(missing.map(\.rawValue).joined(separator: ", "))"
        }
        if !unused.isEmpty {
            dropped.append("GEXF carries layers as the edge attribute 'layer': declared layer types without edges dropped (\(unused.joined(separator: "; ")))")
        }
        return WrittenText(text: out, dropped: dropped)
    }

    private static func day(_ n: Int) -> String {
        let y = n / 10_000, m = (n / 100) % 100, d = n % 100
        return String(format: "%04d-%02d-%02d", y, m, d)
    }

    /// Reads GEXF 1.1–1.3 text (`StrictXML`: no DTD, no entities, bounded depth).
    ///
    /// Attribute titles name the attributes; `start`/`end` (or the first spell) give `since`/`until`
    /// when the attributes do not; the edge `kind` (or `label`) gives the type when no `type`
    /// attribute does. `viz` colours are presentation and dropped silently; positions, sizes and
    /// shapes are reported as dropped.
    public static func read(_ text: String, file: String) throws(InteropError) -> ImportResult {
        let root = try StrictXML.parse(text, file: file)
        guard root.localName == "gexf" else {
            throw InteropError(file: file, line: root.line, column: root.column, "the root element is <\(root.name)>, not <gexf>: not a GEXF file")
        }
        guard let graph = root.child("graph") else {
            throw InteropError(file: file, line: root.line, column: root.column, "no <graph> element in <gexf>")
        }
        var titles: [String: [String: String]] = ["node": [:], "edge": [:]]
        var defaults: [String: [(String, String)]] = ["node": [], "edge": []]
        for block in graph.children("attributes") {
            let scope = block.attribute("class") ?? "node"
            for a in block.children("attribute") {
                guard let id = a.attribute("id") else { throw InteropError(file: file, line: a.line, column: a.column, "<attribute> without an 'id'") }
                let title = a.attribute("title") ?? id
                titles[scope, default: [:]][id] = title
                if let d = a.child("default") { defaults[scope, default: []].append((title, d.text)) }
            }
        }
        var dropped: [String] = []
        var presentation = 0, spells = 0
        var produced = 0
        func attributes(_ element: XMLNode, scope: String) throws(InteropError) -> [(String, String)] {
            var out: [(String, String)] = []
            var present = Set<String>()
            for v in element.child("attvalues")?.children("attvalue") ?? [] {
                guard let id = v.attribute("for") ?? v.attribute("id"), let value = v.attribute("value") else { continue }
                let title = titles[scope]?[id] ?? id
                out.append((title, value))
                present.insert(title)
            }
            for (k, v) in defaults[scope] ?? [] where !present.contains(k) { out.append((k, v)) }
            produced += out.count
            if produced > StrictXML.maximumValues {
                throw InteropError(file: file, line: element.line, column: element.column,
                                   "the document expands to over \(StrictXML.maximumValues) attribute values (with the defaults of its attributes); refused")
            }
            var start = element.attribute("start") ?? element.attribute("startopen")
            var end = element.attribute("end") ?? element.attribute("endopen")
            if start == nil, end == nil, let list = element.child("spells")?.children("spell"), !list.isEmpty {
                start = list.first?.attribute("start")
                end = list.last?.attribute("end")
                if list.count > 1 { spells += 1 }
            }
            if !present.contains("since"), let start { out.append(("since", start)) }
            if !present.contains("until"), let end { out.append(("until", end)) }
            if element.children.contains(where: { ["position", "size", "shape", "thickness"].contains($0.localName) }) { presentation += 1 }
            return out
        }
        var raw = RawGraph()
        raw.directed = graph.attribute("defaultedgetype") != "undirected"
        let title = root.child("meta")?.child("description")?.text ?? root.child("meta")?.child("title")?.text
        if let title, !title.isEmpty { raw.graph.append(("title", title)) }
        for node in graph.child("nodes")?.children("node") ?? [] {
            guard let id = node.attribute("id") else { throw InteropError(file: file, line: node.line, column: node.column, "<node> without an 'id'") }
            var attrs = try attributes(node, scope: "node")
            if let label = node.attribute("label") { attrs.append(("label", label)) }
            raw.nodes.append(RawGraph.Item(id: id, attributes: attrs, line: node.line))
        }
        for edge in graph.child("edges")?.children("edge") ?? [] {
            guard let source = edge.attribute("source"), let target = edge.attribute("target") else {
                throw InteropError(file: file, line: edge.line, column: edge.column, "<edge> without 'source' and 'target'")
            }
            var attrs = try attributes(edge, scope: "edge")
            if !attrs.contains(where: { $0.0 == "type" }), let kind = edge.attribute("kind") ?? edge.attribute("label") { attrs.append(("type", kind)) }
            if let w = edge.attribute("weight"), !attrs.contains(where: { $0.0 == "weight" }) { attrs.append(("weight", w)) }
            var id = edge.attribute("id")
            if let i = id, i.hasPrefix("e#"), Int(i.dropFirst(2)) != nil { id = nil }
            raw.edges.append(RawGraph.Link(from: source, to: target, id: id, attributes: attrs, line: edge.line))
        }
        if presentation > 0 { dropped.append("viz positions, sizes or shapes of \(presentation) elements dropped (presentation)") }
        if spells > 0 { dropped.append("\(spells) elements with several spells: the gaps between spells dropped (first start to last end kept)") }
        // NetworkX's write_gexf stores a multigraph's edge keys as `networkx_key`: the edge id again.
        raw.presentational = ["label", "networkx_key"]
        var importer = Importer(format: .gexf, file: file)
        let (network, warnings) = importer.network(from: raw)
        return ImportResult(network: network, warnings: dropped + warnings)
    }
}
