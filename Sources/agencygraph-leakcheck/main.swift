// Reading, network rendering and the briefing, repeated in one process, so that valgrind can show
// whether they free what they allocate (`make leakcheck`; the Graphviz binding alone is
// graphviz-leakcheck). Usage: agencygraph-leakcheck AREA [ITERATIONS] [ROOT]
//   reading    every format Interop reads (written once from examples/synthetic.yaml), AgencyGraph
//              YAML and JSON, and broken inputs of each reader (error paths)
//   rendering  examples/synthetic.yaml drawn by AgencyRendering with each of the 8 engines to each
//              of the 6 formats: the 48 engine × format pairs
//   briefing   the Belgian briefing (hub ocam, one scenario), its gates and its JSON
// ROOT is the package folder (default: the current folder).
import AgencyAnalysis
import AgencyInterop
import AgencyModel
import AgencyRendering
import Briefing
import Foundation
import Graphviz

let arguments = Array(CommandLine.arguments.dropFirst())
guard let area = arguments.first, ["reading", "rendering", "briefing"].contains(area) else {
    FileHandle.standardError.write(Data("usage: agencygraph-leakcheck reading|rendering|briefing [ITERATIONS] [ROOT]\n".utf8))
    exit(2)
}
let iterations = arguments.dropFirst().first.flatMap { Int($0) } ?? 2
let root = arguments.count > 2 ? arguments[2] : FileManager.default.currentDirectoryPath
@MainActor func path(_ relative: String) -> String { (root as NSString).appendingPathComponent(relative) }
var failures = 0
var work = 0

@MainActor func fail(_ message: String) {
    failures += 1
    print("unexpected: \(message)")
}

@MainActor func load(_ relative: String) -> Network {
    do { return try NetworkReader.loadValid(contentsOf: path(relative)) } catch {
        print("cannot read \(relative): \(error)")
        exit(1)
    }
}

switch area {
case "reading":
    // Every readable format, written once into a scratch folder; broken files beside them.
    let folder = (NSTemporaryDirectory() as NSString).appendingPathComponent("agencygraph-leakcheck-\(getpid())")
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let synthetic = load("examples/synthetic.yaml")
    let outputs: [(InteropFormat, String)] = [(.yaml, "s.yaml"), (.json, "s.agencygraph.json"), (.graphml, "s.graphml"), (.gexf, "s.gexf"),
                                              (.nodeLink, "s.json"), (.csv, "s.csv"), (.dot, "s.dot"), (.pajek, "s.net"),
                                              (.edgelist, "s.edgelist"), (.neo4jAdmin, "s.neo4j")]
    var inputs: [(String, InteropFormat)] = []
    for (format, name) in outputs {
        let output = (folder as NSString).appendingPathComponent(name)
        for file in Interop.write(synthetic, as: format, to: output).files {
            try? FileManager.default.createDirectory(atPath: (file.path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            FileManager.default.createFile(atPath: file.path, contents: Data(file.bytes))
        }
        inputs.append((format == .csv ? (folder as NSString).appendingPathComponent("s.nodes.csv") : output, format))
    }
    let broken: [(String, InteropFormat)] = [
        ("network: x\nnodes: [{id: a, kind: agency, assumption: x}\n", .yaml),
        ("{\"network\": \"x\", \"nodes\": [1, 2,]}", .json),
        ("<graphml><graph><node id=\"a\"><data key=\"k\">&#1;</data></node></graph></graphml>", .graphml),
        ("<gexf><graph><nodes><node id=\"a\"/></nodes><edges><edge source=\"a\"/></edges></graph></gexf>", .gexf),
        ("{\"directed\": true, \"nodes\": [{\"id\": \"a\"}], \"links\": [{\"source\": \"a\"}]}", .nodeLink),
        ("Source,Target\n\"a,b\n", .csv),
        ("digraph { a -> }", .dot),
        ("*Vertices x\n", .pajek),
        ("a b c d\n", .edgelist),
    ]
    for (index, (text, format)) in broken.enumerated() {
        let file = (folder as NSString).appendingPathComponent("broken-\(index).\(format == .nodeLink ? "json" : format.rawValue)")
        FileManager.default.createFile(atPath: file, contents: Data(text.utf8))
        inputs.append((file, format))
    }
    for _ in 0..<iterations {
        for (file, format) in inputs {
            let isBroken = (file as NSString).lastPathComponent.hasPrefix("broken-")
            do {
                let result = try NetworkInput.load(file, format: format)
                work += result.network.nodes.count
                if isBroken { fail("\(file) was read") }
            } catch {
                if !isBroken { fail("\(file): \(error)") }
            }
        }
        // Also from memory, as `convert -` reads standard input.
        work += (try? Interop.read(NetworkWriter.yaml(synthetic), format: .yaml, file: "stdin"))?.network.edges.count ?? 0
    }
case "rendering":
    let network = load("examples/synthetic.yaml")
    let formats: [OutputFormat] = [.svg, .png, .pdf, .dot, .json, .plain]
    for _ in 0..<iterations {
        for engine in LayoutEngine.standard {
            for format in formats {
                do {
                    work += try NetworkDiagram.render(network, options: DiagramOptions(engine: engine), format: format).data.count
                } catch {
                    fail("\(engine) × \(format): \(error)")
                }
            }
        }
    }
    print("\(LayoutEngine.standard.count * formats.count) engine × format pairs")
case "briefing":
    let network = load("graphs/belgium-counter-terrorism.yaml")
    func view(_ scope: QuestionScope) throws -> AnalysisView {
        try AnalysisView(network: try scope.completing(ViewFilter(), for: network).apply(to: network), context: network)
    }
    for _ in 0..<iterations {
        do {
            var builder = BriefingBuilder(view: try view(.whole), context: network,
                                          options: BriefingOptions(hub: "ocam", scenarios: [["ocam"]]),
                                          actors: try view(.actors), policy: try view(.policy))
            let (document, results) = try builder.build()
            work += try BriefingWriter.checked(document).count
            work += try BriefingWriter.json(document, results: results).count
        } catch {
            fail("briefing: \(error)")
        }
    }
default:
    break
}
print("\(area): \(iterations) iterations, \(work) units of work, \(failures) failures")
if failures > 0 { exit(1) }
