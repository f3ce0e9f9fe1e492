import AgencyModel
import GraphCore
import TextKit

/// A change to try on a network: nodes removed, edges added.
public struct Scenario: Sendable, Equatable {
    /// Ids of the nodes removed.
    public var remove: [String]
    /// Edges added (``edge(parsing:)`` makes them from `FROM,TO,TYPE`).
    public var addEdges: [Edge]

    /// Creates a scenario.
    ///
    /// - Parameters:
    ///   - remove: ids of the nodes to remove.
    ///   - addEdges: edges to add.
    public init(remove: [String] = [], addEdges: [Edge] = []) {
        self.remove = remove
        self.addEdges = addEdges
    }

    /// Parses `FROM,TO,TYPE` (as for `--add-edge`); `nil` for another shape.
    public static func edge(parsing text: String) -> Edge? {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false).map { String($0).trimmingCharacters(in: " ") }
        guard parts.count == 3, !parts.contains(where: \.isEmpty) else { return nil }
        return Edge(from: parts[0], to: parts[1], type: EdgeType(rawValue: parts[2]), assumption: "what-if scenario")
    }
}

extension String {
    fileprivate func trimmingCharacters(in c: Character) -> String {
        var s = Substring(self)
        while s.first == c { s = s.dropFirst() }
        while s.last == c { s = s.dropLast() }
        return String(s)
    }
}

/// One measure before and after.
public struct Change: Sendable, Codable, Equatable {
    /// The measure's name.
    public var measure: String
    /// Its value before, formatted.
    public var before: String
    /// Its value after, formatted.
    public var after: String
    /// Whether the value changed.
    public var changed: Bool

    init(_ measure: ComparedMeasure, before: String, after: String) {
        self.measure = measure.rawValue
        self.before = before
        self.after = after
        self.changed = before != after
    }

    /// The measure's name in `language`.
    public func name(in language: Language) -> String {
        ComparedMeasure(rawValue: measure).map { language.word($0.word) } ?? measure
    }

    /// The value before, as `language` writes numbers.
    public func before(in language: Language) -> String { language.numberText(before) }

    /// The value after, as `language` writes numbers.
    public func after(in language: Language) -> String { language.numberText(after) }

    /// The table row: the measure's name and the values in `language`, `*` when changed.
    func row(_ language: Language) -> [String] {
        [name(in: language), before(in: language), after(in: language), changed ? "*" : ""]
    }
}

/// The measures a what-if or a diff compares; the raw value is ``Change/measure`` (JSON).
enum ComparedMeasure: String {
    case nodes, edges, components, diameter, density, bridges
    case largestComponent = "largest component"
    case articulationPoints = "articulation points"
    case robustnessTargeted = "R, targeted (degree)"
    case robustnessRandom = "R, random"
    case emptyCoverageCells = "empty coverage cells"
    case oneContributorOrNone = "objectives with one contributor or none"
    case agenciesWithoutObjective = "agencies without objective"
    case levelsNotReached = "levels not reached from the hub"

    var word: Word {
        switch self {
        case .nodes: return .tableNodes
        case .edges: return .tableEdges
        case .components: return .tableComponents
        case .diameter: return .tableDiameter
        case .density: return .tableDensity
        case .bridges: return .tableBridgeCount
        case .largestComponent: return .tableLargestComponent
        case .articulationPoints: return .tableArticulationPointCount
        case .robustnessTargeted: return .tableRobustnessTargeted
        case .robustnessRandom: return .tableRobustnessRandom
        case .emptyCoverageCells: return .tableEmptyCells
        case .oneContributorOrNone: return .tableOneContributor
        case .agenciesWithoutObjective: return .tableAgenciesNoObjective
        case .levelsNotReached: return .tableLevelsNotReached
        }
    }
}

/// The difference a scenario makes, measure by measure.
public struct WhatIfReport: TabularReport, Equatable {
    public static let schemaName = "whatif"
    /// Ids of the nodes the scenario removes, sorted.
    public var removed: [String]
    /// Edges the scenario adds, as `FROM,TO,TYPE`.
    public var added: [String]
    /// Whole-view measures before and after.
    public var measures: [Change]
    /// Nodes that are articulation points after and were not before, sorted.
    public var newArticulationPoints: [String]
    /// Nodes that were articulation points before and are not after, sorted.
    public var goneArticulationPoints: [String]
    /// Objective × level cells that had contributors and have none after.
    public var lostCells: [String]
    /// Objective × level cells that had no contributor before and have one after.
    public var gainedCells: [String]
    /// Objectives with at most one contributor after, that had more before.
    public var newRedundancyOne: [String]
    /// The five top brokers (total Gould–Fernandez brokerage, groups = levels) before and after.
    public var topBrokersBefore: [String]
    /// The top brokers after the change (see ``topBrokersBefore``).
    public var topBrokersAfter: [String]
    /// Per relation layer: who the removal cuts off and who keeps a backup channel (only when
    /// nodes are removed).
    public var layers: LayerImpact?

