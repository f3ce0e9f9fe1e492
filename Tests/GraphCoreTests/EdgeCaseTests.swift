import Testing
@testable import GraphCore

/// Empty and one-node graphs must not trap anywhere; they give the documented values or typed errors.
@Suite struct EdgeCaseTests {
    @Test(arguments: [false, true])
    func emptyGraph(directed: Bool) throws {
        let g = try Graph(nodeCount: 0, directed: directed, edges: [])
        #expect(g.nodeCount == 0 && g.edgeCount == 0)
        #expect(g.connectedComponents().count == 0)
        #expect(g.stronglyConnectedComponents().count == 0)
        #expect(try g.coreNumbers() == [])
        #expect(try g.betweennessCentrality() == [])
        #expect(try g.nodeConnectivity() == 0)
        #expect(try g.edgeConnectivity() == 0)
        #expect(try g.depthFirstSearch().preorder == [])
        #expect(throws: GraphError.self) { try g.averageShortestPathLength() }
        #expect(throws: GraphError.self) { try g.diameter() }
        #expect(throws: GraphError.nodeOutOfRange(0, nodeCount: 0)) { try g.bfsDistances(from: 0) }
        let c = try g.robustnessCurve(strategy: .degree(adaptive: true))
        #expect(c.largestComponent == [0] && c.schneiderR == 0)
        #expect(try g.fragmentation() == 1)
        #expect(try g.keyPlayers(k: 0).nodes == [])
        if !directed {
            #expect(try g.biconnectedStructure().componentCount == 0)
        }
    }

    @Test(arguments: [false, true])
    func oneNode(directed: Bool) throws {
        let g = try Graph(nodeCount: 1, directed: directed, edges: [(0, 0)])
        #expect(g.connectedComponents().count == 1)
        #expect(try g.bfsDistances(from: 0) == [0])
        #expect(try g.dijkstraDistances(from: 0) == [0])
        #expect(try g.averageShortestPathLength() == 0)
        #expect(try g.diameter() == 0)
        #expect(try g.betweennessCentrality() == [0])
        #expect(try g.nodeConnectivity() == 0)
        #expect(throws: GraphError.selfLoopsNotAllowed("the k-core decomposition")) { try g.coreNumbers() }
        #expect(try g.allShortestPaths(from: 0, to: 0) == [[0]])
        #expect(try g.allSimplePaths(from: 0, to: 0) == [])
        #expect(try g.kShortestPaths(from: 0, to: 0, k: 3).map(\.path) == [[0]])
        #expect(throws: GraphError.self) { try g.maximumFlow(from: 0, to: 0) }
        #expect(try g.dominatorTree(root: 0).immediateDominator == [-1])
        #expect(try g.robustnessCurve(strategy: .random(seed: 1)).largestComponent == [1, 0])
        #expect(try g.schneiderR() == 0)
        #expect(try g.keyPlayers(k: 1).value == 1)
        #expect(throws: GraphError.self) { try g.kShortestPaths(from: 0, to: 0, k: -1) }
    }
}
