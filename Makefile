# AgencyGraph — the two commands of the README, and a few more.
#   make run    install what is missing, build (release), write the briefing of the bundled data to out/briefing/
#   make test   install what is missing, run every test
#   make install / make uninstall   the binary, man pages and completions under $(DESTDIR)$(PREFIX)
#   make dist   dist/agencygraph-VERSION-linux-x86_64.tar.gz for Linux users without Swift
SWIFT ?= swift
RELEASE_BIN = .build/release/agencygraph
OUT ?= out

.PHONY: run test deps build leakcheck fuzz fuzz-build fuzz-smoke fuzz-regress clean man completions install uninstall dist

deps:
	@./scripts/install-deps.sh

build: deps
	$(SWIFT) build -c release --product agencygraph

# The main job: the briefing of the Belgian network (docs/briefing.md) into $(OUT)/briefing/, its
# explorer (docs/explorer.md) as $(OUT)/explorer.html, linked from the briefing's cover, and the
# DOT drawings under examples/ rendered to $(OUT)/.
run: build
	@mkdir -p $(OUT)
	@set -e; for f in examples/*.dot; do \
	  name=$$(basename "$$f" .dot); \
	  $(RELEASE_BIN) render "$$f" -o "$(OUT)/$$name.svg"; \
	done
	@$(RELEASE_BIN) explore graphs/belgium-counter-terrorism.yaml -o $(OUT)/explorer.html --hub ocam --quiet
	@$(RELEASE_BIN) brief graphs/belgium-counter-terrorism.yaml -o $(OUT)/briefing/ --hub ocam --scenario remove:ocam --compare-at 2015 --explorer-link ../explorer.html
	@echo "briefing: $(abspath $(OUT))/briefing/briefing.html (also briefing.md, briefing.json, figure-N.svg)"
	@echo "explorer: $(abspath $(OUT))/explorer.html"

test: deps
	$(SWIFT) test

# valgrind over the Graphviz binding (every engine x format pair, the DOT sanitiser, error paths),
# reading (every format, broken files), network rendering (48 engine x format pairs) and the
# briefing. Each area runs raw (Graphviz's internal leaks included), then as a gate that fails on
# any definitely lost byte not in scripts/valgrind/graphviz-2.43.supp (scripts/leakcheck.sh,
# docs/graphviz.md). Not in CI: about an hour on the loaded 2-core machine (366 + 223 + 1,701 +
# 1,299 s for the four areas, measured 2026-12-03 at load average 20-30).
leakcheck: deps
	@./scripts/install-deps.sh valgrind
	$(SWIFT) build --product graphviz-leakcheck
	$(SWIFT) build --product agencygraph-leakcheck
	@./scripts/leakcheck.sh $(LEAKCHECK_AREAS)

# libFuzzer over every reader, the DOT sanitiser, the SVG gate and the briefing writer (docs/security.md#fuzzing).
#   make fuzz                     each target FUZZ_SECONDS (default 60) from Fuzz/seeds/TARGET
#   make fuzz FUZZ_TARGETS=yaml   one target
#   make fuzz-smoke               each target a few seconds with a fixed seed (CI)
#   make fuzz-regress             replay Fuzz/seeds and every crash ever found (Fuzz/crashes) without libFuzzer
# A crash is written to Fuzz/crashes/TARGET/; commit it: the regression test replays it for ever.
# (SWIFT_BACKTRACE=enable=no: Swift's backtracer would take the signal before libFuzzer writes the input.)
FUZZ_SECONDS ?= 60
FUZZ_SMOKE_SECONDS ?= 4
FUZZ_TARGETS ?= yaml yaml-fast json graphml gexf node-link csv pajek edgelist dot dot-sanitizer svg-gate briefing
FUZZ_BIN = .build/fuzz/release/agencygraph-fuzz
FUZZ_FLAGS = -max_len=4096 -timeout=10 -rss_limit_mb=2048
# Per target, after FUZZ_FLAGS (libFuzzer takes the last value): a briefing needs a whole network,
# and examples/synthetic.yaml (a seed) is 11 KB.
FUZZ_FLAGS_briefing = -max_len=16384

fuzz-build:
	$(SWIFT) build -c release --product agencygraph-fuzz --build-path .build/fuzz \
	  -Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING -Xcc -fsanitize=fuzzer-no-link

fuzz: fuzz-build
	@set -e; for t in $(FUZZ_TARGETS); do \
	  mkdir -p .build/fuzz-corpus/$$t Fuzz/crashes/$$t; \
	  echo "== $$t ($(FUZZ_SECONDS) s)"; \
	  case $$t in briefing) extra="$(FUZZ_FLAGS_briefing)";; *) extra="";; esac; \
	  status=0; SWIFT_BACKTRACE=enable=no FUZZ_TARGET=$$t $(FUZZ_BIN) $(FUZZ_FLAGS) $$extra -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 \
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
	rm -rf .build $(OUT) dist

# ---- install, uninstall, dist (docs/cli.md#installing) ---------------------------------------------
# The version's one source of truth is VERSION (Sources/agencygraph/Version.swift must equal it;
# VersionTests checks that in `make test`).
VERSION := $(shell cat VERSION)
PREFIX ?= /usr/local
DESTDIR ?=
INSTALL ?= install
# Generated man pages and completion scripts, staged before install and dist.
STAGE = .build/agencygraph-stage
MANUAL_PLUGIN_OUT = .build/plugins/GenerateManual/outputs/agencygraph
# The man pages carry the date of the last commit (so they do not change with every build).
MANUAL_DATE := $(shell git log -1 --format=%cs 2>/dev/null)

# Man pages from the command definitions, by swift-argument-parser's generate-manual plugin: one
# page per subcommand. The plugin names them agencygraph.spof.1; they are staged as
# agencygraph-spof.1 (`man agencygraph-spof`), with their titles and cross-references to match.
man: build
	rm -rf $(MANUAL_PLUGIN_OUT) $(STAGE)/man1
	$(SWIFT) package plugin generate-manual --multi-page $(if $(MANUAL_DATE),--date $(MANUAL_DATE))
	@mkdir -p $(STAGE)/man1
	@set -e; for f in $(MANUAL_PLUGIN_OUT)/agencygraph*.1; do \
	  name=$$(basename "$$f" | sed 's/\./-/; s/\./-/g; s/-1$$/.1/'); \
	  sed -e '/^\.Xr agencygraph\./s/\./-/2' -e '/^\.Dt AGENCYGRAPH\./s/\./-/2' "$$f" > "$(STAGE)/man1/$$name"; \
	done
	@ls $(STAGE)/man1

completions: build
	@mkdir -p $(STAGE)/completions
	$(RELEASE_BIN) --generate-completion-script bash > $(STAGE)/completions/agencygraph.bash
	$(RELEASE_BIN) --generate-completion-script zsh > $(STAGE)/completions/_agencygraph
	$(RELEASE_BIN) --generate-completion-script fish > $(STAGE)/completions/agencygraph.fish

# Installed files, relative to $(PREFIX). `make uninstall` removes exactly the files listed in the
# manifest that install writes (share/agencygraph/install-manifest, listed in itself).
BIN_FILE = bin/agencygraph
MAN_DIR = share/man/man1
BASH_FILE = share/bash-completion/completions/agencygraph
ZSH_FILE = share/zsh/site-functions/_agencygraph
FISH_FILE = share/fish/vendor_completions.d/agencygraph.fish
MANIFEST = share/agencygraph/install-manifest
ROOT = $(DESTDIR)$(PREFIX)

install: build man completions
	$(INSTALL) -d $(ROOT)/bin $(ROOT)/$(MAN_DIR) $(ROOT)/$(dir $(BASH_FILE)) $(ROOT)/$(dir $(ZSH_FILE)) \
	  $(ROOT)/$(dir $(FISH_FILE)) $(ROOT)/$(dir $(MANIFEST))
	$(INSTALL) -m 755 $(RELEASE_BIN) $(ROOT)/$(BIN_FILE)
	$(INSTALL) -m 644 $(STAGE)/man1/*.1 $(ROOT)/$(MAN_DIR)/
	$(INSTALL) -m 644 $(STAGE)/completions/agencygraph.bash $(ROOT)/$(BASH_FILE)
	$(INSTALL) -m 644 $(STAGE)/completions/_agencygraph $(ROOT)/$(ZSH_FILE)
	$(INSTALL) -m 644 $(STAGE)/completions/agencygraph.fish $(ROOT)/$(FISH_FILE)
	@{ echo $(BIN_FILE); for f in $(STAGE)/man1/*.1; do echo "$(MAN_DIR)/$$(basename $$f)"; done; \
	   echo $(BASH_FILE); echo $(ZSH_FILE); echo $(FISH_FILE); echo $(MANIFEST); } > $(STAGE)/install-manifest
	$(INSTALL) -m 644 $(STAGE)/install-manifest $(ROOT)/$(MANIFEST)
	@echo "installed $$(wc -l < $(STAGE)/install-manifest) files under $(ROOT) (listed in $(ROOT)/$(MANIFEST))"

# Removes the files the manifest lists, and only paths install can have written; then the
# manifest's own folder if empty. Shared folders (bin, share/man/man1, ...) are left in place.
uninstall:
	@test -f $(ROOT)/$(MANIFEST) || { echo "uninstall: no $(ROOT)/$(MANIFEST): nothing installed there" >&2; exit 1; }
	@set -e; while read -r f; do \
	  case "$$f" in \
	    *..*|$(MAN_DIR)/agencygraph-*/*) ;; \
	    $(BIN_FILE)|$(BASH_FILE)|$(ZSH_FILE)|$(FISH_FILE)|$(MANIFEST)|$(MAN_DIR)/agencygraph.1|$(MAN_DIR)/agencygraph-*.1) continue ;; \
	  esac; \
	  echo "uninstall: refusing '$$f' in $(ROOT)/$(MANIFEST); nothing removed" >&2; exit 1; \
	done < $(ROOT)/$(MANIFEST)
	@set -e; while read -r f; do rm -f "$(ROOT)/$$f"; echo "removed $(ROOT)/$$f"; done < $(ROOT)/$(MANIFEST)
	@rmdir $(ROOT)/$(dir $(MANIFEST)) 2>/dev/null || true

