import AgencyModel
import GraphCore
import TextKit

/// A centrality measure from GraphCore.
public enum CentralityMeasure: String, Sendable, Codable, CaseIterable {
    /// Degree centrality: degree divided by `n − 1` (in + out on directed views).
    case degree
    /// In-degree centrality (directed views only).
    case inDegree = "in-degree"
    /// Out-degree centrality (directed views only).
    case outDegree = "out-degree"
    /// The path-based and spectral measures of GraphCore: normalised `betweenness`, Wasserman–Faust
    /// `closeness`, `harmonic` closeness, `eigenvector` centrality, `pagerank` and `katz`; see
    /// ``AnalysisView/centrality(_:top:kinds:group:katzAlpha:progress:)`` for how each reads the view.
    case betweenness, closeness, harmonic, eigenvector, pagerank, katz

    /// The measure's name in tables (in English, the raw value).
    var tableWord: Word {
        switch self {
        case .degree: return .tableDegree
        case .inDegree: return .tableInDegree
        case .outDegree: return .tableOutDegree
        case .betweenness: return .tableBetweenness
        case .closeness: return .tableCloseness
        case .harmonic: return .tableHarmonic
        case .eigenvector: return .tableEigenvector
        case .pagerank: return .tablePageRank
        case .katz: return .tableKatz
        }
    }
}

/// How betweenness is estimated from a sample of sources instead of computed from all of them.
///
/// Brandes and Pich's pivot sampling (U. Brandes, C. Pich, "Centrality estimation in large
/// networks", Int. J. Bifurcation and Chaos 17(7), 2007): the single-source dependencies of
/// `pivots` sources drawn uniformly at random, scaled up to all sources, are an unbiased estimate
/// of betweenness; the error of a node's value falls as `1 / √pivots`. The sources are drawn as
/// NetworkX's `betweenness_centrality(G, k=pivots, seed=seed)` draws them (GraphCore
/// `betweennessCentrality(k:seed:)`), so a fixed seed gives the same values, byte for byte, on the
/// same view.
public struct BetweennessSample: Sendable, Codable, Equatable {
    /// How many source nodes ("pivots") the shortest paths are counted from (1 or more); at the
    /// view's node count or above, betweenness is exact.
    public var pivots: Int
    /// The seed of the draw.
    public var seed: Int

    /// The seed the briefing and `agencygraph centrality --sample` use unless told otherwise.
    public static let defaultSeed = 1

    /// The largest view (in nodes) whose betweenness the briefing and `diff` compute exactly
    /// (about 4.5 CPU s at 10,000 agencies here; docs/performance.md); above it they estimate it
    /// from ``defaultPivots`` sources unless told otherwise.
    public static let exactUpTo = 10_000

    /// The sources of an automatic estimate: with 4,000, 18 of the exact top 25 stay in the
    /// estimated top 25 on the 20,000-agency benchmark network, with a mean relative error of 6 %
    /// (docs/briefing.md, "Large networks").
    public static let defaultPivots = 4_000

    /// The sample used for a view of `nodes` nodes when none is asked for: `nil` (exact) up to
    /// ``exactUpTo`` nodes, else ``defaultPivots`` sources drawn with ``defaultSeed``.
    public static func automatic(nodes: Int) -> BetweennessSample? {
        nodes > exactUpTo ? BetweennessSample(pivots: defaultPivots) : nil
    }

    /// A sample of `pivots` sources drawn with `seed`.
    ///
    /// - Parameters:
    ///   - pivots: the number of sources (1 or more; checked by ``AnalysisView/centrality(_:top:kinds:group:katzAlpha:betweennessSample:progress:)``).
    ///   - seed: the seed of the draw (default ``defaultSeed``).
    public init(pivots: Int, seed: Int = BetweennessSample.defaultSeed) {
        self.pivots = pivots
        self.seed = seed
    }
}

