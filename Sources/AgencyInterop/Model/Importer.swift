import AgencyModel
import TextKit
import Foundation

/// A graph as a foreign format gives it: string ids and string attributes, in file order.
struct RawGraph {
    struct Item {
        var id: String
        var attributes: [(String, String)]
        var line: Int?
    }
    struct Link {
        var from: String
        var to: String
        var id: String?
        var attributes: [(String, String)]
        var line: Int?
    }
    var directed = true
    var graph: [(String, String)] = []
    var nodes: [Item] = []
    var edges: [Link] = []
    /// Whether the format lists its nodes (edge lists do not: ends create nodes silently).
    var listsNodes = true
    /// Attributes that the format's own structure produced and the importer should ignore
    /// without a warning (e.g. Graphviz's `label` and `shape` when they are the ones we write).
    var presentational: Set<String> = []
}

/// Turns a ``RawGraph`` into a `Network`: typed fields from the flat attributes
/// (docs/formats.md, "Attribute mapping"), and the documented rules for what does not fit.
///
/// - Node ids that are not AgencyGraph ids are rewritten (lower case, other characters `_`,
///   made unique with `-2`, `-3`, …); the original becomes the name when there is none.
/// - A missing kind is `agency`; an unknown kind is `agency` with the tag `kind:<original>`.
/// - A missing edge type is `x-link`; an unknown one is `x-<slug>` (custom types have no rules).
/// - Attributes the model has no place for are appended to `notes` as `name: value` lines.
/// - Declared layers come from the graph attribute `layers` (a JSON object, ``Layer/read(json:file:)``),
///   else from an edge attribute `layer` when it gives one layer per edge type (GEXF); a `layer`
///   attribute that does not is kept in `notes` like any other unknown attribute.
/// - Nodes and edges without `source` or `assumption` get the assumption
///   "Imported from FILE (FORMAT), which states no source." so the result validates; the network
///   states it once as its `Network.defaults`, so written files do not repeat it per element.
struct Importer {
    /// The type of edges whose format gives none (edge lists, Pajek arcs without `l`, GraphML
    /// without a `type`): one custom type for every untyped edge, ``NetworkInput/untypedEdgeType``.
    static let untypedEdgeType = EdgeType(rawValue: "x-link")

    let format: InteropFormat
    let file: String
    var warnings: [String] = []
    /// The ids of nodes whose format gave no kind (their kind may be inferred, ``makeValid``).
    var kindless = Set<String>()
    var counts: [String: Int] = [:]
    var examples: [String: String] = [:]

    init(format: InteropFormat, file: String) {
        self.format = format
        self.file = file
    }

    mutating func note(_ key: String, example: String) {
        counts[key, default: 0] += 1
        if examples[key] == nil { examples[key] = example }
    }

