import Foundation
import Testing
import AgencyGraphTestSupport

/// `agencygraph layers` end to end, on the imported Lazega law firm multiplex (examples/).
@Suite("agencygraph layers")
struct LayersCommandTests {
    static let lazega = CLIRunner.packageRoot.appendingPathComponent("examples/lazega-law-firm.yaml").path

    @Test func lazegaLayersAsJSON() throws {
        let r = try CLIRunner.run(["layers", Self.lazega, "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let doc = try #require(try JSONSerialization.jsonObject(with: r.stdoutBytes) as? [String: Any])
        #expect(doc["schema"] as? String == "agencygraph.layers")
        #expect(doc["network"] as? String == "lazega-law-firm")
        let result = try #require(doc["result"] as? [String: Any])
        // The published arc counts (advice 892, co-work 1104, friendship 575); the node pairs,
        // components and articulation points were checked with NetworkX on the raw Pajek file.
        let layers = try #require(result["layers"] as? [[String: Any]])
        #expect(layers.map { $0["name"] as? String } == ["x-advice", "x-cowork", "x-friendship"])
        #expect(layers.map { $0["edges"] as? Int } == [892, 1104, 575])
        #expect(layers.map { $0["pairs"] as? Int } == [717, 726, 399])
        #expect(layers.map { $0["nodes"] as? Int } == [71, 71, 69])
        #expect(layers.map { $0["components"] as? Int } == [1, 1, 1])
        #expect(layers.map { $0["articulationPoints"] as? Int } == [0, 0, 1])
        let pairs = try #require(result["layerPairs"] as? [[String: Any]])
        #expect(pairs.map { $0["layers"] as? [String] } == [["x-advice", "x-cowork"], ["x-advice", "x-friendship"], ["x-cowork", "x-friendship"]])
        #expect(pairs.map { $0["sharedPairs"] as? Int } == [511, 299, 250])
        #expect(abs(try #require(pairs[2]["jaccard"] as? Double) - 250.0 / 875.0) < 1e-12)
        // lawyer26 has the most ties: 46 advice, 43 co-work, 24 friendship neighbours.
        let nodes = try #require(result["nodes"] as? [[String: Any]])
        #expect(nodes.count == 71)
        let first = try #require(nodes.first)
        #expect(first["id"] as? String == "lawyer26")
        #expect(first["degree"] as? [String: Int] == ["x-advice": 46, "x-cowork": 43, "x-friendship": 24])
        #expect(first["overlappingDegree"] as? Int == 113)
        let expected = 1.5 * (1 - (46.0 * 46 + 43 * 43 + 24 * 24) / (113.0 * 113))
        #expect(abs(try #require(first["participation"] as? Double) - expected) < 1e-12)
    }

    @Test func tablesAndViewOptions() throws {
        let csv = try CLIRunner.run(["layers", Self.lazega, "--format", "csv"])
        #expect(csv.status == 0, "\(csv.stderr)")
        #expect(csv.stdout.hasPrefix("layer,types,nodes,edges,node pairs,components,articulation points\r\nx-advice,x-advice,71,892,717,1,0\r\n"))
        let overlap = try CLIRunner.run(["layers", Self.lazega, "--format", "csv", "--table", "layer-pairs"])
        #expect(overlap.stdout.contains("\r\nx-advice — x-cowork,511,0.5483\r\n"))
        // Two layers kept (--edge-types): M = 2, one pair.
        let two = try CLIRunner.run(["layers", Self.lazega, "--edge-types", "x-advice,x-friendship", "--format", "csv", "--table", "layer-pairs"])
        #expect(two.status == 0, "\(two.stderr)")
        #expect(two.stdout == "layers,shared pairs,Jaccard\r\nx-advice — x-friendship,299,0.366\r\n")
        let bad = try CLIRunner.run(["layers", "no-such-file.yaml"])
        #expect(bad.status == 1)
    }
}
