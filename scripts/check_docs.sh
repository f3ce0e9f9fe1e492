#!/usr/bin/env bash
# The libraries' documentation, checked (CI, issue 19):
#   1. `swift package generate-documentation` (swift-docc-plugin) builds every library's DocC
#      catalogue with ZERO warnings: an unresolved ``link``, an undocumented or misnamed parameter,
#      a broken article all fail;
#   2. every public declaration has a documentation comment (scripts/check_doc_coverage.py, over the
#      symbol graphs the compiler wrote in step 1).
# Archives land in .build/plugins/Swift-DocC/outputs/MODULE.doccarchive.
#   scripts/check_docs.sh                 every library
#   scripts/check_docs.sh GraphCore ...   some
set -euo pipefail
cd "$(dirname "$0")/.."

modules=("$@")
if [ ${#modules[@]} -eq 0 ]; then
  modules=(GraphCore Graphviz TextKit AgencyInterop AgencyRendering Presentation AgencyModel AgencyAnalysis Briefing Explorer)
fi
targets=()
for m in "${modules[@]}"; do targets+=(--target "$m"); done

log=.build/check-docs.log
mkdir -p .build
start=$(date +%s)
status=0
swift package generate-documentation "${targets[@]}" > "$log" 2>&1 || status=$?
if [ $status -ne 0 ]; then
  cat "$log"
  echo "check_docs: generate-documentation failed (exit $status)" >&2
  exit 1
fi
# DocC prints each problem as "warning: ..." (or "error: ...") followed by its source excerpt.
warnings=$(grep -cE '^(warning|error):' "$log" || true)
if [ "$warnings" -ne 0 ]; then
  # The problems and their excerpts, without the build's progress lines.
  awk '/^(warning|error):/{p=1} /^(Building|Compiling|Finished|Generated|Extracting|\[)/{p=0} p' "$log"
  echo "check_docs: $warnings DocC warning(s) in ${modules[*]} (full log: $log)" >&2
  exit 1
fi
echo "check_docs: DocC built ${#modules[@]} catalogue(s) with no warning ($(( $(date +%s) - start )) s)"

python3 scripts/check_doc_coverage.py "${modules[@]}"
