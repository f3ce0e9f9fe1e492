#!/usr/bin/env python3
"""Data-authoring aid for AgencyGraph network files (graphs/*.yaml, examples/*.yaml).

NOT the product's validator (that is `agencygraph validate`, in Swift). This script only helps
authors while writing data by hand. It checks:

  * every `source.excerpt` occurs verbatim (exact substring, character for character) in the
    source text given for its `ref`, and is at most 200 characters;
  * every `source.section`, when a source text is given, is a line of that text (a heading);
  * ids are unique and match [a-z0-9_-]+; every reference resolves (edge `from`/`to`, a node's
    `level`, `source.ref`);
  * every node and every edge has `source` or `assumption`;
  * known keys only, known kinds/types (or `x-` prefixed), allowed endpoint kinds per edge type,
    well-formed dates, `until` not before `since`, `rank` only on level nodes, no cycles in
    `part_of`/`supersedes`; warnings for isolated nodes, objectives nobody contributes to,
    agencies without a level, duplicate edges.

Dependency: PyYAML (`import yaml`), installed system-wide on the project's machines
(Debian package python3-yaml). Nothing else outside the standard library.

Usage:
  python3 scripts/check_excerpts.py graphs/belgium-counter-terrorism.yaml \
      --source seed=graphs/sources/belgium-counter-terrorism.fr.txt
  python3 scripts/check_excerpts.py examples/synthetic.yaml      # no text: excerpts not checked
  # the synthetic example quotes its invented source text in its header comment:
  grep '^#   Agency A coordinates' examples/synthetic.yaml | sed 's/^#   //' > /tmp/synth.txt
  python3 scripts/check_excerpts.py examples/synthetic.yaml --source synth=/tmp/synth.txt
  # add --counts to print node counts by kind and edge counts by type

For graphs/belgium-counter-terrorism.yaml the seed text is found by default at
graphs/sources/belgium-counter-terrorism.fr.txt relative to the repository root.
Exit status: 1 if any error, else 0.
"""
import argparse
import datetime
import os
import re
import sys

import yaml  # PyYAML (system-wide)

ID_RE = re.compile(r"^[a-z0-9_-]+$")
DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
MAX_EXCERPT = 200

NODE_KINDS = {"agency", "level", "body", "group", "objective", "instrument"}
LEVEL_IDS = {"federal", "regional", "community", "local", "eu", "international"}
ACTOR = {"agency", "body", "group"}
# edge type -> (allowed source kinds, allowed target kinds)
EDGE_TYPES = {
    "coordinates": (ACTOR, ACTOR),
    "member_of": (ACTOR, {"body", "group"}),
    "part_of": None,  # special: group->body, agency->agency, level->level
    "operates_at": (ACTOR, {"level"}),
    "reports_to": (ACTOR, ACTOR),
    "informs": (ACTOR, ACTOR),
    "contributes_to": (ACTOR | {"instrument"}, {"objective"}),
    "implements": (ACTOR, {"instrument"}),
    "adopts": (ACTOR, {"instrument"}),
    "supersedes": ({"instrument"}, {"instrument"}),
    "funds": (ACTOR, ACTOR | {"instrument"}),
    "evaluates": (ACTOR, ACTOR | {"instrument"}),
    "cooperates_with": (ACTOR, ACTOR),
}
# part_of: a kind into the same kind, a group into a body or an agency, custom x- kinds anything
# (EdgeType.allows in Sources/AgencyModel/Model/EdgeType.swift; docs/format.md).
PART_OF_PAIRS = {("group", "body"), ("group", "agency")}

TOP_KEYS = {"format", "network", "title", "description", "as_of", "sources", "layers", "nodes", "edges"}
SOURCE_ENTRY_KEYS = {"id", "title", "publisher", "url", "language", "accessed"}
NODE_KEYS = {"id", "kind", "name", "acronym", "level", "rank", "since", "until", "tags",
             "notes", "source", "assumption"}
