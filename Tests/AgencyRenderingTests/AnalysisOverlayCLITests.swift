@testable import AgencyRendering
import Foundation
import Graphviz
import Testing
import AgencyGraphTestSupport

/// `render` with overlays computed by the analyses, on a hand-made network whose answers are
/// worked out by hand below, and the coverage heatmap.
///
/// The network: agencies a, b, c (level l1) in a triangle; c — d; agencies d, e, f (level l2) in a
/// triangle; g → f. Objectives o1 (a, b, e contribute) and o2 (a contributes).
/// Read undirected, among the agencies (`--kinds agency`):
/// - articulation points: c (cuts a, b off), d (cuts e, f, g off), f (cuts g off); a, b, e, g are
///   not (each triangle survives losing one corner; g is a leaf);
/// - bridges: c — d and f — g (every other edge lies on a triangle);
/// - degrees: c, d, f have 3; a, b, e have 2; g has 1.
/// With the objectives in the view, o1 joins the triangles a second way (a — o1 — e), so c and d
/// are no longer articulation points nor c — d a bridge; a becomes one (o2 hangs on it alone),
/// with the bridge a — o2: articulation points a, f; bridges a — o2, f — g.
@Suite("render: overlays from the analyses")
struct AnalysisOverlayCLITests {
    static let network = """
        format: 1
        network: handmade
        title: "Hand-made"
        nodes:
          - {id: l1, kind: level, name: "Upper", rank: 1, assumption: "test"}
          - {id: l2, kind: level, name: "Lower", rank: 2, assumption: "test"}
          - {id: a, kind: agency, name: "A", level: l1, assumption: "test"}
          - {id: b, kind: agency, name: "B", level: l1, assumption: "test"}
          - {id: c, kind: agency, name: "C", level: l1, assumption: "test"}
          - {id: d, kind: agency, name: "D", level: l2, assumption: "test"}
          - {id: e, kind: agency, name: "E", level: l2, assumption: "test"}
          - {id: f, kind: agency, name: "F", level: l2, assumption: "test"}
          - {id: g, kind: agency, name: "G", level: l2, assumption: "test"}
          - {id: o1, kind: objective, name: "<script>alert('x')</script> & \\"q\\" \\\\N &amp;", assumption: "test"}
          - {id: o2, kind: objective, name: "Second objective", assumption: "test"}
        edges:
          - {from: a, to: b, type: coordinates, assumption: "test"}
          - {from: b, to: c, type: coordinates, assumption: "test"}
          - {from: c, to: a, type: informs, assumption: "test"}
          - {from: c, to: d, type: coordinates, assumption: "test"}
          - {from: d, to: e, type: informs, assumption: "test"}
          - {from: e, to: f, type: coordinates, assumption: "test"}
          - {from: f, to: d, type: coordinates, assumption: "test"}
          - {from: g, to: f, type: reports_to, assumption: "test"}
          - {from: a, to: o1, type: contributes_to, assumption: "test"}
          - {from: a, to: o2, type: contributes_to, assumption: "test"}
          - {from: b, to: o1, type: contributes_to, assumption: "test"}
          - {from: e, to: o1, type: contributes_to, assumption: "test"}

        """
    static let hostileName = "<script>alert('x')</script> & \"q\" \\N &amp;"

    static func file() throws -> String {
        let dir = try CLIRunner.temporaryDirectory()
        let url = dir.appendingPathComponent("handmade.yaml")
        try Data(network.utf8).write(to: url)
        return url.path
    }

    func render(_ args: [String], ext: String = "svg") throws -> (CLIRunner.Result, URL) {
        let dir = try CLIRunner.temporaryDirectory()
        let out = dir.appendingPathComponent("out.\(ext)")
        let r = try CLIRunner.run(["render"] + args + ["-o", out.path])
        return (r, out)
    }

    func svg(_ args: [String]) throws -> SVGElement {
        let (r, out) = try render(args)
        #expect(r.status == 0, "\(r.stderr)")
        return try SVG.parse([UInt8](try Data(contentsOf: out)))
    }

    func marked(_ svg: SVGElement, _ cls: String) -> Set<String> {
        Set(svg.descendants.filter { $0.classes.contains(cls) }.compactMap { $0.attributes["id"] })
    }

