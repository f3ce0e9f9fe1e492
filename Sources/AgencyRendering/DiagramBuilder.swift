import AgencyModel
import TextKit
import Graphviz

/// Builds one diagram; see ``NetworkDiagram`` for what it draws. Internal: the public face is
/// ``NetworkDiagram/graph(for:context:options:engine:)``.
struct DiagramBuilder {
    let view: Network
    let context: Network
    let options: DiagramOptions
    let engine: LayoutEngine
    let words: Language

    /// A node to draw: from the view, or removed (from a diff's base).
    struct DrawnNode {
        var node: AgencyModel.Node
        var attributes = Attributes()
        var removed = false
    }

    /// An edge to draw, with the Graphviz names of its ends.
    struct DrawnEdge {
        var edge: AgencyModel.Edge
        var tail: String
        var head: String
        var attributes = Attributes()
        var removed = false
    }

    /// A level box.
    struct LevelBox {
        var id: String
        var label: String
        var rank: Int?
        var parent: String?
        var needsAnchor = false
        var anchorName: String { "level anchor \(id)" }
        var subgraphName: String { "level_\(id)" }
        var graphvizName: String { "cluster_level_\(id)" }
    }

    private var nodes: [DrawnNode] = []
    var drawnNodesSnapshot: [DrawnNode] { nodes }
    var drawnEdgesSnapshot: [DrawnEdge] { edges }
    var impliedOperatesAtCount: Int { impliedOperatesAt }
    private var nodeIndex: [String: Int] = [:]
    private var edges: [DrawnEdge] = []
    private var boxes: [String: LevelBox] = [:]
    private var usedEdgeIDs: Set<String> = []
    private var impliedOperatesAt = 0
    /// Edges of the view shown by box membership rather than a line: an actor's `operates_at` to
    /// its own level, and `part_of` between nested levels.
    private var foldedEdges: [AgencyModel.Edge] = []
    /// Per overlay (index in `options.overlays`): how many of its edges are box memberships.
    var foldedOverlayEdges: [Int: Int] = [:]
    /// Highlights of levels drawn as boxes: the box gets the colour and the class.
    private var boxMarks: [String: (cls: String, color: GraphvizColor)] = [:]
    private var usesCompound = false
    /// The whole network's custom edge types, sorted: each gets its own look (``TypeAppearance``).
    let customTypes: [EdgeType]

    init(view: Network, context: Network, options: DiagramOptions, engine: LayoutEngine) {
        self.view = view
        self.context = context
        self.customTypes = TypeAppearance.customTypes(of: context)
        self.options = options
        self.engine = engine
        self.words = options.language
    }

    private var language: Language { options.language }
    private var boxesByLevel: Bool { options.clusterBy == .level }
    private var usesRanks: Bool { engine == .dot && boxesByLevel }

    // MARK: - Build

    mutating func build() throws -> Graph {
        let diffs = options.overlays.compactMap { if case .diff(let d) = $0 { return d } else { return nil } }
        collectNodes(diffs: diffs)
        if boxesByLevel { collectLevelBoxes() }
        try collectEdges(diffs: diffs)
        try applyOverlays()
        return try assemble()
    }

    private mutating func collectNodes(diffs: [DiffOverlay]) {
        for node in view.nodes where nodeIndex[node.id] == nil {
            nodeIndex[node.id] = nodes.count
            nodes.append(DrawnNode(node: node))
        }
        for diff in diffs {
            for node in diff.removedNodes where nodeIndex[node.id] == nil {
                nodeIndex[node.id] = nodes.count
                nodes.append(DrawnNode(node: node, removed: true))
            }
        }
    }

    /// Whether a node is drawn as a level box instead of a node.
    private func isBox(_ id: String) -> Bool { boxesByLevel && boxes[id] != nil && lookUpNode(id)?.kind == .level }

    private func lookUpNode(_ id: String) -> AgencyModel.Node? {
        if let i = nodeIndex[id] { return nodes[i].node }
        return context.node(withID: id)
    }

