/// A relation layer: a named set of edge types that together form one kind of relation.
///
/// Networks whose nodes are joined by several kinds of relation are *multiplex* (multilayer)
/// networks (Kivelä et al. 2014, "Multilayer networks", J. Complex Networks 2(3) 203–271;
/// Battiston, Nicosia & Latora 2014, "Structural measures for multiplex networks", Phys. Rev. E 89,
/// 032804). Reading every type as one graph lets objectives and levels relay paths between
/// agencies; a layer keeps one relation apart so that questions are answered per relation and
/// across relations.
///
/// Built in: ``coordination`` (coordinates, informs, reports_to, cooperates_with), ``structure``
/// (member_of, part_of, operates_at) and ``policy`` (contributes_to, implements, adopts,
/// supersedes, funds, evaluates). A network may declare its own layers
/// (``Network/declaredLayers``); each edge type belongs to exactly one layer of a network
/// (``Network/layers``).
public struct Layer: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The layer's name (`[a-z0-9_-]+`, e.g. `coordination` or `advice`).
    public var name: String
    /// The edge types of the layer, sorted (built-in order, then custom by name).
    public var types: [EdgeType]

    /// Creates a layer; the types are sorted and deduplicated.
    public init(name: String, types: [EdgeType]) {
        self.name = name
        self.types = Array(Set(types)).sorted()
    }

    /// Who coordinates, informs, reports to or cooperates with whom.
    public static let coordination = Layer(name: "coordination", types: [.coordinates, .informs, .reportsTo, .cooperatesWith])
    /// Membership, parts and the levels actors operate at.
    public static let structure = Layer(name: "structure", types: [.memberOf, .partOf, .operatesAt])
    /// Objectives, instruments, funding and evaluation.
    public static let policy = Layer(name: "policy", types: [.contributesTo, .implements, .adopts, .supersedes, .funds, .evaluates])

    /// The built-in layers, in documentation order.
    public static let builtIn: [Layer] = [.coordination, .structure, .policy]

    /// The built-in layer holding a built-in type, else `nil`.
    public static func builtInLayer(of type: EdgeType) -> Layer? {
        builtIn.first { $0.types.contains(type) }
    }

    public var description: String { name }

    /// Built-in layers in documentation order first, then the others by name.
    public static func < (lhs: Layer, rhs: Layer) -> Bool {
        let l = builtIn.firstIndex { $0.name == lhs.name } ?? builtIn.count
        let r = builtIn.firstIndex { $0.name == rhs.name } ?? builtIn.count
        return l != r ? l < r : lhs.name < rhs.name
    }
}

extension Network {
    /// The layers of this network, one for every edge type it could hold: the built-in layers
    /// (less any type a declared layer claims), then the declared layers, then one layer per
    /// custom type that no declared layer claims (named after the type, e.g. `x-advice`).
    /// Layers without a type are left out. Sorted (built-in first, then by name).
    ///
    /// - Complexity: O(t · L) for t edge types in the network and L declared layers.
    public var layers: [Layer] {
        let claimed = Set(declaredLayers.flatMap(\.types))
        var result: [Layer] = Layer.builtIn.compactMap { layer in
            let kept = layer.types.filter { !claimed.contains($0) }
            return kept.isEmpty || declaredLayers.contains(where: { $0.name == layer.name }) ? nil : Layer(name: layer.name, types: kept)
        }
        result += declaredLayers
        for type in countsByType.keys.sorted() where type.isCustom && !claimed.contains(type) {
            result.append(Layer(name: type.rawValue, types: [type]))
        }
        return result.sorted()
    }

    /// The layer that holds `type` in this network (see ``layers``).
    public func layer(of type: EdgeType) -> Layer? {
        layers.first { $0.types.contains(type) }
    }

    /// The layers that have at least one edge in this network.
    public var populatedLayers: [Layer] {
        let present = Set(countsByType.keys)
        return layers.filter { $0.types.contains(where: present.contains) }
    }
}
