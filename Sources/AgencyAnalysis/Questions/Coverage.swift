import AgencyModel
import GraphCore
import TextKit

/// What ``AnalysisView/coverage(_:)`` checks beyond the objective × level matrix.
public struct CoverageOptions: Sendable, Equatable {
    /// Cells with fewer contributing actors are reported.
    public var min: Int
    /// The coordinator from which levels must be reachable.
    public var hub: String?
    /// How many edges from the hub a level node may be.
    public var maxHops: Int
    /// Expectations to check.
    public var rules: CoverageRules?

    /// Creates options.
    ///
    /// - Parameters:
    ///   - min: cells with fewer contributing actors are reported (default 1: empty cells).
    ///   - hub: the coordinator from which levels must be reachable, or `nil`.
    ///   - maxHops: how many edges from the hub a level may be (default 3).
    ///   - rules: expectations to check, or `nil`.
    public init(min: Int = 1, hub: String? = nil, maxHops: Int = 3, rules: CoverageRules? = nil) {
        self.min = min
        self.hub = hub
        self.maxHops = maxHops
        self.rules = rules
    }
}

/// Who contributes to which objective at which level, and where coverage is thin.
public struct CoverageReport: TabularReport, Equatable {
    public static let schemaName = "coverage"

    /// One objective × level cell.
    public struct Cell: Sendable, Codable, Equatable {
        /// The objective's id.
        public var objective: String
        /// The level's id (`(none)` for contributors without a level).
        public var level: String
        /// Distinct actors at this level contributing to the objective.
        public var count: Int
        /// The contributing actors' ids, sorted.
        public var actors: [String]
        /// The ways they contribute: `contributes_to`, `implements`, `adopts`.
        public var via: [String]
    }

    /// One objective and how many actors contribute to it, all levels together.
    public struct Objective: Sendable, Codable, Equatable {
        /// The objective.
        public var objective: NodeRef
        /// Distinct contributing actors, all levels together.
        public var redundancy: Int
        /// The contributing actors' ids, sorted.
        public var contributors: [String]
    }

    /// How far a level is from the hub.
    public struct LevelReach: Sendable, Codable, Equatable {
        /// The level's id.
        public var level: String
        /// Edges from the hub in the view's direction; `nil` when unreachable.
        public var hops: Int?
    }

    /// Levels (columns), by rank; `(none)` last when some contributor has no level.
    public var levels: [String]
    /// Every objective of the view, in network order.
    public var objectives: [Objective]
    /// Every objective × level cell, objectives in network order, levels by rank.
    public var cells: [Cell]
    /// The threshold of thin cells (``CoverageOptions/min``).
    public var min: Int
    /// Cells with `count < min`.
    public var thinCells: [Cell]
    /// Objectives with at most one contributing actor.
    public var redundancyOne: [Objective]
    /// The hub levels are reached from, when one was given.
    public var hub: String?
    /// The most edges a level may be from the hub.
    public var maxHops: Int
    /// Levels farther than `maxHops` from the hub, or unreachable (only with a hub).
    public var unreachedLevels: [LevelReach]
    /// With a hub: objectives whose every contributor loses its connection to the hub when one
    /// node fails, with those nodes (articulation points, see ``SPOFReport/Failure/objectivesLost``).
    public var singlePointDependencies: [Dependency]
    /// Agencies contributing to no objective in the view.
    public var agenciesWithoutObjective: [String]

    /// An objective that one node's loss would cut off from the hub.
    public struct Dependency: Sendable, Codable, Equatable {
        /// The objective's id.
        public var objective: String
        /// The nodes whose loss leaves the objective no contributor connected to the hub, sorted.
        public var dependsOn: [String]
    }
    /// Nodes that break a rule of ``CoverageOptions/rules`` (empty without rules).
    public var violations: [RuleViolation]

    public func tables(in language: Language) -> [ReportTable] {
        var out = [matrixTable(language), thinCellsTable(language), redundancyOneTable(language)]
        if let hub {
            out.append(unreachedLevelsTable(hub, language))
            out.append(singlePointDependenciesTable(hub, language))
        }
        out += [agenciesWithoutObjectiveTable(language), cellsTable(language), violationsTable(language)]
        return out
    }

    func matrixTable(_ language: Language) -> ReportTable {
        // The first cell of each objective and level, found once (not by a scan per matrix entry).
        var countOf: [String: [String: Int]] = [:]
        for cell in cells where countOf[cell.objective]?[cell.level] == nil { countOf[cell.objective, default: [:]][cell.level] = cell.count }
        var matrix: [[String]] = []
        for o in objectives {
            var row = [o.objective.id]
            let counts = countOf[o.objective.id] ?? [:]
            for l in levels { row.append("\(counts[l] ?? 0)") }
            row.append("\(o.redundancy)")
            matrix.append(row)
        }
        return ReportTable(name: "matrix", title: language.word(.tableCoverageMatrix),
                           columns: [language.word(.tableObjective)] + levels.map(language.levelCell) + [language.word(.tableTotal)], rows: matrix)
    }

