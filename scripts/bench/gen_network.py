#!/usr/bin/env python3
"""Writes a generated agency network in the AgencyGraph format (YAML or JSON), for timing readers.

    python3 scripts/bench/gen_network.py --agencies 20000 --edges 60000 -o /tmp/net.yaml
    python3 scripts/bench/gen_network.py --agencies 100000 --edges 500000 --defaults -o /tmp/big.yaml
    python3 scripts/bench/gen_network.py --agencies 20000 --edges 60000 --json -o /tmp/net.json

The file is valid (`agencygraph validate` reports no errors): five ranked levels, agencies with a
home level, and `coordinates`/`informs`/`reports_to`/`cooperates_with` edges between distinct
agencies (no repeated edge). Every node and edge carries `source: {ref: gen}`, or, with
`--defaults`, inherits it from a top-level `defaults:` map. The output is deterministic for a seed.
"""
import argparse
import json
import random
import sys

LEVELS = [("international", 0), ("eu", 1), ("federal", 2), ("regional", 3), ("local", 4)]
TYPES = ["coordinates", "informs", "reports_to", "cooperates_with"]


def build(agencies, edges, seed):
    rng = random.Random(seed)
    nodes = [{"id": name, "kind": "level", "name": {"en": name + " level"}, "rank": rank} for name, rank in LEVELS]
    for i in range(agencies):
        nodes.append({"id": f"a{i}", "kind": "agency", "name": {"en": f"Agency {i}"},
                      "level": LEVELS[rng.randrange(len(LEVELS))][0]})
    if agencies < 2:
        sys.exit("need at least 2 agencies")
    seen = set()
    links = []
    while len(links) < edges:
        a, b = rng.randrange(agencies), rng.randrange(agencies)
        kind = TYPES[rng.randrange(len(TYPES))]
        if a == b:
            continue
        key = (kind, min(a, b), max(a, b)) if kind == "cooperates_with" else (kind, a, b)
        if key in seen:
            continue
        seen.add(key)
        links.append({"from": f"a{a}", "to": f"a{b}", "type": kind})
    return nodes, links


def write_yaml(out, nodes, links, defaults):
    w = out.write
    w("format: 1\nnetwork: generated\ntitle: {en: \"Generated network\"}\n\n")
    w("sources:\n  - id: gen\n    title: \"scripts/bench/gen_network.py\"\n\n")
    if defaults:
        w("defaults:\n  source: {ref: gen}\n\n")
    w("nodes:\n")
    for node in nodes:
        w(f"  - id: {node['id']}\n    kind: {node['kind']}\n    name: {{en: \"{node['name']['en']}\"}}\n")
        if "level" in node:
            w(f"    level: {node['level']}\n")
        if "rank" in node:
            w(f"    rank: {node['rank']}\n")
        if not defaults:
            w("    source: {ref: gen}\n")
    w("\nedges:\n")
    for link in links:
        w(f"  - from: {link['from']}\n    to: {link['to']}\n    type: {link['type']}\n")
        if not defaults:
            w("    source: {ref: gen}\n")


def write_json(out, nodes, links, defaults):
    document = {"format": 1, "network": "generated", "title": {"en": "Generated network"},
                "sources": [{"id": "gen", "title": "scripts/bench/gen_network.py"}]}
    if defaults:
        document["defaults"] = {"source": {"ref": "gen"}}
    else:
        for element in nodes + links:
            element["source"] = {"ref": "gen"}
    document["nodes"] = nodes
    document["edges"] = links
    json.dump(document, out, indent=2, ensure_ascii=False)
    out.write("\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--agencies", type=int, default=20000)
    parser.add_argument("--edges", type=int, default=60000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--defaults", action="store_true", help="state provenance once in `defaults:`")
    parser.add_argument("--json", action="store_true", help="write JSON instead of YAML")
    parser.add_argument("-o", "--output", required=True)
    args = parser.parse_args()
    nodes, links = build(args.agencies, args.edges, args.seed)
    with open(args.output, "w", encoding="utf-8") as out:
        (write_json if args.json else write_yaml)(out, nodes, links, args.defaults)


if __name__ == "__main__":
    main()
