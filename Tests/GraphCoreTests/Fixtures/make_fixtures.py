#!/usr/bin/env python3
"""Write the NetworkX reference fixtures that GraphCoreTests compare against.

Usage (from anywhere):

    python3 Tests/GraphCoreTests/Fixtures/make_fixtures.py

The script creates a virtual environment `.venv-fixtures/` at the repository root (git-ignored),
installs the pinned NetworkX there, re-runs itself inside it, and writes one JSON file per graph into
`Tests/GraphCoreTests/Fixtures/networkx/`. Everything is seeded, so re-running gives the same files.

Each JSON file holds:
  name, directed, weighted, multigraph, n, labels (original NetworkX node names),
  edges: [[u, v] or [u, v, w], ...] on dense ids 0..n-1, in NetworkX edge order,
  results: reference values computed by NetworkX (and, for the robustness measures NetworkX lacks,
           by the small transparent Python definitions in this file).

Conventions used for fixtures (the Swift side follows the same):
  * node sets are sorted lists; sets of node sets are sorted lists of sorted lists;
  * unreachable distances are null;
  * parallel edges: NetworkX's path, betweenness and connectivity functions treat a multigraph as
    its underlying simple graph (with the minimum weight per pair for weighted paths).
"""

import json
import os
import random
import subprocess
import sys
from itertools import combinations

NETWORKX_VERSION = "3.6.1"
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
VENV = os.path.join(ROOT, ".venv-fixtures")
OUT = os.path.join(HERE, "networkx")


def ensure_venv():
    """Re-exec inside .venv-fixtures with the pinned NetworkX (created on first use)."""
    if os.environ.get("AGENCYGRAPH_FIXTURES_IN_VENV") == "1":
        return
    py = os.path.join(VENV, "bin", "python")
    if not os.path.exists(py):
        # --system-site-packages lets an already installed, identical NetworkX satisfy the pin offline.
        subprocess.check_call([sys.executable, "-m", "venv", "--system-site-packages", VENV])
    subprocess.check_call([py, "-m", "pip", "install", "--quiet", f"networkx=={NETWORKX_VERSION}"])
    env = dict(os.environ, AGENCYGRAPH_FIXTURES_IN_VENV="1")
    os.execve(py, [py, os.path.abspath(__file__)] + sys.argv[1:], env)


ensure_venv()
import networkx as nx  # noqa: E402

assert nx.__version__ == NETWORKX_VERSION, nx.__version__


# ---------------------------------------------------------------------------------------------
# Graphs


def dense(G):
    """Relabel to 0..n-1 in NetworkX node order; return (H, labels)."""
    labels = [str(v) for v in G.nodes()]
    H = nx.convert_node_labels_to_integers(G, ordering="default")
    return H, labels


def with_weights(G, rng, integer=True):
    for e in G.edges(keys=True) if G.is_multigraph() else G.edges():
        G.edges[e]["weight"] = rng.randint(1, 5) if integer else round(rng.uniform(0.1, 3.0), 3)
    return G


