import AgencyAnalysis
import AgencyModel
import AgencyRendering
import Foundation
import Presentation
import TextKit

/// Collects the data of an explorer page: the facts of the network, the analyses (asked on the
/// views the briefing reads, through the same AgencyAnalysis questions and Presentation
/// overlays), and the drawing.
struct ExplorerBuilder {
    /// What the page shows: the network, or a view of it.
    let network: Network
    /// The unfiltered network, to name the levels a view left out (`network` itself when it is whole).
    let context: Network
    let options: ExplorerOptions
    let languages = Language.allCases

    init(network: Network, context: Network, options: ExplorerOptions) {
        self.network = network
        self.context = context
        self.options = options
    }

    func wrap<T>(_ body: () throws(AnalysisError) -> T) throws(ExplorerError) -> T {
        do { return try body() } catch { throw .analysis(error) }
    }

    /// The view a question of `scope` reads, at `date` when given (levels read from the whole
    /// network at that date), edges read undirected.
    func view(_ scope: QuestionScope, at date: PartialDate? = nil) throws(ExplorerError) -> AnalysisView {
        var filter = scope.completing(ViewFilter(at: date), for: network)
        filter.at = date
        let filtered: Network
        do { filtered = try filter.apply(to: network) } catch { throw .drawing(error.description) }
        let context = date.map { network.snapshot(at: $0) } ?? network
        return try wrap { () throws(AnalysisError) in
            try AnalysisView(network: filtered, options: AnalysisOptions(directed: true, languages: options.language.fallbackOrder), context: context)
        }
    }

    func texts(_ value: (Language) -> String) -> ExplorerData.Texts {
        Dictionary(uniqueKeysWithValues: languages.map { ($0.rawValue, value($0)) })
    }

    func optionalTexts(_ value: (Language) -> String?) -> ExplorerData.Texts? {
        var out: ExplorerData.Texts = [:]
        for language in languages { if let text = value(language) { out[language.rawValue] = text } }
        return out.isEmpty ? nil : out
    }

    static func raw(_ text: LocalizedText?) -> ExplorerData.Texts {
        guard let text else { return [:] }
        var out = text.translations
        if let universal = text.universal { out["*"] = universal }
        return out
    }

    func facts(_ provenance: [Provenance]) -> [ExplorerData.Fact] {
        provenance.map { ExplorerData.Fact(ref: $0.ref, section: $0.section, excerpt: $0.excerpt) }
    }

    /// The drawing's element id of each edge, as `NetworkDiagram` numbers them (`-2`, `-3` on repeats).
    static func drawingIDs(_ edges: [Edge]) -> [String] {
        var used = Set<String>()
        return edges.map { edge in
            var id = "edge-\(edge.from)-\(edge.to)-\(edge.type.rawValue)"
            if used.contains(id) {
                var n = 2
                while used.contains("\(id)-\(n)") { n += 1 }
                id += "-\(n)"
            }
            used.insert(id)
            return id
        }
    }

