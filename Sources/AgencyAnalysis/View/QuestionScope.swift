import AgencyModel

/// What a question reads when its caller does not choose: which node kinds and which relation
/// layers (`AgencyModel.Layer`).
///
/// Reading every edge type as one graph lets objectives, instruments and level nodes relay paths
/// between agencies: on the Belgian network the OCAM's loss then "cuts off nobody", because every
/// service is still linked to every other through a shared objective. Each question therefore
/// has a default that fits it:
///
/// | scope | questions | kinds | layers |
/// |---|---|---|---|
/// | ``actors`` | centrality, spof, path, brokerage, communities, whatif | actors: agencies, bodies, groups and custom kinds | `coordination` when the network has coordination edges, else all |
/// | ``policy`` | coverage | all | `policy` when the network has policy edges, else all |
/// | ``whole`` | stats, layers, diff | all | all |
///
/// Levels stay node attributes whatever the scope: a node's levels are read from the whole
/// network at the view's date (``AnalysisView/context``), so brokerage groups, "levels crossed"
/// and the levels of what is cut off do not depend on level nodes being in the view.
/// An explicit choice (kinds, layers or edge types) replaces the default.
public enum QuestionScope: String, Sendable, CaseIterable {
    /// The three scopes of the table above: `actors` for questions about who coordinates, `policy` for
    /// coverage, `whole` for descriptions of the whole network.
    case actors, policy, whole

    /// The node kinds read by default in `network`, or `nil` for every kind.
    public func defaultKinds(in network: Network) -> Set<NodeKind>? {
        switch self {
        case .actors:
            let actors = Set(network.kinds.filter(\.isActor))
            return actors.isEmpty ? nil : actors
        case .policy, .whole:
            return nil
        }
    }

    /// The layers read by default in `network` (names), or `nil` for every layer.
    public func defaultLayers(in network: Network) -> Set<String>? {
        let layer: Layer
        switch self {
        case .actors: layer = .coordination
        case .policy: layer = .policy
        case .whole: return nil
        }
        guard let own = network.layers.first(where: { $0.name == layer.name }),
              own.types.contains(where: { (network.countsByType[$0] ?? 0) > 0 }) else { return nil }
        return [own.name]
    }

    /// `filter` with this scope's defaults for what it leaves open: kinds when `kinds` is `nil`,
    /// layers when neither `layers` nor `edgeTypes` is set.
    public func completing(_ filter: ViewFilter, for network: Network) -> ViewFilter {
        var filter = filter
        if filter.kinds == nil { filter.kinds = defaultKinds(in: network) }
        if filter.layers == nil && filter.edgeTypes == nil { filter.layers = defaultLayers(in: network) }
        return filter
    }
}
