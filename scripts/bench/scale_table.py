#!/usr/bin/env python3
"""The markdown table of scale.sh's results, with the growth exponent of each command.

    scale_table.py out/scale/results.tsv

One row per command: wall time and peak memory at each size (the last run of a size wins), the
engine's own time for the same measures where agencygraph-bench has them, and the exponent k of
t ~ n^k fitted between consecutive sizes on CPU time (log-log slope; "–" when a time is below 0.05 s, where
process start-up dominates).
"""
import csv
import math
import sys


def main() -> None:
    rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
    sizes = sorted({int(r["actors"]) for r in rows})
    commands = []
    cell = {}
    for r in rows:
        if r["command"] not in commands:
            commands.append(r["command"])
        cell[(r["command"], int(r["actors"]))] = r
    head = ["command"]
    for n in sizes:
        head += [f"{n:,} wall s", f"{n:,} CPU s", f"{n:,} MB", f"{n:,} engine s"]
    head += [f"k {a:,}→{b:,}" for a, b in zip(sizes, sizes[1:])]
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    for c in commands:
        line = [c]
        for n in sizes:
            r = cell.get((c, n))
            if r is None:
                line += ["", "", "", ""]
                continue
            failed = r["status"] != "0"
            line += [("failed " if failed else "") + r["seconds"], r.get("cpu_seconds") or "", r["peak_mb"], f'{float(r["engine_seconds"]):.3f}' if r["engine_seconds"] else "–"]
        for a, b in zip(sizes, sizes[1:]):
            ra, rb = cell.get((c, a)), cell.get((c, b))
            key = "cpu_seconds" if ra and ra.get("cpu_seconds") else "seconds"
            if ra and rb and ra["status"] == rb["status"] == "0" and float(ra[key]) >= 0.05:
                line.append(f'{math.log(float(rb[key]) / float(ra[key])) / math.log(b / a):.2f}')
            else:
                line.append("–")
        print("| " + " | ".join(line) + " |")


if __name__ == "__main__":
    main()
