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
        #expect(r.stderr.contains("--hub: no actor 'ocamm' in the view (did you mean 'ocam'?)"))
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

    /// A chain of `count` agencies a0 → a1 → … (one level, one source), as YAML.
    static func chain(_ count: Int) -> String {
        var yaml = "format: 1\nnetwork: chain\ntitle: {en: Chain}\nsources:\n  - {id: s, title: Register, language: en}\n"
        yaml += "defaults:\n  source: {ref: s}\nnodes:\n  - {id: national, kind: level, rank: 2}\n"
        for i in 0 ..< count { yaml += "  - {id: a\(i), kind: agency, level: national}\n" }
        yaml += "edges:\n"
        for i in 1 ..< count { yaml += "  - {from: a\(i - 1), to: a\(i), type: coordinates}\n" }
        return yaml
    }

    /// The node ids embedded in a page (its data blob).
    static func pageNodes(_ html: String) throws -> [String] {
        let open = "<script type=\"application/json\" id=\"data\">"
        let start = try #require(html.range(of: open))
        let end = try #require(html.range(of: "</script>", range: start.upperBound ..< html.endIndex))
        let data = try #require(try JSONSerialization.jsonObject(with: Data(html[start.upperBound ..< end.lowerBound].utf8)) as? [String: Any])
        let nodes = try #require(data["nodes"] as? [[String: Any]])
        return nodes.compactMap { $0["id"] as? String }
    }

    @Test func aViewTooLargeIsRefusedWithWhatToDo() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let input = dir.appendingPathComponent("chain.yaml").path
        try Self.chain(3_100).write(toFile: input, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("chain.html").path
        let started = Date()
        let r = try CLIRunner.run(["explore", input, "-o", out])
        let seconds = Date().timeIntervalSince(started)
        #expect(r.status == 1, "\(r.stderr)")
        #expect(r.stderr.contains("error: the view has 3101 nodes and 3099 edges, more than an explorer page opens usefully in a browser (at most 3000 nodes and 9000 edges); nothing is written"), "\(r.stderr)")
        for advice in ["--focus ID --radius N", "--layer", "--kinds", "--whole"] {
            #expect(r.stderr.contains(advice), "\(advice) in \(r.stderr)")
        }
        #expect(r.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: out), "nothing is written")
        #expect(seconds < 60, "refused before the layout and the analyses (took \(seconds) s)")

        // A neighbourhood of the same network is written, and holds that neighbourhood only.
        let focused = try CLIRunner.run(["explore", input, "-o", out, "--focus", "a10", "--radius", "2", "--quiet"])
        #expect(focused.status == 0, "\(focused.stderr)")
        let html = try String(contentsOfFile: out, encoding: .utf8)
        #expect(try Self.pageNodes(html).sorted() == ["a10", "a11", "a12", "a8", "a9"])

        // Some kinds of it (the level alone) too; an unknown focus is invalid input.
        let levels = try CLIRunner.run(["explore", input, "-o", out, "--kinds", "level", "--quiet"])
        #expect(levels.status == 0, "\(levels.stderr)")
        #expect(try Self.pageNodes(try String(contentsOfFile: out, encoding: .utf8)) == ["national"])
        let unknown = try CLIRunner.run(["explore", input, "-o", dir.appendingPathComponent("u.html").path, "--focus", "a99999"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("--focus: no node 'a99999'"), "\(unknown.stderr)")
    }

    @Test func focusOnTheBelgianNetworkKeepsTheNeighbourhood() throws {
        let dir = try CLIRunner.temporaryDirectory()
        // The expectation from the network itself, through convert (not from the explorer's code).
        let json = dir.appendingPathComponent("belgium.json").path
        let converted = try CLIRunner.run(["convert", Self.belgium, "-o", json, "--to", "json"])
        #expect(converted.status == 0, "\(converted.stderr)")
        let network = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: json))) as? [String: Any])
        let edges = try #require(network["edges"] as? [[String: Any]])
        var expected: Set<String> = ["ocam"]
        for edge in edges {
            let from = try #require(edge["from"] as? String), to = try #require(edge["to"] as? String)
            if from == "ocam" { expected.insert(to) }
            if to == "ocam" { expected.insert(from) }
        }
        let out = dir.appendingPathComponent("ocam.html").path
        let r = try CLIRunner.run(["explore", Self.belgium, "-o", out, "--hub", "ocam", "--focus", "ocam", "--radius", "1", "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        let html = try String(contentsOfFile: out, encoding: .utf8)
        let shown = try Self.pageNodes(html)
        #expect(Set(shown) == expected)
        #expect(shown.count < (network["nodes"] as? [Any])?.count ?? 0)
        // The command the page offers for a removal it has not precomputed reads the same view.
        #expect(html.contains("--remove %1 --hub ocam --focus ocam --radius 1"))
        // The drawing holds the neighbourhood's nodes only.
        let drawn = html.components(separatedBy: "<g id=\"node&#45;").count - 1
        #expect(drawn > 0 && drawn <= shown.count, "\(drawn) nodes drawn for \(shown.count)")
    }
}