def graphs():
    rng = random.Random(20261127)
    out = []

    out.append(("karate", nx.karate_club_graph(), False))
    G = nx.florentine_families_graph()
    G.add_node("Pucci")  # isolated family, as in Padgett's data: makes the graph disconnected
    out.append(("florentine", G, False))
    out.append(("lesmis", nx.les_miserables_graph(), True))
    out.append(("gnp_undirected", nx.gnp_random_graph(60, 0.06, seed=1), False))
    out.append(("gnp_directed", nx.gnp_random_graph(50, 0.07, seed=2, directed=True), False))
    out.append(("ba", nx.barabasi_albert_graph(100, 2, seed=3), False))
    out.append(("ws", nx.watts_strogatz_graph(60, 4, 0.2, seed=4), False))
    out.append(("gnp_weighted_int", with_weights(nx.gnp_random_graph(40, 0.12, seed=5), rng), True))
    out.append(("gnp_weighted_float",
                with_weights(nx.connected_watts_strogatz_graph(40, 4, 0.3, seed=6), rng, integer=False), True))
    out.append(("digraph_weighted", with_weights(nx.gnp_random_graph(40, 0.1, seed=7, directed=True), rng), True))
    D = nx.disjoint_union_all([nx.cycle_graph(5), nx.path_graph(4), nx.complete_graph(4), nx.star_graph(3)])
    D.add_nodes_from([D.number_of_nodes(), D.number_of_nodes() + 1])  # two isolated nodes
    out.append(("disconnected", D, False))
    out.append(("grid", nx.grid_2d_graph(6, 5), False))
    out.append(("tree", nx.balanced_tree(2, 4), False))
    # Multigraphs with self-loops and parallel edges.
    M = nx.MultiGraph()
    M.add_nodes_from(range(30))
    r = random.Random(8)
    for _ in range(70):
        u, v = r.randrange(30), r.randrange(30)
        M.add_edge(u, v, weight=r.randint(1, 6))
    for u, v in list(M.edges())[:8]:
        M.add_edge(u, v, weight=r.randint(1, 6))  # guaranteed parallel edges
    M.add_edge(3, 3, weight=2)
    out.append(("multigraph", M, True))
    MD = nx.MultiDiGraph()
    MD.add_nodes_from(range(30))
    for _ in range(90):
        u, v = r.randrange(30), r.randrange(30)
        MD.add_edge(u, v, weight=r.randint(1, 6))
    for u, v in list(MD.edges())[:8]:
        MD.add_edge(u, v, weight=r.randint(1, 6))
    MD.add_edge(5, 5, weight=1)
    out.append(("multidigraph", MD, True))
    # Directed graph with a clear root for dominators: a random "flow graph" from node 0.
    F = nx.DiGraph()
    F.add_nodes_from(range(40))
    for v in range(1, 40):
        F.add_edge(r.randrange(v), v)  # a spanning tree from 0
    for _ in range(25):
        u, v = r.randrange(40), r.randrange(1, 40)
        F.add_edge(u, v)
    out.append(("flowgraph", F, False))
    # Simple graph with self-loops.
    S = nx.gnp_random_graph(30, 0.1, seed=9)
    S.add_edges_from([(0, 0), (7, 7), (12, 12)])
    out.append(("selfloops", S, False))
    return out


# ---------------------------------------------------------------------------------------------
# Helpers


def wkey(weighted):
    return "weight" if weighted else None


def simple_of(G):
    """Underlying simple graph with the minimum weight per pair (NetworkX's multigraph convention)."""
    if not G.is_multigraph():
        return G
    H = nx.DiGraph() if G.is_directed() else nx.Graph()
    H.add_nodes_from(G)
    for u, v, d in G.edges(data=True):
        w = d.get("weight", 1)
        if H.has_edge(u, v):
            H[u][v]["weight"] = min(H[u][v]["weight"], w)
        else:
            H.add_edge(u, v, weight=w)
    return H


def dist_list(n, d):
    return [d.get(v) for v in range(n)]


def sorted_sets(sets):
    return sorted(sorted(s) for s in sets)


def largest_component_size(G):
    if G.number_of_nodes() == 0:
        return 0
    comps = nx.weakly_connected_components(G) if G.is_directed() else nx.connected_components(G)
    return max(len(c) for c in comps)


def robustness_curve(G, adaptive):
    """Largest (weakly) connected component size after removing 0..n nodes by highest degree.

    Degree as NetworkX counts it (in + out when directed, self-loops twice); ties go to the lowest
    node id. Static: order fixed from the initial degrees. Adaptive: recomputed after each removal.
    """
    H = G.copy()
    n = G.number_of_nodes()
    curve = [largest_component_size(H)]
    if not adaptive:
        order = sorted(H.nodes(), key=lambda v: (-H.degree(v), v))
    for _ in range(n):
        if adaptive:
            v = min(H.nodes(), key=lambda v: (-H.degree(v), v))
        else:
            v = order[len(curve) - 1]
        H.remove_node(v)
        curve.append(largest_component_size(H))
    return curve


