import AgencyModel
import Foundation

/// NetworkX's node-link JSON (`networkx.node_link_data` / `node_link_graph`).
///
/// Written as `{"directed": true, "multigraph": true, "graph": {…}, "nodes": [{"id": …, …}],
/// "edges": [{"source": …, "target": …, "key": …, …}]}`: attribute names as in `Flat`, `rank`
/// and `weight` as JSON numbers, one node or edge a line. The edge key is the edge id, or its
/// position when it has none. Reading accepts `"links"` (NetworkX before 3.4's default) as well
/// as `"edges"`. Nothing is dropped.
public enum NodeLinkJSON {
    /// The node-link JSON text of `network`. Same network, same bytes.
    /// - Complexity: O(n + m) times the attributes per node and edge.
    public static func write(_ network: Network) -> WrittenText {
        func object(_ leading: [(String, String)], _ record: [(String, String)]) -> String {
            JSONWriter.object(leading + record.map { (k, v) in (k, Flat.type(of: k) == .string ? JSONWriter.string(v) : v) })
        }
        var out = "{\n  \"directed\": true,\n  \"multigraph\": true,\n"
        out += "  \"graph\": " + object([], Flat.graph(network)) + ",\n"
        out += "  \"nodes\": [" + (network.nodes.isEmpty ? "" : "\n")
        out += network.nodes.map { node in
            "    " + object([("id", JSONWriter.string(node.id)), ("label", JSONWriter.string(node.label()))], Flat.node(node))
        }.joined(separator: ",\n")
        out += (network.nodes.isEmpty ? "" : "\n  ") + "],\n"
        out += "  \"edges\": [" + (network.edges.isEmpty ? "" : "\n")
        out += network.edges.enumerated().map { index, edge in
            let key = edge.id.map(JSONWriter.string) ?? String(index)
            return "    " + object([("source", JSONWriter.string(edge.from)), ("target", JSONWriter.string(edge.to)), ("key", key)], Flat.edge(edge))
        }.joined(separator: ",\n")
        out += (network.edges.isEmpty ? "" : "\n  ") + "]\n}\n"
        return WrittenText(text: out, dropped: [])
    }

    /// Reads node-link JSON (nesting bounded by `JSONValueReader`; `edges` or `links`).
    /// Values that are lists, objects or null have no place in the model and are reported as dropped.
    /// - Complexity: O(size of the text).
    public static func read(_ text: String, file: String) throws(InteropError) -> ImportResult {
        let value = try JSONValueReader.parse(text, file: file)
        guard case .object(let top) = value else { throw InteropError(file: file, line: 1, column: 1, "node-link JSON is an object; this file holds another JSON value") }
        func field(_ name: String) -> JSONAny? { top.first { $0.0 == name }?.1 }
        guard case .array(let nodes)? = field("nodes") else { throw InteropError(file: file, line: 1, column: 1, "no \"nodes\" array: not node-link JSON") }
        var edges: [JSONAny] = []
        if case .array(let e)? = field("edges") ?? field("links") { edges = e }
        var raw = RawGraph()
        if case .bool(let d)? = field("directed") { raw.directed = d }
        if case .object(let g)? = field("graph") { raw.graph = g.compactMap { k, v in v.text.map { (k, $0) } } }
        var dropped = 0
        for (index, item) in nodes.enumerated() {
            guard case .object(let fields) = item, let id = fields.first(where: { $0.0 == "id" })?.1.text else {
                throw InteropError(file: file, "node \(index + 1) of \"nodes\" has no \"id\"")
            }
            var attrs: [(String, String)] = []
            for (k, v) in fields where k != "id" {
                if let t = v.text { attrs.append((k, t)) } else { dropped += 1 }
            }
            raw.nodes.append(RawGraph.Item(id: id, attributes: attrs))
        }
        for (index, item) in edges.enumerated() {
            guard case .object(let fields) = item, let s = fields.first(where: { $0.0 == "source" })?.1.text,
                  let t = fields.first(where: { $0.0 == "target" })?.1.text else {
                throw InteropError(file: file, "edge \(index + 1) has no \"source\" and \"target\"")
            }
            var id: String?
            var attrs: [(String, String)] = []
            for (k, v) in fields where k != "source" && k != "target" {
                if k == "key" { if case .string(let key) = v { id = key }; continue }
                if let t = v.text { attrs.append((k, t)) } else { dropped += 1 }
            }
            raw.edges.append(RawGraph.Link(from: s, to: t, id: id, attributes: attrs))
        }
        raw.presentational = ["label"]
        var importer = Importer(format: .nodeLink, file: file)
        let (network, warnings) = importer.network(from: raw)
        let lost = dropped > 0 ? ["\(dropped) attribute values that are lists, objects or null dropped"] : []
        return ImportResult(network: network, warnings: lost + warnings)
    }
}