    private mutating func collectLevelBoxes() {
        var ids: [String] = []
        for drawn in nodes {
            if drawn.node.kind == .level { ids.append(drawn.node.id) }
            if let level = drawn.node.level { ids.append(level) }
        }
        // Parents of boxes (levels part_of levels), from the drawn edges or the full network.
        var parentOf: [String: String] = [:]
        for edge in view.edges + context.edges where edge.type == .partOf {
            if lookUpNode(edge.from)?.kind == .level, lookUpNode(edge.to)?.kind == .level, parentOf[edge.from] == nil {
                parentOf[edge.from] = edge.to
            }
        }
        var pending = ids
        while let id = pending.popLast() {
            guard boxes[id] == nil else { continue }
            let level = lookUpNode(id)
            let label = language.pick(level?.name) ?? language.pick(level?.acronym) ?? id
            var box = LevelBox(id: id, label: label, rank: level?.rank)
            if let parent = parentOf[id], parent != id {
                box.parent = parent
                pending.append(parent)
            }
            boxes[id] = box
        }
        // Break any cycle of parents (invalid data): a box whose ancestry loops loses its parent.
        for id in boxes.keys.sorted() {
            var seen: Set<String> = [id]
            var current = boxes[id]?.parent
            while let p = current {
                if seen.contains(p) { boxes[id]?.parent = nil; break }
                seen.insert(p)
                current = boxes[p]?.parent
            }
        }
    }

    private mutating func collectEdges(diffs: [DiffOverlay]) throws {
        var all: [(AgencyModel.Edge, Bool)] = view.edges.map { ($0, false) }
        for diff in diffs { all += diff.removedEdges.map { ($0, true) } }
        for (edge, removed) in all {
            guard nodeIndex[edge.from] != nil, nodeIndex[edge.to] != nil else { continue }
            var tail = edge.from
            var head = edge.to
            var attributes = Attributes()
            if boxesByLevel {
                let fromBox = isBox(edge.from), toBox = isBox(edge.to)
                if toBox, edge.type == .operatesAt, lookUpNode(edge.from)?.level == edge.to {
                    impliedOperatesAt += 1
                    if !removed { foldedEdges.append(edge) }
                    continue
                }
                if fromBox, toBox, edge.type == .partOf, boxes[edge.from]?.parent == edge.to {
                    if !removed { foldedEdges.append(edge) }
                    continue
                }
                if fromBox {
                    boxes[edge.from]?.needsAnchor = true
                    tail = boxes[edge.from]!.anchorName
                    if engine == .dot { try attributes.setRaw("ltail", boxes[edge.from]!.graphvizName); usesCompound = true }
                }
                if toBox {
                    boxes[edge.to]?.needsAnchor = true
                    head = boxes[edge.to]!.anchorName
                    if engine == .dot { try attributes.setRaw("lhead", boxes[edge.to]!.graphvizName); usesCompound = true }
                }
                if usesRanks, let r1 = rankOfNode(edge.from), let r2 = rankOfNode(edge.to), r1 > r2 {
                    // Upward across levels: do not let it fight the stacking of levels.
                    try attributes.setRaw("constraint", "false")
                }
            }
            let look = TypeAppearance.of(edge.type, customTypes: customTypes)
            attributes.color = GraphvizColor(stringLiteral: look.color)
            attributes.style = look.style
            attributes.penwidth = look.penwidth
            try attributes.setRaw("arrowhead", look.arrowhead)
            if look.undirected { try attributes.setRaw("dir", "none") }
            var id = "edge-\(edge.from)-\(edge.to)-\(edge.type.rawValue)"
            if usedEdgeIDs.contains(id) {
                var n = 2
                while usedEdgeIDs.contains("\(id)-\(n)") { n += 1 }
                id += "-\(n)"
            }
            usedEdgeIDs.insert(id)
            try attributes.setID(id)
            try attributes.setClass(["type-\(edge.type.rawValue)"])
            attributes.tooltip = edgeTooltip(edge)
            edges.append(DrawnEdge(edge: edge, tail: tail, head: head, attributes: attributes, removed: removed))
        }
    }

    /// The rank of the level box a node is drawn in (its own box for levels).
    private func rankOfNode(_ id: String) -> Int? {
        if isBox(id) { return boxes[id]?.rank }
        guard let level = lookUpNode(id)?.level else { return nil }
        return boxes[level]?.rank
    }

    // MARK: - Node appearance

    private func nodeAttributes(_ drawn: DrawnNode) throws -> Attributes {
        let node = drawn.node
        var a = drawn.attributes
        let look = KindAppearance.of(node.kind)
        if a.shape == nil { a.shape = look.shape }
        if a.fillcolor == nil { a.fillcolor = GraphvizColor(stringLiteral: look.fill) }
        var style = look.style
        for s in a.style where !style.contains(s) { style.append(s) }
        a.style = style
        a.label = .text(label(of: node))
        a.tooltip = nodeTooltip(node)
        try a.setID("node-\(node.id)")
        var classes = ["kind-\(node.kind.rawValue)"]
        if let level = node.level { classes.append("level-\(level)") }
        if node.kind == .level { classes.append("level-\(node.id)") }
        try a.setClass(classes + a.classes)
        return a
    }

