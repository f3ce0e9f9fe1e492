#!/usr/bin/env python3
"""One peer library, one task, one edge-list file: the same contract as `agencygraph-bench`.

    peers.py PEER TASK FILE [--directed] [--weighted] [--source ID] [--repeat K] [--values OUT.json]

PEER is `igraph`, `networkit` or `rustworkx`; TASK is one of the bench task names. Only the
chosen library is imported, so the memory figures are that library's alone. Prints one JSON
line per run with `task`, `graph`, `n`, `m`, `load_s`, `run_s`, `threads`, `peak_rss_bytes`
(plus `peer`, `base_rss_bytes` = RSS after imports and before loading, `loaded_rss_bytes` =
RSS right after loading, garbage collected and free heap trimmed). Exit status 3 means "this peer has no such algorithm".

Loading uses each library's own edge-list reader (the fastest way it offers to read the file):
  igraph    Graph.Read_Edgelist (unweighted) / Graph.Read_Ncol (weighted, weights column)
  networkit graphio.EdgeListReader(' ', 0, continuous=True)
  rustworkx PyGraph/PyDiGraph.read_edge_list (weight column kept as the edge payload, a string)
These readers take integer ids 0..n-1 as the node index, which is what
generate_graphs.py writes (ids in order of first appearance, no gaps); the worker checks that.

Timing (time.perf_counter) covers the library call that computes the result in the library's
own form (a Python list/dict for igraph and rustworkx, the C++ object after run() for
NetworKit). Turning it into the --values JSON happens after the clock stops.
"""

from __future__ import annotations

import json
import math
import os
import sys
import time

TASKS = (
    "bfs", "components", "scc", "articulation-points", "bridges", "biconnected-components",
    "k-core", "dijkstra", "node-connectivity", "robustness-r",
    # Part 2: centrality (values as NetworkX; see docs/performance.md, "Part 2: centrality").
    "betweenness", "edge-betweenness", "closeness", "harmonic", "pagerank", "eigenvector", "katz",
    "constraint", "effective-size", "clustering", "louvain",
)
KATZ_ALPHA = 0.01
PEERS = ("igraph", "networkit", "rustworkx")
EXIT_UNSUPPORTED = 3


class Unsupported(Exception):
    pass


def proc_status(field: str) -> int:
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
    raise RuntimeError(f"{field} not in /proc/self/status")


def settled_rss() -> int:
    """RSS once the reader's garbage is gone: collect, then hand free heap back to the OS
    (glibc malloc_trim), so the figure is the loaded graph rather than the reader's leftovers.
    agencygraph-bench does the same before it reads loaded_rss_bytes."""
    import ctypes
    import gc

    gc.collect()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass
    return proc_status("VmRSS")


def first_id(path: str) -> str:
    with open(path, encoding="utf-8") as f:
        for line in f:
            s = line.strip()
            if s and not s.startswith("#"):
                return s.split()[0]
    raise SystemExit(f"error: {path}: no edge")


def edge_key(u, v, directed: bool) -> str:
    """The key agencygraph-bench writes for an edge: "u v", smaller id first when undirected."""
    u, v = int(u), int(v)
    if not directed and v < u:
        u, v = v, u
    return f"{u} {v}"


def partition_values(labels_by_index) -> dict[str, int]:
    return {str(i): int(c) for i, c in enumerate(labels_by_index)}


def sets_to_labels(sets, n: int) -> dict[str, int]:
    out: dict[str, int] = {}
    for c, s in enumerate(sets):
        for v in s:
            out[str(v)] = c
    if len(out) != n:
        raise RuntimeError(f"partition covers {len(out)} of {n} nodes")
    return out


