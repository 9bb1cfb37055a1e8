#!/usr/bin/env bash
# Every test: format and lints, the Rust tests (unit, integration, doc), the
# Wasm, extension and demo builds, the end-to-end tests in headless Chromium and
# Firefox (with ../shared out of reach), and the quality gate over ../shared when
# it is there (gold sets, the saved real pages in both browsers).
set -euo pipefail
cd "$(dirname "$0")/.."
# Each step's time is printed when the next one starts (and the total at the end).
started=$SECONDS
last=$SECONDS
last_name=""
step() {
  [[ -n "$last_name" ]] && printf -- '-- %s: %d s\n' "$last_name" $((SECONDS - last))
  last=$SECONDS
  last_name="$*"
  printf '\n== %s\n' "$*"
}
trap 'rc=$?; [[ -n "$last_name" ]] && printf -- "-- %s: %d s\n" "$last_name" $((SECONDS - last)); printf -- "-- test command: %d s in all (exit %d)\n" $((SECONDS - started)) $rc' EXIT

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

step "build: wasm, extension, demo"
bash scripts/build-wasm.sh
bash scripts/build-extension.sh
bash scripts/build-www.sh

step "fresh clone: no test but the quality gate's reads ../shared"
# The quality gate (scripts/quality.sh: smoke-pages and its lib/reader-recall.mjs, through
# lib/shared.mjs) and tests/lexicon_coverage.rs (which skips) may (comments aside);
# everything else uses the project's own fixtures. The end-to-end run below also has
# ../shared out of reach (WHOSAID_SHARED points nowhere).
if grep -nE "(['\"/]|\.\./)shared['\"/]" tests/e2e/*.mjs tests/e2e/lib/*.mjs tests/*.rs \
    | grep -vE '^[^:]+:[0-9]+: *(//|\*)|^tests/e2e/lib/shared\.mjs:|^tests/lexicon_coverage\.rs:|^tests/e2e/smoke-pages\.test\.mjs:|^tests/e2e/lib/server\.mjs:[0-9]+: +const m = '; then
  echo "test: the lines above read ../shared outside the quality gate (use tests/fixtures, or lib/shared.mjs from a quality-gate test)" >&2
  exit 1
fi
echo "fresh clone: ok"

step "end-to-end (node --test; the extension in headless Chromium and Firefox; ../shared out of reach)"
WHOSAID_SHARED="$(mktemp -d)/no-shared" node --test --test-concurrency=1 tests/e2e/*.test.mjs

step "quality gate (../shared: gold sets, saved real pages)"
bash scripts/quality.sh
