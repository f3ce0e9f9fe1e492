#!/usr/bin/env python3
"""NetworkX reference for the `node-connectivity` bench task (correctness only, not timed).

    reference_nc.py FILE [--out OUT.json]

Computes networkx.node_connectivity on the undirected graph of FILE (an edge list `u v [w]`,
`#` comments) and prints {"kappa": k, "n": n, "seconds": s}. It is slow (NetworkX runs one
max-flow per candidate pair in Python: minutes on the 10k graphs), so compare.py only runs it
when asked (--nx-connectivity) and caches the answer in bench-data/ref/.
"""

from __future__ import annotations

import argparse
import json
import sys
import time

import networkx as nx


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("file")
    ap.add_argument("--out")
    a = ap.parse_args(argv)
    G = nx.Graph()
    with open(a.file, encoding="utf-8") as f:
        for line in f:
            parts = line.split("#", 1)[0].split()
            if len(parts) >= 2:
                G.add_edge(parts[0], parts[1])
    t0 = time.perf_counter()
    k = nx.node_connectivity(G)
    doc = json.dumps({"kappa": k, "n": G.number_of_nodes(), "seconds": time.perf_counter() - t0,
                      "networkx": nx.__version__})
    if a.out:
        with open(a.out, "w", encoding="utf-8") as f:
            f.write(doc + "\n")
    print(doc)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
