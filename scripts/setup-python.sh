#!/usr/bin/env bash
# Installs what the Python package's tests need, and nothing that is already
# there (quick when everything is present):
#
#   - a Java runtime for Spark (Debian's openjdk-17-jre-headless) when there
#     is no `java`;
#   - a virtualenv at $WHOSAID_VENV (default target/python-venv) with
#     maturin, pytest, pyarrow, polars, duckdb, pyspark and pandas<3
#     (pyspark pulls pandas in, and warns on pandas 3).
#
# Prints the venv's python on the last line of stdout.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="${WHOSAID_VENV:-$root/target/python-venv}"

say() { echo "setup-python: $*" >&2; }
die() { echo "setup-python: $*" >&2; exit 1; }
as_root() {
  if [[ "$(id -u)" == 0 ]]; then "$@"
  elif command -v sudo >/dev/null; then sudo "$@"
  else die "need root (or sudo) to run: $*"
  fi
}

# --- Java, for pyspark ------------------------------------------------------
if ! command -v java >/dev/null; then
  command -v apt-get >/dev/null || die "no java and no apt-get to install openjdk-17-jre-headless"
  say "installing openjdk-17-jre-headless"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openjdk-17-jre-headless
fi

# --- the virtualenv ---------------------------------------------------------
py="$(command -v python3 || true)"
[[ -n "$py" ]] || die "no python3 (CPython >= 3.9 is needed)"
"$py" -c 'import sys; sys.exit(sys.version_info < (3, 9))' \
  || die "python3 is $("$py" --version 2>&1); whosaid needs CPython >= 3.9"
if [[ ! -x "$venv/bin/python" ]]; then
  if ! "$py" -m venv --help >/dev/null 2>&1; then
    say "installing python3-venv"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv
  fi
  say "creating $venv"
  "$py" -m venv "$venv"
fi
# The pins: pandas<3 for pyspark; the rest at their current versions. A
# stamp file holds the list, so a changed list reinstalls.
pkgs=(maturin pytest pyarrow polars duckdb pyspark "pandas<3")
stamp="$venv/.whosaid-packages"
if [[ ! -f "$stamp" || "$(cat "$stamp")" != "${pkgs[*]}" ]]; then
  say "installing ${pkgs[*]} into $venv"
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check "${pkgs[@]}"
  echo "${pkgs[*]}" >"$stamp"
fi
echo "$venv/bin/python"
