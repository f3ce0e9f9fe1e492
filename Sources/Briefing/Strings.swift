/// The languages a briefing's headings and generated sentences are written in. Names come from the data.
public enum BriefingLanguage: String, CaseIterable, Sendable, Codable {
    case en, fr, nl
}

/// The fixed words of a briefing, per language: a small table, looked up by key.
enum Words {
    private static let table: [String: (en: String, fr: String, nl: String)] = [
        "briefing": ("Briefing", "Note de synthèse", "Briefing"),
        "contents": ("Contents", "Sommaire", "Inhoud"),
        "summary": ("Summary", "Résumé", "Samenvatting"),
        "findings": ("Key findings", "Constats principaux", "Belangrijkste bevindingen"),
        "hubs": ("Coordination hubs and brokers across levels", "Pôles de coordination et intermédiaires entre niveaux", "Coördinatieknooppunten en makelaars tussen niveaus"),
        "spof": ("Single points of failure", "Points de défaillance uniques", "Enkelvoudige faalpunten"),
        "coverage": ("Coverage gaps", "Lacunes de couverture", "Lacunes in de dekking"),
        "scenarios": ("Scenarios", "Scénarios", "Scenario's"),
        "changes": ("Changes over time", "Évolution dans le temps", "Veranderingen in de tijd"),
        "method": ("Method and provenance", "Méthode et provenance", "Methode en herkomst"),
        "figure": ("Figure", "Figure", "Figuur"),
        "table": ("Table", "Tableau", "Tabel"),
        "evidence": ("evidence", "preuve", "bewijs"),
        "network": ("Network", "Réseau", "Netwerk"),
        "date": ("Date of the data", "Date des données", "Datum van de gegevens"),
        "undated": ("not stated", "non précisée", "niet vermeld"),
        "generated-from": ("File", "Fichier", "Bestand"),
        "sources": ("Sources", "Sources", "Bronnen"),
        "nodes": ("Nodes", "Nœuds", "Knopen"),
        "edges": ("Edges", "Liens", "Verbindingen"),
        "kind": ("Kind", "Type", "Soort"),
        "level": ("Level", "Niveau", "Niveau"),
        "count": ("Count", "Nombre", "Aantal"),
        "counts-kind": ("Nodes by kind", "Nœuds par type", "Knopen per soort"),
        "counts-level": ("Nodes by level", "Nœuds par niveau", "Knopen per niveau"),
        "overview": ("Overview of the network, grouped by level", "Vue d’ensemble du réseau, par niveau", "Overzicht van het netwerk, per niveau"),
        "overview-levels": ("Overview summarised by level (number of nodes per level; links between levels)", "Vue d’ensemble résumée par niveau (nombre de nœuds par niveau ; liens entre niveaux)", "Overzicht samengevat per niveau (aantal knopen per niveau; verbindingen tussen niveaus)"),
        "rank": ("Rank", "Rang", "Rang"),
        "node": ("Node", "Nœud", "Knoop"),
        "betweenness": ("Betweenness", "Intermédiarité", "Tussenliggendheid"),
        "degree": ("Degree", "Degré", "Graad"),
        "brokerage-total": ("Brokerage roles (total)", "Rôles d’intermédiaire (total)", "Makelaarsrollen (totaal)"),
        "hubs-table": ("Most central nodes", "Nœuds les plus centraux", "Meest centrale knopen"),
        "brokers-table": ("Brokers between levels (Gould–Fernandez, groups = levels)", "Intermédiaires entre niveaux (Gould–Fernandez, groupes = niveaux)", "Makelaars tussen niveaus (Gould–Fernandez, groepen = niveaus)"),
        "hubs-figure": ("Nodes sized by betweenness centrality", "Nœuds dimensionnés selon leur intermédiarité", "Knopen geschaald naar tussenliggendheid"),
        "spof-table": ("Articulation points and what each cuts off", "Points d’articulation et ce que chacun isole", "Scharnierpunten en wat elk afsnijdt"),
        "spof-figure": ("Single points of failure highlighted", "Points de défaillance uniques mis en évidence", "Enkelvoudige faalpunten gemarkeerd"),
        "cut-off": ("Cut off", "Isolés", "Afgesneden"),
        "levels-hit": ("Levels affected", "Niveaux touchés", "Getroffen niveaus"),
        "objectives-lost": ("Objectives lost", "Objectifs perdus", "Verloren doelstellingen"),
        "none": ("none", "aucun", "geen"),
        "no-spof": ("No node's loss disconnects part of this view.", "Aucune perte de nœud ne déconnecte une partie de cette vue.", "Het verlies van geen enkele knoop koppelt een deel van deze weergave los."),
        "coverage-table": ("Contributors per objective and level", "Contributeurs par objectif et niveau", "Bijdragers per doelstelling en niveau"),
        "objective": ("Objective", "Objectif", "Doelstelling"),
        "thin-list": ("Thin or empty cells", "Cellules faibles ou vides", "Dunne of lege cellen"),
        "no-objectives": ("This view has no objectives.", "Cette vue ne comporte aucun objectif.", "Deze weergave heeft geen doelstellingen."),
        "measure": ("Measure", "Mesure", "Maatstaf"),
        "before": ("Before", "Avant", "Voor"),
        "after": ("After", "Après", "Na"),
        "scenario-figure": ("Removed nodes (highlighted) in the network", "Nœuds retirés (mis en évidence) dans le réseau", "Verwijderde knopen (gemarkeerd) in het netwerk"),
        "no-scenarios": ("No scenario was asked for (use --scenario remove:ID).", "Aucun scénario demandé (utiliser --scenario remove:ID).", "Geen scenario gevraagd (gebruik --scenario remove:ID)."),
        "no-changes": ("No comparison was asked for (use --compare OTHER.yaml or --compare-at DATE).", "Aucune comparaison demandée (utiliser --compare AUTRE.yaml ou --compare-at DATE).", "Geen vergelijking gevraagd (gebruik --compare ANDER.yaml of --compare-at DATUM)."),
        "changes-figure": ("Differences drawn on the compared network", "Différences dessinées sur le réseau comparé", "Verschillen getekend op het vergeleken netwerk"),
        "added-nodes": ("Nodes added", "Nœuds ajoutés", "Toegevoegde knopen"),
        "removed-nodes": ("Nodes removed", "Nœuds retirés", "Verwijderde knopen"),
        "added-edges": ("Edges added", "Liens ajoutés", "Toegevoegde verbindingen"),
        "removed-edges": ("Edges removed", "Liens retirés", "Verwijderde verbindingen"),
        "view": ("The view", "La vue", "De weergave"),
        "view-all": ("the whole network, edges directed", "le réseau entier, liens orientés", "het volledige netwerk, gerichte verbindingen"),
        "measures": ("Measures and conventions", "Mesures et conventions", "Maatstaffen en conventies"),
        "excerpts": ("Excerpts supporting the findings", "Extraits à l’appui des constats", "Fragmenten die de bevindingen staven"),
        "assumptions": ("Assumptions in the data", "Hypothèses des données", "Aannames in de gegevens"),
        "excerpt": ("Excerpt", "Extrait", "Fragment"),
        "source": ("Source", "Source", "Bron"),
        "element": ("Element", "Élément", "Element"),
        "assumption": ("Assumption", "Hypothèse", "Aanname"),
        "figure-omitted": ("Figure omitted: the view is too large to draw legibly.", "Figure omise : la vue est trop grande pour être lisible.", "Figuur weggelaten: de weergave is te groot om leesbaar te tekenen."),
        "conv-betweenness": ("Betweenness: the share of shortest paths between other nodes that pass through a node, on the view read undirected, normalised to 0–1.", "Intermédiarité : part des plus courts chemins entre d’autres nœuds qui passent par un nœud, vue lue sans orientation, normalisée entre 0 et 1.", "Tussenliggendheid: het aandeel kortste paden tussen andere knopen dat door een knoop loopt, in de weergave zonder richting, genormaliseerd tussen 0 en 1."),
        "conv-spof": ("Single points of failure: articulation points of the view read undirected; what each cuts off is measured from the hub when one is given, else from the largest remaining part.", "Points de défaillance uniques : points d’articulation de la vue lue sans orientation ; ce que chacun isole est mesuré depuis le pôle s’il est donné, sinon depuis la plus grande partie restante.", "Enkelvoudige faalpunten: scharnierpunten van de weergave zonder richting; wat elk afsnijdt wordt gemeten vanaf de hub als die gegeven is, anders vanaf het grootste overblijvende deel."),
        "conv-coverage": ("Coverage: distinct actors at each level that contribute to, implement or adopt an objective; a cell with fewer than 2 is thin, with 0 empty.", "Couverture : acteurs distincts à chaque niveau qui contribuent à, mettent en œuvre ou adoptent un objectif ; une cellule de moins de 2 est faible, de 0 vide.", "Dekking: verschillende actoren op elk niveau die bijdragen aan, uitvoeren of aannemen van een doelstelling; een cel met minder dan 2 is dun, met 0 leeg."),
        "conv-brokerage": ("Brokerage: Gould–Fernandez roles counted over two-step paths, with levels as groups.", "Intermédiation : rôles de Gould–Fernandez comptés sur les chemins de deux pas, les niveaux servant de groupes.", "Makelaardij: rollen van Gould–Fernandez geteld over paden van twee stappen, met niveaus als groepen."),
        "capped": ("Showing %1 of %2 rows; the full list is in briefing.json.", "%1 lignes affichées sur %2 ; la liste complète est dans briefing.json.", "%1 van %2 rijen getoond; de volledige lijst staat in briefing.json."),
        "actors-only": ("actors only: agencies, levels, bodies and groups", "acteurs seulement : agences, niveaux, organes et groupes", "alleen actoren: agentschappen, niveaus, organen en groepen"),
        "lost-cells": ("Covered cells lost", "Cellules couvertes perdues", "Verloren gedekte cellen"),
        "hub-line": ("Hub", "Pôle", "Hub"),
    ]

