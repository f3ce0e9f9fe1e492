import Foundation
import Testing
import AgencyGraphTestSupport

/// Every command that takes a network reads every input format (docs/formats.md, "Input formats"):
/// the same chain a–b–c–d written in each format gives the same answer, with the import warnings
/// on standard error as `FILE: warning: …`.
@Suite("agencygraph input formats")
struct InputFormatTests {
    /// The chain a–b–c–d, undirected, in each format: file name → contents.
    static let chain: [String: String] = [
        "chain.graphml": """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <graph edgedefault="undirected">
                <node id="a"/><node id="b"/><node id="c"/><node id="d"/>
                <edge source="a" target="b"/><edge source="b" target="c"/><edge source="c" target="d"/>
              </graph>
            </graphml>
            """,
        "chain.gexf": """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" version="1.3">
              <graph defaultedgetype="undirected">
                <nodes><node id="a" label="a"/><node id="b" label="b"/><node id="c" label="c"/><node id="d" label="d"/></nodes>
                <edges><edge id="0" source="a" target="b"/><edge id="1" source="b" target="c"/><edge id="2" source="c" target="d"/></edges>
              </graph>
            </gexf>
            """,
        "chain.nodes.csv": "Id,Label\na,a\nb,b\nc,c\nd,d\n",
        "chain.edges.csv": "Source,Target\na,b\nb,c\nc,d\n",
        "chain.net": "*Vertices 4\n1 \"a\"\n2 \"b\"\n3 \"c\"\n4 \"d\"\n*Edges\n1 2\n2 3\n3 4\n",
        "chain.edges": "# a chain\na b\nb c\nc d\n",
        "chain.edgelist": "a,b\nb,c\nc,d\n",
        "chain.txt": "a b 1\nb c 1\nc d 1\n",
        "chain.json": #"{"directed": false, "multigraph": false, "graph": {}, "nodes": [{"id": "a"}, {"id": "b"}, {"id": "c"}, {"id": "d"}], "links": [{"source": "a", "target": "b"}, {"source": "b", "target": "c"}, {"source": "c", "target": "d"}]}"#,
        "chain.dot": "graph chain {\n  a -- b\n  b -- c\n  c -- d\n}\n",
    ]

