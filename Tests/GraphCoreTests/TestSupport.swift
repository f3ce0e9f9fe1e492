import AgencyGraphTestSupport
import Foundation
import Testing
@testable import GraphCore


/// Random graphs for property tests.
enum RandomGraphs {
    /// G(n, p) with optional weights in 1...5 (integers, so ties happen) and optional extras.
    static func gnp(n: Int, p: Double, directed: Bool = false, weighted: Bool = false,
                    selfLoops: Bool = false, parallel: Bool = false, seed: UInt64) -> Graph {
        var rng = SplitMix64(seed: seed)
        var b = GraphBuilder(nodeCount: n, directed: directed, weighted: weighted)
        for u in 0 ..< n {
            for v in (directed ? 0 : u + 1) ..< n where u != v {
                if Double.random(in: 0 ..< 1, using: &rng) < p {
                    try! b.addEdge(Int32(u), Int32(v), weight: Double(Int.random(in: 1 ... 5, using: &rng)))
                    if parallel && Double.random(in: 0 ..< 1, using: &rng) < 0.1 {
                        try! b.addEdge(Int32(u), Int32(v), weight: Double(Int.random(in: 1 ... 5, using: &rng)))
                    }
                }
            }
            if selfLoops && Double.random(in: 0 ..< 1, using: &rng) < 0.05 {
                try! b.addEdge(Int32(u), Int32(u), weight: 1)
            }
        }
        return try! b.build()
    }

    /// A path 0 - 1 - ... - (n-1).
    static func path(_ n: Int, directed: Bool = false) -> Graph {
        var b = GraphBuilder(nodeCount: n, directed: directed)
        b.reserveCapacity(edges: n)
        for v in 1 ..< max(n, 1) { try! b.addEdge(Int32(v - 1), Int32(v)) }
        return try! b.build()
    }
}

/// A minimal JSON value for reading fixtures.
enum JSON: Decodable {
    case null, bool(Bool), number(Double), string(String), array([JSON]), object([String: JSON])

    init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let d = try? c.decode(Double.self) { self = .number(d) }
        else if let s = try? c.decode(String.self) { self = .string(s) }
        else if let a = try? c.decode([JSON].self) { self = .array(a) }
        else { self = .object(try c.decode([String: JSON].self)) }
    }

    subscript(key: String) -> JSON? {
        if case let .object(o) = self { return o[key] }
        return nil
    }
    var array: [JSON] { if case let .array(a) = self { return a }; return [] }
    var object: [String: JSON] { if case let .object(o) = self { return o }; return [:] }
    var double: Double? { if case let .number(d) = self { return d }; return nil }
    var int: Int? { double.map { Int($0) } }
    var int32: Int32 { Int32(double!) }
    var bool: Bool { if case let .bool(b) = self { return b }; return false }
    var isNull: Bool { if case .null = self { return true }; return false }
    var ints: [Int32] { array.map { $0.int32 } }
    var intLists: [[Int32]] { array.map { $0.ints } }
    var doubles: [Double?] { array.map { $0.double } }
}

/// One NetworkX reference fixture (written by Fixtures/make_fixtures.py).
struct Fixture: CustomTestStringConvertible {
    let name: String
    let directed: Bool
    let weighted: Bool
    let multigraph: Bool
    let graph: Graph
    let results: JSON

    var testDescription: String { name }

    static let all: [Fixture] = FixtureFile.loadAll(folder: "networkx", script: "make_fixtures.py").map {
        Fixture(name: $0.name, directed: $0.directed, weighted: $0.weighted,
                multigraph: $0.doc["multigraph"]!.bool, graph: $0.graph, results: $0.doc["results"]!)
    }

    static var undirected: [Fixture] { all.filter { !$0.directed } }
    static var directedOnes: [Fixture] { all.filter { $0.directed } }
}

/// Relative comparison with 1e-9 tolerance (absolute near zero).
func close(_ a: Double, _ b: Double, tolerance: Double = 1e-9) -> Bool {
    if a == b { return true }
    return abs(a - b) <= tolerance * max(abs(a), abs(b), 1e-300) || abs(a - b) < 1e-12
}

func close(_ a: [Double], _ b: [Double]) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { close($0, $1) }
}

/// One fixture file of a folder under Fixtures/ (an `index.json` lists the names): the decoded
/// document and the graph built from its `n`, `directed`, `weighted` and `edges`. Shared by the
/// part-1, centrality and structure fixtures, which differ only in what results they carry.
struct FixtureFile {
    let name: String
    let directed: Bool
    let weighted: Bool
    let graph: Graph
    let doc: JSON

    static func loadAll(folder: String, script: String) -> [FixtureFile] {
        guard let dir = Bundle.module.url(forResource: "Fixtures/\(folder)", withExtension: nil),
              let indexData = try? Data(contentsOf: dir.appendingPathComponent("index.json")),
              let names = try? JSONDecoder().decode([String].self, from: indexData)
        else { fatalError("fixtures missing: run Tests/GraphCoreTests/Fixtures/\(script)") }
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
            return FixtureFile(name: name, directed: directed, weighted: weighted, graph: try! b.build(), doc: doc)
        }
    }
}

/// The shared seeded generator (AgencyGraphTestSupport), for every file of this test target.
typealias SplitMix64 = AgencyGraphTestSupport.SplitMix64
