import AgencyModel
import GraphCore
import TextKit

/// A name and how many: one row of a count table.
public struct Count: Sendable, Codable, Equatable {
    /// What is counted (a kind, a type, a level).
    public var key: String
    /// How many.
    public var count: Int
    /// Creates a row.
    ///
    /// - Parameters:
    ///   - key: what is counted.
    ///   - count: how many.
    public init(key: String, count: Int) {
        self.key = key
        self.count = count
    }
}

/// The shape of a view: counts, density, components, diameter, reciprocity.
public struct NetworkStats: TabularReport, Equatable {
    public static let schemaName = "stats"
    /// Whether direction counted.
    public var directed: Bool
    /// Nodes in the view.
    public var nodeCount: Int
    /// Network edges in the view (before the graph is made simple).
    public var edgeCount: Int
    /// Edges of the simple analysis graph (a `cooperates_with` edge counts twice when directed).
    public var graphEdgeCount: Int
    /// Nodes by kind (built-in kinds in documentation order, then custom).
    public var byKind: [Count]
    /// Non-level nodes by home level (`level:`), levels by rank; `(none)` last.
    public var byLevel: [Count]
    /// Network edges by type.
    public var byEdgeType: [Count]
    /// m / (n (n − 1)) directed, 2m / (n (n − 1)) undirected, on the simple graph; 0 below 2 nodes.
    public var density: Double
    /// Weakly connected components.
    public var components: Int
    /// Strongly connected components (directed views only).
    public var stronglyConnectedComponents: Int?
    /// Nodes in the largest weakly connected component.
    public var largestComponent: Int
    /// Diameter (hops, edges read both ways) of the largest weakly connected component; 0 when empty.
    public var diameter: Int
    /// Fraction of directed edges u→v (u ≠ v) whose reverse v→u is also an edge (NetworkX
    /// `reciprocity`); `nil` when undirected or without edges.
    public var reciprocity: Double?

    public func tables(in language: Language) -> [ReportTable] {
        [summaryTable(language), kindsTable(language), levelsTable(language), edgeTypesTable(language)]
    }

    func summaryTable(_ language: Language) -> ReportTable {
        let word = language.word
        var rows: [[String]] = [
            [word(.tableNodes), "\(nodeCount)"], [word(.tableEdges), "\(edgeCount)"], [word(.tableGraphEdges), "\(graphEdgeCount)"],
            [word(.tableDirected), language.yesNo(directed)], [word(.tableDensity), language.number(density)],
            [word(.tableComponents), "\(components)"],
        ]
        if let s = stronglyConnectedComponents { rows.append([word(.tableStrongComponents), "\(s)"]) }
        rows.append([word(.tableLargestComponent), "\(largestComponent)"])
        rows.append([word(.tableDiameterHops), "\(diameter)"])
        rows.append([word(.tableReciprocity), reciprocity.map { language.number($0) } ?? "n/a"])
        return ReportTable(name: "summary", title: word(.tableSummary), columns: [word(.tableMeasure), word(.tableValue)], rows: rows)
    }

    func kindsTable(_ language: Language) -> ReportTable {
        ReportTable(name: "kinds", title: language.word(.tableNodesByKind), columns: [language.word(.tableKind), language.word(.tableCount)],
                    rows: byKind.map { [language.kindCell($0.key), "\($0.count)"] })
    }

    func levelsTable(_ language: Language) -> ReportTable {
        ReportTable(name: "levels", title: language.word(.tableNodesByLevel), columns: [language.word(.tableLevel), language.word(.tableCount)],
                    rows: byLevel.map { [language.levelCell($0.key), "\($0.count)"] })
    }

    func edgeTypesTable(_ language: Language) -> ReportTable {
        ReportTable(name: "edge-types", title: language.word(.tableEdgesByType), columns: [language.word(.tableEdgeType), language.word(.tableCount)],
                    rows: byEdgeType.map { [language.edgeTypeCell($0.key), "\($0.count)"] })
    }
}

extension AnalysisView {
    /// Counts by kind, level and edge type; density; components; diameter; reciprocity.
    ///
    /// The diameter is exact, computed by iFUB bounds (`GraphCore.Graph.boundedDiameter(progress:)`,
    /// Crescenzi et al. 2013) on the largest weakly connected component read undirected.
    ///
    /// - Parameter progress: called with a short message while the diameter is being bounded.
    /// - Complexity: O(n + m) plus k breadth-first searches of the largest component for the
    ///   diameter, k usually a few dozen (n in the worst case, as all pairs).
    public func stats(progress: (@Sendable (String) -> Void)? = nil) throws(AnalysisError) -> NetworkStats {
        let n = graph.nodeCount
        let m = graph.edgeCount
        let byKind = network.kinds.map { Count(key: $0.rawValue, count: network.nodes(ofKind: $0).count) }
        var levelCounts: [String: Int] = [:]
        for node in network.nodes where node.kind != .level { levelCounts[node.level ?? "(none)", default: 0] += 1 }
        var byLevel: [Count] = network.levelsByRank.compactMap { l in levelCounts.removeValue(forKey: l.id).map { Count(key: l.id, count: $0) } }
        byLevel += levelCounts.keys.filter { $0 != "(none)" }.sorted().map { Count(key: $0, count: levelCounts[$0]!) }
        if let none = levelCounts["(none)"] { byLevel.append(Count(key: "(none)", count: none)) }
        let byType = network.countsByType.keys.sorted().map { Count(key: $0.rawValue, count: network.countsByType[$0]!) }
        let pairs = Double(n) * Double(n - 1)
        let density = n < 2 ? 0 : Double(m) / (graph.isDirected ? pairs : pairs / 2)
        let components = graph.connectedComponents()
        var diameter = 0
        if n > 0 {
            let sizes = components.sizes
            let largest = sizes.indices.max { (sizes[$0], -$0) < (sizes[$1], -$1) }!
            let keep = components.label.map { Int($0) == largest }
            let (sub, _) = graph.undirected().inducedSubgraph(keeping: keep)
            do {
                var reported = -1
                diameter = try sub.boundedDiameter { done, bound in
                    let percent = 100 * done / max(bound, 1)
                    if let progress, percent / 10 != reported { reported = percent / 10; progress("diameter: \(percent)% (at most \(bound) searches)") }
                }
            } catch {
                throw .graph(error.description)
            }
        }
        var reciprocity: Double?
        if graph.isDirected && m > 0 {
            var total = 0, mutual = 0
            for (u, v, _) in graph.edges where u != v {
                total += 1
                if graph.hasEdge(from: v, to: u) { mutual += 1 }
            }
            reciprocity = total == 0 ? nil : Double(mutual) / Double(total)
        }
        return NetworkStats(
            directed: graph.isDirected, nodeCount: n, edgeCount: network.edges.count, graphEdgeCount: m,
            byKind: byKind, byLevel: byLevel, byEdgeType: byType, density: density,
            components: components.count,
            stronglyConnectedComponents: graph.isDirected ? graph.stronglyConnectedComponents().count : nil,
            largestComponent: components.largestSize, diameter: diameter, reciprocity: reciprocity)
    }
}