    public func tables(in language: Language) -> [ReportTable] {
        [measuresTable(language), changesTable(language)] + (layers?.tables(in: language) ?? [])
    }

    private func list(_ items: [String]) -> String { items.isEmpty ? "-" : items.joined(separator: ", ") }

    func measuresTable(_ language: Language) -> ReportTable {
        ReportTable(name: "measures", title: language.format(.tableWhatIf, list(removed), list(added)),
                    columns: [language.word(.tableMeasure), language.word(.tableBefore), language.word(.tableAfter), ""],
                    rows: measures.map { $0.row(language) })
    }

    func changesTable(_ language: Language) -> ReportTable {
        let word = language.word
        return ReportTable(name: "changes", title: word(.tableWhatChanges), columns: [word(.tableChange), word(.tableItems)], rows: [
            [word(.tableNewArticulationPoints), list(newArticulationPoints)], [word(.tableGoneArticulationPoints), list(goneArticulationPoints)],
            [word(.tableCellsLost), list(lostCells)], [word(.tableCellsGained), list(gainedCells)],
            [word(.tableNewRedundancyOne), list(newRedundancyOne)],
            [word(.tableTopBrokersBefore), list(topBrokersBefore)], [word(.tableTopBrokersAfter), list(topBrokersAfter)],
        ])
    }
}

extension AnalysisView {
    /// Applies a scenario to the view's network and reports the difference in every question:
    /// shape (stats), single points of failure, robustness R, coverage cells, top brokers.
    ///
    /// Removed nodes and the ends of added edges must be in the view; added edge types must be
    /// known (built in or `x-…`). Robustness uses adaptive degree removal and 5 random runs.
    /// - Complexity: the sum of ``stats(progress:)``, ``singlePointsOfFailure(_:progress:)`` (without key
    ///   players), ``coverage(_:)`` and ``brokerage(groupBy:top:kinds:)``, twice.
    public func whatIf(_ scenario: Scenario, hub: String? = nil) throws(AnalysisError) -> WhatIfReport {
        guard !scenario.remove.isEmpty || !scenario.addEdges.isEmpty else {
            throw .emptyScenario
        }
        for id in scenario.remove { _ = try require(id, for: .remove) }
        if let hub, scenario.remove.contains(hub) { throw .hubRemoved(hub) }
        for e in scenario.addEdges {
            _ = try require(e.from, for: .addEdges)
            _ = try require(e.to, for: .addEdges)
            guard e.type.isKnown else {
                throw .unknownEdgeType(e.type.rawValue, parameter: .addEdges, allowed: EdgeType.builtIn.map(\.rawValue))
            }
        }
        var changed = network
        let removed = Set(scenario.remove)
        changed.update { nodes, edges in
            nodes.removeAll { removed.contains($0.id) }
            edges.removeAll { removed.contains($0.from) || removed.contains($0.to) }
            edges += scenario.addEdges
        }
        let after = try with(network: changed)
        struct Snapshot {
            var stats: NetworkStats
            var spof: WhatIfFailures
            var coverage: CoverageReport
            var brokers: [String]
        }
        // Only what the comparison reads: spof's articulation points, bridge count and robustness
        // (not what each loss cuts off), coverage without its single-point dependencies, the top
        // brokers without structural holes.
        func snapshot(_ v: AnalysisView) throws(AnalysisError) -> Snapshot {
            Snapshot(stats: try v.stats(),
                     spof: try v.whatIfFailures(hub: hub, randomRuns: 5, seed: 1),
                     coverage: try v.coverage(CoverageOptions(hub: hub), dependencies: false),
                     brokers: try v.topBrokers(5))
        }
        let a = try snapshot(self), b = try snapshot(after)
        func change(_ measure: ComparedMeasure, _ x: String, _ y: String) -> Change { Change(measure, before: x, after: y) }
        func number(_ x: Double) -> String { Language.en.number(x) }
        let apA = a.spof.articulationPoints, apB = b.spof.articulationPoints
        let measures = [
            change(.nodes, "\(a.stats.nodeCount)", "\(b.stats.nodeCount)"),
            change(.edges, "\(a.stats.edgeCount)", "\(b.stats.edgeCount)"),
            change(.components, "\(a.stats.components)", "\(b.stats.components)"),
            change(.largestComponent, "\(a.stats.largestComponent)", "\(b.stats.largestComponent)"),
            change(.diameter, "\(a.stats.diameter)", "\(b.stats.diameter)"),
            change(.density, number(a.stats.density), number(b.stats.density)),
            change(.articulationPoints, "\(apA.count)", "\(apB.count)"),
            change(.bridges, "\(a.spof.bridgeCount)", "\(b.spof.bridgeCount)"),
            change(.robustnessTargeted, a.spof.robustness.map { number($0.targetedDegreeR) } ?? "n/a", b.spof.robustness.map { number($0.targetedDegreeR) } ?? "n/a"),
            change(.robustnessRandom, a.spof.robustness.map { number($0.randomR) } ?? "n/a", b.spof.robustness.map { number($0.randomR) } ?? "n/a"),
            change(.emptyCoverageCells, "\(a.coverage.thinCells.count)", "\(b.coverage.thinCells.count)"),
            change(.oneContributorOrNone, "\(a.coverage.redundancyOne.count)", "\(b.coverage.redundancyOne.count)"),
            change(.agenciesWithoutObjective, "\(a.coverage.agenciesWithoutObjective.count)", "\(b.coverage.agenciesWithoutObjective.count)"),
            change(.levelsNotReached, "\(a.coverage.unreachedLevels.count)", "\(b.coverage.unreachedLevels.count)"),
        ]
        func filled(_ c: CoverageReport) -> Set<String> { Set(c.cells.filter { $0.count > 0 }.map { "\($0.objective)@\($0.level)" }) }
        let fa = filled(a.coverage), fb = filled(b.coverage)
        let r1a = Set(a.coverage.redundancyOne.map(\.objective.id))
        return WhatIfReport(
            removed: scenario.remove.sorted(), added: scenario.addEdges.map { "\($0.from),\($0.to),\($0.type)" },
            measures: measures,
            newArticulationPoints: Set(apB).subtracting(apA).sorted(), goneArticulationPoints: Set(apA).subtracting(apB).sorted(),
            lostCells: fa.subtracting(fb).sorted(), gainedCells: fb.subtracting(fa).sorted(),
            newRedundancyOne: b.coverage.redundancyOne.map(\.objective.id).filter { !r1a.contains($0) && !removed.contains($0) }.sorted(),
            topBrokersBefore: a.brokers, topBrokersAfter: b.brokers,
            layers: scenario.remove.isEmpty ? nil : try layerImpact(removing: scenario.remove, hub: hub))
    }
}