    func thinCellsTable(_ language: Language) -> ReportTable {
        ReportTable(name: "thin-cells", title: language.format(.tableThinCells, "\(min)"),
                    columns: [language.word(.tableObjective), language.word(.tableLevel), language.word(.tableCount)],
                    rows: thinCells.map { [$0.objective, language.levelCell($0.level), "\($0.count)"] })
    }

    func redundancyOneTable(_ language: Language) -> ReportTable {
        ReportTable(name: "redundancy-one", title: language.word(.tableRedundancyOne),
                    columns: [language.word(.tableObjective), language.word(.tableContributors)],
                    rows: redundancyOne.map { [$0.objective.id, $0.contributors.joined(separator: ", ")] })
    }

    func unreachedLevelsTable(_ hub: String, _ language: Language) -> ReportTable {
        ReportTable(name: "unreached-levels", title: language.format(.tableUnreachedLevels, hub, "\(maxHops)"),
                    columns: [language.word(.tableLevel), language.word(.tableHops)],
                    rows: unreachedLevels.map { [language.levelCell($0.level), $0.hops.map(String.init) ?? language.word(.tableUnreachable)] })
    }

    func singlePointDependenciesTable(_ hub: String, _ language: Language) -> ReportTable {
        ReportTable(name: "single-point-dependencies", title: language.format(.tableSinglePointDependencies, hub),
                    columns: [language.word(.tableObjective), language.word(.tableDependsOn)],
                    rows: singlePointDependencies.map { [$0.objective, $0.dependsOn.joined(separator: ", ")] })
    }

    func agenciesWithoutObjectiveTable(_ language: Language) -> ReportTable {
        ReportTable(name: "agencies-without-objective", title: language.word(.tableAgenciesWithoutObjective),
                    columns: [language.word(.tableAgency)], rows: agenciesWithoutObjective.map { [$0] })
    }

    func cellsTable(_ language: Language) -> ReportTable {
        ReportTable(name: "cells", title: language.word(.tableCells),
                    columns: [language.word(.tableObjective), language.word(.tableLevel), language.word(.tableCount),
                              language.word(.tableActors), language.word(.tableVia)],
                    rows: cells.map { [$0.objective, language.levelCell($0.level), "\($0.count)", $0.actors.joined(separator: " "), $0.via.joined(separator: " ")] })
    }

    /// Rule violations; the problem is the rules checker's sentence, in English.
    func violationsTable(_ language: Language) -> ReportTable {
        ReportTable(name: "violations", title: language.word(.tableRuleViolations),
                    columns: [language.word(.tableRule), language.word(.tableNode), language.word(.tableProblem)],
                    rows: violations.map { [$0.rule, $0.node, $0.message] })
    }
}

extension AnalysisView {
    /// The objective × level matrix and the coverage gaps of the view.
    ///
    /// An actor contributes to an objective directly (`contributes_to`) or through an instrument it
    /// `implements` or `adopts` that `contributes_to` the objective. An actor counts at every level it
    /// is at: its home `level` and the targets of its `operates_at` edges (read from the
    /// ``AnalysisView/context``). With a hub, the hub's reach is measured on the
    /// ``coordinationView()``: a level is reached at the hops (edges, in the view's direction) of
    /// its nearest actor; objectives that one node's failure cuts off from the hub are listed (that
    /// view read undirected, as in `spof`).
    /// - Complexity: O(o · L + c · l) for o objectives, L levels, c contributions with l levels
    ///   each, plus one BFS and, with a hub, `spof`'s cut-off part (one DFS).
    public func coverage(_ o: CoverageOptions = CoverageOptions()) throws(AnalysisError) -> CoverageReport {
        try coverage(o, dependencies: true)
    }