    mutating func network(from raw: RawGraph) -> (Network, [String]) {
        // TextKit's one rule for text: a foreign format's values may carry characters that are
        // not text (JSON's `\b` or `\u0001` escapes, raw controls in CSV or edge lists). The
        // network cannot hold them (the reader refuses them in a written file), so each is
        // replaced by U+FFFD here, counted, and said (`not-text` in ``report()``).
        let raw = textOnly(raw)
        var nodeIDs: [String: String] = [:]
        var used = Set<String>()
        var nextSuffix: [String: Int] = [:]
        func mapID(_ original: String) -> String {
            if let id = nodeIDs[original] { return id }
            var id = Identifier.isValid(original) ? original : Importer.slug(original)
            if used.contains(id) {
                // Resume from the last suffix given to this base: linear even when thousands of
                // ids ("a 1", "a!1", "A 1", …) rewrite to the same base.
                var n = nextSuffix[id] ?? 2
                while used.contains("\(id)-\(n)") { n += 1 }
                nextSuffix[id] = n + 1
                id = "\(id)-\(n)"
            }
            if id != original { note("rewritten-id", example: "'\(original)' → '\(id)'") }
            used.insert(id)
            nodeIDs[original] = id
            return id
        }
        var nodes: [Node] = []
        var seen = Set<String>()
        for item in raw.nodes {
            if seen.contains(item.id) { note("duplicate-node", example: "'\(item.id)'"); continue }
            seen.insert(item.id)
            let id = mapID(item.id)
            nodes.append(node(id: id, original: item.id, attributes: item.attributes, presentational: raw.presentational))
        }
        let edgeLayers = Importer.layersFromEdges(raw.edges)
        var edgePresentational = raw.presentational
        if edgeLayers != nil { edgePresentational.insert("layer") }
        var edges: [Edge] = []
        for link in raw.edges {
            for end in [link.from, link.to] where !seen.contains(end) {
                seen.insert(end)
                let id = mapID(end)
                if raw.listsNodes { note("implicit-node", example: "'\(end)'") }
                nodes.append(node(id: id, original: end, attributes: [], presentational: []))
            }
            edges.append(edge(link, from: nodeIDs[link.from] ?? link.from, to: nodeIDs[link.to] ?? link.to, presentational: edgePresentational))
        }
        // Edge ids must be unique and valid. NetworkX writes its per-pair keys (0, 1, …) as ids:
        // when ids repeat, the repeated ones and the all-digit ones (keys) are dropped, the
        // others (AgencyGraph ids that went through NetworkX) kept.
        var idCounts: [String: Int] = [:]
        for id in edges.compactMap(\.id) { idCounts[id, default: 0] += 1 }
        let repeated = idCounts.values.contains { $0 > 1 }
        var droppedIDs = 0
        for i in edges.indices {
            guard let id = edges[i].id else { continue }
            if !Identifier.isValid(id) || idCounts[id, default: 0] > 1 || (repeated && id.allSatisfy(\.isNumber)) {
                edges[i].id = nil
                droppedIDs += 1
            }
        }
        if droppedIDs > 0 {
            warnings.append("\(droppedIDs) edge ids that are repeated, all digits among repeated ones (NetworkX keys), or not AgencyGraph ids dropped")
        }
        if !raw.directed {
            warnings.append("the graph is undirected: each edge is read in the direction written")
        }
        // What the validator would refuse is made valid here, and said (Importer+Validity.swift).
        var levelOf: [String: String] = [:]
        for node in nodes { if let level = node.level { levelOf[node.id] = level } }
        makeValid(nodes: &nodes, edges: &edges, kindless: kindless, levelOf: levelOf, mapped: nodeIDs)

        var network = Network(id: "imported", title: LocalizedText(universal: Importer.baseName(file)), nodes: nodes, edges: edges)
        if counts["no-provenance"] != nil {
            // Stated once in `defaults:`; the canonical writer leaves it off every element that has it.
            network.defaults = ProvenanceDefaults(assumption: assumptionText)
        }
        var graphUnknown: [String] = []
        var titles: [(String, String)] = [], descriptions: [(String, String)] = []
        for (key, value) in raw.graph where !value.isEmpty {
            switch key {
            case "network":
                if Identifier.isValid(value) { network.id = value } else { graphUnknown.append("network: \(value)") }
            case "as_of":
                if let d = PartialDate(parsing: value) { network.asOf = d } else { graphUnknown.append("as_of: \(value)") }
            case "sources":
                if let s = Flat.parseSources(value) { network.sources = s } else { graphUnknown.append("sources: \(value)") }
            case "layers":
                let (layers, problems) = Layer.read(json: value, file: "layers")
                network.declaredLayers = layers
                if let first = problems.first(where: { $0.severity == .error }) {
                    warnings.append("graph attribute 'layers' is not a valid layers map (\(first.message)): only the valid layers kept (\(layers.map(\.name).joined(separator: ", ")))")
                }
            default:
                if Importer.isLocalized(key, "title") { titles.append((key, value)) }
                else if Importer.isLocalized(key, "description") { descriptions.append((key, value)) }
                else if !raw.presentational.contains(key) { graphUnknown.append("\(key): \(value)") }
            }
        }
        if network.declaredLayers.isEmpty, let edgeLayers { network.declaredLayers = edgeLayers }
        if network.id == "imported" { network.id = Importer.slug(Importer.baseName(file)) }
        if let t = Importer.localized("title", titles) { network.title = t }
        network.description = Importer.localized("description", descriptions)
        if !graphUnknown.isEmpty {
            warnings.append("graph attributes not in the AgencyGraph model dropped: " + graphUnknown.map { String($0.prefix(60)) }.joined(separator: "; "))
        }
        validSources(&network)
        // Sources the provenance cites but the file does not list.
        let known = Set(network.sources.map(\.id))
        var cited: [String] = []
        for p in network.nodes.flatMap(\.provenance) + network.edges.flatMap(\.provenance) where !known.contains(p.ref) && !cited.contains(p.ref) {
            cited.append(p.ref)
        }
        if !cited.isEmpty {
            network.sources += cited.map { Source(id: $0, title: $0) }
            warnings.append("the list of sources is not in this format: \(cited.count) source\(cited.count == 1 ? "" : "s") (\(cited.joined(separator: ", "))) recreated with the id as title")
        }
        validLayers(&network)
        report()
        return (network, warnings)
    }

