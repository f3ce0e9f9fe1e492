import AgencyModel
import GraphCore
import TextKit

/// What the single-points-of-failure question looks at beyond articulation points and bridges.
public struct SPOFOptions: Sendable, Equatable {
    /// The coordinator: what is "cut off" is cut off from it; dominators are computed from it.
    public var hub: String?
    /// Two node sets (see ``AnalysisView/select(_:for:)``) to find a minimum node cut between.
    public var cutFrom: [String]
    /// The second node set of the minimum cut; the cut is computed when both sets are given.
    public var cutTo: [String]
    /// Size of the key-player set to search (0: skip).
    public var keyPlayers: Int
    /// Whether to compute robustness curves.
    public var robustness: Bool
    /// Random-removal runs averaged for the random curve.
    public var randomRuns: Int
    /// Seed of the first random run (run i uses seed + i).
    public var seed: UInt64
    /// Whether the robustness part includes the betweenness attack (when `robustness` is on).
    public var betweennessRobustness: Bool
    /// Whether to read the failures per relation layer (``SPOFReport/multiplex``).
    public var multiplex: Bool

    /// Creates options.
    ///
    /// - Parameters:
    ///   - hub: the coordinator, or `nil`.
    ///   - cutFrom: the first node set of a minimum cut (empty: no cut).
    ///   - cutTo: the second node set of a minimum cut.
    ///   - keyPlayers: the size of the key-player set to search (default 3; 0 skips it).
    ///   - robustness: whether to compute robustness curves (default yes).
    ///   - randomRuns: random-removal runs averaged (default 20).
    ///   - seed: the seed of the first random run (default 1).
    ///   - betweennessRobustness: whether the robustness curves include the betweenness attack
    ///     (default yes; `whatif` turns it off, it does not show it).
    ///   - multiplex: whether to read the failures per relation layer (default yes).
    public init(hub: String? = nil, cutFrom: [String] = [], cutTo: [String] = [], keyPlayers: Int = 3,
                robustness: Bool = true, randomRuns: Int = 20, seed: UInt64 = 1,
                betweennessRobustness: Bool = true, multiplex: Bool = true) {
        self.hub = hub
        self.cutFrom = cutFrom
        self.cutTo = cutTo
        self.keyPlayers = keyPlayers
        self.robustness = robustness
        self.randomRuns = randomRuns
        self.seed = seed
        self.betweennessRobustness = betweennessRobustness
        self.multiplex = multiplex
    }
}

/// Single points of failure of a view: articulation points, bridges, dominators from a hub, a
/// minimum node cut, key players and robustness.
public struct SPOFReport: TabularReport, Equatable {
    public static let schemaName = "spof"

    /// A node or edge whose loss disconnects part of the view.
    public struct Failure: Sendable, Codable, Equatable {
        /// The articulation point, or the bridge's two ends (sorted by id).
        public var nodes: [NodeRef]
        /// Edge types of the bridge (empty for articulation points).
        public var edgeTypes: [String]
        /// Nodes cut off: those no longer connected to the hub (or, without a hub or when the hub is
        /// the failing node, to the largest remaining part of the same component). Sorted by id.
        public var cutOff: [String]
        /// Levels where the cut-off nodes are (``AnalysisView/levels(of:)``), by rank.
        public var levels: [String]
        /// Objectives that had a contributor connected to the hub and have none after the loss.
        public var objectivesLost: [String]
    }

    /// A node every path from the hub to some nodes passes through.
    public struct Dominator: Sendable, Codable, Equatable {
        /// The dominating node.
        public var node: NodeRef
        /// The nodes it dominates (sorted by id).
        public var dominates: [String]
    }

    /// A minimum node cut between two node sets.
    public struct Cut: Sendable, Codable, Equatable {
        /// The first node set, as asked.
        public var from: [String]
        /// The second node set, as asked.
        public var to: [String]
        /// A minimum set of nodes whose removal leaves no path from a `from` node to a `to` node
        /// (members of the sets may be in it). Empty when there is no path to cut.
        public var nodes: [NodeRef]
    }

    /// The set of `k` nodes whose removal fragments the view most (Borgatti's key-player problem).
    public struct KeyPlayers: Sendable, Codable, Equatable {
        /// The size of the set searched.
        public var k: Int
        /// The key players found.
        public var nodes: [NodeRef]
        /// Borgatti's fragmentation after removing them (0 connected … 1 all isolated).
        public var fragmentation: Double
    }

