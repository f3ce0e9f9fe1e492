@testable import AgencyModel

/// The reader of networks before issue 16 (frozen copy, the oracle of `ReaderEquivalenceTests`): turns a located ``DocValue`` tree into a ``Network`` and its ``SourceMap``, reporting every
/// structural problem (unknown keys, wrong types, bad ids, dates, kinds, types) and going on
/// past each one, so that one run shows them all.
struct TreeNetworkDecoder {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var map: SourceMap
    /// The file's `defaults:`, given to nodes and edges that state no provenance.
    private var defaults: ProvenanceDefaults?

    static let topLevelKeys = ["format", "network", "title", "description", "as_of", "sources", "layers", "defaults", "nodes", "edges"]
    static let defaultsKeys = ["source", "assumption"]
    static let sourceKeys = ["id", "title", "publisher", "url", "language", "accessed"]
    static let nodeKeys = ["id", "kind", "name", "acronym", "level", "rank", "since", "until", "tags", "notes", "source", "assumption"]
    static let edgeKeys = ["id", "from", "to", "type", "weight", "since", "until", "tags", "notes", "source", "assumption"]
    static let provenanceKeys = ["ref", "section", "excerpt"]
    /// Keys of early drafts of the format, suggested by their current name.
    static let renamedKeys = ["quote": "excerpt", "label": "name", "sources": "source", "abbreviation": "acronym"]

    init(file: String) {
        self.file = file
        self.map = SourceMap(file: file)
    }

    private mutating func error(_ code: String, _ location: SourceLocation, _ message: String) {
        diagnostics.append(Diagnostic(.error, code, at: location, message))
    }

    // MARK: Top level

    mutating func decode(_ root: DocValue) -> Network? {
        map.root = root.location
        guard case .mapping(let entries) = root.content else {
            error("wrong-type", root.location, "the file must be a mapping with 'format', 'network', 'title' and 'nodes', found \(root.typeDescription)")
            return nil
        }
        checkKeys(entries, allowed: Self.topLevelKeys, in: "the top level")
        var fields: [String: DocValue] = [:]
        for entry in entries {
            fields[entry.key] = entry.value
            map.topLevelKeys[entry.key] = entry.keyLocation
            map.topLevel[entry.key] = entry.value.location
        }
        for required in ["format", "network", "title", "nodes"] where fields[required] == nil {
            error("missing-key", root.location, "missing required top-level key '\(required)'")
        }
        var formatVersion = Network.currentFormatVersion
        if let value = fields["format"], let version = integer(value, "format") {
            if version != Network.currentFormatVersion {
                error("unsupported-format", value.location, "unsupported format version \(version); this tool reads format \(Network.currentFormatVersion)")
            }
            formatVersion = version
        }
        let id = fields["network"].flatMap { identifier($0, "network") } ?? ""
        let title = fields["title"].flatMap { localized($0, "title") } ?? LocalizedText([:])
        let description = fields["description"].flatMap { localized($0, "description") }
        let asOf = fields["as_of"].flatMap { date($0, "as_of") }
        var sources: [Source] = []
        if let value = fields["sources"], let items = list(value, "sources") {
            for item in items { if let source = decodeSource(item) { sources.append(source) } }
        }
        let declaredLayers = fields["layers"].map { decodeLayers($0) } ?? []
        defaults = fields["defaults"].flatMap { decodeDefaults($0) }
        var nodes: [Node] = []
        if let value = fields["nodes"], let items = list(value, "nodes") {
            for item in items { if let node = decodeNode(item) { nodes.append(node) } }
        }
        var edges: [Edge] = []
        if let value = fields["edges"], let items = list(value, "edges") {
            for item in items { if let edge = decodeEdge(item) { edges.append(edge) } }
        }
        return Network(formatVersion: formatVersion, id: id, title: title, description: description, asOf: asOf,
                       sources: sources, nodes: nodes, edges: edges, declaredLayers: declaredLayers, defaults: defaults)
    }

    // MARK: Defaults

