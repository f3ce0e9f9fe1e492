import Foundation
import Testing

/// End-to-end runs of the `agencygraph validate` and `fmt` subcommands (the built executable),
/// checking exit statuses and output. The executable is built beside the test bundle.
@Suite struct CLITests {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static var executable: URL? {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("agencygraph")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        let fallback = Paths.packageRoot.appendingPathComponent(".build/debug/agencygraph")
        return FileManager.default.isExecutableFile(atPath: fallback.path) ? fallback : nil
    }

    func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Run {
        let binary = try #require(Self.executable, "agencygraph was not built beside the tests")
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        process.currentDirectoryURL = Paths.testsFolder
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                   stderr: String(decoding: stderr, as: UTF8.self))
    }

    @Test func validateReportsLocatedErrorsAndExitsOne() throws {
        let result = try run(["validate", "Broken/unknown-key.yaml", "Broken/warnings.yaml"])
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.first == "Broken/unknown-key.yaml:18:5: error: unknown key 'lavel' in a node; did you mean 'level'?")
        #expect(lines.last == "1 error, 6 warnings in 2 files")
        #expect(result.stdout.isEmpty)
    }

    @Test func validateWithSourcesAndJSONOutput() throws {
        let ok = try run(["validate", "Fixtures/small.yaml", "--format", "json"])
        #expect(ok.status == 0)
        #expect(ok.stdout == "[]\n")
        let missing = try run(["validate", "Broken/excerpt-not-found.yaml", "--source", "doc=Broken/sources/doc.txt", "--format", "json"])
        #expect(missing.status == 1)
        #expect(missing.stdout.contains("\"code\": \"excerpt-not-found\""))
        #expect(missing.stdout.contains("\"line\": 21, \"column\": 29"))
    }

    @Test func usageAndEnvironmentErrorsHaveTheirOwnStatus() throws {
        #expect(try run(["validate", "Fixtures/small.yaml", "--source", "doc"]).status == 2)
        #expect(try run(["validate", "Broken/nothing-here.yaml"]).status == 1)
        #expect(try run(["validate", "Fixtures/small.yaml", "--source", "doc=Broken/nothing-here.txt"]).status == 1)
        #expect(try run(["fmt", "--check", "--write", "Fixtures/small.yaml"]).status == 2)
    }

    @Test func fmtPrintsChecksAndWrites() throws {
        let printed = try run(["fmt", "Fixtures/small.yaml"])
        #expect(printed.status == 0)
        #expect(printed.stdout.hasPrefix("# yaml-language-server: $schema=../../../schema/agencygraph.schema.json\nformat: 1\n"))
        #expect(try run(["fmt", "--check", "Fixtures/small.yaml"]).status == 1)
        #expect(try run(["fmt", "Broken/unknown-key.yaml"]).status == 1)

        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("agencygraph-fmt-\(UUID().uuidString).yaml")
        defer { try? FileManager.default.removeItem(at: copy) }
        try FileManager.default.copyItem(atPath: Paths.tests("Fixtures/small.yaml"), toPath: copy.path)
        #expect(try run(["fmt", "--write", copy.path]).status == 0)
        #expect(try String(contentsOf: copy, encoding: .utf8) == printed.stdout)
        #expect(try run(["fmt", "--check", copy.path]).status == 0)
    }

    /// The size limit is checked before reading and can be raised with `--max-file-size` (MiB)
    /// or `AGENCYGRAPH_MAX_FILE_SIZE`.
    @Test func theFileSizeLimitIsAdjustable() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("agencygraph-size-\(UUID().uuidString).yaml")
        defer { try? FileManager.default.removeItem(at: path) }
        let line = "# " + String(repeating: "x", count: 97) + "\n"
        try String(repeating: line, count: 1_048_576 / 100 + 1).write(to: path, atomically: true, encoding: .utf8)
        let refused = try run(["validate", "--max-file-size", "1", path.path])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("error: file is 1.0 MiB, over the limit of 1 MiB"))
        let allowed = try run(["validate", "--max-file-size", "2", path.path])
        #expect(!allowed.stderr.contains("over the limit"))
        #expect(allowed.stderr.contains("empty-file") || allowed.stderr.contains("no YAML document"))
        let byEnvironment = try run(["validate", path.path], environment: ["AGENCYGRAPH_MAX_FILE_SIZE": "1"])
        #expect(byEnvironment.stderr.contains("over the limit of 1 MiB"))
        let usage = try run(["validate", "--max-file-size", "0", path.path])
        #expect(usage.status == 2)
    }

    /// The element limits are checked while the file is read: the first item over the limit is
    /// reported at its line, with the limit and how to raise it (`--max-nodes`/`--max-edges`,
    /// `AGENCYGRAPH_MAX_NODES`/`AGENCYGRAPH_MAX_EDGES`); a file within them reads as before.
    @Test func theElementLimitsNameTheRealCauseAndAreAdjustable() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("agencygraph-limits-\(UUID().uuidString).yaml")
        defer { try? FileManager.default.removeItem(at: path) }
        var text = "format: 1\nnetwork: n\ntitle: N\nsources: [{id: s, title: S}]\ndefaults: {source: {ref: s}}\nnodes:\n"
        for index in 0 ..< 4 { text += "  - {id: a\(index), kind: agency}\n" }
        text += "edges:\n"
        for index in 0 ..< 3 { text += "  - {from: a\(index), to: a\(index + 1), type: coordinates}\n" }
        text += "  - [broken\n"  // a syntax error after the edges: never reached when a limit stops the read
        try text.write(to: path, atomically: true, encoding: .utf8)
        let edges = try run(["validate", "--max-edges", "2", path.path])
        #expect(edges.status == 1)
        #expect(edges.stderr.contains("\(path.path):14:5: error: more than 2 edges: over the limit on edges of one network (AGENCYGRAPH_MAX_EDGES raises it); so does --max-edges N"))
        let nodes = try run(["validate", path.path], environment: ["AGENCYGRAPH_MAX_NODES": "3"])
        #expect(nodes.stderr.contains("\(path.path):10:5: error: more than 3 nodes: over the limit on nodes of one network (AGENCYGRAPH_MAX_NODES raises it)"))
        let within = try run(["validate", "--max-nodes", "4", "--max-edges", "3", path.path])
        #expect(within.stderr.contains("invalid YAML"))
        #expect(!within.stderr.contains("over the limit"))
        #expect(try run(["validate", "--max-edges", "-1", path.path]).status == 2)
    }
}
