import Testing
@testable import AgencyModel

/// A small network built in code: a coordinator, two agencies, an objective, a level, and an
/// instrument replaced in 2021.
private func smallNetwork() -> Network {
    let nodes = [
        Node(id: "hub", kind: .agency, level: "federal"),
        Node(id: "a", kind: .agency, level: "federal"),
        Node(id: "b", kind: .agency, level: "local"),
        Node(id: "far", kind: .agency, level: "local"),
        Node(id: "goal", kind: .objective),
        Node(id: "federal", kind: .level, rank: 2),
        Node(id: "local", kind: .level, rank: 4),
        Node(id: "old_plan", kind: .instrument, validity: ValidityPeriod(since: PartialDate(year: 2006), until: PartialDate(year: 2021, month: 9))),
        Node(id: "new_plan", kind: .instrument, validity: ValidityPeriod(since: PartialDate(year: 2021, month: 9))),
    ]
    let edges = [
        Edge(from: "hub", to: "a", type: .coordinates),
        Edge(from: "hub", to: "b", type: .coordinates),
        Edge(from: "b", to: "far", type: .informs),
        Edge(from: "a", to: "goal", type: .contributesTo),
        Edge(from: "a", to: "b", type: .cooperatesWith),
        Edge(from: "hub", to: "old_plan", type: .implements),
        Edge(from: "hub", to: "new_plan", type: .implements),
        Edge(from: "new_plan", to: "old_plan", type: .supersedes),
        Edge(from: "a", to: "federal", type: .operatesAt),
    ]
    return Network(id: "small", title: LocalizedText(["en": "Small"]), sources: [], nodes: nodes, edges: edges)
}

@Suite("View filter")
struct ViewFilterTests {
    @Test func identityKeepsEverything() throws {
        let n = smallNetwork()
        #expect(ViewFilter().isIdentity)
        #expect(try ViewFilter().apply(to: n) == n)
    }

    @Test func kindsAndEdgeTypes() throws {
        let view = try ViewFilter(kinds: [.agency], edgeTypes: [.coordinates, .cooperatesWith]).apply(to: smallNetwork())
        #expect(view.nodes.map(\.id) == ["hub", "a", "b", "far"])
        #expect(view.edges.map { "\($0.from)>\($0.to)" } == ["hub>a", "hub>b", "a>b"])
    }

    @Test func dateKeepsWhatIsValid() throws {
        let in2015 = try ViewFilter(at: PartialDate(year: 2015)).apply(to: smallNetwork())
        #expect(in2015.node(withID: "old_plan") != nil)
        #expect(in2015.node(withID: "new_plan") == nil)
        #expect(!in2015.edges.contains { $0.type == .supersedes })   // one end is gone
        let in2023 = try ViewFilter(at: PartialDate(year: 2023)).apply(to: smallNetwork())
        #expect(in2023.node(withID: "old_plan") == nil)
        #expect(in2023.node(withID: "new_plan") != nil)
    }

    @Test func removalsOfNodesAndEdges() throws {
        let withoutHub = try ViewFilter(withoutNodes: ["hub"]).apply(to: smallNetwork())
        #expect(withoutHub.node(withID: "hub") == nil)
        #expect(!withoutHub.edges.contains { $0.from == "hub" || $0.to == "hub" })
        #expect(withoutHub.edges.count == 5)

        // A symmetric edge is selected in either direction; a typed selector only matches its type.
        let cut = try ViewFilter(withoutEdges: [EdgeSelector(from: "b", to: "a"), EdgeSelector(from: "hub", to: "b", type: .coordinates)])
            .apply(to: smallNetwork())
        #expect(!cut.edges.contains { $0.type == .cooperatesWith })
        #expect(!cut.edges.contains { $0.from == "hub" && $0.to == "b" })
        #expect(cut.edges.count == 7)
    }

