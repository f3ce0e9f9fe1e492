import Foundation
import Testing
import AgencyGraphTestSupport

/// `agencygraph centrality --sample K`: betweenness estimated from K sources, and the output says so.
@Suite struct CentralitySampleCommandTests {
    static let belgium = CLIRunner.packageRoot.appendingPathComponent("graphs/belgium-counter-terrorism.yaml").path

    @Test func sampleIsStatedInTextAndJSON() throws {
        let text = try CLIRunner.run(["centrality", Self.belgium, "--measure", "betweenness,degree", "--sample", "10", "--seed", "3"])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("betweenness (estimated)"), "\(text.stdout)")
        #expect(text.stdout.contains("Betweenness estimated from 10 of"), "\(text.stdout)")
        #expect(text.stdout.contains("seed 3"))
        let json = try CLIRunner.run(["centrality", Self.belgium, "--sample", "10", "--seed", "3", "--format", "json"])
        #expect(json.status == 0, "\(json.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let result = try #require(object["result"] as? [String: Any])
        let sample = try #require(result["betweennessSample"] as? [String: Int])
        let nodes = try #require((object["view"] as? [String: Any])?["nodes"] as? Int)
        #expect(sample == ["pivots": 10, "seed": 3, "nodes": nodes])
        // Exact by default: no sample in the JSON, the plain header in the text.
        let exact = try CLIRunner.run(["centrality", Self.belgium, "--format", "json"])
        let exactResult = try #require((try JSONSerialization.jsonObject(with: Data(exact.stdout.utf8)) as? [String: Any])?["result"] as? [String: Any])
        #expect(exactResult["betweennessSample"] == nil)
        let plain = try CLIRunner.run(["centrality", Self.belgium])
        #expect(!plain.stdout.contains("estimated"))
        // As many pivots as nodes: exact, and said to be.
        let all = try CLIRunner.run(["centrality", Self.belgium, "--sample", "\(nodes)", "--format", "json"])
        #expect(all.stdout == exact.stdout)
    }

    @Test func sampleMustBePositive() throws {
        let r = try CLIRunner.run(["centrality", Self.belgium, "--sample", "0"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("--sample must be 1 or more"), "\(r.stderr)")
    }
}
