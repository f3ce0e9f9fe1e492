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

    static let all: [StructureFixture] = {
        guard let dir = Bundle.module.url(forResource: "Fixtures/structure", withExtension: nil),
              let indexData = try? Data(contentsOf: dir.appendingPathComponent("index.json")),
              let names = try? JSONDecoder().decode([String].self, from: indexData)
        else { fatalError("fixtures missing: run Tests/GraphCoreTests/Fixtures/make_fixtures_structure.py") }
        return names.map { name in
            let data = try! Data(contentsOf: dir.appendingPathComponent("\(name).json"))
            let doc = try! JSONDecoder().decode(JSON.self, from: data)
            let directed = doc["directed"]!.bool
            let weighted = doc["weighted"]!.bool
            var b = GraphBuilder(nodeCount: doc["n"]!.int!, directed: directed, weighted: weighted)
            for e in doc["edges"]!.array {
                let a = e.array
                try! b.addEdge(a[0].int32, a[1].int32, weight: weighted ? a[2].double! : 1)
            }
            return StructureFixture(name: name, directed: directed, weighted: weighted,
                                    multigraph: doc["multigraph"]!.bool, graph: try! b.build(),
                                    results: doc["results"]!)
        }
    }()

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
