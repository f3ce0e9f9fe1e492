#!/usr/bin/env python3
"""Write the NetworkX reference fixtures for AgencyAnalysis's multiplex (layer) measures.

Usage (from anywhere):

    python3 Tests/GraphCoreTests/Fixtures/make_fixtures_layers.py

Same approach as make_fixtures.py: a virtual environment `.venv-fixtures/` at the repository root
with the pinned NetworkX, seeded and deterministic. Writes
`Tests/AgencyAnalysisTests/Fixtures/layers/layers-<name>.json` (read by AgencyAnalysisTests'
LayersTests, which build the same network from the file and compare at 1e-12).

Each file holds name, `layers` (name and edge types, in layer order), `nodes` (id, kind),
`edges` (from, to, type: typed, directed as written) and `results`:
  layers: per layer nodes, edges, pairs, components, articulationPoints;
  nodes:  per node degree (layer -> k), overlappingDegree, participation (null when undefined);
  layerPairs: per unordered pair of layers sharedPairs and jaccard (null when the union is empty).

The measures are computed here from their definitions (Battiston, Nicosia & Latora 2014,
"Structural measures for multiplex networks", Phys. Rev. E 89, 032804), each layer being an
undirected simple NetworkX graph:
  * every edge read undirected, self-loops ignored, parallel edges (two types of one layer, or both
    directions) one pair;
  * k_i^[a] = number of distinct neighbours of i in layer a (G_a.degree(i) on the simple graph);
  * o_i = sum_a k_i^[a]; P_i = M/(M-1) * (1 - sum_a (k_i^[a]/o_i)^2), null when o_i = 0 or M = 1;
  * a layer's nodes are those with k > 0; components (nx.number_connected_components) and
    articulation points (nx.articulation_points) of G_a on those nodes;
  * E_a = set of unordered pairs {i, j}, i != j, linked in a; sharedPairs = |E_a & E_b|,
    jaccard = |E_a & E_b| / |E_a | E_b|.
The layer of a type follows AgencyModel's Layer: built-in coordination (coordinates, informs,
reports_to, cooperates_with), structure (member_of, part_of, operates_at), policy (contributes_to,
implements, adopts, supersedes, funds, evaluates); each custom `x-` type a layer of its own.
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
OUT = os.path.join(ROOT, "Tests", "AgencyAnalysisTests", "Fixtures", "layers")


def ensure_venv():
    """Re-exec inside .venv-fixtures with the pinned NetworkX (created on first use)."""
    if os.environ.get("AGENCYGRAPH_FIXTURES_IN_VENV") == "1":
        return
    py = os.path.join(VENV, "bin", "python")
    if not os.path.exists(py):
        subprocess.check_call([sys.executable, "-m", "venv", "--system-site-packages", VENV])
    subprocess.check_call([py, "-m", "pip", "install", "--quiet", f"networkx=={NETWORKX_VERSION}"])
    env = dict(os.environ, AGENCYGRAPH_FIXTURES_IN_VENV="1")
    os.execve(py, [py, os.path.abspath(__file__)] + sys.argv[1:], env)


ensure_venv()
import networkx as nx  # noqa: E402

assert nx.__version__ == NETWORKX_VERSION, nx.__version__

BUILT_IN = [
    ("coordination", ["coordinates", "informs", "reports_to", "cooperates_with"]),
    ("structure", ["member_of", "part_of", "operates_at"]),
    ("policy", ["contributes_to", "implements", "adopts", "supersedes", "funds", "evaluates"]),
]


def layer_of(edge_type):
    for name, types in BUILT_IN:
        if edge_type in types:
            return name
    assert edge_type.startswith("x-"), edge_type
    return edge_type


def populated_layers(edges):
    """Populated layers in AgencyModel's order: built-in in documentation order, then by name."""
    present = {layer_of(t) for _, _, t in edges}
    order = [name for name, _ in BUILT_IN if name in present]
    order += sorted(name for name in present if name not in dict(BUILT_IN))
    # Every type of the layer (what AgencyModel's Layer holds), present in the edges or not.
    types = {name: sorted(dict(BUILT_IN).get(name, [name])) for name in order}
    return order, types


