import AgencyModel
import TextKit

/// The importer's last step: what AgencyGraph's validator would refuse is made valid, and each
/// rewrite is reported once with its count (docs/formats.md, "Imports always validate").
///
/// A foreign format can lose what a rule needs (Pajek and edge lists carry no kinds, but Pajek
/// keeps typed edges) or hold what the model forbids (a `level` naming a node that is not a
/// level, `until` before `since`, a `part_of` cycle). The rules, in order:
///
/// 1. **Kinds inferred from edge rules.** A node whose format gave no kind takes the kind its
///    typed edges and `level` references ask for (a vote: each rule an edge imposes counts for the
///    kinds it allows, a `level` reference counts for `level`; ties go to agency, body, group,
///    level, objective, instrument, in that order); nodes with no such rule follow their `part_of`
///    neighbours (same kind), else stay agencies.
/// 2. **`level` references** that name no level node (or sit on a level) move to `notes`.
/// 3. **`rank`** on a node that is not a level moves to `notes`.
/// 4. **Edge types whose endpoint rules the kinds still break** become the custom type `x-<type>`.
/// 5. **Cycles of `part_of` or `supersedes`**: the edge that closes each (a back edge of a
///    depth-first search in file order) becomes `x-<type>`; what is left has no cycle.
///
/// Dates (`until` before `since`) and empty assumptions are handled while reading attributes;
/// sources and layers after the network is assembled (``validSources(_:)``, ``validLayers(_:)``).
extension Importer {
    /// The counted rewrites of this pass, by kind: the number and a first example.
    struct Rewrites {
        var inferredKinds = 0, inferredExample = ""
        var droppedLevels = 0, droppedLevelExample = ""
        var movedRanks = 0, movedRankExample = ""
        var retyped = 0, retypedExample = ""
        var cycles = 0, cycleExample = ""
    }