    @Test func spofHighlightsExactlyTheArticulationPointsAndBridgesOfTheView() throws {
        let path = try Self.file()
        let agencies = try svg([path, "--kinds", "agency", "--highlight", "spof"])
        #expect(marked(agencies, "highlight-spof") == ["node-c", "node-d", "node-f", "edge-c-d-coordinates", "edge-g-f-reports_to"])
        let legend = try #require(agencies.element(id: "legend-table")).texts.joined(separator: " ")
        #expect(legend.contains("Single points of failure: 3 articulation points, 2 bridges"))
        let french = try svg([path, "--kinds", "agency", "--highlight", "spof", "--lang", "fr"])
        #expect(try #require(french.element(id: "legend-table")).texts.joined(separator: " ")
            .contains("Points uniques de défaillance : 3 points d’articulation, 2 ponts"))
        // The analysis runs on the view drawn: with the objectives, a and a — o2 join.
        let all = try svg([path, "--cluster-by", "none", "--highlight", "spof"])
        #expect(marked(all, "highlight-spof") == ["node-a", "node-f", "edge-g-f-reports_to", "edge-a-o2-contributes_to"])
    }

    @Test func pathHighlightFollowsAShortestPathAndNoPathIsAMessage() throws {
        let path = try Self.file()
        // a → d: a → b → c → d or a ← c: c → a is the edge, so in the directed view a reaches c
        // only through b (a → b → c), then c → d.
        let drawn = try svg([path, "--kinds", "agency", "--highlight", "path:a,d"])
        #expect(marked(drawn, "path") == ["edge-a-b-coordinates", "edge-b-c-coordinates", "edge-c-d-coordinates"])
        #expect(marked(drawn, "path-node") == ["node-a", "node-b", "node-c", "node-d"])
        // Undirected, c — a is one hop.
        let undirected = try svg([path, "--kinds", "agency", "--undirected", "--highlight", "path:a,d"])
        #expect(marked(undirected, "path") == ["edge-c-a-informs", "edge-c-d-coordinates"])
        // d cannot reach a following the edges' direction.
        let (none, out) = try render([path, "--kinds", "agency", "--highlight", "path:d,a"])
        #expect(none.status == 1)
        #expect(none.stderr.hasPrefix("error: --highlight path:d,a: no path from 'd' to 'a' in the view"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
        let (unknown, _) = try render([path, "--highlight", "path:a,zz"])
        #expect(unknown.status == 1)
        let (malformed, _) = try render([path, "--highlight", "path:a"])
        #expect(malformed.status == 2)
        #expect(malformed.stderr.contains("path:FROM,TO"))
    }

    @Test func sizeByGrowsWithTheMeasure() throws {
        let path = try Self.file()
        let drawn = try svg([path, "--kinds", "agency", "--undirected", "--size-by", "degree"])
        func height(_ id: String) throws -> Double {
            let extent = try #require(drawn.dataNodes[id]?.first?.verticalExtent)
            return extent.upperBound - extent.lowerBound
        }
        let three = try ["c", "d", "f"].map(height), two = try ["a", "b", "e"].map(height), one = try height("g")
        #expect(Set(three.map { ($0 * 10).rounded() }).count == 1)
        #expect(Set(two.map { ($0 * 10).rounded() }).count == 1)
        #expect(three[0] > two[0] && two[0] > one)
        #expect(marked(drawn, "sized").count == 7)
        #expect(try #require(drawn.element(id: "legend-table")).texts.joined(separator: " ").contains("degree, undirected"))
    }

    @Test func sizeByBetweennessOnTheBelgianNetworkIsMonotone() throws {
        let belgium = RenderNetworkCLITests.belgium
        // The size given to each node (a node grows further when its label needs it, so the
        // drawn size is not the measure): canonical DOT carries the width given.
        let (r, out) = try render([belgium, "--kinds", "agency,body,group", "--undirected", "--size-by", "betweenness"], ext: "dot")
        #expect(r.status == 0, "\(r.stderr)")
        let dot = try String(contentsOf: out, encoding: .utf8)
        var size: [String: Double] = [:]
        let statement = try Regex(#"\n\t+([a-z0-9_]+)\t\[class="kind-[^"]*\bsized\b[^"]*"(?s:.*?)width=([0-9.]+)\];"#)
        for match in dot.matches(of: statement) {
            size[String(match.output[1].substring!)] = Double(String(match.output[2].substring!))
        }
        let json = try CLIRunner.run(["centrality", belgium, "--kinds", "agency,body,group", "--undirected",
                                      "--measure", "betweenness", "--format", "json"])
        #expect(json.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let report = try #require(object["result"] as? [String: Any])
        let rows = try #require(report["rows"] as? [[String: Any]])
        var value: [String: Double] = [:]
        for row in rows {
            let node = try #require(row["node"] as? [String: Any])
            value[try #require(node["id"] as? String)] = try #require((row["scores"] as? [Double])?.first)
        }
        #expect(Set(size.keys) == Set(value.keys))
        for u in value.keys { for v in value.keys where value[u]! > value[v]! + 1e-9 {
            #expect(size[u]! >= size[v]!, "\(u) \(value[u]!) vs \(v) \(value[v]!)")
        } }
        let top = value.keys.max { value[$0]! < value[$1]! }!
        let bottom = value.keys.min { value[$0]! < value[$1]! }!
        #expect(size[top]! > size[bottom]!)
    }

    @Test func communityColoursAreDeterministicAndFollowTheCommunities() throws {
        let path = try Self.file()
        func groups(_ svg: SVGElement) -> [String: String] {
            var out: [String: String] = [:]
            for (id, g) in svg.dataNodes { out[id] = g.first?.classes.first { $0.hasPrefix("group-") } }
            return out
        }
        let first = groups(try svg([path, "--kinds", "agency", "--color-by", "community"]))
        // Two triangles joined by one edge: each triangle is one community; g goes with f.
        #expect(Set(["a", "b", "c"].map { first[$0] }).count == 1)
        #expect(Set(["d", "e", "f", "g"].map { first[$0] }).count == 1)
        #expect(first["a"] != first["d"] && first["a"] != nil)
        let belgium = RenderNetworkCLITests.belgium
        let (one, a) = try render([belgium, "--kinds", "agency,level,body,group", "--color-by", "community", "--seed", "3"])
        let (two, b) = try render([belgium, "--kinds", "agency,level,body,group", "--color-by", "community", "--seed", "3"])
        #expect(one.status == 0 && two.status == 0)
        #expect(try Data(contentsOf: a) == Data(contentsOf: b))
        let colours = groups(try SVG.parse([UInt8](try Data(contentsOf: a))))
        #expect(Set(colours.values).count > 1)
    }

    @Test func coverageColoursActorsByTheirObjectives() throws {
        let path = try Self.file()
        let drawn = try svg([path, "--cluster-by", "none", "--color-by", "coverage"])
        func group(_ id: String) -> String? { drawn.dataNodes[id]?.first?.classes.first { $0.hasPrefix("group-") } }
        // Buckets 0, 1, 2–3, 4–7, 8+ are groups 1 to 5: a contributes to o1 and o2 (2), b and e to o1.
        #expect(group("a") == "group-3")
        #expect(group("b") == "group-2" && group("e") == "group-2")
        #expect(["c", "d", "f", "g"].allSatisfy { group($0) == "group-1" })
        #expect(group("o1") == nil && group("l1") == nil)
        let legend = try #require(drawn.element(id: "legend-table")).texts
        #expect(legend.contains("2–3 objectives") && legend.contains("0 objectives") && !legend.contains("8+ objectives"))
        let (agencies, _) = try render([path, "--kinds", "agency", "--color-by", "coverage"])
        #expect(agencies.status == 0)
        #expect(agencies.stderr.contains("warning: --color-by coverage: the view has no objectives"))
    }

    @Test func coverageHeatmapCellsAreTheCountsAndLabelsAreLiteral() throws {
        let path = try Self.file()
        let (r, out) = try render([path, "--figure", "coverage"])
        #expect(r.status == 0, "\(r.stderr)")
        let svg = try SVG.parse([UInt8](try Data(contentsOf: out)))
        let texts = try #require(svg.element(id: "heatmap-table")).texts
        // Header, then per objective: label, l1 count, l2 count, total. By hand: o1 has a, b (l1)
        // and e (l2); o2 has a (l1).
        #expect(texts == ["objective", "Upper", "Lower", "all levels",
                          Self.hostileName, "2", "1", "3",
                          "Second objective", "1", "0", "1"])
        #expect(svg.all("desc").first?.text.contains("2 rows × 2 columns; 1 empty cells") == true)
        let (nl, nlOut) = try render([path, "--figure", "coverage", "--lang", "nl"])
        #expect(nl.status == 0)
        #expect(try SVG.parse([UInt8](try Data(contentsOf: nlOut))).element(id: "heatmap-table")?.texts.prefix(1) == ["doelstelling"])
        let (used, _) = try render([path, "--figure", "coverage", "--highlight", "spof"])
        #expect(used.status == 2)
        #expect(used.stderr.contains("cannot be used with --figure"))
        let (png, pngOut) = try render([path, "--figure", "coverage"], ext: "png")
        #expect(png.status == 0)
        #expect(try Data(contentsOf: pngOut).prefix(4) == Data([0x89, 0x50, 0x4E, 0x47]))
    }
}