# A tarball for Linux x86_64 users without Swift: the binary with the Swift runtime (stdlib,
# Foundation) linked statically, man pages, completions, README, CHANGELOG, LICENSE and the Belgian network.
# It still needs Graphviz's runtime libraries (README, Installing). Fails if the binary needs any
# libswift*.so.
# Its own build folder (.build/static): the static link compiles everything differently, and
# sharing .build/release would recompile the whole release build at each switch.
DIST_NAME = agencygraph-$(VERSION)-linux-x86_64
DIST_DIR = dist/$(DIST_NAME)
STATIC_SCRATCH = .build/static
STATIC_BIN = $(STATIC_SCRATCH)/release/agencygraph
dist: man completions
	$(SWIFT) build -c release --static-swift-stdlib --product agencygraph --scratch-path $(STATIC_SCRATCH)
	@if ldd $(STATIC_BIN) | grep -i 'libswift\|libFoundation\|lib_Foundation\|libdispatch\|libBlocksRuntime'; then \
	  echo "dist: the binary still needs the Swift runtime (above)" >&2; exit 1; fi
	rm -rf $(DIST_DIR) dist/$(DIST_NAME).tar.gz
	mkdir -p $(DIST_DIR)/man/man1 $(DIST_DIR)/completions $(DIST_DIR)/graphs
	$(INSTALL) -m 755 $(STATIC_BIN) $(DIST_DIR)/agencygraph
	$(INSTALL) -m 644 $(STAGE)/man1/*.1 $(DIST_DIR)/man/man1/
	$(INSTALL) -m 644 $(STAGE)/completions/* $(DIST_DIR)/completions/
	$(INSTALL) -m 644 README.md CHANGELOG.md VERSION $(DIST_DIR)/
	$(if $(wildcard LICENSE*),$(INSTALL) -m 644 $(wildcard LICENSE*) $(DIST_DIR)/)
	$(INSTALL) -m 644 graphs/belgium-counter-terrorism.yaml $(DIST_DIR)/graphs/
	tar -C dist --owner=0 --group=0 -czf dist/$(DIST_NAME).tar.gz $(DIST_NAME)
	@echo "dist/$(DIST_NAME).tar.gz"; ldd $(DIST_DIR)/agencygraph | sed 's/^/  /'
