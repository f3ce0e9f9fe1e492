import Foundation
@testable import GraphCore

/// One NetworkX centrality fixture (written by Fixtures/make_fixtures_centrality.py).
struct CentralityFixture: CustomTestStringConvertible, Sendable {
    let name: String
    let directed: Bool
    let weighted: Bool
    let multigraph: Bool
    let graph: Graph
    let group: [Int32]
    let results: [String: JSONBox]

    var testDescription: String { name }

    /// The value for `key` as a vector (`nil` when absent or null).
    func vector(_ key: String) -> [Double]? {
        guard let j = results[key]?.value, case .array = j else { return nil }
        return j.array.map { $0.double ?? .nan }
    }

    func number(_ key: String) -> Double? { results[key]?.value.double }
    func isNull(_ key: String) -> Bool { results[key]?.value.isNull ?? false }

    static let all: [CentralityFixture] = {
        guard let dir = Bundle.module.url(forResource: "Fixtures/centrality", withExtension: nil),
              let indexData = try? Data(contentsOf: dir.appendingPathComponent("index.json")),
              let names = try? JSONDecoder().decode([String].self, from: indexData)
        else { fatalError("fixtures missing: run Tests/GraphCoreTests/Fixtures/make_fixtures_centrality.py") }
        return names.map { name in
            let data = try! Data(contentsOf: dir.appendingPathComponent("\(name).json"))
            let doc = try! JSONDecoder().decode(JSON.self, from: data)
            let directed = doc["directed"]!.bool
            let weighted = doc["weighted"]!.bool
            let n = doc["n"]!.int!
            var b = GraphBuilder(nodeCount: n, directed: directed, weighted: weighted)
            for e in doc["edges"]!.array {
                let a = e.array
                try! b.addEdge(a[0].int32, a[1].int32, weight: weighted ? a[2].double! : 1)
            }
            return CentralityFixture(
                name: name, directed: directed, weighted: weighted, multigraph: doc["multigraph"]!.bool,
                graph: try! b.build(), group: doc["group"]!.ints,
                results: doc["results"]!.object.mapValues { JSONBox(value: $0) })
        }
    }()
}

/// Sendable wrapper for fixture values (read-only after loading).
struct JSONBox: @unchecked Sendable { let value: JSON }

import Testing
