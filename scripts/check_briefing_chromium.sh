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

# Print to PDF (A4 from the page's @page rules, landscape pages for figures marked `wide`) and
# check it with poppler-utils (installed like Chromium when missing): a page per section at least,
# landscape pages for the landscape figures (MediaBox), every figure's text in the PDF's text, the
# smallest text at least 7 pt (scripts/check_briefing_pdf.py).
if ! command -v pdftotext >/dev/null 2>&1 || ! command -v pdftohtml >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1; then
    sudo=""
    [ "$(id -u)" = 0 ] || sudo="sudo"
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq poppler-utils >/dev/null
  fi
fi
pdf=${PDF_OUT:-$(mktemp --suffix=.pdf)}
"$browser" "${flags[@]}" --no-pdf-header-footer --print-to-pdf="$pdf" "file://$abs" >/dev/null 2>>"$log"
if command -v pdftotext >/dev/null 2>&1; then
  python3 "$(dirname "$0")/check_briefing_pdf.py" "$html" "$pdf" --min-pt "${MIN_TEXT_PT:-7}"
else
  pages=$(grep -ac '/Type /Page$\|/Type /Page[^s]' "$pdf" || true)
  sections=$(grep -o '<section id=' "$html" | wc -l)
  if [ "${pages:-0}" -lt "$sections" ]; then
    echo "printed $pages pages for $sections sections: the page breaks are not applied" >&2
    exit 1
  fi
  echo "ok: prints on $pages A4 pages ($sections sections); SKIP the PDF text checks: poppler-utils is not installed"
fi
[ -n "${PDF_OUT:-}" ] || rm -f "$pdf"

# Figure text at print size: a copy of the page with a script that measures, in the browser, the
# rendered size of every SVG text (computed font size times the SVG's scale on the page) with the
# body at the A4 content width (178 mm; landscape figures at 265 mm); fails under 9.33 CSS px
# (7 pt). Override with MIN_TEXT_PX.
min_px=${MIN_TEXT_PX:-9.33}
measure=$(mktemp --suffix=.html)
script='<script>(function(){var m=1e9,n=0,w="";document.body.style.width="178mm";document.body.style.maxWidth="178mm";document.querySelectorAll("figure.wide").forEach(function(f){f.style.width="265mm";});document.querySelectorAll("figure.diagram svg text").forEach(function(t){var c=t.getScreenCTM();if(!c||!t.textContent.trim())return;var s=parseFloat(getComputedStyle(t).fontSize)*Math.sqrt(c.a*c.a+c.b*c.b);n++;if(s<m){m=s;w=t.textContent;}});var p=document.createElement("pre");p.id="min-text";p.textContent="MINTEXT "+(n?m.toFixed(2):"none")+" "+n+" "+JSON.stringify(w);document.body.appendChild(p);})();</script>'
sed "s|</body>|${script//|/\\|}</body>|" "$html" > "$measure"
result=$("$browser" "${flags[@]}" --window-size=1000,1400 --virtual-time-budget=2000 --dump-dom "file://$measure" 2>>"$log" | grep -o 'id="min-text">MINTEXT [^<]*' | sed 's/^id="min-text">//' || true)
rm -f "$measure"
[ -n "$result" ] || { echo "could not measure the figures' text in the browser" >&2; exit 1; }
read -r _ smallest count _ <<<"$result"
if [ "$smallest" != none ] && awk -v s="$smallest" -v m="$min_px" 'BEGIN { exit !(s < m) }'; then
  echo "smallest figure text is $smallest CSS px at A4 width (< $min_px px): ${result#MINTEXT * * }" >&2
  exit 1
fi
echo "ok: smallest of $count figure texts is $smallest CSS px at A4 width (>= $min_px)"

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
