import AgencyModel

/// The language of a diagram's labels and legend.
///
/// Names and acronyms come from the data in this language when it has them; otherwise the
/// ``fallbackOrder`` applies: the language asked for, then English, French, Dutch and German
/// (English first because the international bodies' names are most often given in English),
/// then the text valid in every language, then any language present, then the node's id.
public enum DiagramLanguage: String, CaseIterable, Sendable {
    case fr, nl, en, de

    /// The languages tried, in order, for a text of the data.
    public var fallbackOrder: [String] {
        [rawValue] + ["en", "fr", "nl", "de"].filter { $0 != rawValue }
    }

    /// The text of `localized` in this language or by the fallback order.
    public func pick(_ localized: LocalizedText?) -> String? {
        localized?.text(preferring: fallbackOrder)
    }

    /// The legend's words in this language.
    var words: LegendWords { LegendWords(language: self) }
}

/// The fixed words of the legend and the title line, in the four languages.
struct LegendWords {
    let language: DiagramLanguage

    private func pick(_ fr: String, _ nl: String, _ en: String, _ de: String) -> String {
        switch language {
        case .fr: return fr
        case .nl: return nl
        case .en: return en
        case .de: return de
        }
    }

    var legend: String { pick("Légende", "Legende", "Legend", "Legende") }
    var nodes: String { pick("Nœuds", "Knopen", "Nodes", "Knoten") }
    var relations: String { pick("Relations", "Relaties", "Relations", "Beziehungen") }
    var situation: String { pick("Situation au", "Toestand op", "Situation at", "Stand am") }
    var allDates: String { pick("Toutes périodes", "Alle perioden", "All periods", "Alle Zeiträume") }
    var added: String { pick("ajouté", "toegevoegd", "added", "hinzugefügt") }
    var removed: String { pick("retiré", "verwijderd", "removed", "entfernt") }
    var comparedWith: String { pick("Comparaison avec", "Vergeleken met", "Compared with", "Verglichen mit") }
    var nodeSize: String { pick("Taille des nœuds", "Grootte van de knopen", "Node size", "Knotengröße") }
    var colour: String { pick("Couleur", "Kleur", "Colour", "Farbe") }
    var path: String { pick("Chemin", "Pad", "Path", "Pfad") }
    var levelWord: String { pick("niveau", "niveau", "level", "Ebene") }
    var kindWord: String { pick("type de nœud", "soort knoop", "node kind", "Knotenart") }
    var otherGroup: String { pick("(sans valeur)", "(geen waarde)", "(no value)", "(kein Wert)") }
    var repeatedColours: String {
        pick("couleurs répétées au-delà de 8 groupes", "kleuren herhaald na 8 groepen",
             "colours repeat after 8 groups", "Farben wiederholt nach 8 Gruppen")
    }
    var clusterNote: String {
        pick("cadres : niveaux de pouvoir", "kaders: bestuursniveaus", "boxes: levels of government", "Rahmen: Regierungsebenen")
    }
    var source: String { pick("source", "bron", "source", "Quelle") }
    var assumption: String { pick("hypothèse", "aanname", "assumption", "Annahme") }

    func kind(_ kind: NodeKind) -> String {
        switch kind {
        case .agency: return pick("agence", "agentschap", "agency", "Behörde")
        case .level: return pick("niveau", "niveau", "level", "Ebene")
        case .body: return pick("organisme", "orgaan", "body", "Organisation")
        case .group: return pick("groupe", "groep", "group", "Gruppe")
        case .objective: return pick("objectif", "doelstelling", "objective", "Ziel")
        case .instrument: return pick("instrument", "instrument", "instrument", "Instrument")
        default: return kind.rawValue
        }
    }

    func type(_ type: EdgeType) -> String {
        switch type {
        case .coordinates: return pick("coordonne", "coördineert", "coordinates", "koordiniert")
        case .memberOf: return pick("membre de", "lid van", "member of", "Mitglied von")
        case .partOf: return pick("fait partie de", "maakt deel uit van", "part of", "Teil von")
        case .operatesAt: return pick("agit au niveau", "werkt op niveau", "operates at", "wirkt auf Ebene")
        case .reportsTo: return pick("rend compte à", "rapporteert aan", "reports to", "berichtet an")
        case .informs: return pick("informe", "informeert", "informs", "informiert")
        case .contributesTo: return pick("contribue à", "draagt bij tot", "contributes to", "trägt bei zu")
        case .implements: return pick("met en œuvre", "voert uit", "implements", "setzt um")
        case .adopts: return pick("adopte", "neemt aan", "adopts", "beschließt")
        case .supersedes: return pick("remplace", "vervangt", "supersedes", "ersetzt")
        case .funds: return pick("finance", "financiert", "funds", "finanziert")
        case .evaluates: return pick("évalue", "evalueert", "evaluates", "bewertet")
        case .cooperatesWith: return pick("coopère avec", "werkt samen met", "cooperates with", "kooperiert mit")
        default: return type.rawValue
        }
    }
}
