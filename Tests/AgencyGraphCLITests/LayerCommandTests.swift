import AgencyGraphTestSupport
import Foundation
import Testing

/// Relation layers on the command line (docs/cli.md#layers): the actor questions read actors in
/// the coordination layer by default, answer per layer, and name backup channels.
@Suite("agencygraph layers and defaults")
struct LayerCommandTests {
    static let belgium = AnalysisCommandTests.belgium

    /// The services the data says the OCAM coordinates (`from: ocam … type: coordinates`), read
    /// from the file's text, not through the tool under test.
    static func coordinatedByOCAM() throws -> Set<String> {
        let lines = try String(contentsOfFile: belgium, encoding: .utf8).split(separator: "\n").map(String.init)
        var out = Set<String>()
        for i in lines.indices.dropLast(2) where lines[i].trimmingCharacters(in: .whitespaces) == "- from: ocam"
            && lines[i + 2].trimmingCharacters(in: .whitespaces) == "type: coordinates" {
            out.insert(lines[i + 1].trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "to: ", with: ""))
        }
        return out
    }

    static func json(_ r: CLIRunner.Result) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: r.stdoutBytes) as? [String: Any])
    }

    @Test func whatifRemovingOCAMCutsOffTheServicesItCoordinates() throws {
        let r = try CLIRunner.run(["whatif", Self.belgium, "--remove", "ocam", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let result = try #require(try Self.json(r)["result"] as? [String: Any])
        let layers = try #require(result["layers"] as? [String: Any])
        let losses = try #require(layers["layers"] as? [[String: Any]])
        let coordination = try #require(losses.first { $0["layer"] as? String == "coordination" })
        let cut = Set(coordination["cutOff"] as? [String] ?? [])
        // Every service the OCAM coordinates is cut off, except those still tied to the largest
        // remaining part by other coordination edges (the FPS Foreign Affairs, through Belgium).
        let coordinated = try Self.coordinatedByOCAM()
        #expect(cut.isSubset(of: coordinated))
        #expect(cut.count >= coordinated.count - 1, "\(coordinated.subtracting(cut))")
        #expect(cut.count >= 10)
        // None of them keeps a connection through another relation among actors.
        let backup = coordination["backup"] as? [[String]] ?? []
        #expect(backup.count == cut.count)
        #expect(Set(layers["noBackup"] as? [String] ?? []) == cut.filter { i in backup[Array(coordination["cutOff"] as! [String]).firstIndex(of: i)!].isEmpty })
    }

    @Test func spofNamesLossesWithoutBackupChannel() throws {
        let r = try CLIRunner.run(["spof", Self.belgium, "--hub", "ocam", "--no-robustness", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let result = try #require(try Self.json(r)["result"] as? [String: Any])
        let points = try #require(result["articulationPoints"] as? [[String: Any]])
        let ocam = try #require(points.first { (($0["nodes"] as? [[String: Any]])?.first?["id"] as? String) == "ocam" })
        #expect((ocam["cutOff"] as? [String])?.count ?? 0 >= 10)
        let multiplex = try #require(result["multiplex"] as? [String: Any])
        let perLayer = try #require(multiplex["layers"] as? [[String: Any]])
        #expect(perLayer.map { $0["layer"] as? String } == ["coordination", "structure", "policy"])
        let withoutBackup = try #require(multiplex["withoutBackup"] as? [[String: Any]])
        #expect(withoutBackup.first?["node"] as? String == "ocam")
        let table = try CLIRunner.run(["spof", Self.belgium, "--hub", "ocam", "--no-robustness", "--format", "csv", "--table", "no-backup"])
        #expect(table.stdout.hasPrefix("node,articulation point in,#,cut off with no backup\r\nocam,coordination,"), "\(table.stdout)")
    }

    @Test func centralityRanksOCAMFirstAmongActors() throws {
        let r = try CLIRunner.run(["centrality", Self.belgium, "--measure", "betweenness", "--top", "1", "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("rank,node,kind,betweenness\r\n1,ocam,agency,"), "\(r.stdout)")
        // Whole network, every relation: the country node relays every international tie.
        let whole = try CLIRunner.run(["centrality", Self.belgium, "--measure", "betweenness", "--top", "1", "--format", "csv",
                                       "--layer", "all", "--kinds", "all"])
        #expect(!whole.stdout.contains("1,ocam,"), "\(whole.stdout)")
    }

    @Test func layerOptionSelectsAndJSONNamesIt() throws {
        let r = try CLIRunner.run(["stats", Self.belgium, "--layer", "structure,policy", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let view = try #require(try Self.json(r)["view"] as? [String: Any])
        #expect(view["layers"] as? [String] == ["structure", "policy"])
        let all = try CLIRunner.run(["stats", Self.belgium, "--format", "json"])
        let allView = try #require(try Self.json(all)["view"] as? [String: Any])
        // The file's custom type x-operationalises is a layer of its own.
        #expect(allView["layers"] as? [String] == ["coordination", "structure", "policy", "x-operationalises"])
        #expect((allView["kinds"] as? [String])?.count == 6)
        let unknown = try CLIRunner.run(["stats", Self.belgium, "--layer", "money"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("its layers: coordination, structure, policy, x-operationalises, or all"), "\(unknown.stderr)")
    }

    @Test func networkWithoutBuiltInTypesReadsEveryLayer() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let edges = dir.appendingPathComponent("chain.edges")
        try "a b\nb c\nc d\n".write(to: edges, atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["spof", edges.path, "--format", "json", "--no-robustness"])
        #expect(r.status == 0, "\(r.stderr)")
        let doc = try Self.json(r)
        let view = try #require(doc["view"] as? [String: Any])
        #expect(view["edges"] as? Int == 3)
        let result = try #require(doc["result"] as? [String: Any])
        let points = try #require(result["articulationPoints"] as? [[String: Any]])
        #expect(points.count == 2)
        #expect(result["multiplex"] == nil, "one layer: no multiplex part")
    }
}
