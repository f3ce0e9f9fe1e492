import Foundation
import Testing
@testable import AgencyModel

/// The top-level `layers:` map: read from YAML and JSON, written canonically, checked.
@Suite struct LayersFormatTests {
    private func fixture() throws -> LoadResult {
        try NetworkReader.read(contentsOf: Paths.tests("Fixtures/layers.yaml"), displayName: "Fixtures/layers.yaml")
    }

    @Test func declaredLayersAreReadInFileOrderWithTheirTypesSorted() throws {
        let result = try fixture()
        #expect(result.diagnostics.isEmpty)
        let network = try #require(result.loaded).network
        #expect(network.declaredLayers.map(\.name) == ["advice", "friendship"])
        #expect(network.declaredLayers[0].types.map(\.rawValue) == ["informs", "x-advice", "x-consults"])
        #expect(network.declaredLayers[1].types.map(\.rawValue) == ["x-friend"])
        // informs leaves coordination; the unclaimed custom type x-trains is a layer of its own.
        #expect(network.layers.map(\.name) == ["coordination", "structure", "policy", "advice", "friendship", "x-trains"])
        #expect(network.layer(of: .informs)?.name == "advice")
        #expect(network.layer(of: .coordinates)?.types.map(\.rawValue) == ["coordinates", "reports_to", "cooperates_with"])
        #expect(network.populatedLayers.map(\.name) == ["coordination", "advice", "friendship", "x-trains"])
    }

    @Test func theLocationsOfDeclaredLayersAreKept() throws {
        let map = try #require(try fixture().loaded).sourceMap
        #expect(map.layers.count == 2)
        #expect(map.layers[0].start.line == 12 && map.layers[0].start.column == 3)
        #expect(map.layers[1]["types[0]"].line == 13 && map.layers[1]["types[0]"].column == 16)
    }

    @Test func aFileWithoutLayersDeclaresNone() throws {
        let network = try NetworkReader.loadValid(contentsOf: Paths.tests("Fixtures/small.yaml"))
        #expect(network.declaredLayers.isEmpty)
        #expect(!NetworkWriter.yaml(network).contains("layers"))
        #expect(!NetworkWriter.json(network).contains("layers"))
    }

    @Test func canonicalYAMLPutsLayersAfterSourcesAndBeforeNodes() throws {
        let text = """
        format: 1
        network: net
        title: "T"
        nodes: []
        layers: {zeta: [x-b, x-a, informs], alpha: [funds]}
        sources: [{id: doc, title: "D"}]

        """
        guard case .formatted(let output, let unchanged) = NetworkFormatter.format(text: text, file: "t.yaml", format: .yaml) else {
            Issue.record("fmt failed"); return
        }
        #expect(!unchanged)
        #expect(output == """
        format: 1
        network: net
        title: "T"

        sources:
          - id: doc
            title: "D"

        layers:
          zeta: [informs, x-a, x-b]
          alpha: [funds]

        nodes: []

        """)
    }

    @Test func aLayerTooLongForOneLineIsWrittenOneTypeALine() throws {
        let types = (1...12).map { EdgeType(rawValue: "x-relation-\($0)") }
        let network = Network(id: "n", title: LocalizedText(universal: "T"), declaredLayers: [Layer(name: "wide", types: types)])
        let yaml = NetworkWriter.yaml(network)
        #expect(yaml.contains("layers:\n  wide:\n    - x-relation-1\n    - x-relation-10\n"))
        #expect(yaml.split(separator: "\n").allSatisfy { $0.count <= NetworkWriter.preferredLineWidth })
        let back = try #require(load(yaml).loaded).network
        #expect(back == network)
    }

    @Test func layersSurviveYAMLAndJSONAndTheCommentAboveThemIsKept() throws {
        let path = Paths.tests("Fixtures/layers.yaml")
        let original = try String(contentsOfFile: path, encoding: .utf8)
        let loaded = try #require(load(original, file: "layers.yaml").loaded)
        #expect(NetworkWriter.yaml(loaded.network, comments: loaded.comments) == original)
        let json = NetworkWriter.json(loaded.network)
        #expect(json.contains("""
          "layers": {
            "advice": [
              "informs",
              "x-advice",
              "x-consults"
            ],
            "friendship": [
              "x-friend"
            ]
          },
          "nodes": [
        """))
        let fromJSON = try #require(load(json, file: "layers.json", format: .json))
        #expect(fromJSON.diagnostics.isEmpty)
        #expect(fromJSON.loaded?.network == loaded.network)
    }

    @Test func declaredLayersArePartOfEquality() throws {
        let network = try #require(try fixture().loaded).network
        var other = network
        other.declaredLayers = [Layer(name: "advice", types: [.informs, EdgeType(rawValue: "x-advice")])] + network.declaredLayers.dropFirst()
        #expect(other != network)
    }

    @Test func fmtRefusesAFileWhoseLayersAreBroken() {
        let text = "format: 1\nnetwork: n\ntitle: \"T\"\nlayers: {advice: []}\nnodes: []\n"
        guard case .failed(let diagnostics) = NetworkFormatter.format(text: text, file: "t.yaml", format: .yaml) else {
            Issue.record("fmt formatted a file with an empty layer"); return
        }
        #expect(diagnostics.map(\.description) == ["t.yaml:4:18: error: layer 'advice' lists no edge types; list at least one or remove the layer"])
    }

    @Test func aDeclaredLayerMayBeNamedAfterACustomTypeItLists() {
        let text = """
        format: 1
        network: net
        title: "T"
        layers: {x-advice: [x-advice, x-consults]}
        nodes: [{id: a, kind: body, assumption: "t"}, {id: b, kind: body, assumption: "t"}]
        edges: [{from: a, to: b, type: x-advice, assumption: "t"}]

        """
        #expect(diagnosticLines(text).isEmpty)
    }
}