/// A parsed JSON value, keys in file order.
enum JSONAny: Decodable {
    case string(String), int(Int), double(Double), bool(Bool), null
    case array([JSONAny]), object([(String, JSONAny)])

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    init(from decoder: Decoder) throws {
        if var list = try? decoder.unkeyedContainer() {
            var items: [JSONAny] = []
            while !list.isAtEnd { items.append(try list.decode(JSONAny.self)) }
            self = .array(items)
        } else if let map = try? decoder.container(keyedBy: Key.self) {
            // JSONDecoder does not keep key order; sort for determinism.
            self = .object(try map.allKeys.sorted { $0.stringValue < $1.stringValue }.map { ($0.stringValue, try map.decode(JSONAny.self, forKey: $0)) })
        } else {
            let single = try decoder.singleValueContainer()
            if single.decodeNil() { self = .null }
            else if let b = try? single.decode(Bool.self) { self = .bool(b) }
            else if let i = try? single.decode(Int.self) { self = .int(i) }
            else if let d = try? single.decode(Double.self) { self = .double(d) }
            else { self = .string(try single.decode(String.self)) }
        }
    }

    /// The value as attribute text; `nil` for lists, objects and null.
    var text: String? {
        switch self {
        case .string(let s): return s
        case .int(let i): return String(i)
        case .double(let d): return Flat.number(d)
        case .bool(let b): return b ? "true" : "false"
        default: return nil
        }
    }
}

/// Parses JSON with bounded nesting (checked before decoding) and located errors.
enum JSONValueReader {
    static let maximumDepth = 64

    static func parse(_ text: String, file: String) throws(InteropError) -> JSONAny {
        var depth = 0, line = 1, column = 1
        var inString = false, escaped = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            if inString {
                if escaped { escaped = false } else if scalar == "\\" { escaped = true } else if scalar == "\"" { inString = false }
                continue
            }
            switch scalar {
            case "\"": inString = true
            case "[", "{":
                depth += 1
                if depth > maximumDepth { throw InteropError(file: file, line: line, column: column - 1, "JSON nested deeper than \(maximumDepth) levels") }
            case "]", "}": depth -= 1
            default: break
            }
        }
        do {
            return try JSONDecoder().decode(JSONAny.self, from: Data(text.utf8))
        } catch {
            var message = "\(error)"
            if case DecodingError.dataCorrupted(let context) = error {
                message = context.debugDescription
                if let underlying = context.underlyingError { message += " " + "\(underlying)" }
            }
            var errLine: Int?, errColumn: Int?
            if let r = message.range(of: "line ") { errLine = Int(message[r.upperBound...].prefix { $0.isNumber }) }
            if let r = message.range(of: "column ") { errColumn = Int(message[r.upperBound...].prefix { $0.isNumber }) }
            throw InteropError(file: file, line: errLine, column: errColumn, "malformed JSON: " + String(message.prefix(200)))
        }
    }
}
