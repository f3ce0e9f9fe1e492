#!/usr/bin/env python3
"""Checks that NetworkX reads what `agencygraph convert` writes.

Converts the Belgian network with the built binary to GraphML, GEXF and node-link JSON, reads each
with NetworkX (pinned, in its own virtual environment .venv-interop/), and compares node and edge
counts and the key attributes (kind, type, names, dates, weights) with the network as AgencyGraph
itself exports it. Then NetworkX writes each graph back and agencygraph must read every node and
edge unchanged. Exits non-zero on any mismatch.

Usage: python3 scripts/check_networkx_interop.py [--binary .build/debug/agencygraph] [NETWORK.yaml]
"""
import json
import os
import subprocess
import sys
import tempfile

import pyenv

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VENV = os.path.join(ROOT, ".venv-interop")
NETWORKX = "networkx==3.6.1"


def ensure_venv():
    """Re-runs this script inside .venv-interop/, creating it and installing NetworkX when needed."""
    pyenv.ensure_venv(os.path.basename(VENV), [NETWORKX], os.path.abspath(__file__))


def main():
    ensure_venv()
    import networkx as nx

    args = sys.argv[1:]
    binary = os.path.join(ROOT, ".build", "debug", "agencygraph")
    if "--binary" in args:
        i = args.index("--binary")
        binary = args[i + 1]
        del args[i:i + 2]
    network = args[0] if args else os.path.join(ROOT, "graphs", "belgium-counter-terrorism.yaml")
    if not os.access(binary, os.X_OK):
        sys.exit(f"error: {binary} not found; run `swift build` first")

    failures = []

    def check(condition, message):
        if not condition:
            failures.append(message)

    with tempfile.TemporaryDirectory() as tmp:
        def convert(out, *extra):
            path = os.path.join(tmp, out)
            result = subprocess.run([binary, "convert", network, "-o", path, *extra], capture_output=True, text=True)
            if result.returncode != 0:
                sys.exit(f"error: convert to {out} failed ({result.returncode}): {result.stderr}")
            return path

        # The reference: AgencyGraph's own JSON of the network (every field as the model holds it).
        with open(convert("reference.agency.json", "--to", "json"), encoding="utf-8") as f:
            reference = json.load(f)
        nodes = {n["id"]: n for n in reference["nodes"]}
        edges = reference.get("edges", [])

        def names(node):
            name = node.get("name")
            if name is None:
                return {}
            if isinstance(name, str):
                return {"name": name}
            return {f"name_{lang}": text for lang, text in name.items()}

        graphs = {
            "GraphML": nx.read_graphml(convert("network.graphml"), force_multigraph=True),
            "GEXF": nx.read_gexf(convert("network.gexf")),
            "node-link JSON": None,
        }
        with open(convert("network.json"), encoding="utf-8") as f:
            graphs["node-link JSON"] = nx.node_link_graph(json.load(f), edges="edges")

        for label, g in graphs.items():
            check(g.is_directed(), f"{label}: the graph is not directed")
            check(g.number_of_nodes() == len(nodes), f"{label}: {g.number_of_nodes()} nodes, expected {len(nodes)}")
            check(g.number_of_edges() == len(edges), f"{label}: {g.number_of_edges()} edges, expected {len(edges)}")
            for node_id, node in nodes.items():
                if node_id not in g.nodes:
                    failures.append(f"{label}: node {node_id} missing")
                    continue
                data = g.nodes[node_id]
                check(data.get("kind") == node["kind"], f"{label}: kind of {node_id}: {data.get('kind')!r} != {node['kind']!r}")
                for key, text in names(node).items():
                    check(data.get(key) == text, f"{label}: {key} of {node_id}: {data.get(key)!r} != {text!r}")
                for key in ("since", "until", "level"):
                    if key in node:
                        check(str(data.get(key)) == str(node[key]), f"{label}: {key} of {node_id}: {data.get(key)!r} != {node[key]!r}")
                if "rank" in node:
                    check(data.get("rank") == node["rank"], f"{label}: rank of {node_id}: {data.get('rank')!r} != {node['rank']!r}")
            # Edges: compare the multiset of (from, to, type, since, until, weight).
            def key(u, v, d):
                return (u, v, d.get("type"), str(d.get("since")), str(d.get("until")), float(d.get("weight", 1)))
            expected = sorted(key(e["from"], e["to"], {**e, "weight": e.get("weight", 1)}) for e in edges)
            actual = sorted(key(u, v, d) for u, v, d in g.edges(data=True))
            if expected != actual:
                missing = [e for e in expected if e not in actual][:3]
                failures.append(f"{label}: edges differ; e.g. expected but not read: {missing}")
            print(f"{label}: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges read by NetworkX {nx.__version__}")

        # The other way: NetworkX writes, AgencyGraph reads; nothing may be lost but edge order.
        def agency_json(path, fmt):
            out = path + ".agency.json"
            result = subprocess.run([binary, "convert", path, "--from", fmt, "-o", out, "--to", "json"], capture_output=True, text=True)
            if result.returncode != 0:
                failures.append(f"reading NetworkX's {fmt}: exit {result.returncode}: {result.stderr.strip()}")
                return None
            with open(out, encoding="utf-8") as f:
                return json.load(f)

        written = {}
        nx.write_graphml(graphs["GraphML"], os.path.join(tmp, "nx.graphml"))
        written["graphml"] = True
        nx.write_gexf(graphs["GEXF"], os.path.join(tmp, "nx.gexf"))
        written["gexf"] = False
        with open(os.path.join(tmp, "nx.json"), "w", encoding="utf-8") as f:
            json.dump(nx.node_link_data(graphs["node-link JSON"], edges="edges"), f)
        written["node-link"] = True
        for fmt, keeps_graph in written.items():
            path = os.path.join(tmp, "nx." + ("json" if fmt == "node-link" else fmt))
            back = agency_json(path, fmt)
            if back is None:
                continue
            back_nodes = {n["id"]: n for n in back["nodes"]}
            for node_id, node in nodes.items():
                check(back_nodes.get(node_id) == node, f"NetworkX's {fmt}: node {node_id} differs: {back_nodes.get(node_id)} != {node}")
            check(len(back_nodes) == len(nodes), f"NetworkX's {fmt}: {len(back_nodes)} nodes, expected {len(nodes)}")
            canon = lambda es: sorted(json.dumps(e, sort_keys=True, ensure_ascii=False) for e in es)
            if canon(back.get("edges", [])) != canon(edges):
                extra = [e for e in canon(back.get("edges", [])) if e not in canon(edges)][:2]
                failures.append(f"NetworkX's {fmt}: edges differ; e.g. read but not in the original: {extra}")
            if keeps_graph:
                for key in ("network", "title", "description", "as_of", "sources"):
                    check(back.get(key) == reference.get(key), f"NetworkX's {fmt}: graph attribute {key} differs")
            print(f"NetworkX's {fmt}: read back by agencygraph, {len(back_nodes)} nodes and {len(back.get('edges', []))} edges equal to the original")

    if failures:
        for failure in failures[:40]:
            print("error: " + failure, file=sys.stderr)
        print(f"{len(failures)} mismatch(es)", file=sys.stderr)
        sys.exit(1)
    print("NetworkX reads our GraphML, GEXF and node-link JSON with the same nodes, edges and attributes, and what it writes back reads unchanged.")


if __name__ == "__main__":
    main()