# --------------------------------------------------------------------------- igraph
def run_igraph(task, path, directed, weighted, source, repeat):
    import igraph as ig

    threads = 1
    t0 = time.perf_counter()
    if weighted:
        g = ig.Graph.Read_Ncol(path, names=True, weights=True, directed=directed)
    else:
        g = ig.Graph.Read_Edgelist(path, directed=directed)
    load_s = time.perf_counter() - t0
    if weighted:
        names = g.vs["name"]
        name = lambda i: names[i]  # noqa: E731
        index_of = {nm: i for i, nm in enumerate(names)}
        src = index_of[source]
    else:
        name = str
        src = int(source)
    n, m = g.vcount(), g.ecount()

    def job():
        if task == "components":
            return g.connected_components(mode="weak")
        if task == "scc":
            return g.connected_components(mode="strong")
        if task == "articulation-points":
            return g.articulation_points()
        if task == "bridges":
            return g.bridges()
        if task == "biconnected-components":
            return g.biconnected_components()
        if task == "k-core":
            return g.coreness()
        if task == "bfs":
            return g.distances(source=src, mode="out")
        if task == "dijkstra":
            return g.distances(source=src, weights="weight", mode="out", algorithm="dijkstra")
        if task == "node-connectivity":
            return g.vertex_connectivity()
        if task == "betweenness":
            return g.betweenness(directed=directed)
        if task == "edge-betweenness":
            return g.edge_betweenness(directed=directed)
        if task == "closeness":  # igraph: reachable nodes only (= wf_improved on connected graphs)
            return g.closeness(mode="in", normalized=True)
        if task == "harmonic":
            return g.harmonic_centrality(mode="in", normalized=False)
        if task == "pagerank":
            return g.pagerank(damping=0.85, directed=directed)
        if task == "eigenvector":
            return g.eigenvector_centrality() if not directed else g.eigenvector_centrality(directed=True)
        if task == "constraint":
            return g.constraint()
        if task == "clustering":
            return g.transitivity_local_undirected(mode="zero")
        if task == "louvain":
            return g.community_multilevel()
        raise Unsupported(task)

    def values(r):
        if task in ("components", "scc"):
            return {name(i): c for i, c in enumerate(r.membership)}
        if task == "articulation-points":
            return [name(i) for i in r]
        if task == "bridges":
            return [[name(g.es[e].source), name(g.es[e].target)] for e in r]
        if task == "biconnected-components":
            return len(r)
        if task == "k-core":
            return {name(i): c for i, c in enumerate(r)}
        if task in ("bfs", "dijkstra"):
            return {name(i): d for i, d in enumerate(r[0]) if not math.isinf(d)}
        if task == "edge-betweenness":
            return {edge_key(g.es[e].source, g.es[e].target, directed): x for e, x in enumerate(r)}
        if task in ("betweenness", "closeness", "harmonic", "pagerank", "eigenvector", "constraint", "clustering"):
            return {name(i): x for i, x in enumerate(r) if not math.isnan(x)}
        if task == "louvain":
            return r.modularity
        return r

    return n, m, load_s, threads, job, values


