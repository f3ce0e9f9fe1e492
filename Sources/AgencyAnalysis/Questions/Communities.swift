import AgencyModel
import GraphCore
import TextKit

/// A community detection method of GraphCore.
public enum CommunityMethod: String, Sendable, Codable, CaseIterable {
    /// Louvain (Blondel et al. 2008).
    case louvain
    /// Leiden (Traag et al. 2019): Louvain with a refinement step; communities are connected.
    case leiden
}

/// Communities found by Louvain or Leiden, compared with the partition into levels.
public struct CommunitiesReport: TabularReport, Equatable {
    public static let schemaName = "communities"

    /// One community: its members and the levels they belong to.
    public struct Community: Sendable, Codable, Equatable {
        /// Numbered from 0 by smallest member id in the view's node order.
        public var index: Int
        /// The member ids, sorted.
        public var members: [String]
        /// The home levels of the members (`(none)` for nodes without one), by rank.
        public var levels: [String]
        /// Whether the community spans more than one level.
        public var crossesLevels: Bool
    }

    /// The method used: `louvain` or `leiden` (``CommunityMethod``).
    public var method: String
    /// The modularity resolution used (1 is standard modularity; larger finds smaller communities).
    public var resolution: Double
    /// The seed of the method's random order; the same seed gives the same communities.
    public var seed: UInt64
    /// Whether the view was read directed.
    public var directed: Bool
    /// The modularity of the communities found, at ``resolution``.
    public var modularity: Double
    /// The modularity of the partition into home levels (the reference partition).
    public var levelModularity: Double
    /// The communities, numbered from 0 by their smallest member.
    public var communities: [Community]

    public func tables(in language: Language) -> [ReportTable] {
        [communitiesTable(language)]
    }

    func communitiesTable(_ language: Language) -> ReportTable {
        ReportTable(name: "communities",
                    title: language.format(.tableCommunities, method, language.number(modularity), language.number(levelModularity)),
                    columns: ["#", language.word(.tableSize), language.word(.tableLevels), language.word(.tableMembers)],
                    rows: communities.map { ["\($0.index)", "\($0.members.count)", $0.levels.map(language.levelCell).joined(separator: ", "),
                                             $0.members.joined(separator: ", ")] },
                    notes: [language.format(.tableCrossLevels, "\(communities.filter(\.crossesLevels).count)", "\(communities.count)")])
    }
}

extension AnalysisView {
    /// Louvain or Leiden communities (GraphCore, seeded and deterministic) with their modularity, and the
    /// modularity of the partition into home levels for comparison.
    ///
    /// - Throws: ``AnalysisError/outOfRange(_:value:allowed:)`` for a resolution ≤ 0; ``AnalysisError/graph(_:)``
    ///   when the view has no edge (modularity is undefined).
    /// - Complexity: near-linear (Louvain), O(n + m) for the modularities.
    public func communities(method: CommunityMethod = .louvain, resolution: Double = 1, seed: UInt64 = 0) throws(AnalysisError) -> CommunitiesReport {
        guard resolution > 0, resolution.isFinite else { throw .outOfRange(.resolution, value: "\(resolution)", allowed: "a number > 0") }
        let weighted = options.weight != nil
        let partition = method == .louvain
            ? graph.louvainCommunities(resolution: resolution, weighted: weighted, seed: seed)
            : graph.leidenCommunities(resolution: resolution, weighted: weighted, seed: seed)
        let (_, levelLabel) = groups(by: .level)
        let q: Double, ql: Double
        do {
            q = try graph.modularity(of: partition, resolution: resolution, weighted: weighted)
            ql = try graph.modularity(of: Partition(labels: levelLabel), resolution: resolution, weighted: weighted)
        } catch {
            throw .graph(error.description)
        }
        let order = levelNodes.map(\.id) + ["(none)"]
        let lists = partition.communities.map { $0.sorted() }.sorted { ($0.first ?? 0) < ($1.first ?? 0) }
        let communities = lists.enumerated().map { i, members in
            let levels = Set(members.map { homeLevel(of: ids[Int($0)]) ?? "(none)" })
                .sorted { (order.firstIndex(of: $0) ?? .max, $0) < (order.firstIndex(of: $1) ?? .max, $1) }
            return CommunitiesReport.Community(index: i, members: members.map { ids[Int($0)] }.sorted(), levels: levels,
                                               crossesLevels: levels.filter { $0 != "(none)" }.count > 1)
        }
        return CommunitiesReport(method: method.rawValue, resolution: resolution, seed: seed, directed: graph.isDirected,
                                 modularity: q, levelModularity: ql, communities: communities)
    }
}
