import AgencyModel
import Foundation
import Testing
@testable import AgencyInterop

/// Declared layers through every format: kept where the format can hold them, reported by name
/// where it cannot.
@Suite struct LayersInteropTests {
    static let fixture = "Tests/AgencyModelTests/Fixtures/layers.yaml"

    /// advice: [informs, x-advice, x-consults] (x-consults has no edge), friendship: [x-friend].
    private func network() throws -> Network { try Fixtures.load(Self.fixture) }

    @Test(arguments: [(InteropFormat.graphml, "graphml"), (.nodeLink, "json"), (.dot, "dot"), (.yaml, "yaml"), (.json, "json")])
    func formatsWithGraphAttributesKeepTheLayers(format: (InteropFormat, String)) throws {
        let network = try network()
        #expect(network.declaredLayers.count == 2)
        let (back, written) = try Fixtures.roundTrip(network, format.0, ext: format.1)
        #expect(written.warnings.isEmpty, "\(format.0): \(written.warnings)")
        #expect(back.warnings.isEmpty, "\(format.0): \(back.warnings)")
        #expect(back.network.declaredLayers == network.declaredLayers)
        #expect(back.network == network)
    }

    @Test func graphMLCarriesTheLayersAsAGraphAttributeHoldingJSON() throws {
        let text = GraphML.write(try network()).text
        #expect(text.contains(#"<key id="g_layers" for="graph" attr.name="layers" attr.type="string"/>"#))
        #expect(text.contains(#"<data key="g_layers">{&quot;advice&quot;:[&quot;informs&quot;,&quot;x-advice&quot;,&quot;x-consults&quot;],&quot;friendship&quot;:[&quot;x-friend&quot;]}</data>"#))
    }

    @Test func cypherSetsTheLayersOnTheNetworkNode() throws {
        let text = Cypher.write(try network()).text
        #expect(text.contains(#"`layers`: '{\"advice\":[\"informs\",\"x-advice\",\"x-consults\"],\"friendship\":[\"x-friend\"]}'"#))
    }

    @Test func gexfCarriesLayersPerEdgeAndSaysWhichTypesWithoutEdgesItDrops() throws {
        let network = try network()
        let (back, written) = try Fixtures.roundTrip(network, .gexf, ext: "gexf")
        #expect(written.warnings.contains(
            "GEXF carries layers as the edge attribute 'layer': declared layer types without edges dropped (advice: x-consults)"))
        #expect(back.network.declaredLayers == [Layer(name: "advice", types: [.informs, EdgeType(rawValue: "x-advice")]),
                                                Layer(name: "friendship", types: [EdgeType(rawValue: "x-friend")])])
        #expect(back.network.edges.allSatisfy { $0.notes == nil }, "the layer attribute leaked into notes")
        expectSameNodesAndEdges(network, back.network, "layers via gexf")
        #expect(back.network.layer(of: .informs)?.name == "advice")
        #expect(back.network.layer(of: EdgeType(rawValue: "x-trains"))?.name == "x-trains")
    }

    @Test func gexfWritesNoLayerAttributeForANetworkWithoutDeclaredLayers() throws {
        let network = try Fixtures.load("examples/synthetic.yaml")
        #expect(network.declaredLayers.isEmpty)
        let written = GEXF.write(network)
        #expect(!written.text.contains(#"title="layer""#))
        #expect(!written.dropped.contains { $0.contains("layer") })
    }

    @Test(arguments: [(InteropFormat.csv, "csv", "CSV"), (.neo4jAdmin, "neo4j", "neo4j-admin CSV"), (.pajek, "net", "Pajek"),
                      (.edgelist, "edgelist", "An edge list")])
    func formatsWithoutRoomForLayersNameWhatTheyDrop(format: (InteropFormat, String, String)) throws {
        let (back, written) = try Fixtures.roundTrip(try network(), format.0, ext: format.1)
        #expect(written.warnings.contains(
            "\(format.2) cannot hold layers: the declared layers advice (informs, x-advice, x-consults); friendship (x-friend) dropped"))
        #expect(back.network.declaredLayers.isEmpty)
    }

    @Test func aForeignLayerAttributeThatIsNotOneLayerPerTypeStaysInNotes() throws {
        let gexf = """
        <?xml version="1.0" encoding="UTF-8"?>
        <gexf xmlns="http://gexf.net/1.3" version="1.3">
          <graph defaultedgetype="directed">
            <attributes class="edge"><attribute id="0" title="layer" type="string"/></attributes>
            <nodes><node id="a"/><node id="b"/></nodes>
            <edges>
              <edge id="e1" source="a" target="b"><attvalues><attvalue for="0" value="work"/></attvalues></edge>
              <edge id="e2" source="b" target="a"><attvalues><attvalue for="0" value="family"/></attvalues></edge>
            </edges>
          </graph>
        </gexf>
        """
        let result = try GEXF.read(gexf, file: "multi.gexf")
        #expect(result.network.declaredLayers.isEmpty)
        #expect(result.network.edges.map(\.notes) == ["layer: work", "layer: family"])
    }

    @Test func aForeignLayerAttributeThatIsOneLayerPerTypeBecomesDeclaredLayers() throws {
        let gexf = """
        <?xml version="1.0" encoding="UTF-8"?>
        <gexf xmlns="http://gexf.net/1.3" version="1.3">
          <graph defaultedgetype="directed">
            <attributes class="edge"><attribute id="0" title="layer" type="string"/></attributes>
            <nodes><node id="a"/><node id="b"/></nodes>
            <edges>
              <edge id="e1" source="a" target="b" kind="advice"><attvalues><attvalue for="0" value="work"/></attvalues></edge>
              <edge id="e2" source="b" target="a" kind="lunch"><attvalues><attvalue for="0" value="social"/></attvalues></edge>
              <edge id="e3" source="a" target="b" kind="informs"><attvalues><attvalue for="0" value="work"/></attvalues></edge>
            </edges>
          </graph>
        </gexf>
        """
        let result = try GEXF.read(gexf, file: "multi.gexf")
        #expect(result.network.declaredLayers == [Layer(name: "work", types: [EdgeType(rawValue: "x-advice"), .informs]),
                                                  Layer(name: "social", types: [EdgeType(rawValue: "x-lunch")])])
        #expect(result.network.edges.allSatisfy { $0.notes == nil })
    }

    @Test func anInvalidLayersGraphAttributeKeepsTheValidLayersAndSaysSo() throws {
        let graphml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
          <key id="g_layers" for="graph" attr.name="layers" attr.type="string"/>
          <graph id="g" edgedefault="directed">
            <data key="g_layers">{"advice":["x-advice"],"coordination":["informs"],"empty":[]}</data>
            <node id="a"/><node id="b"/>
            <edge source="a" target="b"/>
          </graph>
        </graphml>
        """
        let result = try GraphML.read(graphml, file: "g.graphml")
        #expect(result.network.declaredLayers.map(\.name) == ["advice"])
        #expect(result.warnings.contains { $0.hasPrefix("graph attribute 'layers' is not a valid layers map ('coordination' is the name of a built-in layer") })
    }
}
