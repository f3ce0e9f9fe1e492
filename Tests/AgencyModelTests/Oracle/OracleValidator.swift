@testable import AgencyModel

// The validator before issue 16's interning (frozen copy, the oracle of `ValidatorEquivalenceTests`):
// ids hashed per edge, `Set<String>`s of linked nodes. Not to be edited but to follow a deliberate
// change of the rules.

/// Checks a decoded network for semantic problems, collecting all of them in one pass.
///
/// Errors: duplicate ids (nodes, sources, edges), references to unknown nodes or sources (with a
/// "did you mean"), a `level` that is not a level node, `rank` off a level, edge types between
/// kinds they do not allow, `until` before `since`, nodes and edges with neither `source` nor
/// `assumption`, excerpts not found in a given source text, cycles of `part_of` or `supersedes`,
/// a declared layer named after a custom type that is a layer of its own.
/// Warnings: isolated nodes, objectives nothing contributes to, agencies with no level,
/// self-loops, repeated edges.
struct OracleValidator: Sendable {
    /// Source texts by source id; excerpts citing these sources are searched in them.
    var sourceTexts: [String: String]

    /// Creates a validator; `sourceTexts` maps source ids to their full text.
    init(sourceTexts: [String: String] = [:]) {
        self.sourceTexts = sourceTexts
    }

    /// The diagnostics of `loaded`, sorted by location.
    ///
    /// - Complexity: O((n + m) · log(n + m)) plus the excerpt searches.
    func validate(_ loaded: LoadedNetwork) -> [Diagnostic] {
        var run = Run(network: loaded.network, map: loaded.sourceMap, sourceTexts: sourceTexts.mapValues(ExcerptMatching.normalized))
        run.checkAll()
        return run.diagnostics.sorted()
    }

    private struct Run {
        let network: Network
        let map: SourceMap
        let sourceTexts: [String: String]
        var diagnostics: [Diagnostic] = []
        /// "Did you mean" searches compare the word with every candidate: they share a budget of
        /// comparisons, so that a large file full of broken references stays fast (the first
        /// references get hints, later ones do not).
        var comparisonsLeft = 200_000

        mutating func hint(for word: String, in candidates: [String]) -> String {
            guard comparisonsLeft >= candidates.count else { return "" }
            comparisonsLeft -= candidates.count
            return Suggestion.hint(for: word, in: candidates)
        }

        mutating func error(_ code: String, _ at: SourceLocation, _ message: String) {
            diagnostics.append(Diagnostic(.error, code, at: at, message))
        }

        mutating func warning(_ code: String, _ at: SourceLocation, _ message: String) {
            diagnostics.append(Diagnostic(.warning, code, at: at, message))
        }

        func describe(_ node: Node) -> String {
            node.kind.rawValue.isEmpty ? "'\(node.id)'" : "\(node.kind.rawValue) '\(node.id)'"
        }

        var sourceIDs: [String] { network.sources.map(\.id) }
        lazy var sourceIDSet: Set<String> = Set(network.sources.map(\.id))

        mutating func checkAll() {
            checkDefaults()
            checkDuplicates()
            checkNodes()
            checkEdges()
            checkCycles(of: .partOf)
            checkCycles(of: .supersedes)
            checkCoverage()
            checkLayers()
        }

        /// A custom type that no declared layer lists is a layer of its own, named after the type
        /// (``Network/layers``): a declared layer may not take that name.
        mutating func checkLayers() {
            let claimed = Set(network.declaredLayers.flatMap(\.types))
            let present = network.countsByType
            for (position, layer) in network.declaredLayers.enumerated() {
                let type = EdgeType(rawValue: layer.name)
                guard type.isCustom, present[type] != nil, !claimed.contains(type) else { continue }
                let at = position < map.layers.count ? map.layers[position].start : map.topLevelKeys["layers"] ?? map.root
                error("reserved-layer-name", at, "layer '\(layer.name)' has the name of the custom edge type '\(layer.name)', "
                      + "which no declared layer lists and so is a layer of its own; list '\(layer.name)' in it or choose another name")
            }
        }

