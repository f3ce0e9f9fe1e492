import Testing
@testable import GraphCore

@Suite struct TraversalTests {
    @Test(arguments: Fixture.all)
    func bfsDistancesMatchNetworkX(_ f: Fixture) throws {
        for (key, expected) in f.results["bfs"]!.object {
            let s = Int32(key)!
            let d = try f.graph.bfsDistances(from: s)
            let want = expected.array.map { $0.isNull ? Int32(-1) : $0.int32 }
            #expect(d == want, "\(f.name) from \(s)")
            let tree = try f.graph.breadthFirstSearch(from: [s])
            #expect(tree.distance == want)
            // Parents are one step closer and joined by an edge.
            for v in tree.order.dropFirst() {
                let p = tree.parent[Int(v)]
                #expect(tree.distance[Int(p)] + 1 == tree.distance[Int(v)])
                #expect(f.graph.hasEdge(from: p, to: v))
            }
        }
    }

    @Test(arguments: Fixture.all)
    func reachableMatchesDescendants(_ f: Fixture) throws {
        for (key, expected) in f.results["reachable"]!.object {
            let s = Int32(key)!
            #expect(try f.graph.reachable(from: s) == expected.ints, "\(f.name) from \(s)")
            for t in [Int32(0), Int32(f.graph.nodeCount - 1)] {
                #expect(try f.graph.hasPath(from: s, to: t) == expected.ints.contains(t))
            }
        }
    }

    @Test func incomingAndBothDirections() throws {
        let g = try Graph(nodeCount: 5, directed: true, edges: [(0, 1), (1, 2), (3, 2), (4, 4)])
        #expect(try g.reachable(from: 2, direction: .incoming) == [0, 1, 2, 3])
        #expect(try g.reachable(from: 0, direction: .both) == [0, 1, 2, 3])
        #expect(try g.bfsDistances(from: 3, direction: .both) == [3, 2, 1, 0, -1])
        #expect(try g.breadthFirstSearch(from: [0, 3], maxDepth: 1).distance == [0, 1, 1, 0, -1])
        #expect(throws: GraphError.nodeOutOfRange(9, nodeCount: 5)) { try g.bfsDistances(from: 9) }
    }

    @Test func dfsOrdersAreValid() throws {
        for seed in 0 ..< 20 as Range<UInt64> {
            let g = RandomGraphs.gnp(n: 40, p: 0.08, directed: seed % 2 == 0, seed: seed)
            let f = try g.depthFirstSearch()
            #expect(f.preorder.count == g.nodeCount)
            #expect(Set(f.preorder).count == g.nodeCount)
            #expect(f.postorder.count == g.nodeCount)
            var pre = [Int](repeating: 0, count: g.nodeCount), post = pre
            for (i, v) in f.preorder.enumerated() { pre[Int(v)] = i }
            for (i, v) in f.postorder.enumerated() { post[Int(v)] = i }
            for v in g.nodes where f.parent[Int(v)] >= 0 {
                let p = f.parent[Int(v)]
                #expect(g.hasEdge(from: p, to: v))
                #expect(pre[Int(p)] < pre[Int(v)] && post[Int(p)] > post[Int(v)])
            }
            // Every edge of a DFS (undirected) joins an ancestor and a descendant: no cross edges.
            if !g.isDirected {
                for e in g.edges {
                    let (a, b) = pre[Int(e.source)] < pre[Int(e.target)] ? (e.source, e.target) : (e.target, e.source)
                    #expect(post[Int(a)] > post[Int(b)])
                }
            }
        }
    }

    @Test func smallDFSExactOrder() throws {
        let g = try Graph(nodeCount: 6, edges: [(0, 1), (0, 2), (1, 3), (2, 3), (4, 5)])
        let f = try g.depthFirstSearch()
        #expect(f.preorder == [0, 1, 3, 2, 4, 5])
        #expect(f.postorder == [2, 3, 1, 0, 5, 4])
        #expect(try g.depthFirstSearch(from: 2).preorder == [2, 0, 1, 3])
    }

    @Test func topologicalOrder() throws {
        let dag = try Graph(nodeCount: 5, directed: true, edges: [(3, 1), (1, 0), (4, 0), (2, 4)])
        #expect(try dag.topologicalOrder() == [2, 3, 1, 4, 0])
        let cyc = try Graph(nodeCount: 3, directed: true, edges: [(0, 1), (1, 2), (2, 0)])
        #expect(try cyc.topologicalOrder() == nil)
    }

    /// A 1M-node path must not overflow the stack in any traversal or component algorithm.
    @Test func millionNodePathDoesNotOverflow() throws {
        let n = 1_000_000
        let g = RandomGraphs.path(n)
        let f = try g.depthFirstSearch(from: 0)
        #expect(f.preorder.count == n && f.preorder.last == Int32(n - 1))
        #expect(f.postorder.first == Int32(n - 1))
        #expect(try g.bfsDistances(from: 0)[n - 1] == Int32(n - 1))
        #expect(g.connectedComponents().count == 1)
        let bc = try g.biconnectedStructure()
        #expect(bc.articulationPoints.count == n - 2)
        #expect(bc.bridges.count == n - 1)
        #expect(bc.components.count == n - 1)
        #expect(try g.coreNumbers().allSatisfy { $0 == 1 })
        let d = RandomGraphs.path(n, directed: true)
        #expect(d.stronglyConnectedComponents().count == n)
        #expect(try d.topologicalOrder()?.first == 0)
    }
}
