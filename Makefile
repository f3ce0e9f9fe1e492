# AgencyGraph — the two commands of the README, and a few more.
#   make run    install what is missing, build (release), write the briefing of the bundled data to out/briefing/
#   make test   install what is missing, run every test
SWIFT ?= swift
RELEASE_BIN = .build/release/agencygraph
OUT ?= out

.PHONY: run test deps build leakcheck clean

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

clean:
	rm -rf .build $(OUT)