    /// The top-level `defaults:` map: `source` and/or `assumption`, read as on a node.
    mutating func decodeDefaults(_ value: DocValue) -> ProvenanceDefaults? {
        guard case .mapping(let entries) = value.content else {
            error("wrong-type", value.location, "'defaults' must be a mapping with 'source' and/or 'assumption' (e.g. {source: {ref: registry}}), found \(value.typeDescription)")
            return nil
        }
        checkKeys(entries, allowed: Self.defaultsKeys, in: "'defaults'")
        var locations = ElementLocations(start: value.location)
        let f = fieldsOf(entries, into: &locations)
        guard f["source"] != nil || f["assumption"] != nil else {
            error("missing-key", value.location, "'defaults' states neither 'source' nor 'assumption'; give one, or remove 'defaults'")
            return nil
        }
        var validity = ValidityPeriod(), tags: [String] = [], notes: String?
        var result = ProvenanceDefaults()
        decodeCommon(f, locations: &locations, validity: &validity, tags: &tags, notes: &notes,
                     provenance: &result.source, assumption: &result.assumption)
        map.defaults = locations
        return result
    }

    // MARK: Layers

    /// The top-level `layers:` map (layer name → list of edge types), in file order.
    ///
    /// Rules: names are ids and differ from the built-in layers' names; each list is non-empty
    /// and names known edge types (built in or `x-…`); a type is listed in one declared layer
    /// only (a repeat is reported at the second listing and left out). A declared layer may take
    /// built-in types: they leave their built-in layer (``Network/layers``).
    mutating func decodeLayers(_ value: DocValue) -> [Layer] {
        guard case .mapping(let entries) = value.content else {
            error("wrong-type", value.location, "'layers' must be a mapping from layer name to a list of edge types (e.g. {advice: [x-advice]}), found \(value.typeDescription)")
            return []
        }
        let builtInNames = Layer.builtIn.map(\.name)
        var claimedBy: [EdgeType: (layer: String, location: SourceLocation)] = [:]
        var layers: [Layer] = []
        for entry in entries {
            let name = entry.key
            guard Identifier.isValid(name) else {
                error("invalid-id", entry.keyLocation, "invalid layer name '\(name)': layer names use only a-z, 0-9, _ and -")
                continue
            }
            if builtInNames.contains(name) {
                error("reserved-layer-name", entry.keyLocation,
                      "'\(name)' is the name of a built-in layer (\(builtInNames.joined(separator: ", "))); give the declared layer another name (it may take built-in types)")
                continue
            }
            var locations = ElementLocations(start: entry.keyLocation)
            locations.fields["types"] = entry.value.location
            guard case .sequence(let items) = entry.value.content else {
                error("wrong-type", entry.value.location, "layer '\(name)' must be a list of edge types, found \(entry.value.typeDescription)")
                continue
            }
            if items.isEmpty {
                error("empty-layer", entry.value.location, "layer '\(name)' lists no edge types; list at least one or remove the layer")
            }
            var types: [EdgeType] = []
            for (position, item) in items.enumerated() {
                guard case .scalar(let scalar) = item.content, scalar.resolved == .string else {
                    error("wrong-type", item.location, "layer '\(name)' must list edge types (strings), found \(item.typeDescription)")
                    continue
                }
                let text = scalar.text
                let type = EdgeType(rawValue: text)
                guard type.isKnown else {
                    let names = EdgeType.builtIn.map(\.rawValue)
                    let hint = text.hasPrefix("x-") ? "; custom types are 'x-' followed by a-z, 0-9, _ or -" : Suggestion.hint(for: text, in: names)
                    error("unknown-type", item.location, "unknown edge type '\(text)' in layer '\(name)'\(hint)")
                    continue
                }
                if let first = claimedBy[type] {
                    let place = first.layer == name ? "listed twice in layer '\(name)'" : "already in layer '\(first.layer)'"
                    error("duplicate-layer-type", item.location,
                          "edge type '\(text)' is \(place) (first at \(first.location.line):\(first.location.column)); an edge type belongs to one layer")
                    continue
                }
                claimedBy[type] = (name, item.location)
                locations.fields["types[\(position)]"] = item.location
                types.append(type)
            }
            guard !types.isEmpty else { continue }
            map.layers.append(locations)
            layers.append(Layer(name: name, types: types))
        }
        return layers
    }

    // MARK: Items

