#!/usr/bin/env bash
# Briefing benchmark (issue 17, item 5): `agencygraph brief` end to end (release build) on
# generated agency networks and on the imported Lazega law firm; wall time, CPU time (user +
# system: steadier than wall time on a shared machine) and peak memory from /usr/bin/time -v.
#
#   scripts/bench/brief.sh [ACTORS:EDGES ...]    (default: 100:300 1000:5000 3000:9000 10000:30000)
#
# Networks: scripts/bench/gen_network.py (five ranked levels, agencies with a home level, four
# edge types, every node and edge citing one source), written into out/bench-brief/. Target:
# under 2 s at 1,000 actors / 5,000 edges. Set SKIP_BUILD=1 to reuse the release build,
# AGENCYGRAPH=path to time another binary, REPEAT=N to keep the best of N runs (default 1).
set -euo pipefail
cd "$(dirname "$0")/../.."

SIZES=("$@")
[ ${#SIZES[@]} -eq 0 ] && SIZES=(100:300 1000:5000 3000:9000 10000:30000)
OUT=out/bench-brief
mkdir -p "$OUT"
if [ "${SKIP_BUILD:-0}" != 1 ]; then
    swift build -c release --product agencygraph
fi
BIN=${AGENCYGRAPH:-.build/release/agencygraph}
REPEAT=${REPEAT:-1}

# One run: "wall cpu peak_mb status".
timed() {
    local log status=0
    log=$(mktemp)
    /usr/bin/time -v "$@" > /dev/null 2> "$log" || status=$?
    local wall cpu rss
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$log" | awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')
    cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%.2f", s}' "$log")
    rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$log")
    if [ "$status" -ne 0 ]; then grep -v "^\s" "$log" | head -5 >&2 || true; fi
    rm -f "$log"
    echo "$wall $cpu $rss $status"
}

# The best (lowest wall) of REPEAT runs of `brief` on one network, as a table row.
bench() {
    local name=$1; shift
    local best="" run
    for _ in $(seq "$REPEAT"); do
        rm -rf "$OUT/$name"
        run=$(timed "$BIN" brief "$@" -o "$OUT/$name" --quiet)
        if [ -z "$best" ] || awk -v a="${run%% *}" -v b="${best%% *}" 'BEGIN { exit !(a < b) }'; then best=$run; fi
    done
    read -r wall cpu rss status <<<"$best"
    local nodes edges figures
    read -r nodes edges < <(python3 -c 'import json,sys; s = json.load(open(sys.argv[1]))["results"]["stats"]; print(s["nodeCount"], s["edgeCount"])' "$OUT/$name/briefing.json" 2>/dev/null || echo "? ?")
    figures=$(ls "$OUT/$name"/figure-*.svg 2>/dev/null | wc -l)
    local svg_kb
    svg_kb=$(du -ck "$OUT/$name"/figure-*.svg 2>/dev/null | tail -1 | cut -f1)
    printf '| %s | %s | %s | %s | %s | %s | %s | %s KB | %s |\n' "$name" "$nodes" "$edges" "$wall" "$cpu" "$rss" "$figures" "${svg_kb:-0}" "$status"
}

echo "# brief, release build, $(date -u '+%Y-%m-%d %H:%M UTC'), load average $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
echo
echo "| network | nodes | edges | wall s | CPU s | peak MB | figures | SVG | exit |"
echo "|---|---|---|---|---|---|---|---|---|"
for size in "${SIZES[@]}"; do
    actors=${size%%:*}
    edges=${size##*:}
    net="$OUT/gen-$actors-$edges.yaml"
    [ -f "$net" ] || python3 scripts/bench/gen_network.py --agencies "$actors" --edges "$edges" -o "$net"
    bench "gen-$actors" "$net"
done
bench lazega examples/lazega-law-firm.yaml
bench belgium graphs/belgium-counter-terrorism.yaml --hub ocam --scenario remove:ocam --compare-at 2015