    mutating func build() throws(ExplorerError) -> ExplorerDocument {
        let lang = options.language
        let progress = options.progress
        let actors = try view(.actors)
        if let hub = options.hub, actors.dense(hub) == nil {
            let ids = actors.ids.sorted()
            throw .unknownNode(id: hub, option: .hub, suggestion: Suggestion.closest(to: hub, in: ids, maxDistance: max(2, hub.count / 3)))
        }
        let hub = options.hub

        progress?("drawing")
        let svg = try drawing()

        // Facts.
        let layerOf = Dictionary(uniqueKeysWithValues: network.layers.flatMap { layer in layer.types.map { ($0, layer.name) } })
        let nodes = network.nodes.map { node in
            ExplorerData.NodeInfo(
                id: node.id, kind: node.kind.rawValue, names: Self.raw(node.name), acronyms: Self.raw(node.acronym),
                label: texts { node.label(preferring: $0.fallbackOrder) },
                name: optionalTexts { $0.pick(node.name) }, level: node.level,
                since: node.validity.since?.description, until: node.validity.until?.description,
                from: node.validity.since?.firstDay, to: node.validity.until?.lastDay,
                provenance: facts(node.provenance), assumption: node.assumption, notes: node.notes,
                svg: node.kind == .level ? "level-\(node.id)" : "node-\(node.id)", actor: node.kind.isActor)
        }
        let drawingIDs = Self.drawingIDs(network.edges)
        let edges = zip(network.edges, drawingIDs).map { edge, id in
            ExplorerData.EdgeInfo(
                id: id, key: edge.id, from: edge.from, to: edge.to, type: edge.type.rawValue, layer: layerOf[edge.type],
                since: edge.validity.since?.description, until: edge.validity.until?.description,
                fromDay: edge.validity.since?.firstDay, toDay: edge.validity.until?.lastDay, weight: edge.weight,
                provenance: facts(edge.provenance), assumption: edge.assumption, notes: edge.notes)
        }
        var sources: [String: ExplorerData.SourceInfo] = [:]
        for source in network.sources {
            sources[source.id] = .init(title: source.title, publisher: source.publisher, url: source.url, accessed: source.accessed?.description)
        }
        var kinds: [String: ExplorerData.Texts] = [:]
        for kind in Set(NodeKind.builtIn + network.kinds) { kinds[kind.rawValue] = texts { $0.name(of: kind) } }
        var types: [String: ExplorerData.Texts] = [:]
        for type in Set(EdgeType.builtIn + network.edges.map(\.type)) { types[type.rawValue] = texts { $0.name(of: type) } }
        let layers = network.layers.map { layer in
            ExplorerData.LayerInfo(name: layer.name, label: texts { $0.name(ofLayer: layer.name) }, types: layer.types.map(\.rawValue))
        }

        // Centrality of the actors, read undirected (as the briefing does), one report per
        // measure so that each rank is the report's own.
        progress?("centrality")
        let undirected = try wrap { () throws(AnalysisError) in try actors.undirected() }
        var centrality: [ExplorerData.Centrality] = []
        for measure in [CentralityMeasure.betweenness, .degree, .closeness] {
            let report = try wrap { () throws(AnalysisError) in try undirected.centrality([measure]) }
            let size = AnalysisOverlays.size(report, directed: false, language: lang)
            var rank: [String: Int] = [:]
            for row in report.rows { rank[row.node.id] = row.rank }
            centrality.append(.init(measure: measure.rawValue, label: texts { $0.word(Self.measureWord(measure)) },
                                    score: size.values, rank: rank))
        }

        // Single points of failure among the actors.
        progress?("spof")
        let spof = try wrap { () throws(AnalysisError) in
            try actors.singlePointsOfFailure(SPOFOptions(hub: hub, keyPlayers: 0, robustness: false))
        }
        let highlight = AnalysisOverlays.spof(spof, drawn: network, language: lang)
        // An edge reference without a type stands for every type between its two ends.
        let highlighted = Set(highlight.edges.map { "\($0.from)\u{0}\($0.to)\u{0}\($0.type?.rawValue ?? "*")" })
        let spofEdges = zip(network.edges, drawingIDs).filter { edge, _ in
            highlighted.contains("\(edge.from)\u{0}\(edge.to)\u{0}\(edge.type.rawValue)") || highlighted.contains("\(edge.from)\u{0}\(edge.to)\u{0}*")
        }.map(\.1)

        // Every single removal, per layer, from the hub: one search per layer for all of them.
        var removals: [String: ExplorerData.Removal] = [:]
        let actorIDs = actors.ids
        let complete = actorIDs.count <= options.removalLimit
        if complete {
            progress?("what-if")
            let impacts = try wrap { () throws(AnalysisError) in
                try actors.singleRemovalImpacts(of: actorIDs, hub: hub, progress: progress)
            }
            for (id, impact) in zip(actorIDs, impacts) {
                removals[id] = .init(layers: impact.layers.map { .init(layer: $0.layer, cutOff: $0.cutOff, backup: $0.backup) },
                                     noBackup: impact.noBackup)
            }
        }

        // Overlays: communities, coverage, level, kind.
        progress?("overlays")
        var colourings: [String: ExplorerData.Colouring] = [:]
        // Modularity is undefined without edges: a view with no tie among its actors (a layer or
        // some kinds of a network) has no community colouring.
        if actors.graph.edgeCount > 0 {
            let communities = try wrap { () throws(AnalysisError) in try actors.communities() }
            colourings["community"] = colouring { AnalysisOverlays.communities(communities, seed: 0, language: $0) }
        }
        // Levels: those of the view, named from the context when the view left the level nodes out.
        let usedLevels = Set(network.nodes.compactMap(\.level) + network.nodes.filter { $0.kind == .level }.map(\.id))
        let levelNodes = context.levelsByRank.filter { usedLevels.contains($0.id) }
        if network.nodes.contains(where: { $0.kind == .objective }) && !levelNodes.isEmpty {
            let policy = try view(.policy)
            let coverage = try wrap { () throws(AnalysisError) in try policy.coverage(CoverageOptions(min: 2, hub: hub, maxHops: 3)) }
            colourings["coverage"] = colouring { AnalysisOverlays.coverage(coverage, drawn: network, language: $0) }
        }
        if !levelNodes.isEmpty {
            colourings["level"] = colouring { language in
                ColorOverlay(title: language.word(.level),
                             groupOf: Dictionary(uniqueKeysWithValues: network.nodes.compactMap { n in n.level.map { (n.id, $0) } }),
                             groups: levelNodes.map { (key: $0.id, label: language.pick($0.name) ?? $0.id) })
            }
        }
        colourings["kind"] = colouring { language in
            ColorOverlay(title: language.word(.kind), groupOf: Dictionary(uniqueKeysWithValues: network.nodes.map { ($0.id, $0.kind.rawValue) }),
                         groups: network.kinds.map { (key: $0.rawValue, label: language.name(of: $0)) })
        }

        // Measures over all periods and at each distinct date of the data.
        progress?("dates")
        var measures = [try self.measures(at: nil)]
        let dates = Set(network.nodes.flatMap { [$0.validity.since, $0.validity.until] } + network.edges.flatMap { [$0.validity.since, $0.validity.until] })
            .compactMap { $0 }.sorted()
        for date in dates { measures.append(try self.measures(at: date)) }

        var words: [String: ExplorerData.Texts] = [:]
        for language in languages {
            var table: ExplorerData.Texts = [:]
            for word in Self.pageWords { table[word.rawValue] = language.word(word) }
            words[language.rawValue] = table
        }
        let data = ExplorerData(
            id: network.id, title: texts { $0.pick(network.title) ?? network.id }, inputName: options.inputName,
            language: lang.rawValue, hub: hub, words: words, kinds: kinds, types: types, layers: layers,
            levels: levelNodes.map(\.id), sources: sources, nodes: nodes, edges: edges, centrality: centrality,
            actorCount: actorIDs.count, spofNodes: highlight.nodes.sorted(), spofEdges: spofEdges.sorted(),
            removals: removals, removalLimit: options.removalLimit, removalsComplete: complete, whatIfCommand: options.whatIfCommand,
            measures: measures, colourings: colourings)
        return ExplorerDocument(data: data, svg: svg)
    }

