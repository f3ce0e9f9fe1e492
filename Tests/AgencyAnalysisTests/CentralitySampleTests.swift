import AgencyAnalysis
import AgencyModel
import GraphCore
import Testing
import TextKit

/// Betweenness estimated from a sample of sources (Brandes and Pich 2007): the values are
/// GraphCore's estimate for that sample, the report says it is an estimate, and a sample as large
/// as the view is the exact computation.
@Suite struct CentralitySampleTests {
    @Test func sampledValuesAreGraphCoresEstimateAndTheReportSaysSo() throws {
        let v = try view(directed: false)
        let n = v.graph.nodeCount
        let report = try v.centrality([.betweenness, .degree], betweennessSample: BetweennessSample(pivots: 20, seed: 7))
        #expect(report.betweennessSample == CentralityReport.Estimate(pivots: 20, seed: 7, nodes: n))
        let expected = try v.graph.betweennessCentrality(k: 20, seed: 7)
        var index: [String: Int] = [:]
        for (i, id) in v.ids.enumerated() { index[id] = i }
        for row in report.rows {
            #expect(row.scores[0] == expected[index[row.node.id]!], "\(row.node.id)")
        }
        // A real sample: some value differs from the exact one.
        let exact = try v.centrality([.betweenness])
        #expect(exact.betweennessSample == nil)
        let exactByID = Dictionary(uniqueKeysWithValues: exact.rows.map { ($0.node.id, $0.scores[0]) })
        #expect(report.rows.contains { $0.scores[0] != exactByID[$0.node.id] })
        // Same sample, same values.
        #expect(try v.centrality([.betweenness, .degree], betweennessSample: BetweennessSample(pivots: 20, seed: 7)) == report)
        // Another seed draws other sources.
        #expect(try v.centrality([.betweenness, .degree], betweennessSample: BetweennessSample(pivots: 20, seed: 8)).rows != report.rows)
    }

    @Test func aSampleOfEveryNodeIsExact() throws {
        let v = try view(directed: false)
        let exact = try v.centrality([.betweenness, .closeness])
        for pivots in [v.graph.nodeCount, v.graph.nodeCount + 5] {
            let report = try v.centrality([.betweenness, .closeness], betweennessSample: BetweennessSample(pivots: pivots))
            #expect(report == exact)
            #expect(report.betweennessSample == nil)
        }
        // Without betweenness among the measures nothing is estimated.
        let degree = try v.centrality([.degree], betweennessSample: BetweennessSample(pivots: 3))
        #expect(degree.betweennessSample == nil)
        #expect(degree.tables(in: .en)[0].notes.isEmpty)
    }

    @Test func fewerThanOnePivotIsRefused() throws {
        let v = try view(directed: false)
        #expect(throws: AnalysisError.outOfRange(.sample, value: "0", allowed: "1 or more")) {
            _ = try v.centrality([.betweenness], betweennessSample: BetweennessSample(pivots: 0))
        }
    }

    @Test(arguments: [(Language.en, "betweenness (estimated)", "from 10 of"), (.fr, "intermédiarité (estimée)", "à partir de 10 nœuds sources sur"),
                      (.nl, "tussenliggendheid (geschat)", "vanuit 10 van de"), (.de, "Zwischenzentralität (geschätzt)", "aus 10 von")])
    func tablesSayEstimated(_ language: Language, _ header: String, _ note: String) throws {
        let v = try view(directed: false)
        let report = try v.centrality([.degree, .betweenness], betweennessSample: BetweennessSample(pivots: 10))
        let table = report.tables(in: language)[0]
        #expect(table.columns.last == header)
        #expect(table.notes.count == 1)
        #expect(table.notes[0].contains(note), "\(table.notes)")
        #expect(table.notes[0].contains(String(v.graph.nodeCount)), "\(table.notes)")
        // Exact: the plain header, no note.
        let exact = try v.centrality([.degree, .betweenness]).tables(in: language)[0]
        #expect(exact.columns.last == language.word(.tableBetweenness))
        #expect(exact.notes.isEmpty)
    }
}
