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
        /// The document's title, as the network file writes it (one text, not per language).
        public var title: String
        /// Who published the document; `nil` when the file does not say.
        public var publisher: String?
        /// Where the document can be read (`http://` or `https://`); `nil` when the file gives none.
        /// Kept in the data only: the page shows no link.
        public var url: String?
        /// When the source was read, as the file's partial date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`);
        /// `nil` when the file does not say.
        public var accessed: String?
    }

    /// Where a fact comes from: a source, its section and the verbatim excerpt.
    public struct Fact: Codable, Sendable, Equatable {
        /// The source id (a key of ``ExplorerData/sources``).
        public var ref: String
        /// The heading in the source under which the fact is stated; `nil` when the provenance names none.
        public var section: String?
        /// The verbatim passage of the source that states the fact (the panel quotes it); `nil` when the
        /// provenance gives none.
        public var excerpt: String?
    }

    /// One node.
    public struct NodeInfo: Codable, Sendable, Equatable {
        /// The node's id in the network file: the key by which the rest of the data names the node
        /// (``ExplorerData/EdgeInfo/from``/``ExplorerData/EdgeInfo/to``, ``ExplorerData/removals``,
        /// ``ExplorerData/Colouring/groupOf``, ``ExplorerData/Centrality/score``) and the page's API takes it.
        public var id: String
        /// The node kind's raw value (`agency`, `body`, `group`, `level`, `objective`, `instrument`, or a
        /// custom `x-…` kind): a key of ``ExplorerData/kinds``.
        public var kind: String
        /// The names as the data gives them, by language (`*` for a name valid in every language).
        public var names: Texts
        /// The acronyms as the data gives them, by language (`*` for one valid in every language).
        public var acronyms: Texts
        /// The label per interface language (acronym, else name, else id, with the model's fallback).
        public var label: Texts
        /// The full name per interface language (with the fallback), absent when the node has none.
        public var name: Texts?
        /// The id of the `level` node this node belongs to (one of ``ExplorerData/levels``); `nil` when the
        /// file gives it no level.
        public var level: String?
        /// The start of the node's validity as the file writes it (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`);
        /// `nil`: valid from the start.
        public var since: String?
        /// The end of the node's validity as the file writes it (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`);
        /// `nil`: still valid.
        public var until: String?
        /// First day of `since` and last day of `until` as `yyyymmdd` numbers, for the date filter.
        public var from: Int?
        /// The last day of ``until`` as a `yyyymmdd` number (`2016-03` gives `20160331`); `nil` when
        /// ``until`` is.
        public var to: Int?
        /// The sources that state the node, as the file lists them; empty when none does (see
        /// ``assumption``).
        public var provenance: [Fact]
        /// Why the node is assumed, when no source states it.
        public var assumption: String?
        /// The file's free-text notes on the node (the panel's Notes); `nil` when there are none.
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
        /// The id of the node the edge starts from (an ``ExplorerData/NodeInfo/id``).
        public var from: String
        /// The id of the node the edge points to (an ``ExplorerData/NodeInfo/id``).
        public var to: String
        /// The edge type's raw value: a key of ``ExplorerData/types``.
        public var type: String
        /// The name of the relation layer that lists the edge's ``type`` (an
        /// ``ExplorerData/LayerInfo/name``); `nil` when no layer lists it (such an edge is hidden whenever
        /// the layer filter is on).
        public var layer: String?
        /// The start of the edge's validity as the file writes it (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`);
        /// `nil`: valid from the start.
        public var since: String?
        /// The end of the edge's validity as the file writes it (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`);
        /// `nil`: still valid.
        public var until: String?
        /// The first day of ``since`` as a `yyyymmdd` number, for the date filter; `nil` when ``since`` is.
        public var fromDay: Int?
        /// The last day of ``until`` as a `yyyymmdd` number, for the date filter; `nil` when ``until`` is.
        public var toDay: Int?
        /// The weight as the file writes it (the panel shows it); `nil` when the file gives none.
        public var weight: Double?
        /// The sources that state the edge, as the file lists them; empty when none does (see
        /// ``assumption``).
        public var provenance: [Fact]
        /// Why the edge is assumed, when no source states it; `nil` otherwise.
        public var assumption: String?
        /// The file's free-text notes on the edge (the panel's Notes); `nil` when there are none.
        public var notes: String?
    }

    /// A relation layer and its types.
    public struct LayerInfo: Codable, Sendable, Equatable {
        /// The layer's name: `coordination`, `structure`, `policy` or a layer the file declares; the value
        /// of ``ExplorerData/EdgeInfo/layer`` and ``ExplorerData/LayerLoss/layer``, and what `setLayers` takes.
        public var name: String
        /// The layer's name per interface language code (built-in layers translated; a declared layer keeps
        /// its name in every language).
        public var label: Texts
        /// The raw values of the edge types the layer groups, in the file's order.
        public var types: [String]
    }

    /// The network's measures at one date (or over all periods).
    public struct Measures: Codable, Sendable, Equatable {
        /// The date (`nil`: all periods).
        public var date: String?
        /// The first day of ``date`` as a `yyyymmdd` number: the page shows the latest entry whose day is
        /// not after the chosen date's first day; `nil` for the all-periods entry.
        public var day: Int?
        /// Nodes of the whole network valid at the date (every node for the all-periods entry).
        public var nodes: Int
        /// Edges of the whole network valid at the date (every edge for the all-periods entry).
        public var edges: Int
        /// Weakly connected components of the whole network at the date (the page's "connected parts").
        public var components: Int
        /// Nodes in the largest weakly connected component at the date.
        public var largest: Int
        /// The density of the whole network at the date, read directed, as the `stats` question gives it:
        /// m / (n (n − 1)) on the simple graph, a fraction from 0 to 1; 0 below two nodes.
        public var density: Double
        /// The diameter in hops (edges read both ways) of the largest weakly connected component; 0 when
        /// the network is empty at the date.
        public var diameter: Int
        /// Articulation points among the actors (the `spof` question's default view).
        public var spofs: Int
    }

    /// One layer's answer to a single removal (AgencyAnalysis `LayerImpact.LayerLoss`).
    public struct LayerLoss: Codable, Sendable, Equatable {
        /// The layer's name (an ``ExplorerData/LayerInfo/name``), or `all layers` for the aggregate of every
        /// layer (AgencyAnalysis `LayerImpact.aggregate`).
        public var layer: String
        /// The ids of the actors this layer no longer connects to the hub (or, without a hub or when the hub
        /// is the node removed, to the largest remaining part), sorted; empty when nobody is cut off.
        public var cutOff: [String]
        /// Per cut-off node, the other layers through which it keeps a connection.
        public var backup: [[String]]
    }

    /// What removing one node does (AgencyAnalysis `LayerImpact`).
    public struct Removal: Codable, Sendable, Equatable {
        /// One answer per relation layer populated among the actors, then the aggregate (`all layers`).
        public var layers: [LayerLoss]
        /// The ids cut off in some layer and with no backup channel in any other, sorted; empty when none.
        public var noBackup: [String]
    }

    /// A colour overlay: groups with labels per language and fills, and each node's group.
    public struct Colouring: Codable, Sendable, Equatable {
        /// One group of the overlay's legend: its key, its label per language and its fill.
        public struct Group: Codable, Sendable, Equatable {
            /// The group's key, the value ``ExplorerData/Colouring/groupOf`` gives a node: `c0`, `c1`… for
            /// communities, a level's id, a kind's raw value, a coverage bucket.
            public var key: String
            /// The group's legend label per interface language code.
            public var label: Texts
            /// The group's fill, a CSS hex colour (`#9ACBEE`), taken from the overlay's palette by the group's
            /// position in ``ExplorerData/Colouring/groups``.
            public var fill: String
        }
        /// The legend's title per interface language code (for communities, it names the seed and the
        /// modularity).
        public var title: Texts
        /// The groups in legend order, only those some node belongs to.
        public var groups: [Group]
        /// Each coloured node's group key, by node id; a node absent keeps its own fill (a node without a
        /// level, a non-actor under the community and coverage overlays).
        public var groupOf: [String: String]
    }

    /// A centrality measure: its name per language, each actor's score and rank.
    public struct Centrality: Codable, Sendable, Equatable {
        /// The measure's name, `betweenness`, `degree` or `closeness` (AgencyAnalysis `CentralityMeasure`'s
        /// raw value): the size overlay's key.
        public var measure: String
        /// The measure's name per interface language code.
        public var label: Texts
        /// Each actor's score by node id, on the actors' view read undirected; the size overlay scales
        /// each node by its score over the highest.
        public var score: [String: Double]
        /// Each actor's rank by node id: 1 for the highest score, tied scores sharing a rank.
        public var rank: [String: Int]
    }

    /// The format of this blob.
    public var version = 1
    /// The network's id, from its file (the footer names it when ``inputName`` is empty).
    public var id: String
    /// The network's title per interface language code (the network's id when it has no title in that
    /// language or its fallbacks).
    public var title: Texts
    /// The input's name as the user gave it (``ExplorerOptions/inputName``), shown in the footer;
    /// empty when none was given.
    public var inputName: String
    /// The language the page opens in.
    public var language: String
    /// The coordinator the what-if measures from, when one was given.
    public var hub: String?
    /// The interface words: `words[lang][key]`.
    public var words: [String: Texts]
    /// Node kind and edge type names: `kinds[kind][lang]`, `types[type][lang]`.
    public var kinds: [String: Texts]
    /// Edge type names per interface language code, `types[type][lang]`, for every built-in type and
    /// every type the edges use.
    public var types: [String: Texts]
    /// The network's relation layers (built-in and declared), in the network's order.
    public var layers: [LayerInfo]
    /// The levels by rank (ids).
    public var levels: [String]
    /// The network's sources by source id: the key each ``Fact/ref`` names.
    public var sources: [String: SourceInfo]
    /// Every node of the network, in the file's order, whatever its dates.
    public var nodes: [NodeInfo]
    /// Every edge of the network, in the file's order, whatever its dates.
    public var edges: [EdgeInfo]
    /// Betweenness, degree and closeness of the actors, in that order (the size overlay's choices).
    public var centrality: [Centrality]
    /// The number of actors ranked.
    public var actorCount: Int
    /// Articulation points and bridges of the actors' view (the drawing's element ids for edges).
    public var spofNodes: [String]
    /// The drawing's element ids (``EdgeInfo/id``) of the bridges among the actors, sorted; a bridge the
    /// analysis reports without a type lists every edge between its two ends.
    public var spofEdges: [String]
    /// Every single removal of an actor, by its id (empty above ``removalLimit``).
    public var removals: [String: Removal]
    /// The actor count up to which every single removal is precomputed (``ExplorerOptions/removalLimit``);
    /// the page's notice names it when ``removalsComplete`` is false.
    public var removalLimit: Int
    /// Whether ``removals`` holds every actor (false when the network has more actors than the limit).
    public var removalsComplete: Bool
    /// The command that answers a removal the page has not precomputed, `%1` standing for the
    /// removed ids joined by commas (given by the front end, e.g. the `agencygraph` tool).
    public var whatIfCommand: String?
    /// The measures over all periods, then at each distinct date of the data, in order.
    public var measures: [Measures]
    /// The colour overlays by name: `community` and `kind` always, `level` when the network has levels,
    /// `coverage` when it has levels and objectives.
    public var colourings: [String: Colouring]
}
