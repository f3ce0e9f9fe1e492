import AgencyModel
import Foundation
import Testing
@testable import AgencyInterop

/// Issue 15, item 4: what `convert` writes always validates. Every bundled network goes through
/// every format `convert` reads back (all but Cypher, which is written only) and back to YAML,
/// and the YAML is read and validated as `agencygraph validate` does; what the importer had to
/// change to get there is said in a warning that names the count.
@Suite struct ConvertValidityTests {
    /// graphs/*.yaml and examples/*.yaml, found on disk (a new bundled file is covered at once).
    static let bundled: [String] = ["graphs", "examples"].flatMap { folder in
        ((try? FileManager.default.contentsOfDirectory(atPath: Fixtures.path(folder))) ?? [])
            .filter { $0.hasSuffix(".yaml") }.sorted().map { "\(folder)/\($0)" }
    }
    /// Every format `convert` writes and can read back, with the extension it is written with.
    static let formats: [(InteropFormat, String)] = InteropFormat.allCases.filter(\.isReadable).map { format in
        let ext: String = switch format {
        case .yaml: "yaml"
        case .json, .nodeLink: "json"
        case .graphml: "graphml"
        case .gexf: "gexf"
        case .csv: "csv"
        case .dot: "dot"
        case .pajek: "net"
        case .edgelist: "edgelist"
        case .neo4jAdmin: "neo4j"
        case .cypher: "cypher"
        }
        return (format, ext)
    }

    /// The diagnostics `agencygraph validate` gives for the canonical YAML of `network`.
    static func validate(_ network: Network) -> [Diagnostic] {
        NetworkReader.validated(NetworkReader.read(text: NetworkWriter.yaml(network), file: "back.yaml", format: .yaml))
    }

    @Test func theBundledFilesAreFound() {
        #expect(Self.bundled.contains("graphs/belgium-counter-terrorism.yaml"))
        #expect(Self.bundled.contains("examples/synthetic.yaml"))
        #expect(Self.formats.count == InteropFormat.allCases.count - 1)
    }

    @Test(arguments: bundled)
    func everyFormatBackToYAMLValidates(path: String) throws {
        let network = try Fixtures.load(path)
        for (format, ext) in Self.formats {
            let (back, _) = try Fixtures.roundTrip(network, format, ext: ext)
            let errors = Self.validate(back.network).filter { $0.severity == .error }
            #expect(errors.isEmpty, "\(path) via \(format): \(errors.count) errors, e.g. \(errors.prefix(3).map(\.description))")
        }
    }

    /// The issue's case: `convert examples/synthetic.yaml -o s.net && convert s.net -o back.yaml`
    /// gave 21 validation errors (kinds lost, typed edges kept). Now the kinds are inferred from
    /// the edge rules, every type survives, and the warning says how many kinds were inferred.
    @Test(arguments: ["examples/synthetic.yaml", "graphs/belgium-counter-terrorism.yaml"])
    func pajekKindsAreInferredFromEdgeRules(path: String) throws {
        let network = try Fixtures.load(path)
        let (back, _) = try Fixtures.roundTrip(network, .pajek, ext: "net")
        let warning = try #require(back.warnings.first { $0.contains("node kinds inferred from edge rules") })
        let inferred = back.network.nodes.filter { $0.kind != .agency }.count
        #expect(inferred > 0 && warning.hasPrefix("\(inferred) node kinds inferred"), "\(warning)")
        #expect(Self.validate(back.network).filter { $0.severity == .error }.isEmpty)
        // Levels, objectives and instruments come back as such (the rules say what they are).
        for kind in [NodeKind.level, .objective, .instrument] {
            let expected = Set(network.nodes.filter { $0.kind == kind }.map(\.id))
            let linked = Set(network.edges.flatMap { [$0.from, $0.to] })
            let got = Set(back.network.nodes.filter { $0.kind == kind }.map(\.id))
            #expect(expected.intersection(linked).isSubset(of: got), "\(path): \(kind) nodes not inferred: \(expected.intersection(linked).subtracting(got).sorted())")
        }
    }

    // MARK: Each rule on a small foreign file

    static func read(_ text: String, _ format: InteropFormat) throws -> ImportResult {
        try Interop.read(text, format: format, file: "in.\(format.rawValue)")
    }

    static func expectValid(_ result: ImportResult, _ context: String) {
        let errors = validate(result.network).filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(context): \(errors.map(\.description))")
    }

