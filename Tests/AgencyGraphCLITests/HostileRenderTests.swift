import Foundation
import Testing
import AgencyGraphTestSupport

/// `render` with hostile or costly DOT input, end to end (issue 15): unsafe values dropped with
/// located warnings, limits refused fast, --timeout honoured, network-only options refused.
@Suite("agencygraph render: hostile DOT")
struct HostileRenderTests {
    func write(_ text: String, _ name: String = "in.dot") throws -> (URL, URL) {
        let dir = try CLIRunner.temporaryDirectory()
        let input = dir.appendingPathComponent(name)
        try text.write(to: input, atomically: true, encoding: .utf8)
        return (input, dir.appendingPathComponent("out.svg"))
    }

    @Test func unsafeValuesAreDroppedWithWarningsAndTheSVGIsSafe() throws {
        let (input, output) = try write(#"digraph { stylesheet="https://evil.example/x.css"; a [URL="JaVaScRiPt:alert(1)", fontname="x\"><script>alert(1)</script>"]; a -> b [edgeURL="http://x/\" onmouseover=\"alert(1)"] }"#)
        let r = try CLIRunner.run(["render", input.path, "-o", output.path])
        #expect(r.status == 0, "\(r.stderr)")
        for attribute in ["stylesheet", "URL", "fontname", "edgeURL"] {
            #expect(r.stderr.contains("\(input.path): warning: ") && r.stderr.contains("\(attribute)="), "no warning for \(attribute): \(r.stderr)")
        }
        let text = try String(contentsOf: output, encoding: .utf8)
        _ = try SVG.parse(Array(text.utf8))
        #expect(!text.lowercased().contains("javascript") && !text.contains("<script") && !text.contains("onmouseover")
                && !text.contains("xml-stylesheet"))
    }

    @Test func peripheriesFailFastAndNothingIsWritten() throws {
        let (input, output) = try write("digraph{a[peripheries=9999999]}")
        let start = Date()
        let r = try CLIRunner.run(["render", input.path, "-o", output.path])
        #expect(Date().timeIntervalSince(start) < 5)
        #expect(r.status == 1)
        #expect(r.stderr == "\(input.path): error: node 'a': peripheries=\"9999999\" is above the limit of 16 (values that multiply Graphviz's work or output are capped)\n")
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test func aControlCharacterIsRefusedAtItsLineAndColumn() throws {
        let (input, output) = try write("digraph {\n  a [label=\"A\u{1}B\"]\n}\n")
        let r = try CLIRunner.run(["render", input.path, "-o", output.path])
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("\(input.path):2:14: error: U+0001 is not a text character"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test func timeoutIsHonouredForDOT() throws {
        // About 3,000 nodes and edges: dot needs many seconds here.
        let edges = (0..<3000).map { "n\($0) -> n\(($0 * 7919) % 3000)" }.joined(separator: "; ")
        let (input, output) = try write("digraph { \(edges) }")
        let start = Date()
        let r = try CLIRunner.run(["render", input.path, "-o", output.path, "--timeout", "1"])
        #expect(Date().timeIntervalSince(start) < 10)
        #expect(r.status == 1)
        #expect(r.stderr.contains("layout and rendering took longer than 1 s (--timeout)"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test func dotFromStandardInputStillRendersInTheChild() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let output = dir.appendingPathComponent("out.svg")
        let r = try CLIRunner.run(["render", "-", "-o", output.path], stdin: Data("digraph { ocam -> police }".utf8))
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try String(contentsOf: output, encoding: .utf8).contains("<title>ocam&#45;&gt;police</title>"))
    }

    @Test(arguments: [["--lang", "fr"], ["--cluster-by", "kind"], ["--weight-means", "strength"], ["--seed", "3"]])
    func networkOnlyOptionsAreRefusedWithDOT(option: [String]) throws {
        let (input, output) = try write("digraph { a }")
        let r = try CLIRunner.run(["render", input.path, "-o", output.path] + option)
        #expect(r.status == 2)
        #expect(r.stderr.contains("\(option[0]) applies to network files, not to DOT input"), "\(r.stderr)")
    }

    static let hostileNetwork = #"""
format: 1
network: hostile
title: {en: "<script>alert(1)</script> \" onload=\"x"}
sources:
  - id: doc
    title: "javascript:alert(1)"
nodes:
  - id: federal
    kind: level
    rank: 2
    name: {en: "<svg onload=alert(1)>"}
    assumption: "fixture"
  - id: alpha
    kind: agency
    level: federal
    name: {en: "]]> <!-- --> &amp; javascript:x"}
    assumption: "fixture"
  - id: beta
    kind: agency
    level: federal
    name: {en: "<?xml-stylesheet href='x'?>"}
    assumption: "fixture"
edges:
  - {from: alpha, to: beta, type: coordinates, assumption: "fixture"}
"""#

    /// Hostile names in a network: the gates of `render` and `brief` must not refuse what the
    /// writers escaped, and what is written holds no markup from the data.
    @Test func hostileNamesPassTheGatesAndStayText() throws {
        let (input, output) = try write(Self.hostileNetwork, "hostile.yaml")
        let r = try CLIRunner.run(["render", input.path, "-o", output.path])
        #expect(r.status == 0, "\(r.stderr)")
        let folder = output.deletingLastPathComponent().appendingPathComponent("brief")
        let b = try CLIRunner.run(["brief", input.path, "-o", folder.path, "--quiet"])
        #expect(b.status == 0, "\(b.stderr)")
        for file in [output, folder.appendingPathComponent("briefing.html"), folder.appendingPathComponent("figure-1.svg")] {
            let bytes = [UInt8](try Data(contentsOf: file))
            let document = try SVG.parse(bytes)
            #expect(document.descendants.allSatisfy { $0.name.lowercased() != "script" && !$0.attributes.keys.contains { $0.lowercased().hasPrefix("on") } }, "\(file.lastPathComponent)")
            #expect(!String(decoding: bytes, as: UTF8.self).contains("<?xml-stylesheet"), "\(file.lastPathComponent)")
        }
    }

    /// A DOT file on which Graphviz 2.43's `dot` layout crashes (SIGSEGV in `expand_cluster`, found
    /// by `make fuzz`): the crash stays in the child process; one line, exit 1, nothing written.
    @Test func aGraphvizCrashIsContainedInTheChild() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let input = root.appendingPathComponent("Fuzz/crashes/dot-sanitizer/crash-dot-layout-expand-cluster.dot")
        let output = try CLIRunner.temporaryDirectory().appendingPathComponent("out.svg")
        let r = try CLIRunner.run(["render", input.path, "-o", output.path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("\(input.path): error: Graphviz crashed while laying out or rendering this input (the render process was killed by signal 11); nothing is written; try another --engine"), "\(r.stderr)")
        #expect(!r.stderr.contains("Backtracing"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }
}
