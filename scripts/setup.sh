#!/usr/bin/env bash
# Installs what building and testing whosaid needs, and nothing that is
# already there (quiet and quick when everything is present):
#
#   - Rust (rustup, minimal profile) if there is no cargo, and the
#     wasm32-unknown-unknown target;
#   - wasm-bindgen-cli at the version Cargo.lock pins for wasm-bindgen;
#   - chromium and firefox-esr (apt), for the end-to-end tests only: not with
#     --build (what scripts/build.sh and scripts/start.sh need: no browser);
#     with chromium-l10n and firefox-esr-l10n-de, for the tests of the German UI;
#   - a C linker and node/npm (apt) when missing;
#   - the npm dev tools (npm ci, PUPPETEER_SKIP_DOWNLOAD=1: no browser download)
#     when node_modules is missing or older than package-lock.json.
#
#   scripts/setup.sh            everything (the test command runs this)
#   scripts/setup.sh --build    building and serving only
#
# Uses sudo for apt-get only when not running as root.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
browsers=1
[[ "${1:-}" == "--build" ]] && browsers=0

say() { echo "setup: $*"; }
die() { echo "setup: $*" >&2; exit 1; }
as_root() {
  if [[ "$(id -u)" == 0 ]]; then
    "$@"
  elif command -v sudo >/dev/null; then
    sudo "$@"
  else
    die "need root (or sudo) to run: $*"
  fi
}

if ! command -v cargo >/dev/null && [[ -f "$HOME/.cargo/env" ]]; then
  # shellcheck disable=SC1091
  . "$HOME/.cargo/env"
fi

# --- system packages -----------------------------------------------------
apt_pkgs=()
if ((browsers)); then
  [[ -x /usr/bin/chromium ]] || apt_pkgs+=(chromium)
  [[ -x /usr/bin/firefox-esr ]] || apt_pkgs+=(firefox-esr)
  # The German UI in the end-to-end tests (an extension's chrome.i18n follows the browser's language).
  [[ -f /usr/lib/chromium/locales/de.pak ]] || apt_pkgs+=(chromium-l10n)
  [[ -f /usr/lib/firefox-esr/browser/extensions/langpack-de@firefox-esr.mozilla.org.xpi ]] || apt_pkgs+=(firefox-esr-l10n-de)
fi
command -v cc >/dev/null || apt_pkgs+=(gcc libc6-dev)
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  apt_pkgs+=(nodejs npm)
fi
if ! command -v cargo >/dev/null && ! command -v curl >/dev/null; then
  apt_pkgs+=(curl ca-certificates)
fi
if ((${#apt_pkgs[@]})); then
  command -v apt-get >/dev/null || die "missing ${apt_pkgs[*]} and no apt-get to install them"
  say "installing ${apt_pkgs[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${apt_pkgs[@]}"
fi

# --- Rust ----------------------------------------------------------------
if ! command -v cargo >/dev/null; then
  say "installing Rust (rustup, minimal profile)"
  curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal
  # shellcheck disable=SC1091
  . "$HOME/.cargo/env"
fi
if command -v rustup >/dev/null; then
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
else
  sysroot="$(rustc --print sysroot)"
  [[ -d "$sysroot/lib/rustlib/wasm32-unknown-unknown" ]] \
    || die "Rust has no wasm32-unknown-unknown target and there is no rustup to add it"
fi

# --- wasm-bindgen-cli, the version Cargo.lock pins ------------------------
want="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)"
[[ -n "$want" ]] || die "no wasm-bindgen entry in Cargo.lock"
have="$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }' || true)"
if [[ "$have" != "$want" ]]; then
  say "installing wasm-bindgen-cli $want${have:+ (found $have)}"
  cargo install wasm-bindgen-cli --version "$want"
fi

# --- npm dev tools ---------------------------------------------------------
if [[ ! -d node_modules || package-lock.json -nt node_modules/.package-lock.json ]]; then
  say "installing npm dev tools (npm ci)"
  PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund
fi
