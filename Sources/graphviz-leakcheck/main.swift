// Renders many graphs in one process so that valgrind can show whether the Graphviz binding
// frees every C allocation (`make leakcheck`). Usage: graphviz-leakcheck [ITERATIONS]
import Graphviz
#if canImport(Glibc)
import Glibc
#endif

let iterations = CommandLine.arguments.dropFirst().first.flatMap { Int($0) } ?? 200
let formats: [OutputFormat] = [.svg, .png, .pdf, .dot, .json, .plain]
var bytes = 0
var failures = 0

for i in 0..<iterations {
    var g = Graph(name: "leak\(i)", kind: i.isMultiple(of: 2) ? .directed : .undirected)
    g.attributes.label = .text("Iteration \(i) & <more>")
    var cluster = Subgraph(name: "c\(i % 3)", isCluster: true)
    cluster.attributes.label = .text("Cluster é \(i)")
    cluster.nodeDefaults.shape = .box
    for j in 0..<8 {
        cluster.addNode("n\(j)") { $0.label = .text("Node \\N \(j)") ; $0.tooltip = "tip \(j)" }
    }
    var inner = Subgraph(name: "inner", isCluster: true)
    inner.addNode("deep")
    cluster.subgraphs.append(inner)
    g.subgraphs.append(cluster)
    for j in 0..<12 { g.addEdge(from: "n\(j % 8)", to: "n\((j * 3 + 1) % 8)") { $0.label = .text("e\(j)") } }
    let engine = LayoutEngine.standard[i % LayoutEngine.standard.count]
    do {
        bytes += try Graphviz.render(g, engine: engine, format: formats[i % formats.count]).data.count
        bytes += try Graphviz.render(dot: "digraph { a -> b; subgraph cluster_x { c } }", format: .svg).data.count
        bytes += try Graphviz.parse(dot: "digraph { a [label=\"x\"]; a -> b [weight=2]; subgraph cluster_y { c } }").nodes.count
    } catch {
        failures += 1
        print("unexpected failure: \(error)")
    }
    // Error paths must free everything too.
    if (try? Graphviz.render(dot: "digraph { a -> }")) != nil { failures += 1 }
    if (try? Graphviz.render(g, engine: LayoutEngine("nosuch"))) != nil { failures += 1 }
}
print("\(iterations) iterations, \(bytes) bytes rendered, \(failures) failures")
if failures > 0 { exit(1) }
