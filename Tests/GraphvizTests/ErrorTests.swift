import Testing
@testable import Graphviz
import AgencyGraphTestSupport

@Suite("Graphviz messages become errors")
struct ErrorTests {
    @Test func syntaxErrorCarriesGraphvizTextAndLine() throws {
        let text = "digraph {\n  a -> b;\n  c -> -> d;\n}\n"
        do {
            _ = try Graphviz.render(dot: text)
            Issue.record("malformed DOT was accepted")
        } catch let GraphvizError.syntax(message, line) {
            #expect(line == 3)
            #expect(message.contains("syntax error in line 3"))
        }
        // The parser recovers: the next good text parses and renders.
        let svg = try SVG.parse(try Graphviz.render(dot: "digraph { x -> y }").data)
        #expect(svg.groups(withClass: "node").compactMap(\.title) == ["x", "y"])
    }

    @Test(arguments: ["", "   \n", "not a graph", "digraph {", "graph { a -- }", "digraph { a -> b [label=] }"])
    func malformedTextIsASyntaxError(text: String) {
        #expect(throws: GraphvizError.self) { try Graphviz.validate(dot: text) }
    }

    @Test func unknownEngineListsTheAvailableOnes() throws {
        do {
            _ = try Graphviz.render(dot: "digraph { a }", engine: LayoutEngine("nosuch"))
            Issue.record("an unknown engine was accepted")
        } catch let GraphvizError.unknownEngine(name, available) {
            #expect(name == "nosuch")
            #expect(available.contains("dot") && available.contains("sfdp"))
        }
    }

    @Test func unknownFormatListsTheAvailableOnes() throws {
        do {
            _ = try Graphviz.render(dot: "digraph { a }", format: OutputFormat("nosuch"))
            Issue.record("an unknown format was accepted")
        } catch let GraphvizError.unknownFormat(name, available) {
            #expect(name == "nosuch")
            #expect(available.contains("svg"))
        }
    }

    @Test func warningsAreReturnedNotPrinted() throws {
        let output = try Graphviz.render(dot: "digraph { a [color=nosuchcolour] }")
        #expect(output.warnings == ["nosuchcolour is not a known color."])
        // Warnings of one call do not leak into the next.
        #expect(try Graphviz.render(dot: "digraph { a }").warnings.isEmpty)
    }

    @Test func layoutFailureIsAnError() throws {
        // neato's `nop` mode needs positions: an unparseable `pos` is reported, not printed.
        let output = try? Graphviz.render(dot: "graph { a [pos=\"x,y\"] }", engine: LayoutEngine("nop"))
        if let output {
            #expect(!output.warnings.isEmpty)
        }
    }
}
