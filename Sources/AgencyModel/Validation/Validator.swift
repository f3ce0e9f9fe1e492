/// Checks a decoded network for semantic problems, collecting all of them in one pass.
///
/// Errors: duplicate ids (nodes, sources, edges), references to unknown nodes or sources (with a
/// "did you mean"), a `level` that is not a level node, `rank` off a level, edge types between
/// kinds they do not allow, `until` before `since`, nodes and edges with neither `source` nor
/// `assumption`, excerpts not found in a given source text, cycles of `part_of` or `supersedes`,
/// a declared layer named after a custom type that is a layer of its own.
/// Warnings: isolated nodes, objectives nothing contributes to, agencies with no level,
/// self-loops, repeated edges.
public struct Validator: Sendable {
    /// Source texts by source id; excerpts citing these sources are searched in them.
    public var sourceTexts: [String: String]

    /// Creates a validator; `sourceTexts` maps source ids to their full text.
    public init(sourceTexts: [String: String] = [:]) {
        self.sourceTexts = sourceTexts
    }

    /// The diagnostics of `loaded`, sorted by location.
    ///
    /// - Complexity: O((n + m) · log(n + m)) plus the excerpt searches.
    public func validate(_ loaded: LoadedNetwork) -> [Diagnostic] {
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
        /// The last `ref` found among the sources (``checkProvenance(_:assumption:locations:what:)``).
        var lastKnownSource: String?
        /// Node ids in file order, for "did you mean" hints (made when a hint is first needed).
        lazy var nodeIDs: [String] = network.nodes.map(\.id)

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
            // The network's index already knows whether ids repeat: look only then.
            if network.hasDuplicateNodeIDs {
                for position in network.nodes.indices {
                    let id = network.nodes[position].id
                    if let first = network.nodeIndex(ofID: id), first != position {
                        error("duplicate-id", map.nodes[position]["id"], "duplicate node id '\(id)' (first at \(lineColumn(map.nodes[first]["id"])))")
                    }
                }
            }
            var firstEdge: [String: Int] = [:]
            for position in network.edges.indices {
                guard let id = network.edges[position].id else { continue }
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
            if network.defaults != nil, !locations.has(code: FieldPath.source), !locations.has(code: FieldPath.assumption) {
                if records.isEmpty && assumption == nil {
                    error("missing-provenance", locations.start, "\(what()) has neither 'source' nor 'assumption' and 'defaults' gives none; cite a source or say why it is assumed")
                }
                return
            }
            if records.isEmpty && assumption == nil {
                error("missing-provenance", locations.start, "\(what()) has neither 'source' nor 'assumption'; cite a source or say why it is assumed")
            }
            for (index, record) in records.enumerated() {
                // Most elements cite the source the previous one cited: hash its id only when it changes.
                if record.ref != lastKnownSource {
                    guard sourceIDSet.contains(record.ref) else {
                        error("unknown-source", locations["source[\(index)].ref"],
                              "unknown source '\(record.ref)' in 'ref'\(hint(for: record.ref, in: sourceIDs))")
                        continue
                    }
                    lastKnownSource = record.ref
                }
                if let excerpt = record.excerpt, let text = sourceTexts[record.ref], !text.contains(ExcerptMatching.normalized(excerpt)) {
                    error("excerpt-not-found", locations["source[\(index)].excerpt"],
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
            // Most nodes name one of a few levels: look the id up only when it changes.
            var lastLevel: (id: String, position: Int?)?
            for position in network.nodes.indices {
                let node = network.nodes[position]
                let locations = map.nodes[position]
                checkProvenance(node.provenance, assumption: node.assumption, locations: locations, what: "node '\(node.id)'")
                checkValidity(node.validity, locations: locations)
                if node.rank != nil && node.kind != .level {
                    error("misplaced-field", locations["rank"], "'rank' is only allowed on nodes of kind level; \(describe(node)) is not a level")
                }
                if let level = node.level {
                    if lastLevel?.id != level { lastLevel = (level, network.nodeIndex(ofID: level)) }
                    if node.kind == .level {
                        error("misplaced-field", locations["level"], "a level cannot have a 'level'; link levels with part_of edges instead")
                    } else if let target = lastLevel?.position {
                        if network.nodes[target].kind != .level {
                            error("wrong-kind", locations["level"], "'level' must name a node of kind level; \(describe(network.nodes[target])) is not a level")
                        }
                    } else {
                        let levels = network.nodes(ofKind: .level).map(\.id)
                        error("dangling-reference", locations["level"], "unknown level '\(level)'\(hint(for: level, in: levels))")
                    }
                }
            }
        }

        mutating func checkEdges() {
            /// An edge's identity for `duplicate-edge` (a symmetric type's ends in order): by node
            /// positions and type number when both ends name nodes, else by ids.
            struct Key: Hashable { var type: Int32, from: Int32, to: Int32 }
            struct NameKey: Hashable { var type: String, from: String, to: String }
            let (typeCodes, typeCount) = network.edgeTypeCodes()
            var seen: [Key: Int32] = [:]
            seen.reserveCapacity(network.edges.count)
            var seenByName: [NameKey: Int] = [:]
            // Per type, the last pair of end kinds checked and whether the type refuses it: the
            // rules are looked up once per change of kinds, not per edge.
            var verdicts = [(from: NodeKind, to: NodeKind, refused: Bool)?](repeating: nil, count: typeCount)
            for position in network.edges.indices {
                let locations = map.edges[position]
                // Fields are read in place: copying whole edges cost more than the checks.
                let type = network.edges[position].type, fromID = network.edges[position].from, toID = network.edges[position].to
                func label() -> String { "edge \(fromID) -[\(type.rawValue)]-> \(toID)" }
                checkProvenance(network.edges[position].provenance, assumption: network.edges[position].assumption, locations: locations, what: label())
                checkValidity(network.edges[position].validity, locations: locations)
                // The ends were resolved to node positions once, when the network was built.
                let (fromNode, toNode) = network.endpoints(ofEdgeAt: position)
                if fromNode == nil {
                    error("dangling-reference", locations["from"], "unknown node '\(fromID)' in 'from'\(hint(for: fromID, in: nodeIDs))")
                }
                if toNode == nil {
                    error("dangling-reference", locations["to"], "unknown node '\(toID)' in 'to'\(hint(for: toID, in: nodeIDs))")
                }
                if let fromNode, let toNode {
                    let from = network.nodes[fromNode].kind, to = network.nodes[toNode].kind
                    let code = Int(typeCodes[position])
                    let refused: Bool
                    if let verdict = verdicts[code], verdict.from == from, verdict.to == to {
                        refused = verdict.refused
                    } else {
                        refused = from.isKnown && to.isKnown && type.isKnown && !type.allows(from: from, to: to)
                        verdicts[code] = (from, to, refused)
                    }
                    if refused {
                        error("disallowed-endpoints", locations["type"], "'\(type.rawValue)' cannot link \(describe(network.nodes[fromNode])) to \(describe(network.nodes[toNode])); "
                              + EdgeTypeRules.sentence(for: type))
                    }
                }
                if fromID == toID && !type.mustBeAcyclic {
                    warning("self-loop", locations.start, "\(label()) links a node to itself")
                }
                let reversed = type.isSymmetric && toID < fromID
                let first: Int?
                if let fromNode, let toNode {
                    var key = Key(type: typeCodes[position], from: Int32(fromNode), to: Int32(toNode))
                    if reversed { swap(&key.from, &key.to) }
                    first = seen[key].map(Int.init)
                    if first == nil { seen[key] = Int32(position) }
                } else {
                    var key = NameKey(type: type.rawValue, from: fromID, to: toID)
                    if reversed { swap(&key.from, &key.to) }
                    first = seenByName[key]
                    if first == nil { seenByName[key] = position }
                }
                if let first {
                    warning("duplicate-edge", locations.start, "\(label()) repeats the edge at \(lineColumn(map.edges[first].start))")
                }
            }
        }

        /// Reports each cycle once, at the edge that closes it, with its path.
        mutating func checkCycles(of type: EdgeType) {
            let positions = network.edgePositions(ofType: type)
            guard !positions.isEmpty else { return }
            var successors: [String: [(to: String, edge: Int)]] = [:]
            for position in positions.lazy.map(Int.init) {
                successors[network.edges[position].from, default: []].append((network.edges[position].to, position))
            }
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
            // Whether each node's id is linked, by the position of the first node with that id
            // (edge ends are resolved to those positions; an end that names no node links nothing).
            var linked = [Bool](repeating: false, count: network.nodes.count)
            for position in network.edges.indices {
                let (from, to) = network.endpoints(ofEdgeAt: position)
                if let from { linked[from] = true }
                if let to { linked[to] = true }
            }
            let duplicates = network.hasDuplicateNodeIDs
            func first(_ position: Int) -> Int {
                duplicates ? network.nodeIndex(ofID: network.nodes[position].id) ?? position : position
            }
            var lastLevel: (id: String, position: Int?)?
            for position in network.nodes.indices {
                guard let level = network.nodes[position].level else { continue }
                linked[first(position)] = true
                if lastLevel?.id != level { lastLevel = (level, network.nodeIndex(ofID: level)) }
                if let target = lastLevel?.position { linked[target] = true }
            }
            // Objectives reached by contributes_to, directly or through a part_of sub-objective.
            var contributed = Set(network.edgePositions(ofType: .contributesTo).map { network.edges[Int($0)].to })
            let partOf = network.edgePositions(ofType: .partOf)
            var changed = true
            while changed {
                changed = false
                for position in partOf.lazy.map(Int.init)
                where contributed.contains(network.edges[position].from) && !contributed.contains(network.edges[position].to) {
                    contributed.insert(network.edges[position].to)
                    changed = true
                }
            }
            for position in network.nodes.indices {
                let node = network.nodes[position]
                let start = map.nodes[position].start
                if !linked[first(position)] {
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

/// The endpoint rules of edge types, as sentences for messages and documentation.
public enum EdgeTypeRules {
    /// E.g. "member_of goes from agency, body, group or x-… to body, group or x-…".
    public static func sentence(for type: EdgeType) -> String {
        if type == .partOf {
            return "part_of links a node to one of the same kind, or a group to a body or an agency"
        }
        guard let sources = type.allowedSources, let targets = type.allowedTargets else {
            return "\(type.rawValue) has no endpoint rules"
        }
        return "\(type.rawValue) goes from \(sources) to \(targets)"
    }
}
