import Foundation
import Graphviz
import Testing

/// `Graphviz.parse(dot:)`, the cgraph walk the DOT reader stands on.
@Suite struct GraphvizParseTests {
    @Test func structureAttributesAndKeys() throws {
        let g = try Graphviz.parse(dot: """
            strict graph "g 1" {
              graph [title="T"];
              node [shape=box];
              b [label="B\\\\x"];
              a -- b [key=k1, weight=2];
              a -- c;
              subgraph cluster_x { c; }
            }
            """)
        #expect(g.name == "g 1" && !g.isDirected && g.isStrict)
        #expect(g.attributes == [ParsedGraph.Attribute(name: "title", value: "T")])
        #expect(g.nodes.map(\.name) == ["b", "a", "c"])
        #expect(g.nodes[0].attributes.contains(ParsedGraph.Attribute(name: "label", value: "B\\\\x")))
        #expect(g.nodes.allSatisfy { $0.attributes.contains(ParsedGraph.Attribute(name: "shape", value: "box")) })
        #expect(g.edges.map { "\($0.tail)-\($0.head)" } == ["a-b", "a-c"])
        #expect(g.edges[0].key == "k1" && g.edges[1].key == nil)
        #expect(g.edges[0].attributes.contains(ParsedGraph.Attribute(name: "weight", value: "2")))
        #expect(g.subgraphs == ["cluster_x"])
    }

    @Test func edgesKeepTheirOrderOfAppearance() throws {
        let g = try Graphviz.parse(dot: "digraph { z -> a; a -> z; m -> a; z -> m; }")
        #expect(g.edges.map { "\($0.tail)>\($0.head)" } == ["z>a", "a>z", "m>a", "z>m"])
    }

    @Test func syntaxErrorsAreThrownWithTheirLine() {
        #expect(throws: GraphvizError.self) { try Graphviz.parse(dot: "digraph {\n a -> ;\n}") }
        do { _ = try Graphviz.parse(dot: "digraph {\n\n a -> ;\n}") } catch let GraphvizError.syntax(_, line) {
            #expect(line == 3)
        } catch { Issue.record("\(error)") }
        #expect(throws: GraphvizError.self) { try Graphviz.parse(dot: "") }
        #expect(throws: GraphvizError.self) { try Graphviz.parse(dot: "digraph { a\u{0} }") }
    }

    /// Parses and renders from many tasks at once: the process-wide lock keeps cgraph safe and
    /// every result intact.
    @Test func concurrentParsesAndRenders() async throws {
        try await withThrowingTaskGroup(of: Bool.self) { group in
            for i in 0..<48 {
                group.addTask {
                    if i % 3 == 0 {
                        let out = try Graphviz.render(dot: "digraph { n\(i) -> m\(i) }", engine: .dot, format: .svg)
                        return String(decoding: out.data, as: UTF8.self).contains("n\(i)")
                    }
                    let g = try Graphviz.parse(dot: "digraph { n\(i) [label=\"L\(i)\"]; n\(i) -> m\(i) -> o\(i); }")
                    return g.nodes.map(\.name) == ["n\(i)", "m\(i)", "o\(i)"] && g.edges.count == 2
                        && g.nodes[0].attributes == [ParsedGraph.Attribute(name: "label", value: "L\(i)")]
                }
            }
            var all = 0
            for try await ok in group { #expect(ok); all += 1 }
            #expect(all == 48)
        }
    }
}
