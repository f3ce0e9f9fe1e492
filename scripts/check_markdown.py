#!/usr/bin/env python3
"""Checks the Markdown AgencyGraph writes with a real CommonMark implementation.

Renders briefing.md with markdown-it-py (pinned, CommonMark mode plus GitHub's tables and
strikethrough, in its own virtual environment .venv-markdown/) and compares what a reader sees with
briefing.html, whose text is escaped by construction:

1. the Belgian briefing: every block (headings, paragraphs, list items, table cells, captions)
   reads exactly as in the HTML, and `Belgium's counter-terrorism` is there as is;
2. a hostile copy (names, title, description and assumptions such as `# heading`, `*bold*`,
   `[x](javascript:alert(1))`, `<script>`, `1. item`, `a|b`, back-ticks): the same, and no link,
   emphasis, heading, code, quote, rule or HTML element is made from the data: every hostile
   string is shown literally;
3. `agencygraph centrality --format markdown` on the hostile copy: the table cells read as the
   same command's CSV.

Exits non-zero on any difference.

Usage: python3 scripts/check_markdown.py [--binary .build/debug/agencygraph] [NETWORK.yaml]
"""
import csv
import html.parser
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

import pyenv

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VENV = os.path.join(ROOT, ".venv-markdown")
PACKAGES = ["markdown-it-py==4.3.0", "mdurl==0.1.2"]

HOSTILE = [
    "# heading", "## two ##", "*bold*", "_under_", "**strong**", "[x](javascript:alert(1))", "![img](x.png)",
    "<script>alert(1)</script>", "<b>b</b>", "<http://example.com>", "1. item", "2) item", "- item", "+ item",
    "> quote", "---", "===", "a|b", "`code`", "```", "~~strike~~", "&amp; &#39;", "back\\slash\\", "[ref]: /x",
]
XHTML = "{http://www.w3.org/1999/xhtml}"


def ensure_venv():
    """Re-runs this script inside .venv-markdown/, creating it and installing markdown-it-py when needed."""
    pyenv.ensure_venv(os.path.basename(VENV), PACKAGES, os.path.abspath(__file__))


def norm(text):
    return re.sub(r"\s+", " ", text).strip()


def html_blocks(path):
    """The text of each block of briefing.html (not the kicker, the contents heading or the SVGs)."""
    tree = ET.parse(path)
    blocks = set()

    def text(element):
        parts = [element.text or ""]
        for child in element:
            if child.tag != XHTML + "svg":
                parts.append(text(child))
            parts.append(child.tail or "")
        return "".join(parts)

    for element in tree.iter():
        tag = element.tag.replace(XHTML, "")
        if tag in ("p", "li", "h1", "h2", "h3", "th", "td", "figcaption"):
            if element.get("class") in ("kicker", "toc"):
                continue
            blocks.add(norm(text(element)))
    blocks.discard("")
    return blocks


