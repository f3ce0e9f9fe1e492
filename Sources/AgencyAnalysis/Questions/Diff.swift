import AgencyModel
import GraphCore
import TextKit

/// The difference between two networks (or one network at two dates).
public struct DiffReport: TabularReport, Equatable {
    public static let schemaName = "diff"

    /// A node in both networks whose fields differ.
    public struct NodeChange: Sendable, Codable, Equatable {
        /// The node's id.
        public var id: String
        /// Fields that differ: `kind`, `name`, `acronym`, `level`, `rank`, `validity`, `tags`, `notes`,
        /// `provenance`, `assumption`.
        public var fields: [String]
    }

    /// A node whose betweenness changed between the two networks.
    public struct Moved: Sendable, Codable, Equatable {
        /// The node's id.
        public var id: String
        /// Its normalised betweenness in the first network.
        public var before: Double
        /// Its normalised betweenness in the second network.
        public var after: Double
    }

    /// The name of the first network (a file name or a date).
    public var before: String
    /// The name of the second network.
    public var after: String
    /// Ids of nodes only in the second network, sorted.
    public var nodesAdded: [String]
    /// Ids of nodes only in the first network, sorted.
    public var nodesRemoved: [String]
    /// Nodes in both whose fields differ, sorted by id.
    public var nodesChanged: [NodeChange]
    /// Edges as `FROM -TYPE-> TO` (a `cooperates_with` edge with its ends sorted).
    public var edgesAdded: [String]
    /// Edges only in the first network, written as ``edgesAdded``.
    public var edgesRemoved: [String]
    /// Nodes present in both whose betweenness (normalised, undirected view) moved most, top 10,
    /// by absolute change then id.
    public var betweennessMoved: [Moved]
    /// How betweenness was estimated in both networks, when it was (the same sources, by
    /// position, in both: the same network gives the same values); `nil` when exact.
    public var betweennessSample: CentralityReport.Estimate?
    /// Whole-network measures (counts, density, components, …) of both networks, side by side.
    public var measures: [Change]

    public func tables(in language: Language) -> [ReportTable] {
        [changesTable(language), measuresTable(language), movedTable(language)]
    }

    func changesTable(_ language: Language) -> ReportTable {
        let word = language.word
        var changes: [[String]] = []
        changes += nodesAdded.map { [word(.tableNodeAdded), $0, ""] }
        changes += nodesRemoved.map { [word(.tableNodeRemoved), $0, ""] }
        changes += nodesChanged.map { [word(.tableNodeChanged), $0.id, $0.fields.joined(separator: ", ")] }
        changes += edgesAdded.map { [word(.tableEdgeAdded), $0, ""] }
        changes += edgesRemoved.map { [word(.tableEdgeRemoved), $0, ""] }
        return ReportTable(name: "changes", title: language.format(.tableDifferences, before, after),
                           columns: [word(.tableChange), word(.tableWhat), word(.tableFields)], rows: changes)
    }

    func measuresTable(_ language: Language) -> ReportTable {
        ReportTable(name: "measures", title: language.word(.tableMeasures),
                    columns: [language.word(.tableMeasure), language.word(.tableBefore), language.word(.tableAfter), ""],
                    rows: measures.map { $0.row(language) })
    }

    func movedTable(_ language: Language) -> ReportTable {
        ReportTable(name: "moved", title: language.word(.tableBetweennessMoved),
                    columns: [language.word(.tableNode), language.word(.tableBefore), language.word(.tableAfter)],
                    rows: betweennessMoved.map { [$0.id, language.number($0.before), language.number($0.after)] },
                    notes: betweennessSample.map { [language.format(.noteBetweennessSampled, String($0.pivots), String($0.nodes), String($0.seed))] } ?? [])
    }
}

/// Compares two networks, each already filtered, with the same analysis options; betweenness
/// exact.
///
/// - Complexity: O(n + m) for the lists, plus betweenness on both (O(n m)).
public func diff(_ a: Network, _ b: Network, beforeName: String, afterName: String,
                 options: AnalysisOptions = AnalysisOptions()) throws(AnalysisError) -> DiffReport {
    try diff(a, b, beforeName: beforeName, afterName: afterName, options: options, betweennessSample: nil)
}

