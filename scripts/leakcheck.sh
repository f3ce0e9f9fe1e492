#!/usr/bin/env bash
# `make leakcheck`: valgrind over the Graphviz binding, reading, network rendering and the briefing.
# Each area runs once with scripts/valgrind/graphviz-2.43.supp and swift-6.3.supp (the Swift
# runtime's own reports): the gate fails on any definitely
# lost byte or memory error left (ours). The raw figure (Graphviz's and the font libraries' own
# leaks included) is what was lost plus what the file suppressed (valgrind's LEAK SUMMARY).
# Prints one line per area; the log is .build/leakcheck-AREA.log.
#   scripts/leakcheck.sh [AREA...]   areas: binding reading rendering briefing (default: all)
# Iterations: LEAKCHECK_ITERATIONS (binding, default 48: every engine x format pair once) and
# LEAKCHECK_AREA_ITERATIONS (the others, default 2: a leak per call shows as twice a one-off one).
set -euo pipefail
cd "$(dirname "$0")/.."
areas=("${@:-binding reading rendering briefing}")
read -r -a areas <<< "${areas[*]}"
binding_iterations=${LEAKCHECK_ITERATIONS:-48}
area_iterations=${LEAKCHECK_AREA_ITERATIONS:-2}
valgrind=(valgrind --leak-check=full --show-leak-kinds=definite --errors-for-leak-kinds=definite --num-callers=50)
# valgrind 3.19 cannot read the DWARF 5 debug information of the larger debug binary ("possibly
# corrupted debuginfo"): it runs a copy without debug information (function names are kept).
if [ ! .build/agencygraph-leakcheck.nodebug -nt .build/debug/agencygraph-leakcheck ]; then
  strip --strip-debug -o .build/agencygraph-leakcheck.nodebug.tmp .build/debug/agencygraph-leakcheck
  mv .build/agencygraph-leakcheck.nodebug.tmp .build/agencygraph-leakcheck.nodebug
fi
status=0
printf '%-10s %-30s %-30s %s\n' area "raw definitely lost" "after suppressions" "memcheck errors, time"
for area in "${areas[@]}"; do
  case $area in
    binding) command=(.build/debug/graphviz-leakcheck "$binding_iterations") ;;
    reading|rendering|briefing) command=(.build/agencygraph-leakcheck.nodebug "$area" "$area_iterations") ;;
    *) echo "leakcheck: unknown area '$area' (binding, reading, rendering, briefing)" >&2; exit 2 ;;
  esac
  log=".build/leakcheck-$area.log"
  start=$(date +%s)
  gate=0
  "${valgrind[@]}" --error-exitcode=1 --suppressions=scripts/valgrind/graphviz-2.43.supp --suppressions=scripts/valgrind/swift-6.3.supp -v "${command[@]}" > "$log" 2>&1 || gate=$?
  seconds=$(( $(date +%s) - start ))
  if ! grep -q "ERROR SUMMARY" "$log"; then
    echo "leakcheck: $area: valgrind did not finish (status $gate; $log)" >&2
    status=1
    continue
  fi
  # "definitely lost: 1,234 bytes in 5 blocks" and "suppressed: …" of the LEAK SUMMARY.
  field() { grep -E "^==[0-9]+== +$1:" "$log" | tail -1 | sed -E "s/.*$1: ([0-9,]+) bytes in ([0-9,]+) blocks.*/\1 \2/" | tr -d ,; }
  read -r lost_bytes lost_blocks <<< "$(field 'definitely lost' || true)"
  read -r supp_bytes supp_blocks <<< "$(field 'suppressed' || true)"
  lost_bytes=${lost_bytes:-0} lost_blocks=${lost_blocks:-0} supp_bytes=${supp_bytes:-0} supp_blocks=${supp_blocks:-0}
  errors=$(grep -E "ERROR SUMMARY" "$log" | tail -1 | sed -E 's/.*ERROR SUMMARY: ([0-9]+) errors.*/\1/')
  printf '%-10s %-30s %-30s %s\n' "$area" "$((lost_bytes + supp_bytes)) bytes in $((lost_blocks + supp_blocks)) blocks" \
    "$lost_bytes bytes in $lost_blocks blocks" "$errors, $seconds s"
  if [ "$gate" -ne 0 ]; then
    status=1
    echo "leakcheck: $area: definitely lost bytes or memory errors outside the suppressions ($log):" >&2
    grep -E -A30 "definitely lost in loss record|Invalid (read|write)|uninitialised" "$log" | head -80 >&2 || true
  fi
done
exit $status
