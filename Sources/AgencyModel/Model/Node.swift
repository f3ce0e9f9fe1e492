/// An actor, level, objective or instrument of a network.
public struct Node: Hashable, Sendable, Identifiable {
    /// The stable id (`[a-z0-9_-]+`), unique in the network.
    public var id: String
    /// What the node is.
    public var kind: NodeKind
    /// The full name, by language.
    public var name: LocalizedText?
    /// The acronym, by language or one for all.
    public var acronym: LocalizedText?
    /// The id of the node of kind `level` this node belongs to.
    public var level: String?
    /// On levels only: the order of levels, smaller is higher (international 0, EU 1, federal 2, …).
    public var rank: Int?
    /// When the node exists.
    public var validity: ValidityPeriod
    /// Free labels (`[a-z0-9_-]+` recommended).
    public var tags: [String]
    /// Free remarks.
    public var notes: String?
    /// The sources that state the node.
    public var provenance: [Provenance]
    /// Why the node is assumed when no source states it.
    public var assumption: String?

    /// Creates a node.
    public init(id: String, kind: NodeKind, name: LocalizedText? = nil, acronym: LocalizedText? = nil,
                level: String? = nil, rank: Int? = nil, validity: ValidityPeriod = ValidityPeriod(),
                tags: [String] = [], notes: String? = nil, provenance: [Provenance] = [],
                assumption: String? = nil) {
        self.id = id
        self.kind = kind
        self.name = name
        self.acronym = acronym
        self.level = level
        self.rank = rank
        self.validity = validity
        self.tags = tags
        self.notes = notes
        self.provenance = provenance
        self.assumption = assumption
    }

    /// A short label: the acronym, else the name, else the id, in the preferred languages.
    public func label(preferring languages: [String] = ["fr", "nl", "de", "en"]) -> String {
        acronym?.text(preferring: languages) ?? name?.text(preferring: languages) ?? id
    }
}

/// A directed, typed relation between two nodes.
public struct Edge: Hashable, Sendable {
    /// An optional id (`[a-z0-9_-]+`), unique among edges.
    public var id: String?
    /// The id of the source node.
    public var from: String
    /// The id of the target node.
    public var to: String
    /// What the relation is.
    public var type: EdgeType
    /// The weight as written; `nil` when absent. Use ``effectiveWeight`` in computations.
    public var weight: Double?
    /// When the relation holds.
    public var validity: ValidityPeriod
    /// Free labels.
    public var tags: [String]
    /// Free remarks.
    public var notes: String?
    /// The sources that state the relation.
    public var provenance: [Provenance]
    /// Why the relation is assumed when no source states it.
    public var assumption: String?

    /// Creates an edge.
    public init(id: String? = nil, from: String, to: String, type: EdgeType, weight: Double? = nil,
                validity: ValidityPeriod = ValidityPeriod(), tags: [String] = [], notes: String? = nil,
                provenance: [Provenance] = [], assumption: String? = nil) {
        self.id = id
        self.from = from
        self.to = to
        self.type = type
        self.weight = weight
        self.validity = validity
        self.tags = tags
        self.notes = notes
        self.provenance = provenance
        self.assumption = assumption
    }

    /// The weight to compute with: the written weight, or 1.
    public var effectiveWeight: Double { weight ?? 1 }
}
