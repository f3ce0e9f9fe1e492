import Foundation
import Testing
@testable import AgencyModel

/// YAML → model → YAML is stable, and JSON holds the same model as YAML.
@Suite struct RoundTripTests {
    static let dataFiles = ["graphs/belgium-counter-terrorism.yaml", "examples/synthetic.yaml"]

    private func formatted(_ text: String, file: String, format: FileFormat = .yaml) throws -> String {
        switch NetworkFormatter.format(text: text, file: file, format: format) {
        case .formatted(let output, _): return output
        case .failed(let diagnostics):
            Issue.record("fmt failed: \(diagnostics.map(\.description))")
            throw CancellationError()
        }
    }

    @Test(arguments: ["Fixtures/small.yaml", "Fixtures/layers.yaml"])
    func fmtIsIdempotentAndKeepsTheModelOnFixtures(_ relative: String) throws {
        try checkRoundTrip(path: Paths.tests(relative), name: relative)
    }

    @Test(arguments: RoundTripTests.dataFiles)
    func fmtIsIdempotentAndKeepsTheModelOnDataFiles(_ relative: String) throws {
        try checkRoundTrip(path: Paths.root(relative), name: relative)
    }

    private func checkRoundTrip(path: String, name: String) throws {
        let original = try String(contentsOfFile: path, encoding: .utf8)
        let once = try formatted(original, file: name)
        let twice = try formatted(once, file: name)
        #expect(once == twice, "fmt is not idempotent on \(name)")
        let before = try #require(load(original, file: name).loaded).network
        let after = try #require(load(once, file: name).loaded).network
        #expect(before == after, "fmt changed the network of \(name)")
        // The comments kept by fmt are still there after a second pass.
        let headerBefore = original.split(separator: "\n").prefix { $0.hasPrefix("#") }
        #expect(twice.split(separator: "\n").prefix { $0.hasPrefix("#") } == headerBefore)
        // JSON written from the model reads back to the same model, and is stable too.
        let json = NetworkWriter.json(before)
        let fromJSON = try #require(load(json, file: name + ".json", format: .json).loaded).network
        #expect(fromJSON == before)
        #expect(try formatted(json, file: name + ".json", format: .json) == json)
    }

    @Test func theJSONFixtureHoldsTheSameNetworkAsTheYAMLFixture() throws {
        let yaml = try NetworkReader.read(contentsOf: Paths.tests("Fixtures/small.yaml"))
        let json = try NetworkReader.read(contentsOf: Paths.tests("Fixtures/small.json"))
        #expect(yaml.diagnostics.isEmpty)
        #expect(json.diagnostics.isEmpty)
        let fromYAML = try #require(yaml.loaded).network
        let fromJSON = try #require(json.loaded).network
        #expect(fromYAML == fromJSON)
        #expect(NetworkWriter.json(fromYAML) == NetworkWriter.json(fromJSON))
        // Locations in JSON are exact too: the `weight` of the first edge.
        let weight = try #require(json.loaded).sourceMap.edges[0]["weight"]
        #expect(weight.line == 19 && weight.column == 72)
    }

    @Test func canonicalYAMLOfTheFixtureIsExactlyThis() throws {
        let original = try String(contentsOfFile: Paths.tests("Fixtures/small.yaml"), encoding: .utf8)
        let expected = """
            # yaml-language-server: $schema=../../../schema/agencygraph.schema.json
            format: 1
            network: small
            title: {fr: "Petit réseau", en: "Small network"}
            as_of: 2022

            sources:
              - id: doc
                title: "A document"
                url: "https://example.org/doc"
                language: en
                accessed: 2026-11-27

            # Levels first.
            nodes:
              - id: international
                kind: level
                rank: 0
                assumption: "fixture"
              - id: federal
                kind: level
                name: {fr: "fédéral", nl: "federaal"}
                rank: 2
                assumption: "fixture"

              # The actors.
              - id: coord
                kind: agency
                name: {fr: "Coordinateur", en: "Coordinator"}
                acronym: CO
                level: federal
                since: 2006
                tags: [coordination, core]
                source: {ref: doc, section: "Intro", excerpt: "The coordinator coordinates."}
              - id: police
                kind: agency
                level: federal
                until: 2015-06
                notes: "Replaced in 2015.\\nSecond line."
                source:
                  - {ref: doc, excerpt: "police"}
                  - {ref: doc, excerpt: "the “police”"}
              - id: forum
                kind: body
                level: international
                assumption: "fixture"
              - id: safety
                kind: objective
                assumption: "fixture"
              - id: plan
                kind: instrument
                since: 2006
                until: 2021-09
                assumption: "fixture"
              - id: strategy
                kind: instrument
                since: 2021-09
                assumption: "fixture"

            edges:
              - from: coord
                to: police
                type: coordinates
                weight: 2.5
                assumption: "fixture"
              - from: coord
                to: forum
                type: member_of
                since: 2010
                assumption: "fixture"
              - id: e-plan
                from: coord
                to: plan
                type: implements
                assumption: "fixture"
              - from: strategy
                to: plan
                type: supersedes
                assumption: "fixture"
              - from: plan
                to: safety
                type: contributes_to
                assumption: "fixture"
              - from: strategy
                to: safety
                type: contributes_to
                assumption: "fixture"
              - from: police
                to: coord
                type: cooperates_with
                assumption: "fixture"

            # The end.

            """
        #expect(try formatted(original, file: "small.yaml") == expected)
    }

    @Test func longTextsAreFoldedAndReadBackUnchanged() throws {
        let long = "A long remark about the coordination of the many services, which goes on well past the width of one line, to make the writer fold it."
        var network = Network(id: "n", title: LocalizedText(universal: "T"))
        network.update { nodes, _ in
            nodes = [Node(id: "a", kind: .agency, notes: long, assumption: long + " And the assumption: " + long)]
        }
        let yaml = NetworkWriter.yaml(network)
        #expect(yaml.contains("    notes: >-\n      A long remark"))
        #expect(yaml.split(separator: "\n").allSatisfy { $0.count <= NetworkWriter.preferredLineWidth })
        let back = try #require(load(yaml).loaded).network
        #expect(back == network)
    }

    @Test func awkwardStringsSurviveTheWriters() throws {
        let awkward = ["no", "yes", "null", "~", "123", "1e5", "2021-09-01", "- dash", "# hash", "a: b", "tab\there",
                       "quote \" and \\ backslash", "no\u{a0}break", "line\nbreak", " leading", "trailing ", "emoji 🇧🇪", "\u{2028}"]
        var network = Network(id: "n", title: LocalizedText(universal: "T"))
        network.update { nodes, _ in
            nodes = awkward.enumerated().map { index, text in
                Node(id: "n\(index)", kind: .agency, name: LocalizedText(["fr": text]), acronym: LocalizedText(universal: text),
                     tags: [text], notes: text, assumption: text)
            }
        }
        let fromYAML = try #require(load(NetworkWriter.yaml(network)).loaded).network
        #expect(fromYAML == network)
        let fromJSON = try #require(load(NetworkWriter.json(network), format: .json).loaded).network
        #expect(fromJSON == network)
    }
}
