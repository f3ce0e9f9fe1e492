import AgencyGraphTestSupport
@testable import AgencyAnalysis
import AgencyModel
import GraphCore
import Testing

/// The shortcuts taken to make the questions cheap on large views (issue 16), each against the
/// direct computation it replaces: edge types read from the network's index instead of a table
/// per pair, levels with the rank order read once, what-if's parts of spof, coverage and
/// brokerage, the coverage matrix by look-up, and the identity view filter.
@Suite struct AnalysesAfterReadingTests {
    /// The Belgian network (whole and actor views) and random agency networks (actor views with
    /// their whole network as context).
    static func views() throws -> [AnalysisView] {
        var out: [AnalysisView] = []
        for directed in [true, false] {
            out.append(try view(directed: directed))
            out.append(try AnalysisView(network: ViewFilter(kinds: [.agency, .body, .group]).apply(to: belgium),
                                        options: AnalysisOptions(directed: directed), context: belgium))
        }
        for seed: UInt64 in 1 ... 4 {
            let network = ScalingEquivalenceTests.network(agencies: 40, edges: 70, seed: seed)
            out.append(try ScalingEquivalenceTests.actorView(network))
            out.append(try ScalingEquivalenceTests.actorView(network).undirected())
        }
        return out
    }

    @Test func edgeTypesAreThoseOfTheNetworksEdges() throws {
        for v in try Self.views() {
            var checked = 0
            for (a, b, _) in v.graph.edges {
                let from = v.ids[Int(a)], to = v.ids[Int(b)]
                var expected = Set<EdgeType>()
                for e in v.network.edges {
                    if e.from == from && e.to == to { expected.insert(e.type) }
                    if e.from == to && e.to == from && (!v.options.directed || e.type.isSymmetric) { expected.insert(e.type) }
                }
                #expect(!expected.isEmpty, "graph edge \(from)→\(to) without a network edge")
                #expect(v.edgeTypes(from: a, to: b) == expected.sorted(), "\(from)→\(to)")
                checked += 1
            }
            #expect(checked == v.graph.edges.count && checked > 0)
        }
    }

    @Test func undirectedKeepsTheIDMap() throws {
        for v in try Self.views() {
            let u = try v.undirected()
            #expect(u.ids == v.ids)
            #expect(!u.graph.isDirected)
            for id in v.ids { #expect(u.dense(id) == v.dense(id)) }
            // The same graph as a view built undirected from the start.
            let fresh = try AnalysisView(network: v.network, options: AnalysisOptions(directed: false), context: v.context)
            #expect(u.graph.edges.map { [$0.source, $0.target] } == fresh.graph.edges.map { [$0.source, $0.target] })
        }
    }

    @Test func levelsAreSortedByRankThenID() throws {
        for v in try Self.views() {
            let order = v.context.levelsByRank.map(\.id)
            for id in v.ids {
                let node = v.context.node(withID: id) ?? v.network.node(withID: id)!
                var expected = Set<String>()
                if node.kind == .level {
                    expected = [id]
                } else {
                    if let level = node.level { expected.insert(level) }
                    for e in v.context.edges where e.from == id && e.type == .operatesAt { expected.insert(e.to) }
                }
                let sorted = expected.sorted { (order.firstIndex(of: $0) ?? .max, $0) < (order.firstIndex(of: $1) ?? .max, $1) }
                #expect(v.levels(of: id) == sorted, "\(id)")
            }
        }
    }

    /// What-if reads articulation points, bridges and robustness as `spof` computes them, coverage
    /// without its dependencies, and the top brokers of `brokerage`.
    @Test func whatIfPartsEqualTheFullQuestions() throws {
        for v in try Self.views() {
            let hubs: [String?] = [nil, v.network.nodes.first { $0.kind.isActor }?.id]
            for hub in hubs {
                let full = try v.singlePointsOfFailure(SPOFOptions(hub: hub, keyPlayers: 0, robustness: v.graph.nodeCount > 0, randomRuns: 5,
                                                                  betweennessRobustness: false, multiplex: false))
                let part = try v.whatIfFailures(hub: hub, randomRuns: 5, seed: 1)
                #expect(part.articulationPoints == full.articulationPoints.map { $0.nodes[0].id })
                #expect(part.bridgeCount == full.bridges.count)
                #expect(part.robustness?.targetedDegreeR == full.robustness?.targetedDegreeR)
                #expect(part.robustness?.randomR == full.robustness?.randomR)

                var coverage = try v.coverage(CoverageOptions(hub: hub))
                let light = try v.coverage(CoverageOptions(hub: hub), dependencies: false)
                #expect(light.singlePointDependencies.isEmpty)
                coverage.singlePointDependencies = []
                #expect(light == coverage)
            }
            #expect(try v.topBrokers(5) == v.brokerage(top: 5).rows.filter { $0.total > 0 }.map(\.node.id))
        }
    }

    /// Sparse views with more than 64 bridges, whose edge types are read in one pass over the
    /// edges, against the removal-based reference of ``ScalingEquivalenceTests``.
    @Test func manyBridgesMatchRemoval() throws {
        var bridges = 0
        for seed: UInt64 in 1 ... 3 {
            let network = ScalingEquivalenceTests.network(agencies: 300, edges: 200, seed: 9_000 + seed)
            let view = try ScalingEquivalenceTests.actorView(network)
            for hub in [nil, "a0"] as [String?] {
                let report = try view.singlePointsOfFailure(SPOFOptions(hub: hub, keyPlayers: 0, robustness: false, multiplex: false))
                let reference = try ScalingEquivalenceTests.removalFailures(view, hub: hub)
                #expect(report.bridges.map(ScalingEquivalenceTests.Loss.init) == reference.bridges, "seed \(seed)")
                #expect(report.articulationPoints.map(ScalingEquivalenceTests.Loss.init) == reference.points, "seed \(seed)")
                bridges = max(bridges, report.bridges.count)
            }
        }
        #expect(bridges > 64)
    }

    @Test func coverageMatrixCountsTheCells() throws {
        for v in try Self.views() {
            let report = try v.coverage(CoverageOptions(hub: nil))
            let matrix = report.tables[0]
            #expect(matrix.name == "matrix")
            #expect(matrix.rows.count == report.objectives.count)
            for (row, o) in zip(matrix.rows, report.objectives) {
                let expected = [o.objective.id]
                    + report.levels.map { l in "\(report.cells.first { $0.objective == o.objective.id && $0.level == l }?.count ?? 0)" }
                    + ["\(o.redundancy)"]
                #expect(row == expected)
            }
        }
    }

    @Test func identityFilterKeepsTheNetwork() throws {
        #expect(ViewFilter().isIdentity)
        #expect(try ViewFilter().apply(to: belgium) == belgium)
        #expect(try ViewFilter().apply(to: belgium).countsByType == belgium.countsByType)
        // A negative radius is still refused without a focus.
        #expect(throws: ViewFilterError.negativeRadius(-1)) { try ViewFilter(radius: -1).apply(to: belgium) }
        // An unknown id is still named with the closest one.
        #expect(throws: ViewFilterError.self) { try ViewFilter(withoutNodes: ["ocamm"]).apply(to: belgium) }
    }
}
