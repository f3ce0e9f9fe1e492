import AgencyModel
import Foundation
import Testing
@testable import AgencyInterop

enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }
    static let networks = ["graphs/belgium-counter-terrorism.yaml", "examples/synthetic.yaml"]
    static func load(_ relative: String) throws -> Network { try NetworkReader.loadValid(contentsOf: path(relative)) }

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("interop-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes `network` as `format` into a fresh folder and reads it back from the files.
    static func roundTrip(_ network: Network, _ format: InteropFormat, ext: String) throws -> (ImportResult, ExportResult) {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("net.\(ext)").path
        let written = Interop.write(network, as: format, to: output)
        for file in written.files {
            try FileManager.default.createDirectory(atPath: (file.path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(file.bytes).write(to: URL(fileURLWithPath: file.path))
        }
        return (try Interop.read(contentsOf: output, format: format), written)
    }
}

/// Field-by-field comparison, so a failure names what was lost.
func expectSameNodesAndEdges(_ a: Network, _ b: Network, _ context: String) {
    #expect(a.nodes.count == b.nodes.count, "\(context): node count")
    #expect(a.edges.count == b.edges.count, "\(context): edge count")
    for (x, y) in zip(a.nodes, b.nodes) {
        #expect(x.id == y.id, "\(context): node id")
        #expect(x.kind == y.kind, "\(context): kind of \(x.id)")
        #expect(x.name == y.name, "\(context): name of \(x.id)")
        #expect(x.acronym == y.acronym, "\(context): acronym of \(x.id)")
        #expect(x.level == y.level, "\(context): level of \(x.id)")
        #expect(x.rank == y.rank, "\(context): rank of \(x.id)")
        #expect(x.validity == y.validity, "\(context): since/until of \(x.id)")
        #expect(x.tags == y.tags, "\(context): tags of \(x.id)")
        #expect(x.notes == y.notes, "\(context): notes of \(x.id)")
        #expect(x.provenance == y.provenance, "\(context): provenance of \(x.id)")
        #expect(x.assumption == y.assumption, "\(context): assumption of \(x.id)")
    }
    for (x, y) in zip(a.edges, b.edges) {
        let name = "\(x.from)→\(x.to)"
        #expect(x.id == y.id, "\(context): id of \(name)")
        #expect(x.from == y.from && x.to == y.to, "\(context): ends of \(name)")
        #expect(x.type == y.type, "\(context): type of \(name)")
        #expect(x.weight == y.weight, "\(context): weight of \(name)")
        #expect(x.validity == y.validity, "\(context): since/until of \(name)")
        #expect(x.tags == y.tags, "\(context): tags of \(name)")
        #expect(x.notes == y.notes, "\(context): notes of \(name)")
        #expect(x.provenance == y.provenance, "\(context): provenance of \(name)")
        #expect(x.assumption == y.assumption, "\(context): assumption of \(name)")
    }
}

@Suite struct RoundTripTests {
    /// Formats that carry every field, graph attributes included.
    @Test(arguments: Fixtures.networks, [(InteropFormat.graphml, "graphml"), (.nodeLink, "json"), (.dot, "dot"), (.yaml, "yaml"), (.json, "json")])
    func losslessFormats(path: String, format: (InteropFormat, String)) throws {
        let network = try Fixtures.load(path)
        let (back, written) = try Fixtures.roundTrip(network, format.0, ext: format.1)
        #expect(written.warnings.isEmpty, "\(format.0) reports drops: \(written.warnings)")
        #expect(back.warnings.isEmpty, "\(format.0) read warnings: \(back.warnings)")
        expectSameNodesAndEdges(network, back.network, "\(path) via \(format.0)")
        #expect(back.network == network, "\(path) via \(format.0): graph attributes")
    }

    /// Formats without graph attributes: every node and edge field survives; the graph's
    /// attributes are reported as dropped when written, and the cited sources recreated.
    @Test(arguments: Fixtures.networks, [(InteropFormat.gexf, "gexf"), (.csv, "csv"), (.neo4jAdmin, "neo4j")])
    func nodesAndEdgesSurvive(path: String, format: (InteropFormat, String)) throws {
        let network = try Fixtures.load(path)
        let (back, written) = try Fixtures.roundTrip(network, format.0, ext: format.1)
        #expect(written.warnings.contains { $0.contains("dropped") && $0.contains("sources") })
        expectSameNodesAndEdges(network, back.network, "\(path) via \(format.0)")
        #expect(Set(back.network.sources.map(\.id)).isSuperset(of: Set(network.nodes.flatMap(\.provenance).map(\.ref))))
        let diagnostics = NetworkReader.validated(NetworkReader.read(text: NetworkWriter.yaml(back.network), file: "back.yaml", format: .yaml))
        #expect(!diagnostics.containsErrors, "\(format.0): \(diagnostics.prefix(3))")
    }

    /// Pajek keeps ids, edge ends, types and weights other than 1.
    @Test(arguments: Fixtures.networks)
    func pajekKeepsWhatItCarries(path: String) throws {
        let network = try Fixtures.load(path)
        let (back, written) = try Fixtures.roundTrip(network, .pajek, ext: "net")
        #expect(written.warnings.contains { $0.contains("dropped") })
        #expect(back.network.nodes.map(\.id) == network.nodes.map(\.id))
        #expect(back.network.edges.map(\.from) == network.edges.map(\.from))
        #expect(back.network.edges.map(\.to) == network.edges.map(\.to))
        #expect(back.network.edges.map(\.type) == network.edges.map(\.type))
        #expect(back.network.edges.map(\.weight) == network.edges.map { $0.weight == 1 ? nil : $0.weight })
    }

    /// An edge list keeps the ends and weights of every edge.
    @Test(arguments: Fixtures.networks)
    func edgeListKeepsWhatItCarries(path: String) throws {
        let network = try Fixtures.load(path)
        let (back, written) = try Fixtures.roundTrip(network, .edgelist, ext: "edgelist")
        #expect(written.warnings.contains { $0.contains("dropped") })
        #expect(back.network.edges.map { [$0.from, $0.to] } == network.edges.map { [$0.from, $0.to] })
        #expect(back.network.edges.map(\.weight) == network.edges.map(\.weight))
        let linked = Set(network.edges.flatMap { [$0.from, $0.to] })
        #expect(Set(back.network.nodes.map(\.id)) == linked)
        #expect(back.network.edges.allSatisfy { $0.type.rawValue == "x-link" })
    }

    /// Same input, same bytes, for every format.
    @Test(arguments: InteropFormat.allCases)
    func deterministic(format: InteropFormat) throws {
        let network = try Fixtures.load("examples/synthetic.yaml")
        let a = Interop.write(network, as: format, to: "out/x")
        let b = Interop.write(try Fixtures.load("examples/synthetic.yaml"), as: format, to: "out/x")
        #expect(a.files == b.files)
        #expect(a.files.allSatisfy { !$0.bytes.isEmpty })
    }

    /// Hard text in every field: quotes, backslashes, DOT and XML and CSV and Cypher specials,
    /// line breaks, non-Latin scripts. Every format that carries text gives it back exactly.
    @Test(arguments: [(InteropFormat.graphml, "graphml"), (.gexf, "gexf"), (.nodeLink, "json"), (.dot, "dot"), (.csv, "csv"), (.neo4jAdmin, "neo4j")])
    func hostileTextSurvives(format: (InteropFormat, String)) throws {
        let nasty = "a \"quoted\" \\N \\\\ back\\slash\\ & <b>bold</b> ]]> 'single' `tick` ; , = =1+2 @x\nline 2\r\n\ttab ‘ہ’ 中文 🙂 \\"
        let node = Node(id: "n1", kind: .agency, name: LocalizedText(["fr": nasty, "nl-BE": "x"]), acronym: LocalizedText(universal: "=HYPERLINK(\"x\")"),
                        tags: ["a;b", "c"], notes: nasty, provenance: [Provenance(ref: "s", section: nasty, excerpt: "e\"x")])
        let other = Node(id: "n2", kind: NodeKind(rawValue: "x-court"), notes: "-starts with minus", assumption: nasty)
        let edge = Edge(id: "e1", from: "n1", to: "n2", type: EdgeType(rawValue: "x-odd"), weight: 2.5,
                        validity: ValidityPeriod(since: PartialDate(parsing: "2021-09"), until: PartialDate(parsing: "2022")), notes: nasty, assumption: nasty)
        let network = Network(id: "nasty", title: LocalizedText(universal: nasty), sources: [Source(id: "s", title: nasty)], nodes: [node, other], edges: [edge])
        let (back, _) = try Fixtures.roundTrip(network, format.0, ext: format.1)
        expectSameNodesAndEdges(network, back.network, "hostile text via \(format.0)")
    }
}
