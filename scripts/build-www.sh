#!/usr/bin/env bash
# Assembles the static demo in dist/www/ from www/, the Wasm module in
# dist/wasm/ (built first by scripts/build-wasm.sh if missing) and the shared
# page-side UI in extension/ui/ (as ui/). Serve it with: node scripts/serve.mjs
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ ! -f dist/wasm/whosaid.js || ! -f dist/wasm/whosaid_bg.wasm ]]; then
  echo "build-www: dist/wasm missing, running scripts/build-wasm.sh" >&2
  scripts/build-wasm.sh
fi
for f in dist/wasm/whosaid.js dist/wasm/whosaid_bg.wasm extension/ui/mount.js extension/ui/whosaid.css; do
  [[ -f $f ]] || { echo "build-www: missing $f" >&2; exit 1; }
done

out=dist/www
rm -rf "$out"
mkdir -p "$out/wasm" "$out/ui"
cp -R www/. "$out/"
rm -f "$out/README.md"
cp dist/wasm/whosaid.js dist/wasm/whosaid_bg.wasm "$out/wasm/"
cp extension/ui/*.js extension/ui/whosaid.css "$out/ui/"
# The shared UI's messages (the extension's catalogue; the demo adds its own from www/locales/).
cp -R extension/_locales "$out/_locales"

# The service worker's precache list: every file of the build, and a version
# that changes whenever any of them does.
(
  cd "$out"
  files=$(find . -type f ! -name sw.js ! -name precache.js | sed 's|^\./||' | LC_ALL=C sort)
  version=$(for f in $files; do sha256sum "$f"; done | sha256sum | cut -c1-16)
  {
    echo "// Written by scripts/build-www.sh: the files the service worker caches."
    printf 'self.WHOSAID_PRECACHE = {\n  version: "%s",\n  files: [\n    "./",\n' "$version"
    for f in $files; do printf '    "%s",\n' "$f"; done
    printf '  ],\n};\n'
  } > precache.js
)

echo "build-www: $out ($(du -sh "$out" | cut -f1)); serve with: node scripts/serve.mjs"