/// Compares two networks as ``diff(_:_:beforeName:afterName:options:)`` does, with betweenness
/// estimated from `betweennessSample` when it is given and has fewer pivots than the larger
/// network has nodes (Brandes and Pich 2007, see ``BetweennessSample``; the same seed draws the
/// same positions in both, so an unchanged network shows nothing moved); the report says so
/// (``DiffReport/betweennessSample``).
///
/// - Throws: ``AnalysisError/outOfRange(_:value:allowed:)`` for ``AnalysisParameter/sample`` when
///   the sample has fewer than 1 pivot.
/// - Complexity: O(n + m) for the lists, plus betweenness on both: O(n m) exact, O(pivots · m)
///   estimated.
public func diff(_ a: Network, _ b: Network, beforeName: String, afterName: String,
                 options: AnalysisOptions = AnalysisOptions(),
                 betweennessSample: BetweennessSample?) throws(AnalysisError) -> DiffReport {
    if let sample = betweennessSample, sample.pivots < 1 {
        throw .outOfRange(.sample, value: "\(sample.pivots)", allowed: "1 or more")
    }
    let va = try AnalysisView(network: a, options: options), vb = try AnalysisView(network: b, options: options)
    let idsA = Set(a.nodes.map(\.id)), idsB = Set(b.nodes.map(\.id))
    var changed: [DiffReport.NodeChange] = []
    for id in idsA.intersection(idsB).sorted() {
        let x = a.node(withID: id)!, y = b.node(withID: id)!
        var fields: [String] = []
        if x.kind != y.kind { fields.append("kind") }
        if x.name != y.name { fields.append("name") }
        if x.acronym != y.acronym { fields.append("acronym") }
        if x.level != y.level { fields.append("level") }
        if x.rank != y.rank { fields.append("rank") }
        if x.validity != y.validity { fields.append("validity") }
        if x.tags != y.tags { fields.append("tags") }
        if x.notes != y.notes { fields.append("notes") }
        if x.provenance != y.provenance { fields.append("provenance") }
        if x.assumption != y.assumption { fields.append("assumption") }
        if !fields.isEmpty { changed.append(.init(id: id, fields: fields)) }
    }
    func key(_ e: Edge) -> String {
        let (f, t) = e.type.isSymmetric && e.to < e.from ? (e.to, e.from) : (e.from, e.to)
        return "\(f) -\(e.type)-> \(t)"
    }
    let ea = Set(a.edges.map(key)), eb = Set(b.edges.map(key))
    var moved: [DiffReport.Moved] = []
    let ua = try va.undirected().graph, ub = try vb.undirected().graph
    // A sample of at least the larger network's nodes is the exact computation: nothing estimated.
    let largest = max(ua.nodeCount, ub.nodeCount)
    let estimate = betweennessSample.flatMap { $0.pivots < largest ? $0 : nil }
    do {
        let ba: [Double], bb: [Double]
        if let sample = estimate {
            // Each graph draws from its own nodes; k is capped at each one's size.
            ba = try ua.betweennessCentrality(k: min(sample.pivots, ua.nodeCount), seed: sample.seed)
            bb = try ub.betweennessCentrality(k: min(sample.pivots, ub.nodeCount), seed: sample.seed)
        } else {
            ba = try ua.betweennessCentrality()
            bb = try ub.betweennessCentrality()
        }
        for id in idsA.intersection(idsB) {
            let x = ba[Int(va.dense(id)!)], y = bb[Int(vb.dense(id)!)]
            if x != y { moved.append(.init(id: id, before: x, after: y)) }
        }
    } catch {
        throw .graph(error.description)
    }
    moved.sort { (abs($0.after - $0.before), $1.id) > (abs($1.after - $1.before), $0.id) }
    let sa = try va.stats(), sb = try vb.stats()
    func change(_ measure: ComparedMeasure, _ x: String, _ y: String) -> Change { Change(measure, before: x, after: y) }
    return DiffReport(
        before: beforeName, after: afterName,
        nodesAdded: idsB.subtracting(idsA).sorted(), nodesRemoved: idsA.subtracting(idsB).sorted(), nodesChanged: changed,
        edgesAdded: eb.subtracting(ea).sorted(), edgesRemoved: ea.subtracting(eb).sorted(),
        betweennessMoved: Array(moved.prefix(10)),
        betweennessSample: estimate.map { .init(pivots: $0.pivots, seed: $0.seed, nodes: largest) },
        measures: [
            change(.nodes, "\(sa.nodeCount)", "\(sb.nodeCount)"), change(.edges, "\(sa.edgeCount)", "\(sb.edgeCount)"),
            change(.components, "\(sa.components)", "\(sb.components)"), change(.diameter, "\(sa.diameter)", "\(sb.diameter)"),
            change(.density, Language.en.number(sa.density), Language.en.number(sb.density)),
        ])
}