    /// Makes `nodes` and `edges` valid by the rules above; `kindless` are the ids of nodes whose
    /// format gave no kind; `levelOf` maps a node id to the `level` its file gave (an id of the
    /// file, before rewriting), `mapped` maps the file's ids to the network's.
    /// - Complexity: O(n + m).
    mutating func makeValid(nodes: inout [Node], edges: inout [Edge], kindless: Set<String>,
                            levelOf: [String: String], mapped: [String: String]) {
        var rewrites = Rewrites()
        var position: [String: Int] = [:]
        for (k, node) in nodes.enumerated() where position[node.id] == nil { position[node.id] = k }

        // A `level` names a node of the file: its id may have been rewritten.
        var levelTarget: [Int: Int] = [:]
        for (k, node) in nodes.enumerated() {
            guard let written = levelOf[node.id] else { continue }
            if let id = mapped[written] ?? (Identifier.isValid(written) ? written : nil), let target = position[id] {
                levelTarget[k] = target
            }
        }

        // 1. Kinds: a vote per kindless node.
        let order = NodeKind.builtIn   // agency, level, body, group, objective, instrument
        let preference: [NodeKind] = [.agency, .body, .group, .level, .objective, .instrument]
        var votes: [Int: [Int]] = [:]
        func vote(_ k: Int, for kinds: [NodeKind]) {
            guard kindless.contains(nodes[k].id) else { return }
            var tally = votes[k] ?? Array(repeating: 0, count: order.count)
            for kind in kinds { if let i = order.firstIndex(of: kind) { tally[i] += 1 } }
            votes[k] = tally
        }
        for edge in edges where edge.type.isKnown && !edge.type.isCustom && edge.type != .partOf {
            guard let from = position[edge.from], let to = position[edge.to] else { continue }
            if let sources = edge.type.allowedSources { vote(from, for: sources.kinds) }
            if let targets = edge.type.allowedTargets { vote(to, for: targets.kinds) }
        }
        for (_, target) in levelTarget { vote(target, for: [.level]) }
        var decided = Set<Int>()
        // The kinds that tie for the most votes: a `part_of` neighbour may choose among them.
        var tied: [Int: Set<NodeKind>] = [:]
        for (k, tally) in votes.sorted(by: { $0.key < $1.key }) {
            let best = tally.max() ?? 0
            guard best > 0 else { continue }
            let top = order.indices.filter { tally[$0] == best }.map { order[$0] }
            guard let kind = preference.first(where: top.contains) else { continue }
            nodes[k].kind = kind
            tied[k] = Set(top)
            decided.insert(k)
        }
        // `part_of` joins nodes of one kind: a kindless node with no rule of its own, or whose
        // tied kinds include its neighbour's, takes the neighbour's kind (each node changes once
        // at most, breadth-first from the nodes decided above, in file order).
        var partOf: [Int: [Int]] = [:]
        for edge in edges where edge.type == .partOf {
            guard let from = position[edge.from], let to = position[edge.to] else { continue }
            partOf[from, default: []].append(to)
            partOf[to, default: []].append(from)
        }
        var queue = decided.sorted().filter { partOf[$0] != nil }
        var followed = Set<Int>()
        var head = 0
        while head < queue.count {
            let k = queue[head]
            head += 1
            for neighbour in partOf[k] ?? [] where kindless.contains(nodes[neighbour].id) && !followed.contains(neighbour) {
                let kind = nodes[k].kind
                guard nodes[neighbour].kind != kind, votes[neighbour] == nil || tied[neighbour]?.contains(kind) == true else { continue }
                nodes[neighbour].kind = kind
                followed.insert(neighbour)
                decided.insert(neighbour)
                queue.append(neighbour)
            }
        }
        for k in decided.sorted() where nodes[k].kind != .agency {
            rewrites.inferredKinds += 1
            if rewrites.inferredExample.isEmpty { rewrites.inferredExample = "'\(nodes[k].id)' → \(nodes[k].kind.rawValue)" }
        }
        // "nodes without a kind: read as agency" counts only those left as agencies.
        if rewrites.inferredKinds > 0, let missing = counts["missing-kind"] {
            let left = nodes.filter { kindless.contains($0.id) && $0.kind == .agency }
            counts["missing-kind"] = left.isEmpty ? nil : missing - rewrites.inferredKinds
            examples["missing-kind"] = left.first.map { "'\($0.id)'" }
        }

        // 2. `level` references.
        for (k, node) in nodes.enumerated() {
            guard let written = levelOf[node.id] else { continue }
            if node.kind != .level, let target = levelTarget[k], nodes[target].kind == .level {
                nodes[k].level = nodes[target].id
                continue
            }
            nodes[k].level = nil
            nodes[k].notes = Importer.appending("level: \(written)", to: nodes[k].notes)
            rewrites.droppedLevels += 1
            if rewrites.droppedLevelExample.isEmpty { rewrites.droppedLevelExample = "'\(node.id)': level '\(written)'" }
        }

        // 3. `rank` off a level.
        for k in nodes.indices where nodes[k].rank != nil && nodes[k].kind != .level {
            nodes[k].notes = Importer.appending("rank: \(nodes[k].rank!)", to: nodes[k].notes)
            nodes[k].rank = nil
            rewrites.movedRanks += 1
            if rewrites.movedRankExample.isEmpty { rewrites.movedRankExample = "'\(nodes[k].id)'" }
        }

        // 4. Endpoint rules.
        for i in edges.indices {
            let edge = edges[i]
            guard edge.type.isKnown, !edge.type.isCustom, let from = position[edge.from], let to = position[edge.to],
                  !edge.type.allows(from: nodes[from].kind, to: nodes[to].kind) else { continue }
            edges[i].type = Importer.custom(edge.type)
            rewrites.retyped += 1
            if rewrites.retypedExample.isEmpty {
                rewrites.retypedExample = "\(nodes[from].kind.rawValue) '\(edge.from)' -[\(edge.type.rawValue)]-> \(nodes[to].kind.rawValue) '\(edge.to)'"
            }
        }

        // 5. Cycles.
        for type in [EdgeType.partOf, .supersedes] {
            for i in Importer.cycleClosingEdges(edges, of: type, nodeOrder: nodes.map(\.id)) {
                if rewrites.cycleExample.isEmpty { rewrites.cycleExample = "'\(edges[i].from)' -[\(type.rawValue)]-> '\(edges[i].to)'" }
                edges[i].type = Importer.custom(type)
                rewrites.cycles += 1
            }
        }
        report(rewrites)
    }

    /// The custom type an edge of a built-in type becomes when its rules cannot hold: `x-<type>`.
    static func custom(_ type: EdgeType) -> EdgeType { EdgeType(rawValue: "x-" + slug(type.rawValue)) }

    /// `notes` with one more line.
    static func appending(_ line: String, to notes: String?) -> String {
        guard let notes, !notes.isEmpty else { return line }
        return notes + "\n" + line
    }

    /// The edges of `type` that close a cycle: the back edges of an iterative depth-first search
    /// from each node in `nodeOrder`, successors in file order. Removing them leaves no cycle.
    /// - Complexity: O(n + m).
    static func cycleClosingEdges(_ edges: [Edge], of type: EdgeType, nodeOrder: [String]) -> [Int] {
        var successors: [String: [(to: String, edge: Int)]] = [:]
        for (i, edge) in edges.enumerated() where edge.type == type { successors[edge.from, default: []].append((edge.to, i)) }
        guard !successors.isEmpty else { return [] }
        enum Colour { case grey, black }
        var colour: [String: Colour] = [:]
        var closing: [Int] = []
        for start in nodeOrder where colour[start] == nil && successors[start] != nil {
            var stack: [(node: String, next: Int)] = [(start, 0)]
            colour[start] = .grey
            while let top = stack.last {
                let next = successors[top.node] ?? []
                if top.next == next.count {
                    colour[top.node] = .black
                    stack.removeLast()
                    continue
                }
                stack[stack.count - 1].next += 1
                let (target, edge) = next[top.next]
                switch colour[target] {
                case .grey?: closing.append(edge)
                case nil:
                    colour[target] = .grey
                    stack.append((target, 0))
                case .black?: break
                }
            }
        }
        return closing.sorted()
    }