    private mutating func report() {
        let messages: [(String, String)] = [
            ("rewritten-id", "node ids that are not AgencyGraph ids (a-z, 0-9, _, -) rewritten"),
            ("duplicate-node", "nodes listed twice: later copies dropped"),
            ("implicit-node", "edge ends naming no listed node: created as agency nodes"),
            ("missing-kind", "nodes without a kind: read as agency"),
            ("unknown-kind", "nodes of a kind AgencyGraph does not have: read as agency, the kind kept as tag 'kind:…'"),
            ("missing-type", "edges without a type: read as \(Importer.untypedEdgeType.rawValue)"),
            ("unknown-type", "edges of a type AgencyGraph does not have: read as the custom type x-…"),
            ("bad-value", "values that do not fit their field (dates, until before since, rank, weight, JSON, empty assumptions) kept in notes"),
            ("unknown-attribute", "attributes not in the AgencyGraph model kept in notes"),
            ("no-provenance", "nodes and edges without source or assumption: marked as assumed (imported)"),
            ("not-text", "values holding characters that are not text (control characters, U+FFFE/U+FFFF) had each replaced by U+FFFD"),
        ]
        // An edge list carries no kinds, types or sources at all: saying so for every file is noise
        // (the rules are in docs/formats.md); only what the file itself got wrong is reported.
        let inherent: Set<String> = format == .edgelist ? ["missing-kind", "missing-type", "no-provenance"] : []
        for (key, text) in messages where !inherent.contains(key) {
            guard let n = counts[key] else { continue }
            warnings.append("\(n) \(text) (e.g. \(examples[key] ?? ""))")
        }
    }

    /// `raw` with every non-text scalar (``TextKit/Escape/isText(_:)``) of its ids, keys and values
    /// replaced by U+FFFD, each changed string counted under `not-text`.
    /// - Complexity: O(total length of the strings).
    private mutating func textOnly(_ raw: RawGraph) -> RawGraph {
        var raw = raw
        func clean(_ text: inout String) {
            guard text.unicodeScalars.contains(where: { !Escape.isText($0) }) else { return }
            var scalars = String.UnicodeScalarView()
            for scalar in text.unicodeScalars { scalars.append(Escape.isText(scalar) ? scalar : "\u{FFFD}") }
            let before = text
            text = String(scalars)
            note("not-text", example: "'\(String(Escape.plain(before).prefix(40)))'")
        }
        func clean(_ pairs: inout [(String, String)]) {
            for i in pairs.indices { clean(&pairs[i].0); clean(&pairs[i].1) }
        }
        clean(&raw.graph)
        for i in raw.nodes.indices { clean(&raw.nodes[i].id); clean(&raw.nodes[i].attributes) }
        for i in raw.edges.indices {
            clean(&raw.edges[i].from); clean(&raw.edges[i].to); clean(&raw.edges[i].attributes)
            if raw.edges[i].id != nil { clean(&raw.edges[i].id!) }
        }
        return raw
    }

    private var assumptionText: String { "Imported from \(Importer.baseName(file)) (\(format.displayName)), which states no source." }

