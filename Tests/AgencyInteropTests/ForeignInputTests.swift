import AgencyModel
import Foundation
import Testing
@testable import AgencyInterop
import Graphviz

/// Files as other tools write them: the documented mapping rules for what does not fit.
@Suite struct ForeignInputTests {
    /// GraphML as NetworkX's write_graphml writes it (key ids d0…, per-pair edge ids 0, 0, 1).
    @Test func networkxGraphML() throws {
        let text = """
            <?xml version='1.0' encoding='utf-8'?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="d2" for="edge" attr.name="relation" attr.type="string"/>
              <key id="d1" for="node" attr.name="pos" attr.type="string"/>
              <key id="d0" for="node" attr.name="kind" attr.type="string"><default>agency</default></key>
              <graph edgedefault="directed">
                <node id="Police Fédérale"><data key="d1">1,2</data></node>
                <node id="EU"><data key="d0">body</data></node>
                <node id="Court"><data key="d0">tribunal</data></node>
                <edge source="Police Fédérale" target="EU" id="0"><data key="d2">reports</data></edge>
                <edge source="Police Fédérale" target="EU" id="1"/>
                <edge source="EU" target="Court" id="0"/>
              </graph>
            </graphml>
            """
        let result = try GraphML.read(text, file: "nx.graphml")
        let n = result.network
        #expect(n.nodes.map(\.id) == ["police_federale", "eu", "court"])
        #expect(n.nodes[0].name == LocalizedText(universal: "Police Fédérale"))
        #expect(n.nodes[0].kind == .agency)          // the key's <default>
        #expect(n.nodes[0].notes == "pos: 1,2")
        #expect(n.nodes[1].kind == .body)
        #expect(n.nodes[2].kind == .agency && n.nodes[2].tags == ["kind:tribunal"])
        #expect(n.edges.map(\.type.rawValue) == ["x-link", "x-link", "x-link"])
        #expect(n.edges[0].notes == "relation: reports")
        #expect(n.edges.allSatisfy { $0.id == nil })  // NetworkX keys repeat: not ids
        #expect(n.nodes.allSatisfy { $0.assumption?.contains("Imported from nx (GraphML)") == true })
        let w = result.warnings.joined(separator: "\n")
        #expect(w.contains("ids that are not AgencyGraph ids"))
        #expect(w.contains("'Police Fédérale' → 'police_federale'"))
        #expect(w.contains("kind:…"))
        #expect(w.contains("kept in notes"))
        #expect(w.contains("3 edge ids that are repeated"))
        #expect(w.contains("without a type: read as x-link"))
    }

    /// GraphML as igraph writes it: its own node ids with ours in an `id` attribute, every
    /// attribute on every element with "" for none.
    @Test func igraphGraphML() throws {
        let text = """
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="v_kind" for="node" attr.name="kind" attr.type="string"/>
              <key id="v_since" for="node" attr.name="since" attr.type="string"/>
              <key id="v_id" for="node" attr.name="id" attr.type="string"/>
              <key id="e_type" for="edge" attr.name="type" attr.type="string"/>
              <graph id="G" edgedefault="directed">
                <node id="n0"><data key="v_kind">agency</data><data key="v_since"></data><data key="v_id">ocam</data></node>
                <node id="n1"><data key="v_kind">level</data><data key="v_since">2006</data><data key="v_id">federal</data></node>
                <edge source="n0" target="n1"><data key="e_type">operates_at</data></edge>
              </graph>
            </graphml>
            """
        let result = try GraphML.read(text, file: "ig.graphml")
        #expect(result.network.nodes.map(\.id) == ["ocam", "federal"])
        #expect(result.network.nodes[0].validity.since == nil && result.network.nodes[0].notes == nil)
        #expect(result.network.nodes[1].validity.since == PartialDate(year: 2006))
        #expect(result.network.edges.map { "\($0.from)>\($0.to)" } == ["ocam>federal"])
        #expect(!result.warnings.contains { $0.contains("rewritten") || $0.contains("notes") })
    }

