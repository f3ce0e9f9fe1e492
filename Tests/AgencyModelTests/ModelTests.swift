import Foundation
import Testing
@testable import AgencyModel

@Suite struct PartialDateTests {
    @Test func parsesTheThreePrecisionsAndRejectsTheRest() {
        #expect(PartialDate(parsing: "2006")?.description == "2006")
        #expect(PartialDate(parsing: "2021-09")?.description == "2021-09")
        #expect(PartialDate(parsing: "2024-02-29")?.description == "2024-02-29")
        for bad in ["", "21", "2021-9", "2021-13", "2023-02-29", "2021-09-31", "2021/09", "twenty", "2021-09-01T00", "-2021", "0000"] {
            #expect(PartialDate(parsing: bad) == nil, "\(bad) should be rejected")
        }
    }

    @Test func ordersByFirstDayThenPrecision() {
        let dates = ["2021-02", "2021-01-02", "2021", "2020-12-31", "2021-01", "2021-01-01"].compactMap(PartialDate.init(parsing:))
        #expect(dates.sorted().map(\.description) == ["2020-12-31", "2021", "2021-01", "2021-01-01", "2021-01-02", "2021-02"])
    }

    @Test func validityIsInclusiveAndPeriodBased() throws {
        let plan = ValidityPeriod(since: PartialDate(year: 2006), until: PartialDate(year: 2021, month: 9))
        let strategy = ValidityPeriod(since: PartialDate(year: 2021, month: 9))
        let september = try #require(PartialDate(year: 2021, month: 9))
        let october = try #require(PartialDate(year: 2021, month: 10, day: 1))
        #expect(plan.isValid(at: september) && strategy.isValid(at: september))
        #expect(!plan.isValid(at: october) && strategy.isValid(at: october))
        #expect(plan.isValid(at: try #require(PartialDate(year: 2006, month: 1, day: 1))))
        #expect(!plan.isValid(at: try #require(PartialDate(year: 2005, month: 12, day: 31))))
        #expect(!strategy.isValid(at: try #require(PartialDate(year: 2021, month: 8))))
        #expect(ValidityPeriod().isValid(at: october))
    }
}

@Suite struct NetworkLookupTests {
    func small() throws -> Network {
        let result = try NetworkReader.read(contentsOf: Paths.tests("Fixtures/small.yaml"))
        return try #require(result.loaded).network
    }

    @Test func looksUpNodesByIDAndKind() throws {
        let network = try small()
        #expect(network.node(withID: "coord")?.acronym?.text() == "CO")
        #expect(network.node(withID: "nobody") == nil)
        #expect(network.nodeIndex(ofID: "police") == 3)
        #expect(network.nodes(ofKind: .level).map(\.id) == ["international", "federal"])
        #expect(network.nodes(ofKind: .instrument).map(\.id) == ["plan", "strategy"])
        #expect(network.kinds == [.agency, .level, .body, .objective, .instrument])
        #expect(network.countsByKind == [.agency: 2, .level: 2, .body: 1, .objective: 1, .instrument: 2])
        #expect(network.levelsByRank.map(\.id) == ["international", "federal"])
        #expect(network.source(withID: "doc")?.accessed?.description == "2026-11-27")
    }

    @Test func looksUpEdgesByTypeAndEndpoint() throws {
        let network = try small()
        #expect(network.edges(ofType: .contributesTo).map(\.from) == ["plan", "strategy"])
        #expect(network.edges(from: "coord").map(\.to) == ["police", "forum", "plan"])
        #expect(network.edges(from: "coord", type: .memberOf).map(\.to) == ["forum"])
        #expect(network.edges(to: "safety").map(\.from) == ["plan", "strategy"])
        #expect(network.edges(touching: "police").map(\.type) == [.coordinates, .cooperatesWith])
        #expect(network.neighbours(of: "plan") == ["coord", "safety", "strategy"])
        #expect(network.countsByType[.contributesTo] == 2)
        #expect(network.edges(ofType: .coordinates).first?.effectiveWeight == 2.5)
        #expect(network.edges(ofType: .memberOf).first?.effectiveWeight == 1)
    }

    @Test func updateRebuildsTheIndexes() throws {
        var network = try small()
        network.update { nodes, edges in
            nodes.removeAll { $0.id == "police" }
            edges.removeAll { $0.from == "police" || $0.to == "police" }
        }
        #expect(network.node(withID: "police") == nil)
        #expect(network.nodeIndex(ofID: "forum") == 3)
        #expect(network.edges(touching: "coord").count == 2)
    }