    private mutating func node(id: String, original: String, attributes: [(String, String)], presentational: Set<String>) -> Node {
        var node = Node(id: id, kind: .agency)
        var extra: [String] = []
        var names: [(String, String)] = [], acronyms: [(String, String)] = []
        var label: String?
        var kindSeen = false
        // An empty value is an absent one (igraph and spreadsheets write "" for "no value").
        for (key, value) in attributes where !value.isEmpty {
            switch key {
            case "kind":
                kindSeen = true
                let kind = NodeKind(rawValue: value)
                if kind.isKnown { node.kind = kind } else { node.tags.append("kind:" + value); note("unknown-kind", example: "'\(value)'") }
            case "label": label = value
            case "level": node.level = value
            case "rank":
                if let r = Int(value) { node.rank = r } else { extra.append("rank: \(value)"); note("bad-value", example: "rank '\(value)'") }
            default:
                if Importer.isLocalized(key, "name") { names.append((key, value)) }
                else if Importer.isLocalized(key, "acronym") { acronyms.append((key, value)) }
                else if !common(key, value, validity: &node.validity, tags: &node.tags, notes: &node.notes,
                                provenance: &node.provenance, assumption: &node.assumption, extra: &extra) {
                    if presentational.contains(key) { continue }
                    extra.append("\(key): \(value)")
                    note("unknown-attribute", example: "'\(key)'")
                }
            }
        }
        if !kindSeen {
            note("missing-kind", example: "'\(original)'")
            kindless.insert(id)
        }
        if let since = node.validity.since, let until = node.validity.until, until.lastDay < since.firstDay {
            node.validity.until = nil
            extra.append("until: \(until)")
            note("bad-value", example: "until '\(until)' before since '\(since)'")
        }
        node.name = Importer.localized("name", names)
        node.acronym = Importer.localized("acronym", acronyms)
        if node.name == nil, node.acronym == nil {
            if let label, label != original, label != id { node.name = LocalizedText(universal: label) }
            else if original != id { node.name = LocalizedText(universal: original) }
        }
        if !extra.isEmpty { node.notes = ((node.notes.map { [$0] } ?? []) + extra).joined(separator: "\n") }
        if node.provenance.isEmpty, node.assumption == nil {
            node.assumption = assumptionText
            note("no-provenance", example: "node '\(id)'")
        }
        return node
    }

    private mutating func edge(_ link: RawGraph.Link, from: String, to: String, presentational: Set<String>) -> Edge {
        var edge = Edge(id: link.id, from: from, to: to, type: Importer.untypedEdgeType)
        var extra: [String] = []
        var typeSeen = false
        for (key, value) in link.attributes where !value.isEmpty {
            switch key {
            case "type":
                typeSeen = true
                let type = EdgeType(rawValue: value)
                if type.isKnown { edge.type = type } else {
                    edge.type = EdgeType(rawValue: "x-" + Importer.slug(value))
                    note("unknown-type", example: "'\(value)' → '\(edge.type.rawValue)'")
                }
            case "weight":
                if let w = Double(value), w > 0, w.isFinite { edge.weight = w } else { extra.append("weight: \(value)"); note("bad-value", example: "weight '\(value)'") }
            case "id":
                if edge.id == nil { edge.id = value }
            default:
                if !common(key, value, validity: &edge.validity, tags: &edge.tags, notes: &edge.notes,
                           provenance: &edge.provenance, assumption: &edge.assumption, extra: &extra) {
                    if presentational.contains(key) { continue }
                    extra.append("\(key): \(value)")
                    note("unknown-attribute", example: "'\(key)'")
                }
            }
        }
        if !typeSeen { note("missing-type", example: "'\(link.from)' → '\(link.to)'") }
        if let since = edge.validity.since, let until = edge.validity.until, until.lastDay < since.firstDay {
            edge.validity.until = nil
            extra.append("until: \(until)")
            note("bad-value", example: "until '\(until)' before since '\(since)'")
        }
        if !extra.isEmpty { edge.notes = ((edge.notes.map { [$0] } ?? []) + extra).joined(separator: "\n") }
        if edge.provenance.isEmpty, edge.assumption == nil {
            edge.assumption = assumptionText
            note("no-provenance", example: "edge '\(from)' → '\(to)'")
        }
        return edge
    }

    /// The edge type an edge's attributes give, by the rules of ``edge(_:from:to:presentational:)``.
    static func resolvedType(_ attributes: [(String, String)]) -> EdgeType {
        guard let value = attributes.last(where: { $0.0 == "type" && !$0.1.isEmpty })?.1 else { return untypedEdgeType }
        let type = EdgeType(rawValue: value)
        return type.isKnown ? type : EdgeType(rawValue: "x-" + slug(value))
    }