    /// How fast the view falls apart when nodes are removed, by targeted attacks and at random.
    public struct Robustness: Sendable, Codable, Equatable {
        /// Schneider's R for adaptive highest-degree-first removal.
        public var targetedDegreeR: Double
        /// Schneider's R for highest-betweenness-first removal (`nil` above 2,000 nodes), betweenness
        /// recomputed on the remaining graph after every ⌈n / 100⌉ removals (see
        /// ``targetedBetweennessStep``).
        public var targetedBetweennessR: Double?
        /// Removals between two betweenness computations of the betweenness attack, when more than
        /// one (above 100 nodes): an approximation of the adaptive attack. `nil` when betweenness is
        /// recomputed after every removal (the exact adaptive attack) or not computed.
        public var targetedBetweennessStep: Int?
        /// Mean R over the random runs.
        public var randomR: Double
        /// The number of random runs averaged.
        public var randomRuns: Int
        /// Largest component fraction after q removals, q = 0…n: targeted by degree, and the random mean.
        public var targetedCurve: [Double]
        /// The mean largest-component fraction after q random removals, q = 0…n.
        public var randomCurve: [Double]
        /// The first nodes removed by the degree attack (up to 10).
        public var targetedOrder: [String]
    }

    /// Whether the view was read directed (articulation points and bridges always read it undirected).
    public var directed: Bool
    /// The hub, when one was given.
    public var hub: NodeRef?
    /// Nodes whose loss disconnects part of the view, with what they cut off.
    public var articulationPoints: [Failure]
    /// Edges whose loss disconnects part of the view, with what they cut off.
    public var bridges: [Failure]
    /// Nodes that every path from the hub to some nodes passes through (only with a hub).
    public var dominators: [Dominator]
    /// The minimum node cut between the two sets asked, or `nil`.
    public var cut: Cut?
    /// The key-player set, or `nil` when not asked.
    public var keyPlayers: KeyPlayers?
    /// The robustness measures and curves, or `nil` when not asked.
    public var robustness: Robustness?
    /// Articulation points per relation layer and losses without a backup channel; `nil` when
    /// fewer than two layers have edges among the view's nodes.
    public var multiplex: MultiplexFailures?

    public func tables(in language: Language) -> [ReportTable] {
        var out = [articulationPointsTable(language), bridgesTable(language)]
        if let hub { out.append(dominatorsTable(hub, language)) }
        if let cut { out.append(cutTable(cut, language)) }
        if let keyPlayers { out.append(keyPlayersTable(keyPlayers, language)) }
        if let robustness { out.append(robustnessTable(robustness, language)) }
        return out + (multiplex?.tables(in: language) ?? [])
    }

    /// The columns after the failing node or edge, its types and the count cut off.
    private func failureColumns(_ language: Language) -> [String] {
        [language.word(.tableTypes), "#", language.word(.tableCutOff), language.word(.tableLevels), language.word(.tableObjectivesLosingHub)]
    }

    private func failureRows(_ failures: [Failure]) -> [[String]] {
        failures.map { f in
            [f.nodes.map(\.id).joined(separator: " — "), f.edgeTypes.joined(separator: ","), "\(f.cutOff.count)",
             f.cutOff.joined(separator: ", "), f.levels.joined(separator: ", "), f.objectivesLost.joined(separator: ", ")]
        }
    }

    func articulationPointsTable(_ language: Language) -> ReportTable {
        ReportTable(name: "articulation-points", title: language.word(.tableArticulationPoints),
                    columns: [language.word(.tableNode)] + failureColumns(language), rows: failureRows(articulationPoints),
                    notes: [hub.map { language.format(.tableCutOffHub, $0.id) } ?? language.word(.tableCutOffLargest)])
    }

    func bridgesTable(_ language: Language) -> ReportTable {
        ReportTable(name: "bridges", title: language.word(.tableBridges),
                    columns: [language.word(.tableEdge)] + failureColumns(language), rows: failureRows(bridges))
    }

