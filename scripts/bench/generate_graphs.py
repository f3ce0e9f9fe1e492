#!/usr/bin/env python3
"""Seeded generator of the benchmark graphs (plain edge lists).

Writes to bench-data/ (git-ignored):

  ba-10k.txt          Barabasi-Albert, n=10,000,  m=5 (undirected)
  ba-100k.txt         Barabasi-Albert, n=100,000, m=5 (undirected)
  gnp-10k.txt         G(n,p), n=10,000, p=10/(n-1) (mean degree 10, undirected)
  grid-300.txt        300x300 grid (4-neighbourhood, undirected)
  *-w.txt             the same edges with an integer weight column (1..100), for Dijkstra
  ba-10k-dir.txt      ba-10k with every edge given a random orientation (for SCC)
  ba-100k-dir.txt     ba-100k likewise
  gnp-10k-dir.txt     gnp-10k likewise

Format: one edge per line, `u v` or `u v w`, single space, no comments, "\\n" line ends.

Determinism: only `random.Random(seed).random()` is used (its output is fixed across
CPython versions), no third-party generator, so the same seed gives the same bytes on
every machine. `--check` prints a SHA-256 per file to verify that.

Node ids are the integers 0..n-1, relabelled so that the order of first appearance in the
file is 0, 1, 2, ...: a reader that numbers nodes by first appearance and one that uses the
integer value give the same dense index, and every id in 0..n-1 occurs (isolated nodes of
G(n,p) are dropped, since an edge list cannot express them). No self-loops, no parallel edges.
"""

from __future__ import annotations

import argparse
import hashlib
import math
import os
import random
import sys

DEFAULT_SEED = 20261127


def randint_below(rng: random.Random, k: int) -> int:
    """Uniform integer in [0, k) from rng.random() only (stable across Python versions)."""
    return min(int(rng.random() * k), k - 1)


def barabasi_albert(n: int, m: int, rng: random.Random) -> list[tuple[int, int]]:
    """Preferential attachment as in NetworkX's barabasi_albert_graph: start from the star
    on nodes 0..m (centre 0); every new node links to m distinct existing nodes chosen with
    probability proportional to degree (a list holding each node once per incident edge)."""
    if not (1 <= m < n):
        raise ValueError("need 1 <= m < n")
    edges: list[tuple[int, int]] = []
    repeated: list[int] = []
    for leaf in range(1, m + 1):
        edges.append((0, leaf))
        repeated.extend((0, leaf))
    for source in range(m + 1, n):
        targets: list[int] = []
        chosen: set[int] = set()
        while len(targets) < m:
            t = repeated[randint_below(rng, len(repeated))]
            if t not in chosen:
                chosen.add(t)
                targets.append(t)
        for t in targets:
            edges.append((source, t))
            repeated.extend((source, t))
    return edges


def gnp(n: int, p: float, rng: random.Random) -> list[tuple[int, int]]:
    """G(n,p) undirected, by geometric skipping (Batagelj & Brandes 2005), O(n + m)."""
    edges: list[tuple[int, int]] = []
    lp = math.log(1.0 - p)
    v, w = 1, -1
    while v < n:
        r = rng.random()
        w = w + 1 + int(math.log(1.0 - r) / lp)
        while w >= v and v < n:
            w -= v
            v += 1
        if v < n:
            edges.append((v, w))
    return edges


def grid(rows: int, cols: int) -> list[tuple[int, int]]:
    edges: list[tuple[int, int]] = []
    for r in range(rows):
        for c in range(cols):
            u = r * cols + c
            if c + 1 < cols:
                edges.append((u, u + 1))
            if r + 1 < rows:
                edges.append((u, u + cols))
    return edges


def relabel_by_first_appearance(edges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    label: dict[int, int] = {}
    out: list[tuple[int, int]] = []
    for u, v in edges:
        a = label.setdefault(u, len(label))
        b = label.setdefault(v, len(label))
        out.append((a, b))
    return out


def random_orientation(edges: list[tuple[int, int]], rng: random.Random) -> list[tuple[int, int]]:
    return [(u, v) if rng.random() < 0.5 else (v, u) for u, v in edges]


def write(path: str, edges: list[tuple[int, int]], weights: list[int] | None = None) -> None:
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="ascii", newline="\n") as f:
        if weights is None:
            f.write("".join(f"{u} {v}\n" for u, v in edges))
        else:
            f.write("".join(f"{u} {v} {w}\n" for (u, v), w in zip(edges, weights)))
    os.replace(tmp, path)


def sha256(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def build(out_dir: str, seed: int) -> list[str]:
    os.makedirs(out_dir, exist_ok=True)
    # Each graph has its own stream derived from the seed, so adding a graph never changes another.
    def rng_for(name: str) -> random.Random:
        return random.Random(f"{seed}:{name}")

    base = {
        "ba-10k": barabasi_albert(10_000, 5, rng_for("ba-10k")),
        "ba-100k": barabasi_albert(100_000, 5, rng_for("ba-100k")),
        "gnp-10k": gnp(10_000, 10.0 / (10_000 - 1), rng_for("gnp-10k")),
        "grid-300": grid(300, 300),
    }
    written: list[str] = []
    for name, edges in base.items():
        edges = relabel_by_first_appearance(edges)
        p = os.path.join(out_dir, f"{name}.txt")
        write(p, edges)
        written.append(p)
        wr = rng_for(f"{name}-w")
        weights = [1 + randint_below(wr, 100) for _ in edges]
        p = os.path.join(out_dir, f"{name}-w.txt")
        write(p, edges, weights)
        written.append(p)
        if name != "grid-300":
            directed = relabel_by_first_appearance(random_orientation(edges, rng_for(f"{name}-dir")))
            p = os.path.join(out_dir, f"{name}-dir.txt")
            write(p, directed)
            written.append(p)
    return written


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default="bench-data", help="output folder (default bench-data)")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--check", action="store_true", help="print n, m and SHA-256 of every file")
    args = ap.parse_args(argv)
    for p in build(args.out, args.seed):
        if args.check:
            nodes: set[str] = set()
            m = 0
            with open(p, encoding="ascii") as f:
                for line in f:
                    a, b = line.split()[:2]
                    nodes.add(a)
                    nodes.add(b)
                    m += 1
            print(f"{p}\tn={len(nodes)}\tm={m}\tsha256={sha256(p)}")
        else:
            print(p)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