    private mutating func decodeSource(_ value: DocValue) -> Source? {
        guard let entries = mapping(value, "a source") else { return nil }
        checkKeys(entries, allowed: Self.sourceKeys, in: "a source")
        var locations = ElementLocations(start: value.location)
        let f = fieldsOf(entries, into: &locations)
        guard let idValue = f["id"] else {
            error("missing-key", value.location, "source has no 'id'")
            return nil
        }
        guard let id = identifier(idValue, "id") else { return nil }
        let title = f["title"].flatMap { string($0, "title") }
        if f["title"] == nil { error("missing-key", value.location, "source '\(id)' has no 'title'") }
        let url = f["url"].flatMap { string($0, "url") }
        if let url, let urlValue = f["url"], !(url.hasPrefix("https://") || url.hasPrefix("http://")) {
            error("invalid-url", urlValue.location, "url '\(url)' must start with http:// or https://")
        }
        let sourceLanguage = f["language"].flatMap { languageTag($0, "language") }
        map.sources.append(locations)
        return Source(id: id, title: title ?? "", publisher: f["publisher"].flatMap { string($0, "publisher") },
                      url: url, language: sourceLanguage, accessed: f["accessed"].flatMap { date($0, "accessed") })
    }

    private mutating func decodeNode(_ value: DocValue) -> Node? {
        guard let entries = mapping(value, "a node") else { return nil }
        checkKeys(entries, allowed: Self.nodeKeys, in: "a node")
        var locations = ElementLocations(start: value.location)
        let f = fieldsOf(entries, into: &locations)
        guard let idValue = f["id"] else {
            error("missing-key", value.location, "node has no 'id'")
            return nil
        }
        guard let id = identifier(idValue, "id") else { return nil }
        var kind = NodeKind(rawValue: "")
        if let kindValue = f["kind"] {
            if let text = string(kindValue, "kind") {
                kind = NodeKind(rawValue: text)
                if !kind.isKnown {
                    let names = NodeKind.builtIn.map(\.rawValue)
                    let hint = text.hasPrefix("x-") ? "; custom kinds are 'x-' followed by a-z, 0-9, _ or -" : Suggestion.hint(for: text, in: names)
                    error("unknown-kind", kindValue.location, "unknown node kind '\(text)'\(hint) (kinds: \(names.joined(separator: ", ")), or x-…)")
                }
            }
        } else {
            error("missing-key", value.location, "node '\(id)' has no 'kind'")
        }
        var node = Node(id: id, kind: kind)
        node.name = f["name"].flatMap { localized($0, "name") }
        node.acronym = f["acronym"].flatMap { localized($0, "acronym") }
        node.level = f["level"].flatMap { identifier($0, "level") }
        node.rank = f["rank"].flatMap { integer($0, "rank") }
        decodeCommon(f, locations: &locations, validity: &node.validity, tags: &node.tags, notes: &node.notes,
                     provenance: &node.provenance, assumption: &node.assumption)
        map.nodes.append(locations)
        return node
    }

    private mutating func decodeEdge(_ value: DocValue) -> Edge? {
        guard let entries = mapping(value, "an edge") else { return nil }
        checkKeys(entries, allowed: Self.edgeKeys, in: "an edge")
        var locations = ElementLocations(start: value.location)
        let f = fieldsOf(entries, into: &locations)
        var complete = true
        for required in ["from", "to", "type"] where f[required] == nil {
            error("missing-key", value.location, "edge has no '\(required)'")
            complete = false
        }
        let from = f["from"].flatMap { identifier($0, "from") }
        let to = f["to"].flatMap { identifier($0, "to") }
        var type: EdgeType?
        if let typeValue = f["type"], let text = string(typeValue, "type") {
            let candidate = EdgeType(rawValue: text)
            if candidate.isKnown {
                type = candidate
            } else {
                let names = EdgeType.builtIn.map(\.rawValue)
                let hint = text.hasPrefix("x-") ? "; custom types are 'x-' followed by a-z, 0-9, _ or -" : Suggestion.hint(for: text, in: names)
                error("unknown-type", typeValue.location, "unknown edge type '\(text)'\(hint)")
                type = candidate
            }
        }
        let id = f["id"].flatMap { identifier($0, "id") }
        var weight: Double?
        if let weightValue = f["weight"], let number = number(weightValue, "weight") {
            if number > 0, number.isFinite {
                weight = number
            } else {
                error("invalid-weight", weightValue.location, "weight must be a number greater than 0, found \(scalarText(weightValue))")
            }
        }
        guard complete, let from, let to, let type else { return nil }
        var edge = Edge(id: id, from: from, to: to, type: type, weight: weight)
        decodeCommon(f, locations: &locations, validity: &edge.validity, tags: &edge.tags, notes: &edge.notes,
                     provenance: &edge.provenance, assumption: &edge.assumption)
        map.edges.append(locations)
        return edge
    }