    /// ``coverage(_:)``, with ``CoverageReport/singlePointDependencies`` left empty unless
    /// `dependencies` (what-if compares everything else, and saves `spof`'s cut-off part).
    func coverage(_ o: CoverageOptions, dependencies withDependencies: Bool) throws(AnalysisError) -> CoverageReport {
        guard o.min >= 0 else { throw .outOfRange(.min, value: "\(o.min)", allowed: "0 or more") }
        guard o.maxHops >= 0 else { throw .outOfRange(.maxHops, value: "\(o.maxHops)", allowed: "0 or more") }
        var levelIDs = levelNodes.map(\.id)
        var objectives: [CoverageReport.Objective] = []
        var cells: [CoverageReport.Cell] = []
        var perObjective: [(String, [Contribution])] = []
        var needsNone = false
        // Levels of each contributing actor, read once (not once per objective and level).
        var levelsOf: [String: Set<String>] = [:]
        let lookup = levelLookup()
        func actorLevels(_ actor: String) -> Set<String> {
            if let known = levelsOf[actor] { return known }
            let found = Set(levels(of: actor, lookup: lookup))
            levelsOf[actor] = found
            return found
        }
        for node in self.objectives {
            let cs = contributions(to: node.id)
            perObjective.append((node.id, cs))
            if cs.contains(where: { actorLevels($0.actor).isEmpty }) { needsNone = true }
            let actors = Set(cs.map(\.actor)).sorted()
            objectives.append(.init(objective: ref(node), redundancy: actors.count, contributors: actors))
        }
        // Levels filtered out of the view but named as home levels still get a column.
        let extra = Set(perObjective.flatMap { $0.1.flatMap { actorLevels($0.actor) } }).subtracting(levelIDs)
        levelIDs += extra.sorted()
        if needsNone { levelIDs.append("(none)") }
        for (objective, cs) in perObjective {
            // The contributions at each level, in one pass over the objective's contributions.
            var atLevel: [String: [Contribution]] = [:]
            for c in cs {
                let ls = actorLevels(c.actor)
                if ls.isEmpty { atLevel["(none)", default: []].append(c) }
                for level in ls { atLevel[level, default: []].append(c) }
            }
            for level in levelIDs {
                let here = atLevel[level] ?? []
                cells.append(.init(objective: objective, level: level, count: Set(here.map(\.actor)).count,
                                   actors: Set(here.map(\.actor)).sorted(), via: Set(here.map(\.via)).sorted()))
            }
        }
        var unreached: [CoverageReport.LevelReach] = []
        var dependencies: [CoverageReport.Dependency] = []
        if let hubID = o.hub {
            _ = try require(hubID, for: .hub)
            let reach = try coordinationView()
            // Only what spof's articulation points lose (not its multiplex, cut or robustness parts).
            if withDependencies {
                let lossesFromHub = try reach.articulationPointFailures(hub: reach.require(hubID, for: .hub))
                var by: [String: [String]] = [:]
                for f in lossesFromHub { for obj in f.objectivesLost { by[obj, default: []].append(f.nodes[0].id) } }
                dependencies = by.keys.sorted().map { .init(objective: $0, dependsOn: by[$0]!.sorted()) }
            }
            let hub = try reach.require(hubID, for: .hub)
            let distance: [Int32]
            do { distance = try reach.graph.bfsDistances(from: hub) } catch { throw .graph(error.description) }
            // A level is reached at the distance of its nearest actor (a level node itself counts too).
            var nearest: [String: Int] = [:]
            let reachLookup = reach.levelLookup()
            for v in 0 ..< reach.graph.nodeCount where distance[v] >= 0 {
                for level in reach.levels(of: reach.ids[v], lookup: reachLookup) { nearest[level] = min(nearest[level] ?? .max, Int(distance[v])) }
            }
            for level in levelNodes.map(\.id) {
                let d = nearest[level] ?? -1
                if d < 0 || d > o.maxHops { unreached.append(.init(level: level, hops: d < 0 ? nil : d)) }
            }
        }
        let contributing = Set(perObjective.flatMap { $0.1.map(\.actor) })
        let idle = network.nodes(ofKind: .agency).map(\.id).filter { !contributing.contains($0) }.sorted()
        return CoverageReport(
            levels: levelIDs, objectives: objectives, cells: cells, min: o.min,
            thinCells: cells.filter { $0.count < o.min }, redundancyOne: objectives.filter { $0.redundancy <= 1 },
            hub: o.hub, maxHops: o.maxHops, unreachedLevels: unreached, singlePointDependencies: dependencies,
            agenciesWithoutObjective: idle,
            violations: o.rules.map { check($0) } ?? [])
    }

    /// The view a hub's reach is measured on: the actors of this view joined by the
    /// coordination layer of the ``context`` (when the context has coordination edges; else this
    /// view's actors with every edge among them). Objectives and levels relay nothing there.
    /// - Complexity: O(n + m) of the context.
    public func coordinationView() throws(AnalysisError) -> AnalysisView {
        let actors = Set(network.nodes.filter(\.kind.isActor).map(\.id))
        let types = Set(Layer.coordination.types).intersection(context.countsByType.keys)
        var reach = context
        reach.update { nodes, edges in
            nodes.removeAll { !actors.contains($0.id) }
            edges.removeAll { !actors.contains($0.from) || !actors.contains($0.to) || (!types.isEmpty && !types.contains($0.type)) }
        }
        return try AnalysisView(network: reach, options: options, context: context)
    }
}
