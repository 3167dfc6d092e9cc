# Back On Track toolkit — two commands on a fresh machine:
#   make serve   installs what is missing, builds the release, serves http://127.0.0.1:8080
#   make test    installs what is missing, runs every test layer
# Everything comes from crates.io, npm and Debian's apt; no tool downloads its own binaries.

SHELL := /bin/bash
.DEFAULT_GOAL := help

TRUNK_VERSION := 0.21.14
WASM_BINDGEN_VERSION := 0.2.130
# Must equal Cargo.lock's wasm_split_helpers (the runtime half of the same tool).
WASM_SPLIT_VERSION := 0.2.3
CARGO_BIN := $(HOME)/.cargo/bin
NODE_BIN := $(CURDIR)/node_modules/.bin
export PATH := $(NODE_BIN):$(CARGO_BIN):$(PATH)
export TRUNK_SKIP_VERSION_CHECK := true
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1
export CHROME_PATH := /usr/bin/chromium
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: help tools tools-rust tools-npm tools-browser build serve test test-native test-wasm test-e2e bench fuzz clean

help:
	@echo "make serve   build the release and serve it on http://127.0.0.1:8080"
	@echo "make test    run every test layer (native, browser components, end to end)"
	@echo "make build   build the release into dist/"
	@echo "make bench   print bundle sizes and timings"
	@echo "make fuzz    a million generated files through the parsers and the merge (not in make test)"

# ---------- tools (each step skips itself when already done) ----------

tools: tools-rust tools-npm

tools-rust:
	@rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
	@# Trunk's own release profile asks for fat LTO and one codegen unit: 13 minutes to compile on
	@# two cores. Trunk only copies our HTML and styles (tools/build_wasm.py builds the wasm), so
	@# it is built without them: about 5 minutes, the same output.
	@[ "$$(trunk --version 2>/dev/null)" = "trunk $(TRUNK_VERSION)" ] || \
		CARGO_PROFILE_RELEASE_LTO=off CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 cargo install trunk --version $(TRUNK_VERSION) --locked
	@# wasm-bindgen-cli without --locked: its own lockfile pins a yanked crate.
	@[ "$$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $(WASM_BINDGEN_VERSION)" ] || cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION)
	@# Cuts the release wasm into parts that load on demand (tools/build_wasm.py).
	@cargo install --list | grep -qx "wasm_split_cli_support v$(WASM_SPLIT_VERSION):" || \
		cargo install wasm_split_cli_support --version $(WASM_SPLIT_VERSION) --locked --features build-binary

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

tools-npm: node_modules/.installed

tools-browser:
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null || \
		( $(SUDO) apt-get update && $(SUDO) apt-get install -y chromium chromium-driver )

# ---------- build and serve ----------

build: tools
	cargo fetch
	trunk build --release --offline
	python3 tools/build_wasm.py dist
	node tools/minify.mjs dist
	python3 tools/postbuild.py dist
	node tools/compress.mjs dist

serve: build
	python3 tools/serve.py --dir dist --port 8080 --gzip

# ---------- tests ----------

test: tools tools-browser
	$(MAKE) test-native
	$(MAKE) test-wasm
	$(MAKE) test-e2e

test-native:
	cargo test

test-wasm:
	cargo test --target wasm32-unknown-unknown

test-e2e: build
	npx playwright test

# ---------- measurements ----------

bench: build tools-browser
	node tests/bench/bench.mjs

# Not part of `make test`: a native build of its own and a few minutes of running.
fuzz:
	cargo run --profile fuzz --example fuzz

clean:
	rm -rf dist target/screenshots test-results
