import AgencyAnalysis
import AgencyModel
import AgencyRendering
import TextKit

/// The groups a large network is condensed into (`AgencyRendering.CondensedNetwork`): its
/// levels when it has them, else its Louvain communities. One choice for `agencygraph render`
/// and the briefing, so both draw the same condensed overview.
public enum CondensedOverview {
    /// Whether a drawing of this many nodes and edges is too large to read whole: more than
    /// ``maximumNodes`` nodes or ``maximumEdges`` edges. Measured: at 300 nodes an A4 page gives
    /// each node label about 2 pt, and sfdp's SVG of 25,000 nodes is 66 MB (docs/rendering.md).
    public static func isTooLarge(nodes: Int, edges: Int) -> Bool { nodes > maximumNodes || edges > maximumEdges }
    /// Above this many nodes a drawing is condensed (about 2 pt per label on A4 at 300).
    public static let maximumNodes = 300
    /// Above this many edges a drawing is condensed, whatever its node count.
    public static let maximumEdges = 1500

    /// Whether `network` has levels its nodes sit at (in `context`'s declared levels).
    public static func hasLevels(_ network: Network, context: Network) -> Bool {
        !context.levelsByRank.isEmpty && network.nodes.contains { $0.level != nil }
    }

    /// One box per level (by rank), a level node in its own box (its ties count, not itself); nodes without a level in a box
    /// of their own when `keepUnplaced`, else left out.
    public static func byLevel(_ network: Network, context: Network, title: String, language: Language,
                               keepUnplaced: Bool = false, maximumGroups: Int = CondensedNetwork.maximumGroups,
                               label: (String) -> String) -> CondensedNetwork {
        let none = "\u{0}none"
        return CondensedNetwork(network, title: title,
                                groupOf: { $0.kind == .level ? $0.id : ($0.level ?? (keepUnplaced ? none : nil)) },
                                order: context.levelsByRank.map(\.id) + [none],
                                name: { $0 == none ? language.word(.condensedNoLevel) : label($0) },
                                otherName: { language.format(.condensedOther, String($0)) }, maximumGroups: maximumGroups,
                                isMember: { $0.kind != .level })
    }

    /// One box per community, named after its most connected member ("community 3: NAME…").
    public static func byCommunity(_ network: Network, _ report: CommunitiesReport, title: String, language: Language,
                                   maximumGroups: Int = CondensedNetwork.maximumGroups, label: (String) -> String) -> CondensedNetwork {
        var groupOf: [String: String] = [:]
        var degree: [String: Int] = [:]
        for edge in network.edges { degree[edge.from, default: 0] += 1; degree[edge.to, default: 0] += 1 }
        var names: [String: String] = [:]
        for community in report.communities {
            let key = "c\(community.index)"
            for member in community.members { groupOf[member] = key }
            let top = community.members.max { (degree[$0] ?? 0, $1) < (degree[$1] ?? 0, $0) } ?? key
            names[key] = "\(language.word(.community)) \(community.index + 1): \(label(top))…"
        }
        return CondensedNetwork(network, title: title, groupOf: { groupOf[$0.id] },
                                order: report.communities.map { "c\($0.index)" }, name: { names[$0] ?? $0 },
                                otherName: { language.format(.condensedOther, String($0)) }, maximumGroups: maximumGroups)
    }
}
