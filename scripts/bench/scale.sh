#!/usr/bin/env bash
# Scaling benchmark, end to end: every command of the release `agencygraph` on generated agency
# networks of growing size, wall time and peak memory from /usr/bin/time -v, beside the engine's
# own time (agencygraph-bench) for the same measures on the same agency-to-agency edges.
#
#   scripts/bench/scale.sh [ACTORS[:EDGES_PER_ACTOR] ...]        (default: 1000 10000)
#
# Networks: scripts/bench/agency_network.py --layers (3 edges per agency unless given, e.g.
# 100000:5 for 500,000 edges; every node and edge citing one source; an x-advice layer beside
# coordination, so `layers` and spof's multiplex part have work). Results: out/scale/results.tsv
# (one line per size and command) and the markdown table with growth exponents printed by
# scripts/bench/scale_table.py. Set SKIP_BUILD=1 to reuse the release build, AGENCYGRAPH=path to
# time another binary (e.g. an older build, for before/after), AGENCYGRAPH_BENCH likewise for the
# engine, ONLY="validate stats ..." to run only the commands named, SKIP="centrality ..." to leave
# commands out (e.g. exact centrality at 100,000 agencies: about 4 CPU minutes per 10^10 steps).
set -euo pipefail
cd "$(dirname "$0")/../.."

SIZES=("$@")
[ ${#SIZES[@]} -eq 0 ] && SIZES=(1000 10000)
OUT=out/scale
mkdir -p "$OUT"

# Swift 6.3.1's SIL ownership verifier aborts on Briefing/BriefingWriter.swift in release builds
# ("Found outside of lifetime use"); the flag skips the verifier, not any optimisation.
FLAGS=(-Xswiftc -Xfrontend -Xswiftc -disable-sil-ownership-verifier)
if [ "${SKIP_BUILD:-0}" != 1 ]; then
    swift build -c release --product agencygraph "${FLAGS[@]}"
    swift build -c release --product agencygraph-bench "${FLAGS[@]}"
fi
BIN=${AGENCYGRAPH:-.build/release/agencygraph}
BENCH=${AGENCYGRAPH_BENCH:-.build/release/agencygraph-bench}

RESULTS=$OUT/results.tsv
[ -f "$RESULTS" ] || printf 'actors\tedges\tbytes\tcommand\tseconds\tcpu_seconds\tpeak_mb\tstatus\tengine_seconds\n' > "$RESULTS"

# One timed run: prints "seconds cpu_seconds peak_mb status" (CPU = user + system: steadier than
# wall time on a shared machine).
timed() {
    local log
    log=$(mktemp)
    local status=0
    /usr/bin/time -v "$@" > /dev/null 2> "$log" || status=$?
    local wall cpu rss
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$log" | awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')
    cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%.2f", s}' "$log")
    rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$log")
    if [ "$status" -ne 0 ]; then grep -v "^\s" "$log" | grep -v "Command exited" | head -3 >&2 || true; fi
    rm -f "$log"
    echo "$wall $cpu $rss $status"
}

# The engine's run time in seconds for the tasks named (comma-separated) on the edge list, summed;
# empty when the bench tool is missing or a task fails.
engine() {
    local total=0 task out
    [ -x "$BENCH" ] || return 0
    for task in ${1//,/ }; do
        out=$("$BENCH" "$task" "$2" 2>/dev/null) || return 0
        # `load` times loading, the other tasks their run after loading.
        total=$(python3 -c 'import json,sys; key = "load_s" if sys.argv[3] == "load" else "run_s"; print(float(sys.argv[1]) + sum(json.loads(l)[key] for l in sys.argv[2].splitlines() if l.strip()))' "$total" "$out" "$task")
    done
    echo "$total"
}

# Whether a command is to run (ONLY unset: all).
want() {
    [[ " ${SKIP:-} " == *" $1 "* ]] && return 1
    [ -z "${ONLY:-}" ] || [[ " $ONLY " == *" $1 "* ]]
}

for size in "${SIZES[@]}"; do
    n=${size%%:*}
    per=3
    [ "$size" != "$n" ] && per=${size#*:}
    net=$OUT/agencies-$n-$per.yaml
    edges=$OUT/agencies-$n-$per.edges
    python3 scripts/bench/agency_network.py "$n" --edges-per-actor "$per" --layers --edge-list "$edges" > "$net"
    bytes=$(stat -c %s "$net")
    m=$(wc -l < "$edges")
    echo "== $n agencies, $m agency-to-agency edges, $bytes bytes" >&2
    brief_dir=$(mktemp -d)
    declare -A ENGINE=(
        [validate]=$(want validate && engine load "$edges")
        [stats]=$(want stats && engine components "$edges")
        [spof]=$(want spof && engine articulation-points,bridges "$edges")
        [centrality]=$(want centrality && engine betweenness,closeness "$edges")
        [centrality-sample]=$(want centrality-sample && engine betweenness-sample,closeness "$edges")
        [brokerage]=$(want brokerage && engine constraint,effective-size "$edges")
        [communities]=$(want communities && engine louvain "$edges")
    )
    commands=(
        "validate|validate $net"
        "stats|stats $net"
        "spof|spof $net --hub a0"
        "spof-cutoff|spof $net --hub a0 --no-robustness --key-players 0"
        "coverage|coverage $net --hub a0"
        "centrality|centrality $net"
        "centrality-sample|centrality $net --sample 4000"
        "brokerage|brokerage $net"
        "communities|communities $net"
        "whatif|whatif $net --remove a1"
        "brief|brief $net --hub a0 --quiet -o $brief_dir"
        "layers|layers $net"
        "diff|diff $net $net"
        "path|path $net a0 a$((n - 1))"
        "fmt|fmt $net"
        "convert|convert $net -o $brief_dir/net.graphml"
        "render|render $net -o $brief_dir/render.svg"
        "explore|explore $net -o $brief_dir/explorer.html --quiet"
    )
    for entry in "${commands[@]}"; do
        name=${entry%%|*}
        want "$name" || continue
        read -r -a args <<< "${entry#*|}"
        read -r wall cpu rss status <<< "$(timed "$BIN" "${args[@]}")"
        printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$m" "$bytes" "$name" "$wall" "$cpu" "$rss" "$status" "${ENGINE[${name%-cutoff}]:-}" >> "$RESULTS"
        printf '  %-12s %8ss wall %8ss cpu %6s MB  status %s  engine %s\n' "$name" "$wall" "$cpu" "$rss" "$status" "${ENGINE[${name%-cutoff}]:-–}" >&2
    done
    unset ENGINE
    rm -rf "$brief_dir"
done

python3 scripts/bench/scale_table.py "$RESULTS"