    /// One warning per kind of rewrite, in TextKit's words (English: diagnostics are English).
    private mutating func report(_ r: Rewrites) {
        let en = Language.en
        if r.inferredKinds > 0 { warnings.append(en.format(.importKindsInferred, "\(r.inferredKinds)", r.inferredExample)) }
        if r.droppedLevels > 0 { warnings.append(en.format(.importLevelsMoved, "\(r.droppedLevels)", r.droppedLevelExample)) }
        if r.movedRanks > 0 { warnings.append(en.format(.importRanksMoved, "\(r.movedRanks)", r.movedRankExample)) }
        if r.retyped > 0 { warnings.append(en.format(.importTypesRetyped, "\(r.retyped)", r.retypedExample)) }
        if r.cycles > 0 { warnings.append(en.format(.importCyclesBroken, "\(r.cycles)", r.cycleExample)) }
    }

    // MARK: Sources and layers

    /// The network's sources and provenance made valid: source ids that are not ids rewritten
    /// (references follow), repeated sources dropped, a `url` that is not http(s) or a `language`
    /// that is not a tag dropped, excerpts over the limit cut to it.
    /// - Complexity: O(number of sources + provenance records).
    mutating func validSources(_ network: inout Network) {
        var rename: [String: String] = [:]
        // Every id given so far; valid ids keep theirs, rewritten ones take a free one.
        var taken = Set(network.sources.map(\.id).filter(Identifier.isValid))
        var used = Set<String>()
        var changed = 0, example = ""
        func fixed(_ id: String) -> String {
            if let id = rename[id] { return id }
            var new = id
            if !Identifier.isValid(id) {
                let base = Importer.slug(id)
                new = base
                var n = 2
                while taken.contains(new) { new = "\(base)-\(n)"; n += 1 }
            }
            taken.insert(new)
            rename[id] = new
            return new
        }
        var sources: [Source] = []
        for var source in network.sources {
            let id = fixed(source.id)
            if used.contains(id) { changed += 1; if example.isEmpty { example = "source '\(source.id)' repeated" }; continue }
            used.insert(id)
            if id != source.id { changed += 1; if example.isEmpty { example = "source '\(source.id)' → '\(id)'" } }
            source.id = id
            if let url = source.url, !(url.hasPrefix("http://") || url.hasPrefix("https://")) {
                source.url = nil; changed += 1; if example.isEmpty { example = "url '\(url)'" }
            }
            if let language = source.language, !Identifier.isLanguageTag(language) {
                source.language = nil; changed += 1; if example.isEmpty { example = "language '\(language)'" }
            }
            sources.append(source)
        }
        func records(_ list: [Provenance]) -> [Provenance] {
            list.map { record in
                var record = record
                let ref = fixed(record.ref)
                if ref != record.ref { changed += 1; if example.isEmpty { example = "reference '\(record.ref)' → '\(ref)'" } }
                record.ref = ref
                if let excerpt = record.excerpt, excerpt.count > Provenance.maximumExcerptLength {
                    record.excerpt = String(excerpt.prefix(Provenance.maximumExcerptLength))
                    changed += 1; if example.isEmpty { example = "an excerpt of \(excerpt.count) characters" }
                }
                return record
            }
        }
        let nodes = network.nodes.map { node in var node = node; node.provenance = records(node.provenance); return node }
        let edges = network.edges.map { edge in var edge = edge; edge.provenance = records(edge.provenance); return edge }
        network.sources = sources
        if changed > 0 {
            network.update { allNodes, allEdges in
                allNodes = nodes
                allEdges = edges
            }
            warnings.append(Language.en.format(.importSourcesRepaired, "\(changed)", example))
        }
    }

    /// Declared layers that the validator would refuse dropped: one named after a custom type the
    /// network has and no declared layer lists (that type is a layer of its own).
    mutating func validLayers(_ network: inout Network) {
        let claimed = Set(network.declaredLayers.flatMap(\.types))
        let present = Set(network.edges.map(\.type))
        let refused = network.declaredLayers.filter { layer in
            let type = EdgeType(rawValue: layer.name)
            return type.isCustom && present.contains(type) && !claimed.contains(type)
        }
        guard !refused.isEmpty else { return }
        network.declaredLayers.removeAll { refused.contains($0) }
        warnings.append(Language.en.format(.importLayersDropped, "\(refused.count)", refused.map(\.name).joined(separator: ", ")))
    }
}