EDGE_KEYS = {"from", "to", "type", "weight", "since", "until", "tags", "notes", "source",
             "assumption"}
PROV_KEYS = {"ref", "section", "excerpt"}


class Report:
    def __init__(self):
        self.errors = []
        self.warnings = []

    def error(self, where, msg):
        self.errors.append(f"{where}: error: {msg}")

    def warn(self, where, msg):
        self.warnings.append(f"{where}: warning: {msg}")


def as_text(v):
    """PyYAML turns 2019 into int and 2019-01-01 into date: bring dates back to text."""
    if isinstance(v, (datetime.date, datetime.datetime)):
        return v.strftime("%Y-%m-%d")
    return str(v)


def parse_date(v):
    s = as_text(v)
    m = DATE_RE.match(s)
    if not m:
        return None
    y, mo, d = m.group(1), m.group(2), m.group(3)
    try:
        datetime.date(int(y), int(mo or 1), int(d or 1))
    except ValueError:
        return None
    # comparable tuple; a missing part sorts as the start of the period
    return (int(y), int(mo or 0), int(d or 0))


def check_prov(rep, where, prov, source_ids, texts):
    provs = prov if isinstance(prov, list) else [prov]
    if not provs:
        rep.error(where, "empty `source` list")
    for i, p in enumerate(provs):
        w = where if len(provs) == 1 else f"{where} source[{i}]"
        if not isinstance(p, dict):
            rep.error(w, "`source` must be a mapping {ref, section, excerpt}")
            continue
        for k in p:
            if k not in PROV_KEYS:
                rep.error(w, f"unknown key `{k}` in source")
        ref = p.get("ref")
        if ref is None:
            rep.error(w, "source without `ref`")
        elif ref not in source_ids:
            rep.error(w, f"unknown source ref `{ref}`")
        ex = p.get("excerpt")
        if ex is not None:
            if not isinstance(ex, str):
                rep.error(w, "excerpt must be a string")
                continue
            if len(ex) > MAX_EXCERPT:
                rep.error(w, f"excerpt is {len(ex)} characters (> {MAX_EXCERPT})")
            text = texts.get(ref)
            if text is not None and ex not in text:
                rep.error(w, f"excerpt not found verbatim in source `{ref}`: {ex!r}"
                          + hint(ex, text))
        sec = p.get("section")
        text = texts.get(ref)
        if sec is not None and text is not None:
            lines = {ln.strip() for ln in text.splitlines()}
            if str(sec).strip() not in lines:
                rep.error(w, f"section {sec!r} is not a line (heading) of source `{ref}`")


def hint(ex, text):
    """Point at the longest prefix of the excerpt that is found, to locate the mismatch."""
    lo, hi = 0, len(ex)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if ex[:mid] in text:
            lo = mid
        else:
            hi = mid - 1
    if lo == 0:
        return " (not even its first character)"
    i = text.find(ex[:lo])
    return (f"\n    matches up to character {lo}; excerpt continues {ex[lo:lo+20]!r}, "
            f"text continues {text[i+lo:i+lo+20]!r}")