        mutating func checkDuplicates() {
            var firstSource: [String: Int] = [:]
            for (position, source) in network.sources.enumerated() {
                if let first = firstSource[source.id] {
                    error("duplicate-id", map.sources[position]["id"], "duplicate source id '\(source.id)' (first at \(lineColumn(map.sources[first]["id"])))")
                } else {
                    firstSource[source.id] = position
                }
            }
            var firstNode: [String: Int] = [:]
            for (position, node) in network.nodes.enumerated() {
                if let first = firstNode[node.id] {
                    error("duplicate-id", map.nodes[position]["id"], "duplicate node id '\(node.id)' (first at \(lineColumn(map.nodes[first]["id"])))")
                } else {
                    firstNode[node.id] = position
                }
            }
            var firstEdge: [String: Int] = [:]
            for (position, edge) in network.edges.enumerated() {
                guard let id = edge.id else { continue }
                if let first = firstEdge[id] {
                    error("duplicate-id", map.edges[position]["id"], "duplicate edge id '\(id)' (first at \(lineColumn(map.edges[first]["id"])))")
                } else {
                    firstEdge[id] = position
                }
            }
        }

        func lineColumn(_ location: SourceLocation) -> String { "\(location.line):\(location.column)" }


        /// Checks an element's provenance. An element that states none inherits the network's
        /// `defaults:` (already in `records` and `assumption`), which are checked once, where they
        /// are written (``checkDefaults()``).
        mutating func checkProvenance(_ records: [Provenance], assumption: String?, locations: ElementLocations, what: @autoclosure () -> String) {
            if network.defaults != nil, !locations.has("source"), !locations.has("assumption") {
                if records.isEmpty && assumption == nil {
                    error("missing-provenance", locations.start, "\(what()) has neither 'source' nor 'assumption' and 'defaults' gives none; cite a source or say why it is assumed")
                }
                return
            }
            if records.isEmpty && assumption == nil {
                error("missing-provenance", locations.start, "\(what()) has neither 'source' nor 'assumption'; cite a source or say why it is assumed")
            }
            for (index, record) in records.enumerated() {
                let path = "source[\(index)]"
                guard sourceIDSet.contains(record.ref) else {
                    error("unknown-source", locations[path + ".ref"],
                          "unknown source '\(record.ref)' in 'ref'\(hint(for: record.ref, in: sourceIDs))")
                    continue
                }
                if let excerpt = record.excerpt, let text = sourceTexts[record.ref], !text.contains(ExcerptMatching.normalized(excerpt)) {
                    error("excerpt-not-found", locations[path + ".excerpt"],
                          "excerpt not found in the text of source '\(record.ref)' (compared after normalising white space, apostrophes and quotes)")
                }
            }
        }

        /// The records of `defaults:`, checked once for all the elements that inherit them.
        mutating func checkDefaults() {
            guard let defaults = network.defaults else { return }
            let locations = map.defaults ?? ElementLocations(start: map.topLevel["defaults"] ?? map.root)
            checkProvenance(defaults.source, assumption: defaults.assumption, locations: locations, what: "'defaults'")
        }

        mutating func checkValidity(_ validity: ValidityPeriod, locations: ElementLocations) {
            if let since = validity.since, let until = validity.until, until.lastDay < since.firstDay {
                error("until-before-since", locations["until"], "'until' \(until) is before 'since' \(since)")
            }
        }

        mutating func checkNodes() {
            for (position, node) in network.nodes.enumerated() {
                let locations = map.nodes[position]
                checkProvenance(node.provenance, assumption: node.assumption, locations: locations, what: "node '\(node.id)'")
                checkValidity(node.validity, locations: locations)
                if node.rank != nil && node.kind != .level {
                    error("misplaced-field", locations["rank"], "'rank' is only allowed on nodes of kind level; \(describe(node)) is not a level")
                }
                if let level = node.level {
                    if node.kind == .level {
                        error("misplaced-field", locations["level"], "a level cannot have a 'level'; link levels with part_of edges instead")
                    } else if let target = network.node(withID: level) {
                        if target.kind != .level {
                            error("wrong-kind", locations["level"], "'level' must name a node of kind level; \(describe(target)) is not a level")
                        }
                    } else {
                        let levels = network.nodes(ofKind: .level).map(\.id)
                        error("dangling-reference", locations["level"], "unknown level '\(level)'\(hint(for: level, in: levels))")
                    }
                }
            }
        }

