#!/usr/bin/env python3
"""Checks a briefing's printed PDF (from headless Chromium) against its HTML, with poppler-utils.

    scripts/check_briefing_pdf.py BRIEFING.html BRIEFING.pdf [--min-pt 7]

- page count: at least one page per section (the page breaks were applied);
- landscape pages: the figures marked `wide` print on landscape pages (MediaBox wider than
  high, from `pdfinfo`), at least one landscape page per wide figure, and no landscape page
  when there is none;
- figure text: every figure's SVG text (Graphviz's <text> elements) is in the PDF's text
  (`pdftotext`), i.e. the figures were printed as text, not lost or rasterised;
- text size: the smallest text of the whole PDF (`pdftohtml -xml` font sizes at zoom 3, its
  largest: a third of a point) is at least --min-pt (7 pt); figures hold the smallest text.

Prints one "ok:" line per check; exits 1 with the reason on the first failure.
"""
import argparse
import html
import re
import subprocess
import sys
import xml.etree.ElementTree as ET


def run(*args):
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def squash(text):
    return re.sub(r"\s+", "", text)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("html")
    parser.add_argument("pdf")
    parser.add_argument("--min-pt", type=float, default=7.0)
    args = parser.parse_args()
    page = open(args.html, encoding="utf-8").read()
    failures = []

    # Pages and their orientation.
    info = run("pdfinfo", "-f", "1", "-l", "100000", args.pdf)
    sizes = [(float(w), float(h)) for w, h in re.findall(r"^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", info, re.M)]
    sections = len(re.findall(r'<section id="', page))
    wide = len(re.findall(r'<figure class="diagram wide"', page))
    landscape = [i + 1 for i, (w, h) in enumerate(sizes) if w > h]
    if len(sizes) < sections:
        failures.append(f"printed {len(sizes)} pages for {sections} sections: the page breaks are not applied")
    else:
        print(f"ok: {len(sizes)} pages for {sections} sections")
    if len(landscape) < wide:
        failures.append(f"{wide} figure(s) need a landscape page, the PDF has {len(landscape)} landscape page(s)")
    elif wide == 0 and landscape:
        failures.append(f"no figure needs a landscape page, but pages {landscape} are landscape")
    else:
        print(f"ok: {wide} landscape figure(s), landscape pages {landscape or 'none'} (MediaBox wider than high)")

    # Figure text in the PDF's text.
    text = squash(run("pdftotext", "-enc", "UTF-8", args.pdf, "-"))
    figures = re.findall(r'<figure class="diagram[^"]*" id="([^"]+)">(.*?)</figure>', page, re.S)
    missing_total = 0
    for fid, body in figures:
        labels = [squash(html.unescape(re.sub(r"<[^>]+>", "", t))) for t in re.findall(r"<text\b[^>]*>(.*?)</text>", body, re.S)]
        labels = [t for t in labels if t]
        missing = [t for t in labels if t not in text]
        if labels and len(missing) > len(labels) // 20:
            failures.append(f"{fid}: {len(missing)} of {len(labels)} figure texts are not in the PDF's text, e.g. {missing[:3]}")
        missing_total += len(missing)
    print(f"ok: the figures' text is in the PDF ({len(figures)} figures, {missing_total} text(s) not found)")

    # The smallest text, in points.
    xml = run("pdftohtml", "-xml", "-i", "-stdout", "-zoom", "3", args.pdf)
    root = ET.fromstring(re.sub(r"<!DOCTYPE[^>]*>", "", xml))
    fonts = {f.get("id"): float(f.get("size")) / 3 for f in root.iter("fontspec")}
    smallest, where = None, ""
    for number, pdf_page in enumerate(root.iter("page"), 1):
        for t in pdf_page.iter("text"):
            content = "".join(t.itertext()).strip()
            size = fonts.get(t.get("font"))
            if content and size is not None and (smallest is None or size < smallest):
                smallest, where = size, f"{content[:40]!r} on page {number}"
    if smallest is None:
        failures.append("no text found in the PDF")
    elif smallest < args.min_pt:
        failures.append(f"the smallest text is {smallest:.1f} pt (< {args.min_pt} pt): {where}")
    else:
        print(f"ok: the smallest text is {smallest:.1f} pt (>= {args.min_pt} pt): {where}")

    for f in failures:
        print(f, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
