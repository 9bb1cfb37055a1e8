#!/usr/bin/env bash
# Build the browser extension.
#   scripts/build-extension.sh            -> dist/extension/ (Load unpacked), dist/whosaid-chrome.zip, dist/whosaid-firefox.zip
#   scripts/build-extension.sh --no-zip DIR  -> only the unpacked extension, into DIR (used by the tests)
# The Wasm module comes from dist/wasm (scripts/build-wasm.sh, run here if missing).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

zip=1
out="$root/dist/extension"
if [[ "${1:-}" == "--no-zip" ]]; then zip=0; out="${2:?usage: build-extension.sh --no-zip DIR}"; fi

if [[ ! -f dist/wasm/whosaid.js || ! -f dist/wasm/whosaid_bg.wasm ]]; then
  echo "build-extension: dist/wasm is missing, building it" >&2
  bash scripts/build-wasm.sh
fi

rm -rf "$out"
mkdir -p "$out/wasm"
# Everything under extension/ except the icon generator.
(cd extension && find . -type f ! -name 'draw-icons.mjs' -print0) | while IFS= read -r -d '' f; do
  mkdir -p "$out/$(dirname "$f")"
  cp "extension/$f" "$out/$f"
done
cp dist/wasm/whosaid.js dist/wasm/whosaid_bg.wasm "$out/wasm/"
# What a toolbar click injects, in one file (protocol.js CLICK_BUNDLE): CLICK_SCRIPTS joined in
# order; a ';' line between two files (no file's last statement runs into the next), none after the
# last (click.js's value is the injection's result).
node --input-type=module - "$root/extension" "$out" <<'JS'
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
const [src, out] = process.argv.slice(2);
const { CLICK_SCRIPTS, CLICK_BUNDLE } = await import(pathToFileURL(join(src, 'protocol.js')).href);
const parts = CLICK_SCRIPTS.map((f) => `// ---- ${f}\n` + readFileSync(join(src, f), 'utf8').replace(/\s*$/, '\n'));
writeFileSync(join(out, CLICK_BUNDLE), parts.join(';\n'));
JS

if [[ $zip == 1 ]]; then
  # Store packages: the same files; each manifest keeps only its browser's keys.
  node - "$out" "$root/dist" <<'JS'
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const [src, distDir] = process.argv.slice(2);

function files(dir, base = '') {
  return fs.readdirSync(path.join(dir, base), { withFileTypes: true }).flatMap((e) => {
    const rel = base ? base + '/' + e.name : e.name;
    return e.isDirectory() ? files(dir, rel) : [rel];
  }).sort();
}
const crcTable = Array.from({ length: 256 }, (_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c >>> 0; });
const crc32 = (buf) => { let c = 0xffffffff; for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };

// A plain deflate zip (no extra fields), fixed timestamps for reproducible packages.
function zip(entries, to) {
  const local = [], central = [];
  let offset = 0;
  const dosTime = 0, dosDate = ((2025 - 1980) << 9) | (1 << 5) | 1;
  for (const [name, data] of entries) {
    const nameBuf = Buffer.from(name, 'utf8');
    const deflated = zlib.deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0); h.writeUInt16LE(20, 4); h.writeUInt16LE(0x0800, 6); h.writeUInt16LE(8, 8);
    h.writeUInt16LE(dosTime, 10); h.writeUInt16LE(dosDate, 12); h.writeUInt32LE(crc, 14);
    h.writeUInt32LE(deflated.length, 18); h.writeUInt32LE(data.length, 22); h.writeUInt16LE(nameBuf.length, 26); h.writeUInt16LE(0, 28);
    local.push(h, nameBuf, deflated);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0); c.writeUInt16LE(20, 4); c.writeUInt16LE(20, 6); c.writeUInt16LE(0x0800, 8); c.writeUInt16LE(8, 10);
    c.writeUInt16LE(dosTime, 12); c.writeUInt16LE(dosDate, 14); c.writeUInt32LE(crc, 16);
    c.writeUInt32LE(deflated.length, 20); c.writeUInt32LE(data.length, 24); c.writeUInt16LE(nameBuf.length, 28);
    c.writeUInt32LE((0o100644 << 16) >>> 0, 38); c.writeUInt32LE(offset, 42);
    central.push(c, nameBuf);
    offset += 30 + nameBuf.length + deflated.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(entries.length, 8); end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12); end.writeUInt32LE(offset, 16);
  fs.writeFileSync(to, Buffer.concat([...local, cd, end]));
}

const manifest = JSON.parse(fs.readFileSync(path.join(src, 'manifest.json'), 'utf8'));
const chrome = structuredClone(manifest);
delete chrome.browser_specific_settings;
delete chrome.background.scripts;
const firefox = structuredClone(manifest);
delete firefox.background.service_worker;
delete firefox.minimum_chrome_version;
for (const [name, m] of [['whosaid-chrome.zip', chrome], ['whosaid-firefox.zip', firefox]]) {
  const entries = files(src).map((f) => [f, f === 'manifest.json' ? Buffer.from(JSON.stringify(m, null, 2) + '\n') : fs.readFileSync(path.join(src, f))]);
  zip(entries, path.join(distDir, name));
  console.log(`build-extension: dist/${name} (${entries.length} files)`);
}
JS
fi
echo "build-extension: $out"