def schneider_r(curve, n):
    """R = (1/n) * sum_{q=1..n} s(q) / n (Schneider et al., PNAS 2011)."""
    return sum(curve[1:]) / (n * n) if n > 0 else 0.0


def fragmentation(G, removed):
    """Borgatti's F and distance-weighted DF after removing `removed` (undirected view)."""
    H = nx.Graph(G.to_undirected()) if G.is_directed() else nx.Graph(G)
    H.remove_nodes_from(removed)
    n = H.number_of_nodes()
    if n <= 1:
        return 1.0, 1.0
    sizes = [len(c) for c in nx.connected_components(H)]
    F = 1.0 - sum(s * (s - 1) for s in sizes) / (n * (n - 1))
    total = 0.0
    for s, dist in nx.all_pairs_shortest_path_length(H):
        for t, d in dist.items():
            if t != s:
                total += 1.0 / d
    DF = 1.0 - total / (n * (n - 1))
    return F, DF


# ---------------------------------------------------------------------------------------------
# Reference results


def results_for(name, G, weighted):
    n = G.number_of_nodes()
    directed = G.is_directed()
    S = simple_of(G)
    res = {}
    sources = sorted({0, n // 2, n - 1})

    res["bfs"] = {str(s): dist_list(n, nx.single_source_shortest_path_length(S, s)) for s in sources}
    res["reachable"] = {str(s): sorted(nx.descendants(S, s) | {s}) for s in sources}
    if weighted:
        res["dijkstra"] = {str(s): dist_list(n, nx.single_source_dijkstra_path_length(S, s, weight="weight"))
                           for s in sources}

    # Pairs: the farthest reachable node from source 0 and a mid pair.
    pairs = []
    for s in sources:
        d = nx.single_source_shortest_path_length(S, s)
        far = max((v for v in d if v != s), key=lambda v: (d[v], -v), default=None)
        if far is not None:
            pairs.append((s, far))
    pair_results = []
    for s, t in pairs:
        entry = {"s": s, "t": t}
        entry["all_shortest_paths"] = sorted(nx.all_shortest_paths(S, s, t))
        if weighted:
            entry["all_shortest_paths_weighted"] = sorted(nx.all_shortest_paths(S, s, t, weight="weight"))
        k_paths = []
        for p in nx.shortest_simple_paths(S, s, t, weight=wkey(weighted)):
            k_paths.append(p)
            if len(k_paths) == 8:
                break
        if weighted:
            entry["yen_costs"] = [sum(S[a][b]["weight"] for a, b in zip(p, p[1:])) for p in k_paths]
        else:
            entry["yen_costs"] = [len(p) - 1 for p in k_paths]
        cutoff = min(5, len(entry["all_shortest_paths"][0]) + 1)
        entry["simple_paths_cutoff"] = cutoff
        entry["simple_paths"] = sorted(set(tuple(p) for p in nx.all_simple_paths(S, s, t, cutoff=cutoff)))
        entry["local_node_connectivity"] = nx.node_connectivity(S, s, t)
        entry["local_edge_connectivity"] = nx.edge_connectivity(S, s, t)
        entry["adjacent"] = S.has_edge(s, t)
        pair_results.append(entry)
    res["pairs"] = pair_results

    if directed:
        res["scc"] = sorted_sets(nx.strongly_connected_components(G))
        res["wcc"] = sorted_sets(nx.weakly_connected_components(G))
        C = nx.condensation(G)
        members = {c: sorted(C.nodes[c]["members"]) for c in C}
        res["condensation_edges"] = sorted([members[a], members[b]] for a, b in C.edges())
        idom = nx.immediate_dominators(G, 0)
        res["immediate_dominators_root"] = 0
        res["immediate_dominators"] = [idom.get(v) for v in range(n)]
        strongly = nx.is_strongly_connected(G)
    else:
        res["components"] = sorted_sets(nx.connected_components(G))
        res["articulation_points"] = sorted(nx.articulation_points(G))
        res["bridges"] = sorted(sorted(e) for e in nx.bridges(G))
        res["biconnected_components"] = sorted_sets(nx.biconnected_components(G))
        if not G.is_multigraph() and nx.number_of_selfloops(G) == 0:
            core = nx.core_number(G)
            res["core_number"] = [core[v] for v in range(n)]
        strongly = nx.is_connected(G)

    res["node_connectivity"] = nx.node_connectivity(S)
    res["edge_connectivity"] = nx.edge_connectivity(S)
    res["connected"] = strongly
    if strongly and n > 1:
        ecc = nx.eccentricity(S)
        res["eccentricity"] = [ecc[v] for v in range(n)]
        res["diameter"] = nx.diameter(S)
        res["average_shortest_path_length"] = nx.average_shortest_path_length(S)
        if weighted:
            ecc = nx.eccentricity(S, weight="weight")
            res["eccentricity_weighted"] = [ecc[v] for v in range(n)]
            res["average_shortest_path_length_weighted"] = nx.average_shortest_path_length(S, weight="weight")
    if not directed:
        per = []
        for comp in sorted_sets(nx.connected_components(S)):
            sub = S.subgraph(comp)
            per.append({"nodes": comp,
                        "value": nx.average_shortest_path_length(sub) if len(comp) > 1 else 0.0})
        res["average_shortest_path_length_per_component"] = per

    res["betweenness"] = [v for _, v in sorted(nx.betweenness_centrality(S, normalized=True).items())]
    if weighted:
        res["betweenness_weighted"] = [v for _, v in sorted(
            nx.betweenness_centrality(S, normalized=True, weight="weight").items())]

    static = robustness_curve(G, adaptive=False)
    adaptive = robustness_curve(G, adaptive=True)
    res["robustness_degree_static"] = {"curve": static, "R": schneider_r(static, n)}
    res["robustness_degree_adaptive"] = {"curve": adaptive, "R": schneider_r(adaptive, n)}
    removed = sorted(G.nodes(), key=lambda v: (-G.degree(v), v))[:3]
    F, DF = fragmentation(G, removed)
    F0, DF0 = fragmentation(G, [])
    res["fragmentation"] = {"removed": sorted(removed), "F": F, "DF": DF, "F0": F0, "DF0": DF0}
    return res


def main():
    os.makedirs(OUT, exist_ok=True)
    for old in os.listdir(OUT):
        if old.endswith(".json"):
            os.remove(os.path.join(OUT, old))
    total = 0
    names = []
    for name, G0, weighted in graphs():
        G, labels = dense(G0)
        if G.is_multigraph():
            edges = [[u, v, d["weight"]] if weighted else [u, v] for u, v, d in G.edges(data=True)]
        else:
            edges = [[u, v, d["weight"]] if weighted else [u, v] for u, v, d in G.edges(data=True)]
        doc = {
            "name": name,
            "networkx": nx.__version__,
            "directed": G.is_directed(),
            "weighted": weighted,
            "multigraph": G.is_multigraph(),
            "n": G.number_of_nodes(),
            "labels": labels,
            "edges": edges,
            "results": results_for(name, G, weighted),
        }
        path = os.path.join(OUT, f"{name}.json")
        with open(path, "w") as f:
            json.dump(doc, f, separators=(",", ":"), sort_keys=True)
            f.write("\n")
        total += os.path.getsize(path)
        names.append(name)
    with open(os.path.join(OUT, "index.json"), "w") as f:
        json.dump(sorted(names), f)
        f.write("\n")
    print(f"wrote {len(names)} fixtures, {total / 1024:.1f} KiB, into {OUT}")


if __name__ == "__main__":
    main()