        mutating func checkEdges() {
            let ids = network.nodes.map(\.id)
            /// An edge's identity for `duplicate-edge` (a symmetric type's ends in order).
            struct EdgeKey: Hashable { var type: String, from: String, to: String }
            var seen: [EdgeKey: Int] = [:]
            seen.reserveCapacity(network.edges.count)
            for (position, edge) in network.edges.enumerated() {
                let locations = map.edges[position]
                func label() -> String { "edge \(edge.from) -[\(edge.type.rawValue)]-> \(edge.to)" }
                checkProvenance(edge.provenance, assumption: edge.assumption, locations: locations, what: label())
                checkValidity(edge.validity, locations: locations)
                // Kinds only: copying whole nodes per edge cost more than the rest of the check.
                let from = network.nodeIndex(ofID: edge.from).map { network.nodes[$0].kind }
                let to = network.nodeIndex(ofID: edge.to).map { network.nodes[$0].kind }
                if from == nil {
                    error("dangling-reference", locations["from"], "unknown node '\(edge.from)' in 'from'\(hint(for: edge.from, in: ids))")
                }
                if to == nil {
                    error("dangling-reference", locations["to"], "unknown node '\(edge.to)' in 'to'\(hint(for: edge.to, in: ids))")
                }
                if let from, let to, from.isKnown, to.isKnown, edge.type.isKnown, !edge.type.allows(from: from, to: to),
                   let fromNode = network.node(withID: edge.from), let toNode = network.node(withID: edge.to) {
                    error("disallowed-endpoints", locations["type"], "'\(edge.type.rawValue)' cannot link \(describe(fromNode)) to \(describe(toNode)); "
                          + EdgeTypeRules.sentence(for: edge.type))
                }
                if edge.from == edge.to && !edge.type.mustBeAcyclic {
                    warning("self-loop", locations.start, "\(label()) links a node to itself")
                }
                var key = EdgeKey(type: edge.type.rawValue, from: edge.from, to: edge.to)
                if edge.type.isSymmetric && edge.to < edge.from { key = EdgeKey(type: edge.type.rawValue, from: edge.to, to: edge.from) }
                if let first = seen[key] {
                    warning("duplicate-edge", locations.start, "\(label()) repeats the edge at \(lineColumn(map.edges[first].start))")
                } else {
                    seen[key] = position
                }
            }
        }

        /// Reports each cycle once, at the edge that closes it, with its path.
        mutating func checkCycles(of type: EdgeType) {
            var successors: [String: [(to: String, edge: Int)]] = [:]
            for (position, edge) in network.edges.enumerated() where edge.type == type {
                successors[edge.from, default: []].append((edge.to, position))
            }
            guard !successors.isEmpty else { return }
            enum Colour { case grey, black }
            var colour: [String: Colour] = [:]
            var reported = Set<[String]>()
            let starts = network.nodes.map(\.id) + network.edges.filter { $0.type == type }.map(\.from)
            for start in starts where colour[start] == nil {
                // Iterative depth-first search; the stack holds (node, next successor index).
                var stack: [(node: String, next: Int)] = [(start, 0)]
                var path: [String] = [start]
                colour[start] = .grey
                while let top = stack.last {
                    let next = successors[top.node] ?? []
                    if top.next == next.count {
                        colour[top.node] = .black
                        stack.removeLast()
                        path.removeLast()
                        continue
                    }
                    stack[stack.count - 1].next += 1
                    let (target, edgePosition) = next[top.next]
                    switch colour[target] {
                    case .grey?:
                        let cycle = Array(path[(path.lastIndex(of: target) ?? 0)...])
                        let canonical = cycle.sorted()
                        if reported.insert(canonical).inserted {
                            let text = (cycle + [target]).joined(separator: " → ")
                            error("cycle", map.edges[edgePosition].start, "cycle of \(type.rawValue) edges: \(text)")
                        }
                    case nil:
                        colour[target] = .grey
                        stack.append((target, 0))
                        path.append(target)
                    case .black?:
                        break
                    }
                }
            }
        }

        mutating func checkCoverage() {
            var linked = Set<String>()
            for edge in network.edges {
                linked.insert(edge.from)
                linked.insert(edge.to)
            }
            for node in network.nodes {
                if let level = node.level {
                    linked.insert(node.id)
                    linked.insert(level)
                }
            }
            // Objectives reached by contributes_to, directly or through a part_of sub-objective.
            var contributed = Set(network.edges(ofType: .contributesTo).map(\.to))
            var changed = true
            while changed {
                changed = false
                for edge in network.edges(ofType: .partOf) where contributed.contains(edge.from) && !contributed.contains(edge.to) {
                    contributed.insert(edge.to)
                    changed = true
                }
            }
            for (position, node) in network.nodes.enumerated() {
                let start = map.nodes[position].start
                if !linked.contains(node.id) {
                    warning("isolated-node", start, "\(describe(node)) has no edges")
                }
                if node.kind == .objective && !contributed.contains(node.id) {
                    warning("objective-without-contributor", start, "nothing contributes to objective '\(node.id)' (no contributes_to edge)")
                }
                if node.kind == .agency && node.level == nil && network.edges(from: node.id, type: .operatesAt).isEmpty {
                    warning("agency-without-level", start, "agency '\(node.id)' has no level (add 'level:' or an operates_at edge)")
                }
            }
        }
    }
}
