#!/usr/bin/env python3
"""Write the NetworkX reference fixtures for the centrality measures (CentralityTests.swift).

Usage (from anywhere):

    python3 Tests/GraphCoreTests/Fixtures/make_fixtures_centrality.py

Same approach as make_fixtures.py: a virtual environment `.venv-fixtures/` at the repository root
(git-ignored) with the pinned NetworkX (`networkx==3.6.1`, plus the SciPy that `pagerank` needs),
seeded graphs, deterministic output. Writes `Fixtures/centrality/<name>.json` and `index.json`
(a separate directory: make_fixtures.py clears its own).

Each JSON file holds name, directed, weighted, multigraph, n, edges ([u, v] or [u, v, w] in
NetworkX edge order, dense ids), group (a node set for the group measures), and `results`:

  degree, in_degree, out_degree        degree_centrality & co. (+ "_raw": G.degree etc.)
  betweenness[_w]{_norm|_raw}{_ep}     betweenness_centrality(normalized, weight, endpoints)
  betweenness_k{...}                   the same with k = n // 3, seed = 42 (+ "k_sources": the sample)
  edge_betweenness[_w]{_norm|_raw}     edge_betweenness_centrality, one value per edge in edge order
  edge_betweenness_k_norm              with k = n // 3, seed = 42
  closeness[_w]{_wf|_plain}            closeness_centrality(distance, wf_improved)
  harmonic[_w]                         harmonic_centrality(distance)
  eigenvector[_w]                      eigenvector_centrality(weight) (null: NetworkX refuses / fails)
  eigenvector_numpy[_w]                eigenvector_centrality_numpy(weight), ARPACK (null: refused,
                                       i.e. not (strongly) connected)
  pagerank[_w], pagerank_pers, pagerank_dangling
  katz[_w], katz_raw                   katz_centrality(alpha=0.05, normalized, weight)
  group_betweenness..., group_closeness[_w]

How NetworkX treats self-loops and parallel edges (and so GraphCore):
  * betweenness, edge betweenness, closeness, harmonic, group measures: the underlying simple graph
    (self-loops never on a shortest path, parallel edges count once, the lightest when weighted);
    edge betweenness splits a pair's value among its lightest parallel edges, self-loops get 0;
  * degree: every parallel edge counts, an undirected self-loop counts 2;
  * pagerank: adjacency matrix with parallel weights summed, a self-loop one diagonal entry;
  * eigenvector, katz: NetworkX refuses multigraphs (null here); an undirected self-loop adds the
    node's own score once.
"""

import json
import os
import random
import subprocess
import sys

NETWORKX_VERSION = "3.6.1"
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
VENV = os.path.join(ROOT, ".venv-fixtures")
OUT = os.path.join(HERE, "centrality")


def ensure_venv():
    if os.environ.get("AGENCYGRAPH_FIXTURES_IN_VENV") == "1":
        return
    py = os.path.join(VENV, "bin", "python")
    if not os.path.exists(py):
        subprocess.check_call([sys.executable, "-m", "venv", "--system-site-packages", VENV])
    subprocess.check_call([py, "-m", "pip", "install", "--quiet", f"networkx=={NETWORKX_VERSION}", "scipy"])
    env = dict(os.environ, AGENCYGRAPH_FIXTURES_IN_VENV="1")
    os.execve(py, [py, os.path.abspath(__file__)] + sys.argv[1:], env)


ensure_venv()
import networkx as nx  # noqa: E402

assert nx.__version__ == NETWORKX_VERSION, nx.__version__


def with_weights(G, rng, integer=True):
    for e in G.edges(keys=True) if G.is_multigraph() else G.edges():
        G.edges[e]["weight"] = rng.randint(1, 5) if integer else round(rng.uniform(0.1, 3.0), 3)
    return G