# --------------------------------------------------------------------------- networkit
def run_networkit(task, path, directed, weighted, source, repeat):
    import networkit as nk

    threads = nk.getMaxNumberOfThreads()
    if task in ("articulation-points", "bridges", "node-connectivity", "robustness-r"):
        raise Unsupported(task)
    t0 = time.perf_counter()
    g = nk.graphio.EdgeListReader(" ", 0, "#", True, directed).read(path)
    load_s = time.perf_counter() - t0
    n, m = g.numberOfNodes(), g.numberOfEdges()
    if weighted and not g.isWeighted():
        raise RuntimeError("networkit read no weights")
    src = int(source)
    inf = sys.float_info.max

    def job():
        if task == "components":
            a = nk.components.ConnectedComponents(g)
        elif task == "scc":
            a = nk.components.StronglyConnectedComponents(g)
        elif task == "biconnected-components":
            a = nk.components.BiconnectedComponents(g)
        elif task == "k-core":
            a = nk.centrality.CoreDecomposition(g)
        elif task == "bfs":
            a = nk.distance.BFS(g, src, storePaths=False)
        elif task == "dijkstra":
            a = nk.distance.Dijkstra(g, src, storePaths=False)
        elif task == "betweenness":
            a = nk.centrality.Betweenness(g, False)
        elif task == "edge-betweenness":
            g.indexEdges()
            a = nk.centrality.Betweenness(g, False, True)
        elif task == "closeness":
            a = nk.centrality.Closeness(g, True, nk.centrality.ClosenessVariant.GENERALIZED)
        elif task == "harmonic":
            a = nk.centrality.HarmonicCloseness(g, False)
        elif task == "pagerank":
            a = nk.centrality.PageRank(g, 0.85)
        elif task == "eigenvector":
            a = nk.centrality.EigenvectorCentrality(g)
        elif task == "katz":
            a = nk.centrality.KatzCentrality(g, KATZ_ALPHA, 1.0)
        elif task == "clustering":
            a = nk.centrality.LocalClusteringCoefficient(g)
        elif task == "louvain":
            a = nk.community.PLM(g, False)
        else:
            raise Unsupported(task)
        a.run()
        return a

    def values(a):
        if task in ("components", "scc"):
            return partition_values(a.getPartition().getVector())
        if task == "biconnected-components":
            return a.numberOfComponents()
        if task == "k-core":
            return {str(i): int(round(c)) for i, c in enumerate(a.scores())}
        if task in ("bfs", "dijkstra"):
            return {str(i): d for i, d in enumerate(a.getDistances()) if d < inf}
        # NetworKit's unnormalised betweenness counts ordered pairs on undirected graphs too:
        # halved here (after the clock) to NetworkX's convention.
        half = 1.0 if directed else 0.5
        if task == "edge-betweenness":
            sc = a.edgeScores()
            return {edge_key(u, v, directed): sc[g.edgeId(u, v)] * half for u, v in g.iterEdges()}
        if task == "betweenness":
            return {str(i): x * half for i, x in enumerate(a.scores())}
        if task in ("betweenness", "closeness", "harmonic", "pagerank", "eigenvector", "katz", "clustering"):
            return {str(i): x for i, x in enumerate(a.scores())}
        if task == "louvain":
            return nk.community.Modularity().getQuality(a.getPartition(), g)
        raise Unsupported(task)

    return n, m, load_s, threads, job, values


# --------------------------------------------------------------------------- rustworkx
def run_rustworkx(task, path, directed, weighted, source, repeat):
    import rustworkx as rx

    threads = int(os.environ.get("RAYON_NUM_THREADS", os.cpu_count() or 1))
    if task in ("node-connectivity", "robustness-r"):
        raise Unsupported(task)
    cls = rx.PyDiGraph if directed else rx.PyGraph
    t0 = time.perf_counter()
    g = cls.read_edge_list(path, deliminator=" ")
    load_s = time.perf_counter() - t0
    n, m = g.num_nodes(), g.num_edges()
    src = int(source)
    dg = g.to_directed() if task == "pagerank" and not directed else g

    def job():
        if task == "components":
            return rx.connected_components(g) if not directed else rx.weakly_connected_components(g)
        if task == "scc":
            return rx.strongly_connected_components(g)
        if task == "articulation-points":
            return rx.articulation_points(g)
        if task == "bridges":
            return rx.bridges(g)
        if task == "biconnected-components":
            return rx.biconnected_components(g)
        if task == "k-core":
            return rx.core_number(g)
        if task == "bfs":
            return rx.bfs_layers(g, [src])
        if task == "dijkstra":
            return rx.dijkstra_shortest_path_lengths(g, src, edge_cost_fn=float)
        if task == "betweenness":
            return rx.betweenness_centrality(g, normalized=False)
        if task == "edge-betweenness":
            return rx.edge_betweenness_centrality(g, normalized=False)
        if task == "closeness":
            return rx.closeness_centrality(g, wf_improved=True)
        if task == "pagerank":  # rustworkx has PageRank for PyDiGraph only (converted before the clock)
            return rx.pagerank(dg, alpha=0.85, tol=1e-12)
        if task == "eigenvector":
            return rx.eigenvector_centrality(g, max_iter=1_000_000, tol=1e-9)
        if task == "katz":
            return rx.katz_centrality(g, alpha=KATZ_ALPHA, beta=1.0, tol=1e-12)
        raise Unsupported(task)

    def values(r):
        if task in ("components", "scc"):
            return sets_to_labels(r, n)
        if task == "articulation-points":
            return [str(v) for v in r]
        if task == "bridges":
            return [[str(u), str(v)] for u, v in r]
        if task == "biconnected-components":
            return len(set(r.values()))
        if task == "k-core":
            return {str(k): v for k, v in r.items()}
        if task == "bfs":
            return {str(v): d for d, layer in enumerate(r) for v in layer}
        if task == "dijkstra":
            out = {str(k): v for k, v in r.items()}
            out[str(src)] = 0.0
            return out
        if task == "edge-betweenness":
            return {edge_key(*g.get_edge_endpoints_by_index(e), directed): x for e, x in r.items()}
        if task in ("betweenness", "closeness", "pagerank", "eigenvector", "katz"):
            return {str(k): x for k, x in r.items()}
        raise Unsupported(task)

    return n, m, load_s, threads, job, values