    private mutating func decodeCommon(_ f: [String: DocValue], locations: inout ElementLocations, validity: inout ValidityPeriod,
                                       tags: inout [String], notes: inout String?, provenance: inout [Provenance],
                                       assumption: inout String?) {
        validity.since = f["since"].flatMap { date($0, "since") }
        validity.until = f["until"].flatMap { date($0, "until") }
        if let value = f["tags"], let items = list(value, "tags") {
            tags = items.compactMap { string($0, "a tag") }
        }
        notes = f["notes"].flatMap { string($0, "notes") }
        if let value = f["assumption"], case .scalar(let scalar) = value.content, scalar.resolved == .bool {
            error("wrong-type", value.location, "'assumption' must say why the fact is assumed (a string), found the boolean \(scalar.text)")
        } else if let value = f["assumption"], let text = string(value, "assumption") {
            if text.trimmingWhitespaceAndPeriod.isEmpty {
                error("empty-assumption", value.location, "assumption must say why the fact is assumed")
            }
            assumption = text
        }
        if let value = f["source"] {
            provenance = decodeProvenance(value, locations: &locations)
        }
        if let defaults, f["source"] == nil, f["assumption"] == nil {
            provenance = defaults.source
            assumption = defaults.assumption
        }
    }

    private mutating func decodeProvenance(_ value: DocValue, locations: inout ElementLocations) -> [Provenance] {
        let items: [DocValue]
        switch value.content {
        case .mapping: items = [value]
        case .sequence(let list): items = list
        case .scalar:
            error("wrong-type", value.location, "'source' must be a mapping {ref, section, excerpt} or a list of them, found \(value.typeDescription)")
            return []
        }
        var result: [Provenance] = []
        for (position, item) in items.enumerated() {
            guard let entries = mapping(item, "a source reference") else { continue }
            checkKeys(entries, allowed: Self.provenanceKeys, in: "a source reference")
            let path = "source[\(position)]"
            locations.fields[path] = item.location
            var f: [String: DocValue] = [:]
            for entry in entries {
                f[entry.key] = entry.value
                locations.fields[path + "." + entry.key] = entry.value.location
            }
            guard let refValue = f["ref"] else {
                error("missing-key", item.location, "source reference has no 'ref'")
                continue
            }
            guard let ref = identifier(refValue, "ref") else { continue }
            var record = Provenance(ref: ref)
            record.section = f["section"].flatMap { string($0, "section") }
            if let excerptValue = f["excerpt"], let excerpt = string(excerptValue, "excerpt") {
                if excerpt.count > Provenance.maximumExcerptLength {
                    error("excerpt-too-long", excerptValue.location,
                          "excerpt is \(excerpt.count) characters, over the limit of \(Provenance.maximumExcerptLength); quote a shorter passage")
                }
                record.excerpt = excerpt
            }
            result.append(record)
        }
        return result
    }

    // MARK: Value helpers

    private func fieldsOf(_ entries: [DocValue.Entry], into locations: inout ElementLocations) -> [String: DocValue] {
        var fields: [String: DocValue] = [:]
        for entry in entries {
            fields[entry.key] = entry.value
            locations.fields[entry.key] = entry.value.location
        }
        return fields
    }

    private mutating func checkKeys(_ entries: [DocValue.Entry], allowed: [String], in context: String) {
        for entry in entries where !allowed.contains(entry.key) {
            var hint = Suggestion.hint(for: entry.key, in: allowed)
            if let renamed = Self.renamedKeys[entry.key], allowed.contains(renamed) { hint = "; did you mean '\(renamed)'?" }
            error("unknown-key", entry.keyLocation, "unknown key '\(entry.key)' in \(context)\(hint)")
        }
    }

    private mutating func mapping(_ value: DocValue, _ what: String) -> [DocValue.Entry]? {
        guard case .mapping(let entries) = value.content else {
            error("wrong-type", value.location, "expected \(what) (a mapping), found \(value.typeDescription)")
            return nil
        }
        return entries
    }