/// Centrality scores per node, ranked.
public struct CentralityReport: TabularReport, Equatable {
    public static let schemaName = "centrality"

    /// One ranked node with its score in every measure asked.
    public struct Row: Sendable, Codable, Equatable {
        /// 1-based rank by the first measure; nodes whose scores tie share a rank.
        public var rank: Int
        /// The node.
        public var node: NodeRef
        /// Scores by measure name, in the order of ``CentralityReport/measures``.
        public var scores: [Double]
    }

    /// How betweenness was estimated, when it was (see ``BetweennessSample``).
    public struct Estimate: Sendable, Codable, Equatable {
        /// The number of source nodes the shortest paths were counted from.
        public var pivots: Int
        /// The seed of the draw.
        public var seed: Int
        /// The nodes of the view: exact betweenness counts from all of them.
        public var nodes: Int

        /// An estimate from `pivots` of `nodes` sources drawn with `seed`.
        ///
        /// - Parameters:
        ///   - pivots: the number of sources.
        ///   - seed: the seed of the draw.
        ///   - nodes: the nodes of the view.
        public init(pivots: Int, seed: Int, nodes: Int) {
            self.pivots = pivots
            self.seed = seed
            self.nodes = nodes
        }
    }

    /// The centrality of a set of nodes taken together (the `group` asked for).
    public struct Group: Sendable, Codable, Equatable {
        /// The ids of the group's members.
        public var members: [String]
        /// Group betweenness (Everett & Borgatti): the share of shortest paths between outside nodes that
        /// pass through the group.
        public var betweenness: Double
        /// Group closeness: the number of outside nodes divided by the sum of their distances to the group.
        public var closeness: Double
    }

    /// The measures, the first one ranking.
    public var measures: [String]
    /// Whether the view was read directed.
    public var directed: Bool
    /// Whether edge weights were read as lengths (by the path-based measures).
    public var weighted: Bool
    /// The nodes ranked by the first measure (descending, ties by id), only the asked kinds and `top`.
    public var rows: [Row]
    /// The group's centrality, when a group was asked for.
    public var group: Group?
    /// Present when the betweenness column is an estimate from a sample of sources (then its
    /// header says "estimated" and the table has a note); absent when it is exact or not asked.
    public var betweennessSample: Estimate? = nil

    public func tables(in language: Language) -> [ReportTable] {
        var out = [centralityTable(language)]
        if let group { out.append(groupTable(group, language)) }
        return out
    }

    func centralityTable(_ language: Language) -> ReportTable {
        let names = measures.map { name -> String in
            guard let measure = CentralityMeasure(rawValue: name) else { return name }
            if measure == .betweenness, betweennessSample != nil { return language.word(.tableBetweennessEstimated) }
            return language.word(measure.tableWord)
        }
        let notes = betweennessSample.map { [language.format(.noteBetweennessSampled, String($0.pivots), String($0.nodes), String($0.seed))] } ?? []
        return ReportTable(name: "centrality", title: language.format(.tableCentrality, names[0]),
                           columns: [language.word(.tableRank), language.word(.tableNode), language.word(.tableKind)] + names,
                           rows: rows.map { ["\($0.rank)", $0.node.id, language.kindCell($0.node.kind)] + $0.scores.map { language.number($0) } },
                           notes: notes)
    }

    func groupTable(_ group: Group, _ language: Language) -> ReportTable {
        ReportTable(name: "group", title: language.format(.tableGroupCentrality, group.members.joined(separator: ", ")),
                    columns: [language.word(.tableMeasure), language.word(.tableValue)],
                    rows: [[language.word(.tableGroupBetweenness), language.number(group.betweenness)],
                           [language.word(.tableGroupCloseness), language.number(group.closeness)]])
    }
}

