import AgencyModel
import Foundation
import Graphviz
import TextKit

/// Graphviz DOT: written as plain text with every attribute, read through cgraph
/// (`Graphviz.Graphviz.parse(dot:)`).
///
/// Written: `digraph "id" { graph [network=…, title_fr=…, …]; "node" [label=…, shape=…, kind=…, …];
/// "a" -> "b" [key=…, label=…, type=…, …]; }`. Every name and value is a quoted DOT string:
/// `\` is doubled, `"` is `\"`, line breaks are `\n`/`\r` (so labels show the text as it is and
/// Graphviz users can render or edit the file). `label` (the node's acronym or name, the edge's
/// type) and `shape` (per kind) are for drawing and are not read back as data. The edge id is
/// the DOT edge `key`. Nothing is dropped.
public enum DOT {
    static func shape(_ kind: NodeKind) -> String {
        switch kind {
        case .agency: return "box"
        case .level: return "folder"
        case .body: return "hexagon"
        case .group: return "component"
        case .objective: return "ellipse"
        case .instrument: return "note"
        default: return "box"
        }
    }

    /// A DOT quoted string that cgraph reads back (after ``unescape(_:)``) as `text`.
    static func quoted(_ text: String) -> String { Escape.dotString(text) }

    /// The inverse of ``quoted(_:)`` on what cgraph returns (cgraph removes `\"` itself and
    /// keeps other backslash pairs): `\\` → `\`, `\n` → LF, `\r` → CR, `\l` → LF.
    static func unescape(_ text: String) -> String {
        guard text.contains("\\") else { return text }
        var out = ""
        var iterator = text.unicodeScalars.makeIterator()
        while let c = iterator.next() {
            guard c == "\\" else { out.unicodeScalars.append(c); continue }
            guard let d = iterator.next() else { out += "\\"; break }
            switch d {
            case "\\": out += "\\"
            case "n", "l": out += "\n"
            case "r": out += "\r"
            default: out.unicodeScalars.append(c); out.unicodeScalars.append(d)
            }
        }
        return out
    }

    /// The DOT text of `network`, ready for `agencygraph render` or Graphviz. Same network, same bytes.
    /// - Complexity: O(n + m) times the attributes per node and edge.
    public static func write(_ network: Network) -> WrittenText {
        func list(_ pairs: [(String, String)]) -> String {
            pairs.map { quoted($0.0) + "=" + quoted($0.1) }.joined(separator: ", ")
        }
        var out = "digraph \(quoted(network.id)) {\n"
        out += "  graph [\(list(Flat.graph(network)))];\n"
        for node in network.nodes {
            out += "  \(quoted(node.id)) [\(list([("label", node.label()), ("shape", shape(node.kind))] + Flat.node(node)))];\n"
        }
        for edge in network.edges {
            var pairs: [(String, String)] = []
            if let id = edge.id { pairs.append(("key", id)) }
            pairs.append(("label", edge.type.rawValue))
            out += "  \(quoted(edge.from)) -> \(quoted(edge.to)) [\(list(pairs + Flat.edge(edge)))];\n"
        }
        out += "}\n"
        // cgraph cannot hold NUL; nothing else is lost.
        return WrittenText(text: out, dropped: [])
    }

    /// Whether DOT text starting with `head` is a network written by ``write(_:)``: its first
    /// statement after `digraph "id" {` is the graph attribute list, opened by AgencyGraph's
    /// `"network"` attribute (`graph ["network"="…"`). Any other DOT is a drawing.
    /// - Complexity: O(size of `head`).
    public static func isNetwork(_ head: String) -> Bool {
        var lines = head.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.makeIterator()
        guard let first = lines.next(), first.hasPrefix("digraph "), first.hasSuffix("{"),
              let second = lines.next() else { return false }
        return second.hasPrefix("graph [\"network\"=\"")
    }

