#!/usr/bin/env python3
"""Writes a seeded, synthetic agency network in the AgencyGraph YAML format, for scale.sh.

    agency_network.py ACTORS [--edges-per-actor K | --edges M] [--defaults] [--layers] [--seed S] [--edge-list FILE] > network.yaml

--edge-list FILE also writes the agency-to-agency edges (the actor view the analyses read) as
`u v` lines with the agencies' numbers, for agencygraph-bench (the engine's own time).

Shape (invented, loosely like a national register): four levels; ACTORS agencies, each but the
first coordinated by an earlier one (a hierarchy, so there are articulation points and bridges);
then cooperation and information edges between random agencies of the "core" (the first 70 %), so
the rest hang off the hierarchy; one objective per 100 agencies (at least 5), each agency
contributing to one with probability 0.2; one instrument per 500 agencies that some agencies
implement; some agencies operating at a second level. About K edges per agency in all (default 3,
as the 20,000-agency network of issue 16).

--layers makes it multiplex among agencies: 40 % of the random core edges become `x-advice` (a
relation layer of its own) instead of cooperation or information, and every agency outside the
core asks advice of its coordinator's coordinator with probability 0.3, so the `layers` command
and spof's multiplex part (articulation points per layer, losses without a backup channel) have
work to do. Without it the network is the same, byte for byte, as before the option existed.

Every node and edge cites the one source (`source: {ref: register}`), as the format requires;
with --defaults the file states it once (`defaults: {source: {ref: register}}`) and elements
inherit it, which is how an imported network of 500,000 edges stays a file of plausible size
(`agency_network.py 100000 --edges 500000 --defaults`). --edges M asks for M edges in all
instead of K per agency.
"""
import argparse
import random
import sys


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("actors", type=int)
    parser.add_argument("--edges-per-actor", type=float, default=3.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--edges", type=int, help="edges in all (instead of --edges-per-actor)")
    parser.add_argument("--defaults", action="store_true", help="state the source once in `defaults:`")
    parser.add_argument("--edge-list")
    parser.add_argument("--layers", action="store_true")
    args = parser.parse_args()
    n = args.actors
    rng = random.Random(args.seed)
    out = sys.stdout
    w = out.write
    w("format: 1\n")
    w(f"network: synthetic-scale-{n}\n")
    w(f'title: {{en: "Synthetic scaling network, {n} agencies (invented)"}}\n')
    w("as_of: 2024-01\n")
    w("sources:\n")
    w('  - id: register\n    title: "Synthetic register (invented, for the scaling benchmark)"\n    language: en\n')
    cite = "" if args.defaults else ", source: {ref: register}"
    if args.defaults:
        w("defaults:\n  source: {ref: register}\n")
    w("nodes:\n")
    levels = [("international", 0), ("federal", 2), ("regional", 3), ("local", 4)]
    for level, rank in levels:
        w(f"  - {{id: {level}, kind: level, rank: {rank}{cite}}}\n")
    level_names = [level for level, _ in levels]
    level_of = []
    for i in range(n):
        # Deeper in the hierarchy, lower the level.
        depth = 0 if i == 0 else min(3, 1 + int(3 * i / n + rng.random()))
        level_of.append(level_names[depth])
        w(f"  - {{id: a{i}, kind: agency, level: {level_of[i]}{cite}}}\n")
    objectives = max(5, n // 100)
    for o in range(objectives):
        w(f"  - {{id: o{o}, kind: objective{cite}}}\n")
    instruments = max(1, n // 500)
    for k in range(instruments):
        w(f"  - {{id: i{k}, kind: instrument{cite}}}\n")
    w("edges:\n")

    actor_edges = open(args.edge_list, "w") if args.edge_list else None

    def edge(a: str, b: str, kind: str) -> None:
        w(f"  - {{from: {a}, to: {b}, type: {kind}{cite}}}\n")
        if actor_edges and a[0] == "a" and b[0] == "a":
            actor_edges.write(f"{a[1:]} {b[1:]}\n")

    total = args.edges if args.edges is not None else int(args.edges_per_actor * n)
    written = 0
    parent_of = [0] * n
    for i in range(1, n):
        parent = rng.randrange(max(1, i // 2), i) if i > 3 else 0
        parent_of[i] = parent
        edge(f"a{parent}", f"a{i}", "coordinates")
        written += 1
    for i in range(n):
        if rng.random() < 0.2:
            edge(f"a{i}", f"o{rng.randrange(objectives)}", "contributes_to")
            written += 1
        if rng.random() < 0.05:
            edge(f"a{i}", f"i{rng.randrange(instruments)}", "implements")
            written += 1
        if rng.random() < 0.05 and level_of[i] != "local":
            edge(f"a{i}", "local", "operates_at")
            written += 1
    for k in range(instruments):
        edge(f"i{k}", f"o{rng.randrange(objectives)}", "contributes_to")
        written += 1
    core = max(2, int(0.7 * n))
    layer_rng = random.Random(args.seed + 1)  # its own generator: without --layers nothing changes
    seen = set()
    while written < total:
        a, b = rng.randrange(core), rng.randrange(core)
        if a == b or (a, b) in seen or (b, a) in seen:
            continue
        seen.add((a, b))
        kind = "cooperates_with" if rng.random() < 0.6 else "informs"
        if args.layers and layer_rng.random() < 0.4:
            kind = "x-advice"
        edge(f"a{a}", f"a{b}", kind)
        written += 1
    if args.layers:
        for i in range(core, n):
            if layer_rng.random() < 0.3:
                edge(f"a{i}", f"a{parent_of[parent_of[i]]}", "x-advice")
    if actor_edges:
        actor_edges.close()


if __name__ == "__main__":
    main()
