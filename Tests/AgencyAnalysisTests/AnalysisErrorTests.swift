import AgencyAnalysis
import AgencyModel
import Testing

/// Analysis errors speak the library's language: each names the Swift parameter at fault, the
/// value and what is allowed, and never a command-line option.
@Suite struct AnalysisErrorTests {
    /// Runs a call that must fail and returns its error.
    private func failure<T>(_ body: () throws(AnalysisError) -> T) -> AnalysisError? {
        do {
            _ = try body()
            return nil
        } catch {
            return error
        }
    }

    @Test func eachRefusalIsATypedCaseInSwiftTerms() throws {
        let v = try view()
        let u = try view(directed: false)
        let cases: [(AnalysisError?, AnalysisError, String)] = [
            (failure { () throws(AnalysisError) in try v.coverage(CoverageOptions(hub: "ocamm")) },
             .unknownNode(id: "ocamm", parameter: .hub, suggestion: "ocam"),
             "hub 'ocamm' is not a node of the view; did you mean 'ocam'?"),
            (failure { () throws(AnalysisError) in try v.paths(from: "ocam", to: "federal_polise") },
             .unknownNode(id: "federal_polise", parameter: .to, suggestion: "federal_police"),
             "to 'federal_polise' is not a node of the view; did you mean 'federal_police'?"),
            (failure { () throws(AnalysisError) in try v.paths(from: "ocam", to: "local", mode: .kShortest(0)) },
             .outOfRange(.k, value: "0", allowed: "1 or more"), "k must be 1 or more, not 0"),
            (failure { () throws(AnalysisError) in try v.coverage(CoverageOptions(min: -1)) },
             .outOfRange(.min, value: "-1", allowed: "0 or more"), "min must be 0 or more, not -1"),
            (failure { () throws(AnalysisError) in try v.coverage(CoverageOptions(maxHops: -2)) },
             .outOfRange(.maxHops, value: "-2", allowed: "0 or more"), "maxHops must be 0 or more, not -2"),
            (failure { () throws(AnalysisError) in try v.communities(resolution: 0) },
             .outOfRange(.resolution, value: "0.0", allowed: "a number > 0"), "resolution must be a number > 0, not 0.0"),
            (failure { () throws(AnalysisError) in try v.centrality([.degree], top: 0) },
             .outOfRange(.top, value: "0", allowed: "1 or more"), "top must be 1 or more, not 0"),
            (failure { () throws(AnalysisError) in try v.brokerage(top: -1) },
             .outOfRange(.top, value: "-1", allowed: "1 or more"), "top must be 1 or more, not -1"),
            (failure { () throws(AnalysisError) in try v.centrality([]) },
             .empty(.measures), "measures is empty: give at least one"),
            (failure { () throws(AnalysisError) in try u.centrality([.inDegree]) },
             .needsDirectedView(.inDegree), "in-degree centrality needs a directed view (AnalysisOptions.directed)"),
            (failure { () throws(AnalysisError) in try v.centrality([.degree], group: ["lvl:local"]) },
             .invalidSelector("lvl:local", parameter: .group),
             "group 'lvl:local' is not a node set; use ID, kind:KIND, level:LEVEL or tag:TAG"),
            (failure { () throws(AnalysisError) in try v.centrality([.degree], group: ["tag:no-such-tag"]) },
             .emptySelection("tag:no-such-tag", parameter: .group), "group 'tag:no-such-tag' selects no node of the view"),
            (failure { () throws(AnalysisError) in
                try v.singlePointsOfFailure(SPOFOptions(cutFrom: ["level:local"], keyPlayers: 0, robustness: false))
            }, .missingCompanion(.cutFrom, needs: .cutTo), "cutFrom needs cutTo as well: they go together"),
            (failure { () throws(AnalysisError) in
                try v.singlePointsOfFailure(SPOFOptions(keyPlayers: 500, robustness: false))
            }, .outOfRange(.keyPlayers, value: "500", allowed: "at most the node count \(v.graph.nodeCount)"),
             "keyPlayers must be at most the node count \(v.graph.nodeCount), not 500"),
            (failure { () throws(AnalysisError) in try v.whatIf(Scenario()) },
             .emptyScenario, "the scenario changes nothing: give nodes to remove or edges to add"),
            (failure { () throws(AnalysisError) in try v.whatIf(Scenario(remove: ["ocma"])) },
             .unknownNode(id: "ocma", parameter: .remove, suggestion: "ocam"),
             "scenario.remove 'ocma' is not a node of the view; did you mean 'ocam'?"),
            (failure { () throws(AnalysisError) in try v.whatIf(Scenario(remove: ["ocam"]), hub: "ocam") },
             .hubRemoved("ocam"), "hub 'ocam' is removed by the scenario; choose another hub"),
            (failure { () throws(AnalysisError) in
                try v.whatIf(Scenario(addEdges: [Edge(from: "ocam", to: "regional", type: EdgeType(rawValue: "operates"))]))
            }, .unknownEdgeType("operates", parameter: .addEdges, allowed: EdgeType.builtIn.map(\.rawValue)),
             "scenario.addEdges: unknown edge type 'operates'; use \(EdgeType.builtIn.map(\.rawValue).joined(separator: ", ")) or x-…"),
        ]
        for (error, expected, message) in cases {
            #expect(error == expected)
            #expect(error?.description == message)
            #expect(!(error?.description.contains("--") ?? true), "\(message)")
        }
    }

    @Test func aMeasureThatFailsSaysWhyWithoutAnOption() throws {
        // A directed cycle has λ_max = 1: Katz with alpha 2 (above 1/λ_max) diverges.
        let cycle = Network(id: "cycle", title: LocalizedText(universal: "cycle"),
                            nodes: ["a", "b", "c"].map { Node(id: $0, kind: .agency) },
                            edges: [Edge(from: "a", to: "b", type: .coordinates), Edge(from: "b", to: "c", type: .coordinates),
                                    Edge(from: "c", to: "a", type: .coordinates)])
        let v = try AnalysisView(network: cycle, options: AnalysisOptions(directed: true))
        do {
            _ = try v.centrality([.katz], katzAlpha: 2)
            Issue.record("expected an error")
        } catch {
            guard case let .measureFailed(measure, _, directed) = error else {
                Issue.record("expected measureFailed, got \(error)")
                return
            }
            #expect(measure == .katz && directed)
            #expect(error.description.hasPrefix("katz: "))
            #expect(error.description.hasSuffix("; an undirected view (AnalysisOptions.directed false) may converge"))
            #expect(!error.description.contains("--"))
        }
    }

    @Test func noPathAgainstTheDirectionIsFlaggedNotPhrasedAsAnOption() throws {
        let report = try view().paths(from: "local_police", to: "un_ctc")
        #expect(report.isBlockedByDirection)
        #expect(report.noPath?.reason.contains("--") == false)
        let undirected = try view(directed: false).paths(from: "local_police", to: "un_ctc")
        #expect(!undirected.isBlockedByDirection)
        // Different components: reading the view undirected would not help.
        let apart = try view(ViewFilter(edgeTypes: [.coordinates])).paths(from: "local_police", to: "un_ctc")
        #expect(apart.noPath != nil && !apart.isBlockedByDirection)
    }
}
