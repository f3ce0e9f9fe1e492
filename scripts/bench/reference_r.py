#!/usr/bin/env python3
"""NetworkX reference for the `robustness-r` bench task (correctness only, not a timed peer).

    reference_r.py FILE [--static] [--out OUT.json]

Definition (Schneider, Moreira, Andrade, Havlin & Herrmann, "Mitigation of malicious attacks on
networks", PNAS 108 (2011) 3838), as GraphCore documents it and as its NetworkX fixtures
(Tests/GraphCoreTests/Fixtures/make_fixtures.py) compute it:

    R = (1/N) * sum_{Q=1..N} s(Q),   s(Q) = (largest connected component after removing Q nodes) / N

Attack: highest degree first, degree as NetworkX counts it in the graph that remains
(adaptive, recomputed after every removal, as in the paper; `--static` uses the initial
degrees instead). Ties go to the lowest node index, the index being the order of first
appearance in the file (GraphCore's dense ids).

The computation is deliberately naive (remove a node, recount the components with
networkx.connected_components), so it shares nothing with a union-find implementation. One
exact shortcut: once no edge remains, every later s(Q) is 1/N while a node remains.
Prints {"R": ..., "curve": [...]} (curve = largest component size for Q = 0..N).
"""

from __future__ import annotations

import argparse
import json
import sys

import networkx as nx


def read(path: str) -> tuple[nx.Graph, dict]:
    G = nx.Graph()
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].split()
            if len(line) >= 2:
                G.add_edge(line[0], line[1])
    index = {v: i for i, v in enumerate(G.nodes())}  # insertion order = first appearance
    return G, index


def curve_of(G: nx.Graph, index: dict, adaptive: bool) -> list[int]:
    H = G.copy()
    n = H.number_of_nodes()
    largest = lambda: max((len(c) for c in nx.connected_components(H)), default=0)  # noqa: E731
    curve = [largest()]
    order = None if adaptive else sorted(H.nodes(), key=lambda v: (-H.degree(v), index[v]))
    for q in range(1, n + 1):
        if H.number_of_edges() == 0:
            # Only isolated nodes remain: largest component 1 while a node remains, then 0.
            curve.extend([1] * (n - q) + [0])
            break
        if adaptive:
            v = min(H.nodes(), key=lambda u: (-H.degree(u), index[u]))
        else:
            v = order[q - 1]
        H.remove_node(v)
        curve.append(largest())
    assert len(curve) == n + 1
    return curve


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("file")
    ap.add_argument("--static", action="store_true", help="static highest-degree order")
    ap.add_argument("--out")
    a = ap.parse_args(argv)
    G, index = read(a.file)
    n = G.number_of_nodes()
    curve = curve_of(G, index, adaptive=not a.static)
    R = sum(curve[1:]) / (n * n) if n else 0.0
    doc = json.dumps({"R": R, "curve": curve, "n": n, "attack": "static" if a.static else "adaptive",
                      "networkx": nx.__version__})
    if a.out:
        with open(a.out, "w", encoding="utf-8") as f:
            f.write(doc + "\n")
    print(json.dumps({"R": R, "n": n}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
