import TextKit
/// Writes a ``Network`` in the canonical form of the format, as YAML or JSON.
///
/// Canonical means: top-level keys in the order `format, network, title, description, as_of,
/// sources, layers, defaults, nodes, edges`; declared layers in the author's order, each layer's types
/// sorted (built-in types in documentation order, then custom types by name); sources, nodes and edges in the order given (the author's order, which
/// groups them into sections); the keys of each item in the documented order; languages in the
/// order `fr, nl, de, en`, then alphabetical; free text always double-quoted, ids and dates plain;
/// a single provenance record as a mapping, several as a list; absent fields omitted. Writing the
/// result of reading canonical text gives the same text back (idempotence), which `fmt --check` uses.
public enum NetworkWriter {
    /// The canonical YAML text of `network`, with the comments of `comments` put back.
    public static func yaml(_ network: Network, comments: CommentMap = CommentMap()) -> String {
        var out: [String] = comments.header
        func key(_ name: String) {
            if let lines = comments.topLevel[name] {
                if let last = out.last, !last.isEmpty { out.append("") }
                out.append(contentsOf: lines)
            }
        }
        key("format"); out.append("format: \(network.formatVersion)")
        key("network"); out.append("network: \(YAMLText.word(network.id))")
        key("title"); out.append(contentsOf: localizedLines("title", network.title, indent: ""))
        if let description = network.description {
            key("description"); out.append(contentsOf: localizedLines("description", description, indent: ""))
        }
        if let asOf = network.asOf { key("as_of"); out.append("as_of: \(asOf)") }
        if !network.sources.isEmpty {
            out.append(""); key("sources"); out.append("sources:")
            for (position, source) in network.sources.enumerated() {
                item(comments.sources[position], into: &out)
                var fields: [(String, String)] = [("id", YAMLText.word(source.id)), ("title", YAMLText.quoted(source.title))]
                if let v = source.publisher { fields.append(("publisher", YAMLText.quoted(v))) }
                if let v = source.url { fields.append(("url", YAMLText.quoted(v))) }
                if let v = source.language { fields.append(("language", YAMLText.word(v))) }
                if let v = source.accessed { fields.append(("accessed", v.description)) }
                emit(fields, [], into: &out)
            }
        }
        if !network.declaredLayers.isEmpty {
            out.append(""); key("layers"); out.append("layers:")
            for layer in network.declaredLayers { out.append(contentsOf: layerLines(layer)) }
        }
        if let defaults = network.defaults {
            out.append(""); key("defaults"); out.append("defaults:")
            out.append(contentsOf: provenanceLines(defaults.source, assumption: defaults.assumption, indent: "  "))
        }
        out.append(""); key("nodes"); out.append(network.nodes.isEmpty ? "nodes: []" : "nodes:")
        for (position, node) in network.nodes.enumerated() {
            item(comments.nodes[position], into: &out)
            var fields: [(String, String)] = [("id", YAMLText.word(node.id)), ("kind", YAMLText.word(node.kind.rawValue))]
            if let v = node.name { fields.append(("name", localizedValue("name", v))) }
            if let v = node.acronym { fields.append(("acronym", inlineLocalized(v, words: true))) }
            if let v = node.level { fields.append(("level", YAMLText.word(v))) }
            if let v = node.rank { fields.append(("rank", String(v))) }
            common(node.validity, node.tags, node.notes, into: &fields)
            let own = stated(node.provenance, node.assumption, in: network)
            emit(fields, own.provenance, assumption: own.assumption, into: &out)
        }
        if !network.edges.isEmpty {
            out.append(""); key("edges"); out.append("edges:")
            for (position, edge) in network.edges.enumerated() {
                item(comments.edges[position], into: &out)
                var fields: [(String, String)] = []
                if let v = edge.id { fields.append(("id", YAMLText.word(v))) }
                fields += [("from", YAMLText.word(edge.from)), ("to", YAMLText.word(edge.to)), ("type", YAMLText.word(edge.type.rawValue))]
                if let v = edge.weight { fields.append(("weight", YAMLText.number(v))) }
                common(edge.validity, edge.tags, edge.notes, into: &fields)
                let own = stated(edge.provenance, edge.assumption, in: network)
                emit(fields, own.provenance, assumption: own.assumption, into: &out)
            }
        }
        if !comments.footer.isEmpty {
            out.append("")
            out.append(contentsOf: comments.footer)
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// `  name: [type, …]` when it fits the preferred width, else one type a line.
    private static func layerLines(_ layer: Layer) -> [String] {
        let types = layer.types.map { YAMLText.word($0.rawValue) }
        let inline = "  " + YAMLText.word(layer.name) + ": [" + types.joined(separator: ", ") + "]"
        if inline.count <= preferredLineWidth { return [inline] }
        return ["  " + YAMLText.word(layer.name) + ":"] + types.map { "    - " + $0 }
    }

    private static func item(_ comments: [String]?, into out: inout [String]) {
        guard let comments else { return }
        if out.last.map({ !$0.hasSuffix(":") }) ?? false { out.append("") }
        out.append(contentsOf: comments.map { "  " + $0 })
    }

    private static func common(_ validity: ValidityPeriod, _ tags: [String], _ notes: String?, into fields: inout [(String, String)]) {
        if let v = validity.since { fields.append(("since", v.description)) }
        if let v = validity.until { fields.append(("until", v.description)) }
        if !tags.isEmpty { fields.append(("tags", "[" + tags.map(YAMLText.word).joined(separator: ", ") + "]")) }
        if let v = notes { fields.append(("notes", textValue("notes", v))) }
    }

    private static func emit(_ fields: [(String, String)], _ provenance: [Provenance], assumption: String? = nil, into out: inout [String]) {
        for (index, field) in fields.enumerated() {
            // A value starting with a line break is a block: the header after the key (":" or
            // ": >-"), then its lines, indented under the key.
            if field.1.hasPrefix("\n") {
                let parts = field.1.dropFirst().split(separator: "\n", omittingEmptySubsequences: false)
                out.append((index == 0 ? "  - " : "    ") + field.0 + (parts.first.map(String.init) ?? ":"))
                out.append(contentsOf: parts.dropFirst().map { "      " + $0 })
            } else {
                out.append((index == 0 ? "  - " : "    ") + field.0 + ": " + field.1)
            }
        }
        out.append(contentsOf: provenanceLines(provenance, assumption: assumption, indent: "    "))
    }

    /// What an element states itself: nothing when its provenance is the network's `defaults:`.
    private static func stated(_ provenance: [Provenance], _ assumption: String?, in network: Network) -> (provenance: [Provenance], assumption: String?) {
        if let defaults = network.defaults, defaults.matches(provenance, assumption: assumption) { return ([], nil) }
        return (provenance, assumption)
    }

    /// `source:` (one record inline, several one a line) and `assumption:` at `indent`.
    private static func provenanceLines(_ provenance: [Provenance], assumption: String?, indent: String) -> [String] {
        var out: [String] = []
        if provenance.count == 1 {
            out.append(indent + "source: " + record(provenance[0]))
        } else if provenance.count > 1 {
            out.append(indent + "source:")
            for p in provenance { out.append(indent + "  - " + record(p)) }
        }
        if let assumption {
            let lines = longText("assumption", assumption, indent: indent.count)
            out.append(contentsOf: lines.map { indent + $0 })
        }
        return out
    }

    private static func record(_ p: Provenance) -> String {
        var pairs = ["ref: " + YAMLText.word(p.ref)]
        if let v = p.section { pairs.append("section: " + YAMLText.quoted(v)) }
        if let v = p.excerpt { pairs.append("excerpt: " + YAMLText.quoted(v)) }
        return "{" + pairs.joined(separator: ", ") + "}"
    }

    /// Lines longer than this are split: a localized text becomes one language per line.
    public static let preferredLineWidth = 100

    private static func inlineLocalized(_ text: LocalizedText, words: Bool = false) -> String {
        func scalar(_ value: String) -> String { words ? YAMLText.word(value) : YAMLText.quoted(value) }
        if let universal = text.universal, text.translations.isEmpty { return scalar(universal) }
        let pairs = text.languages.map { YAMLText.word($0) + ": " + scalar(text.translations[$0] ?? "") }
        return "{" + pairs.joined(separator: ", ") + "}"
    }

    private static func blockLines(_ text: LocalizedText, indent: Int) -> [String] {
        text.languages.flatMap { language -> [String] in
            let value = text.translations[language] ?? ""
            let key = YAMLText.word(language)
            return longText(key, value, indent: indent)
        }
    }

    /// `key: "text"` on one line when it fits, else `key: >-` and the text folded at spaces;
    /// lines relative to `indent` (the column of `key`).
    private static func longText(_ key: String, _ value: String, indent: Int) -> [String] {
        let quoted = YAMLText.quoted(value)
        if indent + key.count + 2 + quoted.count <= preferredLineWidth || !YAMLText.isFoldable(value) {
            return [key + ": " + quoted]
        }
        return [key + ": >-"] + YAMLText.wrapped(value, width: preferredLineWidth - indent - 2).map { "  " + $0 }
    }

    /// A free-text item field (notes, assumption): inline quoted, or a folded block.
    private static func textValue(_ key: String, _ value: String) -> String {
        let lines = longText(key, value, indent: 4)
        if lines.count == 1 { return YAMLText.quoted(value) }
        return "\n: >-\n" + lines.dropFirst().map { String($0.dropFirst(2)) }.joined(separator: "\n")
    }

    /// A node field value: inline when `    key: {…}` fits the preferred width, else a block
    /// (marked by a leading line break).
    private static func localizedValue(_ key: String, _ text: LocalizedText) -> String {
        let inline = inlineLocalized(text)
        if text.translations.isEmpty || 4 + key.count + 2 + inline.count <= preferredLineWidth { return inline }
        return "\n:\n" + blockLines(text, indent: 6).joined(separator: "\n")
    }

    private static func localizedLines(_ key: String, _ text: LocalizedText, indent: String) -> [String] {
        let inline = inlineLocalized(text)
        if text.translations.isEmpty || indent.count + key.count + 2 + inline.count <= preferredLineWidth {
            return [indent + key + ": " + inline]
        }
        return [indent + key + ":"] + blockLines(text, indent: indent.count + 2).map { indent + "  " + $0 }
    }

    // MARK: JSON

    /// The canonical JSON text of `network`: the same structure and order as the YAML form,
    /// two-space indentation, dates as strings, non-ASCII characters written as they are.
    public static func json(_ network: Network) -> String {
        var top: [(String, JSONValue)] = [("format", .raw(String(network.formatVersion))), ("network", .string(network.id)),
                                          ("title", localizedJSON(network.title))]
        if let v = network.description { top.append(("description", localizedJSON(v))) }
        if let v = network.asOf { top.append(("as_of", .string(v.description))) }
        if !network.sources.isEmpty {
            top.append(("sources", .array(network.sources.map { source in
                var f: [(String, JSONValue)] = [("id", .string(source.id)), ("title", .string(source.title))]
                if let v = source.publisher { f.append(("publisher", .string(v))) }
                if let v = source.url { f.append(("url", .string(v))) }
                if let v = source.language { f.append(("language", .string(v))) }
                if let v = source.accessed { f.append(("accessed", .string(v.description))) }
                return .object(f)
            })))
        }
        if !network.declaredLayers.isEmpty {
            top.append(("layers", .object(network.declaredLayers.map { layer in
                (layer.name, .array(layer.types.map { .string($0.rawValue) }))
            })))
        }
        if let defaults = network.defaults {
            var f: [(String, JSONValue)] = []
            commonJSON(ValidityPeriod(), [], nil, defaults.source, defaults.assumption, into: &f)
            top.append(("defaults", .object(f)))
        }
        top.append(("nodes", .array(network.nodes.map { node in
            var f: [(String, JSONValue)] = [("id", .string(node.id)), ("kind", .string(node.kind.rawValue))]
            if let v = node.name { f.append(("name", localizedJSON(v))) }
            if let v = node.acronym { f.append(("acronym", localizedJSON(v))) }
            if let v = node.level { f.append(("level", .string(v))) }
            if let v = node.rank { f.append(("rank", .raw(String(v)))) }
            let own = stated(node.provenance, node.assumption, in: network)
            commonJSON(node.validity, node.tags, node.notes, own.provenance, own.assumption, into: &f)
            return .object(f)
        })))
        if !network.edges.isEmpty {
            top.append(("edges", .array(network.edges.map { edge in
                var f: [(String, JSONValue)] = []
                if let v = edge.id { f.append(("id", .string(v))) }
                f += [("from", .string(edge.from)), ("to", .string(edge.to)), ("type", .string(edge.type.rawValue))]
                if let v = edge.weight { f.append(("weight", .raw(YAMLText.number(v)))) }
                let own = stated(edge.provenance, edge.assumption, in: network)
                commonJSON(edge.validity, edge.tags, edge.notes, own.provenance, own.assumption, into: &f)
                return .object(f)
            })))
        }
        var out = ""
        JSONValue.object(top).write(into: &out, indent: "")
        return out + "\n"
    }

    private static func commonJSON(_ validity: ValidityPeriod, _ tags: [String], _ notes: String?, _ provenance: [Provenance],
                                   _ assumption: String?, into f: inout [(String, JSONValue)]) {
        if let v = validity.since { f.append(("since", .string(v.description))) }
        if let v = validity.until { f.append(("until", .string(v.description))) }
        if !tags.isEmpty { f.append(("tags", .array(tags.map { .string($0) }))) }
        if let v = notes { f.append(("notes", .string(v))) }
        let records: [JSONValue] = provenance.map { p in
            var r: [(String, JSONValue)] = [("ref", .string(p.ref))]
            if let v = p.section { r.append(("section", .string(v))) }
            if let v = p.excerpt { r.append(("excerpt", .string(v))) }
            return .object(r)
        }
        if records.count == 1 { f.append(("source", records[0])) } else if records.count > 1 { f.append(("source", .array(records))) }
        if let v = assumption { f.append(("assumption", .string(v))) }
    }

    private static func localizedJSON(_ text: LocalizedText) -> JSONValue {
        if let universal = text.universal, text.translations.isEmpty { return .string(universal) }
        return .object(text.languages.map { ($0, .string(text.translations[$0] ?? "")) })
    }
}

/// A tiny ordered JSON tree for writing.
enum JSONValue {
    case string(String)
    case raw(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    func write(into out: inout String, indent: String) {
        switch self {
        case .string(let text): out += Escape.jsonString(text)
        case .raw(let text): out += text
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            out += "[\n"
            for (index, item) in items.enumerated() {
                out += indent + "  "
                item.write(into: &out, indent: indent + "  ")
                out += index + 1 < items.count ? ",\n" : "\n"
            }
            out += indent + "]"
        case .object(let fields):
            if fields.isEmpty { out += "{}"; return }
            out += "{\n"
            for (index, field) in fields.enumerated() {
                out += indent + "  " + Escape.jsonString(field.0) + ": "
                field.1.write(into: &out, indent: indent + "  ")
                out += index + 1 < fields.count ? ",\n" : "\n"
            }
            out += indent + "}"
        }
    }
}