    func dominatorsTable(_ hub: NodeRef, _ language: Language) -> ReportTable {
        ReportTable(name: "dominators", title: language.format(.tableDominators, hub.id),
                    columns: [language.word(.tableNode), "#", language.word(.tableDominates)],
                    rows: dominators.map { [$0.node.id, "\($0.dominates.count)", $0.dominates.joined(separator: ", ")] })
    }

    func cutTable(_ cut: Cut, _ language: Language) -> ReportTable {
        ReportTable(name: "cut", title: language.word(.tableMinimumCut),
                    columns: [language.word(.tableFrom), language.word(.tableTo), language.word(.tableSize), language.word(.tableCut)],
                    rows: [[cut.from.joined(separator: ","), cut.to.joined(separator: ","), "\(cut.nodes.count)", cut.nodes.map(\.id).joined(separator: ", ")]])
    }

    func keyPlayersTable(_ keyPlayers: KeyPlayers, _ language: Language) -> ReportTable {
        ReportTable(name: "key-players", title: language.word(.tableKeyPlayers),
                    columns: ["k", language.word(.tableNodes), language.word(.tableFragmentation)],
                    rows: [["\(keyPlayers.k)", keyPlayers.nodes.map(\.id).joined(separator: ", "), language.number(keyPlayers.fragmentation)]])
    }

    func robustnessTable(_ r: Robustness, _ language: Language) -> ReportTable {
        ReportTable(name: "robustness", title: language.word(.tableRobustness), columns: [language.word(.tableRemoval), "R"],
                    rows: [[language.word(.tableTargetedDegree), language.number(r.targetedDegreeR)],
                           [r.targetedBetweennessStep.map { language.format(.tableTargetedBetweennessEvery, "\($0)") } ?? language.word(.tableTargetedBetweenness),
                            r.targetedBetweennessR.map { language.number($0) } ?? "n/a"],
                           [language.format(.tableRandomMean, "\(r.randomRuns)"), language.number(r.randomR)]],
                    notes: [language.format(.tableDegreeAttack, r.targetedOrder.joined(separator: ", "))])
    }
}

