import Foundation
import Testing
@testable import GraphCore

@Suite struct StorageTests {
    @Test func directedRowsAndDegrees() throws {
        let g = try Graph(nodeCount: 4, directed: true, edges: [(0, 1), (0, 2), (2, 1), (1, 1), (3, 0)])
        #expect(g.nodeCount == 4)
        #expect(g.edgeCount == 5)
        #expect(g.isDirected)
        #expect(Array(g.successors(of: 0)) == [1, 2])
        #expect(Array(g.predecessors(of: 1)) == [0, 2, 1])
        #expect(Array(g.predecessors(of: 0)) == [3])
        #expect(Array(g.outEdges(of: 0)) == [0, 1])
        #expect(g.degree(of: 1) == 4)  // in 0,2,1 + out 1
        #expect(g.hasEdge(from: 2, to: 1))
        #expect(!g.hasEdge(from: 1, to: 2))
        #expect(g.selfLoopCount == 1)
        let r = g.reversed()
        #expect(Array(r.successors(of: 1)) == [0, 2, 1])
    }

    @Test func undirectedRowsCountSelfLoopTwice() throws {
        let g = try Graph(nodeCount: 3, edges: [(0, 1), (1, 2), (2, 2), (1, 0)])
        #expect(Array(g.neighbors(of: 1)) == [0, 2, 0])
        #expect(Array(g.neighbors(of: 2)) == [1, 2])
        #expect(g.degree(of: 2) == 3)
        #expect(g.degree(of: 1) == 3)
        #expect(g.hasParallelEdges)
        #expect(g.hasEdge(from: 2, to: 1))
    }