    /// Our ids survive a trip through NetworkX, whose own keys (0, 1, …) are dropped.
    @Test func agencyGraphEdgeIDsAmongNetworkXKeys() throws {
        let text = """
            <graphml><graph>
            <node id="a"/><node id="b"/>
            <edge source="a" target="b" id="ours"/><edge source="a" target="b" id="0"/><edge source="b" target="a" id="0"/><edge source="b" target="a" id="1"/>
            </graph></graphml>
            """
        let result = try GraphML.read(text, file: "nx.graphml")
        #expect(result.network.edges.map(\.id) == ["ours", nil, nil, nil])
        #expect(result.warnings.contains { $0.hasPrefix("3 edge ids") })
    }

    /// GEXF as Gephi writes it: numeric attribute ids, spells, positions.
    @Test func gephiGEXF() throws {
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
              <graph defaultedgetype="undirected" mode="dynamic" timeformat="date">
                <attributes class="node"><attribute id="0" title="kind" type="string"/></attributes>
                <nodes>
                  <node id="a" label="Agency A" start="2010-01-01">
                    <attvalues><attvalue for="0" value="agency"/></attvalues>
                    <viz:position x="1.0" y="2.0"/>
                  </node>
                  <node id="b" label="B"><spells><spell start="2001-01-01" end="2002-12-31"/><spell start="2005-01-01" end="2006-06-30"/></spells></node>
                </nodes>
                <edges><edge id="0" source="a" target="b" kind="cooperates_with" weight="2"/></edges>
              </graph>
            </gexf>
            """
        let result = try GEXF.read(text, file: "gephi.gexf")
        let n = result.network
        #expect(n.nodes[0].name == LocalizedText(universal: "Agency A"))
        #expect(n.nodes[0].validity.since == PartialDate(parsing: "2010-01-01"))
        #expect(n.nodes[1].validity == ValidityPeriod(since: PartialDate(parsing: "2001-01-01"), until: PartialDate(parsing: "2006-06-30")))
        #expect(n.edges[0].type == .cooperatesWith && n.edges[0].weight == 2 && n.edges[0].id == "0")
        let w = result.warnings.joined(separator: "\n")
        #expect(w.contains("viz positions") && w.contains("dropped"))
        #expect(w.contains("several spells"))
        #expect(w.contains("undirected"))
    }

    /// Gephi's edges table alone: Source, Target, Type = Directed/Undirected, Label, Weight.
    @Test func gephiEdgeTable() throws {
        let text = "Source,Target,Type,Id,Label,Weight\r\nOCAM,CTIF,Directed,1,informs,3\r\nOCAM,\"Police, fed\",Directed,2,,\r\n"
        let n = try CSVFormat.read(nodes: nil, edges: (text, "edges.csv")).network
        #expect(n.nodes.map(\.id) == ["ocam", "ctif", "police_fed"])
        #expect(n.edges.map(\.type.rawValue) == ["informs", "x-link"])
        #expect(n.edges[0].weight == 3 && n.edges[1].weight == nil)
        #expect(n.edges.map(\.id) == ["1", "2"])
    }

    /// A spreadsheet in a Belgian locale saves "CSV" with semicolons (and a BOM, and decimal commas
    /// are then quoted or absent): read the same.
    @Test func semicolonSeparatedSpreadsheet() throws {
        let text = "Id;Label;kind;name_fr\r\nocam;OCAM;agency;\"Organe; de coordination\"\r\nctif;CTIF;agency;Cellule\r\n"
        let n = try Interop.read(text, format: .csv, file: "nodes.csv").network
        #expect(n.nodes.map(\.id) == ["ocam", "ctif"])
        #expect(n.nodes[0].name == LocalizedText(["fr": "Organe; de coordination"]))
        let edges = try Interop.read("Source;Target;Weight\nocam;ctif;\"2.5\"\n", format: .csv, file: "edges.csv").network
        #expect(edges.edges.map(\.weight) == [2.5])
    }

    /// CSV cells a spreadsheet would run as formulas are written with a leading quote and read back.
    @Test func formulaCellsAreNeutralised() throws {
        let node = Node(id: "a", kind: .agency, name: LocalizedText(universal: "=HYPERLINK(\"http://x\")"), notes: "'=already", assumption: "@SUM(1)")
        let written = CSVFormat.write(Network(id: "n", title: LocalizedText(universal: "t"), nodes: [node]))
        #expect(written.nodes.contains("'=HYPERLINK(\"\"http://x\"\")"))
        #expect(written.nodes.contains("''=already"))
        #expect(!written.nodes.contains(",=") && !written.nodes.contains(",@"))
        let back = try CSVFormat.read(nodes: (written.nodes, "n.nodes.csv"), edges: nil).network
        #expect(back.nodes[0].name == node.name && back.nodes[0].notes == node.notes && back.nodes[0].assumption == node.assumption)
    }

    /// DOT as a person writes it: clusters, drawing attributes, edge labels, HTML-free labels.
    @Test func handWrittenDOT() throws {
        let text = """
            digraph G {
              rankdir=LR;
              subgraph cluster_fed { label="Federal"; ocam [label="OCAM\\nthreat", color=red]; }
              ocam -> police [label="informs", penwidth=2];
              police -> "Parquet fédéral";
            }
            """
        let result = try DOT.read(text, file: "hand.dot")
        let n = result.network
        #expect(n.nodes.map(\.id) == ["ocam", "police", "parquet_federal"])
        #expect(n.nodes[0].name == LocalizedText(universal: "OCAM\nthreat"))
        #expect(n.edges[0].type == .informs)
        #expect(n.edges[1].type.rawValue == "x-link")
        let w = result.warnings.joined(separator: "\n")
        #expect(w.contains("Graphviz drawing attributes dropped: color, penwidth, rankdir"))
        #expect(w.contains("subgraphs/clusters dropped"))
    }

    /// DOT written by us renders with Graphviz and shows the labels literally.
    @Test func writtenDOTIsValidGraphviz() throws {
        let network = try Fixtures.load("examples/synthetic.yaml")
        let text = DOT.write(network).text
        let parsed = try Graphviz.parse(dot: text)
        #expect(parsed.nodes.count == network.nodes.count && parsed.edges.count == network.edges.count)
        #expect(parsed.nodes.first { $0.name == "agency_a" }?.attributes.contains { $0.name == "label" && $0.value == "AGA" } == true)
        let svg = String(decoding: try Graphviz.render(dot: text, engine: .dot, format: .svg).data, as: UTF8.self)
        #expect(svg.contains(">AGA</text>"))
    }

    @Test func pajekAsNetworkXWritesIt() throws {
        let text = "*vertices 3\n1 \"a b\" 0.1 0.2 ellipse\n2 c\n3 d\n*arcs\n1 2 1.0\n2 3 2.5 l \"funds\"\n*edges\n3 1\n"
        let result = try Pajek.read(text, file: "x.net")
        #expect(result.network.nodes.map(\.id) == ["a_b", "c", "d"])
        #expect(result.network.edges.map(\.type.rawValue) == ["x-link", "funds", "x-link"])
        #expect(result.network.edges.map(\.weight) == [nil, 2.5, nil])
        #expect(result.warnings.contains { $0.contains("coordinates") && $0.contains("dropped") })
        let unclosed = #"*Vertices 1"# + "\n1 \"open\n"
        #expect(throws: InteropError(file: "x.net", line: 2, column: 3, "the quoted label opened here is not closed on its line")) {
            try Pajek.read(unclosed, file: "x.net")
        }
    }

    @Test func edgeListErrorsAreLocated() throws {
        #expect(throws: InteropError(file: "e.txt", line: 3, column: 3, "an edge line needs two node names ('u v' or 'u v w')")) {
            try EdgeList.read("a b\n# comment\n  lonely\n", file: "e.txt")
        }
        #expect(throws: InteropError(file: "e.txt", line: 1, column: 5, "'heavy' is not a weight; an edge list line is 'u v' or 'u v w'")) {
            try EdgeList.read("a b heavy\n", file: "e.txt")
        }
    }

    @Test func nodeLinkWithLinksKeyAndUndirected() throws {
        let text = #"{"directed": false, "multigraph": false, "graph": {"name": "g"}, "nodes": [{"id": 1, "kind": "level", "rank": 2}, {"id": 2}], "links": [{"source": 1, "target": 2, "weight": 0.5, "extra": [1, 2]}]}"#
        let result = try NodeLinkJSON.read(text, file: "nl.json")
        #expect(result.network.nodes.map(\.id) == ["1", "2"])
        #expect(result.network.nodes[0].kind == .level && result.network.nodes[0].rank == 2)
        #expect(result.network.edges[0].weight == 0.5)
        #expect(result.warnings.contains { $0.contains("lists, objects or null dropped") })
        #expect(result.warnings.contains { $0.contains("undirected") })
        #expect(result.warnings.contains { $0.contains("name: g") && $0.contains("dropped") })
    }

    @Test func cypherEscapesEveryValueAndName() throws {
        let node = Node(id: "a", kind: NodeKind(rawValue: "x-court"), name: LocalizedText(universal: "x'}) DETACH DELETE n //\\"), tags: ["t'1"], assumption: "a\nb")
        let edge = Edge(from: "a", to: "a", type: EdgeType(rawValue: "x-odd"), weight: 2, assumption: "ok")
        let text = Cypher.write(Network(id: "n", title: LocalizedText(universal: "t"), nodes: [node], edges: [edge])).text
        #expect(text.contains(#"`name`: 'x\'}) DETACH DELETE n //\\'"#))
        #expect(text.contains(#"`tags`: ['t\'1']"#))
        #expect(text.contains(#"`assumption`: 'a\nb'"#))
        #expect(text.contains("SET n:`XCourt`"))
        #expect(text.contains("[r:`X_ODD` {key: '#0'}]"))
        #expect(text.contains("`weight`: 2.0"))
        #expect(!text.contains("\nDETACH"))
    }
}

@Suite struct SmallRulesTests {
    @Test func byteOrderMarkIsNotContent() throws {
        let r = try Interop.read("\u{FEFF}<graphml><graph><node id=\"a\"/></graph></graphml>", format: .graphml, file: "bom.graphml")
        #expect(r.network.nodes.map(\.id) == ["a"])
    }

    @Test func manyIdsRewrittenToOneBaseStayUniqueAndFast() throws {
        let specials = Array("!@$%^&*()+=")
        var lines: [String] = []
        for a in specials { for b in specials { for c in specials { lines.append("a\(a)\(b)\(c) z") } } }
        let start = Date()
        let n = try EdgeList.read(lines.joined(separator: "\n"), file: "same.txt").network
        #expect(Set(n.nodes.map(\.id)).count == n.nodes.count)
        #expect(n.nodes.count == lines.count + 1)
        #expect(n.nodes.filter { $0.id.hasPrefix("a_") }.count == lines.count)
        #expect(Date().timeIntervalSince(start) < 10)
    }

    @Test func formatsFromNames() {
        #expect(InteropFormat(outputPath: "x/y.GEXF") == .gexf)
        #expect(InteropFormat(outputPath: "y.json") == .nodeLink)
        #expect(InteropFormat(outputPath: "y.neo4j") == .neo4jAdmin)
        #expect(InteropFormat(outputPath: "y.xlsx") == nil)
        #expect(CSVFormat.paths(forOutput: "out/b.csv") == ("out/b.nodes.csv", "out/b.edges.csv"))
        #expect(CSVFormat.paths(forOutput: "out/b.edges.csv") == ("out/b.nodes.csv", "out/b.edges.csv"))
        #expect(InteropFormat.allCases.filter { !$0.isReadable } == [.cypher])
    }

    @Test func ourJSONAndNodeLinkAreToldApart() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let network = try Fixtures.load("examples/synthetic.yaml")
        let ours = folder.appendingPathComponent("ours.json").path
        let theirs = folder.appendingPathComponent("theirs.json").path
        try NetworkWriter.json(network).write(toFile: ours, atomically: true, encoding: .utf8)
        try NodeLinkJSON.write(network).text.write(toFile: theirs, atomically: true, encoding: .utf8)
        #expect(InteropFormat(inputPath: ours) == .json)
        #expect(InteropFormat(inputPath: theirs) == .nodeLink)
        #expect(try Interop.read(contentsOf: ours).network == network)
        #expect(try Interop.read(contentsOf: theirs).network == network)
    }
}
