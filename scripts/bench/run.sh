#!/usr/bin/env bash
# Side-by-side benchmark, end to end:
#   1. venv .venv-bench with the pinned peers (scripts/bench/requirements.txt),
#   2. the seeded graphs in bench-data/ (scripts/bench/generate_graphs.py),
#   3. the release build of agencygraph-bench (scratch path .build-bench),
#   4. scripts/bench/compare.py with the arguments given to this script
#      (e.g. --graphs ba-100k --tasks components,bfs --repeat 5).
# The table goes to stdout and to out/bench/table.md; every JSON line to out/bench/results.jsonl.
set -euo pipefail
cd "$(dirname "$0")/../.."

VENV=.venv-bench
if [ ! -x "$VENV/bin/python" ]; then
    python3 -m venv "$VENV"
fi
if ! "$VENV/bin/python" -m pip install --quiet -r scripts/bench/requirements.txt; then
    echo "run.sh: pip install of the pinned peers failed; see the error above" >&2
    exit 1
fi

"$VENV/bin/python" scripts/bench/generate_graphs.py >/dev/null

if [ "${SKIP_BUILD:-0}" != 1 ]; then
    swift build -c release --scratch-path .build-bench --product agencygraph-bench
fi

{
    echo "# machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(free -g | awk '/^Mem:/{print $2}') GiB"
    echo "# load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "# peers: $("$VENV/bin/python" -c 'import igraph, networkit, rustworkx, networkx; print("igraph", igraph.__version__, "| networkit", networkit.__version__, "| rustworkx", rustworkx.__version__, "| networkx", networkx.__version__)')"
    echo "# swift: $(swift --version 2>/dev/null | head -1)"
} >&2

exec "$VENV/bin/python" scripts/bench/compare.py "$@"