    /// The node's label: the acronym, else the name wrapped at about 22 characters, else the id.
    func label(of node: AgencyModel.Node) -> String {
        if let acronym = language.pick(node.acronym) { return acronym }
        if let name = language.pick(node.name) { return Self.wrap(name, width: 22) }
        return node.id
    }

    /// Breaks text at spaces into lines of about `width` characters.
    static func wrap(_ text: String, width: Int) -> String {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if !line.isEmpty, line.count + 1 + word.count > width {
                lines.append(line)
                line = String(word)
            } else {
                line += line.isEmpty ? String(word) : " " + word
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n")
    }

    private func nodeTooltip(_ node: AgencyModel.Node) -> String {
        var lines: [String] = []
        let name = language.pick(node.name)
        let acronym = language.pick(node.acronym)
        lines.append([name, acronym.map { "(\($0))" }].compactMap { $0 }.joined(separator: " "))
        var facts = [words.name(of: node.kind)]
        if let level = node.level { facts.append(language.pick(lookUpNode(level)?.name) ?? level) }
        if let dates = Self.period(node.validity) { facts.append(dates) }
        lines.append(facts.joined(separator: " · "))
        lines += provenanceLines(node.provenance, assumption: node.assumption)
        return lines.filter { !$0.isEmpty }.joined(separator: "\n")
    }

    private func edgeTooltip(_ edge: AgencyModel.Edge) -> String {
        let from = lookUpNode(edge.from).map(label(of:))?.replacingNewlines ?? edge.from
        let to = lookUpNode(edge.to).map(label(of:))?.replacingNewlines ?? edge.to
        var lines = ["\(from) → \(to): \(words.name(of: edge.type))"]
        if let dates = Self.period(edge.validity) { lines.append(dates) }
        lines += provenanceLines(edge.provenance, assumption: edge.assumption)
        return lines.joined(separator: "\n")
    }

    private func provenanceLines(_ provenance: [Provenance], assumption: String?) -> [String] {
        var lines: [String] = []
        if let first = provenance.first {
            var line = "\(words.word(.legendSource)): \(context.source(withID: first.ref)?.title ?? first.ref)"
            if let section = first.section { line += " — \(section)" }
            if let excerpt = first.excerpt { line += "\n“\(excerpt)”" }
            if provenance.count > 1 { line += " (+\(provenance.count - 1))" }
            lines.append(line)
        }
        if let assumption { lines.append("\(words.word(.legendAssumption)): \(assumption)") }
        return lines
    }

    static func period(_ validity: ValidityPeriod) -> String? {
        switch (validity.since, validity.until) {
        case (nil, nil): return nil
        case let (s?, nil): return "\(s)–"
        case let (nil, u?): return "–\(u)"
        case let (s?, u?): return "\(s)–\(u)"
        }
    }

    // MARK: - Overlays

    private func checkNode(_ id: String, overlay: String) throws {
        guard nodeIndex[id] != nil else {
            throw DiagramError.unknownNode(id, overlay: overlay, suggestion: Closest.match(id, in: nodes.map(\.node.id)))
        }
    }

    private func edgeIndices(_ reference: EdgeReference, overlay: String) throws -> [Int] {
        try checkNode(reference.from, overlay: overlay)
        try checkNode(reference.to, overlay: overlay)
        let found = edges.indices.filter { !edges[$0].removed && reference.matches(edges[$0].edge) }
        guard !found.isEmpty || foldedEdges.contains(where: reference.matches) else {
            throw DiagramError.unknownEdge(reference, overlay: overlay)
        }
        return found
    }

    private static func cssClass(_ text: String) throws -> String {
        let ok = !text.isEmpty && text.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "_" || $0 == "-"
        }
        guard ok else { throw DiagramError.invalidOverlay("CSS class '\(text)' refused: use letters, digits, '_' and '-'") }
        return text
    }

    private static func color(_ text: String) throws -> GraphvizColor {
        do { return try GraphvizColor(validating: text) } catch {
            throw DiagramError.invalidOverlay("colour '\(text)' refused: \(error)")
        }
    }