@Suite("Coverage heatmap")
struct CoverageHeatmapTests {
    @Test func cellsCarryTheCountAndAGreyShadeDarkeningWithIt() throws {
        let heatmap = CoverageHeatmap(title: "T", rowLabels: ["r1", "r2"], columnLabels: ["x", "y", "z"],
                                      counts: [[0, 1, 2], [4, 6, 9]])
        let out = try heatmap.render(format: .svg)
        #expect(out.warnings.isEmpty, "\(out.warnings)")
        let svg = try SVG.parse(out.data)
        let table = try #require(svg.element(id: "heatmap-table"))
        #expect(table.texts == [" ", "x", "y", "z", "r1", "0", "1", "2", "r2", "4", "6", "9"])
        // Filled cell backgrounds, in row order, get darker as the count grows (greyscale).
        let fills = table.all("polygon").compactMap { $0.attributes["fill"] }.filter { $0 != "none" }
        #expect(fills == ["#ffffff", "#e3e3e3", "#bdbdbd", "#8c8c8c", "#525252", "#1f1f1f"])
        func grey(_ hex: String) -> Int { Int(hex.dropFirst().prefix(2), radix: 16)! }
        #expect(zip(fills, fills.dropFirst()).allSatisfy { grey($0) > grey($1) })
        // Dark cells get white text.
        let counts = table.all("text").filter { ["6", "9"].contains($0.text) }
        #expect(counts.allSatisfy { $0.attributes["fill"] == "#ffffff" })
        let key = try #require(svg.element(id: "heatmap-key")).texts
        #expect(key == ["shade: count", "0", "1", "2", "3–4", "5–7", "8+"])
    }

