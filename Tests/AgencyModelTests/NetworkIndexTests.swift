import AgencyGraphTestSupport
import Testing
@testable import AgencyModel

/// Issue 16's interned index (edge ends as node positions, compressed rows of edges per node),
/// the validator and view filter that use it, and the compact source locations: each against a
/// plain computation by ids, or against the frozen validator (`Oracle/OracleValidator.swift`), on
/// random networks with what invalid files have (repeated ids, ends that name no node, unknown
/// kinds and sources, symmetric and repeated edges, cycles).
@Suite struct NetworkIndexTests {
    /// A random network and a source map parallel to it.
    static func randomNetwork(_ seed: UInt64, nodes nodeCount: Int = 60, edges edgeCount: Int = 150) -> LoadedNetwork {
        var generator = SplitMix64(seed: seed)
        func pick<T>(_ items: [T]) -> T { items[Int(generator.next() % UInt64(items.count))] }
        func chance(_ percent: UInt64) -> Bool { generator.next() % 100 < percent }
        // Fewer ids than nodes in some networks: repeated ids.
        let idCount = chance(40) ? nodeCount - nodeCount / 10 : nodeCount
        let ids = (0 ..< idCount).map { "n\($0)" }
        let kinds: [NodeKind] = [.agency, .agency, .agency, .level, .objective, .body, .group, .instrument, NodeKind(rawValue: "x-unit"), NodeKind(rawValue: "bogus")]
        let types: [EdgeType] = [.coordinates, .informs, .cooperatesWith, .cooperatesWith, .partOf, .supersedes, .contributesTo, .operatesAt,
                                 .memberOf, EdgeType(rawValue: "x-link"), EdgeType(rawValue: "bad type")]
        let dates: [PartialDate?] = [nil, nil, PartialDate(year: 2019), PartialDate(year: 2021, month: 9), PartialDate(year: 2020, month: 2, day: 29)]
        var map = SourceMap(file: "r.yaml")
        func locations(line: Int, fields: [String]) -> ElementLocations {
            var result = ElementLocations(start: SourceLocation(file: "r.yaml", line: line, column: 3))
            for (column, field) in fields.enumerated() { result.set(field, line: line, column: 5 + column * 7) }
            return result
        }
        func provenance() -> ([Provenance], String?, [String]) {
            switch generator.next() % 6 {
            case 0: return ([], nil, [])
            case 1: return ([], "assumed", ["assumption"])
            case 2: return ([Provenance(ref: "nope")], nil, ["source", "source[0]", "source[0].ref"])
            default: return ([Provenance(ref: pick(["s", "t"]))], nil, ["source", "source[0]", "source[0].ref"])
            }
        }
        var nodes: [Node] = []
        for line in 0 ..< nodeCount {
            var node = Node(id: line < idCount ? ids[line] : pick(ids), kind: pick(kinds))
            var fields = ["id", "kind"]
            if chance(50) { node.level = pick(["n0", "n1", "n2", "nolevel"]); fields.append("level") }
            if chance(10) { node.rank = line; fields.append("rank") }
            node.validity = ValidityPeriod(since: pick(dates), until: pick(dates))
            if node.validity.until != nil { fields.append("until") }
            let (records, assumption, provenanceFields) = provenance()
            node.provenance = records
            node.assumption = assumption
            nodes.append(node)
            map.nodes.append(locations(line: line + 1, fields: fields + provenanceFields))
        }
        var edges: [Edge] = []
        let ends = ids + ["ghost", "ghost2"]
        for line in 0 ..< edgeCount {
            // Repeat earlier edges now and then, also reversed.
            var edge: Edge
            if !edges.isEmpty && chance(10) {
                edge = pick(edges)
                if chance(50) { swap(&edge.from, &edge.to) }
            } else {
                edge = Edge(from: chance(3) ? pick(["ghost", "ghost2"]) : pick(ends), to: chance(3) ? "ghost" : pick(ends), type: pick(types))
            }
            if chance(20) { edge.id = "e\(line % 7)" }
            edge.validity = ValidityPeriod(since: pick(dates), until: pick(dates))
            let (records, assumption, provenanceFields) = provenance()
            edge.provenance = records
            edge.assumption = assumption
            edges.append(edge)
            map.edges.append(locations(line: 1000 + line, fields: ["from", "to", "type", "until"] + provenanceFields))
        }
        let sources = [Source(id: "s", title: "S"), Source(id: "t", title: "T")]
        map.sources = [locations(line: 900, fields: ["id"]), locations(line: 901, fields: ["id"])]
        let defaults = chance(30) ? ProvenanceDefaults(source: [Provenance(ref: "s")]) : nil
        let network = Network(id: "r", title: LocalizedText(universal: "R"), sources: sources, nodes: nodes, edges: edges, defaults: defaults)
        return LoadedNetwork(network: network, sourceMap: map, format: .yaml, comments: CommentMap())
    }

