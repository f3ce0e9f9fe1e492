import Foundation
import Testing
import AgencyGraphTestSupport

@Suite struct BriefCommandTests {
    static let belgium = CLIRunner.packageRoot.appendingPathComponent("graphs/belgium-counter-terrorism.yaml").path

    @Test func writesTheBriefingFiles() throws {
        let dir = try CLIRunner.temporaryDirectory().appendingPathComponent("out")
        let r = try CLIRunner.run(["brief", Self.belgium, "-o", dir.path, "--hub", "ocam", "--scenario", "remove:ocam", "--lang", "fr", "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("briefing.html"))
        #expect(r.stderr.isEmpty)
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        #expect(files == ["briefing.html", "briefing.json", "briefing.md", "figure-1.svg", "figure-2.svg", "figure-3.svg", "figure-4.svg"])
        let html = try String(contentsOf: dir.appendingPathComponent("briefing.html"), encoding: .utf8)
        #expect(html.contains("Résumé"))
        #expect(html.contains("<svg"))
        #expect(!html.contains("http-equiv"), "nothing refers to the network")
        let md = try String(contentsOf: dir.appendingPathComponent("briefing.md"), encoding: .utf8)
        #expect(md.contains("](figure-1.svg)"))
        // Same input, same bytes.
        let dir2 = try CLIRunner.temporaryDirectory()
        let r2 = try CLIRunner.run(["brief", Self.belgium, "-o", dir2.path, "--hub", "ocam", "--scenario", "remove:ocam", "--lang", "fr", "--quiet"])
        #expect(r2.status == 0)
        for f in files {
            #expect(try Data(contentsOf: dir.appendingPathComponent(f)) == Data(contentsOf: dir2.appendingPathComponent(f)), "\(f) differs")
        }
    }

    @Test func compareAndDatesAddChanges() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let r = try CLIRunner.run(["brief", Self.belgium, "-o", dir.path, "--compare-at", "2015", "--kinds", "agency,level,body"])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("briefing.json"))) as? [String: Any]
        let results = try #require(json?["results"] as? [String: Any])
        #expect((results["changes"] as? [Any])?.count == 1)
        let html = try String(contentsOf: dir.appendingPathComponent("briefing.html"), encoding: .utf8)
        #expect(html.contains("--kinds agency,level,body"))
    }

    @Test(arguments: [
        (["brief", "/nonexistent/net.yaml", "-o", "OUT"], Int32(1), "nonexistent"),
        (["brief", "BELGIUM", "-o", "OUT", "--hub", "nobody"], 1, "nobody"),
        (["brief", "BELGIUM", "-o", "OUT", "--scenario", "remove:nobody"], 1, "nobody"),
        (["brief", "BELGIUM", "-o", "OUT", "--scenario", "delete:ocam"], 2, "remove:ID"),
        (["brief", "BELGIUM", "-o", "OUT", "--lang", "es"], 2, "lang"),
        (["brief", "BELGIUM"], 2, "output"),
        (["brief", "BELGIUM", "-o", "/proc/agencygraph-cannot-write"], 3, "cannot write"),
    ])
    func badInput(_ arguments: [String], _ status: Int32, _ message: String) throws {
        let out = try CLIRunner.temporaryDirectory().appendingPathComponent("o").path
        let args = arguments.map { $0 == "BELGIUM" ? Self.belgium : ($0 == "OUT" ? out : $0) }
        let r = try CLIRunner.run(args)
        #expect(r.status == status, "\(r.stderr)")
        #expect(r.stderr.contains(message), "\(r.stderr)")
        #expect(r.stdout.isEmpty)
    }

    @Test func hostileNetworkFileRendersAsText() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let file = dir.appendingPathComponent("hostile.yaml")
        try """
        format: 1
        network: hostile
        title:
          en: "<img src=x onerror=alert(1)> & co"
        nodes:
          - id: a
            kind: agency
            name: {en: "<script>alert(1)</script>"}
            level: fed
            assumption: "</td></tr></table><b>x</b>"
          - id: fed
            kind: level
            name: {en: "Fed | *x*"}
            rank: 0
            assumption: "<i>level</i>"
          - id: b
            kind: agency
            name: {en: "B [link](javascript:x)"}
            level: fed
            assumption: "made up"
        edges:
          - {from: a, to: fed, type: operates_at, assumption: "test"}
          - {from: b, to: fed, type: operates_at, assumption: "test"}
          - {from: a, to: b, type: coordinates, assumption: "test"}
        """.write(to: file, atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["brief", file.path, "-o", dir.appendingPathComponent("b").path, "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        let html = try String(contentsOf: dir.appendingPathComponent("b/briefing.html"), encoding: .utf8)
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<b>x"))
        #expect(html.contains("&lt;script&gt;"))
    }
}
