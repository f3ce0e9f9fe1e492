import TextKit

extension Language {
    /// The text of `localized` in this language or by ``TextKit/Language/fallbackOrder``, then
    /// the text valid in every language, then any language present.
    public func pick(_ localized: LocalizedText?) -> String? {
        localized?.text(preferring: fallbackOrder)
    }

    /// The name of a node kind in this language; a custom `x-…` kind is written as it is.
    public func name(of kind: NodeKind) -> String {
        switch kind {
        case .agency: return word(.kindAgency)
        case .level: return word(.kindLevel)
        case .body: return word(.kindBody)
        case .group: return word(.kindGroup)
        case .objective: return word(.kindObjective)
        case .instrument: return word(.kindInstrument)
        default: return kind.rawValue
        }
    }

    /// The name of an edge type in this language; a custom `x-…` type is written as it is.
    public func name(of type: EdgeType) -> String {
        switch type {
        case .coordinates: return word(.typeCoordinates)
        case .memberOf: return word(.typeMemberOf)
        case .partOf: return word(.typePartOf)
        case .operatesAt: return word(.typeOperatesAt)
        case .reportsTo: return word(.typeReportsTo)
        case .informs: return word(.typeInforms)
        case .contributesTo: return word(.typeContributesTo)
        case .implements: return word(.typeImplements)
        case .adopts: return word(.typeAdopts)
        case .supersedes: return word(.typeSupersedes)
        case .funds: return word(.typeFunds)
        case .evaluates: return word(.typeEvaluates)
        case .cooperatesWith: return word(.typeCooperatesWith)
        default: return type.rawValue
        }
    }
}
