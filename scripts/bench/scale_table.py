#!/usr/bin/env python3
"""The markdown table of scale.sh's results, with the growth exponent of each command.

    scale_table.py out/scale/results.tsv [--compact]

--compact writes wall s, CPU s and peak MB of a size in one cell ("wall / CPU / MB") and the
engine's time in the next, so that four sizes fit a page.

One row per command: wall time and peak memory at each size (the last run of a size wins), the
engine's own time for the same measures where agencygraph-bench has them, and the exponent k of
t ~ m^k fitted between consecutive sizes on CPU time, m the number of agency-to-agency edges
(log-log slope; "–" when a time is below 0.05 s, where process start-up dominates). A size is
actors and edges: 100,000 agencies with 3 or with 5 edges each are two sizes.
"""
import csv
import math
import sys


def main() -> None:
    rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
    compact = "--compact" in sys.argv[2:]
    sizes = sorted({(int(r["actors"]), int(r["edges"])) for r in rows}, key=lambda s: (s[1], s[0]))
    commands = []
    cell = {}
    for r in rows:
        if r["command"] not in commands:
            commands.append(r["command"])
        cell[(r["command"], (int(r["actors"]), int(r["edges"])))] = r
    head = ["command"]
    def name(s):
        return f"{s[0] // 1000}k/{s[1] / 1000:.0f}k"
    for n in sizes:
        if compact:
            head += [f"{name(n)} wall / CPU s / MB", f"{name(n)} engine s"]
        else:
            head += [f"{name(n)} wall s", f"{name(n)} CPU s", f"{name(n)} MB", f"{name(n)} engine s"]
    head += [f"k {name(a)}→{name(b)}" for a, b in zip(sizes, sizes[1:])]
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    for c in commands:
        line = [c]
        for n in sizes:
            r = cell.get((c, n))
            if r is None:
                line += ["–", "–"] if compact else ["", "", "", ""]
                continue
            failed = r["status"] != "0"
            # explore refuses a view above its size limit (exit 1, nothing written): not a failure.
            label = ("refused " if c == "explore" and r["status"] == "1" else "failed ") if failed else ""
            engine = f'{float(r["engine_seconds"]):.3f}' if r["engine_seconds"] else "–"
            if compact:
                line += [f'{label}{r["seconds"]} / {r.get("cpu_seconds") or "?"} / {r["peak_mb"]}', engine]
            else:
                line += [label + r["seconds"], r.get("cpu_seconds") or "", r["peak_mb"], engine]
        for a, b in zip(sizes, sizes[1:]):
            ra, rb = cell.get((c, a)), cell.get((c, b))
            key = "cpu_seconds" if ra and ra.get("cpu_seconds") else "seconds"
            if ra and rb and ra["status"] == rb["status"] == "0" and float(ra[key]) >= 0.05:
                line.append(f'{math.log(float(rb[key]) / float(ra[key])) / math.log(b[1] / a[1]):.2f}')
            else:
                line.append("–")
        print("| " + " | ".join(line) + " |")


if __name__ == "__main__":
    main()