def measures(node_ids, edges):
    layers, _ = populated_layers(edges)
    m = len(layers)
    graphs = {}
    for name in layers:
        G = nx.Graph()
        G.add_nodes_from(node_ids)
        G.add_edges_from((u, v) for u, v, t in edges if layer_of(t) == name and u != v)
        graphs[name] = G
    out_layers = []
    for name in layers:
        G = graphs[name]
        members = [v for v in G.nodes if G.degree(v) > 0]
        H = G.subgraph(members)
        out_layers.append({
            "name": name,
            "nodes": len(members),
            "edges": sum(1 for _, _, t in edges if layer_of(t) == name),
            "pairs": G.number_of_edges(),
            "components": nx.number_connected_components(H),
            "articulationPoints": len(list(nx.articulation_points(H))),
        })
    out_nodes = []
    for v in node_ids:
        degree = {name: graphs[name].degree(v) for name in layers}
        o = sum(degree[name] for name in layers)
        if o == 0 or m == 1:
            p = None
        else:
            s = 0.0
            for name in layers:
                share = degree[name] / o
                s += share * share
            p = m / (m - 1) * (1 - s)
        out_nodes.append({"id": v, "degree": degree, "overlappingDegree": o, "participation": p})
    pair_sets = {name: {frozenset(e) for e in graphs[name].edges()} for name in layers}
    out_pairs = []
    for a, b in combinations(layers, 2):
        shared = len(pair_sets[a] & pair_sets[b])
        union = len(pair_sets[a] | pair_sets[b])
        out_pairs.append({"layers": [a, b], "sharedPairs": shared,
                          "jaccard": None if union == 0 else shared / union})
    return {"layers": out_layers, "nodes": out_nodes, "layerPairs": out_pairs}


def small():
    """Hand-made: 3 layers; coordinates both ways and informs on one pair (one coordination pair),
    cooperates_with (symmetric), a pair linked in two layers, a self-loop, a node absent from a
    layer, an isolated node, a layer in two components with an articulation point."""
    nodes = ["a", "b", "c", "d", "e", "f", "g", "h", "i"]
    edges = [
        ("a", "b", "coordinates"), ("b", "a", "coordinates"), ("a", "b", "informs"),
        ("b", "c", "cooperates_with"), ("c", "d", "reports_to"),
        ("a", "e", "member_of"), ("b", "e", "member_of"), ("e", "f", "part_of"),
        ("a", "b", "x-advice"), ("c", "c", "x-advice"), ("d", "a", "x-advice"), ("f", "d", "x-advice"),
        ("c", "a", "x-advice"), ("h", "i", "informs"),
    ]
    return "small", nodes, edges


def random_multiplex():
    """Seeded: 40 nodes, 4 layers (coordination, structure, x-advice, x-friendship), directed
    edges of several types per layer (so parallel pairs occur), some self-loops, isolated nodes."""
    rng = random.Random(20261203)
    nodes = [f"n{i:02d}" for i in range(40)]
    pools = {
        "coordination": (["coordinates", "informs", "cooperates_with"], 0.05),
        "structure": (["member_of", "part_of"], 0.03),
        "x-advice": (["x-advice"], 0.06),
        "x-friendship": (["x-friendship"], 0.04),
    }
    active = nodes[:37]  # n37..n39 have no edge at all
    edges = []
    for _, (types, p) in pools.items():
        for u in active:
            for v in active:
                if u == v:
                    if rng.random() < 0.02:
                        edges.append((u, v, rng.choice(types)))
                    continue
                for t in types:
                    if rng.random() < p / len(types) * 1.5:
                        edges.append((u, v, t))
    return "random", nodes, edges


def main():
    os.makedirs(OUT, exist_ok=True)
    names = []
    for name, nodes, edges in (small(), random_multiplex()):
        order, types = populated_layers(edges)
        doc = {
            "name": name,
            "networkx": nx.__version__,
            "layers": [{"name": layer, "types": types[layer]} for layer in order],
            "nodes": [{"id": v, "kind": "agency"} for v in nodes],
            "edges": [{"from": u, "to": v, "type": t} for u, v, t in edges],
            "results": measures(nodes, edges),
        }
        path = os.path.join(OUT, f"layers-{name}.json")
        with open(path, "w") as f:
            json.dump(doc, f, indent=1, sort_keys=True)
            f.write("\n")
        names.append(name)
        print(f"wrote {path}: {len(nodes)} nodes, {len(edges)} edges, {len(order)} layers")
    with open(os.path.join(OUT, "index.json"), "w") as f:
        json.dump(names, f)
        f.write("\n")


if __name__ == "__main__":
    main()