def check(path, texts):
    rep = Report()
    with open(path, encoding="utf-8") as f:
        doc = yaml.safe_load(f)
    if not isinstance(doc, dict):
        rep.error(path, "top level must be a mapping")
        return rep, {}
    for k in doc:
        if k not in TOP_KEYS:
            rep.error(path, f"unknown top-level key `{k}`")
    for k in ("format", "network", "nodes"):
        if k not in doc:
            rep.error(path, f"missing top-level key `{k}`")
    if "as_of" in doc and parse_date(doc["as_of"]) is None:
        rep.error(path, f"bad as_of {doc['as_of']!r}")

    source_ids = set()
    for s in doc.get("sources") or []:
        for k in s:
            if k not in SOURCE_ENTRY_KEYS:
                rep.error(f"{path}: source {s.get('id')}", f"unknown key `{k}`")
        sid = s.get("id")
        if sid in source_ids:
            rep.error(path, f"duplicate source id `{sid}`")
        source_ids.add(sid)
    for sid in texts:
        if sid not in source_ids:
            rep.error(path, f"--source {sid}=... names no entry of `sources:`")

    nodes = doc.get("nodes") or []
    edges = doc.get("edges") or []
    kind_of = {}
    for n in nodes:
        nid = n.get("id")
        where = f"{path}: node {nid}"
        if nid is None or not ID_RE.match(str(nid)):
            rep.error(where, f"bad or missing id {nid!r}")
        if nid in kind_of:
            rep.error(where, "duplicate id")
        kind_of[nid] = n.get("kind")
    for n in nodes:
        nid = n.get("id")
        where = f"{path}: node {nid}"
        for k in n:
            if k not in NODE_KEYS:
                rep.error(where, f"unknown key `{k}`")
        kind = n.get("kind")
        if kind not in NODE_KINDS and not str(kind).startswith("x-"):
            rep.error(where, f"unknown kind `{kind}`")
        if kind == "level" and nid not in LEVEL_IDS:
            rep.warn(where, "level node with a non-standard id")
        if "rank" in n and kind != "level":
            rep.error(where, "`rank` only on level nodes")
        if "level" in n:
            lv = n["level"]
            if kind_of.get(lv) != "level":
                rep.error(where, f"`level: {lv}` is not a level node")
            if kind not in ACTOR:
                rep.error(where, "`level` only on actors (agency, body, group)")
        if "name" not in n:
            rep.error(where, "missing `name`")
        elif not isinstance(n["name"], (dict, str)):
            rep.error(where, "`name` must be a string or a language map")
        check_dates(rep, where, n)
        if "source" not in n and "assumption" not in n:
            rep.error(where, "neither `source` nor `assumption`")
        if "source" in n:
            check_prov(rep, where, n["source"], source_ids, texts)
    for lv in LEVEL_IDS:
        if nodes and lv not in kind_of and path.endswith(".yaml") and "graphs" in path:
            rep.warn(path, f"level node `{lv}` missing")

    degree = {nid: 0 for nid in kind_of}
    contributed = set()
    seen_edges = {}
    part_of, supersedes = {}, {}
    for i, e in enumerate(edges):
        a, b, t = e.get("from"), e.get("to"), e.get("type")
        where = f"{path}: edge #{i} {a} -{t}-> {b}"
        for k in e:
            if k not in EDGE_KEYS:
                rep.error(where, f"unknown key `{k}`")
        for end in (a, b):
            if end not in kind_of:
                rep.error(where, f"dangling reference `{end}`")
        if a in degree:
            degree[a] += 1
        if b in degree:
            degree[b] += 1
        ka, kb = kind_of.get(a), kind_of.get(b)
        if t in EDGE_TYPES:
            if ka is not None and kb is not None:
                if t == "part_of":
                    if ka != kb and (ka, kb) not in PART_OF_PAIRS and not str(ka).startswith("x-") and not str(kb).startswith("x-"):
                        rep.error(where, f"part_of not allowed from {ka} to {kb}")
                else:
                    src_k, dst_k = EDGE_TYPES[t]
                    if not str(ka).startswith("x-") and ka not in src_k:
                        rep.error(where, f"{t} not allowed from a {ka}")
                    if not str(kb).startswith("x-") and kb not in dst_k:
                        rep.error(where, f"{t} not allowed to a {kb}")
        elif not str(t).startswith("x-"):
            rep.error(where, f"unknown edge type `{t}`")
        if a == b:
            rep.error(where, "self-loop")
        if t == "contributes_to":
            contributed.add(b)
        if t == "part_of":
            part_of.setdefault(a, []).append(b)
        if t == "supersedes":
            supersedes.setdefault(a, []).append(b)
        if "weight" in e and not isinstance(e["weight"], (int, float)):
            rep.error(where, "weight must be a number")
        key = (a, b, t) if t != "cooperates_with" else (tuple(sorted((str(a), str(b)))), t)
        if key in seen_edges:
            rep.warn(where, f"duplicate of edge #{seen_edges[key]}")
        else:
            seen_edges[key] = i
        check_dates(rep, where, e)
        if "source" not in e and "assumption" not in e:
            rep.error(where, "neither `source` nor `assumption`")
        if "source" in e:
            check_prov(rep, where, e["source"], source_ids, texts)
    for name, g in (("part_of", part_of), ("supersedes", supersedes)):
        cyc = find_cycle(g)
        if cyc:
            rep.error(path, f"cycle in {name}: {' -> '.join(cyc)}")
    for nid, k in kind_of.items():
        if degree.get(nid, 0) == 0:
            rep.warn(f"{path}: node {nid}", "isolated node")
        if k == "objective" and nid not in contributed:
            rep.warn(f"{path}: node {nid}", "objective nobody contributes to")
    for n in nodes:
        if n.get("kind") == "agency" and "level" not in n:
            rep.warn(f"{path}: node {n.get('id')}", "agency without a level")
    return rep, doc


