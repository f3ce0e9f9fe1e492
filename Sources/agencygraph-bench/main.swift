// agencygraph-bench: runs one GraphCore algorithm on an edge-list file and prints one JSON
// line per run, for the side-by-side comparison in scripts/bench/compare.py.
//
//   agencygraph-bench TASK FILE [--directed] [--weighted] [--source ID] [--repeat K]
//                     [--values OUT.json]
//
// See `usage` below and docs/performance.md.

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import GraphCore

let usage = """
    usage: agencygraph-bench TASK FILE [--directed] [--weighted] [--source ID] [--repeat K] [--values OUT.json]

    Loads FILE (an edge list: `u v [w]` per line, `#` comments) with GraphCore's EdgeListReader,
    runs TASK K times (default 1) and prints one JSON line per run:
      {"task", "graph", "n", "m", "load_s", "run_s", "threads", "peak_rss_bytes",
       "base_rss_bytes", "loaded_rss_bytes"}
    load_s and run_s are monotonic-clock seconds; peak_rss_bytes is VmHWM after the run;
    base_rss_bytes is VmRSS before loading and loaded_rss_bytes VmRSS after it (heap trimmed).

    Tasks:
      bfs                     hop distance from --source ID (default: the first id in FILE);
                              unreachable nodes are left out
      dijkstra                weighted distance from --source (weights with --weighted, else 1)
      components              connected components (weakly connected with --directed)
      scc                     strongly connected components (needs --directed)
      articulation-points     cut vertices (undirected)
      bridges                 cut edges (undirected)
      biconnected-components  number of biconnected components (undirected)
      k-core                  core number of every node (undirected)
      node-connectivity       global node connectivity (a number)
      robustness-r            Schneider et al.'s R, highest-degree adaptive attack (undirected)
      load                    load only (run_s ~ 0): load time and memory
      betweenness             Brandes, raw (NetworkX normalized=False), all cores
      betweenness-sample      the same estimated from 4,000 sources, seed 1 (Brandes-Pich), all cores
      edge-betweenness        raw, per edge ("u v" keys), all cores
      closeness               NetworkX closeness_centrality (wf_improved, incoming), all cores
      harmonic                NetworkX harmonic_centrality, all cores
      pagerank                NetworkX pagerank (alpha 0.85, unweighted) with tol 1e-10
      eigenvector             NetworkX eigenvector_centrality, (A + I) iteration, max 100,000 steps
      katz                    NetworkX katz_centrality with alpha 0.01, beta 1, tol 1e-6
      constraint              Burt's constraint (NetworkX constraint), unweighted
      effective-size          Burt's effective size (NetworkX effective_size), unweighted
      clustering              local clustering coefficient (NetworkX clustering), undirected
      louvain                 Louvain (seed 0); the value is the modularity of the partition found

    --values OUT.json writes the result with node ids as written in FILE: an object id -> value
    (distances, core numbers, component number: GraphCore numbers components by smallest member),
    a sorted list of ids (articulation points), sorted [u, v] pairs with u before v (bridges),
    or a number (counts, connectivity, R). Ids sort numerically when every id is an integer.

    Exit status: 0 ok; 2 bad arguments or input (unknown task, missing file, unknown source);
    3 the task does not apply to this input (e.g. scc without --directed); 1 I/O error.
    """

struct Options {
    var task: BenchTask
    var path: String
    var directed = false
    var weighted = false
    var source: String?
    var repeatCount = 1
    var valuesPath: String?
}

