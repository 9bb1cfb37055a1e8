#!/usr/bin/env bash
# Builds everything: the CLI (release), the Wasm module, the extension
# (dist/extension + store zips) and the demo (dist/www). Installs what building
# needs (scripts/setup.sh --build: no browser).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --build
cargo build --release --bin whosaid
bash scripts/build-wasm.sh
bash scripts/build-extension.sh
bash scripts/build-www.sh
