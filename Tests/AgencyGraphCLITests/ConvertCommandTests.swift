import Foundation
import Testing
import AgencyGraphTestSupport

/// `agencygraph convert` through the built binary.
@Suite struct ConvertCommandTests {
    let belgium = CLIRunner.packageRoot.appendingPathComponent("graphs/belgium-counter-terrorism.yaml").path

    @Test func losslessRoundTripThroughGraphMLIsQuiet() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let graphml = dir.appendingPathComponent("b.graphml").path
        let back = dir.appendingPathComponent("back.yaml").path
        let a = try CLIRunner.run(["convert", belgium, "-o", graphml])
        #expect(a.status == 0 && a.stderr.isEmpty, "\(a.stderr)")
        let b = try CLIRunner.run(["convert", graphml, "-o", back])
        #expect(b.status == 0 && b.stderr.isEmpty, "\(b.stderr)")
        let canonical = try CLIRunner.run(["fmt", back, "--check"])
        #expect(canonical.status == 0)
        let validate = try CLIRunner.run(["validate", back])
        #expect(validate.status == 0, "\(validate.stderr)")
    }

    @Test func lossyConversionSaysWhatWasDroppedAndExitsZero() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("b.net").path
        let r = try CLIRunner.run(["convert", belgium, "-o", out])
        #expect(r.status == 0)
        #expect(r.stderr.hasPrefix("\(out): warning: Pajek carries ids, edge types and weights only: node kinds"))
        #expect(r.stderr.contains("dropped"))
        #expect(FileManager.default.fileExists(atPath: out))
    }

    /// Issue 15's case, end to end: `convert examples/synthetic.yaml -o s.net && convert s.net -o
    /// back.yaml` exited 0 and `validate back.yaml` found 21 errors. Now the second convert says
    /// how it made the network valid, and `validate` finds none.
    @Test func pajekAndBackValidates() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let synthetic = CLIRunner.packageRoot.appendingPathComponent("examples/synthetic.yaml").path
        let net = dir.appendingPathComponent("s.net").path, back = dir.appendingPathComponent("back.yaml").path
        #expect(try CLIRunner.run(["convert", synthetic, "-o", net]).status == 0)
        let r = try CLIRunner.run(["convert", net, "-o", back])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("\(net): warning: ") && r.stderr.contains(" node kinds inferred from edge rules"), "\(r.stderr)")
        let validate = try CLIRunner.run(["validate", back])
        #expect(validate.status == 0 && validate.stderr.contains("0 errors"), "\(validate.stderr)")
    }

    /// A DOT file that `convert` wrote is drawn by `render` as the network it is (legend, boxes
    /// per level); a hand-written DOT file stays a drawing rendered as it is.
    @Test func renderDrawsConvertsDOTAsANetwork() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let synthetic = CLIRunner.packageRoot.appendingPathComponent("examples/synthetic.yaml").path
        let dot = dir.appendingPathComponent("s.dot").path
        #expect(try CLIRunner.run(["convert", synthetic, "-o", dot]).status == 0)
        let fromDOT = try CLIRunner.run(["render", dot, "-o", "-", "--timeout", "0"])
        let fromYAML = try CLIRunner.run(["render", synthetic, "-o", "-", "--timeout", "0"])
        #expect(fromDOT.status == 0 && fromYAML.status == 0, "\(fromDOT.stderr)")
        #expect(fromDOT.stdout.contains("legend") && fromDOT.stdout == fromYAML.stdout, "the DOT is drawn as the network")
        // Network options apply to it, as to any network file.
        #expect(try CLIRunner.run(["render", dot, "-o", "-", "--lang", "fr", "--timeout", "0"]).status == 0)
        let drawing = dir.appendingPathComponent("d.dot").path
        try Data("digraph g { a -> b }\n".utf8).write(to: URL(fileURLWithPath: drawing))
        let refused = try CLIRunner.run(["render", drawing, "-o", "-", "--lang", "fr"])
        #expect(refused.status == 2 && refused.stderr.contains("--lang applies to network files, not to DOT input"), "\(refused.stderr)")
    }

    @Test func csvWritesTwoFilesAndReadsThemBack() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("b.csv").path
        let r = try CLIRunner.run(["convert", belgium, "-o", out])
        #expect(r.status == 0)
        for name in ["b.nodes.csv", "b.edges.csv"] {
            #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent(name).path))
        }
        #expect(!FileManager.default.fileExists(atPath: out))
        let back = try CLIRunner.run(["convert", dir.appendingPathComponent("b.nodes.csv").path, "-o", "-", "--to", "yaml"])
        #expect(back.status == 0)
        #expect(back.stdout.contains("  - id: ocam\n    kind: agency"))
        #expect(back.stderr.contains("warning: the list of sources is not in this format"))
    }

    @Test func sameInputSameBytes() throws {
        for format in ["gexf", "graphml", "node-link", "dot", "cypher", "pajek", "edgelist"] {
            let a = try CLIRunner.run(["convert", belgium, "-o", "-", "--to", format])
            let b = try CLIRunner.run(["convert", belgium, "-o", "-", "--to", format])
            #expect(a.status == 0 && a.stdoutBytes == b.stdoutBytes && !a.stdoutBytes.isEmpty, "\(format)")
        }
    }

    @Test func hostileXMLExitsOneWithALocatedError() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("xxe.graphml").path
        try "<?xml version=\"1.0\"?>\n<!DOCTYPE g [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<graphml><graph><node id=\"&x;\"/></graph></graphml>\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("out.yaml").path
        let r = try CLIRunner.run(["convert", path, "-o", out])
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("\(path):2:1: error: DOCTYPE declarations are refused"))
        #expect(!r.stderr.contains("root:"))
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func unbalancedCSVQuoteExitsOne() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("bad.csv").path
        try "Source,Target\na,\"b\nc,d\n".write(toFile: path, atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["convert", path, "-o", dir.appendingPathComponent("o.yaml").path])
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("\(path):2:3: error: the quoted field opened here is never closed"))
    }

    @Test func standardInputWithFrom() throws {
        let nodes = try CLIRunner.run(["convert", "-", "--from", "csv", "-o", "-", "--to", "yaml"], stdin: Data("Id,kind,name_fr\nocam,agency,Organe\n".utf8))
        #expect(nodes.status == 0)
        #expect(nodes.stdout.contains("  - id: ocam\n    kind: agency\n    name: {fr: \"Organe\"}"))
        let edges = try CLIRunner.run(["convert", "-", "--from", "edgelist", "-o", "-", "--to", "node-link"], stdin: Data("a b 2\nb c\n".utf8))
        #expect(edges.status == 0 && edges.stdout.contains(#""source":"a","target":"b","key":0,"type":"x-link","weight":2"#))
        let noFrom = try CLIRunner.run(["convert", "-", "-o", "-", "--to", "yaml"], stdin: Data())
        #expect(noFrom.status == 2 && noFrom.stderr.contains("needs --from"))
    }

    @Test func usageErrorsExitTwo() throws {
        let unknown = try CLIRunner.run(["convert", belgium, "-o", "x.unknown"])
        #expect(unknown.status == 2 && unknown.stderr.contains("give --to"))
        let badTo = try CLIRunner.run(["convert", belgium, "-o", "x", "--to", "xlsx"])
        #expect(badTo.status == 2 && badTo.stderr.contains("unknown format 'xlsx'"))
        let csvOut = try CLIRunner.run(["convert", belgium, "-o", "-", "--to", "csv"])
        #expect(csvOut.status == 2)
        let cypherIn = try CLIRunner.run(["convert", belgium, "-o", "x.yaml", "--from", "cypher"])
        #expect(cypherIn.status == 2)
        let missing = try CLIRunner.run(["convert", "/nonexistent.graphml", "-o", "x.yaml"])
        #expect(missing.status == 1 && missing.stderr.contains("no such file"))
    }

    @Test func unwritableOutputExitsThree() throws {
        let r = try CLIRunner.run(["convert", belgium, "-o", "/proc/agencygraph-cannot/x.gexf"])
        #expect(r.status == 3, "\(r.stderr)")
    }

    @Test func committedBelgianGEXFIsCurrent() throws {
        let r = try CLIRunner.run(["convert", belgium, "-o", "-", "--to", "gexf"])
        let committed = try Data(contentsOf: CLIRunner.packageRoot.appendingPathComponent("examples/belgium-counter-terrorism.gexf"))
        #expect(r.stdoutBytes == committed, "examples/belgium-counter-terrorism.gexf is stale: regenerate it (docs/formats.md)")
    }
}
