/// The data embedded in an explorer page (`<script type="application/json" id="data">`): every
/// fact and every analysis result the page shows, computed in Swift when the file is written.
///
/// Keys are short because the blob is the bulk of the file; docs/explorer.md lists them. Text the
/// data holds is kept as the data says it (the page writes it with `textContent`); words of the
/// interface come from TextKit's `Word` catalogue in every language.
public struct ExplorerData: Codable, Sendable, Equatable {
    /// A text per language code (`fr`, `nl`, `en`, `de`, or any tag the data uses).
    public typealias Texts = [String: String]

    /// One source of the network.
    public struct SourceInfo: Codable, Sendable, Equatable {
        public var title: String
        public var publisher: String?
        public var url: String?
        public var accessed: String?
    }

    /// Where a fact comes from: a source, its section and the verbatim excerpt.
    public struct Fact: Codable, Sendable, Equatable {
        /// The source id (a key of ``ExplorerData/sources``).
        public var ref: String
        public var section: String?
        public var excerpt: String?
    }

    /// One node.
    public struct NodeInfo: Codable, Sendable, Equatable {
        public var id: String
        public var kind: String
        /// The names as the data gives them, by language (`*` for a name valid in every language).
        public var names: Texts
        /// The acronyms as the data gives them, by language (`*` for one valid in every language).
        public var acronyms: Texts
        /// The label per interface language (acronym, else name, else id, with the model's fallback).
        public var label: Texts
        /// The full name per interface language (with the fallback), absent when the node has none.
        public var name: Texts?
        public var level: String?
        public var since: String?
        public var until: String?
        /// First day of `since` and last day of `until` as `yyyymmdd` numbers, for the date filter.
        public var from: Int?
        public var to: Int?
        public var provenance: [Fact]
        /// Why the node is assumed, when no source states it.
        public var assumption: String?
        public var notes: String?
        /// The id of the node's element in the drawing (`node-ID`, or `level-ID` for a level box).
        public var svg: String
        /// Whether the node is an actor (agency, body, group, custom kind).
        public var actor: Bool
    }

    /// One edge.
    public struct EdgeInfo: Codable, Sendable, Equatable {
        /// The drawing's element id (`edge-FROM-TO-TYPE`, `-2`… on repeats): the edge's id in the page.
        public var id: String
        /// The edge's own id in the network file, when it has one.
        public var key: String?
        public var from: String
        public var to: String
        public var type: String
        public var layer: String?
        public var since: String?
        public var until: String?
        public var fromDay: Int?
        public var toDay: Int?
        public var weight: Double?
        public var provenance: [Fact]
        public var assumption: String?
        public var notes: String?
    }

    /// A relation layer and its types.
    public struct LayerInfo: Codable, Sendable, Equatable {
        public var name: String
        public var label: Texts
        public var types: [String]
    }

    /// The network's measures at one date (or over all periods).
    public struct Measures: Codable, Sendable, Equatable {
        /// The date (`nil`: all periods).
        public var date: String?
        public var day: Int?
        public var nodes: Int
        public var edges: Int
        public var components: Int
        public var largest: Int
        public var density: Double
        public var diameter: Int
        /// Articulation points among the actors (the `spof` question's default view).
        public var spofs: Int
    }

    /// One layer's answer to a single removal (AgencyAnalysis `LayerImpact.LayerLoss`).
    public struct LayerLoss: Codable, Sendable, Equatable {
        public var layer: String
        public var cutOff: [String]
        /// Per cut-off node, the other layers through which it keeps a connection.
        public var backup: [[String]]
    }

    /// What removing one node does (AgencyAnalysis `LayerImpact`).
    public struct Removal: Codable, Sendable, Equatable {
        public var layers: [LayerLoss]
        public var noBackup: [String]
    }

    /// A colour overlay: groups with labels per language and fills, and each node's group.
    public struct Colouring: Codable, Sendable, Equatable {
        public struct Group: Codable, Sendable, Equatable {
            public var key: String
            public var label: Texts
            public var fill: String
        }
        public var title: Texts
        public var groups: [Group]
        public var groupOf: [String: String]
    }

    /// A centrality measure: its name per language, each actor's score and rank.
    public struct Centrality: Codable, Sendable, Equatable {
        public var measure: String
        public var label: Texts
        public var score: [String: Double]
        public var rank: [String: Int]
    }

    /// The format of this blob.
    public var version = 1
    public var id: String
    public var title: Texts
    public var inputName: String
    /// The language the page opens in.
    public var language: String
    /// The coordinator the what-if measures from, when one was given.
    public var hub: String?
    /// The interface words: `words[lang][key]`.
    public var words: [String: Texts]
    /// Node kind and edge type names: `kinds[kind][lang]`, `types[type][lang]`.
    public var kinds: [String: Texts]
    public var types: [String: Texts]
    public var layers: [LayerInfo]
    /// The levels by rank (ids).
    public var levels: [String]
    public var sources: [String: SourceInfo]
    public var nodes: [NodeInfo]
    public var edges: [EdgeInfo]
    public var centrality: [Centrality]
    /// The number of actors ranked.
    public var actorCount: Int
    /// Articulation points and bridges of the actors' view (the drawing's element ids for edges).
    public var spofNodes: [String]
    public var spofEdges: [String]
    /// Every single removal of an actor, by its id (empty above ``removalLimit``).
    public var removals: [String: Removal]
    public var removalLimit: Int
    /// Whether ``removals`` holds every actor (false when the network has more actors than the limit).
    public var removalsComplete: Bool
    /// The command that answers a removal the page has not precomputed, `%1` standing for the
    /// removed ids joined by commas (given by the front end, e.g. the `agencygraph` tool).
    public var whatIfCommand: String?
    /// The measures over all periods, then at each distinct date of the data, in order.
    public var measures: [Measures]
    public var colourings: [String: Colouring]
}
