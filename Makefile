# AgencyGraph — the two commands of the README, and a few more.
#   make run    install what is missing, build (release), write the briefing of the bundled data to out/briefing/
#   make test   install what is missing, run every test
SWIFT ?= swift
RELEASE_BIN = .build/release/agencygraph
OUT ?= out

.PHONY: run test deps build leakcheck fuzz fuzz-build fuzz-smoke fuzz-regress clean

deps:
	@./scripts/install-deps.sh

build: deps
	$(SWIFT) build -c release --product agencygraph

# The main job: the briefing of the Belgian network (docs/briefing.md) into $(OUT)/briefing/, and the
# DOT drawings under examples/ rendered to $(OUT)/.
run: build
	@mkdir -p $(OUT)
	@set -e; for f in examples/*.dot; do \
	  name=$$(basename "$$f" .dot); \
	  $(RELEASE_BIN) render "$$f" -o "$(OUT)/$$name.svg"; \
	done
	@$(RELEASE_BIN) brief graphs/belgium-counter-terrorism.yaml -o $(OUT)/briefing/ --hub ocam --scenario remove:ocam --compare-at 2015
	@echo "briefing: $$(pwd)/$(OUT)/briefing/briefing.html (also briefing.md, briefing.json, figure-N.svg)"

test: deps
	$(SWIFT) test

# valgrind over 200 layouts and renders in one process. The first run reports the raw figure,
# leaks inside Graphviz 2.43's own engines included; the second fails on any definitely lost byte
# that is not one of Graphviz's known internal leaks (scripts/valgrind/graphviz-2.43.supp).
LEAKCHECK_ITERATIONS ?= 200
VALGRIND = valgrind --leak-check=full --show-leak-kinds=definite --errors-for-leak-kinds=definite --num-callers=50
leakcheck: deps
	@./scripts/install-deps.sh valgrind
	$(SWIFT) build --product graphviz-leakcheck
	@echo "== raw (Graphviz's internal leaks included)"
	@$(VALGRIND) .build/debug/graphviz-leakcheck $(LEAKCHECK_ITERATIONS) 2>&1 | grep -E "iterations|definitely lost:|indirectly lost:"
	@echo "== gate (Graphviz 2.43's known internal leaks suppressed)"
	@$(VALGRIND) --error-exitcode=1 --suppressions=scripts/valgrind/graphviz-2.43.supp \
	  .build/debug/graphviz-leakcheck $(LEAKCHECK_ITERATIONS) > .build/leakcheck.log 2>&1 \
	  || { cat .build/leakcheck.log; exit 1; }
	@grep -E "iterations|definitely lost|indirectly lost|suppressed:|ERROR SUMMARY" .build/leakcheck.log

# libFuzzer over every reader, the DOT sanitiser and the SVG gate (docs/security.md#fuzzing).
#   make fuzz                     each target FUZZ_SECONDS (default 60) from Fuzz/seeds/TARGET
#   make fuzz FUZZ_TARGETS=yaml   one target
#   make fuzz-smoke               each target a few seconds with a fixed seed (CI)
#   make fuzz-regress             replay Fuzz/seeds and every crash ever found (Fuzz/crashes) without libFuzzer
# A crash is written to Fuzz/crashes/TARGET/; commit it: the regression test replays it for ever.
# (SWIFT_BACKTRACE=enable=no: Swift's backtracer would take the signal before libFuzzer writes the input.)
FUZZ_SECONDS ?= 60
FUZZ_SMOKE_SECONDS ?= 4
FUZZ_TARGETS ?= yaml json graphml gexf node-link csv pajek edgelist dot dot-sanitizer svg-gate
FUZZ_BIN = .build/fuzz/release/agencygraph-fuzz
FUZZ_FLAGS = -max_len=4096 -timeout=10 -rss_limit_mb=2048

fuzz-build:
	$(SWIFT) build -c release --product agencygraph-fuzz --build-path .build/fuzz \
	  -Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING -Xcc -fsanitize=fuzzer-no-link

fuzz: fuzz-build
	@set -e; for t in $(FUZZ_TARGETS); do \
	  mkdir -p .build/fuzz-corpus/$$t Fuzz/crashes/$$t; \
	  echo "== $$t ($(FUZZ_SECONDS) s)"; \
	  status=0; SWIFT_BACKTRACE=enable=no FUZZ_TARGET=$$t $(FUZZ_BIN) $(FUZZ_FLAGS) -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 \
	    -artifact_prefix=Fuzz/crashes/$$t/ .build/fuzz-corpus/$$t Fuzz/seeds/$$t > .build/fuzz-$$t.log 2>&1 || status=$$?; \
	  grep -E "stat::number_of_executed_units|Test unit written" .build/fuzz-$$t.log || true; \
	  rmdir Fuzz/crashes/$$t 2>/dev/null || true; \
	  if [ $$status -ne 0 ]; then tail -40 .build/fuzz-$$t.log; echo "fuzz: $$t found a crash (input in Fuzz/crashes/$$t/)"; exit 1; fi; \
	done

fuzz-smoke:
	@$(MAKE) --no-print-directory fuzz FUZZ_SECONDS=$(FUZZ_SMOKE_SECONDS) FUZZ_FLAGS="$(FUZZ_FLAGS) -seed=1"

fuzz-regress:
	$(SWIFT) build --product agencygraph-fuzz
	@set -e; for t in $(FUZZ_TARGETS); do \
	  .build/debug/agencygraph-fuzz $$t Fuzz/seeds/$$t $$(ls -d Fuzz/crashes/$$t 2>/dev/null); \
	done

clean:
	rm -rf .build $(OUT)