    @Test func egoNetworkReadsEdgesBothWays() throws {
        let one = try ViewFilter(focus: "b", radius: 1).apply(to: smallNetwork())
        #expect(Set(one.nodes.map(\.id)) == ["b", "hub", "far", "a"])
        let zero = try ViewFilter(focus: "b", radius: 0).apply(to: smallNetwork())
        #expect(zero.nodes.map(\.id) == ["b"])
        #expect(zero.edges.isEmpty)
        let two = try ViewFilter(focus: "far", radius: 2).apply(to: smallNetwork())
        #expect(Set(two.nodes.map(\.id)) == ["far", "b", "hub", "a"])
    }

    @Test func unknownIdsAreErrorsWithHints() {
        #expect(throws: ViewFilterError.unknownNode(id: "hubb", field: .withoutNodes, suggestion: "hub")) {
            try ViewFilter(withoutNodes: ["hubb"]).apply(to: smallNetwork())
        }
        #expect(throws: ViewFilterError.unknownNode(id: "nowhere", field: .focus, suggestion: nil)) {
            try ViewFilter(focus: "nowhere").apply(to: smallNetwork())
        }
        #expect(throws: ViewFilterError.noSuchEdge(EdgeSelector(from: "a", to: "hub"))) {
            try ViewFilter(withoutEdges: [EdgeSelector(from: "a", to: "hub")]).apply(to: smallNetwork())
        }
        #expect(throws: ViewFilterError.focusFilteredOut("goal")) {
            try ViewFilter(kinds: [.agency], focus: "goal").apply(to: smallNetwork())
        }
        #expect(throws: ViewFilterError.negativeRadius(-1)) {
            try ViewFilter(focus: "a", radius: -1).apply(to: smallNetwork())
        }
    }

    @Test func errorsSpeakTheFiltersTerms() {
        let errors: [(ViewFilterError, String)] = [
            (.unknownNode(id: "hubb", field: .withoutNodes, suggestion: "hub"), "withoutNodes: 'hubb' is not a node of the network; did you mean 'hub'?"),
            (.unknownNode(id: "x", field: .withoutEdges, suggestion: nil), "withoutEdges: 'x' is not a node of the network"),
            (.unknownNode(id: "hubb", field: .focus, suggestion: "hub"), "focus: 'hubb' is not a node of the network; did you mean 'hub'?"),
            (.noSuchEdge(EdgeSelector(from: "a", to: "hub")), "withoutEdges: no edge a,hub in the network"),
            (.focusFilteredOut("goal"), "focus 'goal' is not in the view: the at, kinds or withoutNodes step removed it"),
            (.negativeRadius(-1), "radius must be 0 or more, not -1"),
        ]
        for (error, message) in errors {
            #expect(error.description == message)
            #expect(!error.description.contains("--"))
        }
    }

    @Test func selectorParsing() {
        #expect(EdgeSelector(parsing: "ocam,ctif") == EdgeSelector(from: "ocam", to: "ctif"))
        #expect(EdgeSelector(parsing: "ocam, ctif, coordinates") == EdgeSelector(from: "ocam", to: "ctif", type: .coordinates))
        #expect(EdgeSelector(parsing: "ocam") == nil)
        #expect(EdgeSelector(parsing: "a,,b") == nil)
        #expect(EdgeSelector(parsing: "a,b,c,d") == nil)
    }

    @Test func belgianNetworkBefore2021HasPlanRNotTheStrategy() throws {
        let network = try NetworkReader.loadValid(contentsOf: Paths.root("graphs/belgium-counter-terrorism.yaml"))
        let in2016 = try ViewFilter(at: PartialDate(year: 2016)).apply(to: network)
        #expect(in2016.node(withID: "plan_r") != nil)
        #expect(in2016.node(withID: "national_strategy_ter") == nil)
        let in2022 = try ViewFilter(at: PartialDate(year: 2022)).apply(to: network)
        #expect(in2022.node(withID: "plan_r") == nil)
        #expect(in2022.node(withID: "national_strategy_ter") != nil)
    }
}
