#!/usr/bin/env python3
"""Write the NetworkX reference fixtures for GraphCore's structure measures.

Usage (from anywhere):

    python3 Tests/GraphCoreTests/Fixtures/make_fixtures_structure.py

Same approach as make_fixtures.py (whose graphs it reuses): a virtual environment
`.venv-fixtures/` at the repository root with the pinned NetworkX, seeded and deterministic. Writes
`Tests/GraphCoreTests/Fixtures/structure/structure-<name>.json` and `index.json`.

Each file holds name, directed, weighted, multigraph, n, edges (as make_fixtures.py) and `results`:
clustering, structural holes, modularity, Louvain (NetworkX's modularity over seeds 0..9),
semi-synchronous label propagation, assortativity. NaN is written as null.

Conventions the Swift side follows (documented in docs/graphcore.md, "Structure"):
  * parallel edges are merged with SUMMED weights (NetworkX's adjacency matrix and
    multigraph-to-graph conversions sum; clustering does not accept multigraphs at all);
  * structural holes ignore self-loops (NetworkX's two code paths disagree on them), and
    "unweighted" means one unit per distinct pair (arc) whatever the multiplicity;
  * effective size follows Burt's formula as NetworkX documents it and computes it per node
    (its vectorised path normalises by the wrong node's maximum for weighted/directed graphs);
  * hierarchy (Burt 1992) has no NetworkX function: computed here from nx.local_constraint.
"""

import json
import math
import os
import sys

import subprocess

NETWORKX_VERSION = "3.6.1"
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
VENV = os.path.join(ROOT, ".venv-fixtures")


def ensure_venv():
    """Re-exec this script inside .venv-fixtures with the pinned NetworkX (and SciPy, which
    NetworkX's constraint/effective_size use when present, as on a typical install)."""
    if os.environ.get("AGENCYGRAPH_FIXTURES_IN_VENV") == "1":
        return
    py = os.path.join(VENV, "bin", "python")
    if not os.path.exists(py):
        subprocess.check_call([sys.executable, "-m", "venv", "--system-site-packages", VENV])
    subprocess.check_call([py, "-m", "pip", "install", "--quiet", f"networkx=={NETWORKX_VERSION}", "scipy==1.17.1"])
    env = dict(os.environ, AGENCYGRAPH_FIXTURES_IN_VENV="1")
    os.execve(py, [py, os.path.abspath(__file__)] + sys.argv[1:], env)


ensure_venv()
sys.path.insert(0, HERE)
import make_fixtures as base  # noqa: E402  (its own venv check sees we are inside already)

nx = base.nx
OUT = os.path.join(HERE, "structure")
SEEDS = range(10)


def clean(x):
    """NaN/inf -> None, recursively; numpy scalars -> float."""
    if isinstance(x, dict):
        return {k: clean(v) for k, v in x.items()}
    if isinstance(x, (list, tuple)):
        return [clean(v) for v in x]
    if isinstance(x, bool) or x is None or isinstance(x, (int, str)):
        return x
    x = float(x)
    return None if (math.isnan(x) or math.isinf(x)) else x


def summed(G, keep_loops=True):
    """Simple graph with summed weights per (ordered when directed) pair."""
    H = nx.DiGraph() if G.is_directed() else nx.Graph()
    H.add_nodes_from(G)
    for u, v, d in G.edges(data=True):
        if u == v and not keep_loops:
            continue
        w = d.get("weight", 1)
        if H.has_edge(u, v):
            H[u][v]["weight"] += w
        else:
            H.add_edge(u, v, weight=w)
    return H


def per_node(n, d):
    return [d[v] for v in range(n)]


def hierarchy(H, v, weight):
    """Burt (1992): sum_j (r_j ln r_j) / (N ln N), r_j = l(v,j) / (C/N); 0 for N = 1, NaN for N = 0."""
    contacts = set(nx.all_neighbors(H, v)) - {v}
    N = len(contacts)
    if N == 0:
        return float("nan")
    if N == 1:
        return 0.0
    local = [nx.local_constraint(H, v, j, weight=weight) for j in contacts]
    C = sum(local)
    total = 0.0
    for l in local:
        r = l / (C / N)
        total += r * math.log(r)
    return total / (N * math.log(N))


def categories(name, G, labels):
    if name == "karate":
        return [0 if G.nodes[v]["club"] == "Mr. Hi" else 1 for v in range(G.number_of_nodes())]
    return [v % 3 for v in range(G.number_of_nodes())]


