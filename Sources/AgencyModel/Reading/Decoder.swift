/// Turns a located document on a ``Tape`` into a ``Network`` and its ``SourceMap``, reporting
/// every structural problem (unknown keys, wrong types, bad ids, dates, kinds, types) and going
/// on past each one, so that one run shows them all.
///
/// The items of the top-level `nodes` and `edges` lists are decoded while the file is read, as
/// each one ends (``TapeSink``), and dropped from the tape; the rest of the document (title,
/// sources, layers, `defaults:`) is decoded at the end, from the tape. `defaults:` may come
/// after the lists, so it is given to the elements that state no provenance once all are read.
/// The element limits (``InputLimits/maximumNodes``, ``InputLimits/maximumEdges``) are checked
/// as items arrive.
struct NetworkDecoder: TapeSink {
    let tape: Tape
    let file: String
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var map: SourceMap
    /// The file's `defaults:`, given to nodes and edges that state no provenance.
    private var defaults: ProvenanceDefaults?
    private var nodes: [Node] = []
    private var edges: [Edge] = []
    /// Items of `nodes` and `edges` seen, decodable or not (for the limits).
    private var itemCounts = (nodes: 0, edges: 0)
    private let limits: (nodes: Int, edges: Int)
    /// The last provenance decoded: an element that cites the same gets the same array (one
    /// allocation shared by every element of a file that cites one source everywhere).
    private var lastProvenance: [Provenance] = []
    /// The last node kind and edge type found known (most items repeat the previous one's).
    private var lastKnownKind: NodeKind?
    /// Edge types found known so far (the first 32): most files use a handful.
    private var knownTypes: [EdgeType] = []

    static let topLevelKeys = ["format", "network", "title", "description", "as_of", "sources", "layers", "defaults", "nodes", "edges"]
    static let defaultsKeys = ["source", "assumption"]
    static let defaultsKeySet = KeySet(defaultsKeys)
    static let sourceKeys = ["id", "title", "publisher", "url", "language", "accessed"]
    static let sourceKeySet = KeySet(sourceKeys)
    static let nodeKeys = ["id", "kind", "name", "acronym", "level", "rank", "since", "until", "tags", "notes", "source", "assumption"]
    static let nodeKeySet = KeySet(nodeKeys)
    static let edgeKeys = ["id", "from", "to", "type", "weight", "since", "until", "tags", "notes", "source", "assumption"]
    static let edgeKeySet = KeySet(edgeKeys)
    static let provenanceKeys = ["ref", "section", "excerpt"]
    static let provenanceKeySet = KeySet(provenanceKeys)
    static let requiredEdgeKeys = [("from", FieldPath.from), ("to", FieldPath.to), ("type", FieldPath.type)]
    /// Keys of early drafts of the format, suggested by their current name.
    static let renamedKeys = ["quote": "excerpt", "label": "name", "sources": "source", "abbreviation": "acronym"]

    init(tape: Tape) {
        self.tape = tape
        self.file = tape.file
        self.map = SourceMap(file: tape.file)
        self.limits = (InputLimits.maximumNodes, InputLimits.maximumEdges)
    }

    private mutating func error(_ code: String, _ location: SourceLocation, _ message: String) {
        diagnostics.append(Diagnostic(.error, code, at: location, message))
    }

    // MARK: Streaming

    mutating func item(of list: StreamedList, at index: Int) throws(ReadFailure) {
        switch list {
        case .nodes:
            itemCounts.nodes += 1
            if itemCounts.nodes > limits.nodes {
                throw .diagnostic(Diagnostic(.error, "too-many-nodes", at: tape.location(index),
                    "more than \(limits.nodes) nodes: over the limit on nodes of one network (\(InputLimits.maximumNodesVariable) raises it)"))
            }
            if let node = decodeNode(index) { nodes.append(node) }
        case .edges:
            itemCounts.edges += 1
            if itemCounts.edges > limits.edges {
                throw .diagnostic(Diagnostic(.error, "too-many-edges", at: tape.location(index),
                    "more than \(limits.edges) edges: over the limit on edges of one network (\(InputLimits.maximumEdgesVariable) raises it)"))
            }
            if let edge = decodeEdge(index) { edges.append(edge) }
        }
    }

