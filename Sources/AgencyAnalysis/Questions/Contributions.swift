import AgencyModel

/// An actor contributing to an objective, and how.
public struct Contribution: Sendable, Codable, Hashable, Comparable {
    /// The actor's id.
    public var actor: String
    /// `contributes_to` (directly), or `implements`/`adopts` (through an instrument that
    /// contributes to the objective).
    public var via: String
    /// The instrument, when the contribution goes through one.
    public var instrument: String?

    public static func < (a: Contribution, b: Contribution) -> Bool {
        (a.actor, a.via, a.instrument ?? "") < (b.actor, b.via, b.instrument ?? "")
    }
}

extension AnalysisView {
    /// The contributions to `objective` in the view: actors with a `contributes_to` edge to it, and
    /// actors that `implements` or `adopts` an instrument with a `contributes_to` edge to it. Sorted.
    public func contributions(to objective: String) -> [Contribution] {
        var out = Set<Contribution>()
        for edge in network.edges(to: objective, type: .contributesTo) {
            guard let source = network.node(withID: edge.from) else { continue }
            if source.kind.isActor {
                out.insert(Contribution(actor: source.id, via: EdgeType.contributesTo.rawValue, instrument: nil))
            } else if source.kind == .instrument {
                for type in [EdgeType.implements, .adopts] {
                    for e in network.edges(to: source.id, type: type) where network.node(withID: e.from)?.kind.isActor == true {
                        out.insert(Contribution(actor: e.from, via: type.rawValue, instrument: source.id))
                    }
                }
            }
        }
        return out.sorted()
    }

    /// The home level of a node (`level:`, even when the level node is filtered out), else its first level by rank (``levels(of:)``).
    public func homeLevel(of id: String) -> String? {
        if let level = network.node(withID: id)?.level { return level }
        return levels(of: id).first
    }
}
