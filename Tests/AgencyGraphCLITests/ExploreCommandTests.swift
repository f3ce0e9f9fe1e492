import AgencyGraphTestSupport
import Foundation
import Testing

/// `agencygraph explore` end to end, and the briefing's link to the page (`brief --explorer-link`).
@Suite struct ExploreCommandTests {
    static let belgium = CLIRunner.packageRoot.appendingPathComponent("graphs/belgium-counter-terrorism.yaml").path

    @Test func writesThePageFromAnyFormat() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let out = dir.appendingPathComponent("explorer.html").path
        let r = try CLIRunner.run(["explore", Self.belgium, "-o", out, "--hub", "ocam", "--lang", "fr"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("wrote \(out) ("))
        let html = try String(contentsOfFile: out, encoding: .utf8)
        #expect(html.contains("<html lang=\"fr\""))
        #expect(html.contains("Content-Security-Policy"))
        // The same network as GEXF, through NetworkInput.
        let gexf = CLIRunner.packageRoot.appendingPathComponent("examples/belgium-counter-terrorism.gexf").path
        let g = try CLIRunner.run(["explore", gexf, "-o", dir.appendingPathComponent("g.html").path, "--quiet"])
        #expect(g.status == 0, "\(g.stderr)")
        #expect(g.stdout.isEmpty)
    }

    @Test func unknownHubExitsOneWithTheClosestID() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let out = dir.appendingPathComponent("x.html").path
        let r = try CLIRunner.run(["explore", Self.belgium, "-o", out, "--hub", "ocamm"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("--hub: no actor 'ocamm' in the network (did you mean 'ocam'?)"))
        #expect(!FileManager.default.fileExists(atPath: out), "nothing is written")
        let usage = try CLIRunner.run(["explore", Self.belgium, "-o", out, "--removal-limit", "-1"])
        #expect(usage.status == 2)
    }

    @Test func briefingLinksToTheExplorer() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let r = try CLIRunner.run(["brief", Self.belgium, "-o", dir.path, "--hub", "ocam", "--explorer-link", "../explorer.html", "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        let html = try String(contentsOfFile: dir.appendingPathComponent("briefing.html").path, encoding: .utf8)
        #expect(html.components(separatedBy: "href=\"../explorer.html\"").count == 2, "one link")
        let bad = try CLIRunner.run(["brief", Self.belgium, "-o", dir.path, "--explorer-link", "javascript:alert(1)"])
        #expect(bad.status == 2)
    }
}
