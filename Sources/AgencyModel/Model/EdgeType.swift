/// The type of a directed relation between two nodes.
///
/// Each built-in type has a meaning, a direction and allowed endpoint kinds
/// (see ``allowedSources`` and ``allowedTargets``); `docs/format.md` has the full table.
/// Types whose raw value starts with `x-` are custom and have no endpoint rules.
public struct EdgeType: RawRepresentable, Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The type as written in files, e.g. `coordinates` or `x-trains`.
    public let rawValue: String

    /// Creates a type from its written form. Any string is accepted; use ``isKnown`` to check it.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// An agency, body or group coordinates an actor.
    public static let coordinates = EdgeType(rawValue: "coordinates")
    /// An actor is a member of a body or group.
    public static let memberOf = EdgeType(rawValue: "member_of")
    /// A node is part of a larger node of a compatible kind. Must be acyclic.
    public static let partOf = EdgeType(rawValue: "part_of")
    /// An actor operates at a governance level.
    public static let operatesAt = EdgeType(rawValue: "operates_at")
    /// An actor reports to another actor.
    public static let reportsTo = EdgeType(rawValue: "reports_to")
    /// Information or intelligence flows from one actor to another.
    public static let informs = EdgeType(rawValue: "informs")
    /// An actor or an instrument contributes to an objective.
    public static let contributesTo = EdgeType(rawValue: "contributes_to")
    /// An actor implements an instrument.
    public static let implements = EdgeType(rawValue: "implements")
    /// A body, group or agency adopts an instrument.
    public static let adopts = EdgeType(rawValue: "adopts")
    /// An instrument supersedes (replaces) an earlier instrument. Must be acyclic.
    public static let supersedes = EdgeType(rawValue: "supersedes")
    /// An actor funds an actor or an instrument.
    public static let funds = EdgeType(rawValue: "funds")
    /// An actor evaluates an actor or an instrument.
    public static let evaluates = EdgeType(rawValue: "evaluates")
    /// Two actors cooperate. Symmetric: the direction written carries no meaning.
    public static let cooperatesWith = EdgeType(rawValue: "cooperates_with")

    /// The built-in types, in documentation order.
    public static let builtIn: [EdgeType] = [
        .coordinates, .memberOf, .partOf, .operatesAt, .reportsTo, .informs, .contributesTo,
        .implements, .adopts, .supersedes, .funds, .evaluates, .cooperatesWith,
    ]

    /// Whether this is a custom type (`x-` followed by at least one character of `[a-z0-9_-]`).
    public var isCustom: Bool { Identifier.isCustomName(rawValue) }

    /// Whether the type is built in or a well-formed custom type.
    public var isKnown: Bool { EdgeType.builtIn.contains(self) || isCustom }

    /// Whether the relation is symmetric (`cooperates_with`): `a → b` means the same as `b → a`.
    public var isSymmetric: Bool { self == .cooperatesWith }

    /// Whether edges of this type must not form a cycle (`part_of`, `supersedes`).
    public var mustBeAcyclic: Bool { self == .partOf || self == .supersedes }

    /// The kinds allowed at the `from` end, or `nil` when any kind is allowed (custom types).
    /// Custom node kinds are always allowed where ``NodeKind/isActor`` actors are.
    public var allowedSources: EndpointRule? { EdgeType.rules[self]?.0 }

    /// The kinds allowed at the `to` end, or `nil` when any kind is allowed (custom types).
    public var allowedTargets: EndpointRule? { EdgeType.rules[self]?.1 }

    /// Whether an edge of this type may go from a node of kind `from` to a node of kind `to`.
    ///
    /// Custom types allow everything. Custom node kinds count as actors. `part_of` allows a kind
    /// into the same kind, and a group into a body or an agency.
    public func allows(from: NodeKind, to: NodeKind) -> Bool {
        if isCustom { return true }
        if self == .partOf {
            if from.isCustom || to.isCustom || from == to { return true }
            return from == .group && (to == .body || to == .agency)
        }
        guard let (source, target) = EdgeType.rules[self] else { return false }
        return source.contains(from) && target.contains(to)
    }

    public var description: String { rawValue }

    public static func < (lhs: EdgeType, rhs: EdgeType) -> Bool {
        let l = builtIn.firstIndex(of: lhs) ?? builtIn.count
        let r = builtIn.firstIndex(of: rhs) ?? builtIn.count
        return l != r ? l < r : lhs.rawValue < rhs.rawValue
    }

    private static let actor = EndpointRule(kinds: [.agency, .body, .group], actors: true)
    private static let rules: [EdgeType: (EndpointRule, EndpointRule)] = [
        .coordinates: (EndpointRule(kinds: [.agency, .body, .group], actors: true), actor),
        .memberOf: (actor, EndpointRule(kinds: [.body, .group], actors: true)),
        .partOf: (EndpointRule(kinds: NodeKind.builtIn, actors: true), EndpointRule(kinds: NodeKind.builtIn, actors: true)),
        .operatesAt: (actor, EndpointRule(kinds: [.level], actors: false)),
        .reportsTo: (actor, actor),
        .informs: (actor, actor),
        .contributesTo: (EndpointRule(kinds: [.agency, .body, .group, .instrument], actors: true),
                         EndpointRule(kinds: [.objective], actors: false)),
        .implements: (actor, EndpointRule(kinds: [.instrument], actors: false)),
        .adopts: (EndpointRule(kinds: [.body, .group, .agency], actors: true), EndpointRule(kinds: [.instrument], actors: false)),
        .supersedes: (EndpointRule(kinds: [.instrument], actors: false), EndpointRule(kinds: [.instrument], actors: false)),
        .funds: (actor, EndpointRule(kinds: [.agency, .body, .group, .instrument], actors: true)),
        .evaluates: (actor, EndpointRule(kinds: [.agency, .body, .group, .instrument], actors: true)),
        .cooperatesWith: (actor, actor),
    ]
}

/// The node kinds allowed at one end of an edge type.
public struct EndpointRule: Hashable, Sendable, CustomStringConvertible {
    /// The built-in kinds allowed.
    public let kinds: [NodeKind]
    /// Whether custom (`x-`) kinds are allowed too.
    public let allowsCustomKinds: Bool

    init(kinds: [NodeKind], actors: Bool) {
        self.kinds = kinds
        self.allowsCustomKinds = actors
    }

    /// Whether a node of `kind` may stand at this end.
    public func contains(_ kind: NodeKind) -> Bool {
        kinds.contains(kind) || (allowsCustomKinds && kind.isCustom)
    }

    /// A readable list, e.g. `agency, body, group or x-…`.
    public var description: String {
        var names = kinds.map(\.rawValue)
        if allowsCustomKinds { names.append("x-…") }
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " or " + (names.last ?? "")
    }
}