    /// Graphviz attributes that only describe the drawing; dropped on reading, reported once.
    static let presentation: Set<String> = [
        "color", "fillcolor", "fontcolor", "fontname", "fontsize", "style", "penwidth", "width", "height",
        "pos", "rankdir", "rank", "arrowhead", "arrowtail", "arrowsize", "dir", "constraint", "xlabel",
        "headlabel", "taillabel", "tooltip", "URL", "href", "bgcolor", "splines", "overlap", "nodesep",
        "ranksep", "margin", "fixedsize", "peripheries", "labelloc", "labeljust", "compound", "concentrate",
        "lhead", "ltail", "weight", "ordering", "charset", "layout", "size", "ratio", "center", "newrank",
    ]

    /// Reads DOT through cgraph (`Graphviz.Graphviz.parse(dot:)`): syntax errors carry Graphviz's
    /// line; clusters and drawing attributes are reported as dropped.
    /// - Complexity: that of cgraph's parser, then O(n + m) times the declared attributes.
    public static func read(_ text: String, file: String) throws(InteropError) -> ImportResult {
        let parsed: ParsedGraph
        do {
            parsed = try Graphviz.parse(dot: text)
        } catch let error as GraphvizError {
            if case .syntax(let message, let line) = error {
                throw InteropError(file: file, line: line, message.replacingOccurrences(of: "\n", with: "; "))
            }
            if case let .notText(codePoint, line, column) = error {
                throw InteropError(file: file, line: line, column: column, "\(codePoint) is not a text character (control characters other than tab, line feed and carriage return are refused)")
            }
            throw InteropError(file: file, error.description)
        } catch {
            throw InteropError(file: file, "\(error)")
        }
        var presentationSeen = Set<String>()
        func attributes(_ list: [ParsedGraph.Attribute], drawn: [String: String] = [:]) -> [(String, String)] {
            var out: [(String, String)] = []
            for a in list {
                let value = unescape(a.value)
                if a.name == "shape", drawn["shape"] == value { continue }
                if a.name == "label" { out.append(("label", value)); continue }
                // An edge `weight` is Graphviz's layout weight but also ours; a rank on a node is ours.
                if presentation.contains(a.name) && !(a.name == "weight" && drawn["edge"] != nil) && !(a.name == "rank" && drawn["node"] != nil) {
                    presentationSeen.insert(a.name); continue
                }
                out.append((a.name, value))
            }
            return out
        }
        var raw = RawGraph()
        raw.directed = parsed.isDirected
        raw.graph = attributes(parsed.attributes)
        if !raw.graph.contains(where: { $0.0 == "network" }), Identifier.isValid(parsed.name) { raw.graph.append(("network", parsed.name)) }
        for node in parsed.nodes {
            let kind = node.attributes.first { $0.name == "kind" }.map { NodeKind(rawValue: unescape($0.value)) } ?? .agency
            raw.nodes.append(RawGraph.Item(id: node.name, attributes: attributes(node.attributes, drawn: ["shape": shape(kind), "node": ""])))
        }
        for edge in parsed.edges {
            var attrs = attributes(edge.attributes, drawn: ["edge": ""])
            if let label = attrs.first(where: { $0.0 == "label" })?.1 {
                attrs.removeAll { $0.0 == "label" }
                if !attrs.contains(where: { $0.0 == "type" }) { attrs.append(("type", label)) }
            }
            raw.edges.append(RawGraph.Link(from: node(edge.tail), to: node(edge.head), id: edge.key.map(unescape), attributes: attrs))
        }
        func node(_ name: String) -> String { name }
        raw.presentational = ["label"]
        var dropped: [String] = []
        if !presentationSeen.isEmpty { dropped.append("Graphviz drawing attributes dropped: \(presentationSeen.sorted().joined(separator: ", "))") }
        if !parsed.subgraphs.isEmpty { dropped.append("\(parsed.subgraphs.count) subgraphs/clusters dropped (their nodes and edges are kept)") }
        var importer = Importer(format: .dot, file: file)
        let (network, warnings) = importer.network(from: raw)
        return ImportResult(network: network, warnings: dropped + warnings)
    }
}