    private mutating func addClass(_ cls: String, toNode i: Int) throws {
        try nodes[i].attributes.setClass(nodes[i].attributes.classes + [cls])
    }

    private mutating func addClass(_ cls: String, toEdge i: Int) throws {
        try edges[i].attributes.setClass(edges[i].attributes.classes + [cls])
    }

    private mutating func applyOverlays() throws {
        // Diff first: the overlays listed after it draw over its marks.
        for i in nodes.indices where nodes[i].removed {
            nodes[i].attributes.style = [.dashed]
            nodes[i].attributes.color = GraphvizColor(stringLiteral: "#8C8C8C")
            nodes[i].attributes.fontcolor = GraphvizColor(stringLiteral: "#6E6E6E")
            nodes[i].attributes.fillcolor = GraphvizColor(stringLiteral: "#F2F2F2")
            try addClass("diff-removed", toNode: i)
        }
        for i in edges.indices where edges[i].removed {
            edges[i].attributes.style = [.dashed]
            edges[i].attributes.color = GraphvizColor(stringLiteral: "#A6A6A6")
            try addClass("diff-removed", toEdge: i)
        }
        for (overlayIndex, overlay) in options.overlays.enumerated() {
            switch overlay {
            case .diff(let diff):
                for id in diff.addedNodes.sorted() {
                    guard let i = nodeIndex[id], !nodes[i].removed else { continue }
                    try nodes[i].attributes.setRaw("peripheries", "2")
                    nodes[i].attributes.color = GraphvizColor(stringLiteral: OkabeIto.bluishGreen)
                    nodes[i].attributes.penwidth = 2
                    try addClass("diff-added", toNode: i)
                }
                let added = Set(diff.addedEdges.map(EdgeKey.init))
                for i in edges.indices where !edges[i].removed && added.contains(EdgeKey(edges[i].edge)) {
                    edges[i].attributes.penwidth = 3.5
                    try addClass("diff-added", toEdge: i)
                }
            case .highlight(let h):
                let cls = try Self.cssClass(h.cssClass)
                let color = try Self.color(h.color)
                for id in h.nodes {
                    try checkNode(id, overlay: h.caption)
                    if isBox(id) {
                        boxMarks[id] = (cls, color)
                        continue
                    }
                    let i = nodeIndex[id]!
                    nodes[i].attributes.color = color
                    nodes[i].attributes.penwidth = 4
                    try addClass(cls, toNode: i)
                }
                for reference in h.edges {
                    let found = try edgeIndices(reference, overlay: h.caption)
                    if found.isEmpty { foldedOverlayEdges[overlayIndex, default: 0] += 1 }
                    for i in found {
                        edges[i].attributes.color = color
                        edges[i].attributes.penwidth = 4
                        try addClass(cls, toEdge: i)
                    }
                }
            case .size(let s):
                let largest = s.values.values.map { max($0, 0) }.max() ?? 0
                for id in s.values.keys.sorted() {
                    try checkNode(id, overlay: "size by \(s.measure)")
                    let value = max(s.values[id]!, 0)
                    let scale = largest > 0 ? (1 + (s.maximumScale * s.maximumScale - 1) * value / largest).squareRoot() : 1
                    let i = nodeIndex[id]!
                    try nodes[i].attributes.setRaw("width", Self.number(0.75 * scale))
                    try nodes[i].attributes.setRaw("height", Self.number(0.5 * scale))
                    nodes[i].attributes.fontsize = (14 * min(scale, 1.8)).rounded()
                    try addClass("sized", toNode: i)
                }
            case .color(let c):
                let order = c.orderedGroups
                for fill in c.fills { _ = try Self.color(fill) }
                for id in c.groupOf.keys.sorted() {
                    guard let i = nodeIndex[id] else {
                        // Groups may come from a whole network: nodes outside the view are ignored.
                        continue
                    }
                    guard let g = order.firstIndex(where: { $0.key == c.groupOf[id] }) else { continue }
                    nodes[i].attributes.fillcolor = try Self.color(c.fill(at: g))
                    try addClass("group-\(g + 1)", toNode: i)
                }
            case .path(let p):
                guard let first = p.nodes.first else { throw DiagramError.brokenPath("'\(p.caption)' has no nodes") }
                try checkNode(first, overlay: p.caption)
                for (a, b) in zip(p.nodes, p.nodes.dropFirst()) {
                    try checkNode(b, overlay: p.caption)
                    guard let i = edges.indices.first(where: {
                        !edges[$0].removed && ((edges[$0].edge.from == a && edges[$0].edge.to == b) || (edges[$0].edge.from == b && edges[$0].edge.to == a))
                    }) else {
                        // A node and its own level's box (or nested boxes): the step is the box membership.
                        if foldedEdges.contains(where: { ($0.from == a && $0.to == b) || ($0.from == b && $0.to == a) }) {
                            foldedOverlayEdges[overlayIndex, default: 0] += 1
                            continue
                        }
                        throw DiagramError.brokenPath("no edge between '\(a)' and '\(b)' in the view")
                    }
                    edges[i].attributes.color = GraphvizColor(stringLiteral: OkabeIto.black)
                    edges[i].attributes.penwidth = 4.5
                    edges[i].attributes.style = [.solid]
                    try addClass("path", toEdge: i)
                }
                for id in p.nodes {
                    if isBox(id) {
                        boxMarks[id] = ("path-node", GraphvizColor(stringLiteral: OkabeIto.black))
                        continue
                    }
                    let i = nodeIndex[id]!
                    nodes[i].attributes.penwidth = 3
                    nodes[i].attributes.color = GraphvizColor(stringLiteral: OkabeIto.black)
                    if !nodes[i].attributes.classes.contains("path-node") { try addClass("path-node", toNode: i) }
                }
            }
        }
    }