extension AnalysisView {
    /// Every requested GraphCore centrality per node, ranked by the first measure (descending;
    /// scores within 1e-9 relative are ties, ordered by id and sharing a rank), optionally only `kinds` and the `top` first.
    ///
    /// Conventions: degree, betweenness (normalised), closeness (Wasserman–Faust), harmonic follow
    /// the view's direction and weights (weights as lengths); eigenvector, PageRank and Katz ignore
    /// weights (the view's weights are lengths, these measures would read them as strengths) and
    /// eigenvector/Katz may fail to converge on directed views with sinks (then read the view undirected).
    /// `in-degree`/`out-degree` need a directed view. `katzAlpha` must be below 1/λ_max to converge. A `group` gives group betweenness and
    /// closeness (GraphCore `groupBetweennessCentrality`, `groupClosenessCentrality`).
    /// - Parameter measures: the measures to compute, in column order; the first one ranks (at least one).
    /// - Parameter top: keep only the first `top` rows (1 or more), or `nil` for all.
    /// - Parameter kinds: keep only nodes of these kinds in the rows (scores are computed on the whole view).
    /// - Parameter group: ids of a group whose group betweenness and closeness are computed (empty: none).
    /// - Parameter katzAlpha: Katz's attenuation factor (default 0.1; below 1/λ_max to converge).
    /// - Parameter progress: called with the measure being computed and the share done, when given.
    /// - Complexity: betweenness, closeness, harmonic O(n m) (weighted O(n m log n)); the others O(m)
    ///   per iteration.
    public func centrality(_ measures: [CentralityMeasure], top: Int? = nil, kinds: Set<NodeKind>? = nil,
                           group: [String] = [], katzAlpha: Double = 0.1,
                           progress: (@Sendable (String) -> Void)? = nil) throws(AnalysisError) -> CentralityReport {
        try centrality(measures, top: top, kinds: kinds, group: group, katzAlpha: katzAlpha, betweennessSample: nil, progress: progress)
    }

