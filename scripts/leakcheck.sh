#!/usr/bin/env bash
# `make leakcheck`: valgrind over the Graphviz binding, reading, network rendering and the briefing.
# Each area runs twice: raw (Graphviz's and the font libraries' own leaks included), then the gate
# with scripts/valgrind/graphviz-2.43.supp, which fails on any definitely lost byte or memory error
# left (ours). Prints one line per area; logs in .build/leakcheck-AREA-{raw,gate}.log.
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
strip --strip-debug -o .build/agencygraph-leakcheck.nodebug .build/debug/agencygraph-leakcheck
status=0
printf '%-10s %-28s %-28s %s\n' area "raw definitely lost" "gate definitely lost" "gate errors, time"
for area in "${areas[@]}"; do
  case $area in
    binding) command=(.build/debug/graphviz-leakcheck "$binding_iterations") ;;
    reading|rendering|briefing) command=(.build/agencygraph-leakcheck.nodebug "$area" "$area_iterations") ;;
    *) echo "leakcheck: unknown area '$area' (binding, reading, rendering, briefing)" >&2; exit 2 ;;
  esac
  start=$(date +%s)
  "${valgrind[@]}" "${command[@]}" > ".build/leakcheck-$area-raw.log" 2>&1 || true
  gate=0
  "${valgrind[@]}" --error-exitcode=1 --suppressions=scripts/valgrind/graphviz-2.43.supp -v \
    "${command[@]}" > ".build/leakcheck-$area-gate.log" 2>&1 || gate=$?
  seconds=$(( $(date +%s) - start ))
  lost() { grep -E "definitely lost:" "$1" | sed -E 's/.*definitely lost: //' || echo "none reported"; }
  errors=$(grep -E "ERROR SUMMARY" ".build/leakcheck-$area-gate.log" | sed -E 's/.*ERROR SUMMARY: ([0-9]+) errors.*/\1/')
  printf '%-10s %-28s %-28s %s\n' "$area" "$(lost ".build/leakcheck-$area-raw.log")" "$(lost ".build/leakcheck-$area-gate.log")" "$errors errors, $seconds s"
  if [ "$gate" -ne 0 ]; then
    status=1
    echo "leakcheck: $area: definitely lost bytes or memory errors outside the suppressions (.build/leakcheck-$area-gate.log):" >&2
    grep -E -A30 "definitely lost in loss record|Invalid (read|write)|uninitialised" ".build/leakcheck-$area-gate.log" | head -80 >&2 || true
  fi
done
exit $status
