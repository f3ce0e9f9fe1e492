import TextKit

/// The data's texts in a language: localized names picked by the language's fallback order, and
/// the names of kinds and types.
extension Language {
    /// The text of `localized` in this language or by `TextKit.Language.fallbackOrder`, then
    /// the text valid in every language, then any language present.
    public func pick(_ localized: LocalizedText?) -> String? {
        localized?.text(preferring: fallbackOrder)
    }

    /// The name of a node kind in this language; a custom `x-…` kind is written as it is.
    public func name(of kind: NodeKind) -> String {
        Self.kindWords[kind].map(word) ?? kind.rawValue
    }

    /// The name of an edge type in this language; a custom `x-…` type is written as it is.
    public func name(of type: EdgeType) -> String {
        Self.typeWords[type].map(word) ?? type.rawValue
    }

    private static let kindWords: [NodeKind: Word] = [
        .agency: .kindAgency, .level: .kindLevel, .body: .kindBody, .group: .kindGroup,
        .objective: .kindObjective, .instrument: .kindInstrument,
    ]

    private static let typeWords: [EdgeType: Word] = [
        .coordinates: .typeCoordinates, .memberOf: .typeMemberOf, .partOf: .typePartOf, .operatesAt: .typeOperatesAt,
        .reportsTo: .typeReportsTo, .informs: .typeInforms, .contributesTo: .typeContributesTo,
        .implements: .typeImplements, .adopts: .typeAdopts, .supersedes: .typeSupersedes, .funds: .typeFunds,
        .evaluates: .typeEvaluates, .cooperatesWith: .typeCooperatesWith,
    ]
}
