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
    /// The contributions to `objective`: actors of the view with a `contributes_to` edge to it,
    /// and actors of the view that `implements` or `adopts` an instrument with a `contributes_to`
    /// edge to it. Objectives, instruments and these policy edges are read from the ``context``,
    /// so an actor view (the default of the actor questions, which leaves objectives out) still
    /// knows what each actor contributes to. Sorted.
    /// - Complexity: O(c + Σ i + k log k): c edges into the objective, i the `implements`/`adopts`
    ///   edges into each contributing instrument, k contributions (sorted).
    public func contributions(to objective: String) -> [Contribution] {
        var out = Set<Contribution>()
        func inView(_ id: String) -> Bool { network.node(withID: id)?.kind.isActor == true }
        for edge in context.edges(to: objective, type: .contributesTo) {
            guard let source = context.node(withID: edge.from) else { continue }
            if source.kind.isActor {
                if inView(source.id) { out.insert(Contribution(actor: source.id, via: EdgeType.contributesTo.rawValue, instrument: nil)) }
            } else if source.kind == .instrument {
                for type in [EdgeType.implements, .adopts] {
                    for e in context.edges(to: source.id, type: type) where inView(e.from) {
                        out.insert(Contribution(actor: e.from, via: type.rawValue, instrument: source.id))
                    }
                }
            }
        }
        return out.sorted()
    }

    /// The objectives questions count against: the view's own, or, when the view has none (an
    /// actor view), the ``context``'s. In file order.
    public var objectives: [Node] {
        let own = network.nodes(ofKind: .objective)
        return own.isEmpty ? context.nodes(ofKind: .objective) : own
    }

    /// The level nodes by rank: the view's own, or the ``context``'s when the view has none.
    public var levelNodes: [Node] {
        let own = network.levelsByRank
        return own.isEmpty ? context.levelsByRank : own
    }

    /// The home level of a node (`level:`, even when the level node is filtered out), else its first level by rank (``levels(of:)``).
    /// - Complexity: O(1) on average with a `level:`; else as ``levels(of:)``.
    public func homeLevel(of id: String) -> String? {
        if let level = network.node(withID: id)?.level { return level }
        return levels(of: id).first
    }
}