class Blocks(html.parser.HTMLParser):
    """The text of each block of rendered Markdown, and the tags it contains."""

    BLOCKS = {"p", "li", "h1", "h2", "h3", "th", "td"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.open = []
        self.blocks = set()
        self.tags = {}

    def handle_starttag(self, tag, attrs):
        self.tags[tag] = self.tags.get(tag, 0) + 1
        if tag in self.BLOCKS:
            self.open.append([tag, ""])

    def handle_endtag(self, tag):
        if tag in self.BLOCKS and self.open:
            _, text = self.open.pop()
            if norm(text):
                self.blocks.add(norm(text))

    def handle_data(self, data):
        for block in self.open:
            block[1] += data


def markdown_parser():
    from markdown_it import MarkdownIt
    return MarkdownIt("commonmark").enable(["table", "strikethrough"])


def inline_text(tokens, start, close_type):
    """The visible text from tokens[start] (an *_open) to its close."""
    depth, text = 0, ""
    for token in tokens[start + 1:]:
        if token.type == close_type and depth == 0:
            break
        if token.type == tokens[start].type:
            depth += 1
        elif token.type == close_type:
            depth -= 1
        elif token.type in ("text", "code_inline"):
            text += token.content
        elif token.type in ("softbreak", "hardbreak"):
            text += " "
    return norm(text)


def check_briefing(directory, failures, hostile):
    md = open(os.path.join(directory, "briefing.md"), encoding="utf-8").read()
    expected = html_blocks(os.path.join(directory, "briefing.html"))
    parser = markdown_parser()
    rendered = Blocks()
    rendered.feed(parser.render(md))
    label = "hostile briefing" if hostile else "briefing"

    # The reader sees the same text as in the HTML: nothing missing, nothing added.
    for text in sorted(expected - rendered.blocks):
        failures.append(f"{label}: the Markdown does not show the HTML's block: {text!r}")
    for text in sorted(rendered.blocks - expected):
        failures.append(f"{label}: the Markdown shows a block the HTML does not have: {text!r}")

    # Nothing is made of the data: only our anchors, evidence links, figures, captions and notes.
    captions = {t for t in expected}
    tokens = []
    for block in parser.parse(md):
        tokens.append(block)
        tokens.extend(block.children or [])
    for i, token in enumerate(tokens):
        if token.type in ("html_block", "html_inline"):
            if not re.fullmatch(r'(<a id="[A-Za-z0-9_-]+">|</a>|<a id="[A-Za-z0-9_-]+"></a>)\s*', token.content):
                failures.append(f"{label}: HTML from the data: {token.content!r}")
        elif token.type == "link_open":
            if not token.attrs.get("href", "").startswith("#"):
                failures.append(f"{label}: a link made from the data: {token.attrs}")
        elif token.type == "image":
            if not re.fullmatch(r"figure-\d+\.svg", token.attrs.get("src", "")):
                failures.append(f"{label}: an image made from the data: {token.attrs}")
        elif token.type in ("code_inline", "code_block", "fence", "blockquote_open", "hr", "s_open"):
            failures.append(f"{label}: {token.type} made from the data: {token.content!r}")
        elif token.type in ("em_open", "strong_open"):
            text = inline_text(tokens, i, token.type.replace("_open", "_close"))
            if text not in captions:
                failures.append(f"{label}: {token.tag} not ours (not a caption, note or cell of the HTML): {text!r}")
    return rendered


def check_cli_table(binary, network, failures):
    """`centrality --format markdown` shows the same cells as `--format csv`."""
    def run(fmt):
        args = [binary, "centrality", network, "--measure", "betweenness", "--format", fmt]
        result = subprocess.run(args, capture_output=True, text=True)
        if result.returncode != 0:
            sys.exit(f"error: {' '.join(args)} failed ({result.returncode}): {result.stderr}")
        return result.stdout

    rows = [[norm(c) for c in row] for row in csv.reader(io.StringIO(run("csv"), newline=""))]
    tokens = markdown_parser().parse(run("markdown"))
    cells, row = [], None
    for token in tokens:
        if token.type == "tr_open":
            row = []
        elif token.type == "tr_close":
            cells.append(row)
        elif token.type == "inline" and row is not None:
            row.append(norm("".join(c.content for c in token.children if c.type in ("text", "code_inline"))))
    if cells != rows:
        failures.append(f"centrality --format markdown: cells differ from CSV:\n  {cells[:3]}\n  {rows[:3]}")
    return len(rows)


def main():
    ensure_venv()
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
    with tempfile.TemporaryDirectory() as tmp:
        def brief(path, out, *extra):
            args = [binary, "brief", path, "-o", out, "--quiet", *extra]
            result = subprocess.run(args, capture_output=True, text=True)
            if result.returncode != 0:
                sys.exit(f"error: {' '.join(args)} failed ({result.returncode}): {result.stderr}")

        # 1. The Belgian briefing, as CI writes it.
        plain = os.path.join(tmp, "plain")
        brief(network, plain, "--hub", "ocam", "--scenario", "remove:ocam", "--compare-at", "2015")
        rendered = check_briefing(plain, failures, hostile=False)
        if not any("Belgium's counter-terrorism" in b for b in rendered.blocks):
            failures.append("briefing: `Belgium's counter-terrorism` is not shown as is")
        md = open(os.path.join(plain, "briefing.md"), encoding="utf-8").read()
        if "Belgium's counter-terrorism" not in md:
            failures.append("briefing.md: `Belgium's counter-terrorism` is not in the source as is")

        # 2. A hostile copy: every name, the title, the description and the assumptions are markup.
        path = os.path.join(tmp, "reference.agency.json")
        result = subprocess.run([binary, "convert", network, "-o", path, "--to", "json"], capture_output=True, text=True)
        if result.returncode != 0:
            sys.exit(f"error: convert failed ({result.returncode}): {result.stderr}")
        data = json.load(open(path, encoding="utf-8"))
        data["title"] = "Title " + " ".join(HOSTILE) + " ##"
        data["description"] = " ".join(HOSTILE)
        for k, node in enumerate(data["nodes"]):
            # The most central actor's name (the OCAM's) starts a finding (a list item's first words).
            node["name"] = "1. item" if node["id"] == "ocam" else HOSTILE[k % len(HOSTILE)] + " " + node["id"]
            node.pop("acronym", None)
            if "assumption" in node:
                node["assumption"] = HOSTILE[(k + 7) % len(HOSTILE)] + " assumed"
        hostile_path = os.path.join(tmp, "hostile.agency.json")
        with open(hostile_path, "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False)
        hostile_dir = os.path.join(tmp, "hostile")
        brief(hostile_path, hostile_dir, "--hub", "ocam", "--scenario", "remove:ocam")
        rendered = check_briefing(hostile_dir, failures, hostile=True)
        shown = "\n".join(rendered.blocks)
        for text in HOSTILE:
            if text not in shown:
                failures.append(f"hostile briefing: {text!r} is not shown literally")
        if "1. item is the most central actor" not in shown:
            failures.append("hostile briefing: a name at the start of a list item is not shown literally")

        # 3. The CLI's Markdown tables.
        rows = check_cli_table(binary, hostile_path, failures)

    if failures:
        for f in failures:
            print("FAIL:", f)
        sys.exit(1)
    print(f"ok: briefing.md read with markdown-it-py (CommonMark) shows the HTML's text, literally for "
          f"{len(HOSTILE)} hostile strings; centrality --format markdown = CSV ({rows} rows)")


if __name__ == "__main__":
    main()
