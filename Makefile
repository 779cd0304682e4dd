# readout: thin targets over the go tool. `make test` is what CI runs.

GO       ?= go
VERSION  ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo devel)
LDFLAGS  := -X main.version=$(VERSION)
FUZZTIME ?= 10s
BIN      := bin/readout

.PHONY: build test check fuzz bench golden demo tables vendor

build:
	$(GO) build -ldflags '$(LDFLAGS)' -o $(BIN) ./cmd/readout

# Static checks: formatting, vet, and the import rule (extract/ and schema/
# never depend on Cayley).
check:
	@out="$$(gofmt -l .)"; if [ -n "$$out" ]; then echo "gofmt -l: these files need gofmt -w:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	@deps="$$($(GO) list -deps ./extract ./schema | grep cayleygraph || true)"; \
	if [ -n "$$deps" ]; then echo "extract/ and schema/ must not import Cayley:"; echo "$$deps"; exit 1; fi

# -timeout: go test's default of 10 minutes per package is near what the
# graph package takes under -race on a slow day of a 2-core machine.
test: check
	$(GO) test -race -timeout 30m ./...

# Each fuzz target for FUZZTIME (go test runs one -fuzz target at a time).
fuzz:
	@set -e; for pkg in $$($(GO) list ./...); do \
		for f in $$($(GO) test -list '^Fuzz' $$pkg | grep '^Fuzz' || true); do \
			echo "== $$pkg $$f"; \
			$(GO) test -run '^$$' -fuzz "^$$f$$" -fuzztime $(FUZZTIME) $$pkg; \
		done; \
	done

# Speed on this machine, side by side (scripts/bench.sh): extraction,
# load of 10k and 100k generated readouts against the raw store rate,
# reload, and query latency. Not part of test; takes about 40 minutes.
bench:
	GO=$(GO) ./scripts/bench.sh

# Rewrite the golden files (testdata/golden/*.jsonl, *.nq, network-*.csv,
# testdata/queries/*.golden).
golden:
	$(GO) test ./extract ./graph -update

# Build, load testdata's readouts into ./readout.db, run the example queries
# and write network.html; then print how to see the network page.
demo: build
	$(BIN) load testdata/readouts
	@for q in testdata/queries/*.js; do \
		echo; echo "# $$q"; grep '^//' $$q | sed 's|^// *|#   |'; \
		$(BIN) query - < $$q | head -n 12; \
	done
	$(BIN) viz -o network.html
	@echo
	@echo "# The actor network: open network.html in a browser, or run"
	@echo "#   $(BIN) serve    and open http://127.0.0.1:8080/ (Cayley's query UI: /ui/)"

# Regenerate extract/data/states.tsv from the npm package world-countries
# (ODbL) and the hand-curated overlay internal/gen/states/overlay.tsv.
WORLD_COUNTRIES ?= 5.1.0
tables:
	@set -e; tmp=$$(mktemp -d); \
	(cd $$tmp && npm pack --silent world-countries@$(WORLD_COUNTRIES) >/dev/null && tar xzf world-countries-*.tgz); \
	$(GO) run ./internal/gen/states -countries $$tmp/package/countries.json -o extract/data/states.tsv; \
	rm -rf $$tmp; git diff --stat extract/data/states.tsv

# Vendor cytoscape.js (MIT) from npm into web/assets/vendor, embedded in the
# binary by go:embed; the version and licence are recorded beside it.
CYTOSCAPE ?= 3.35.0
vendor:
	@set -e; tmp=$$(mktemp -d); dst=web/assets/vendor; \
	(cd $$tmp && npm pack --silent cytoscape@$(CYTOSCAPE) >/dev/null && tar xzf cytoscape-*.tgz); \
	mkdir -p $$dst; cp $$tmp/package/dist/cytoscape.min.js $$dst/cytoscape.min.js; \
	cp $$tmp/package/LICENSE $$dst/cytoscape.LICENSE; \
	printf 'cytoscape %s (npm), licence %s: dist/cytoscape.min.js and LICENSE, vendored by make vendor\n' \
		"$$(node -p "require('$$tmp/package/package.json').version")" \
		"$$(node -p "require('$$tmp/package/package.json').license")" > $$dst/VERSION; \
	rm -rf $$tmp; cat $$dst/VERSION
