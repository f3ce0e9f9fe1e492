import Testing
@testable import Graphviz
import AgencyGraphTestSupport

@Suite("Thread safety")
struct ConcurrencyTests {
    /// Graphviz crashes on concurrent renders without the lock; with it, every concurrent render
    /// must produce its own complete, correct output.
    @Test func concurrentRendersAreSerialisedAndCorrect() async throws {
        let count = 64
        let results = try await withThrowingTaskGroup(of: (Int, [UInt8]).self) { group in
            for i in 0..<count {
                group.addTask {
                    var g = Graph(name: "g\(i)", kind: i.isMultiple(of: 2) ? .directed : .undirected)
                    g.addNode("n\(i)") { $0.label = .text("label-\(i) & <\(i)>") }
                    for j in 0..<5 { g.addEdge(from: "n\(i)", to: "m\(i)_\(j)") }
                    let engine = LayoutEngine.standard[i % LayoutEngine.standard.count]
                    return (i, try Graphviz.render(g, engine: engine, format: .svg).data)
                }
            }
            var out: [Int: [UInt8]] = [:]
            for try await (i, data) in group { out[i] = data }
            return out
        }
        let drawsEdges: Set<String> = ["dot", "neato", "fdp", "sfdp", "circo", "twopi"]
        #expect(results.count == count)
        for i in 0..<count {
            let svg = try SVG.parse(try #require(results[i]))
            #expect(svg.all("title").first?.text == "g\(i)")
            let node = try #require(svg.groups(withClass: "node").first { $0.title == "n\(i)" })
            #expect(node.texts == ["label-\(i) & <\(i)>"])
            let engine = LayoutEngine.standard[i % LayoutEngine.standard.count].rawValue
            #expect(svg.groups(withClass: "node").count == 6)
            if drawsEdges.contains(engine) { #expect(svg.groups(withClass: "edge").count == 5) }
        }
    }

    @Test func concurrentSyntaxErrorsAndRendersDoNotMixMessages() async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            for i in 0..<32 {
                group.addTask {
                    if i.isMultiple(of: 2) {
                        do {
                            _ = try Graphviz.render(dot: String(repeating: "\n", count: i) + "digraph { a -> }")
                            Issue.record("malformed DOT accepted")
                        } catch let GraphvizError.syntax(_, line) {
                            #expect(line == i + 1)
                        }
                    } else {
                        let out = try Graphviz.render(dot: "digraph { a\(i) -> b }")
                        #expect(out.warnings.isEmpty)
                    }
                }
            }
            try await group.waitForAll()
        }
    }
}
