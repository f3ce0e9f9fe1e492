import AgencyModel
import Foundation
import TextKit

/// Names Neo4j uses: a label per node kind, a relationship type per edge type.
enum Neo4jNames {
    /// `agency` → `Agency`, `x-court` → `XCourt`; every node also has the label `Node`.
    static func label(_ kind: NodeKind) -> String {
        kind.rawValue.split(whereSeparator: { $0 == "-" || $0 == "_" }).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// `member_of` → `MEMBER_OF`, `x-trains` → `X_TRAINS`.
    static func relationship(_ type: EdgeType) -> String {
        type.rawValue.uppercased().replacingOccurrences(of: "-", with: "_")
    }
}

/// A Cypher script that builds the network in Neo4j (`cypher-shell -f network.cypher`).
///
/// One `MERGE` per node on `(:Node {id})`, then its kind label (`Agency`, `Level`, …, custom kinds
/// in CamelCase) and its properties; one `MERGE` per edge on its relationship type
/// (`COORDINATES`, `MEMBER_OF`, …) and `key` (the edge id, or `#position`), then its properties.
/// Property names are the flat attributes (`Flat`), with `tags` as a list of strings, `rank` an
/// integer and `weight` a float. Every value is a literal escaped for Cypher; names are in
/// backticks. Running the script twice changes nothing. The graph's attributes go on one
/// `(:Network {id})` node. Nothing is dropped; the script is not read back.
public enum Cypher {
    /// The Cypher script of `network`. Same network, same bytes. - Complexity: O(n + m).
    public static func write(_ network: Network) -> WrittenText {
        func properties(_ record: [(String, String)]) -> String {
            "{" + record.map { k, v in
                let value: String
                switch k {
                case "rank": value = v
                case "weight": value = v.contains(".") || v.contains("e") ? v : v + ".0"
                case "tags": value = "[" + (Flat.parseTags(v) ?? []).map(Escape.cypherString).joined(separator: ", ") + "]"
                default: value = Escape.cypherString(v)
                }
                return Escape.cypherName(k) + ": " + value
            }.joined(separator: ", ") + "}"
        }
        var out = "// AgencyGraph network \(network.id.replacingOccurrences(of: "\n", with: " ")), written by agencygraph convert.\n"
        out += "// Run with: cypher-shell -f FILE (idempotent: MERGE on ids and edge keys).\n"
        out += "CREATE CONSTRAINT agencygraph_node_id IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE;\n"
        out += "MERGE (g:Network {id: \(Escape.cypherString(network.id))}) SET g += \(properties(Flat.graph(network).filter { $0.0 != "network" }));\n"
        for node in network.nodes {
            out += "MERGE (n:Node {id: \(Escape.cypherString(node.id))}) SET n:\(Escape.cypherName(Neo4jNames.label(node.kind))) SET n += \(properties(Flat.node(node)));\n"
        }
        for (index, edge) in network.edges.enumerated() {
            let key = edge.id ?? "#\(index)"
            var record = Flat.edge(edge)
            if let id = edge.id { record.insert(("id", id), at: 0) }
            out += "MATCH (a:Node {id: \(Escape.cypherString(edge.from))}), (b:Node {id: \(Escape.cypherString(edge.to))}) "
                + "MERGE (a)-[r:\(Escape.cypherName(Neo4jNames.relationship(edge.type))) {key: \(Escape.cypherString(key))}]->(b) SET r += \(properties(record));\n"
        }
        return WrittenText(text: out, dropped: [])
    }
}

/// The CSV files of `neo4j-admin database import full`: `nodes.csv` (`id:ID`, `:LABEL`, typed
/// properties), `relationships.csv` (`:START_ID`, `:END_ID`, `:TYPE`, properties) and
/// `import.sh` with the command. Header types: `rank:int`, `weight:double`, `tags:string[]`
/// (`;`-separated, neo4j-admin's default array delimiter), others strings. Fields are quoted as
/// RFC 4180 (multi-line notes need `--multiline-fields=true`, which `import.sh` passes). The
/// graph's attributes have no place and are dropped (reported). Read back by ``read(nodes:relationships:)``.
public enum Neo4jAdmin {
    /// `nodes.csv`, `relationships.csv` and `import.sh` for `network`, and what they cannot carry.
    /// - Complexity: O(n + m).
    public static func write(_ network: Network) -> (nodes: String, relationships: String, script: String, dropped: [String]) {
        func header(_ key: AttributeKey, plainTags: Bool) -> String {
            switch key.name {
            case "rank": return "rank:int"
            case "weight": return "weight:double"
            case "tags": return plainTags ? "tags:string[]" : "tags"
            default: return key.name
            }
        }
        let nodeRecords = network.nodes.map(Flat.node)
        let edgeRecords = network.edges.map(Flat.edge)
        let plainNodeTags = network.nodes.allSatisfy { !Flat.tagsText($0.tags).hasPrefix("[") }
        let plainEdgeTags = network.edges.allSatisfy { !Flat.tagsText($0.tags).hasPrefix("[") }
        let nodeKeys = Flat.keys(nodeRecords, order: Flat.nodeOrder)
        var nodes = CSV.row(["id:ID", ":LABEL"] + nodeKeys.map { header($0, plainTags: plainNodeTags) })
        for (node, record) in zip(network.nodes, nodeRecords) {
            let values = Dictionary(record, uniquingKeysWith: { a, _ in a })
            nodes += CSV.row([node.id, "Node;" + Neo4jNames.label(node.kind)] + nodeKeys.map { values[$0.name] ?? "" })
        }
        let edgeKeys = Flat.keys(edgeRecords, order: Flat.edgeOrder)
        var relationships = CSV.row([":START_ID", ":END_ID", ":TYPE", "id"] + edgeKeys.map { header($0, plainTags: plainEdgeTags) })
        for (edge, record) in zip(network.edges, edgeRecords) {
            let values = Dictionary(record, uniquingKeysWith: { a, _ in a })
            relationships += CSV.row([edge.from, edge.to, Neo4jNames.relationship(edge.type), edge.id ?? ""] + edgeKeys.map { values[$0.name] ?? "" })
        }
        let script = """
            #!/bin/sh
            # Imports this folder into a new Neo4j database (Neo4j 5; the database must not exist or be stopped).
            # Usage: sh import.sh [DATABASE]   (default: neo4j). Written by agencygraph convert.
            set -e
            cd "$(dirname "$0")"
            neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv \\
              --multiline-fields=true --overwrite-destination "${1:-neo4j}"

            """
        return (nodes, relationships, script, ["neo4j-admin CSV has no graph attributes: network id, title, description, as_of and the list of sources dropped"]
                + [Flat.droppedLayers(network, format: "neo4j-admin CSV")].compactMap { $0 })
    }