extension AnalysisView {
    /// Single points of failure: articulation points and bridges of the view read undirected, each
    /// with what it cuts off; dominators from the hub (in the view's direction); a minimum node cut
    /// between two sets, key players and robustness under targeted and random removal (all three on
    /// the view read undirected: connection, not flow direction).
    ///
    /// - Parameter o: what to compute beyond articulation points and bridges: the hub, the cut's sets,
    ///   key players, robustness.
    /// - Parameter progress: called with a short message during long steps (robustness, key players).
    /// - Complexity: O(n + m + c log c + o · s log n) for what the articulation points and bridges cut
    ///   off, from one depth-first search (`GraphCore.Graph.separations(roots:)`): c the total
    ///   length of the cut-off lists (the output), o objectives and s the separated pieces (s ≤ n).
    ///   Plus the optional parts: dominators O(m α), the cut a max-flow, key players O(k (n + m))
    ///   per greedy step and swap round (`GraphCore.Graph.keyPlayers(k:measure:maxSwaps:)`),
    ///   robustness O((n + m) log n) per degree or random curve plus, up to 2,000 nodes, at most 100
    ///   betweenness computations (betweenness recomputed after every ⌈n / 100⌉ removals, see
    ///   ``SPOFReport/Robustness/targetedBetweennessStep``), and the multiplex part
    ///   (``multiplexFailures(hub:progress:)``, one search per layer plus the cut-off lists).
    public func singlePointsOfFailure(_ o: SPOFOptions = SPOFOptions(),
                                      progress: (@Sendable (String) -> Void)? = nil) throws(AnalysisError) -> SPOFReport {
        let u = try undirected()
        let g = u.graph
        let hub = try o.hub.map { h throws(AnalysisError) in try require(h, for: .hub) }
        do {
            let structure = try g.biconnectedStructure(components: false)
            progress?("articulation points and bridges: what each cuts off")
            let (points, bridgeFailures) = try failures(of: u, structure: structure, hub: hub)

            var dominators: [SPOFReport.Dominator] = []
            if let hub {
                let tree = try graph.dominatorTree(root: hub)
                var dominated: [Int32: [String]] = [:]
                for v in graph.nodes where v != hub {
                    for d in tree.dominators(of: v) where d != hub { dominated[d, default: []].append(ids[Int(v)]) }
                }
                dominators = dominated.keys.sorted { ids[Int($0)] < ids[Int($1)] }.map {
                    SPOFReport.Dominator(node: ref($0), dominates: dominated[$0]!.sorted())
                }
            }

            var cut: SPOFReport.Cut?
            if !o.cutFrom.isEmpty || !o.cutTo.isEmpty {
                guard !o.cutFrom.isEmpty, !o.cutTo.isEmpty else {
                    throw AnalysisError.missingCompanion(o.cutFrom.isEmpty ? .cutTo : .cutFrom, needs: o.cutFrom.isEmpty ? .cutFrom : .cutTo)
                }
                var a: [Int32] = [], b: [Int32] = []
                for e in o.cutFrom { a += try select(e, for: .cutFrom) }
                for e in o.cutTo { b += try select(e, for: .cutTo) }
                let n = Int32(g.nodeCount)
                var edges = g.edges.map { ($0.source, $0.target) }
                for x in Set(a) { edges.append((n, x)) }
                for y in Set(b) { edges.append((y, n + 1)) }
                let aux = try Graph(nodeCount: g.nodeCount + 2, directed: false, edges: edges)
                let nodes = try aux.hasPath(from: n, to: n + 1) ? try aux.minimumNodeCut(from: n, to: n + 1) : []
                cut = SPOFReport.Cut(from: o.cutFrom, to: o.cutTo, nodes: nodes.map { ref($0) }.sorted())
            }

            var keyPlayers: SPOFReport.KeyPlayers?
            if o.keyPlayers > 0 {
                guard o.keyPlayers <= g.nodeCount else {
                    throw AnalysisError.outOfRange(.keyPlayers, value: "\(o.keyPlayers)", allowed: "at most the node count \(g.nodeCount)")
                }
                progress?("key players: searching sets of \(o.keyPlayers)")
                let set = try g.keyPlayers(k: o.keyPlayers)
                keyPlayers = .init(k: o.keyPlayers, nodes: set.nodes.map { ref($0) }.sorted(), fragmentation: set.value)
            }

            var robustness: SPOFReport.Robustness?
            if o.robustness && g.nodeCount > 0 {
                progress?("robustness: targeted removal by degree")
                let n = Double(g.nodeCount)
                let targeted = try g.robustnessCurve(strategy: .degree(adaptive: true))
                var betweennessR: Double?
                var betweennessStep: Int?
                if o.betweennessRobustness && g.nodeCount <= 2_000 {
                    // Betweenness recomputed after every ⌈n / 100⌉ removals: at most 100
                    // computations; exact adaptive (every removal) up to 100 nodes.
                    let step = (g.nodeCount + 99) / 100
                    progress?("robustness: targeted removal by betweenness")
                    betweennessR = try g.schneiderR(strategy: .betweennessEvery(step: step))
                    betweennessStep = step > 1 ? step : nil
                }
                let runs = max(1, o.randomRuns)
                var sum = [Double](repeating: 0, count: g.nodeCount + 1)
                var rSum = 0.0
                for i in 0 ..< runs {
                    progress?("robustness: random run \(i + 1)/\(runs)")
                    let curve = try g.robustnessCurve(strategy: .random(seed: o.seed &+ UInt64(i)))
                    rSum += curve.schneiderR
                    for (q, s) in curve.largestComponent.enumerated() { sum[q] += Double(s) / n }
                }
                robustness = .init(targetedDegreeR: targeted.schneiderR, targetedBetweennessR: betweennessR,
                                   targetedBetweennessStep: betweennessStep,
                                   randomR: rSum / Double(runs), randomRuns: runs,
                                   targetedCurve: targeted.largestComponent.map { Double($0) / n },
                                   randomCurve: sum.map { $0 / Double(runs) },
                                   targetedOrder: targeted.removed.prefix(10).map { ids[Int($0)] })
            }
            return SPOFReport(directed: graph.isDirected, hub: hub.map { ref($0) }, articulationPoints: points,
                              bridges: bridgeFailures, dominators: dominators, cut: cut, keyPlayers: keyPlayers,
                              robustness: robustness, multiplex: o.multiplex ? try multiplexFailures(hub: o.hub, progress: progress) : nil)
        } catch let e as AnalysisError {
            throw e
        } catch let e as GraphError {
            throw .graph(e.description)
        } catch {
            throw .graph("\(error)")
        }
    }
}