    /// Characters that are not text, written as JSON escapes (`\b`, `\u0001`) in node-link values,
    /// become U+FFFD with a counted warning: the result validates
    /// (found by the node-link fuzz target: a `\b` kept in notes made `convert` write a file that
    /// `validate` refused).
    @Test func nonTextCharactersAreReplacedAndSaid() throws {
        let nodeLink = #"""
        {"directed": true, "multigraph": false, "graph": {},
         "nodes": [{"id": "a", "kind": "agency", "name": "A\u0001B", "provenance": "[{\"ref\b: \"x\"}]"}, {"id": "b", "kind": "agency"}],
         "links": [{"source": "a", "target": "b", "type": "coordinates"}]}
        """#
        let result = try Self.read(nodeLink, .nodeLink)
        Self.expectValid(result, "node-link")
        #expect(NetworkWriter.yaml(result.network).contains("A\u{FFFD}B"))
        #expect(result.warnings.contains { $0.hasPrefix("2 values holding characters that are not text") })
        // Raw in a text format, the reader refuses it at its line and column instead.
        #expect(throws: (any Error).self) { try Self.read("source,target\nx\u{1}y,z\n", .csv) }
    }

    /// Node-link ids and `level` references that are not AgencyGraph ids: the ids are rewritten,
    /// and a `level` follows the rewritten id of the node it names.
    @Test func nodeLinkLevelReferencesFollowRewrittenIDs() throws {
        let text = #"""
        {"directed": true, "multigraph": false, "graph": {},
         "nodes": [{"id": "Federal Level", "kind": "level"}, {"id": "Agency A", "kind": "agency", "level": "Federal Level"},
                   {"id": "b", "kind": "agency", "level": "No Such Level"}],
         "links": [{"source": "Agency A", "target": "b", "type": "coordinates"}]}
        """#
        let result = try Self.read(text, .nodeLink)
        Self.expectValid(result, "node-link")
        let a = try #require(result.network.nodes.first { $0.id == "agency_a" })
        #expect(a.level == "federal_level")
        let b = try #require(result.network.node(withID: "b"))
        #expect(b.level == nil && b.notes == "level: No Such Level")
        #expect(result.warnings.contains { $0.hasPrefix("1 level reference that names no level node moved to notes") })
    }

    /// A `level` naming a node that is not a level, a level with a `level`, a `rank` on an agency.
    @Test func levelAndRankOffTheirKindMoveToNotes() throws {
        let text = """
        <?xml version="1.0"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
          <key id="k" for="node" attr.name="kind" attr.type="string"/>
          <key id="l" for="node" attr.name="level" attr.type="string"/>
          <key id="r" for="node" attr.name="rank" attr.type="int"/>
          <graph edgedefault="directed">
            <node id="top"><data key="k">level</data><data key="l">top</data><data key="r">1</data></node>
            <node id="a"><data key="k">agency</data><data key="l">b</data><data key="r">2</data></node>
            <node id="b"><data key="k">body</data></node>
          </graph>
        </graphml>
        """
        let result = try Self.read(text, .graphml)
        Self.expectValid(result, "graphml")
        let top = try #require(result.network.node(withID: "top"))
        #expect(top.level == nil && top.rank == 1)
        let a = try #require(result.network.node(withID: "a"))
        #expect(a.level == nil && a.rank == nil && a.notes == "level: b\nrank: 2")
        #expect(result.warnings.contains { $0.hasPrefix("2 level references that name no level node moved to notes") })
        #expect(result.warnings.contains { $0.hasPrefix("1 rank on nodes that are not levels moved to notes") })
    }

    /// Kinds that are given and break a type's rules: the type becomes `x-<type>`, counted.
    @Test func typesTheGivenKindsBreakBecomeCustom() throws {
        let text = "Source,Target,type\na,b,operates_at\nb,c,coordinates\n"
        let nodes = "Id,kind\na,agency\nb,agency\nc,objective\n"
        let result = try CSVFormat.read(nodes: (nodes, "n.nodes.csv"), edges: (text, "n.edges.csv"))
        Self.expectValid(result, "csv")
        #expect(result.network.edges.map(\.type.rawValue) == ["x-operates_at", "x-coordinates"])
        #expect(result.warnings.contains { $0.hasPrefix("2 edge types became x-… because the kinds of their ends break the type's rules") })
    }

    /// Kindless nodes: the vote, the `part_of` neighbours, and agencies when nothing says more.
    @Test func kindsFollowTheRulesAndPartOf() throws {
        let text = "*Vertices 6\n1 \"a\"\n2 \"fed\"\n3 \"eu\"\n4 \"goal\"\n5 \"plan\"\n6 \"lone\"\n*Arcs\n1 2 1 l \"operates_at\"\n2 3 1 l \"part_of\"\n1 4 1 l \"contributes_to\"\n1 5 1 l \"implements\"\n5 4 1 l \"contributes_to\"\n1 6 1 l \"coordinates\"\n"
        let result = try Self.read(text, .pajek)
        Self.expectValid(result, "pajek")
        let kinds = Dictionary(uniqueKeysWithValues: result.network.nodes.map { ($0.id, $0.kind.rawValue) })
        #expect(kinds == ["a": "agency", "fed": "level", "eu": "level", "goal": "objective", "plan": "instrument", "lone": "agency"])
        #expect(result.network.edges.allSatisfy { !$0.type.isCustom })
        #expect(result.warnings.contains { $0.hasPrefix("4 node kinds inferred from edge rules") })
    }

    /// Cycles of part_of and supersedes: the closing edge becomes custom, the rest stays.
    @Test func cyclesAreBrokenAtTheirClosingEdge() throws {
        let text = """
        digraph g {
          a [kind=body]; b [kind=body]; c [kind=body]; p [kind=instrument]; q [kind=instrument];
          a -> b [type=part_of]; b -> c [type=part_of]; c -> a [type=part_of];
          p -> q [type=supersedes]; q -> p [type=supersedes]; p -> p [type=supersedes];
        }
        """
        let result = try Self.read(text, .dot)
        Self.expectValid(result, "dot")
        #expect(result.network.edges.map(\.type.rawValue) == ["part_of", "part_of", "x-part_of", "supersedes", "x-supersedes", "x-supersedes"])
        #expect(result.warnings.contains { $0.hasPrefix("3 edges that close a cycle of part_of or supersedes became x-…") })
    }

    /// `until` before `since`, and an assumption of dots: kept in notes, not refused later.
    @Test func datesAndEmptyAssumptionsGoToNotes() throws {
        let text = #"""
        {"directed": true, "graph": {}, "nodes": [{"id": "a", "since": "2020", "until": "2019", "assumption": " . "}, {"id": "b"}],
         "links": [{"source": "a", "target": "b", "type": "coordinates", "since": "2021-05", "until": "2021-04-30"}]}
        """#
        let result = try Self.read(text, .nodeLink)
        Self.expectValid(result, "node-link")
        let a = try #require(result.network.node(withID: "a"))
        #expect(a.validity.until == nil && a.notes == "assumption:  . \nuntil: 2019")
        #expect(result.network.edges[0].validity.until == nil && result.network.edges[0].notes == "until: 2021-04-30")
        #expect(result.warnings.contains { $0.hasPrefix("3 values that do not fit their field") })
    }

    /// Sources with ids that are not ids, repeated, with a `file:` URL or a bad language tag; an
    /// excerpt over the limit; a declared layer named after a custom type no layer lists.
    @Test func sourcesAndLayersAreMadeValid() throws {
        let long = String(repeating: "x", count: 250)
        let sources = #"[{"id": "Seed Doc", "title": "T", "url": "file:///etc/passwd", "language": "not a tag"}, {"id": "Seed Doc", "title": "again"}]"#
        let provenance = #"[{"ref": "Seed Doc", "excerpt": "\#(long)"}]"#
        func attribute(_ value: String) -> String {
            "\"" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }
        let text = """
        {"directed": true, "graph": {"sources": \(attribute(sources)), "layers": \(attribute(#"{"x-advice": ["coordinates"]}"#))},
         "nodes": [{"id": "a", "provenance": \(attribute(provenance))}, {"id": "b"}],
         "links": [{"source": "a", "target": "b", "type": "advice"}]}
        """
        let result = try Self.read(text, .nodeLink)
        Self.expectValid(result, "node-link")
        #expect(result.network.sources.map(\.id) == ["seed_doc"])
        #expect(result.network.sources[0].url == nil && result.network.sources[0].language == nil)
        let a = try #require(result.network.node(withID: "a"))
        #expect(a.provenance.first?.ref == "seed_doc" && a.provenance.first?.excerpt?.count == Provenance.maximumExcerptLength)
        #expect(result.network.declaredLayers.isEmpty)
        #expect(result.warnings.contains { $0.hasPrefix("1 declared layer named after a custom edge type that no layer lists dropped (x-advice)") })
        #expect(result.warnings.contains { $0.hasPrefix("6 source fields that AgencyGraph refuses rewritten or dropped") })
    }

    /// `render` draws a DOT file that `convert` wrote as a network; other DOT stays a drawing.
    @Test func ourOwnDOTIsRecognisedAsANetwork() throws {
        let network = try Fixtures.load("examples/synthetic.yaml")
        let written = DOT.write(network).text
        #expect(DOT.isNetwork(written))
        #expect(!DOT.isNetwork("digraph g {\n  a -> b;\n}\n"))
        #expect(!DOT.isNetwork("digraph g {\n  graph [\"title\"=\"x\"];\n}\n"))
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let ours = folder.appendingPathComponent("s.dot").path, drawing = folder.appendingPathComponent("d.dot").path
        try Data(written.utf8).write(to: URL(fileURLWithPath: ours))
        try Data("digraph g { a -> b }\n".utf8).write(to: URL(fileURLWithPath: drawing))
        #expect(NetworkInput.isNetwork(ours))
        #expect(!NetworkInput.isNetwork(drawing))
        #expect(!NetworkInput.isNetwork("-"))
        #expect(NetworkInput.isNetwork(Fixtures.path("examples/synthetic.yaml")))
    }
}