    // MARK: Top level

    /// Decodes what was not streamed and assembles the network; `streamed` gives the tape index
    /// of each list whose items were already decoded.
    mutating func decode(_ root: Int, streamed: [Int: StreamedList]) -> Network? {
        map.root = tape.location(root)
        guard tape.kind(root) == .mapping else {
            error("wrong-type", tape.location(root), "the file must be a mapping with 'format', 'network', 'title' and 'nodes', found \(tape.typeDescription(root))")
            return nil
        }
        var fields: [String: Int] = [:]
        var key = root + 1
        while key < tape.next(root) {
            let name = tape.text(key)
            if !Self.topLevelKeys.contains(name) { unknownKey(key, name, allowed: Self.topLevelKeys, in: "the top level") }
            fields[name] = key + 1
            map.topLevelKeys[name] = tape.location(key)
            map.topLevel[name] = tape.location(key + 1)
            key = tape.next(key + 1)
        }
        for required in ["format", "network", "title", "nodes"] where fields[required] == nil {
            error("missing-key", tape.location(root), "missing required top-level key '\(required)'")
        }
        var formatVersion = Network.currentFormatVersion
        if let value = fields["format"], let version = integer(value, "format") {
            if version != Network.currentFormatVersion {
                error("unsupported-format", tape.location(value), "unsupported format version \(version); this tool reads format \(Network.currentFormatVersion)")
            }
            formatVersion = version
        }
        let id = fields["network"].flatMap { identifier($0, "network") } ?? ""
        let title = fields["title"].flatMap { localized($0, "title") } ?? LocalizedText([:])
        let description = fields["description"].flatMap { localized($0, "description") }
        let asOf = fields["as_of"].flatMap { date($0, "as_of") }
        var sources: [Source] = []
        if let value = fields["sources"], list(value, "sources") {
            forEachItem(of: value) { decoder, item in if let source = decoder.decodeSource(item) { sources.append(source) } }
        }
        let declaredLayers = fields["layers"].map { decodeLayers($0) } ?? []
        defaults = fields["defaults"].flatMap { decodeDefaults($0) }
        if let value = fields["nodes"], streamed[value] == nil, list(value, "nodes") {
            forEachItem(of: value) { decoder, item in if let node = decoder.decodeNode(item) { decoder.nodes.append(node) } }
        }
        if let value = fields["edges"], streamed[value] == nil, list(value, "edges") {
            forEachItem(of: value) { decoder, item in if let edge = decoder.decodeEdge(item) { decoder.edges.append(edge) } }
        }
        if let defaults { inherit(defaults) }
        return Network(formatVersion: formatVersion, id: id, title: title, description: description, asOf: asOf,
                       sources: sources, nodes: nodes, edges: edges, declaredLayers: declaredLayers, defaults: defaults)
    }

    /// Gives `defaults` to every node and edge that states neither `source` nor `assumption`.
    private mutating func inherit(_ defaults: ProvenanceDefaults) {
        for position in nodes.indices where !map.nodes[position].has(code: FieldPath.source) && !map.nodes[position].has(code: FieldPath.assumption) {
            nodes[position].provenance = defaults.source
            nodes[position].assumption = defaults.assumption
        }
        for position in edges.indices where !map.edges[position].has(code: FieldPath.source) && !map.edges[position].has(code: FieldPath.assumption) {
            edges[position].provenance = defaults.source
            edges[position].assumption = defaults.assumption
        }
    }

    private mutating func forEachItem(of list: Int, _ body: (inout NetworkDecoder, Int) -> Void) {
        var item = list + 1
        let end = tape.next(list)
        while item < end {
            body(&self, item)
            item = tape.next(item)
        }
    }

    // MARK: Defaults