    @Test func parallelEdgePolicies() throws {
        let triples: [(Int32, Int32, Double)] = [(0, 1, 3), (1, 2, 1), (1, 0, 2), (0, 1, 5)]
        let keep = try Graph(nodeCount: 3, weightedEdges: triples)
        #expect(keep.edgeCount == 4)
        let sum = try Graph(nodeCount: 3, weightedEdges: triples, parallelEdges: .sum)
        #expect(sum.edgeCount == 2)
        #expect(sum.edge(0).weight == 10)
        #expect(sum.edge(1).weight == 1)
        let mn = try Graph(nodeCount: 3, weightedEdges: triples, parallelEdges: .min)
        #expect(mn.edge(0).weight == 2)
        #expect(mn.edge(0).source == 0 && mn.edge(0).target == 1)
        // Directed: 1→0 is not parallel to 0→1.
        let dsum = try Graph(nodeCount: 3, directed: true, weightedEdges: triples, parallelEdges: .sum)
        #expect(dsum.edgeCount == 3)
        #expect(dsum.edges.map { $0.weight } == [8, 1, 2])
        #expect(throws: GraphError.parallelEdgeRejected(source: 0, target: 1, edgeIndex: 3)) {
            try Graph(nodeCount: 3, directed: true, weightedEdges: triples, parallelEdges: .reject)
        }
    }

    @Test func selfLoopPolicies() throws {
        let e: [(Int32, Int32)] = [(0, 0), (0, 1)]
        #expect(try Graph(nodeCount: 2, edges: e).edgeCount == 2)
        #expect(try Graph(nodeCount: 2, edges: e, selfLoops: .drop).edgeCount == 1)
        #expect(throws: GraphError.selfLoopRejected(node: 0)) {
            try Graph(nodeCount: 2, edges: e, selfLoops: .reject)
        }
    }

    @Test func builderRejectsBadInput() throws {
        var b = GraphBuilder(nodeCount: 2, weighted: true)
        #expect(throws: GraphError.nodeOutOfRange(2, nodeCount: 2)) { try b.addEdge(0, 2) }
        #expect(throws: GraphError.nodeOutOfRange(-1, nodeCount: 2)) { try b.addEdge(-1, 0) }
        #expect(throws: GraphError.nonFiniteWeight(source: 0, target: 1, weight: .infinity)) {
            try b.addEdge(0, 1, weight: .infinity)
        }
        let v = try b.addNode()
        #expect(v == 2)
        #expect(throws: GraphError.invalidArgument("cannot add a negative number of nodes (-1)")) { try b.addNodes(-1) }
        #expect(try b.addNodes(0) == 3 ..< 3)
        try b.addEdge(0, 2, weight: 0.5)
        let g = try b.build()
        #expect(g.nodeCount == 3 && g.edgeCount == 1 && g.edge(0).weight == 0.5)
        #expect(GraphError.nodeOutOfRange(5, nodeCount: 3).description.contains("0..<3"))
    }

    @Test func inducedSubgraph() throws {
        let g = try Graph(nodeCount: 4, edges: [(0, 1), (1, 2), (2, 3), (3, 0)])
        let (h, orig) = g.inducedSubgraph(keeping: [true, false, true, true])
        #expect(orig == [0, 2, 3])
        #expect(h.edgeCount == 2)
        #expect(h.edges.map { [$0.source, $0.target] } == [[1, 2], [2, 0]])
    }

    @Test func readerLabelsCommentsAndWeights() throws {
        let text = """
            # a comment line
            ocam ctif 2.5
            ctif  42\t1e-3   # trailing comment
            \r
            42 ocam -7
            x x 0.1
            """
        let lg = try EdgeListReader.parse(text, weighted: true)
        #expect(lg.labels == ["ocam", "ctif", "42", "x"])
        #expect(lg.graph.edgeCount == 4)
        #expect(lg.graph.edges.map { $0.weight } == [2.5, 0.001, -7, 0.1])
        #expect(lg.idsByLabel()["42"] == 2)
        let unweighted = try EdgeListReader.parse(text, directed: true, selfLoops: .drop)
        #expect(unweighted.graph.edgeCount == 3)
        #expect(!unweighted.graph.isWeighted)
        #expect(Array(unweighted.graph.successors(of: 1)) == [2])
    }

    @Test func readerWeightParsingIsExact() throws {
        let samples = ["0.1", "3.14159", "1e22", "123456789012345678901234", "-0.000001", "2.5E+3", ".5", "7."]
        let text = samples.enumerated().map { "a\($0.offset) b \($0.element)" }.joined(separator: "\n")
        let g = try EdgeListReader.parse(text, weighted: true).graph
        #expect(g.edges.map { $0.weight } == samples.map { Double($0)! })
    }

    @Test func readerErrorsCarryLineAndColumn() throws {
        #expect(throws: EdgeListError(line: 2, column: 4, reason: "expected two node ids on the line, found one")) {
            try EdgeListReader.parse("a b\nabc\n")
        }
        #expect(throws: EdgeListError(line: 1, column: 5, reason: "weight `zz` is not a finite decimal number")) {
            try EdgeListReader.parse("a b zz", weighted: true)
        }
        #expect(throws: EdgeListError(line: 3, column: 7, reason: "too many fields: expected `u v` or `u v weight`")) {
            try EdgeListReader.parse("\n\na b 1 2")
        }
        #expect(throws: EdgeListError(line: 1, column: 4, reason: "missing weight: expected `u v weight` in a weighted edge list")) {
            try EdgeListReader.parse("a b", weighted: true)
        }
        do {
            _ = try EdgeListReader.parse("a b\nc d\nb a\n", parallelEdges: .reject)
            Issue.record("expected a parallel-edge error")
        } catch let e as EdgeListError {
            #expect(e.line == 3)
            #expect(e.reason.contains("`b a`"))
        }
        do {
            _ = try EdgeListReader.parse("a b\n  q q\n", selfLoops: .reject)
            Issue.record("expected a self-loop error")
        } catch let e as EdgeListError {
            #expect(e.line == 2 && e.column == 3)
        }
    }

    @Test func readerReadsFiles() throws {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/tiny", withExtension: "edgelist"))
        let lg = try EdgeListReader.read(path: url.path)
        #expect(lg.labels == ["1", "2", "3"])
        #expect(lg.graph.edgeCount == 2)
        do {
            _ = try EdgeListReader.read(path: "/nonexistent/file")
            Issue.record("expected an error")
        } catch let e as EdgeListError {
            #expect(e.description == "/nonexistent/file:0:0: cannot open the file: No such file or directory; "
                + "check the path and its permissions")
        }
    }

    @Test func readerManyLabels() throws {
        // Enough labels to force several hash-table growths.
        var text = ""
        for i in 0 ..< 20_000 { text += "n\(i) n\((i * 7919) % 20_000)\n" }
        let lg = try EdgeListReader.parse(text)
        #expect(lg.labels.count == 20_000)
        #expect(lg.labels[0] == "n0" && lg.labels[1] == "n1" && lg.labels[2] == "n7919")
        for e in lg.graph.edges.prefix(100) {
            let u = Int(lg.labels[Int(e.source)].dropFirst())!
            let v = Int(lg.labels[Int(e.target)].dropFirst())!
            #expect(v == (u * 7919) % 20_000)
        }
    }
}
