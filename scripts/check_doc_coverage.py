#!/usr/bin/env python3
"""Fails when a public declaration of a library has no documentation comment.

Reads the symbol graphs the compiler wrote for `swift package generate-documentation`
(.build/<triple>/extracted-symbols/<package>/<Module>/*.symbols.json), so "public" means what the
compiler says it is: nothing is guessed from the source text. A symbol is checked when it is
public (or open) and written in our sources (it has a location under Sources/); compiler-synthesised
members (memberwise `==`, `Codable` conformances, `CaseIterable.allCases`) have no location and are
skipped. A symbol is documented when it carries a doc comment — its own, or, for the
implementation of a protocol requirement written without one (`description`, `encode(to:)`), the
requirement's, which is what DocC shows.

    scripts/check_doc_coverage.py MODULE...      (run by scripts/check_docs.sh)

Prints every undocumented declaration as path:line: kind name, a count per module, and exits 1 if
there is any. scripts/doc_coverage_exceptions.txt lists the few declarations that cannot carry a
comment of their own without changing a code line (`Module Symbol.path  # why`); an exception
that is no longer needed (documented, or gone) fails the check too, so the list only shrinks.
"""
import glob
import json
import os
import sys
from urllib.parse import unquote, urlparse


def symbol_files(module):
    pattern = os.path.join(".build", "*", "extracted-symbols", "*", module, "*.symbols.json")
    return sorted(glob.glob(pattern))


def exceptions():
    allowed = set()
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "doc_coverage_exceptions.txt")
    if os.path.exists(path):
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                fields = line.split("#", 1)[0].split()
                if len(fields) == 2:
                    allowed.add((fields[0], fields[1]))
    return allowed


def main(modules):
    root = os.getcwd()
    allowed = exceptions()
    used = set()
    total = 0
    checked_all = 0
    for module in modules:
        files = symbol_files(module)
        if not files:
            print(f"check_doc_coverage: no symbol graph for {module} (run generate-documentation first)")
            return 2
        missing = []
        checked = 0
        seen = set()
        for path in files:
            with open(path, encoding="utf-8") as handle:
                graph = json.load(handle)
            for symbol in graph["symbols"]:
                if symbol.get("accessLevel") not in ("public", "open"):
                    continue
                location = symbol.get("location")
                if not location:
                    continue
                file = unquote(urlparse(location["uri"]).path)
                if "/Sources/" not in file:
                    continue
                key = symbol["identifier"]["precise"]
                if key in seen:
                    continue
                seen.add(key)
                checked += 1
                doc = symbol.get("docComment")
                if doc and any(line.get("text", "").strip() for line in doc.get("lines", [])):
                    continue
                line = location["position"]["line"] + 1
                name = ".".join(symbol["pathComponents"])
                if (module, name) in allowed:
                    used.add((module, name))
                    continue
                kind = symbol["kind"]["displayName"]
                missing.append((os.path.relpath(file, root), line, kind, name))
        missing.sort()
        for file, line, kind, name in missing:
            print(f"{file}:{line}: undocumented public {kind.lower()} {name}")
        print(f"{module}: {checked - len(missing)} of {checked} public declarations documented")
        total += len(missing)
        checked_all += checked
    stale = sorted(e for e in allowed if e[0] in modules and e not in used)
    for module, name in stale:
        print(f"scripts/doc_coverage_exceptions.txt: {module} {name} is documented or gone: remove the line")
    total += len(stale)
    print(f"all: {checked_all - total} of {checked_all} documented, {total} missing"
          + (f" ({len(used)} listed exceptions)" if used else ""))
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