    /// Reads `nodes.csv` (and `relationships.csv`) as written by ``write(_:)`` or by
    /// `apoc.export.csv`-like tools using the same header conventions (`:ID`, `:LABEL`, `:TYPE`).
    public static func read(nodes: (String, String), relationships: (String, String)?) throws(InteropError) -> ImportResult {
        func name(_ column: String) -> String { column.split(separator: ":", maxSplits: 1).first.map(String.init) ?? column }
        var raw = RawGraph()
        let (nodeHeader, nodeRows) = try CSV.records(nodes.0, file: nodes.1)
        guard let idColumn = nodeHeader.first(where: { $0.hasSuffix(":ID") || $0.contains(":ID(") }) else {
            throw InteropError(file: nodes.1, line: 1, column: 1, "no ':ID' column in the header (e.g. 'id:ID')")
        }
        for (line, record) in nodeRows {
            var id = "", attrs: [(String, String)] = [], labels: [String] = []
            for (k, v) in record where !v.isEmpty {
                if k == idColumn { id = v } else if k == ":LABEL" { labels = v.split(separator: ";").map(String.init) } else { attrs.append((name(k), v)) }
            }
            if !attrs.contains(where: { $0.0 == "kind" }), let label = labels.first(where: { $0 != "Node" }) {
                attrs.append(("kind", NodeKind.builtIn.first { Neo4jNames.label($0) == label }?.rawValue ?? label))
            }
            guard !id.isEmpty else { throw InteropError(file: nodes.1, line: line, column: 1, "a node without an id") }
            raw.nodes.append(RawGraph.Item(id: id, attributes: attrs, line: line))
        }
        if let (text, file) = relationships {
            let (_, rows) = try CSV.records(text, file: file)
            for (line, record) in rows {
                var from = "", to = "", id: String?, attrs: [(String, String)] = [], type: String?
                for (k, v) in record where !v.isEmpty {
                    switch k {
                    case ":START_ID": from = v
                    case ":END_ID": to = v
                    case ":TYPE": type = v
                    default: if name(k) == "id" { id = v } else { attrs.append((name(k), v)) }
                    }
                }
                if !attrs.contains(where: { $0.0 == "type" }), let type {
                    attrs.append(("type", EdgeType.builtIn.first { Neo4jNames.relationship($0) == type }?.rawValue ?? type.lowercased()))
                }
                guard !from.isEmpty, !to.isEmpty else { throw InteropError(file: file, line: line, column: 1, "a relationship without :START_ID or :END_ID") }
                raw.edges.append(RawGraph.Link(from: from, to: to, id: id, attributes: attrs, line: line))
            }
        }
        var importer = Importer(format: .neo4jAdmin, file: nodes.1)
        let (network, warnings) = importer.network(from: raw)
        return ImportResult(network: network, warnings: warnings)
    }
}