func parseArguments(_ args: [String]) throws(BenchError) -> Options {
    var positional: [String] = []
    var directed = false, weighted = false
    var source: String?, valuesPath: String?
    var repeatCount = 1
    var i = 0
    func value(_ name: String) throws(BenchError) -> String {
        i += 1
        guard i < args.count else { throw BenchError.usage("\(name) needs a value") }
        return args[i]
    }
    while i < args.count {
        let a = args[i]
        switch a {
        case "--directed": directed = true
        case "--weighted": weighted = true
        case "--source": source = try value(a)
        case "--values": valuesPath = try value(a)
        case "--repeat":
            let v = try value(a)
            guard let k = Int(v), k >= 1 else { throw BenchError.usage("--repeat needs an integer >= 1, got '\(v)'") }
            repeatCount = k
        case "-h", "--help":
            print(usage)
            exit(0)
        default:
            if a.hasPrefix("--") { throw BenchError.usage("unknown option '\(a)'") }
            positional.append(a)
        }
        i += 1
    }
    guard positional.count == 2 else {
        throw BenchError.usage(positional.count < 2 ? "need TASK and FILE" : "too many arguments: \(positional.dropFirst(2).joined(separator: " "))")
    }
    guard let task = BenchTask(rawValue: positional[0]) else {
        throw BenchError.usage("unknown task '\(positional[0])'; tasks: \(BenchTask.allCases.map(\.rawValue).joined(separator: ", "))")
    }
    return Options(task: task, path: positional[1], directed: directed, weighted: weighted,
                   source: source, repeatCount: repeatCount, valuesPath: valuesPath)
}

func basename(_ path: String) -> String {
    if let slash = path.lastIndex(of: "/") { return String(path[path.index(after: slash)...]) }
    return path
}

func runBench(_ args: [String]) throws(BenchError) {
    let opt = try parseArguments(args)
    try opt.task.check(directed: opt.directed)

    var st = stat()
    guard stat(opt.path, &st) == 0 else {
        throw BenchError.input("cannot read \(opt.path): \(String(cString: strerror(errno)))")
    }
    guard (st.st_mode & S_IFMT) == S_IFREG else { throw BenchError.input("\(opt.path) is not a regular file") }

    let baseRSS = procStatusBytes("VmRSS")
    let t0 = monotonicSeconds()
    let loaded: LabeledGraph
    do {
        loaded = try EdgeListReader.read(path: opt.path, directed: opt.directed, weighted: opt.weighted)
    } catch {
        throw BenchError.input("\(error)")
    }
    let loadSeconds = monotonicSeconds() - t0
    trimHeap()
    let loadedRSS = procStatusBytes("VmRSS")
    let graph = loaded.graph

    var source: Int32 = 0
    if opt.task.needsSource {
        guard graph.nodeCount > 0 else { throw BenchError.input("\(opt.path): no node") }
        if let s = opt.source {
            guard let id = findLabel(s, in: loaded.labels) else {
                throw BenchError.input("--source '\(s)' is not a node of \(opt.path)")
            }
            source = id
        } else {
            source = 0  // the reader numbers ids by first appearance: 0 is the first id in the file
        }
    }

    var result: TaskResult = .none
    for _ in 0 ..< opt.repeatCount {
        let r0 = monotonicSeconds()
        result = try opt.task.run(on: graph, source: source)
        let runSeconds = monotonicSeconds() - r0
        var line = JSONWriter(capacity: 512)
        line.raw("{\"task\": "); line.string(opt.task.rawValue)
        line.raw(", \"graph\": "); line.string(basename(opt.path))
        line.raw(", \"n\": "); line.int(graph.nodeCount)
        line.raw(", \"m\": "); line.int(graph.edgeCount)
        line.raw(", \"load_s\": "); line.double(loadSeconds)
        line.raw(", \"run_s\": "); line.double(runSeconds)
        line.raw(", \"threads\": "); line.int(opt.task.threads)
        line.raw(", \"peak_rss_bytes\": "); line.int(procStatusBytes("VmHWM") ?? -1)
        line.raw(", \"base_rss_bytes\": "); line.int(baseRSS ?? -1)
        line.raw(", \"loaded_rss_bytes\": "); line.int(loadedRSS ?? -1)
        line.raw("}\n")
        writeFD(1, line.bytes)
    }
    if let out = opt.valuesPath {
        try writeValues(result, labels: loaded.labels, graph: graph, to: out)
    }
}

/// The dense id of `label`, by a linear scan (once per run, outside the timed region).
func findLabel(_ label: String, in labels: [String]) -> Int32? {
    if let i = labels.firstIndex(of: label) { return Int32(i) }
    return nil
}

do {
    try runBench(Array(CommandLine.arguments.dropFirst()))
} catch {
    printError("agencygraph-bench: error: \(error)")
    if case .usage = error { printError("run 'agencygraph-bench --help' for usage") }
    exit(error.exitCode)
}
