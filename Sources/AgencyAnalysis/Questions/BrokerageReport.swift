import AgencyModel
import GraphCore
import TextKit

/// Who brokers between groups (Gould–Fernandez) and who spans structural holes (Burt).
public struct BrokerageReport: TabularReport, Equatable {
    public static let schemaName = "brokerage"

    public struct Row: Sendable, Codable, Equatable {
        public var node: NodeRef
        public var group: String
        /// Raw Gould–Fernandez role counts (open two-paths i → node → k).
        public var coordinator: Double
        public var itinerant: Double
        public var representative: Double
        public var gatekeeper: Double
        public var liaison: Double
        public var total: Double
        /// The total's z-score under sna's null model (`nan` when undefined).
        public var totalZ: Double
        /// Burt's constraint (lower = more brokerage opportunity), effective size, efficiency, hierarchy.
        public var constraint: Double
        public var effectiveSize: Double
        public var efficiency: Double
        public var hierarchy: Double
    }

    public var groupBy: String
    public var groups: [String]
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
