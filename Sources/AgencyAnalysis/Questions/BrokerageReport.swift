import AgencyModel
import GraphCore
import TextKit

/// Who brokers between groups (Gould–Fernandez) and who spans structural holes (Burt).
public struct BrokerageReport: TabularReport, Equatable {
    public static let schemaName = "brokerage"

    /// One node's brokerage: its Gould–Fernandez role counts and z-score, and Burt's structural-hole
    /// measures.
    public struct Row: Sendable, Codable, Equatable {
        /// The node.
        public var node: NodeRef
        /// The node's group under ``BrokerageReport/groupBy`` (a level id, a kind, or `(none)`).
        public var group: String
        /// Raw Gould–Fernandez role counts (open two-paths i → node → k).
        public var coordinator: Double
        /// Itinerant (consultant) count: `i` and `k` in one group, the node in another.
        public var itinerant: Double
        /// Representative count: the node in `i`'s group, `k` in another; the node represents its group.
        public var representative: Double
        /// Gatekeeper count: the node in `k`'s group, `i` in another; the node gates what enters.
        public var gatekeeper: Double
        /// Liaison count: `i`, the node and `k` in three different groups.
        public var liaison: Double
        /// The sum of the five role counts.
        public var total: Double
        /// The total's z-score under sna's null model (`nan` when undefined).
        public var totalZ: Double
        /// Burt's constraint (lower = more brokerage opportunity), effective size, efficiency, hierarchy.
        public var constraint: Double
        /// Burt's effective size: the node's contacts minus their redundancy (`NaN` for isolates).
        public var effectiveSize: Double
        /// Effective size divided by the number of contacts.
        public var efficiency: Double
        /// Burt's hierarchy: how much of the node's constraint comes from one contact.
        public var hierarchy: Double
    }

    /// What defines the groups: `level` (home level) or `kind`.
    public var groupBy: String
    /// The group names, in the order nodes first appear in the view.
    public var groups: [String]
    /// Whether the view was read directed (roles follow two-paths `i → node → k`).
    public var directed: Bool
    /// Nodes by total brokerage (descending), then id; only those with a positive total or every
    /// node when `all` was asked, cut to `top`.
    public var rows: [Row]

    public func tables(in language: Language) -> [ReportTable] {
        [brokerageTable(language)]
    }

    /// Role counts with up to four decimals, the z-score with two, constraint with three,
    /// effective size with two.
    func brokerageTable(_ language: Language) -> ReportTable {
        let word = language.word
        let byKind = groupBy == "kind"
        return ReportTable(name: "brokerage", title: language.format(.tableBrokerage, word(byKind ? .tableKind : .tableLevel)),
                           columns: [word(.tableNode), word(.tableGroup), word(.tableCoordinator), word(.tableItinerant),
                                     word(.tableRepresentative), word(.tableGatekeeper), word(.tableLiaison), word(.tableTotal),
                                     "z", word(.tableConstraint), word(.tableEffectiveSize)],
                           rows: rows.map { r in
                               [r.node.id, byKind ? language.kindCell(r.group) : language.levelCell(r.group),
                                language.number(r.coordinator), language.number(r.itinerant), language.number(r.representative),
                                language.number(r.gatekeeper), language.number(r.liaison), language.number(r.total),
                                language.number(r.totalZ, decimals: 2), language.number(r.constraint, decimals: 3),
                                language.number(r.effectiveSize, decimals: 2)]
                           })
    }
}

extension AnalysisView {
    /// Gould–Fernandez brokerage roles with groups = levels (or kinds), and Burt's structural holes,
    /// per node, ranked by total brokerage, ties by id.
    ///
    /// Brokerage follows the view's direction (an undirected view is read as each edge both ways);
    /// structural holes use mutual tie weights (GraphCore conventions). `top` keeps the first rows.
    /// - Complexity: O(n + m + Σ two-paths) (GraphCore `brokerage`, `structuralHoles`).
    public func brokerage(groupBy: GroupBy = .level, top: Int? = nil, kinds: Set<NodeKind>? = nil) throws(AnalysisError) -> BrokerageReport {
        if let top, top < 1 { throw .outOfRange(.top, value: "\(top)", allowed: "1 or more") }
        let (names, label) = groups(by: groupBy)
        let b: Brokerage
        do { b = try graph.brokerage(groups: label) } catch { throw .graph(error.description) }
        let holes = graph.structuralHoles(weighted: false)
        var rows: [BrokerageReport.Row] = []
        for v in graph.nodes {
            let i = Int(v)
            let node = self.node(v)
            if let kinds, !kinds.contains(node.kind) { continue }
            let r = b.raw[i]
            rows.append(.init(node: ref(node), group: names[label[i]], coordinator: r.coordinator, itinerant: r.itinerant,
                              representative: r.representative, gatekeeper: r.gatekeeper, liaison: r.liaison, total: r.total,
                              totalZ: b.z[i].total, constraint: holes.constraint[i], effectiveSize: holes.effectiveSize[i],
                              efficiency: holes.efficiency[i], hierarchy: holes.hierarchy[i]))
        }
        rows.sort { ($0.total, $1.node.id) > ($1.total, $0.node.id) }
        if let top { rows = Array(rows.prefix(top)) }
        return BrokerageReport(groupBy: groupBy.rawValue, groups: names, directed: graph.isDirected, rows: rows)
    }
}
