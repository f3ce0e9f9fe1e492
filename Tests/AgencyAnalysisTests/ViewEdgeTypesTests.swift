import AgencyGraphTestSupport
import AgencyModel
import Testing
@testable import AgencyAnalysis

/// `AnalysisView.edgeTypes(from:to:)` reads the network's index when asked (issue 16; it kept a
/// set of types per pair of nodes): the same types as a scan of every edge, in directed and
/// undirected views, with symmetric types, parallel edges, self-loops and repeated node ids.
@Suite struct ViewEdgeTypesTests {
    @Test(arguments: 0 ..< 20)
    func typesBetweenTwoNodesAreThoseOfAScan(_ seed: Int) throws {
        var generator = SplitMix64(seed: UInt64(seed) &+ 31)
        let types: [EdgeType] = [.coordinates, .informs, .cooperatesWith, .reportsTo, EdgeType(rawValue: "x-link")]
        let count = 12
        var nodes = (0 ..< count).map { Node(id: "a\($0)", kind: .agency) }
        if seed % 4 == 0 { nodes.append(Node(id: "a3", kind: .agency)) }
        let edges = (0 ..< 60).map { _ in
            Edge(from: "a\(generator.next() % UInt64(count))", to: "a\(generator.next() % UInt64(count))",
                 type: types[Int(generator.next() % UInt64(types.count))])
        }
        let network = Network(id: "t", title: LocalizedText(universal: "T"), nodes: nodes, edges: edges)
        for directed in [true, false] {
            let view = try AnalysisView(network: network, options: AnalysisOptions(directed: directed))
            for u in 0 ..< Int32(view.ids.count) {
                for v in 0 ..< Int32(view.ids.count) {
                    let a = view.ids[Int(u)], b = view.ids[Int(v)]
                    var expected = Set(edges.filter { $0.from == a && $0.to == b }.map(\.type))
                    expected.formUnion(edges.filter { $0.from == b && $0.to == a && (!directed || $0.type.isSymmetric) }.map(\.type))
                    #expect(view.edgeTypes(from: u, to: v) == expected.sorted(), "\(a) → \(b), directed: \(directed)")
                }
            }
            #expect(view.dense("a3") == 3 && view.dense("nobody") == nil)
        }
    }
}