    /// The network (or view) drawn as `render --whole` draws it, checked by the SVG gate.
    func drawing() throws(ExplorerError) -> String {
        let bytes: [UInt8]
        do {
            bytes = try NetworkDiagram.render(network, context: context, options: DiagramOptions(language: options.language)).data
        } catch {
            throw .drawing("\(error)")
        }
        if let violation = SafeSVG.check(bytes) { throw .unsafeMarkup("drawing: \(violation)") }
        var text = String(decoding: bytes, as: UTF8.self)
        // The page is HTML: drop the XML declaration and the DOCTYPE, keep the <svg> element.
        if let start = text.range(of: "<svg") { text = String(text[start.lowerBound...]) }
        return text
    }

    func measures(at date: PartialDate?) throws(ExplorerError) -> ExplorerData.Measures {
        let whole = try view(.whole, at: date)
        let stats = try wrap { () throws(AnalysisError) in try whole.stats() }
        let actors = try view(.actors, at: date)
        let spof = try wrap { () throws(AnalysisError) in try actors.singlePointsOfFailure(SPOFOptions(keyPlayers: 0, robustness: false)) }
        return .init(date: date?.description, day: date?.firstDay, nodes: stats.nodeCount, edges: stats.edgeCount,
                     components: stats.components, largest: stats.largestComponent, density: stats.density,
                     diameter: stats.diameter, spofs: spof.articulationPoints.count)
    }

    /// A colour overlay made in every language: groups (fills from the overlay) and labels per language.
    func colouring(_ make: (Language) -> ColorOverlay) -> ExplorerData.Colouring {
        let overlays = languages.map { ($0, make($0)) }
        let first = overlays[0].1
        let ordered = first.orderedGroups
        let groups = ordered.enumerated().map { index, group in
            ExplorerData.Colouring.Group(
                key: group.key,
                label: Dictionary(uniqueKeysWithValues: overlays.map { language, overlay in
                    (language.rawValue, overlay.orderedGroups.first { $0.key == group.key }?.label ?? group.label)
                }),
                fill: first.fill(at: index))
        }
        return .init(title: Dictionary(uniqueKeysWithValues: overlays.map { ($0.0.rawValue, $0.1.title) }), groups: groups, groupOf: first.groupOf)
    }


    static func measureWord(_ measure: CentralityMeasure) -> Word {
        switch measure {
        case .betweenness: return .tableBetweenness
        case .closeness: return .tableCloseness
        default: return .tableDegree
        }
    }

    /// The catalogue's words the page uses (the `explorer…` words and a few shared ones).
    static let pageWords: [Word] = Word.allCases.filter { $0.rawValue.hasPrefix("explorer-") } + [
        .kind, .level, .nodes, .edges, .sources, .source, .assumption, .none, .legendAllDates, .tableNoBackup,
        .allLayersName, .community, .measure, .cutOff, .spof,
    ]
}