RUNNERS = {"igraph": run_igraph, "networkit": run_networkit, "rustworkx": run_rustworkx}


def usage(msg: str) -> "NoReturn":  # type: ignore[name-defined]
    sys.stderr.write(f"error: {msg}\nusage: peers.py PEER TASK FILE [--directed] [--weighted] "
                     "[--source ID] [--repeat K] [--values OUT.json]\n")
    raise SystemExit(2)


def main(argv: list[str]) -> int:
    pos: list[str] = []
    directed = weighted = False
    source = None
    values_out = None
    repeat = 1
    it = iter(argv)
    for a in it:
        if a == "--directed":
            directed = True
        elif a == "--weighted":
            weighted = True
        elif a in ("--source", "--values", "--repeat"):
            v = next(it, None)
            if v is None:
                usage(f"{a} needs a value")
            if a == "--source":
                source = v
            elif a == "--values":
                values_out = v
            else:
                try:
                    repeat = int(v)
                except ValueError:
                    usage(f"--repeat: not an integer: {v}")
                if repeat < 1:
                    usage("--repeat must be >= 1")
        elif a.startswith("--"):
            usage(f"unknown option {a}")
        else:
            pos.append(a)
    if len(pos) != 3:
        usage("need PEER TASK FILE")
    peer, task, path = pos
    if peer not in PEERS:
        usage(f"unknown peer {peer!r} (one of {', '.join(PEERS)})")
    if task not in TASKS:
        usage(f"unknown task {task!r} (one of {', '.join(TASKS)})")
    if not os.path.isfile(path):
        usage(f"no such file: {path}")
    if source is None:
        source = first_id(path)

    # Import the library first, so base_rss_bytes is the interpreter plus the library.
    __import__({"igraph": "igraph", "networkit": "networkit", "rustworkx": "rustworkx"}[peer])
    base_rss = proc_status("VmRSS")
    try:
        n, m, load_s, threads, job, values = RUNNERS[peer](task, path, directed, weighted, source, repeat)
        loaded_rss = settled_rss()
        result = None
        runs = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            result = job()
            runs.append(time.perf_counter() - t0)
    except Unsupported:
        sys.stderr.write(f"{peer}: no {task}\n")
        return EXIT_UNSUPPORTED
    peak = proc_status("VmHWM")
    for run_s in runs:
        print(json.dumps({
            "task": task, "graph": os.path.basename(path), "n": n, "m": m,
            "load_s": load_s, "run_s": run_s, "threads": threads, "peak_rss_bytes": peak,
            "peer": peer, "base_rss_bytes": base_rss, "loaded_rss_bytes": loaded_rss,
        }), flush=True)
    if values_out:
        with open(values_out, "w", encoding="utf-8") as f:
            json.dump(values(result), f)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