    static func number(_ x: Double) -> String {
        let r = (x * 1000).rounded() / 1000
        if r == r.rounded() { return String(Int(r)) }
        return String(r)
    }

    // MARK: - Assembly

    private func assemble() throws -> Graph {
        var g = Graph(name: view.id, kind: .directed)
        let summary = DiagramSummary(view: view, context: context, options: options)
        g.attributes.label = .text("\(summary.title)\n\(summary.dateLine)")
        try g.attributes.setRaw("labelloc", "t")
        g.attributes.fontsize = 18
        try g.attributes.setFontname("Helvetica")
        try g.attributes.setRaw("outputorder", "edgesfirst")
        try g.nodeDefaults.setFontname("Helvetica")
        g.nodeDefaults.fontsize = 11
        try g.nodeDefaults.setRaw("margin", "0.08,0.04")
        try g.edgeDefaults.setFontname("Helvetica")
        g.edgeDefaults.fontsize = 9
        try g.edgeDefaults.setRaw("arrowsize", "0.8")
        if engine == .dot {
            g.attributes.rankdir = .TB
            try g.attributes.setRaw("nodesep", "0.25")
            try g.attributes.setRaw("ranksep", "0.55")
            try g.attributes.setRaw("newrank", "true")
            if usesCompound { try g.attributes.setRaw("compound", "true") }
        } else {
            try g.attributes.setRaw("overlap", "false")
            try g.attributes.setRaw("sep", "+6")
        }

        // Nodes, into their boxes.
        var topLevel: [GVNode] = []
        var inBox: [String: [GVNode]] = [:]
        for drawn in nodes where !isBox(drawn.node.id) {
            let node = GVNode(drawn.node.id, attributes: try nodeAttributes(drawn))
            if let key = boxKey(of: drawn.node) { inBox[key, default: []].append(node) } else { topLevel.append(node) }
        }
        g.nodes = topLevel

        switch options.clusterBy {
        case .level:
            g.subgraphs += try levelSubgraphs(parent: nil, members: inBox)
        case .none:
            break
        case .kind, .tag, .since:
            for key in inBox.keys.sorted(by: clusterOrder) {
                var s = Subgraph(name: "\(options.clusterBy.rawValue)_\(key)", isCluster: true)
                s.attributes.label = .text(clusterLabel(key))
                try s.attributes.setID("\(options.clusterBy.rawValue)-box-\(Self.classSafe(key))")
                try s.attributes.setClass(["\(options.clusterBy.rawValue)-box"])
                s.attributes.color = "#9E9E9E"
                try s.attributes.setFontname("Helvetica")
                s.nodes = inBox[key]!
                g.subgraphs.append(s)
            }
        }

        for drawn in edges {
            g.edges.append(GVEdge(from: drawn.tail, to: drawn.head, attributes: drawn.attributes))
        }
        if usesRanks {
            let (gates, gateEdges) = try rankGates(members: inBox)
            g.nodes += gates
            g.edges += gateEdges
        }
        if options.showsLegend { try addLegend(to: &g) }
        return g
    }