def graphs():
    rng = random.Random(20261127)
    out = [("karate", nx.karate_club_graph(), False)]
    G = nx.florentine_families_graph()
    G.add_node("Pucci")
    out.append(("florentine", G, False))
    out.append(("lesmis", nx.les_miserables_graph(), True))
    out.append(("gnp_undirected", nx.gnp_random_graph(60, 0.06, seed=1), False))
    out.append(("gnp_directed", nx.gnp_random_graph(50, 0.07, seed=2, directed=True), False))
    out.append(("gnp_weighted_int", with_weights(nx.gnp_random_graph(40, 0.12, seed=5), rng), True))
    out.append(("ws_weighted_float",
                with_weights(nx.connected_watts_strogatz_graph(40, 4, 0.3, seed=6), rng, integer=False), True))
    out.append(("digraph_weighted", with_weights(nx.gnp_random_graph(40, 0.1, seed=7, directed=True), rng), True))
    # Strongly connected directed graph (a cycle plus chords) for group betweenness.
    SC = nx.DiGraph(nx.cycle_graph(30, create_using=nx.DiGraph))
    r = random.Random(11)
    for _ in range(40):
        SC.add_edge(r.randrange(30), r.randrange(30))
    SC.remove_edges_from(list(nx.selfloop_edges(SC)))
    out.append(("strong_directed", with_weights(SC, rng), True))
    D = nx.disjoint_union_all([nx.cycle_graph(5), nx.path_graph(4), nx.complete_graph(4), nx.star_graph(3)])
    D.add_nodes_from([D.number_of_nodes(), D.number_of_nodes() + 1])
    out.append(("disconnected", D, False))
    out.append(("grid", nx.grid_2d_graph(6, 5), False))
    out.append(("tree", nx.balanced_tree(2, 4), False))
    M = nx.MultiGraph()
    M.add_nodes_from(range(30))
    r = random.Random(8)
    for _ in range(70):
        u, v = r.randrange(30), r.randrange(30)
        M.add_edge(u, v, weight=r.randint(1, 6))
    for u, v in list(M.edges())[:8]:
        M.add_edge(u, v, weight=r.randint(1, 6))
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
    S = nx.gnp_random_graph(30, 0.1, seed=9)
    S.add_edges_from([(0, 0), (7, 7), (12, 12)])
    out.append(("selfloops", S, False))
    SD = nx.gnp_random_graph(30, 0.12, seed=10, directed=True)
    SD.add_edges_from([(1, 1), (4, 4)])
    out.append(("selfloops_directed", SD, False))
    return out


def vec(n, d):
    return [None if d.get(v) is None else float(d[v]) for v in range(n)]


def attempt(f):
    try:
        return f()
    except (nx.PowerIterationFailedConvergence, nx.NetworkXNotImplemented, nx.NetworkXException,
            nx.AmbiguousSolution, ZeroDivisionError):
        return None


