// Renders many graphs in one process so that valgrind can show whether the Graphviz binding
// frees every C allocation (`make leakcheck`). Usage: graphviz-leakcheck [ITERATIONS]
import Graphviz

/// Values the DOT sanitiser drops or rewrites (docs/security.md), so that its C calls are checked too.
let hostileDOT = #"""
digraph { stylesheet="https://evil.example/x.css"; URL="javascript:alert(1)";
  a [URL="https://example.org/?a=1&b=2", fontname="x\"><script>", label="caf&eacute; &#x18;"];
  b [label=<<table href="javascript:x"><tr><td href="#ok"><font face="a&quot;b">x</font></td></tr></table>>];
  c [label=<<img src="/etc/hosts"/>>, fillcolor="#fff;", style=filled];
  a -> b [edgeURL="\N.html", headURL="java&#x09;script:1", comment="--"] }
"""#
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
    // Every engine × format pair once in each 48 iterations (i % 8 and i % 6 together gave 24).
    let engine = LayoutEngine.standard[i % LayoutEngine.standard.count]
    let format = formats[(i / LayoutEngine.standard.count) % formats.count]
    do {
        bytes += try Graphviz.render(g, engine: engine, format: format).data.count
        bytes += try Graphviz.render(dot: "digraph { a -> b; subgraph cluster_x { c } }", format: .svg).data.count
        bytes += try Graphviz.parse(dot: "digraph { a [label=\"x\"]; a -> b [weight=2]; subgraph cluster_y { c } }").nodes.count
        // The DOT sanitiser's rewrites (dropped values, HTML labels rebuilt, links re-escaped).
        bytes += try Graphviz.render(dot: hostileDOT, format: .svg).data.count
    } catch {
        failures += 1
        print("unexpected failure: \(error)")
    }
    // Error paths must free everything too.
    if (try? Graphviz.render(dot: "digraph { a -> }")) != nil { failures += 1 }
    if (try? Graphviz.render(dot: "digraph { a [peripheries=99999] }")) != nil { failures += 1 }
    if (try? Graphviz.render(dot: "digraph { \"x&nt;\" }")) != nil { failures += 1 }
    if (try? Graphviz.render(g, engine: LayoutEngine("nosuch"))) != nil { failures += 1 }
}
print("\(iterations) iterations, \(bytes) bytes rendered, \(failures) failures")
if failures > 0 { exit(1) }