    /// The top-level `defaults:` map: `source` and/or `assumption`, read as on a node.
    mutating func decodeDefaults(_ value: Int) -> ProvenanceDefaults? {
        guard tape.kind(value) == .mapping else {
            error("wrong-type", tape.location(value), "'defaults' must be a mapping with 'source' and/or 'assumption' (e.g. {source: {ref: registry}}), found \(tape.typeDescription(value))")
            return nil
        }
        var locations = ElementLocations(start: tape.location(value))
        let f = fieldsOf(value, Self.defaultsKeySet, in: "'defaults'", into: &locations)
        guard f[FieldPath.source] != nil || f[FieldPath.assumption] != nil else {
            error("missing-key", tape.location(value), "'defaults' states neither 'source' nor 'assumption'; give one, or remove 'defaults'")
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
    mutating func decodeLayers(_ value: Int) -> [Layer] {
        guard tape.kind(value) == .mapping else {
            error("wrong-type", tape.location(value), "'layers' must be a mapping from layer name to a list of edge types (e.g. {advice: [x-advice]}), found \(tape.typeDescription(value))")
            return []
        }
        let builtInNames = Layer.builtIn.map(\.name)
        var claimedBy: [EdgeType: (layer: String, location: SourceLocation)] = [:]
        var layers: [Layer] = []
        var key = value + 1
        while key < tape.next(value) {
            let entryValue = key + 1
            defer { key = tape.next(entryValue) }
            let name = tape.text(key)
            guard Identifier.isValid(name) else {
                error("invalid-id", tape.location(key), "invalid layer name '\(name)': layer names use only a-z, 0-9, _ and -")
                continue
            }
            if builtInNames.contains(name) {
                error("reserved-layer-name", tape.location(key),
                      "'\(name)' is the name of a built-in layer (\(builtInNames.joined(separator: ", "))); give the declared layer another name (it may take built-in types)")
                continue
            }
            var locations = ElementLocations(start: tape.location(key))
            locations.set("types", at: tape.nodes[entryValue])
            guard tape.kind(entryValue) == .sequence else {
                error("wrong-type", tape.location(entryValue), "layer '\(name)' must be a list of edge types, found \(tape.typeDescription(entryValue))")
                continue
            }
            if tape.count(entryValue) == 0 {
                error("empty-layer", tape.location(entryValue), "layer '\(name)' lists no edge types; list at least one or remove the layer")
            }
            var types: [EdgeType] = []
            var item = entryValue + 1, position = 0
            while item < tape.next(entryValue) {
                defer { item = tape.next(item); position += 1 }
                guard tape.kind(item) == .string else {
                    error("wrong-type", tape.location(item), "layer '\(name)' must list edge types (strings), found \(tape.typeDescription(item))")
                    continue
                }
                let text = tape.text(item)
                let type = EdgeType(rawValue: text)
                guard type.isKnown else {
                    let names = EdgeType.builtIn.map(\.rawValue)
                    let hint = text.hasPrefix("x-") ? "; custom types are 'x-' followed by a-z, 0-9, _ or -" : Suggestion.hint(for: text, in: names)
                    error("unknown-type", tape.location(item), "unknown edge type '\(text)' in layer '\(name)'\(hint)")
                    continue
                }
                if let first = claimedBy[type] {
                    let place = first.layer == name ? "listed twice in layer '\(name)'" : "already in layer '\(first.layer)'"
                    error("duplicate-layer-type", tape.location(item),
                          "edge type '\(text)' is \(place) (first at \(first.location.line):\(first.location.column)); an edge type belongs to one layer")
                    continue
                }
                claimedBy[type] = (name, tape.location(item))
                locations.set("types[\(position)]", at: tape.nodes[item])
                types.append(type)
            }
            guard !types.isEmpty else { continue }
            map.layers.append(locations)
            layers.append(Layer(name: name, types: types))
        }
        return layers
    }

    // MARK: Items

    private mutating func decodeSource(_ value: Int) -> Source? {
        guard mapping(value, "a source") else { return nil }
        var locations = ElementLocations(start: tape.location(value))
        let f = fieldsOf(value, Self.sourceKeySet, in: "a source", into: &locations)
        guard let idValue = f[FieldPath.id] else {
            error("missing-key", tape.location(value), "source has no 'id'")
            return nil
        }
        guard let id = identifier(idValue, "id") else { return nil }
        let title = f[FieldPath.title].flatMap { string($0, "title") }
        if f[FieldPath.title] == nil { error("missing-key", tape.location(value), "source '\(id)' has no 'title'") }
        let url = f[FieldPath.url].flatMap { string($0, "url") }
        if let url, let urlValue = f[FieldPath.url], !(url.hasPrefix("https://") || url.hasPrefix("http://")) {
            error("invalid-url", tape.location(urlValue), "url '\(url)' must start with http:// or https://")
        }
        let sourceLanguage = f[FieldPath.language].flatMap { languageTag($0, "language") }
        map.sources.append(locations)
        return Source(id: id, title: title ?? "", publisher: f[FieldPath.publisher].flatMap { string($0, "publisher") },
                      url: url, language: sourceLanguage, accessed: f[FieldPath.accessed].flatMap { date($0, "accessed") })
    }

    private mutating func decodeNode(_ value: Int) -> Node? {
        guard mapping(value, "a node") else { return nil }
        var locations = ElementLocations(start: tape.location(value))
        let f = fieldsOf(value, Self.nodeKeySet, in: "a node", into: &locations)
        guard let idValue = f[FieldPath.id] else {
            error("missing-key", tape.location(value), "node has no 'id'")
            return nil
        }
        guard let id = identifier(idValue, "id") else { return nil }
        var kind = NodeKind(rawValue: "")
        if let kindValue = f[FieldPath.kind] {
            if let text = string(kindValue, "kind") {
                kind = NodeKind(rawValue: text)
                if kind == lastKnownKind {
                    // Known: checked on an earlier node.
                } else if kind.isKnown {
                    lastKnownKind = kind
                } else {
                    let names = NodeKind.builtIn.map(\.rawValue)
                    let hint = text.hasPrefix("x-") ? "; custom kinds are 'x-' followed by a-z, 0-9, _ or -" : Suggestion.hint(for: text, in: names)
                    error("unknown-kind", tape.location(kindValue), "unknown node kind '\(text)'\(hint) (kinds: \(names.joined(separator: ", ")), or x-…)")
                }
            }
        } else {
            error("missing-key", tape.location(value), "node '\(id)' has no 'kind'")
        }
        var node = Node(id: id, kind: kind)
        node.name = f[FieldPath.name].flatMap { localized($0, "name") }
        node.acronym = f[FieldPath.acronym].flatMap { localized($0, "acronym") }
        node.level = f[FieldPath.level].flatMap { identifier($0, "level") }
        node.rank = f[FieldPath.rank].flatMap { integer($0, "rank") }
        decodeCommon(f, locations: &locations, validity: &node.validity, tags: &node.tags, notes: &node.notes,
                     provenance: &node.provenance, assumption: &node.assumption)
        map.nodes.append(locations)
        return node
    }

    private mutating func decodeEdge(_ value: Int) -> Edge? {
        guard mapping(value, "an edge") else { return nil }
        var locations = ElementLocations(start: tape.location(value))
        let f = fieldsOf(value, Self.edgeKeySet, in: "an edge", into: &locations)
        var complete = true
        for (required, code) in Self.requiredEdgeKeys where f[code] == nil {
            error("missing-key", tape.location(value), "edge has no '\(required)'")
            complete = false
        }
        let from = f[FieldPath.from].flatMap { identifier($0, "from") }
        let to = f[FieldPath.to].flatMap { identifier($0, "to") }
        var type: EdgeType?
        if let typeValue = f[FieldPath.type], let text = string(typeValue, "type") {
            let candidate = EdgeType(rawValue: text)
            if knownTypes.contains(candidate) {
                type = candidate
            } else if candidate.isKnown {
                if knownTypes.count < 32 { knownTypes.append(candidate) }
                type = candidate
            } else {
                let names = EdgeType.builtIn.map(\.rawValue)
                let hint = text.hasPrefix("x-") ? "; custom types are 'x-' followed by a-z, 0-9, _ or -" : Suggestion.hint(for: text, in: names)
                error("unknown-type", tape.location(typeValue), "unknown edge type '\(text)'\(hint)")
                type = candidate
            }
        }
        let id = f[FieldPath.id].flatMap { identifier($0, "id") }
        var weight: Double?
        if let weightValue = f[FieldPath.weight], let number = number(weightValue, "weight") {
            if number > 0, number.isFinite {
                weight = number
            } else {
                error("invalid-weight", tape.location(weightValue), "weight must be a number greater than 0, found \(scalarText(weightValue))")
            }
        }
        guard complete, let from, let to, let type else { return nil }
        var edge = Edge(id: id, from: from, to: to, type: type, weight: weight)
        decodeCommon(f, locations: &locations, validity: &edge.validity, tags: &edge.tags, notes: &edge.notes,
                     provenance: &edge.provenance, assumption: &edge.assumption)
        map.edges.append(locations)
        return edge
    }

    private mutating func decodeCommon(_ f: Fields, locations: inout ElementLocations, validity: inout ValidityPeriod,
                                       tags: inout [String], notes: inout String?, provenance: inout [Provenance],
                                       assumption: inout String?) {
        validity.since = f[FieldPath.since].flatMap { date($0, "since") }
        validity.until = f[FieldPath.until].flatMap { date($0, "until") }
        if let value = f[FieldPath.tags], list(value, "tags") {
            var collected: [String] = []
            forEachItem(of: value) { decoder, item in if let tag = decoder.string(item, "a tag") { collected.append(tag) } }
            tags = collected
        }
        notes = f[FieldPath.notes].flatMap { string($0, "notes") }
        if let value = f[FieldPath.assumption], tape.kind(value) == .bool {
            error("wrong-type", tape.location(value), "'assumption' must say why the fact is assumed (a string), found the boolean \(tape.text(value))")
        } else if let value = f[FieldPath.assumption], let text = string(value, "assumption") {
            if text.trimmingWhitespaceAndPeriod.isEmpty {
                error("empty-assumption", tape.location(value), "assumption must say why the fact is assumed")
            }
            assumption = text
        }
        if let value = f[FieldPath.source] {
            provenance = decodeProvenance(value, locations: &locations)
        }
    }

    private static let sourcePaths = (0 ..< 8).map { FieldPath.code("source[\($0)]") }
    private static let sourcePrefixes = (0 ..< 8).map { "source[\($0)]." }
    private static let sourceFieldPaths = (0 ..< 8).map { position in provenanceKeySet.names.map { FieldPath.code("source[\(position)].\($0)") } }

    private mutating func decodeProvenance(_ value: Int, locations: inout ElementLocations) -> [Provenance] {
        let first: Int, end: Int
        switch tape.kind(value) {
        case .mapping: first = value; end = tape.next(value)
        case .sequence: first = value + 1; end = tape.next(value)
        default:
            error("wrong-type", tape.location(value), "'source' must be a mapping {ref, section, excerpt} or a list of them, found \(tape.typeDescription(value))")
            return []
        }
        // One record (the usual case) is kept out of an array until it is known to differ from
        // the last provenance decoded, so that a repeat costs no allocation.
        var single: Provenance?
        var result: [Provenance] = []
        var item = first, position = 0
        while item < end {
            defer { item = tape.next(item); position += 1 }
            guard mapping(item, "a source reference") else { continue }
            let f: Fields
            if position < Self.sourcePaths.count {
                locations.set(code: Self.sourcePaths[position], at: tape.nodes[item])
                f = fields(of: item, Self.provenanceKeySet, in: "a source reference", codes: Self.sourceFieldPaths[position],
                           prefix: Self.sourcePrefixes[position], into: &locations)
            } else {
                let path = "source[\(position)]"
                locations.set(path, at: tape.nodes[item])
                f = fields(of: item, Self.provenanceKeySet, in: "a source reference", codes: nil, prefix: path + ".", into: &locations)
            }
            guard let refValue = f[FieldPath.ref] else {
                error("missing-key", tape.location(item), "source reference has no 'ref'")
                continue
            }
            guard let ref = identifier(refValue, "ref") else { continue }
            var record = Provenance(ref: ref)
            record.section = f[FieldPath.section].flatMap { string($0, "section") }
            if let excerptValue = f[FieldPath.excerpt], let excerpt = string(excerptValue, "excerpt") {
                if excerpt.count > Provenance.maximumExcerptLength {
                    error("excerpt-too-long", tape.location(excerptValue),
                          "excerpt is \(excerpt.count) characters, over the limit of \(Provenance.maximumExcerptLength); quote a shorter passage")
                }
                record.excerpt = excerpt
            }
            if single == nil && result.isEmpty {
                single = record
            } else {
                if let earlier = single { result.append(earlier); single = nil }
                result.append(record)
            }
        }
        if let single {
            if lastProvenance.count == 1 && lastProvenance[0] == single { return lastProvenance }
            result = [single]
        }
        if result == lastProvenance { return lastProvenance }
        lastProvenance = result
        return result
    }

    // MARK: Fields

    /// The keys allowed in one kind of mapping, with their UTF-8 for matching keys on the tape and
    /// their path codes in ``ElementLocations``.
    struct KeySet: Sendable {
        let names: [String]
        let utf8: [[UInt8]]
        let codes: [UInt16]
        /// Path code to the key's slot, -1 when the key is not in the set.
        let slotOfCode: [Int8]
        init(_ names: [String]) {
            self.names = names
            self.utf8 = names.map { Array($0.utf8) }
            self.codes = names.map { FieldPath.code($0) }
            var slots = [Int8](repeating: -1, count: FieldPath.names.count)
            for (slot, code) in codes.enumerated() { slots[Int(code)] = Int8(slot) }
            self.slotOfCode = slots
        }
    }

    /// The values of a mapping's known keys (tape indices), by name.
    struct Fields {
        let keys: KeySet
        var values: [Int]
        subscript(name: String) -> Int? {
            guard let slot = keys.names.firstIndex(of: name) else { return nil }
            let value = values[slot]
            return value < 0 ? nil : value
        }

        /// The value of the key of path code `code` (``FieldPath``): no string compared.
        subscript(code: UInt16) -> Int? {
            let slot = Int(keys.slotOfCode[Int(code)])
            guard slot >= 0 else { return nil }
            let value = values[slot]
            return value < 0 ? nil : value
        }
    }

    /// The known keys' values of the mapping at `value`, reporting unknown keys; records where
    /// each value is in `locations`: a known key under its code in `codes` (its name after
    /// `prefix` when `codes` is `nil`), an unknown one under `prefix` + its name.
    private mutating func fields(of value: Int, _ keys: KeySet, in context: String, codes: [UInt16]?, prefix: String,
                                 into locations: inout ElementLocations) -> Fields {
        var result = Fields(keys: keys, values: Array(repeating: -1, count: keys.names.count))
        var key = value + 1
        let end = tape.next(value)
        while key < end {
            let entryValue = key + 1
            var slot: Int?
            for (index, name) in keys.utf8.enumerated() where tape.textEquals(key, name) {
                slot = index
                break
            }
            if let slot {
                result.values[slot] = entryValue
                if let codes {
                    locations.set(code: codes[slot], at: tape.nodes[entryValue])
                } else {
                    locations.set(prefix + keys.names[slot], at: tape.nodes[entryValue])
                }
            } else {
                let name = tape.text(key)
                unknownKey(key, name, allowed: keys.names, in: context)
                locations.set(prefix + name, at: tape.nodes[entryValue])
            }
            key = tape.next(entryValue)
        }
        return result
    }

    private mutating func fieldsOf(_ value: Int, _ keys: KeySet, in context: String, into locations: inout ElementLocations) -> Fields {
        fields(of: value, keys, in: context, codes: keys.codes, prefix: "", into: &locations)
    }

    private mutating func unknownKey(_ key: Int, _ name: String, allowed: [String], in context: String) {
        var hint = Suggestion.hint(for: name, in: allowed)
        if let renamed = Self.renamedKeys[name], allowed.contains(renamed) { hint = "; did you mean '\(renamed)'?" }
        error("unknown-key", tape.location(key), "unknown key '\(name)' in \(context)\(hint)")
    }

    // MARK: Value helpers

    private mutating func mapping(_ value: Int, _ what: String) -> Bool {
        guard tape.kind(value) == .mapping else {
            error("wrong-type", tape.location(value), "expected \(what) (a mapping), found \(tape.typeDescription(value))")
            return false
        }
        return true
    }

    private mutating func list(_ value: Int, _ field: String) -> Bool {
        guard tape.kind(value) == .sequence else {
            error("wrong-type", tape.location(value), "'\(field)' must be a list, found \(tape.typeDescription(value))")
            return false
        }
        return true
    }

    private func scalarText(_ value: Int) -> String {
        tape.isScalar(value) ? tape.text(value) : tape.typeDescription(value)
    }

    private mutating func string(_ value: Int, _ field: String) -> String? {
        let kind = tape.kind(value)
        guard kind == .string else {
            var message = "'\(field)' must be a string, found \(tape.typeDescription(value))"
            if tape.isScalar(value), kind != .null { message += "; quote it: \"\(tape.text(value))\"" }
            error("wrong-type", tape.location(value), message)
            return nil
        }
        return tape.text(value)
    }

    private mutating func identifier(_ value: Int, _ field: String) -> String? {
        guard let text = string(value, field) else { return nil }
        guard Identifier.isValid(text) else {
            error("invalid-id", tape.location(value), "invalid id '\(text)' in '\(field)': ids use only a-z, 0-9, _ and -")
            return nil
        }
        return text
    }

    private mutating func languageTag(_ value: Int, _ field: String) -> String? {
        guard let text = string(value, field) else { return nil }
        guard Identifier.isLanguageTag(text) else {
            error("invalid-language", tape.location(value), "invalid language tag '\(text)' in '\(field)': use a BCP 47 tag such as fr, nl, de, en or nl-BE")
            return nil
        }
        return text
    }

    private mutating func integer(_ value: Int, _ field: String) -> Int? {
        guard tape.kind(value) == .int, let number = Int(tape.text(value)) else {
            error("wrong-type", tape.location(value), "'\(field)' must be an integer, found \(tape.typeDescription(value))")
            return nil
        }
        return number
    }

    private mutating func number(_ value: Int, _ field: String) -> Double? {
        let kind = tape.kind(value)
        guard kind == .int || kind == .float else {
            error("wrong-type", tape.location(value), "'\(field)' must be a number, found \(tape.typeDescription(value))")
            return nil
        }
        let written = tape.text(value)
        let text = written.replacingOccurrences(of: "Inf", with: "inf").replacingOccurrences(of: "INF", with: "inf")
        guard let number = Double(text.hasPrefix(".") || text.hasPrefix("+.") || text.hasPrefix("-.") ? text.replacingOccurrences(of: ".", with: "") : text) else {
            error("wrong-type", tape.location(value), "'\(field)' must be a number, found \(written)")
            return nil
        }
        return number
    }

    private mutating func date(_ value: Int, _ field: String) -> PartialDate? {
        let kind = tape.kind(value)
        guard kind == .string || kind == .int else {
            error("bad-date", tape.location(value), "'\(field)' must be a date YYYY, YYYY-MM or YYYY-MM-DD, found \(tape.typeDescription(value))")
            return nil
        }
        let text = tape.text(value)
        guard let date = PartialDate(parsing: text) else {
            error("bad-date", tape.location(value), "invalid date '\(text)' in '\(field)': use YYYY, YYYY-MM or YYYY-MM-DD (a real calendar date)")
            return nil
        }
        return date
    }

    private mutating func localized(_ value: Int, _ field: String) -> LocalizedText? {
        switch tape.kind(value) {
        case .sequence:
            error("wrong-type", tape.location(value), "'\(field)' must be a mapping from language to text (e.g. {fr: …, en: …}) or a string, found a list")
            return nil
        case .mapping:
            if tape.count(value) == 0 {
                error("wrong-type", tape.location(value), "'\(field)' must not be empty")
                return nil
            }
            var translations: [String: String] = [:]
            var key = value + 1
            while key < tape.next(value) {
                let entryValue = key + 1
                defer { key = tape.next(entryValue) }
                let language = tape.text(key)
                guard Identifier.isLanguageTag(language) else {
                    error("invalid-language", tape.location(key), "invalid language tag '\(language)' in '\(field)': use a BCP 47 tag such as fr, nl, de, en or nl-BE")
                    continue
                }
                if let text = string(entryValue, "\(field).\(language)") { translations[language] = text }
            }
            return LocalizedText(translations)
        default:
            return string(value, field).map { LocalizedText(universal: $0) }
        }
    }
}

extension ElementLocations {
    /// Records the location of a tape node as `field`'s.
    mutating func set(_ field: String, at node: Tape.Node) {
        set(field, line: Int(node.line), column: Int(node.column))
    }

    /// Records the location of a tape node as the field's of path code `code` (``FieldPath``).
    mutating func set(code: UInt16, at node: Tape.Node) {
        set(code: code, line: Int(node.line), column: Int(node.column))
    }
}