def results_for(name, G, G0, weighted):
    n = G.number_of_nodes()
    directed = G.is_directed()
    res = {}
    S = summed(G)                       # loops kept (clustering ignores them, max weight sees them)
    L = summed(G, keep_loops=False)     # structural holes
    variants = [("", None)] + ([("_weighted", "weight")] if weighted else [])

    for suffix, w in variants:
        res["clustering" + suffix] = per_node(n, nx.clustering(S, weight=w))
        res["average_clustering" + suffix] = nx.average_clustering(S, weight=w)
        res["average_clustering_nonzero" + suffix] = (
            nx.average_clustering(S, weight=w, count_zeros=False)
            if any(c > 0 for c in nx.clustering(S, weight=w).values()) else None)
        res["constraint" + suffix] = per_node(n, nx.constraint(L, weight=w))
        # Burt's definition = NetworkX's per-node code path. Its vectorised path (nodes=None with
        # SciPy) divides m_jq by q's largest mutual weight instead of j's, so weighted and directed
        # values differ from the documented formula; the per-node path also gives NaN to directed
        # sinks (it tests G[v], the successors). Both avoided: per-node path on the undirected graph
        # of mutual weights, which has the same p and m.
        U = nx.Graph()
        U.add_nodes_from(L)
        for u, v, d in L.edges(data=True):
            x = d["weight"] if w else 1
            if U.has_edge(u, v):
                U[u][v]["mw"] += x
            else:
                U.add_edge(u, v, mw=x)
        res["effective_size" + suffix] = per_node(n, nx.effective_size(U, nodes=list(U), weight="mw"))
        contacts = {v: len(set(nx.all_neighbors(L, v)) - {v}) for v in range(n)}
        res["efficiency" + suffix] = [res["effective_size" + suffix][v] / contacts[v] if contacts[v] else None
                                      for v in range(n)]
        res["hierarchy" + suffix] = [hierarchy(L, v, w) for v in range(n)]
        pairs = [(u, v) for u, v in list(L.edges())[:5]]
        res["local_constraint" + suffix] = [[u, v, nx.local_constraint(L, u, v, weight=w)] for u, v in pairs]
    res["transitivity"] = nx.transitivity(S)
    if not directed:
        res["triangles"] = per_node(n, nx.triangles(S))

    # Modularity of fixed partitions (NetworkX `modularity` works on the multigraph itself).
    parts = {"mod3": [set(v for v in range(n) if v % 3 == r) for r in range(3)],
             "halves": [set(range(n // 2)), set(range(n // 2, n))]}
    if G.number_of_edges() > 0:
        mods = []
        for pname, part in parts.items():
            part = [p for p in part if p]
            for res_param in (1.0, 0.5, 2.0):
                for suffix, w in variants:
                    mods.append({"partition": [sorted(p) for p in part], "resolution": res_param,
                                 "weighted": w is not None,
                                 "value": nx.community.modularity(G, part, weight=w, resolution=res_param)})
        res["modularity"] = mods
        lv = {}
        for suffix, w in variants:
            values = []
            for s in SEEDS:
                comms = nx.community.louvain_communities(G, weight=w, seed=s)
                values.append(nx.community.modularity(G, comms, weight=w))
            lv["mean" + suffix] = sum(values) / len(values)
            lv["max" + suffix] = max(values)
        res["louvain_networkx"] = lv

    if not directed:
        res["label_propagation"] = sorted(sorted(c) for c in nx.community.label_propagation_communities(G))

    cats = categories(name, G0, None)
    H = G.copy()
    for v in range(n):
        H.nodes[v]["cat"] = cats[v]
    res["categories"] = cats
    if G.number_of_edges() > 0:
        res["attribute_assortativity"] = nx.attribute_assortativity_coefficient(H, "cat")
        deg = {}
        for suffix, w in variants:
            if directed:
                for x in ("out", "in"):
                    for y in ("out", "in"):
                        deg[f"{x}_{y}{suffix}"] = nx.degree_assortativity_coefficient(G, x=x, y=y, weight=w)
            else:
                deg["out_in" + suffix] = nx.degree_assortativity_coefficient(G, weight=w)
        res["degree_assortativity"] = deg
    return res


def main():
    import warnings
    warnings.simplefilter("ignore")
    os.makedirs(OUT, exist_ok=True)
    for old in os.listdir(OUT):
        if old.endswith(".json"):
            os.remove(os.path.join(OUT, old))
    names = []
    total = 0
    for name, G0, weighted in base.graphs():
        G, _ = base.dense(G0)
        edges = [[u, v, d["weight"]] if weighted else [u, v] for u, v, d in G.edges(data=True)]
        doc = {
            "name": name, "networkx": nx.__version__, "directed": G.is_directed(), "weighted": weighted,
            "multigraph": G.is_multigraph(), "n": G.number_of_nodes(), "edges": edges,
            "results": clean(results_for(name, G, G, weighted)),
        }
        path = os.path.join(OUT, f"structure-{name}.json")
        with open(path, "w") as f:
            json.dump(doc, f, separators=(",", ":"), sort_keys=True, allow_nan=False)
            f.write("\n")
        total += os.path.getsize(path)
        names.append(f"structure-{name}")
    with open(os.path.join(OUT, "index.json"), "w") as f:
        json.dump(sorted(names), f)
        f.write("\n")
    print(f"wrote {len(names)} structure fixtures, {total / 1024:.1f} KiB, into {OUT}")


if __name__ == "__main__":
    main()