def results_for(G, weighted, edges_keyed, group):
    n = G.number_of_nodes()
    res = {}
    res["degree"] = vec(n, nx.degree_centrality(G))
    res["degree_raw"] = [float(G.degree(v)) for v in range(n)]
    if G.is_directed():
        res["in_degree"] = vec(n, nx.in_degree_centrality(G))
        res["out_degree"] = vec(n, nx.out_degree_centrality(G))
    k = n // 3
    res["k"] = k
    res["k_sources"] = random.Random(42).sample(list(G.nodes()), k)
    wkeys = [("", None)] + ([("_w", "weight")] if weighted else [])
    for wk, w in wkeys:
        for norm in (True, False):
            nk = "_norm" if norm else "_raw"
            for ep in (False, True):
                ek = "_ep" if ep else ""
                res[f"betweenness{wk}{nk}{ek}"] = vec(n, nx.betweenness_centrality(
                    G, normalized=norm, weight=w, endpoints=ep))
                res[f"betweenness_k{wk}{nk}{ek}"] = vec(n, nx.betweenness_centrality(
                    G, k=k, normalized=norm, weight=w, endpoints=ep, seed=42))
            eb = nx.edge_betweenness_centrality(G, normalized=norm, weight=w)
            res[f"edge_betweenness{wk}{nk}"] = [float(eb[e] if e in eb else eb[(e[1], e[0]) + e[2:]])
                                                for e in edges_keyed]
        ebk = nx.edge_betweenness_centrality(G, k=k, normalized=True, weight=w, seed=42)
        res[f"edge_betweenness_k{wk}_norm"] = [float(ebk[e] if e in ebk else ebk[(e[1], e[0]) + e[2:]])
                                               for e in edges_keyed]
        for wf in (True, False):
            res[f"closeness{wk}{'_wf' if wf else '_plain'}"] = vec(n, nx.closeness_centrality(
                G, distance=w, wf_improved=wf))
        res[f"harmonic{wk}"] = vec(n, nx.harmonic_centrality(G, distance=w))
        ev = attempt(lambda: nx.eigenvector_centrality(G, weight=w))
        res[f"eigenvector{wk}"] = None if ev is None else vec(n, ev)
        evn = attempt(lambda: nx.eigenvector_centrality_numpy(G, weight=w))
        res[f"eigenvector_numpy{wk}"] = None if evn is None else vec(n, evn)
        res[f"pagerank{wk}"] = vec(n, nx.pagerank(G, weight=w))
        kz = attempt(lambda: nx.katz_centrality(G, alpha=0.05, weight=w))
        res[f"katz{wk}"] = None if kz is None else vec(n, kz)
        res[f"group_closeness{wk}"] = nx.group_closeness_centrality(G, group, weight=w)
        for norm in (True, False):
            for ep in (False, True):
                key = f"group_betweenness{wk}{'_norm' if norm else '_raw'}{'_ep' if ep else ''}"
                res[key] = attempt(lambda: nx.group_betweenness_centrality(
                    G, group, normalized=norm, weight=w, endpoints=ep))
    pers = {v: float((v * 7) % 5) for v in range(n)}
    res["personalization"] = [pers[v] for v in range(n)]
    res["pagerank_pers"] = vec(n, nx.pagerank(G, alpha=0.9, personalization=pers, weight=None))
    dang = {v: float(1 + v % 3) for v in range(n)}
    res["dangling"] = [dang[v] for v in range(n)]
    res["pagerank_dangling"] = vec(n, nx.pagerank(G, dangling=dang, weight=None))
    kz = attempt(lambda: nx.katz_centrality(G, alpha=0.05, normalized=False))
    res["katz_raw"] = None if kz is None else vec(n, kz)
    return res


def main():
    os.makedirs(OUT, exist_ok=True)
    for old in os.listdir(OUT):
        if old.endswith(".json"):
            os.remove(os.path.join(OUT, old))
    names = []
    for name, G0, weighted in graphs():
        G = nx.convert_node_labels_to_integers(G0, ordering="default")
        n = G.number_of_nodes()
        if G.is_multigraph():
            triples = list(G.edges(keys=True, data=True))
            edges = [[u, v, d["weight"]] if weighted else [u, v] for u, v, _, d in triples]
            keyed = [(u, v, key) for u, v, key, _ in triples]
        else:
            edges = [[u, v, d["weight"]] if weighted else [u, v] for u, v, d in G.edges(data=True)]
            keyed = [(u, v) for u, v in G.edges()]
        by_degree = sorted(range(n), key=lambda v: (-G.degree(v), v))
        group = sorted(by_degree[:3])
        doc = {
            "name": name, "networkx": nx.__version__, "directed": G.is_directed(), "weighted": weighted,
            "multigraph": G.is_multigraph(), "n": n, "edges": edges, "group": group,
            "results": results_for(G, weighted, keyed, group),
        }
        with open(os.path.join(OUT, f"{name}.json"), "w") as f:
            json.dump(doc, f, separators=(",", ":"), sort_keys=True, allow_nan=True)
            f.write("\n")
        names.append(name)
    with open(os.path.join(OUT, "index.json"), "w") as f:
        json.dump(sorted(names), f)
        f.write("\n")
    print(f"wrote {len(names)} centrality fixtures into {OUT}")


if __name__ == "__main__":
    main()