    private func clusterOrder(_ a: String, _ b: String) -> Bool {
        if options.clusterBy == .kind { return NodeKind(rawValue: a) < NodeKind(rawValue: b) }
        return a < b
    }

    private func clusterLabel(_ key: String) -> String {
        options.clusterBy == .kind ? words.name(of: NodeKind(rawValue: key)) : key
    }

    /// The key of the box a node goes in, or `nil` for none.
    private func boxKey(of node: AgencyModel.Node) -> String? {
        switch options.clusterBy {
        case .level: return node.level.flatMap { boxes[$0] != nil ? $0 : nil }
        case .kind: return node.kind.rawValue
        case .tag: return node.tags.first
        case .since: return node.validity.since.map { String($0.year) }
        case .none: return nil
        }
    }

    static func classSafe(_ text: String) -> String {
        String(text.unicodeScalars.map {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" ? Character($0) : "_"
        })
    }

    private func levelSubgraphs(parent: String?, members: [String: [GVNode]]) throws -> [Subgraph] {
        let children = boxes.values.filter { $0.parent == parent }.sorted {
            ($0.rank ?? Int.max, $0.id) < ($1.rank ?? Int.max, $1.id)
        }
        var out: [Subgraph] = []
        for box in children {
            // A level with nothing drawn in it and no edge to it is left out (an empty box is noise).
            let inner = try levelSubgraphs(parent: box.id, members: members)
            if (members[box.id] ?? []).isEmpty, !box.needsAnchor, inner.isEmpty { continue }
            var s = Subgraph(name: box.subgraphName, isCluster: true)
            s.attributes.label = .text(box.label)
            try s.attributes.setID("level-\(box.id)")
            try s.attributes.setClass(["level-box", "level-\(box.id)"])
            s.attributes.style = [.rounded, .filled]
            s.attributes.fillcolor = "#F7F7F7"
            s.attributes.color = "#8C8C8C"
            s.attributes.fontsize = 13
            try s.attributes.setFontname("Helvetica")
            if let level = lookUpNode(box.id) { s.attributes.tooltip = nodeTooltip(level) }
            if let mark = boxMarks[box.id] {
                s.attributes.color = mark.color
                s.attributes.penwidth = 4
                try s.attributes.setClass(["level-box", "level-\(box.id)", mark.cls])
            }
            s.nodes = members[box.id] ?? []
            if box.needsAnchor {
                var anchor = GVNode(box.anchorName)
                anchor.attributes.shape = .point
                anchor.attributes.style = [.invis]
                try anchor.attributes.setRaw("width", "0.01")
                try anchor.attributes.setID("anchor-level-\(box.id)")
                try anchor.attributes.setClass(["anchor"])
                s.nodes.append(anchor)
            }
            s.subgraphs = inner
            out.append(s)
        }
        return out
    }

    /// Invisible edges that stack the level boxes by rank in `dot`: every node of a rank's boxes
    /// → a gate → every node of the next rank's boxes.
    private func rankGates(members: [String: [GVNode]]) throws -> ([GVNode], [GVEdge]) {
        var byRank: [Int: [String]] = [:]
        for box in boxes.values.sorted(by: { $0.id < $1.id }) {
            guard let rank = box.rank else { continue }
            var names = (members[box.id] ?? []).map(\.id)
            if box.needsAnchor { names.append(box.anchorName) }
            byRank[rank, default: []] += names
        }
        let ranks = byRank.keys.sorted().filter { !(byRank[$0] ?? []).isEmpty }
        var out: [GVEdge] = []
        var gates: [GVNode] = []
        for (n, (upper, lower)) in zip(ranks, ranks.dropFirst()).enumerated() {
            let gate = "rank gate \(n)"
            var node = GVNode(gate)
            node.attributes.shape = .point
            node.attributes.style = [.invis]
            try node.attributes.setRaw("width", "0.01")
            try node.attributes.setID("rank-gate-\(n)")
            try node.attributes.setClass(["anchor"])
            gates.append(node)
            for name in byRank[upper]! {
                var e = GVEdge(from: name, to: gate)
                e.attributes.style = [.invis]
                out.append(e)
            }
            for name in byRank[lower]! {
                var e = GVEdge(from: gate, to: name)
                e.attributes.style = [.invis]
                out.append(e)
            }
        }
        return (gates, out)
    }
}

extension String {
    var replacingNewlines: String { split(separator: "\n").joined(separator: " ") }
}
