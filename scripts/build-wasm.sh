#!/usr/bin/env bash
# Build the Wasm module into dist/wasm (whosaid.js + whosaid_bg.wasm).
#
#   cargo build --lib --target wasm32-unknown-unknown --profile wasm
#   wasm-bindgen --target web --out-dir dist/wasm --out-name whosaid
#   node_modules/.bin/wasm-opt -O3   (binaryen from npm; Debian's wasm-opt 108
#                                     mangles wasm-bindgen output)
#
# Then checks that the optimised module still loads and answers under node,
# and prints the gzipped size (the budget is 250 KB for the whole engine, every language included).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

out=dist/wasm
target_dir="${CARGO_TARGET_DIR:-$root/target}"
raw="$target_dir/wasm32-unknown-unknown/wasm/whosaid.wasm"
wasm_opt="$root/node_modules/.bin/wasm-opt"

if ! command -v cargo >/dev/null && [[ -f "$HOME/.cargo/env" ]]; then
  # shellcheck disable=SC1091
  . "$HOME/.cargo/env" # a Rust that scripts/setup.sh just installed
fi
for tool in cargo wasm-bindgen node; do
  command -v "$tool" >/dev/null || { echo "build-wasm: $tool not found; run scripts/setup.sh" >&2; exit 1; }
done
[[ -x "$wasm_opt" ]] || { echo "build-wasm: $wasm_opt not found; run scripts/setup.sh (npm ci)" >&2; exit 1; }

cargo build --lib --target wasm32-unknown-unknown --profile wasm

# Built and checked in a private directory, then moved into place: a
# concurrent build or test never sees a half-written dist/wasm.
mkdir -p dist
tmp="$(mktemp -d dist/.wasm-build.XXXXXX)"
chmod 755 "$tmp"
trap 'rm -rf "$tmp"' EXIT
wasm-bindgen --target web --out-dir "$tmp" --out-name whosaid "$raw"

# The features rustc's wasm32 target emits by default (and wasm-bindgen keeps).
# -ocimfs 200: a function with one caller is inlined only up to 200 bytes (binaryen's default has no
# limit, and merged the whole pipeline into one 65 KB function). The browser compiles each function
# on its first call (Liftoff), and its time on one huge function was most of a cold click: the first
# analysis in node took 71-109 ms with the one function, 35-47 ms without (alternated runs, load 8);
# warm analyses the same (written-dev as one page: 8.8 ms of CPU a call either way); 2 KB smaller
# gzipped. (-ocimfs 50 came to 5 KB less again, but 20% slower warm.)
"$wasm_opt" -O3 --one-caller-inline-max-function-size 200 \
  --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-multivalue --enable-reference-types \
  "$tmp/whosaid_bg.wasm" -o "$tmp/whosaid_bg.opt.wasm"
mv "$tmp/whosaid_bg.opt.wasm" "$tmp/whosaid_bg.wasm"

# The optimised module must still work: load it the way the tests do and
# run every export once.
node --input-type=module - "$root/$tmp" <<'JS'
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
const dir = process.argv[2];
const m = await import(pathToFileURL(path.join(dir, 'whosaid.js')).href);
m.initSync({ module: fs.readFileSync(path.join(dir, 'whosaid_bg.wasm')) });
const text = '“We will rebuild,” the mayor said on Monday.';
const t = m.analyzeText(text);
const p = m.analyzePage({
  elements: [{ parent: -1, tag: 'article', attrs: '', hidden: false }, { parent: 0, tag: 'p', attrs: '', hidden: false }],
  nodes: [{ text, parent: 1 }],
});
const r = m.exportJson(text, 'check');
const c = m.exportCsv(text);
let threw = false;
try { m.analyzePage('nope'); } catch (e) { threw = e instanceof Error && /analyzePage/.test(e.message); }
if (!Array.isArray(t.attributions) || !p.article || p.article.found !== true || r.id !== 'check'
    || !c.startsWith('speaker,') || !threw || typeof m.version() !== 'string') {
  console.error('build-wasm: the optimised module does not answer as it should');
  process.exit(1);
}
JS
size=$(wc -c < "$tmp/whosaid_bg.wasm")
gz=$(gzip -9 -c "$tmp/whosaid_bg.wasm" | wc -c)
if (( gz > 250 * 1024 )); then
  echo "build-wasm: $((gz / 1024)) KB gzipped, over the 250 KB budget" >&2
  exit 1
fi
rm -rf "$out"
mv -T "$tmp" "$out" || { rm -rf "$out" && mv -T "$tmp" "$out"; }
echo "build-wasm: $out/whosaid_bg.wasm $((size / 1024)) KB, $((gz / 1024)) KB gzipped (budget 250 KB)"
