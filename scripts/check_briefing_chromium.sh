#!/usr/bin/env bash
# Loads a briefing in headless Chromium (installed from Debian when missing), fails on console
# errors, and takes screenshots into docs/images/briefing-*.png.
#   scripts/check_briefing_chromium.sh [BRIEFING_DIR] [IMAGES_DIR]
set -euo pipefail
dir=${1:-out/briefing}
images=${2:-docs/images}
html="$dir/briefing.html"
[ -f "$html" ] || { echo "no $html: run 'make run' (or agencygraph brief … -o $dir) first" >&2; exit 2; }

browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "SKIP: apt-get is not available; install Chromium by hand to run this check" >&2
    exit 0
  fi
  sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
  browser=$(command -v chromium)
fi

abs=$(cd "$(dirname "$html")" && pwd)/briefing.html
flags=(--headless --disable-gpu --no-sandbox --hide-scrollbars --enable-logging=stderr --v=0)
log=$(mktemp)
"$browser" "${flags[@]}" --dump-dom "file://$abs" >/dev/null 2>"$log" || { cat "$log" >&2; exit 1; }
if grep -E 'CONSOLE|Uncaught|SyntaxError' "$log" | grep -viE 'level=0|:INFO:' >/dev/null; then
  echo "console errors while loading $html:" >&2
  grep -E 'CONSOLE|Uncaught|SyntaxError' "$log" >&2
  exit 1
fi
echo "ok: $html loads without console errors"

# Print to PDF (A4 from the page's @page rule): a page per section at least.
pdf=$(mktemp --suffix=.pdf)
"$browser" "${flags[@]}" --no-pdf-header-footer --print-to-pdf="$pdf" "file://$abs" >/dev/null 2>>"$log"
pages=$(grep -ac '/Type /Page$\|/Type /Page[^s]' "$pdf" || true)
sections=$(grep -o '<section id=' "$html" | wc -l)
if [ "${pages:-0}" -lt "$sections" ]; then
  echo "printed $pages pages for $sections sections: the page breaks are not applied" >&2
  exit 1
fi
echo "ok: prints on $pages A4 pages ($sections sections)"
rm -f "$pdf"

# Screenshots, one per section: a copy of the page showing only that section (anchors do not
# scroll reliably in headless screenshots), at about the width of an A4 page.
mkdir -p "$images"
tmp=$(mktemp -d)
for section in $(grep -o '<section id="[a-z-]*"' "$html" | sed 's/.*id="//; s/"//'); do
  sed "s|</style>|header.cover, section.section:not(#$section) { display: none; }\n</style>|" "$html" > "$tmp/$section.html"
  height=${SHOT_HEIGHT:-1600}
  "$browser" "${flags[@]}" --window-size=1000,"$height" --screenshot="$images/briefing-$section.png" "file://$tmp/$section.html" >/dev/null 2>>"$log"
  echo "wrote $images/briefing-$section.png"
done
rm -rf "$tmp"
rm -f "$log"
