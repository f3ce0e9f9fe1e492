import Foundation
import Testing
@testable import GraphCore

/// One NetworkX reference fixture for the structure measures (Fixtures/make_fixtures_structure.py).
struct StructureFixture: CustomTestStringConvertible {
    let name: String
    let directed: Bool
    let weighted: Bool
    let multigraph: Bool
    let graph: Graph
    let results: JSON

    var testDescription: String { name }

    static let all: [StructureFixture] = FixtureFile.loadAll(folder: "structure", script: "make_fixtures_structure.py").map {
        StructureFixture(name: $0.name, directed: $0.directed, weighted: $0.weighted,
                         multigraph: $0.doc["multigraph"]!.bool, graph: $0.graph, results: $0.doc["results"]!)
    }

    /// The weighting variants present in this fixture: `("", false)` and, if weighted, `("_weighted", true)`.
    var variants: [(suffix: String, weighted: Bool)] {
        weighted ? [("", false), ("_weighted", true)] : [("", false)]
    }
}

/// `NaN` on our side matches `null` (NaN) in the fixture; otherwise 1e-9 relative.
func closeOrNaN(_ a: Double, _ b: Double?) -> Bool {
    guard let b else { return a.isNaN }
    return close(a, b)
}

func closeOrNaN(_ a: [Double], _ b: [Double?]) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { closeOrNaN($0, $1) }
}
