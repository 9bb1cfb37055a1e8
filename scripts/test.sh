#!/usr/bin/env bash
# Every test: format and lints, the Rust tests (unit, integration, doc), the
# quality gate over ../shared/corpus when it is there, the Wasm, extension
# and demo builds, and the end-to-end tests in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n== %s\n' "$*"; }

step setup
bash scripts/setup.sh

step "rustfmt + clippy + tsc"
cargo fmt --all -- --check
cargo clippy --all-targets --quiet -- -D warnings
cargo clippy --lib --target wasm32-unknown-unknown --quiet -- -D warnings
# The extension's JavaScript against its JSDoc types (jsconfig.json, extension/protocol.js).
node_modules/.bin/tsc -p jsconfig.json

step "cargo test"
cargo test --quiet 2>&1 | tail -n 40

step "fuzz smoke run (20 s a target)"
if rustup toolchain list 2>/dev/null | grep -q '^nightly'; then
  bash scripts/fuzz.sh 20
else
  echo "fuzz: no nightly toolchain on this machine (cargo-fuzz needs one); smoke run skipped"
fi

step "python package: build, lints, pytest (API, CLI agreement, Arrow, Spark local)"
py="$(bash scripts/build-python.sh | tail -n 1)"
(cd python && cargo fmt -- --check && cargo clippy --all-targets --quiet -- -D warnings \
  && cargo test --quiet 2>&1 | tail -n 3)
"$py" -m pytest -q -p no:cacheprovider python/tests

step "quality gate (../shared/corpus)"
bash scripts/quality.sh

step "build: wasm, extension, demo"
bash scripts/build-wasm.sh
bash scripts/build-extension.sh
bash scripts/build-www.sh

step "end-to-end (node --test, headless Chromium)"
node --test --test-concurrency=1 tests/e2e/*.test.mjs
