#!/usr/bin/env bash
# Reading benchmark (issue 16): `agencygraph validate` on generated networks, before and after,
# side by side in one run: wall and CPU time (user + system), MB/s of CPU time, peak memory
# (max RSS) and peak memory / file size, from /usr/bin/time -v.
#
#   scripts/bench/read.sh [SIZES...]     (default: 1k 10k 20k 100k; 100k means 100,000 agencies / 500,000 edges;
#                                         a20k and a100k are issue 16's layered networks: agency_network.py
#                                         20000 --edges-per-actor 3 --layers, 100000 --edges-per-actor 5 --layers)
#
#   BEFORE=path/to/old/agencygraph   the "before" binary (default: none, only "after" is timed);
#                                    e.g. a release build of main in its own scratch path:
#                                      git archive main | tar -x -C /tmp/read-base
#                                      (cd /tmp/read-base && swift build -c release --product agencygraph \
#                                         --scratch-path /tmp/read-base-build)
#   AFTER=path                       the "after" binary (default: .build/release/agencygraph, built
#                                    first unless SKIP_BUILD=1)
#   REPEAT=n                         runs per file and binary; the fastest CPU time is kept (default 1)
#   COMMANDS="validate stats"        the commands timed on each file (default: validate)
#
# Networks: scripts/bench/gen_network.py (block style, names, levels; `--defaults` states the
# source once) in YAML and JSON, and scripts/bench/agency_network.py 20000 (flow style, the
# 20,000-agency network of issue 16). Files over 50 MiB are read with AGENCYGRAPH_MAX_FILE_SIZE=200.
# Results: out/read/results.tsv and a markdown table on stdout.
set -euo pipefail
cd "$(dirname "$0")/../.."

SIZES=("$@")
[ ${#SIZES[@]} -eq 0 ] && SIZES=(1k 10k 20k 100k)
OUT=out/read
mkdir -p "$OUT/networks"
FLAGS=(-Xswiftc -Xfrontend -Xswiftc -disable-sil-ownership-verifier)
if [ -z "${AFTER:-}" ] && [ "${SKIP_BUILD:-0}" != 1 ]; then
    swift build -c release --product agencygraph "${FLAGS[@]}"
fi
AFTER=${AFTER:-.build/release/agencygraph}
REPEAT=${REPEAT:-1}
read -r -a COMMAND_LIST <<< "${COMMANDS:-validate}"

# name:generator arguments
networks=()
for size in "${SIZES[@]}"; do
    case "$size" in
        1k) networks+=("gen-1k:--agencies 1000 --edges 3000") ;;
        10k) networks+=("gen-10k:--agencies 10000 --edges 30000" "gen-10k-json:--agencies 10000 --edges 30000 --json") ;;
        20k) networks+=("gen-20k:--agencies 20000 --edges 60000" "gen-20k-json:--agencies 20000 --edges 60000 --json"
                        "gen-20k-defaults:--agencies 20000 --edges 60000 --defaults" "agency-20k:agency 20000") ;;
        100k) networks+=("gen-100k-500k-defaults:--agencies 100000 --edges 500000 --defaults"
                         "gen-100k-500k-defaults-json:--agencies 100000 --edges 500000 --defaults --json"
                         "agency-100k-500k-defaults:agency 100000 --edges 500000 --defaults") ;;
        a20k) networks+=("agency-20k-layers:agency 20000 --edges-per-actor 3 --layers") ;;
        a100k) networks+=("agency-100k-layers:agency 100000 --edges-per-actor 5 --layers") ;;
        *) echo "unknown size $size (1k, 10k, 20k, 100k, a20k, a100k)" >&2; exit 2 ;;
    esac
done

# One timed run: "wall cpu peak_kb status".
timed() {
    local log status=0
    log=$(mktemp)
    AGENCYGRAPH_MAX_FILE_SIZE=200 /usr/bin/time -v "$@" > /dev/null 2> "$log" || status=$?
    local wall cpu rss
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$log" | awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')
    cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%.2f", s}' "$log")
    rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
    if [ "$status" -ne 0 ]; then grep -E "error" "$log" | head -2 >&2 || true; fi
    rm -f "$log"
    echo "$wall $cpu $rss $status"
}

RESULTS=$OUT/results.tsv
printf 'network\tbytes\tcommand\tbinary\twall_s\tcpu_s\tmb_per_cpu_s\tpeak_mb\tpeak_per_size\tstatus\n' > "$RESULTS"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
for entry in "${networks[@]}"; do
    name=${entry%%:*}
    args=${entry#*:}
    ext=yaml
    [[ "$args" == *--json* ]] && ext=json
    file=$OUT/networks/$name.$ext
    if [ ! -f "$file" ]; then
        if [[ "$args" == agency* ]]; then
            # shellcheck disable=SC2086
            python3 scripts/bench/agency_network.py ${args#agency } > "$file"
        else
            # shellcheck disable=SC2086
            python3 scripts/bench/gen_network.py $args -o "$file"
        fi
    fi
    bytes=$(stat -c %s "$file")
    for command in "${COMMAND_LIST[@]}"; do
    for binary in before after; do
        bin=$AFTER
        if [ "$binary" = before ]; then
            [ -n "${BEFORE:-}" ] || continue
            bin=$BEFORE
        fi
        best=""
        for _ in $(seq "$REPEAT"); do
            read -r wall cpu rss status < <(timed "$bin" "$command" "$file")
            if [ -z "$best" ] || awk -v a="$cpu" -v b="${best#* }" 'BEGIN {exit !(a < b)}'; then best="$wall $cpu $rss $status"; fi
        done
        read -r wall cpu rss status <<< "$best"
        python3 - "$name" "$bytes" "$command" "$binary" "$wall" "$cpu" "$rss" "$status" >> "$RESULTS" <<'PY'
import sys
name, size, command, binary, wall, cpu, rss, status = sys.argv[1:]
size, cpu, rss = int(size), float(cpu), int(rss) * 1024
rate = size / 1e6 / cpu if cpu > 0 else float("inf")
print(f"{name}\t{size}\t{command}\t{binary}\t{wall}\t{cpu:.2f}\t{rate:.1f}\t{rss / 1e6:.0f}\t{rss / size:.1f}\t{status}")
PY
        tail -1 "$RESULTS" >&2
    done
    done
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" >&2

python3 - "$RESULTS" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
by = {}
for row in rows:
    by.setdefault((row["network"], row["bytes"], row["command"]), {})[row["binary"]] = row
def cell(row):
    if row is None:
        return "—"
    failed = "" if row["status"] == "0" else " (exit " + row["status"] + ")"
    return f'{row["wall_s"]} / {row["cpu_s"]} s, {row["mb_per_cpu_s"]} MB/s, {row["peak_mb"]} MB = {row["peak_per_size"]}×{failed}'
print("| network | size | command | before: wall / CPU, MB/s of CPU, peak = × size | after: wall / CPU, MB/s of CPU, peak = × size |")
print("|---|---:|---|---|---|")
for (name, size, command), runs in by.items():
    print(f"| {name} | {int(size) / 1e6:.1f} MB | {command} | {cell(runs.get('before'))} | {cell(runs.get('after'))} |")
PY