    @Test func snapshotKeepsWhatIsValidAtTheDate() throws {
        let network = try small()
        let at2021 = network.snapshot(at: try #require(PartialDate(year: 2021)))
        #expect(at2021.nodes.map(\.id) == ["international", "federal", "coord", "forum", "safety", "plan", "strategy"])
        #expect(at2021.edges.map(\.type) == [.memberOf, .implements, .supersedes, .contributesTo, .contributesTo])
        #expect(at2021.asOf?.description == "2021")

        let at2008 = network.snapshot(at: try #require(PartialDate(year: 2008, month: 3)))
        #expect(at2008.nodes(ofKind: .instrument).map(\.id) == ["plan"])
        #expect(at2008.node(withID: "police") != nil)
        // member_of holds since 2010: not yet in 2008.
        #expect(at2008.edges(ofType: .memberOf).isEmpty)
        #expect(at2008.edges(ofType: .coordinates).count == 1)

        let at2005 = network.snapshot(at: try #require(PartialDate(year: 2005)))
        #expect(at2005.node(withID: "coord") == nil)
        #expect(at2005.edges(touching: "coord").isEmpty)
    }
}

@Suite struct VocabularyTests {
    @Test func edgeTypeEndpointRulesFollowTheTable() {
        #expect(EdgeType.coordinates.allows(from: .agency, to: .group))
        #expect(!EdgeType.coordinates.allows(from: .objective, to: .agency))
        #expect(EdgeType.memberOf.allows(from: NodeKind(rawValue: "x-state"), to: .body))
        #expect(!EdgeType.memberOf.allows(from: .agency, to: .agency))
        #expect(EdgeType.partOf.allows(from: .group, to: .body) && EdgeType.partOf.allows(from: .level, to: .level))
        #expect(!EdgeType.partOf.allows(from: .agency, to: .level))
        #expect(EdgeType.operatesAt.allows(from: .body, to: .level) && !EdgeType.operatesAt.allows(from: .level, to: .level))
        #expect(EdgeType.contributesTo.allows(from: .instrument, to: .objective))
        #expect(!EdgeType.contributesTo.allows(from: .objective, to: .objective))
        #expect(EdgeType.adopts.allows(from: .body, to: .instrument) && !EdgeType.adopts.allows(from: .level, to: .instrument))
        #expect(EdgeType.supersedes.allows(from: .instrument, to: .instrument) && !EdgeType.supersedes.allows(from: .agency, to: .agency))
        #expect(EdgeType.evaluates.allows(from: .body, to: .instrument))
        #expect(EdgeType(rawValue: "x-anything").allows(from: .level, to: .objective))
        #expect(EdgeType.cooperatesWith.isSymmetric && !EdgeType.informs.isSymmetric)
        #expect(EdgeType.builtIn.filter(\.mustBeAcyclic) == [.partOf, .supersedes])
    }

    @Test func customNamesAndLanguageTags() {
        #expect(NodeKind(rawValue: "x-court").isKnown && NodeKind(rawValue: "x-court").isActor)
        #expect(!NodeKind(rawValue: "x-").isKnown && !NodeKind(rawValue: "x-Court").isKnown && !NodeKind(rawValue: "court").isKnown)
        #expect(Identifier.isLanguageTag("fr") && Identifier.isLanguageTag("nl-BE") && Identifier.isLanguageTag("zh-Hant"))
        #expect(!Identifier.isLanguageTag("french1") && !Identifier.isLanguageTag("f") && !Identifier.isLanguageTag("fr-"))
    }

    @Test func localizedTextPrefersTheAskedLanguages() {
        let name = LocalizedText(["en": "Justice", "nl": "Justitie", "fr": "Justice (FR)", "es": "Justicia"])
        #expect(name.languages == ["fr", "nl", "en", "es"])
        #expect(name.text(preferring: ["nl"]) == "Justitie")
        #expect(name.text(preferring: ["de"]) == "Justice (FR)")
        #expect(LocalizedText(universal: "OCAM").text(preferring: ["en"]) == "OCAM")
        #expect(LocalizedText(universal: "OCAM")["nl"] == "OCAM")
    }

    @Test func didYouMeanFindsCloseWordsOnly() {
        #expect(Suggestion.closest(to: "lavel", in: NetworkDecoder.nodeKeys) == "level")
        #expect(Suggestion.closest(to: "acronyn", in: NetworkDecoder.nodeKeys) == "acronym")
        #expect(Suggestion.closest(to: "sine", in: NetworkDecoder.nodeKeys) == "since")
        #expect(Suggestion.closest(to: "knid", in: NetworkDecoder.nodeKeys) == "kind")
        #expect(Suggestion.closest(to: "colour", in: NetworkDecoder.nodeKeys) == nil)
    }

    @Test func excerptMatchingNormalisesSpacesApostrophesAndQuotes() {
        let text = "coordonnée par l’Organe de\u{a0}Coordination\n pour l’analyse de la « menace » et “autres”"
        #expect(ExcerptMatching.occurs("l'Organe de Coordination pour l'analyse", in: text))
        #expect(ExcerptMatching.occurs("l’Organe  de\tCoordination", in: text))
        #expect(ExcerptMatching.occurs("\"autres\"", in: text))
        #expect(ExcerptMatching.occurs("coordonne\u{301}e par", in: text)) // decomposed é
        #expect(!ExcerptMatching.occurs("l'organe de coordination", in: text))
        #expect(!ExcerptMatching.occurs("\"menace\"", in: text))
    }
}

@Suite struct ScalarTests {
    @Test func yamlUsesTheCoreSchemaSoNorwayStaysAString() throws {
        let text = """
            format: 1
            network: n
            title: T
            nodes:
              - {id: no, kind: agency, acronym: NO, name: {nb: Norge}, tags: [on, off, yes], since: 2021-09-01, assumption: "x"}
            """
        let result = load(text)
        #expect(result.diagnostics.isEmpty)
        let node = try #require(result.loaded?.network.nodes.first)
        #expect(node.id == "no" && node.acronym?.universal == "NO" && node.tags == ["on", "off", "yes"])
        #expect(node.validity.since?.description == "2021-09-01")
    }

    @Test func numbersAndBooleansWhereTextIsExpectedAreErrorsWithAHint() {
        let lines = diagnosticLines("""
            format: 1
            network: n
            title: 2015
            nodes: []
            """)
        #expect(lines == ["test.yaml:3:8: error: 'title' must be a string, found the number 2015; quote it: \"2015\""])
    }

    @Test func unknownKeysAreFoundAtEveryLevel() {
        let lines = diagnosticLines("""
            format: 1
            netwrok: n
            network: n
            title: T
            sources: [{id: s, title: S, publsher: P}]
            nodes:
              - {id: a, kind: agency, assumption: x, source: {ref: s, exerpt: "e"}}
            """, file: "k.yaml")
        #expect(lines == [
            "k.yaml:2:1: error: unknown key 'netwrok' in the top level; did you mean 'network'?",
            "k.yaml:5:29: error: unknown key 'publsher' in a source; did you mean 'publisher'?",
            "k.yaml:7:5: warning: agency 'a' has no level (add 'level:' or an operates_at edge)",
            "k.yaml:7:5: warning: agency 'a' has no edges",
            "k.yaml:7:59: error: unknown key 'exerpt' in a source reference; did you mean 'excerpt'?",
        ])
    }

    @Test func draftKeysAndBooleanAssumptionsGetSpecificHints() {
        let lines = diagnosticLines("""
            format: 1
            network: n
            title: T
            sources: [{id: s, title: S}]
            nodes:
              - {id: a, kind: agency, level: l, assumption: true}
              - {id: l, kind: level, source: {ref: s, quote: "q"}}
            """, file: "d.yaml")
        #expect(lines == [
            "d.yaml:6:5: error: node 'a' has neither 'source' nor 'assumption'; cite a source or say why it is assumed",
            "d.yaml:6:49: error: 'assumption' must say why the fact is assumed (a string), found the boolean true",
            "d.yaml:7:43: error: unknown key 'quote' in a source reference; did you mean 'excerpt'?",
        ])
    }

    @Test func diagnosticsAsJSONAreStable() {
        let diagnostic = Diagnostic(.error, "unknown-key", at: SourceLocation(file: "a \"b\".yaml", line: 2, column: 3), "bad\nthing")
        #expect([diagnostic].jsonText() == """
            [
              {"file": "a \\"b\\".yaml", "line": 2, "column": 3, "severity": "error", "code": "unknown-key", "message": "bad\\nthing"}
            ]

            """)
        #expect([Diagnostic]().jsonText() == "[]\n")
    }
}

@Suite struct LocationTests {
    @Test func columnsCountUnicodeScalarsInYAMLAndJSONAlike() {
        let yaml = diagnosticLines("format: 1\nnetwork: n\ntitle: {fr: \"Réseau 🇧🇪\", zz9: x}\nnodes: []\n", file: "a.yaml")
        let json = diagnosticLines("{\"format\": 1, \"network\": \"n\",\n\"title\": {\"fr\": \"Réseau 🇧🇪\", \"zz9\": \"x\"},\n\"nodes\": []}",
                                   file: "a.json", format: .json)
        // é is one scalar; the flag is two scalars (one character): both readers count scalars.
        #expect(yaml == ["a.yaml:3:26: error: invalid language tag 'zz9' in 'title': use a BCP 47 tag such as fr, nl, de, en or nl-BE"])
        #expect(json == ["a.json:2:30: error: invalid language tag 'zz9' in 'title': use a BCP 47 tag such as fr, nl, de, en or nl-BE"])
    }

    @Test func windowsLineEndingsAndAByteOrderMarkAreAccepted() throws {
        let text = "\u{FEFF}format: 1\r\nnetwork: n\r\ntitle: T\r\nnodes:\r\n  - {id: a, kind: agancy, assumption: x}\r\n"
        let result = NetworkReader.read(data: Data(text.utf8), file: "crlf.yaml", format: .yaml)
        #expect(result.diagnostics.map(\.description) == [
            "crlf.yaml:5:19: error: unknown node kind 'agancy'; did you mean 'agency'? (kinds: agency, level, body, group, objective, instrument, or x-…)",
        ])
    }
}
