import Foundation
import Testing
import AgencyGraphTestSupport

/// The libraries' errors name their own parameters; the tool maps each to the option the user
/// typed and the exit status of docs/cli.md (1 invalid input, 2 usage).
@Suite("agencygraph maps library errors to options")
struct ErrorMappingTests {
    static let belgium = CLIRunner.packageRoot.appendingPathComponent("graphs/belgium-counter-terrorism.yaml").path

    @Test(arguments: [
        // AnalysisError.unknownNode(parameter: .hub): invalid input.
        (["coverage", belgium, "--hub", "ocamm"], Int32(1), "error: --hub: no node 'ocamm' in the view (did you mean 'ocam'?)\n"),
        // AnalysisError.hubRemoved: a usage error naming both options' values.
        (["whatif", belgium, "--remove", "ocam", "--hub", "ocam"], 2, "error: --hub ocam is removed by the scenario; choose another hub\n"),
        // AnalysisError.needsDirectedView.
        (["centrality", belgium, "--measure", "in-degree", "--undirected"], 2,
         "error: --measure in-degree needs a directed view (drop --undirected)\n"),
        // AnalysisError.outOfRange(.keyPlayers): the bound depends on the view, so only the library can check it.
        (["spof", belgium, "--key-players", "500", "--no-robustness"], 2, "error: --key-players must be at most the node count 34, not 500\n"),
        // AnalysisError.emptySelection(parameter: .group).
        (["centrality", belgium, "--group", "tag:no-such-tag"], 2, "error: --group: 'tag:no-such-tag' selects no node in the view\n"),
        // AnalysisError.invalidSelector(parameter: .cutFrom).
        (["spof", belgium, "--cut-from", "lvl:local", "--cut-to", "tag:un"], 2,
         "error: --cut-from: 'lvl:' is not a selector; use ID, kind:KIND, level:LEVEL or tag:TAG\n"),
        // ViewFilterError.unknownNode(field: .withoutNodes).
        (["stats", belgium, "--without", "ocamm"], 1, "error: --without: no node 'ocamm' in the network (did you mean 'ocam'?)\n"),
        // ViewFilterError.negativeRadius.
        (["stats", belgium, "--focus", "ocam", "--radius=-1"], 2, "error: --radius must be 0 or more, not -1\n"),
    ] as [([String], Int32, String)])
    func analysisAndViewErrors(arguments: [String], status: Int32, message: String) throws {
        let r = try CLIRunner.run(arguments)
        #expect(r.status == status, "\(r.stderr)")
        #expect(r.stderr == message)
    }

    @Test func briefingErrorsNameTheBriefOptions() throws {
        let dir = try CLIRunner.temporaryDirectory().appendingPathComponent("out")
        let hub = try CLIRunner.run(["brief", Self.belgium, "-o", dir.path, "--hub", "ocamm", "--quiet"])
        #expect(hub.status == 1)
        #expect(hub.stderr == "error: --hub: no node 'ocamm' in the view (did you mean 'ocam'?)\n")
        let scenario = try CLIRunner.run(["brief", Self.belgium, "-o", dir.path, "--scenario", "remove:ocma", "--quiet"])
        #expect(scenario.status == 1)
        #expect(scenario.stderr == "error: --scenario: no node 'ocma' in the view (did you mean 'ocam'?)\n")
    }

    @Test func renderNamesTheHighlightThatGaveTheIDs() throws {
        let out = try CLIRunner.temporaryDirectory().appendingPathComponent("p.svg")
        let r = try CLIRunner.run(["render", Self.belgium, "-o", out.path, "--highlight", "path:ocam,ctiff"])
        #expect(r.status == 1)
        #expect(r.stderr == "error: --highlight path:ocam,ctiff: no node 'ctiff' in the view (did you mean 'ctif'?)\n")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }
}
