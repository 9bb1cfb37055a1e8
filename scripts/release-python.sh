#!/usr/bin/env bash
# Builds the Python release wheel: dist/whosaid-VERSION-cp39-abi3-*.whl, one
# abi3 wheel for CPython >= 3.9, VERSION the crate's (the CLI's and the
# extension's: this script refuses to build when they differ). With zig
# (`zig` on PATH, or the ziglang package in the build venv; --install-zig
# installs it there) the wheel is manylinux2014, for older cluster nodes;
# without, it carries this machine's glibc tag (manylinux_2_34 on Debian 12).
# Then installs the wheel into a fresh venv and imports it.
#
#   scripts/release-python.sh [--install-zig]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
die() { echo "release-python: $*" >&2; exit 1; }

version="$(awk -F'"' '/^version = / { print $2; exit }' Cargo.toml)"
pyversion="$(awk -F'"' '/^version = / { print $2; exit }' python/Cargo.toml)"
extversion="$(awk -F'"' '/"version":/ { print $4; exit }' extension/manifest.json)"
[[ "$pyversion" == "$version" ]] || die "python/Cargo.toml is $pyversion, Cargo.toml $version: one number for both"
[[ "$extversion" == "$version" ]] || die "extension/manifest.json is $extversion, Cargo.toml $version"

py="$(bash scripts/setup-python.sh | tail -n 1)"
venv="$(dirname "$(dirname "$py")")"
if [[ "${1:-}" == "--install-zig" ]]; then
  "$py" -m pip install --quiet --disable-pip-version-check ziglang
fi
args=(build --release --quiet --out "$root/dist" --manifest-path python/Cargo.toml)
if command -v zig >/dev/null || "$py" -c 'import ziglang' 2>/dev/null; then
  args+=(--zig --compatibility manylinux2014)
  kind="manylinux2014 (zig)"
else
  kind="this machine's glibc (no zig: pass --install-zig for manylinux2014)"
fi
mkdir -p dist
rm -f dist/whosaid-"$version"-cp39-abi3-*.whl
PATH="$venv/bin:$PATH" VIRTUAL_ENV="$venv" "$venv/bin/maturin" "${args[@]}"
shopt -s nullglob
wheels=(dist/whosaid-"$version"-cp39-abi3-*.whl)
((${#wheels[@]} == 1)) || die "expected one dist/whosaid-$version-cp39-abi3-*.whl, found ${#wheels[@]}"
wheel="${wheels[0]}"

check="$(mktemp -d)"
trap 'rm -rf "$check"' EXIT
"$py" -m venv "$check/venv"
"$check/venv/bin/pip" install --quiet --disable-pip-version-check "$wheel"
(cd "$check" && venv/bin/python -c '
import sys, whosaid
r = whosaid.analyze("\u201cWe will rebuild,\u201d the mayor said.")
assert r["attributions"][0]["source_text"] == "the mayor", r
assert whosaid.__version__ == sys.argv[1], whosaid.__version__
' "$version")
echo "release-python: $wheel ($(du -k "$wheel" | cut -f1) KB, $kind), installs and runs"