    static func folder() throws -> URL {
        let dir = try CLIRunner.temporaryDirectory()
        for (name, text) in chain { try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return dir
    }

    /// The articulation points of the chain, as `spof --format csv` prints them.
    static let spofCSV = "node,types,#,cut off,levels,objectives losing the hub\r\nb,,1,a,,\r\nc,,1,d,,\r\n"

    @Test(arguments: [
        // (input as given, warnings expected on standard error)
        ("chain.graphml", ["the graph is undirected", "4 nodes without a kind: read as agency", "3 edges without a type: read as x-link", "7 nodes and edges without source or assumption"]),
        ("chain.gexf", ["the graph is undirected", "4 nodes without a kind: read as agency", "3 edges without a type: read as x-link", "7 nodes and edges without source or assumption"]),
        ("chain.csv", ["4 nodes without a kind: read as agency", "3 edges without a type: read as x-link", "7 nodes and edges without source or assumption"]),
        ("chain.net", ["the graph is undirected", "4 nodes without a kind: read as agency", "3 edges without a type: read as x-link", "7 nodes and edges without source or assumption"]),
        ("chain.edges", []),
        ("chain.edgelist", []),
        ("chain.txt", []),
        ("chain.json", ["the graph is undirected", "4 nodes without a kind: read as agency", "3 edges without a type: read as x-link", "7 nodes and edges without source or assumption"]),
        ("chain.dot", ["the graph is undirected", "4 nodes without a kind: read as agency", "3 edges without a type: read as x-link", "7 nodes and edges without source or assumption"]),
    ])
    func spofReadsEveryFormat(input: String, warnings: [String]) throws {
        let dir = try Self.folder()
        let path = dir.appendingPathComponent(input).path
        let r = try CLIRunner.run(["spof", path, "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == Self.spofCSV)
        let lines = r.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == warnings.count, "\(r.stderr)")
        for (line, warning) in zip(lines, warnings) {
            #expect(line.hasPrefix("\(path): warning: \(warning)"), "\(line)")
        }
    }

    @Test func statsOnAnEdgeListWithCommasAndWeights() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let file = dir.appendingPathComponent("w.edgelist")
        try "# weighted\na,b,2\nb c 0.5\n".write(to: file, atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["stats", file.path, "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let doc = try #require(try JSONSerialization.jsonObject(with: r.stdoutBytes) as? [String: Any])
        let result = try #require(doc["result"] as? [String: Any])
        #expect(result["nodeCount"] as? Int == 3)
        #expect(result["edgeCount"] as? Int == 2)
    }

    @Test func edgeListThatIsNotTextIsRefusedWithFileAndLine() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let latin1 = dir.appendingPathComponent("latin1.edges")
        try Data([0x61, 0x20, 0x62, 0x0A, 0x62, 0x20, 0x63, 0x61, 0x66, 0xE9, 0x0A]).write(to: latin1)
        let r = try CLIRunner.run(["stats", latin1.path])
        #expect(r.status == 1)
        #expect(r.stderr == "\(latin1.path):2:6: error: not valid UTF-8 text (a binary file, or another encoding such as Latin-1?)\n")
        let nul = dir.appendingPathComponent("nul.txt")
        try Data([0x61, 0x20, 0x62, 0x0A, 0x0A, 0x62, 0x00, 0x63, 0x0A]).write(to: nul)
        let n = try CLIRunner.run(["path", nul.path, "a", "b"])
        #expect(n.status == 1)
        #expect(n.stderr == "\(nul.path):3:2: error: a NUL byte: this looks like a binary file, not text\n")
    }

    @Test func edgeListSyntaxErrorsAreLocated() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let file = dir.appendingPathComponent("bad.edges")
        try "a b\nb c heavy\n".write(to: file, atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["centrality", file.path])
        #expect(r.status == 1)
        #expect(r.stderr == "\(file.path):2:5: error: 'heavy' is not a weight; an edge list line is 'u v' or 'u v w'\n")
    }

    @Test func renderDrawsGraphMLAndEdgeListsAsNetworksAndDOTAsItIs() throws {
        let dir = try Self.folder()
        for input in ["chain.graphml", "chain.edges"] {
            let out = dir.appendingPathComponent(input + ".svg")
            let path = dir.appendingPathComponent(input).path
            let r = try CLIRunner.run(["render", path, "-o", out.path])
            #expect(r.status == 0, "\(r.stderr)")
            // The import warnings, once (the drawing is made in a child process under --timeout).
            let warnings = r.stderr.split(separator: "\n").filter { $0.hasPrefix("\(path): warning: ") }
            #expect(warnings.count == (input == "chain.graphml" ? 4 : 0), "\(r.stderr)")
            let svg = try String(contentsOf: out, encoding: .utf8)
            // Drawn by AgencyRendering: the legend is there, and every node.
            #expect(svg.contains("<title>cluster_legend</title>"), "\(input)")
            for id in ["a", "b", "c", "d"] { #expect(svg.contains("<title>\(id)</title>"), "\(input)") }
        }
        let dot = dir.appendingPathComponent("chain.dot.svg")
        let r = try CLIRunner.run(["render", dir.appendingPathComponent("chain.dot").path, "-o", dot.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.isEmpty, "DOT is a drawing, not imported: no import warnings")
        let svg = try String(contentsOf: dot, encoding: .utf8)
        #expect(svg.contains("<title>chain</title>") && svg.contains("<title>a</title>"))
        #expect(!svg.contains("legend"))
    }

    @Test func briefReadsGraphML() throws {
        let dir = try Self.folder()
        let out = dir.appendingPathComponent("brief")
        let r = try CLIRunner.run(["brief", dir.appendingPathComponent("chain.graphml").path, "-o", out.path, "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("chain.graphml: warning: 4 nodes without a kind: read as agency"))
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(files.contains("briefing.html") && files.contains("briefing.json"))
        let data = try Data(contentsOf: out.appendingPathComponent("briefing.json"))
        let doc = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let findings = try #require(doc["findings"] as? [[String: Any]])
        let hub = try #require(findings.first { $0["id"] as? String == "finding-top-hub" })
        #expect(hub["subjects"] as? [String] == ["b"], "b is the most central node of the chain")
    }

    @Test func validateAndFmtWorkOnAgencyGraphFilesOnly() throws {
        let dir = try Self.folder()
        let graphml = dir.appendingPathComponent("chain.graphml").path
        let v = try CLIRunner.run(["validate", graphml])
        #expect(v.status == 1)
        #expect(v.stderr.hasPrefix("\(graphml): error: the file is read as GraphML, not AgencyGraph YAML/JSON; validate works on AgencyGraph files: convert it first"))
        let edges = dir.appendingPathComponent("chain.edges").path
        let f = try CLIRunner.run(["fmt", edges])
        #expect(f.status == 1)
        #expect(f.stderr.hasPrefix("\(edges): error: the file is read as edge list, not AgencyGraph YAML/JSON; fmt works on AgencyGraph files"))
        // Node-link JSON as NetworkX (and `convert -o X.json`) writes it: one line, not an error
        // per node and edge.
        let nodeLink = dir.appendingPathComponent("chain.json").path
        let n = try CLIRunner.run(["validate", nodeLink])
        #expect(n.status == 1)
        #expect(n.stderr.hasPrefix("\(nodeLink): error: the file is read as node-link JSON, not AgencyGraph YAML/JSON; validate works on AgencyGraph files"), "\(n.stderr)")
        // The refusal and the summary line, no error per node or edge.
        #expect(n.stderr.split(separator: "\n").count == 2, "\(n.stderr)")
        // An AgencyGraph JSON file with a mistake still gets its located errors.
        let wrong = dir.appendingPathComponent("wrong.json")
        try #"{"title": {"en": "x"}, "nodes": [{"id": "a", "kind": "agency", "target": 1}]}"#.write(to: wrong, atomically: true, encoding: .utf8)
        let w = try CLIRunner.run(["validate", wrong.path])
        #expect(w.status == 1)
        #expect(w.stderr.contains("\(wrong.path):1:1: error: missing required top-level key 'format'"), "\(w.stderr)")
    }

    @Test func aFileWhoseFormatCannotBeToldIsRefused() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let file = dir.appendingPathComponent("mystery.dat")
        try "one two three four\n".write(to: file, atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["stats", file.path])
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("\(file.path): error: cannot tell the format from the name or the content"))
    }
}