    static func get(_ key: String, _ lang: BriefingLanguage) -> String {
        guard let entry = table[key] else { return key }
        switch lang {
        case .en: return entry.en
        case .fr: return entry.fr
        case .nl: return entry.nl
        }
    }

    /// `get` with `%1`, `%2`, … replaced by the arguments.
    static func format(_ key: String, _ lang: BriefingLanguage, _ args: String...) -> String {
        var text = get(key, lang)
        for (i, a) in args.enumerated().reversed() { text = text.replacingOccurrences(of: "%\(i + 1)", with: a) }
        return text
    }
}

/// Generated sentences: one function per finding, per language, from computed values only.
enum Sentences {
    static func list(_ items: [String], _ lang: BriefingLanguage) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        let and = lang == .en ? "and" : (lang == .fr ? "et" : "en")
        return items.dropLast().joined(separator: ", ") + " \(and) " + items.last!
    }

    static func topBroker(_ name: String, _ value: String, _ n: Int, _ lang: BriefingLanguage) -> String {
        switch lang {
        case .en: return "\(name) is the most central node of this view: it has the highest betweenness (\(value)) of the \(n) nodes."
        case .fr: return "\(name) est le nœud le plus central de cette vue : son intermédiarité (\(value)) est la plus élevée des \(n) nœuds."
        case .nl: return "\(name) is de meest centrale knoop van deze weergave: de hoogste tussenliggendheid (\(value)) van de \(n) knopen."
        }
    }

    static func topLevelBroker(_ name: String, _ value: String, _ lang: BriefingLanguage) -> String {
        switch lang {
        case .en: return "\(name) brokers most between levels: \(value) brokerage roles across levels."
        case .fr: return "\(name) est le principal intermédiaire entre niveaux : \(value) rôles d’intermédiaire."
        case .nl: return "\(name) bemiddelt het meest tussen niveaus: \(value) makelaarsrollen."
        }
    }

    static func spofCount(_ count: Int, _ lang: BriefingLanguage) -> String {
        switch lang {
        case .en: return count == 1 ? "1 node is a single point of failure in this view." : "\(count) nodes are single points of failure in this view."
        case .fr: return count == 1 ? "1 nœud est un point de défaillance unique dans cette vue." : "\(count) nœuds sont des points de défaillance uniques dans cette vue."
        case .nl: return count == 1 ? "1 knoop is een enkelvoudig faalpunt in deze weergave." : "\(count) knopen zijn enkelvoudige faalpunten in deze weergave."
        }
    }

    static func worstSpof(_ name: String, _ cut: Int, _ levels: [String], _ lang: BriefingLanguage) -> String {
        let l = list(levels, lang)
        switch lang {
        case .en: return "Losing \(name) would cut off \(cut) node\(cut == 1 ? "" : "s")" + (levels.isEmpty ? "." : " at the levels \(l).")
        case .fr: return "La perte de \(name) isolerait \(cut) nœud\(cut == 1 ? "" : "s")" + (levels.isEmpty ? "." : " aux niveaux \(l).")
        case .nl: return "Het verlies van \(name) zou \(cut) knopen afsnijden" + (levels.isEmpty ? "." : " op de niveaus \(l).")
        }
    }

    static func onlyPath(_ hub: String, _ dom: String, _ count: Int, _ lang: BriefingLanguage) -> String {
        switch lang {
        case .en: return "Every path from \(hub) to \(count) node\(count == 1 ? "" : "s") passes through \(dom) in this view."
        case .fr: return "Dans cette vue, tout chemin de \(hub) vers \(count) nœud\(count == 1 ? "" : "s") passe par \(dom)."
        case .nl: return "In deze weergave loopt elk pad van \(hub) naar \(count) knopen via \(dom)."
        }
    }

    static func coverageGaps(_ thin: Int, _ empty: Int, _ total: Int, _ lang: BriefingLanguage) -> String {
        switch lang {
        case .en: return "Of the \(total) objective × level cells, \(empty) are empty and \(thin) have a single contributor."
        case .fr: return "Sur les \(total) cellules objectif × niveau, \(empty) sont vides et \(thin) n’ont qu’un seul contributeur."
        case .nl: return "Van de \(total) cellen doelstelling × niveau zijn er \(empty) leeg en hebben er \(thin) één bijdrager."
        }
    }

    static func redundancyOne(_ count: Int, _ total: Int, _ lang: BriefingLanguage) -> String {
        switch lang {
        case .en: return "\(count) of \(total) objectives rest on a single contributing actor."
        case .fr: return "\(count) des \(total) objectifs reposent sur un seul acteur contributeur."
        case .nl: return "\(count) van de \(total) doelstellingen rusten op één bijdragende actor."
        }
    }

    static func unreached(_ hub: String, _ levels: [String], _ hops: Int, _ lang: BriefingLanguage) -> String {
        let l = list(levels, lang)
        switch lang {
        case .en: return "From \(hub), the levels \(l) are not reached within \(hops) edges."
        case .fr: return "Depuis \(hub), les niveaux \(l) ne sont pas atteints en \(hops) liens."
        case .nl: return "Vanuit \(hub) worden de niveaus \(l) niet binnen \(hops) verbindingen bereikt."
        }
    }

    static func scenario(_ removed: String, _ changed: [String], _ lostCells: Int, _ newAPs: Int, _ lang: BriefingLanguage) -> String {
        let m = changed.isEmpty ? nil : list(changed, lang)
        switch lang {
        case .en: return "Removing \(removed) " + (m.map { "changes \($0)" } ?? "changes no summary measure") + "; \(lostCells) covered cell\(lostCells == 1 ? " is" : "s are") lost and \(newAPs) new single point\(newAPs == 1 ? "" : "s") of failure appear\(newAPs == 1 ? "s" : "")."
        case .fr: return "Retirer \(removed) " + (m.map { "modifie \($0)" } ?? "ne modifie aucune mesure") + " ; \(lostCells) cellule(s) couverte(s) perdue(s) et \(newAPs) nouveau(x) point(s) de défaillance unique(s)."
        case .nl: return "\(removed) verwijderen " + (m.map { "verandert \($0)" } ?? "verandert geen maatstaf") + "; \(lostCells) gedekte cel(len) verloren en \(newAPs) nieuw(e) enkelvoudig(e) faalpunt(en)."
        }
    }

    static func diff(_ before: String, _ after: String, _ na: Int, _ nr: Int, _ ea: Int, _ er: Int, _ lang: BriefingLanguage) -> String {
        switch lang {
        case .en: return "From \(before) to \(after): \(na) nodes added, \(nr) removed; \(ea) edges added, \(er) removed."
        case .fr: return "De \(before) à \(after) : \(na) nœuds ajoutés, \(nr) retirés ; \(ea) liens ajoutés, \(er) retirés."
        case .nl: return "Van \(before) naar \(after): \(na) knopen toegevoegd, \(nr) verwijderd; \(ea) verbindingen toegevoegd, \(er) verwijderd."
        }
    }

    static func summary(_ title: String, _ nodes: Int, _ edges: Int, _ levels: Int, _ sources: Int, _ lang: BriefingLanguage) -> String {
        switch lang {
        case .en: return "This briefing describes “\(title)”: \(nodes) nodes and \(edges) edges over \(levels) levels, drawn from \(sources) source\(sources == 1 ? "" : "s")."
        case .fr: return "Cette note décrit « \(title) » : \(nodes) nœuds et \(edges) liens sur \(levels) niveaux, tirés de \(sources) source\(sources == 1 ? "" : "s")."
        case .nl: return "Deze briefing beschrijft „\(title)”: \(nodes) knopen en \(edges) verbindingen over \(levels) niveaus, uit \(sources) bron\(sources == 1 ? "" : "nen")."
        }
    }
}