/// The part of ``SPOFReport`` a what-if compares.
struct WhatIfFailures {
    /// The articulation points' ids (of the view read undirected), sorted.
    var articulationPoints: [String]
    /// The number of bridges.
    var bridgeCount: Int
    /// Robustness R by adaptive degree attack and the random mean, or `nil` for an empty view.
    var robustness: (targetedDegreeR: Double, randomR: Double)?
}

extension AnalysisView {
    /// What ``singlePointsOfFailure(_:progress:)`` gives a what-if, computed as it computes it
    /// (same searches, same robustness runs) without the cut-off lists, dominators, key players and
    /// the multiplex part.
    /// - Complexity: O(n + m) for articulation points and bridges, plus O((n + m) log n) per
    ///   robustness curve (1 + `randomRuns`).
    func whatIfFailures(hub: String?, randomRuns: Int, seed: UInt64) throws(AnalysisError) -> WhatIfFailures {
        let u = try undirected()
        let g = u.graph
        if let hub { _ = try require(hub, for: .hub) }
        do {
            let structure = try g.biconnectedStructure(components: false)
            let points = structure.articulationPoints.map { ids[Int($0)] }.sorted()
            var robustness: (Double, Double)?
            if g.nodeCount > 0 {
                let targeted = try g.robustnessCurve(strategy: .degree(adaptive: true))
                let runs = max(1, randomRuns)
                var rSum = 0.0
                for i in 0 ..< runs {
                    rSum += try g.robustnessCurve(strategy: .random(seed: seed &+ UInt64(i))).schneiderR
                }
                robustness = (targeted.schneiderR, rSum / Double(runs))
            }
            return WhatIfFailures(articulationPoints: points, bridgeCount: structure.bridges.count, robustness: robustness)
        } catch let e as AnalysisError {
            throw e
        } catch let e as GraphError {
            throw .graph(e.description)
        } catch {
            throw .graph("\(error)")
        }
    }

    /// The ids of the `k` first nodes by total Gould–Fernandez brokerage (groups = levels) with a
    /// positive total, ties by id: the rows ``brokerage(groupBy:top:kinds:)`` ranks first, without
    /// Burt's measures.
    /// - Complexity: O(n + m + Σ two-paths + n log n).
    func topBrokers(_ k: Int) throws(AnalysisError) -> [String] {
        let (_, label) = groups(by: .level)
        let b: Brokerage
        do { b = try graph.brokerage(groups: label) } catch { throw .graph(error.description) }
        var ranked: [(total: Double, id: String)] = []
        for v in 0 ..< graph.nodeCount where b.raw[v].total > 0 { ranked.append((b.raw[v].total, ids[v])) }
        ranked.sort { ($0.total, $1.id) > ($1.total, $0.id) }
        return ranked.prefix(k).map(\.id)
    }
}