    private mutating func list(_ value: DocValue, _ field: String) -> [DocValue]? {
        guard case .sequence(let items) = value.content else {
            error("wrong-type", value.location, "'\(field)' must be a list, found \(value.typeDescription)")
            return nil
        }
        return items
    }

    private func scalarText(_ value: DocValue) -> String {
        if case .scalar(let scalar) = value.content { return scalar.text }
        return value.typeDescription
    }

    private mutating func string(_ value: DocValue, _ field: String) -> String? {
        guard case .scalar(let scalar) = value.content, scalar.resolved == .string else {
            var message = "'\(field)' must be a string, found \(value.typeDescription)"
            if case .scalar(let scalar) = value.content, scalar.resolved != .null { message += "; quote it: \"\(scalar.text)\"" }
            error("wrong-type", value.location, message)
            return nil
        }
        return scalar.text
    }

    private mutating func identifier(_ value: DocValue, _ field: String) -> String? {
        guard let text = string(value, field) else { return nil }
        guard Identifier.isValid(text) else {
            error("invalid-id", value.location, "invalid id '\(text)' in '\(field)': ids use only a-z, 0-9, _ and -")
            return nil
        }
        return text
    }

    private mutating func languageTag(_ value: DocValue, _ field: String) -> String? {
        guard let text = string(value, field) else { return nil }
        guard Identifier.isLanguageTag(text) else {
            error("invalid-language", value.location, "invalid language tag '\(text)' in '\(field)': use a BCP 47 tag such as fr, nl, de, en or nl-BE")
            return nil
        }
        return text
    }

    private mutating func integer(_ value: DocValue, _ field: String) -> Int? {
        guard case .scalar(let scalar) = value.content, scalar.resolved == .int, let number = Int(scalar.text) else {
            error("wrong-type", value.location, "'\(field)' must be an integer, found \(value.typeDescription)")
            return nil
        }
        return number
    }

    private mutating func number(_ value: DocValue, _ field: String) -> Double? {
        guard case .scalar(let scalar) = value.content, scalar.resolved == .int || scalar.resolved == .float else {
            error("wrong-type", value.location, "'\(field)' must be a number, found \(value.typeDescription)")
            return nil
        }
        let text = scalar.text.replacingOccurrences(of: "Inf", with: "inf").replacingOccurrences(of: "INF", with: "inf")
        guard let number = Double(text.hasPrefix(".") || text.hasPrefix("+.") || text.hasPrefix("-.") ? text.replacingOccurrences(of: ".", with: "") : text) else {
            error("wrong-type", value.location, "'\(field)' must be a number, found \(scalar.text)")
            return nil
        }
        return number
    }

    private mutating func date(_ value: DocValue, _ field: String) -> PartialDate? {
        guard case .scalar(let scalar) = value.content, scalar.resolved == .string || scalar.resolved == .int else {
            error("bad-date", value.location, "'\(field)' must be a date YYYY, YYYY-MM or YYYY-MM-DD, found \(value.typeDescription)")
            return nil
        }
        guard let date = PartialDate(parsing: scalar.text) else {
            error("bad-date", value.location, "invalid date '\(scalar.text)' in '\(field)': use YYYY, YYYY-MM or YYYY-MM-DD (a real calendar date)")
            return nil
        }
        return date
    }

    private mutating func localized(_ value: DocValue, _ field: String) -> LocalizedText? {
        switch value.content {
        case .scalar:
            return string(value, field).map { LocalizedText(universal: $0) }
        case .sequence:
            error("wrong-type", value.location, "'\(field)' must be a mapping from language to text (e.g. {fr: …, en: …}) or a string, found a list")
            return nil
        case .mapping(let entries):
            if entries.isEmpty {
                error("wrong-type", value.location, "'\(field)' must not be empty")
                return nil
            }
            var translations: [String: String] = [:]
            for entry in entries {
                guard Identifier.isLanguageTag(entry.key) else {
                    error("invalid-language", entry.keyLocation, "invalid language tag '\(entry.key)' in '\(field)': use a BCP 47 tag such as fr, nl, de, en or nl-BE")
                    continue
                }
                if let text = string(entry.value, "\(field).\(entry.key)") { translations[entry.key] = text }
            }
            return LocalizedText(translations)
        }
    }
}