    @Test func hostileLabelsRenderLiterally() throws {
        let hostile = ["<script>alert(1)</script>", "a\"b'c", "\\N \\G \\l", "&amp; &lt;", "]]>"]
        let heatmap = CoverageHeatmap(title: "<b>T</b> \\N", rowLabels: hostile, columnLabels: ["&", "<td>"],
                                      counts: hostile.map { _ in [1, 0] })
        let out = try heatmap.render(format: .svg)
        #expect(out.warnings.isEmpty, "\(out.warnings)")
        let svg = try SVG.parse(out.data)
        let texts = try #require(svg.element(id: "heatmap-table")).texts
        for label in hostile { #expect(texts.contains(label)) }
        #expect(texts.contains("&") && texts.contains("<td>"))
        #expect(svg.all("title").first?.text == "<b>T</b> \\N")
    }

    @Test func malformedMatricesAreRefused() {
        #expect(throws: DiagramError.self) { try CoverageHeatmap(title: "T", rowLabels: ["a"], columnLabels: ["x"], counts: []).graph() }
        #expect(throws: DiagramError.self) { try CoverageHeatmap(title: "T", rowLabels: ["a"], columnLabels: ["x"], counts: [[1, 2]]).graph() }
        #expect(throws: DiagramError.self) { try CoverageHeatmap(title: "T", rowLabels: ["a"], columnLabels: ["x"], counts: [[-1]]).graph() }
    }

    @Test func sameDataSameBytes() throws {
        let h = CoverageHeatmap(title: "T", rowLabels: ["a", "b"], columnLabels: ["x"], counts: [[3], [0]], rowTotals: [3, 0])
        #expect(try h.render().data == (try h.render().data))
    }
}