    /// Declared layers from an edge attribute `layer` (GEXF), when every edge has one and it
    /// names one valid layer per edge type: a type whose layer is not its default one (its
    /// built-in layer, or for a custom type the type itself) belongs to a declared layer of that
    /// name. `nil` when no edge has the attribute or it does not fit that shape.
    static func layersFromEdges(_ links: [RawGraph.Link]) -> [Layer]? {
        var layerOf: [EdgeType: String] = [:]
        var order: [String] = []
        var declared: [String: [EdgeType]] = [:]
        let values = links.map { link in link.attributes.last(where: { $0.0 == "layer" && !$0.1.isEmpty })?.1 }
        guard values.contains(where: { $0 != nil }), values.allSatisfy({ $0 != nil }) else { return nil }
        for (link, layer) in zip(links, values) {
            guard let value = layer else { return nil }
            let type = resolvedType(link.attributes)
            if let known = layerOf[type] {
                if known != value { return nil }
                continue
            }
            layerOf[type] = value
            let standard = Layer.builtInLayer(of: type)?.name ?? type.rawValue
            guard value != standard else { continue }
            guard Identifier.isValid(value), !Layer.builtIn.contains(where: { $0.name == value }) else { return nil }
            if declared[value] == nil { order.append(value) }
            declared[value, default: []].append(type)
        }
        return order.map { Layer(name: $0, types: declared[$0] ?? []) }
    }

    /// The fields nodes and edges share; `false` when `key` is not one of them.
    private mutating func common(_ key: String, _ value: String, validity: inout ValidityPeriod, tags: inout [String],
                                 notes: inout String?, provenance: inout [Provenance], assumption: inout String?,
                                 extra: inout [String]) -> Bool {
        switch key {
        case "since", "until":
            guard let d = PartialDate(parsing: value) else {
                extra.append("\(key): \(value)"); note("bad-value", example: "\(key) '\(value)'"); return true
            }
            if key == "since" { validity.since = d } else { validity.until = d }
        case "tags":
            if let t = Flat.parseTags(value) { tags += t } else { extra.append("tags: \(value)"); note("bad-value", example: "tags") }
        case "notes": notes = value
        case "provenance":
            if let p = Flat.parseProvenance(value) { provenance = p } else { extra.append("provenance: \(value)"); note("bad-value", example: "provenance") }
        case "assumption":
            // An assumption must say why (the reader refuses an empty one, or one of dots).
            if value.allSatisfy({ $0.isWhitespace || $0 == "." }) {
                extra.append("assumption: \(value)"); note("bad-value", example: "assumption '\(value)'")
            } else {
                assumption = value
            }
        default: return false
        }
        return true
    }

    /// Whether `key` is `base` or `base_<language tag>`.
    static func isLocalized(_ key: String, _ base: String) -> Bool {
        key == base || (key.hasPrefix(base + "_") && Identifier.isLanguageTag(String(key.dropFirst(base.count + 1))))
    }

    /// A localized text from `key` (every language) and `key_<lang>` attributes.
    static func localized(_ key: String, _ pairs: [(String, String)]) -> LocalizedText? {
        guard !pairs.isEmpty else { return nil }
        var text = LocalizedText([:])
        for (k, v) in pairs {
            if k == key { text.universal = v } else { text.translations[String(k.dropFirst(key.count + 1))] = v }
        }
        return text
    }

    /// An AgencyGraph id made from any text: accents removed, lower case, other characters `_`.
    static func slug(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        var out = ""
        for scalar in folded.unicodeScalars {
            let c = scalar.value
            let ok = (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) || c == 0x5F || c == 0x2D
            out += ok ? String(scalar) : "_"
        }
        while out.contains("__") { out = out.replacingOccurrences(of: "__", with: "_") }
        out = String(out.prefix(64))
        return out.isEmpty || out == "_" ? "n" : out
    }

    static func baseName(_ file: String) -> String {
        var name = (file as NSString).lastPathComponent
        while let dot = name.lastIndex(of: "."), dot != name.startIndex { name = String(name[..<dot]) }
        return name.isEmpty ? "imported" : name
    }
}
