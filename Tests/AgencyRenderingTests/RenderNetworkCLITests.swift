import Foundation
import Testing
import AgencyGraphTestSupport

@Suite("agencygraph render NETWORK")
struct RenderNetworkCLITests {
    static let belgium = CLIRunner.packageRoot.appendingPathComponent("graphs/belgium-counter-terrorism.yaml").path

    func render(_ args: [String], ext: String = "svg") throws -> (CLIRunner.Result, URL) {
        let dir = try CLIRunner.temporaryDirectory()
        let out = dir.appendingPathComponent("out.\(ext)")
        let r = try CLIRunner.run(["render"] + args + ["-o", out.path])
        return (r, out)
    }

    @Test func rendersTheBelgianNetworkWithViewOptionsAndOverlays() throws {
        let (r, out) = try render([Self.belgium, "--kinds", "agency,level", "--at", "2016", "--lang", "fr",
                                   "--color-by", "level", "--highlight", "nodes:ocam,ctif"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.isEmpty)
        let svg = try SVG.parse([UInt8](try Data(contentsOf: out)))
        #expect(svg.dataNodes["ocam"]?.first?.label == "OCAM")
        #expect(svg.dataNodes.keys.allSatisfy { !$0.hasPrefix("obj_") })
        #expect(svg.element(id: "node-ocam")?.classes.contains("highlight") == true)
        #expect(svg.all("desc").first?.text.contains("Situation au 2016") == true)
        // National Security Council exists since 2015: in; the 2021 strategy: out (not an agency anyway).
        #expect(svg.dataNodes["national_security_council"] != nil)
    }

    @Test func focusRadius() throws {
        let (r, out) = try render([Self.belgium, "--focus", "ocam", "--radius", "1"])
        #expect(r.status == 0, "\(r.stderr)")
        let svg = try SVG.parse([UInt8](try Data(contentsOf: out)))
        let network = try Fixtures.belgium()
        let expected = Set(network.neighbours(of: "ocam") + ["ocam"]).filter { network.node(withID: $0)?.kind != .level }
        #expect(Set(svg.dataNodes.keys) == expected)
    }

    /// The "sfdp does not draw boxes" warning appears when boxes were asked for or would have been
    /// drawn, not for a network without levels that the automatic choice drew with sfdp.
    @Test func boxesWarningOnlyWhenBoxesAreMissed() throws {
        let lazega = CLIRunner.packageRoot.appendingPathComponent("examples/lazega-law-firm.yaml").path
        let (quiet, _) = try render([lazega, "--focus", "lawyer15", "--radius", "1"])
        #expect(quiet.status == 0, "\(quiet.stderr)")
        #expect(!quiet.stderr.contains("does not draw boxes"), "\(quiet.stderr)")
        let (asked, _) = try render([Self.belgium, "--engine", "sfdp", "--cluster-by", "level"])
        #expect(asked.status == 0, "\(asked.stderr)")
        #expect(asked.stderr.contains("the sfdp engine does not draw boxes (--cluster-by)"), "\(asked.stderr)")
        let (levels, _) = try render([Self.belgium, "--engine", "sfdp"])
        #expect(levels.stderr.contains("does not draw boxes"), "\(levels.stderr)")
    }

    @Test func diffOfTwoDates() throws {
        let (r, out) = try render([Self.belgium, "--at", "2022", "--diff", Self.belgium, "--diff-at", "2016"])
        #expect(r.status == 0, "\(r.stderr)")
        let svg = try SVG.parse([UInt8](try Data(contentsOf: out)))
        let added = Set(svg.descendants.filter { $0.classes.contains("diff-added") }.compactMap { $0.attributes["id"] })
        let removed = Set(svg.descendants.filter { $0.classes.contains("diff-removed") }.compactMap { $0.attributes["id"] })
        #expect(added.contains("node-national_strategy_ter"))
        #expect(added.contains("edge-national_strategy_ter-plan_r-supersedes") == false)  // plan_r is gone by 2022
        #expect(removed.contains("node-plan_r"))
        #expect(!added.contains("node-ocam") && !removed.contains("node-ocam"))
        #expect(svg.element(id: "legend-table")?.texts.contains("Compared with belgium-counter-terrorism.yaml (2016)") == true)
    }

    @Test(arguments: [("png", [UInt8]([0x89, 0x50, 0x4E, 0x47])), ("pdf", Array("%PDF".utf8)), ("dot", Array("digraph".utf8))])
    func otherFormats(ext: String, magic: [UInt8]) throws {
        let (r, out) = try render([Self.belgium, "--kinds", "agency,level"], ext: ext)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(Array([UInt8](try Data(contentsOf: out)).prefix(magic.count)) == magic)
    }

    @Test func sameCommandSameBytes() throws {
        let (_, a) = try render([Self.belgium])
        let (_, b) = try render([Self.belgium])
        #expect(try Data(contentsOf: a) == Data(contentsOf: b))
    }

    @Test func unknownValuesListTheAllowedOnes() throws {
        let (lang, _) = try render([Self.belgium, "--lang", "es"])
        #expect(lang.status == 2)
        #expect(lang.stderr.contains("'fr', 'nl', 'en'") && lang.stderr.contains("'de'"))
        let (cluster, _) = try render([Self.belgium, "--cluster-by", "colour"])
        #expect(cluster.status == 2)
        #expect(cluster.stderr.contains("'level'") && cluster.stderr.contains("'none'"))
        let (color, _) = try render([Self.belgium, "--color-by", "communities"])
        #expect(color.status == 2)
        #expect(color.stderr.contains("use level, kind, community, coverage"))
        let (highlight, _) = try render([Self.belgium, "--highlight", "spofs"])
        #expect(highlight.status == 2)
        #expect(highlight.stderr.contains("use nodes:ID1,ID2, spof, path:FROM,TO"))
        let (size, _) = try render([Self.belgium, "--size-by", "betweeness"])
        #expect(size.status == 2)
        #expect(size.stderr.contains("use degree, in-degree, out-degree, betweenness, closeness, harmonic, eigenvector, pagerank, katz"))
        let (figure, _) = try render([Self.belgium, "--figure", "matrix"])
        #expect(figure.status == 2)
        #expect(figure.stderr.contains("use coverage"))
        let (dotOnly, _) = try render([CLIRunner.packageRoot.appendingPathComponent("examples/belgium-coordination.dot").path, "--kinds", "agency"])
        #expect(dotOnly.status == 2)
        #expect(dotOnly.stderr.contains("--kinds applies to network files"))
    }

    @Test func unknownIDsGetADidYouMean() throws {
        let (focus, out) = try render([Self.belgium, "--focus", "ocamm"])
        #expect(focus.status == 1)
        #expect(focus.stderr == "error: --focus: no node 'ocamm' in the network (did you mean 'ocam'?)\n")
        #expect(!FileManager.default.fileExists(atPath: out.path))
        let (highlight, _) = try render([Self.belgium, "--highlight", "nodes:ocam,ctiff"])
        #expect(highlight.status == 1)
        #expect(highlight.stderr.contains("no node 'ctiff' in the view (did you mean 'ctif'?)"))
    }

    @Test func invalidNetworkFilesGiveLocatedErrors() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let bad = dir.appendingPathComponent("bad.yaml")
        try """
            format: 1
            network: bad
            title: "Bad"
            nodes:
              - id: a
                kind: agency
                lavel: federal
                assumption: "x"
            """.write(to: bad, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("out.svg")
        let r = try CLIRunner.run(["render", bad.path, "-o", out.path])
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("\(bad.path):7:5: error: unknown key 'lavel'"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
        let missing = try CLIRunner.run(["render", dir.appendingPathComponent("none.yaml").path, "-o", out.path])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no such file"))
    }

    @Test func dotIsRefusedAboveItsLimitWithAHint() throws {
        let dir = try CLIRunner.temporaryDirectory()
        var lines = ["format: 1", "network: big", "title: \"Big\"", "nodes:"]
        for i in 0...300 { lines.append("  - {id: a\(i), kind: agency, assumption: \"synthetic\"}") }
        let file = dir.appendingPathComponent("big.yaml")
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("big.svg")
        let refused = try CLIRunner.run(["render", file.path, "-o", out.path, "--engine", "dot", "--whole"])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("301 nodes are too many for 'dot' (limit 300") && refused.stderr.contains("--engine sfdp"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
        // With --whole the automatic choice draws it (sfdp).
        let auto = try CLIRunner.run(["render", file.path, "-o", out.path, "--no-legend", "--whole"])
        #expect(auto.status == 0, "\(auto.stderr)")
        let svg = try SVG.parse([UInt8](try Data(contentsOf: out)))
        #expect(svg.dataNodes.count == 301)
        #expect(svg.element(id: "legend") == nil)
    }

    /// A view over 300 nodes or 1,500 edges is drawn condensed by default (one box per level,
    /// else per community, with counts), with a note on standard error; --whole draws every node.
    @Test func largeViewsAreCondensedByDefault() throws {
        let dir = try CLIRunner.temporaryDirectory()
        var lines = ["format: 1", "network: big", "title: \"Big\"", "nodes:"]
        lines.append("  - {id: north, kind: level, name: {en: North}, rank: 1, assumption: \"synthetic\"}")
        lines.append("  - {id: south, kind: level, name: {en: South}, rank: 2, assumption: \"synthetic\"}")
        for i in 0 ..< 400 { lines.append("  - {id: a\(i), kind: agency, level: \(i < 100 ? "north" : "south"), assumption: \"synthetic\"}") }
        lines.append("edges:")
        for i in 1 ..< 400 { lines.append("  - {from: a\(i), to: a\((i * 7) % i), type: coordinates, assumption: \"synthetic\"}") }
        let file = dir.appendingPathComponent("big.yaml")
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("big.svg")
        let condensed = try CLIRunner.run(["render", file.path, "-o", out.path, "--highlight", "nodes:a1"])
        #expect(condensed.status == 0, "\(condensed.stderr)")
        #expect(condensed.stderr.contains("note: the view has 402 nodes and 399 edges, too many to read as a drawing"), "\(condensed.stderr)")
        #expect(condensed.stderr.contains("one box per level (2 boxes)") && condensed.stderr.contains("--highlight not drawn") && condensed.stderr.contains("--whole draws every node"))
        let text = try String(contentsOf: out, encoding: .utf8).replacingOccurrences(of: "&#45;", with: "-")
        #expect(text.contains("id=\"group-0\"") && text.contains("id=\"group-1\"") && !text.contains("id=\"group-2\""))
        #expect(text.contains("North") && text.contains("100 members") && text.contains("300 members"))
        #expect(text.utf8.count < 20_000)
        let whole = try CLIRunner.run(["render", file.path, "-o", out.path, "--whole", "--cluster-by", "none"])
        #expect(whole.status == 0 && !whole.stderr.contains("condensed"), "\(whole.stderr)")
        #expect(try SVG.parse([UInt8](try Data(contentsOf: out))).dataNodes.count == 402)
    }

    @Test func aLayoutOverTheTimeoutIsKilledWithAClearError() throws {
        let (r, out) = try render([Self.belgium, "--timeout", "0.01"])
        #expect(r.status == 1)
        #expect(r.stderr == "\(Self.belgium): error: layout and rendering took longer than 0.01 s (--timeout); use --engine sfdp, draw a smaller view (--kinds, --focus), or raise --timeout\n")
        #expect(!FileManager.default.fileExists(atPath: out.path))
        // Without the child process (--timeout 0) the same drawing is made, byte for byte.
        let (direct, directOut) = try render([Self.belgium, "--timeout", "0"])
        let (child, childOut) = try render([Self.belgium])
        #expect(direct.status == 0 && child.status == 0)
        #expect(try Data(contentsOf: directOut) == Data(contentsOf: childOut))
    }

    @Test func dotInputStillWorks() throws {
        let (r, out) = try render([CLIRunner.packageRoot.appendingPathComponent("examples/belgium-coordination.dot").path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try String(contentsOf: out, encoding: .utf8).contains("<svg"))
    }
}