def check_dates(rep, where, obj):
    s = u = None
    if "since" in obj:
        s = parse_date(obj["since"])
        if s is None:
            rep.error(where, f"bad date since={obj['since']!r}")
    if "until" in obj:
        u = parse_date(obj["until"])
        if u is None:
            rep.error(where, f"bad date until={obj['until']!r}")
    if s and u:
        # compare at the coarser precision: until 2020 with since 2019-05 is fine
        n = min(len([x for x in s if x]), len([x for x in u if x]))
        if u[:n] < s[:n]:
            rep.error(where, "`until` before `since`")


def find_cycle(g):
    state = {}
    for start in list(g):
        stack = [(start, iter(g.get(start, [])))]
        path = [start]
        state[start] = 1
        while stack:
            node, it = stack[-1]
            nxt = next(it, None)
            if nxt is None:
                state[node] = 2
                stack.pop()
                path.pop()
                continue
            st = state.get(nxt, 0)
            if st == 1:
                return path[path.index(nxt):] + [nxt]
            if st == 0:
                state[nxt] = 1
                stack.append((nxt, iter(g.get(nxt, []))))
                path.append(nxt)
    return None


def counts(doc):
    from collections import Counter
    kinds = Counter(n.get("kind") for n in doc.get("nodes") or [])
    types = Counter(e.get("type") for e in doc.get("edges") or [])
    return kinds, types


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="+")
    ap.add_argument("--source", action="append", default=[], metavar="ID=PATH",
                    help="text of a source entry, to check excerpts against")
    ap.add_argument("--counts", action="store_true", help="print counts by kind and type")
    args = ap.parse_args()
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    failed = False
    for path in args.files:
        texts = {}
        specs = list(args.source)
        if not specs and os.path.basename(path) == "belgium-counter-terrorism.yaml":
            specs = ["seed=" + os.path.join(root, "..", "shared", "seed",
                                             "belgium-counter-terrorism.fr.txt")]
        for spec in specs:
            sid, _, p = spec.partition("=")
            with open(p, encoding="utf-8") as f:
                texts[sid] = f.read()
        rep, doc = check(path, texts)
        for w in rep.warnings:
            print(w)
        for e in rep.errors:
            print(e)
        nx = sum(len(p if isinstance(p, list) else [p])
                 for o in (doc.get("nodes") or []) + (doc.get("edges") or [])
                 for p in ([o["source"]] if "source" in o else []))
        print(f"{path}: {len(doc.get('nodes') or [])} nodes, {len(doc.get('edges') or [])} edges, "
              f"{nx} source objects; excerpts checked against: "
              f"{', '.join(sorted(texts)) or 'none'}; "
              f"{len(rep.errors)} error(s), {len(rep.warnings)} warning(s)")
        if args.counts:
            kinds, types = counts(doc)
            print("  nodes by kind: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
            print("  edges by type: " + ", ".join(f"{k} {v}" for k, v in sorted(types.items())))
        failed |= bool(rep.errors)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
