#!/usr/bin/env bash
# Builds the Python package (python/, PyO3 + maturin) into the test
# virtualenv that scripts/setup-python.sh makes, as an editable install:
# the native module lands in python/whosaid/, rebuilt only when the Rust
# changed. Prints the venv's python on the last line of stdout.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
py="$(bash "$root/scripts/setup-python.sh" | tail -n 1)"
venv="$(dirname "$(dirname "$py")")"
cd "$root/python"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
if ! VIRTUAL_ENV="$venv" PATH="$venv/bin:$PATH" "$venv/bin/maturin" develop --release --quiet >"$log" 2>&1; then
  cat "$log" >&2
  echo "build-python: maturin develop failed (above)" >&2
  exit 1
fi
"$py" -c 'import whosaid' || { echo "build-python: whosaid does not import after the build" >&2; exit 1; }
echo "$py"
