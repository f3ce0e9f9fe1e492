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

    static let all: [CentralityFixture] = FixtureFile.loadAll(folder: "centrality", script: "make_fixtures_centrality.py").map {
        CentralityFixture(name: $0.name, directed: $0.directed, weighted: $0.weighted,
                          multigraph: $0.doc["multigraph"]!.bool, graph: $0.graph, group: $0.doc["group"]!.ints,
                          results: $0.doc["results"]!.object.mapValues { JSONBox(value: $0) })
    }
}

/// Sendable wrapper for fixture values (read-only after loading).
struct JSONBox: @unchecked Sendable { let value: JSON }

import Testing
