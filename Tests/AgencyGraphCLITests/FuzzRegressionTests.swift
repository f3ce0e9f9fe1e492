import Foundation
import Testing
import AgencyGraphTestSupport

/// Every fuzz target replays its seeds and every crash ever found (`Fuzz/crashes/TARGET/`, written
/// by `make fuzz` and committed) through `agencygraph-fuzz` built normally: none may crash again.
@Suite("fuzz corpora as regression tests")
struct FuzzRegressionTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let targets = ["yaml", "yaml-fast", "json", "graphml", "gexf", "node-link", "csv", "pajek", "edgelist", "dot", "dot-sanitizer", "svg-gate", "briefing"]

    @Test(arguments: targets)
    func corpusReplaysWithoutACrash(target: String) throws {
        let seeds = Self.root.appendingPathComponent("Fuzz/seeds/\(target)")
        let crashes = Self.root.appendingPathComponent("Fuzz/crashes/\(target)")
        let seedCount = try FileManager.default.contentsOfDirectory(atPath: seeds.path).count
        #expect(seedCount > 0, "no seeds for \(target)")
        var arguments = [target, seeds.path]
        if FileManager.default.fileExists(atPath: crashes.path) { arguments.append(crashes.path) }
        let r = try CLIRunner.run(arguments, program: "agencygraph-fuzz")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("\(target): ") && r.stdout.contains("inputs, no crash"), "\(r.stdout)")
    }

    @Test func theMakefileFuzzesEveryTarget() throws {
        let makefile = try String(contentsOf: Self.root.appendingPathComponent("Makefile"), encoding: .utf8)
        let line = try #require(makefile.split(separator: "\n").first { $0.hasPrefix("FUZZ_TARGETS ?=") })
        #expect(Set(line.dropFirst("FUZZ_TARGETS ?=".count).split(separator: " ").map(String.init)) == Set(Self.targets))
    }
}