    /// The same as ``centrality(_:top:kinds:group:katzAlpha:progress:)``, with betweenness
    /// estimated from a sample of sources when `betweennessSample` is given and has fewer pivots
    /// than the view has nodes (Brandes and Pich 2007, see ``BetweennessSample``); the report
    /// then says so (``CentralityReport/betweennessSample``). With as many pivots as nodes, or
    /// `nil`, betweenness is exact. Other measures are unchanged.
    ///
    /// - Parameter measures: the measures to compute, in column order; the first one ranks (at least one).
    /// - Parameter top: keep only the first `top` rows (1 or more), or `nil` for all.
    /// - Parameter kinds: keep only nodes of these kinds in the rows (scores are computed on the whole view).
    /// - Parameter group: ids of a group whose group betweenness and closeness are computed (empty: none).
    /// - Parameter katzAlpha: Katz's attenuation factor (default 0.1; below 1/λ_max to converge).
    /// - Parameter betweennessSample: the sample, or `nil` for exact betweenness.
    /// - Parameter progress: called with the measure being computed and the share done, when given.
    /// - Throws: as the other form, and ``AnalysisError/outOfRange(_:value:allowed:)`` for
    ///   ``AnalysisParameter/sample`` when the sample has fewer than 1 pivot.
    /// - Complexity: sampled betweenness O(pivots · m) (weighted O(pivots · m log n)).
    public func centrality(_ measures: [CentralityMeasure], top: Int? = nil, kinds: Set<NodeKind>? = nil,
                           group: [String] = [], katzAlpha: Double = 0.1, betweennessSample: BetweennessSample?,
                           progress: (@Sendable (String) -> Void)? = nil) throws(AnalysisError) -> CentralityReport {
        guard !measures.isEmpty else { throw .empty(.measures) }
        if let top, top < 1 { throw .outOfRange(.top, value: "\(top)", allowed: "1 or more") }
        if let sample = betweennessSample, sample.pivots < 1 {
            throw .outOfRange(.sample, value: "\(sample.pivots)", allowed: "1 or more")
        }
        // A sample of all nodes or more is the exact computation: nothing is estimated.
        let sample = betweennessSample.flatMap { $0.pivots < graph.nodeCount ? $0 : nil }
        let weighted = options.weight != nil
        var columns: [[Double]] = []
        for (done, m) in measures.enumerated() {
            progress?("centrality: \(m.rawValue) (\(100 * done / measures.count)% of \(measures.count) measures done)")
            do {
                switch m {
                case .degree: columns.append(graph.degreeCentrality())
                case .inDegree:
                    guard graph.isDirected else { throw AnalysisError.needsDirectedView(.inDegree) }
                    columns.append(try graph.inDegreeCentrality())
                case .outDegree:
                    guard graph.isDirected else { throw AnalysisError.needsDirectedView(.outDegree) }
                    columns.append(try graph.outDegreeCentrality())
                case .betweenness:
                    if let sample {
                        columns.append(try graph.betweennessCentrality(k: sample.pivots, seed: sample.seed, weighted: weighted))
                    } else {
                        columns.append(try graph.betweennessCentrality(weighted: weighted))
                    }
                case .closeness: columns.append(try graph.closenessCentrality(weighted: weighted))
                case .harmonic: columns.append(try graph.harmonicCentrality(weighted: weighted))
                case .eigenvector: columns.append(try graph.eigenvectorCentrality(maxIterations: 1000))
                case .pagerank: columns.append(try graph.pageRank())
                case .katz: columns.append(try graph.katzCentrality(alpha: katzAlpha))
                }
            } catch let e as AnalysisError {
                throw e
            } catch let e as CentralityError {
                throw .measureFailed(m, reason: e.description, directed: graph.isDirected)
            } catch let e as GraphError {
                throw .graph("\(m.rawValue): \(e.description)")
            } catch {
                throw .graph("\(m.rawValue): \(error)")
            }
        }
        var order = Array(graph.nodes)
        if let kinds { order = order.filter { kinds.contains(node($0).kind) } }
        let first = columns[0]
        // Scores within 1e-9 (relative) are ties: iterative measures differ in the last bits.
        func same(_ x: Double, _ y: Double) -> Bool { x == y || abs(x - y) <= 1e-9 * max(abs(x), abs(y)) }
        order.sort { a, b in
            let x = first[Int(a)], y = first[Int(b)]
            if !same(x, y) { return x.isNaN ? false : (y.isNaN ? true : x > y) }
            return ids[Int(a)] < ids[Int(b)]
        }
        var rows: [CentralityReport.Row] = []
        var rank = 0
        for (i, v) in order.enumerated() {
            if i == 0 || !same(first[Int(v)], first[Int(order[i - 1])]) { rank = i + 1 }
            rows.append(.init(rank: rank, node: ref(v), scores: columns.map { $0[Int(v)] }))
        }
        if let top { rows = Array(rows.prefix(top)) }
        var groupResult: CentralityReport.Group?
        if !group.isEmpty {
            var members: [Int32] = []
            for g in group { members += try select(g, for: .group) }
            members = Array(Set(members)).sorted()
            progress?("centrality: group betweenness and closeness")
            do {
                groupResult = .init(members: members.map { ids[Int($0)] }.sorted(),
                                    betweenness: try graph.groupBetweennessCentrality(members, weighted: weighted),
                                    closeness: try graph.groupClosenessCentrality(members, weighted: weighted))
            } catch {
                throw .graph(error.description)
            }
        }
        let estimate = sample.flatMap { measures.contains(.betweenness) ? CentralityReport.Estimate(pivots: $0.pivots, seed: $0.seed, nodes: graph.nodeCount) : nil }
        return CentralityReport(measures: measures.map(\.rawValue), directed: graph.isDirected, weighted: weighted,
                                rows: rows, group: groupResult, betweennessSample: estimate)
    }
}
