#!/usr/bin/env python3
"""Side-by-side benchmark: agencygraph-bench vs igraph, NetworKit and rustworkx.

For every (graph file, task) of the matrix below it runs our `agencygraph-bench` and each
peer (scripts/bench/peers.py, one fresh process per peer and task, so memory figures are
per library) on the SAME file, compares every peer's result with ours BEFORE it compares
times (a mismatch is printed loudly on stderr, marked in the table, and makes the exit
status 1), and prints Markdown tables: run time per task with the ratio ours / fastest peer,
then load time and memory per graph.

Run it through scripts/bench/run.sh, which makes the venv, the graphs and the release build.

    compare.py [--bench PATH] [--data DIR] [--out DIR] [--repeat K] [--timeout S]
               [--graphs a,b] [--tasks a,b] [--peers a,b] [--no-ours]

Times are the minimum over K runs of the task on one loaded graph (every run prints its
own JSON line; all lines are kept in OUT/results.jsonl). Load time is that of the one load.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
import time
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
PEERS = ("igraph", "networkit", "rustworkx")
PEER_TITLE = {"igraph": "igraph", "networkit": "NetworKit", "rustworkx": "rustworkx"}

UNDIRECTED = ("ba-10k", "gnp-10k", "grid-300", "ba-100k")
DIRECTED = ("ba-10k-dir", "gnp-10k-dir", "ba-100k-dir")
UNDIRECTED_TASKS = ("components", "articulation-points", "bridges", "biconnected-components",
                    "k-core", "bfs", "node-connectivity", "robustness-r")
# robustness-r: no peer has it; it is checked against the NetworkX reference (reference_r.py)
# on graphs with at most REF_R_MAX_N nodes.
REF_R_MAX_N = 10_000
TARGET_TASKS = ("components", "articulation-points", "bridges", "bfs", "k-core")
# Part 2: centrality. All-pairs measures on the 10k graphs, iterative ones on all four.
ALL_PAIRS_TASKS = ("betweenness", "edge-betweenness", "closeness", "harmonic")
ITERATIVE_TASKS = ("pagerank", "eigenvector", "katz")
CENTRALITY_ALL_PAIRS_GRAPHS = ("ba-10k", "gnp-10k")
# Iterative results depend on each library's stopping rule: compared after scaling (PageRank to
# sum 1, eigenvector and Katz to unit L2 norm) within ITERATIVE_TOL of the largest value.
ITERATIVE_TOL = 1e-3
# Structure tasks (the structure helper's measures); louvain compares modularity: ours must be
# equal or higher (within LOUVAIN_SLACK) for the row to count as agreeing.
STRUCTURE_TASKS = ("constraint", "effective-size", "clustering", "louvain")
LOUVAIN_SLACK = 1e-3


def matrix(graphs: set[str] | None, tasks: set[str] | None):
    cases = []
    for g in UNDIRECTED:
        for t in UNDIRECTED_TASKS:
            cases.append((g, f"{g}.txt", t, []))
        cases.append((g, f"{g}-w.txt", "dijkstra", ["--weighted"]))
        if g in CENTRALITY_ALL_PAIRS_GRAPHS:
            for t in ALL_PAIRS_TASKS:
                cases.append((g, f"{g}.txt", t, []))
        for t in ITERATIVE_TASKS + STRUCTURE_TASKS:
            cases.append((g, f"{g}.txt", t, []))
    for g in DIRECTED:
        cases.append((g.removesuffix("-dir"), f"{g}.txt", "scc", ["--directed"]))
    return [c for c in cases
            if (graphs is None or c[0] in graphs) and (tasks is None or c[2] in tasks)]


# --------------------------------------------------------------------------- running
def run_json(cmd: list[str], timeout: float) -> dict:
    """Runs one benchmark process; returns {status, lines, stderr, wall}."""
    t0 = time.monotonic()
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"status": "timeout", "lines": [], "stderr": "", "wall": time.monotonic() - t0}
    wall = time.monotonic() - t0
    if p.returncode == 3:
        return {"status": "unsupported", "lines": [], "stderr": p.stderr, "wall": wall}
    if p.returncode != 0:
        return {"status": "error", "lines": [], "stderr": p.stderr.strip()[-2000:], "wall": wall,
                "code": p.returncode}
    lines = []
    for ln in p.stdout.splitlines():
        ln = ln.strip()
        if ln.startswith("{"):
            lines.append(json.loads(ln))
    if not lines:
        return {"status": "error", "lines": [], "stderr": "no JSON line on stdout\n" + p.stderr,
                "wall": wall}
    for need in ("task", "graph", "n", "m", "load_s", "run_s", "threads", "peak_rss_bytes"):
        if need not in lines[0]:
            return {"status": "error", "lines": lines, "stderr": f"JSON line lacks {need!r}",
                    "wall": wall}
    return {"status": "ok", "lines": lines, "stderr": p.stderr, "wall": wall}


# --------------------------------------------------------------------------- comparing
def num_close(a, b) -> bool:
    if isinstance(a, bool) or isinstance(b, bool):
        return a == b
    if not isinstance(a, (int, float)) or not isinstance(b, (int, float)):
        return False
    if math.isinf(a) or math.isinf(b):
        return a == b
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def canon(task: str, v):
    """A form in which two correct answers are equal whatever their order or labels."""
    if task in ("components", "scc"):
        groups = defaultdict(set)
        for node, label in v.items():
            groups[json.dumps(label)].add(str(node))
        return frozenset(frozenset(s) for s in groups.values())
    if task == "articulation-points":
        return frozenset(str(x) for x in v)
    if task == "bridges":
        return frozenset(frozenset((str(a), str(b))) for a, b in v)
    return v


def scaled(task: str, v: dict) -> dict:
    vals = [float(x) for x in v.values()]
    s = sum(vals) if task == "pagerank" else math.sqrt(sum(x * x for x in vals))
    return {str(k): float(x) / s if s else 0.0 for k, x in v.items()}


def diff(task: str, ours, theirs) -> str | None:
    """None when equal, else a short human description of the first differences."""
    if task == "louvain":
        if not isinstance(ours, (int, float)) or not isinstance(theirs, (int, float)):
            return "expected numbers"
        return None if ours >= theirs - LOUVAIN_SLACK else f"modularity ours {ours:.4f} < theirs {theirs:.4f}"
    if task in ALL_PAIRS_TASKS or task in ITERATIVE_TASKS or task in STRUCTURE_TASKS:
        if not isinstance(ours, dict) or not isinstance(theirs, dict):
            return f"expected objects, got {type(ours).__name__} / {type(theirs).__name__}"
        o, t = {str(k): x for k, x in ours.items()}, {str(k): x for k, x in theirs.items()}
        if set(o) != set(t):
            return f"key sets differ: {len(set(o) - set(t))} only ours, {len(set(t) - set(o))} only theirs"
        if task in ITERATIVE_TASKS:
            o, t = scaled(task, o), scaled(task, t)
            top = max(abs(x) for x in o.values()) or 1.0
            worst = max(abs(o[k] - t[k]) for k in o) / top
            return None if worst <= ITERATIVE_TOL else f"max deviation {worst:.2e} of the largest value"
        bad = [k for k in o if not num_close(o[k], t[k])]
        if bad:
            ex = ", ".join(f"{k}: {o[k]} vs {t[k]}" for k in bad[:5])
            return f"{len(bad)} values differ ({ex})"
        return None
    if task in ("bfs", "dijkstra", "k-core"):
        if not isinstance(ours, dict) or not isinstance(theirs, dict):
            return f"expected objects, got {type(ours).__name__} / {type(theirs).__name__}"
        ok, tk = set(map(str, ours)), set(map(str, theirs))
        if ok != tk:
            a, b = sorted(ok - tk)[:5], sorted(tk - ok)[:5]
            return f"node sets differ: only ours {a} ({len(ok - tk)}), only theirs {b} ({len(tk - ok)})"
        o = {str(k): x for k, x in ours.items()}
        t = {str(k): x for k, x in theirs.items()}
        bad = [k for k in o if not num_close(o[k], t[k])]
        if bad:
            ex = ", ".join(f"{k}: {o[k]} vs {t[k]}" for k in bad[:5])
            return f"{len(bad)} values differ ({ex})"
        return None
    if task in ("components", "scc", "articulation-points", "bridges"):
        a, b = canon(task, ours), canon(task, theirs)
        if a == b:
            return None
        if task in ("components", "scc"):
            return f"partitions differ: {len(a)} vs {len(b)} parts"
        only_o, only_t = a - b, b - a
        fmt = lambda s: sorted(sorted(x) if isinstance(x, frozenset) else x for x in s)[:5]  # noqa: E731
        return (f"sets differ: {len(a)} vs {len(b)}; only ours {fmt(only_o)} ({len(only_o)}), "
                f"only theirs {fmt(only_t)} ({len(only_t)})")
    if num_close(ours, theirs):
        return None
    return f"{ours} vs {theirs}"


# --------------------------------------------------------------------------- formatting
def ms(s: float | None) -> str:
    if s is None:
        return "—"
    v = s * 1000
    if v >= 100:
        return f"{v:.0f}"
    if v >= 10:
        return f"{v:.1f}"
    if v >= 1:
        return f"{v:.2f}"
    return f"{v:.3f}"


def mib(b: float | None) -> str:
    return "—" if b is None else f"{b / 2**20:.1f}"


def summary(res: dict) -> dict | None:
    if res["status"] != "ok":
        return None
    lines = res["lines"]
    runs = [x["run_s"] for x in lines]
    first = lines[0]
    return {
        "run_min": min(runs), "run_median": sorted(runs)[len(runs) // 2], "runs": len(runs),
        "load_s": first["load_s"], "threads": first["threads"], "n": first["n"], "m": first["m"],
        # VmHWM after the first run: the load plus one run of the task. Later runs can only raise it
        # through the allocator's history (glibc raises its mmap threshold after a large free, so
        # freed buffers stay in the heap), which says nothing about the algorithm's memory.
        "peak": first["peak_rss_bytes"],
        "base": first.get("base_rss_bytes"), "loaded": first.get("loaded_rss_bytes"),
    }


def cell(res: dict | None, s: dict | None, mismatch: bool) -> str:
    if res is None:
        return "—"
    st = res["status"]
    if st == "unsupported":
        return "—"
    if st == "timeout":
        return f"> {res['wall']:.0f} s"
    if st == "error":
        return "error"
    return ms(s["run_min"]) + (" ✗" if mismatch else "")


# --------------------------------------------------------------------------- main
def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bench", default=os.path.join(ROOT, ".build-bench", "release", "agencygraph-bench"))
    ap.add_argument("--data", default=os.path.join(ROOT, "bench-data"))
    ap.add_argument("--out", default=os.path.join(ROOT, "out", "bench"))
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--timeout", type=float, default=300.0, help="seconds per process")
    ap.add_argument("--timeout-connectivity", type=float, default=60.0,
                    help="seconds per process for node-connectivity (igraph's is very slow on BA graphs)")
    ap.add_argument("--graphs", help="comma-separated subset of " + ",".join(UNDIRECTED))
    ap.add_argument("--tasks", help="comma-separated subset of the task names")
    ap.add_argument("--peers", default=",".join(PEERS))
    ap.add_argument("--nx-connectivity", action="store_true",
                    help="compute missing NetworkX node_connectivity references (n <= 10k; minutes each)")
    ap.add_argument("--no-ours", action="store_true", help="peers only (pipeline check)")
    args = ap.parse_args(argv)

    peers = [p for p in args.peers.split(",") if p]
    for p in peers:
        if p not in PEERS:
            ap.error(f"unknown peer {p}")
    cases = matrix(set(args.graphs.split(",")) if args.graphs else None,
                   set(args.tasks.split(",")) if args.tasks else None)
    if not cases:
        ap.error("no case selected")
    ours_enabled = not args.no_ours
    if ours_enabled and not os.access(args.bench, os.X_OK):
        ap.error(f"{args.bench} is not an executable; build it (scripts/bench/run.sh) or pass --no-ours")
    os.makedirs(os.path.join(args.out, "values"), exist_ok=True)
    raw = open(os.path.join(args.out, "results.jsonl"), "w", encoding="utf-8")
    py = sys.executable

    rows = []
    mismatches = 0
    load_before = loadavg()
    started = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    for gname, fname, task, flags in cases:
        path = os.path.join(args.data, fname)
        if not os.path.isfile(path):
            print(f"error: {path} missing; run scripts/bench/generate_graphs.py", file=sys.stderr)
            return 2
        stem = f"{fname.removesuffix('.txt')}.{task}"
        results: dict[str, dict] = {}
        values: dict[str, object] = {}
        who = (["ours"] if ours_enabled else []) + peers
        for w in who:
            vpath = os.path.join(args.out, "values", f"{stem}.{w}.json")
            if os.path.exists(vpath):
                os.remove(vpath)
            if w == "ours":
                cmd = [args.bench, task, path, *flags, "--repeat", str(args.repeat), "--values", vpath]
            else:
                cmd = [py, os.path.join(HERE, "peers.py"), w, task, path, *flags,
                       "--repeat", str(args.repeat), "--values", vpath]
            res = run_json(cmd, args.timeout_connectivity if task == "node-connectivity" else args.timeout)
            results[w] = res
            for ln in res["lines"]:
                raw.write(json.dumps({"who": w, "file": fname, **ln}) + "\n")
            raw.flush()
            if res["status"] == "ok" and os.path.exists(vpath):
                with open(vpath, encoding="utf-8") as f:
                    values[w] = json.load(f)
            elif res["status"] == "error":
                print(f"!! {w} {task} {fname}: exit {res.get('code')}: {res['stderr']}", file=sys.stderr)
            print(f"   {fname:16} {task:24} {w:10} {res['status']:11} wall {res['wall']:.2f}s",
                  file=sys.stderr, flush=True)

        # Correctness first: every result against ours (or, without ours, against the first peer).
        reference = "ours" if "ours" in values else next(iter(values), None)
        if task == "robustness-r" and "ours" in values:
            ref_val, ref_note = reference_r(path, os.path.join(args.data, "ref"), args.timeout)
            if ref_val is not None:
                values["networkx-ref"] = ref_val
            elif ref_note:
                print(f"   robustness-r {fname}: {ref_note}", file=sys.stderr)
        if task == "node-connectivity" and "ours" in values:
            ref_val, ref_note = reference_nc(path, os.path.join(args.data, "ref"), args.nx_connectivity)
            if ref_val is not None:
                values["networkx-ref"] = ref_val
            elif ref_note:
                print(f"   node-connectivity {fname}: {ref_note}", file=sys.stderr)
        bad: dict[str, str] = {}
        checked = []
        for w, v in values.items():
            if w == reference:
                continue
            d = diff(task, values[reference], v)
            checked.append(w)
            if d is not None:
                bad[w] = d
                mismatches += 1
                print(f"\n!!!!!!!! MISMATCH {task} on {fname}: {reference} vs {w}: {d}\n",
                      file=sys.stderr, flush=True)
        rows.append({"graph": gname, "file": fname, "task": task, "results": results,
                     "summ": {w: summary(r) for w, r in results.items()}, "bad": bad,
                     "checked": checked, "reference": reference})

    raw.close()
    md = conditions(load_before, started) + render(rows, peers, ours_enabled, args)
    with open(os.path.join(args.out, "table.md"), "w", encoding="utf-8") as f:
        f.write(md)
    print(md)
    if mismatches:
        print(f"\n!!!!!!!! {mismatches} MISMATCH(ES) — see above; times of mismatching results are marked ✗",
              file=sys.stderr)
        return 1
    return 0


def reference_r(path: str, out: str, timeout: float):
    """NetworkX reference for robustness-r, cached by file content hash in bench-data/ref/."""
    import hashlib
    with open(path, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()[:16]
    n = 0
    nodes = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2:
                nodes.update(parts[:2])
    n = len(nodes)
    if n > REF_R_MAX_N:
        return None, f"no NetworkX reference (n={n} > {REF_R_MAX_N}, too slow for the naive reference)"
    os.makedirs(out, exist_ok=True)
    cache = os.path.join(out, f"ref-r-{digest}.json")
    if not os.path.exists(cache):
        cmd = [sys.executable, os.path.join(HERE, "reference_r.py"), path, "--out", cache]
        try:
            p = subprocess.run(cmd, capture_output=True, text=True, timeout=max(timeout, 900))
        except subprocess.TimeoutExpired:
            return None, "NetworkX reference timed out"
        if p.returncode != 0:
            return None, f"NetworkX reference failed: {p.stderr.strip()[-500:]}"
    with open(cache, encoding="utf-8") as f:
        return json.load(f)["R"], None


def loadavg() -> str:
    try:
        with open("/proc/loadavg", encoding="ascii") as f:
            return " ".join(f.read().split()[:3])
    except OSError:
        return "?"


def conditions(load_before: str, started: str) -> str:
    return (f"Run started {started}; load average (1, 5, 15 min) {load_before} at the start, "
            f"{loadavg()} at the end; {os.cpu_count()} CPUs.\n\n")


def count_file(path: str) -> tuple[int, int]:
    """n and m of an edge list, for rows where no run finished."""
    nodes: set[str] = set()
    m = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split("#", 1)[0].split()
            if len(parts) >= 2:
                nodes.update(parts[:2])
                m += 1
    return len(nodes), m


def reference_nc(path: str, out: str, compute: bool):
    """NetworkX node_connectivity, from the cache in bench-data/ref/ or (with
    --nx-connectivity, n <= REF_R_MAX_N) computed now; None when neither."""
    import hashlib
    with open(path, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()[:16]
    cache = os.path.join(out, f"ref-nc-{digest}.json")
    if not os.path.exists(cache):
        if not compute:
            return None, "no cached NetworkX reference (run with --nx-connectivity to compute it; slow)"
        n, _ = count_file(path)
        if n > REF_R_MAX_N:
            return None, f"no NetworkX reference (n={n} > {REF_R_MAX_N})"
        os.makedirs(out, exist_ok=True)
        cmd = [sys.executable, os.path.join(HERE, "reference_nc.py"), path, "--out", cache]
        p = subprocess.run(cmd, capture_output=True, text=True)
        if p.returncode != 0:
            return None, f"NetworkX reference failed: {p.stderr.strip()[-500:]}"
    with open(cache, encoding="utf-8") as f:
        return json.load(f)["kappa"], None


# Issue 5's targets: (tasks, graphs, largest allowed ratio ours / fastest peer).
PART2_TARGETS = (
    (("betweenness", "closeness", "harmonic"), ("ba-10k", "gnp-10k"), 1 / 3),
    (("pagerank", "eigenvector", "katz", "clustering"), ("grid-300", "ba-100k"), 1.0),
)


def part2_targets(rows, peers) -> list[str]:
    """Issue 5: time ratio against the fastest agreeing peer, and peak memory (VmHWM minus the RSS
    before loading, max over the task's runs) against that same peer's."""
    out = []
    for r in rows:
        target = next((lim for tasks, graphs, lim in PART2_TARGETS
                       if r["task"] in tasks and r["graph"] in graphs), None)
        if target is None:
            continue
        if not out:
            out.append("\nTargets (issue 5), from the rows above. Peak = VmHWM after the first run − RSS before "
                       "loading, MiB, in the task's own process:\n")
            out.append("| graph | task | ours ms | fastest peer ms | ratio | target | time | peak ours | "
                       "peak fastest peer | memory |")
            out.append("|---|---|---:|---:|---:|---:|---|---:|---:|---|")
        s = r["summ"]
        peers_ok = [p for p in peers if s.get(p) and p not in r["bad"]]
        if not s.get("ours") or not peers_ok:
            out.append(f"| {r['graph']} | {r['task']} | — | — | — | — | not measured | — | — | — |")
            continue
        fastest = min(peers_ok, key=lambda p: s[p]["run_min"])
        ratio = s["ours"]["run_min"] / s[fastest]["run_min"]
        po = s["ours"]["peak"] - s["ours"]["base"] if s["ours"]["base"] is not None else None
        pp = s[fastest]["peak"] - s[fastest]["base"] if s[fastest]["base"] is not None else None
        mem = "—" if po is None or pp is None else ("met" if po < pp else "MISSED")
        limit = "1/3" if target < 1 else "1"
        out.append(f"| {r['graph']} | {r['task']} | {ms(s['ours']['run_min'])} | "
                   f"{PEER_TITLE[fastest]} {ms(s[fastest]['run_min'])} | {ratio:.2f} | ≤ {limit} | "
                   f"**{'met' if ratio <= target + 1e-12 else 'MISSED'}** | {mib(po)} | {mib(pp)} | **{mem}** |")
    return out


def render(rows, peers, ours_enabled, args) -> str:
    out = []
    head = ["graph", "n", "m", "task"] + (["ours"] if ours_enabled else []) + [PEER_TITLE[p] for p in peers]
    head += ["fastest peer"] + (["ours / fastest"] if ours_enabled else []) + ["values"]
    out.append(f"Run time in ms, minimum of {args.repeat} runs on one loaded graph "
               "(load excluded). ✗ = result differs from ours; — = library has no such algorithm.\n")
    out.append("| " + " | ".join(head) + " |")
    out.append("|" + "|".join(["---"] * 4 + ["---:"] * (len(head) - 5) + ["---"]) + "|")
    for r in rows:
        s = r["summ"]
        any_s = next((x for x in s.values() if x), None)
        n, m = (any_s["n"], any_s["m"]) if any_s else count_file(os.path.join(args.data, r["file"]))
        cells = [r["graph"] + ("-dir" if r["task"] == "scc" else "-w" if r["task"] == "dijkstra" else ""),
                 f"{n:,}" if isinstance(n, int) else n, f"{m:,}" if isinstance(m, int) else m, r["task"]]
        if ours_enabled:
            cells.append(cell(r["results"].get("ours"), s.get("ours"), False))
        fastest = None
        for p in peers:
            cells.append(cell(r["results"].get(p), s.get(p), p in r["bad"]))
            if s.get(p) and p not in r["bad"]:
                if fastest is None or s[p]["run_min"] < s[fastest]["run_min"]:
                    fastest = p
        cells.append(f"{PEER_TITLE[fastest]} {ms(s[fastest]['run_min'])}" if fastest else "—")
        if ours_enabled:
            if fastest and s.get("ours"):
                cells.append(f"{s['ours']['run_min'] / s[fastest]['run_min']:.2f}")
            else:
                cells.append("—")
        if r["bad"]:
            verdict = "MISMATCH: " + ", ".join(sorted(r["bad"]))
        elif r["checked"]:
            verdict = "= " + ", ".join(PEER_TITLE.get(w, w) for w in r["checked"])
        elif "ours" in r["summ"] and r["summ"]["ours"] and r["task"] in ("node-connectivity", "robustness-r"):
            verdict = "unchecked (no peer finished, no NetworkX reference)"
        else:
            verdict = "unchecked"
        cells.append(verdict)
        out.append("| " + " | ".join(str(c) for c in cells) + " |")

    # Load time and memory, one row per file (from the first task that ran on it).
    out.append("\nLoad time (ms, one load) and memory. *B/edge* = (RSS after load − RSS before load) / m, "
               "the interpreter and library already imported and freed heap trimmed; *peak−base* = VmHWM "
               "of the process after its first run minus its RSS before loading, in MiB (the first task run on the file).\n")
    who = (["ours"] if ours_enabled else []) + peers
    head = ["file", "m"] + [f"load {PEER_TITLE.get(w, w)}" for w in who]
    head += [f"B/edge {PEER_TITLE.get(w, w)}" for w in who] + [f"peak−base {PEER_TITLE.get(w, w)}" for w in who]
    out.append("| " + " | ".join(head) + " |")
    out.append("|---|" + "|".join(["---:"] * (len(head) - 1)) + "|")
    seen = {}
    for r in rows:
        f = seen.setdefault(r["file"], {})
        for w in who:
            sw = r["summ"].get(w)
            if sw and w not in f:
                f[w] = sw
    for fname, f in seen.items():
        m = next((x["m"] for x in f.values()), None)
        cells = [fname, f"{m:,}" if m else "?"]
        cells += [ms(f[w]["load_s"]) if w in f else "—" for w in who]
        for w in who:
            x = f.get(w)
            if x and x["base"] is not None and x["loaded"] is not None and x["m"]:
                cells.append(f"{(x['loaded'] - x['base']) / x['m']:.1f}")
            else:
                cells.append("—")
        cells += [mib(f[w]["peak"] - f[w]["base"]) if w in f and f[w]["base"] is not None else "—"
                  for w in who]
        out.append("| " + " | ".join(cells) + " |")
    # The targets: at n = 100k these five tasks at least as fast as the fastest peer,
    # and memory per edge no more than igraph's.
    if ours_enabled:
        out.append("\nTargets (issue 4), from the rows above:\n")
        for r in rows:
            if r["graph"] != "ba-100k" or r["task"] not in TARGET_TASKS or r["file"] != "ba-100k.txt":
                continue
            s = r["summ"]
            peers_ok = [p for p in peers if s.get(p) and p not in r["bad"]]
            if not s.get("ours") or not peers_ok:
                out.append(f"- {r['task']} on ba-100k: not measured")
                continue
            fastest = min(peers_ok, key=lambda p: s[p]["run_min"])
            ratio = s["ours"]["run_min"] / s[fastest]["run_min"]
            verdict = "met" if ratio <= 1.0 and not r["bad"] else "MISSED"
            out.append(f"- {r['task']} on ba-100k: ours {ms(s['ours']['run_min'])} ms vs {PEER_TITLE[fastest]} "
                       f"{ms(s[fastest]['run_min'])} ms, ratio {ratio:.2f}: **{verdict}**")
        for fname, f in seen.items():
            o, i = f.get("ours"), f.get("igraph")
            if o and i and o["base"] is not None and i["base"] is not None:
                bo = (o["loaded"] - o["base"]) / o["m"]
                bi = (i["loaded"] - i["base"]) / i["m"]
                out.append(f"- memory per edge on {fname}: ours {bo:.1f} B vs igraph {bi:.1f} B: "
                           f"**{'met' if bo <= bi else 'MISSED'}**")
    if ours_enabled:
        out.extend(part2_targets(rows, peers))
    threads = {}
    for r in rows:
        for w, sw in r["summ"].items():
            if sw:
                threads[w] = sw["threads"]
    out.append("\nThreads reported: " + ", ".join(f"{PEER_TITLE.get(w, w)} {t}" for w, t in threads.items()) + ".")
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
