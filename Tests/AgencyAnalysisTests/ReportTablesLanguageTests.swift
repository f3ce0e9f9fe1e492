import AgencyAnalysis
import AgencyModel
import Testing
import TextKit

/// Every report's tables in French, Dutch and German: no English title or header is left, the
/// machine names stay English, and numbers take a decimal comma.
@Suite struct ReportTablesLanguageTests {
    /// Every report type, with every optional table present.
    static func reports() throws -> [(String, any TabularReport)] {
        let v = try view()
        let undirected = try view(directed: false)
        let early = belgium.snapshot(at: PartialDate(parsing: "2006")!)
        return [
            ("stats", try v.stats()),
            ("path", try v.paths(from: "ocam", to: "local", mode: .allShortest(limit: 10))),
            ("no path", try v.paths(from: "local_police", to: "ocam")),
            ("spof", try v.singlePointsOfFailure(SPOFOptions(hub: "ocam", cutFrom: ["level:local"], cutTo: ["tag:un"], keyPlayers: 2, randomRuns: 2))),
            ("coverage", try v.coverage(CoverageOptions(min: 2, hub: "ocam"))),
            ("centrality", try undirected.centrality(CentralityMeasure.allCases.filter { $0 != .inDegree && $0 != .outDegree && $0 != .katz },
                                                     group: ["ocam", "federal_police"])),
            ("directed centrality", try v.centrality([.inDegree, .outDegree])),
            ("brokerage", try v.brokerage()),
            ("communities", try v.communities()),
            ("whatif", try v.whatIf(Scenario(remove: ["ocam"]), hub: "federal_police")),
            ("diff", try diff(early, belgium, beforeName: "2015", afterName: "now")),
        ]
    }

    /// Words written the same in English and the language (checked case-insensitively).
    static let same: [Language: Set<String>] = [
        .fr: ["#", "", "k", "r", "z", "pagerank", "katz", "total", "fragmentation"],
        .nl: ["#", "", "k", "r", "z", "pagerank", "katz", "id", "niveau", "component", "eigenvector", "type", "diameter"],
        .de: ["#", "", "k", "r", "z", "pagerank", "katz", "id"],
    ]

    /// Headers that are data, not words: the coverage matrix has a column per level id.
    static let dataHeaders = Set(belgium.levelsByRank.map(\.id))

    @Test(arguments: [Language.fr, .nl, .de])
    func noEnglishHeaderLeft(_ language: Language) throws {
        #expect(Self.dataHeaders.contains("federal"))
        for (report, value) in try Self.reports() {
            let english = value.tables(in: .en), translated = value.tables(in: language)
            #expect(english == value.tables, "\(report): tables is tables(in: .en)")
            #expect(translated.map(\.name) == english.map(\.name), "\(report): machine names stay English")
            for (en, other) in zip(english, translated) {
                #expect(other.title != en.title, "\(report)/\(en.name): title '\(en.title)' left in English")
                #expect(other.columns.count == en.columns.count && other.rows.count == en.rows.count)
                for (a, b) in zip(en.columns, other.columns) where a.lowercased() == b.lowercased() && !Self.dataHeaders.contains(a) {
                    #expect(Self.same[language]!.contains(a.lowercased()), "\(report)/\(en.name): header '\(a)' left in English")
                }
                for (a, b) in zip(en.notes, other.notes) {
                    #expect(a != b, "\(report)/\(en.name): note '\(a)' left in English")
                }
            }
        }
    }

    @Test func numbersTakeADecimalCommaAndEnglishKeepsTheDot() throws {
        let report = try view(directed: false).centrality([.betweenness])
        let english = report.tables(in: .en)[0].rows.map { $0[3] }
        let german = report.tables(in: .de)[0].rows.map { $0[3] }
        #expect(english.contains { $0.contains(".") })
        #expect(german == english.map { $0.replacingOccurrences(of: ".", with: ",") })
        #expect(report.tables(in: .fr)[0].columns == ["rang", "nœud", "type", "intermédiarité"])
    }

    @Test func fixedCellWordsAreTranslated() throws {
        let stats = try view().stats().tables(in: .fr)
        #expect(stats[0].rows.contains(["orienté", "oui"]))
        #expect(stats[1].rows.contains { $0[0] == "agence" })
        let noPath = try view().paths(from: "local_police", to: "ocam").tables(in: .de)[0]
        #expect(noPath.notes == ["local_police und ocam liegen in derselben Komponente, aber kein Weg folgt der Richtung der Verbindungen von local_police nach ocam"])
        let whatIf = try view().whatIf(Scenario(remove: ["ocam"])).tables(in: .nl)[0]
        #expect(whatIf.rows.first?.first == "knopen")
        #expect(whatIf.rows.contains { $0[0] == "dichtheid" && $0[1].contains(",") })
    }
}
