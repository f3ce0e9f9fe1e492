import AgencyModel
import Foundation
import Testing

/// The top-level `defaults:` map: provenance stated once, inherited by every node and edge that
/// states none, validated once, kept (not expanded) by the canonical writer.
@Suite struct DefaultsTests {
    static let withDefaults = """
    format: 1
    network: d
    title: {en: "Defaults"}

    sources:
      - id: reg
        title: "A register"

    defaults:
      source: {ref: reg}

    nodes:
      - id: federal
        kind: level
        rank: 2
      - id: a
        kind: agency
        level: federal
        assumption: "Stated by the node itself."
      - id: b
        kind: agency
        level: federal

    edges:
      - from: a
        to: b
        type: informs

    """

    func read(_ text: String, format: FileFormat = .yaml) -> LoadResult {
        NetworkReader.read(text: text, file: "d.\(format.rawValue)", format: format)
    }

    @Test func elementsWithoutProvenanceInheritTheDefaults() throws {
        let result = read(Self.withDefaults)
        let network = try #require(result.loaded?.network)
        #expect(network.defaults == ProvenanceDefaults(source: [Provenance(ref: "reg")]))
        #expect(network.node(withID: "federal")?.provenance == [Provenance(ref: "reg")])
        #expect(network.node(withID: "b")?.provenance == [Provenance(ref: "reg")])
        #expect(network.edges[0].provenance == [Provenance(ref: "reg")])
        // An element stating its own provenance keeps it and inherits nothing.
        #expect(network.node(withID: "a")?.provenance == [])
        #expect(network.node(withID: "a")?.assumption == "Stated by the node itself.")
        #expect(NetworkReader.validated(result).filter { $0.severity == .error }.isEmpty)
    }

    @Test func withoutDefaultsEveryElementNeedsItsOwn() {
        let text = Self.withDefaults.replacingOccurrences(of: "defaults:\n  source: {ref: reg}\n\n", with: "")
        let codes = NetworkReader.validated(read(text)).filter { $0.code == "missing-provenance" }.map(\.location.line)
        #expect(codes == [10, 17, 22])
    }

    @Test func aBadDefaultIsReportedOnceWhereItIsWritten() {
        let text = Self.withDefaults.replacingOccurrences(of: "source: {ref: reg}", with: "source: {ref: regg}")
        let errors = NetworkReader.validated(read(text)).filter { $0.severity == .error }.map(\.description)
        #expect(errors == ["d.yaml:10:17: error: unknown source 'regg' in 'ref'; did you mean 'reg'?"])
    }

    @Test func defaultsMustStateSomething() {
        let text = Self.withDefaults.replacingOccurrences(of: "defaults:\n  source: {ref: reg}", with: "defaults: {sourec: {ref: reg}}")
        let errors = read(text).diagnostics.map(\.description)
        #expect(errors == ["d.yaml:9:11: error: 'defaults' states neither 'source' nor 'assumption'; give one, or remove 'defaults'",
                           "d.yaml:9:12: error: unknown key 'sourec' in 'defaults'; did you mean 'source'?"])
    }

    @Test func theCanonicalWriterKeepsDefaultsAndDoesNotRepeatThem() throws {
        let network = try #require(read(Self.withDefaults).loaded?.network)
        let yaml = NetworkWriter.yaml(network)
        #expect(yaml == Self.withDefaults)
        let json = NetworkWriter.json(network)
        #expect(json.components(separatedBy: "\"ref\"").count == 2)
        let fromJSON = try #require(read(json, format: .json).loaded?.network)
        #expect(fromJSON == network)
        #expect(NetworkWriter.json(fromJSON) == json)
    }

    @Test func anAssumptionAsDefault() throws {
        let text = Self.withDefaults.replacingOccurrences(of: "  source: {ref: reg}\n\nnodes", with: "  assumption: \"Imported from a register.\"\n\nnodes")
        let result = read(text)
        let network = try #require(result.loaded?.network)
        #expect(network.edges[0].assumption == "Imported from a register.")
        #expect(network.edges[0].provenance.isEmpty)
        #expect(NetworkWriter.yaml(network) == text)
    }

    /// Values written out in a file never count against the alias budget: only aliases do.
    @Test func aLargeDocumentWithoutAliasesIsRead() throws {
        let text = String(repeating: "- 1\n", count: InputLimits.maximumValues + 10)
        let result = DocumentReader.read(text: text, file: "many.yaml", format: .yaml)
        let root = try result.get()
        guard case .sequence(let items) = root.content else { Issue.record("not a list"); return }
        #expect(items.count == InputLimits.maximumValues + 10)
    }
}