    /// Every look-up of the index, against a scan of the nodes and edges by id.
    static func expectLookUpsByIDs(_ network: Network, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        func firstNode(_ id: String) -> Int? { network.nodes.firstIndex { $0.id == id } }
        let ids = Set(network.nodes.map(\.id) + network.edges.flatMap { [$0.from, $0.to] } + ["absent"])
        #expect(network.hasDuplicateNodeIDs == (Set(network.nodes.map(\.id)).count != network.nodes.count), sourceLocation: sourceLocation)
        #expect(network.hasDanglingEdges == network.edges.contains { firstNode($0.from) == nil || firstNode($0.to) == nil }, sourceLocation: sourceLocation)
        for position in network.edges.indices {
            let ends = network.endpoints(ofEdgeAt: position)
            #expect(ends.from == firstNode(network.edges[position].from) && ends.to == firstNode(network.edges[position].to), sourceLocation: sourceLocation)
        }
        for id in ids.sorted() {
            #expect(network.nodeIndex(ofID: id) == firstNode(id), sourceLocation: sourceLocation)
            #expect(network.edges(from: id) == network.edges.filter { $0.from == id }, sourceLocation: sourceLocation)
            #expect(network.edges(to: id, type: .informs) == network.edges.filter { $0.to == id && $0.type == .informs }, sourceLocation: sourceLocation)
            #expect(network.edges(touching: id) == network.edges.filter { $0.from == id || $0.to == id }, sourceLocation: sourceLocation)
            #expect(network.edges(touching: id, type: .cooperatesWith) == network.edges.filter { ($0.from == id || $0.to == id) && $0.type == .cooperatesWith },
                    sourceLocation: sourceLocation)
            for other in ["n1", "n2", "ghost", id] {
                #expect(network.edges(from: id, to: other) == network.edges.filter { $0.from == id && $0.to == other }, sourceLocation: sourceLocation)
            }
        }
        for kind in Set(network.nodes.map(\.kind)) {
            #expect(network.nodes(ofKind: kind) == network.nodes.filter { $0.kind == kind }, sourceLocation: sourceLocation)
        }
        #expect(network.countsByType == Dictionary(grouping: network.edges, by: \.type).mapValues(\.count), sourceLocation: sourceLocation)
        #expect(network.kinds == Set(network.nodes.map(\.kind)).sorted(), sourceLocation: sourceLocation)
    }

    @Test(arguments: 0 ..< 40)
    func lookUpsAgreeWithAScanByIDs(_ seed: Int) {
        let network = Self.randomNetwork(UInt64(seed)).network
        Self.expectLookUpsByIDs(network)
        // And after a mutation, which rebuilds the index.
        var changed = network
        changed.update { nodes, edges in
            nodes.removeFirst(min(5, nodes.count))
            edges.append(Edge(from: "n7", to: "n7", type: .informs))
        }
        Self.expectLookUpsByIDs(changed)
    }

    @Test(arguments: 0 ..< 60)
    func validationIsTheFrozenValidators(_ seed: Int) {
        let loaded = Self.randomNetwork(UInt64(seed) &+ 500, nodes: 20 + seed * 3, edges: 40 + seed * 8)
        let new = Validator().validate(loaded).map(\.description)
        let old = OracleValidator().validate(loaded).map(\.description)
        #expect(new == old)
        #expect(!new.isEmpty)
    }

    /// The view filter before issue 16, by ids (`Network.update`).
    static func filteredByIDs(_ filter: ViewFilter, _ network: Network) throws -> Network {
        // The checks and layer resolution are unchanged: let the filter run them on an empty
        // selection of the same network first.
        var result = filter.at.map { date -> Network in
            let keptNodes = network.nodes.filter { $0.validity.isValid(at: date) }
            let keptIDs = Set(keptNodes.map(\.id))
            let keptEdges = network.edges.filter { $0.validity.isValid(at: date) && keptIDs.contains($0.from) && keptIDs.contains($0.to) }
            var copy = network
            copy.asOf = date
            copy.update { nodes, edges in nodes = keptNodes; edges = keptEdges }
            return copy
        } ?? network
        var edgeTypes = filter.edgeTypes
        if let layers = filter.layers {
            let types = Set(network.layers.filter { layers.contains($0.name) }.flatMap(\.types))
            edgeTypes = edgeTypes.map { $0.intersection(types) } ?? types
        }
        result.update { nodes, edges in
            nodes.removeAll { node in (filter.kinds.map { !$0.contains(node.kind) } ?? false) || filter.withoutNodes.contains(node.id) }
            let kept = Set(nodes.map(\.id))
            edges.removeAll { edge in
                !kept.contains(edge.from) || !kept.contains(edge.to) || (edgeTypes.map { !$0.contains(edge.type) } ?? false)
                    || filter.withoutEdges.contains { $0.matches(edge) }
            }
        }
        if let focus = filter.focus {
            let ego = ViewFilter.ball(around: focus, radius: filter.radius, in: result)
            result.update { nodes, edges in
                nodes.removeAll { !ego.contains($0.id) }
                edges.removeAll { !ego.contains($0.from) || !ego.contains($0.to) }
            }
        }
        return result
    }

    @Test(arguments: 0 ..< 40)
    func viewFiltersKeepWhatTheFilterByIDsKept(_ seed: Int) throws {
        var generator = SplitMix64(seed: UInt64(seed) &+ 9000)
        func chance(_ percent: UInt64) -> Bool { generator.next() % 100 < percent }
        let network = Self.randomNetwork(UInt64(seed) &+ 77).network
        var compared = 0
        for _ in 0 ..< 12 {
            var filter = ViewFilter()
            if chance(40) { filter.kinds = [.agency, .level, NodeKind(rawValue: "x-unit")] }
            if chance(30) { filter.edgeTypes = [.informs, .cooperatesWith, .partOf] }
            if chance(20) { filter.layers = ["coordination"] }
            if chance(30) { filter.at = PartialDate(year: 2020) }
            if chance(30) { filter.withoutNodes = ["n3", "n5"] }
            if chance(20), let edge = network.edges.first(where: { network.nodeIndex(ofID: $0.from) != nil && network.nodeIndex(ofID: $0.to) != nil }) {
                filter.withoutEdges = [EdgeSelector(from: edge.from, to: edge.to)]
            }
            if chance(25) { filter.focus = "n1"; filter.radius = Int(generator.next() % 3) }
            let new: Result<Network, ViewFilterError> = Result { () throws(ViewFilterError) in try filter.apply(to: network) }
            guard case .success(let kept) = new else { continue }
            let expected = try Self.filteredByIDs(filter, network)
            #expect(kept == expected, "filter \(filter)")
            #expect(kept.countsByType == expected.countsByType && kept.kinds == expected.kinds)
            Self.expectLookUpsByIDs(kept)
            compared += 1
        }
        #expect(compared > 0)
    }

    @Test func theWholeNetworkIsNotCopiedButADanglingEdgeIsStillDropped() throws {
        let clean = Network(id: "c", title: LocalizedText(universal: "C"), nodes: [Node(id: "a", kind: .agency), Node(id: "b", kind: .agency)],
                            edges: [Edge(from: "a", to: "b", type: .informs)])
        #expect(try ViewFilter().apply(to: clean) == clean)
        let dangling = Network(id: "d", title: LocalizedText(universal: "D"), nodes: clean.nodes,
                               edges: clean.edges + [Edge(from: "a", to: "ghost", type: .informs)])
        #expect(try ViewFilter().apply(to: dangling).edges == clean.edges)
    }

    @Test func locationsPackKnownFieldsAndKeepTheOthers() {
        var locations = ElementLocations(start: SourceLocation(file: "f.yaml", line: 4, column: 3))
        let fields: [(String, Int, Int)] = [("id", 4, 7), ("kind", 4, 15), ("source[0].ref", 5, 9), ("lable", 6, 5), ("name", 7, 1),
                                            ("tags", 8, 2), ("since", 9, 3), ("until", 10, 4), ("source[9].excerpt", 11, 5),
                                            ("level", 16_777_300, 2), ("notes", 12, 20_000_000)]
        for (field, line, column) in fields { locations.set(field, line: line, column: column) }
        for (field, line, column) in fields {
            #expect(locations.has(field))
            #expect(locations[field] == SourceLocation(file: "f.yaml", line: line, column: column), "\(field)")
        }
        #expect(locations.fields.count == fields.count)
        #expect(!locations.has("rank") && locations["rank"] == locations.start)
        // Replacing: a field that no longer packs, and back.
        locations.set("id", line: 30_000_000, column: 1)
        #expect(locations["id"].line == 30_000_000 && locations.fields.count == fields.count)
        locations.set("id", line: 3, column: 1)
        locations.set("level", line: 2, column: 2)
        #expect(locations["id"].line == 3 && locations["level"].line == 2 && locations.fields.count == fields.count)
        var copy = ElementLocations(start: locations.start)
        copy.fields = locations.fields
        #expect(copy.fields == locations.fields)
    }

    @Test func partialDatesKeepTheirParts() throws {
        let date = try #require(PartialDate(year: 2024, month: 2, day: 29))
        #expect(date.year == 2024 && date.month == 2 && date.day == 29 && date.description == "2024-02-29")
        let year = try #require(PartialDate(parsing: "9999"))
        #expect(year.month == nil && year.day == nil && year.year == 9999)
        #expect(PartialDate(year: 2023, month: 2, day: 29) == nil)
        #expect(MemoryLayout<ValidityPeriod>.size <= 16)
    }
}
