import Foundation
import Testing
import AgencyGraphTestSupport

@Suite("agencygraph render")
struct RenderCommandTests {
    @Test func rendersADOTFileToSVG() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let input = dir.appendingPathComponent("in.dot")
        try "digraph { ocam -> police [label=\"coordinates\"] }".write(to: input, atomically: true, encoding: .utf8)
        let output = dir.appendingPathComponent("sub/out.svg")
        let r = try CLIRunner.run(["render", input.path, "-o", output.path])
        #expect(r.status == 0)
        #expect(r.stderr.isEmpty)
        let svg = try String(contentsOf: output, encoding: .utf8)
        #expect(svg.contains("<title>ocam&#45;&gt;police</title>"))
        #expect(svg.contains(">coordinates</text>"))
    }

    @Test(arguments: [("png", [UInt8]([0x89, 0x50, 0x4E, 0x47])), ("pdf", Array("%PDF".utf8)), ("dot", Array("digraph".utf8))])
    func formatFollowsTheExtension(ext: String, magic: [UInt8]) throws {
        let dir = try CLIRunner.temporaryDirectory()
        let input = dir.appendingPathComponent("in.dot")
        try "digraph { a -> b }".write(to: input, atomically: true, encoding: .utf8)
        let output = dir.appendingPathComponent("out.\(ext)")
        let r = try CLIRunner.run(["render", input.path, "-o", output.path])
        #expect(r.status == 0, "\(r.stderr)")
        let bytes = [UInt8](try Data(contentsOf: output))
        #expect(Array(bytes.prefix(magic.count)) == magic)
    }

    @Test func syntaxErrorIsLocatedAndNothingIsWritten() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let input = dir.appendingPathComponent("broken.dot")
        try "digraph {\n  a -> b;\n  b -> ;\n}\n".write(to: input, atomically: true, encoding: .utf8)
        let output = dir.appendingPathComponent("out.svg")
        let r = try CLIRunner.run(["render", input.path, "-o", output.path])
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("\(input.path):3: error: syntax error in line 3"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test func unknownEngineListsTheAvailableOnes() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let input = dir.appendingPathComponent("in.dot")
        try "digraph { a }".write(to: input, atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["render", input.path, "-o", dir.appendingPathComponent("o.svg").path, "--engine", "dott"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("unknown layout engine 'dott'"))
        for engine in ["circo", "dot", "fdp", "neato", "osage", "patchwork", "sfdp", "twopi"] {
            #expect(r.stderr.contains(engine))
        }
    }

    @Test func missingPluginsAreAnEnvironmentErrorWithTheFix() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let input = dir.appendingPathComponent("in.dot")
        try "digraph { a }".write(to: input, atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["render", input.path, "-o", dir.appendingPathComponent("o.svg").path],
                                  environment: ["GVBINDIR": dir.path])
        #expect(r.status == 3)
        #expect(r.stderr.contains("no layout plugins"))
        #expect(r.stderr.contains("libgvc6-config-update -c"))
    }

    @Test func warningsAreLocatedOnStderrAndTheRenderSucceeds() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let input = dir.appendingPathComponent("w.dot")
        try "digraph { a [color=nosuchcolour] }".write(to: input, atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["render", input.path, "-o", "-"])
        #expect(r.status == 0)
        #expect(r.stderr == "\(input.path): warning: nosuchcolour is not a known color.\n")
        #expect(r.stdout.contains("<svg"))
    }

    @Test func usageErrorsExitTwo() throws {
        #expect(try CLIRunner.run(["render"]).status == 2)
        #expect(try CLIRunner.run(["render", "x.dot", "-o", "out.unknown"]).status == 2)
        #expect(try CLIRunner.run(["no-such-command"]).status == 2)
        let missing = try CLIRunner.run(["render", "/nonexistent/x.dot", "-o", "-"])
        #expect(missing.status == 1)
        #expect(missing.stderr == "/nonexistent/x.dot: error: no such file\n")
    }

    @Test func helpAndVersionExitZero() throws {
        let help = try CLIRunner.run(["render", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("--engine"))
        let root = try CLIRunner.run(["--help"])
        #expect(root.status == 0 && root.stdout.contains("render"))
        let version = try CLIRunner.run(["--version"])
        #expect(version.status == 0 && version.stdout.contains("Graphviz"))
    }

    @Test func binaryInputIsRefused() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let input = dir.appendingPathComponent("bin.dot")
        try Data([0xFF, 0xFE, 0x00, 0x01, 0x80]).write(to: input)
        let r = try CLIRunner.run(["render", input.path, "-o", "-"])
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("\(input.path): error:"))
    }

    @Test func everyExampleRenders() throws {
        let examples = CLIRunner.packageRoot.appendingPathComponent("examples")
        let dots = try FileManager.default.contentsOfDirectory(atPath: examples.path).filter { $0.hasSuffix(".dot") }.sorted()
        #expect(!dots.isEmpty)
        let dir = try CLIRunner.temporaryDirectory()
        for name in dots {
            let out = dir.appendingPathComponent(name + ".svg")
            let r = try CLIRunner.run(["render", examples.appendingPathComponent(name).path, "-o", out.path])
            #expect(r.status == 0, "\(name): \(r.stderr)")
            #expect(try String(contentsOf: out, encoding: .utf8).contains("</svg>"))
        }
    }
}
