import AgencyModel
import Foundation
import TextKit

/// The type of a flat attribute, as typed formats declare it (GraphML `attr.type`, GEXF
/// `type`, `neo4j-admin` header types).
public enum AttributeType: String, Sendable, Hashable {
    /// Text (GraphML and GEXF `string`; untyped in neo4j-admin headers).
    case string
    /// A whole number (GraphML `int`, GEXF `integer`, neo4j-admin `:int`).
    case int
    /// A floating-point number (GraphML and GEXF `double`, neo4j-admin `:double`).
    case double
}

/// One flat attribute name and its type.
public struct AttributeKey: Hashable, Sendable {
    /// The attribute's name, e.g. `kind`, `name_fr`, `since`.
    public var name: String
    /// Its type.
    public var type: AttributeType
}

/// The flat, string-valued form of a network that every foreign format writes: what each node,
/// edge and the graph carry as `name = value` pairs. See docs/formats.md, "Attribute mapping".
///
/// - Node: `kind`, `name` (a text for every language) and `name_<lang>`, `acronym` and
///   `acronym_<lang>`, `level`, `rank` (int), `since`, `until` (dates as written), `tags`
///   (`;`-separated, or a JSON array when a tag holds `;`), `notes`, `provenance` (the `source` records as a JSON
///   array), `assumption`.
/// - Edge: `type`, `weight` (double), then `since` … `assumption` as on nodes. The edge id and
///   ends are carried by each format's own structure.
/// - Graph: `network`, `title`/`title_<lang>`, `description`/`description_<lang>`, `as_of`,
///   `sources` (a JSON array), `layers` (the declared layers as a JSON object, ``Layer/json(_:)``).
/// - Edge, in formats without graph attributes that carry layers per edge (GEXF): `layer`, the
///   name of the edge's layer in the network (`Network.layer(of:)`).
enum Flat {
    static let nodeOrder = ["kind", "name", "acronym", "level", "rank", "since", "until", "tags", "notes", "provenance", "assumption"]
    static let edgeOrder = ["type", "weight", "since", "until", "tags", "notes", "provenance", "assumption"]

    static func localized(_ key: String, _ text: LocalizedText?) -> [(String, String)] {
        guard let text else { return [] }
        var out: [(String, String)] = []
        if let universal = text.universal { out.append((key, universal)) }
        for language in text.languages { out.append((key + "_" + language, text.translations[language] ?? "")) }
        return out
    }

    static func node(_ node: Node) -> [(String, String)] {
        var out: [(String, String)] = [("kind", node.kind.rawValue)]
        out += localized("name", node.name)
        out += localized("acronym", node.acronym)
        if let v = node.level { out.append(("level", v)) }
        if let v = node.rank { out.append(("rank", String(v))) }
        out += common(node.validity, node.tags, node.notes, node.provenance, node.assumption)
        return out
    }

    static func edge(_ edge: Edge) -> [(String, String)] {
        var out: [(String, String)] = [("type", edge.type.rawValue)]
        if let w = edge.weight { out.append(("weight", number(w))) }
        out += common(edge.validity, edge.tags, edge.notes, edge.provenance, edge.assumption)
        return out
    }

    static func graph(_ network: Network) -> [(String, String)] {
        var out: [(String, String)] = [("network", network.id)]
        out += localized("title", network.title)
        out += localized("description", network.description)
        if let v = network.asOf { out.append(("as_of", v.description)) }
        if !network.sources.isEmpty { out.append(("sources", sourcesJSON(network.sources))) }
        if !network.declaredLayers.isEmpty { out.append(("layers", Layer.json(network.declaredLayers))) }
        return out
    }

    /// The warning of a format that cannot hold the declared layers, naming them; `nil` when the
    /// network declares none.
    static func droppedLayers(_ network: Network, format: String) -> String? {
        guard !network.declaredLayers.isEmpty else { return nil }
        let names = network.declaredLayers.map { "\($0.name) (\($0.types.map(\.rawValue).joined(separator: ", ")))" }
        return "\(format) cannot hold layers: the declared layer\(names.count == 1 ? "" : "s") \(names.joined(separator: "; ")) dropped"
    }

    private static func common(_ validity: ValidityPeriod, _ tags: [String], _ notes: String?,
                               _ provenance: [Provenance], _ assumption: String?) -> [(String, String)] {
        var out: [(String, String)] = []
        if let v = validity.since { out.append(("since", v.description)) }
        if let v = validity.until { out.append(("until", v.description)) }
        if !tags.isEmpty { out.append(("tags", tagsText(tags))) }
        if let v = notes { out.append(("notes", v)) }
        if !provenance.isEmpty { out.append(("provenance", provenanceJSON(provenance))) }
        if let v = assumption { out.append(("assumption", v)) }
        return out
    }

    /// A weight as the shortest text that reads back as the same `Double` (`1`, `0.5`).
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return "\(value)"
    }

    /// Tags joined with `;`, or a JSON array when a tag is empty or holds `;` or surrounding spaces.
    static func tagsText(_ tags: [String]) -> String {
        let plain = tags.allSatisfy { !$0.isEmpty && !$0.contains(";") && $0.trimmingCharacters(in: .whitespaces) == $0 && !$0.hasPrefix("[") }
        return plain ? tags.joined(separator: ";") : JSONWriter.array(tags.map(JSONWriter.string))
    }

    static func parseTags(_ text: String) -> [String]? {
        if text.hasPrefix("[") {
            guard let data = text.data(using: .utf8),
                  let array = try? JSONSerialization.jsonObject(with: data) as? [String] else { return nil }
            return array
        }
        return text.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    static func provenanceJSON(_ records: [Provenance]) -> String {
        JSONWriter.array(records.map { p in
            var fields = [("ref", JSONWriter.string(p.ref))]
            if let v = p.section { fields.append(("section", JSONWriter.string(v))) }
            if let v = p.excerpt { fields.append(("excerpt", JSONWriter.string(v))) }
            return JSONWriter.object(fields)
        })
    }

    static func parseProvenance(_ text: String) -> [Provenance]? {
        guard let data = text.data(using: .utf8), let any = try? JSONSerialization.jsonObject(with: data) else { return nil }
        let items: [Any] = (any as? [Any]) ?? [any]
        var out: [Provenance] = []
        for item in items {
            guard let object = item as? [String: Any], let ref = object["ref"] as? String else { return nil }
            out.append(Provenance(ref: ref, section: object["section"] as? String, excerpt: object["excerpt"] as? String))
        }
        return out
    }

    static func sourcesJSON(_ sources: [Source]) -> String {
        JSONWriter.array(sources.map { s in
            var fields = [("id", JSONWriter.string(s.id)), ("title", JSONWriter.string(s.title))]
            if let v = s.publisher { fields.append(("publisher", JSONWriter.string(v))) }
            if let v = s.url { fields.append(("url", JSONWriter.string(v))) }
            if let v = s.language { fields.append(("language", JSONWriter.string(v))) }
            if let v = s.accessed { fields.append(("accessed", JSONWriter.string(v.description))) }
            return JSONWriter.object(fields)
        })
    }

    static func parseSources(_ text: String) -> [Source]? {
        guard let data = text.data(using: .utf8), let array = try? JSONSerialization.jsonObject(with: data) as? [Any] else { return nil }
        var out: [Source] = []
        for item in array {
            guard let o = item as? [String: Any], let id = o["id"] as? String, let title = o["title"] as? String else { return nil }
            out.append(Source(id: id, title: title, publisher: o["publisher"] as? String, url: o["url"] as? String,
                              language: o["language"] as? String, accessed: (o["accessed"] as? String).flatMap(PartialDate.init(parsing:))))
        }
        return out
    }

    /// The union of the attribute names used, in a fixed order: the documented order, languages
    /// `fr, nl, de, en` then alphabetical inside `name_…`/`acronym_…`.
    static func keys(_ records: [[(String, String)]], order: [String]) -> [AttributeKey] {
        var present = Set<String>()
        for record in records { for (k, _) in record { present.insert(k) } }
        var out: [AttributeKey] = []
        for base in order {
            if present.contains(base) { out.append(AttributeKey(name: base, type: type(of: base))) }
            let prefix = base + "_"
            let languages = present.filter { $0.hasPrefix(prefix) && (base == "name" || base == "acronym" || base == "title" || base == "description") }
                .map { String($0.dropFirst(prefix.count)) }
            for language in LocalizedText.canonicalOrder(languages) {
                out.append(AttributeKey(name: prefix + language, type: .string))
            }
        }
        return out
    }

    static func type(of name: String) -> AttributeType {
        switch name {
        case "rank": return .int
        case "weight": return .double
        default: return .string
        }
    }
}

/// A minimal JSON writer: compact, keys in the order given, non-ASCII as is.
enum JSONWriter {
    static func string(_ text: String) -> String { Escape.jsonString(text) }

    static func array(_ items: [String]) -> String { "[" + items.joined(separator: ",") + "]" }

    static func object(_ fields: [(String, String)]) -> String {
        "{" + fields.map { string($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
    }
}
