// Draws the whosaid icon (a speech bubble holding a quotation mark, over a
// thick amber underline) at 16, 32, 48 and 128 px and writes PNGs.
// No dependencies: shapes are tested per sub-pixel and encoded with zlib.
// Run: node extension/icons/draw-icons.mjs   (not shipped in the extension)
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

const roundRect = (x, y, x0, y0, x1, y1, r) => {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const circle = (x, y, cx, cy, r) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const triangle = (x, y, [ax, ay], [bx, by], [cx, cy]) => {
  const s = (px, py, qx, qy, rx, ry) => (px - rx) * (qy - ry) - (qx - rx) * (py - ry);
  const d1 = s(x, y, ax, ay, bx, by), d2 = s(x, y, bx, by, cx, cy), d3 = s(x, y, cx, cy, ax, ay);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
};
// A comma-like quotation mark: a dot with a tail sweeping down-left.
const quoteMark = (x, y, cx, cy, r) => circle(x, y, cx, cy, r) || triangle(x, y, [cx - r * 0.95, cy + r * 0.1], [cx + r * 0.2, cy + r * 0.7], [cx - r * 1.3, cy + r * 2.1]);

// Colour of a point in unit coordinates (later shapes on top), or null.
function colour(x, y) {
  let c = null;
  if (roundRect(x, y, 0.02, 0.02, 0.98, 0.98, 0.2)) c = [27, 27, 31];
  const bubble = roundRect(x, y, 0.14, 0.13, 0.86, 0.68, 0.13) || triangle(x, y, [0.26, 0.6], [0.46, 0.6], [0.22, 0.82]);
  if (bubble) c = [255, 255, 255];
  if (quoteMark(x, y, 0.41, 0.33, 0.085) || quoteMark(x, y, 0.63, 0.33, 0.085)) c = [13, 148, 136];
  if (roundRect(x, y, 0.14, 0.8, 0.86, 0.9, 0.04)) c = [230, 149, 0];
  return c;
}

function png(size) {
  const ss = 6; // sub-samples per axis
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let py = 0; py < size; py++) {
    raw[py * (size * 4 + 1)] = 0; // filter: none
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < ss; sy++) for (let sx = 0; sx < ss; sx++) {
        const c = colour((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size);
        if (c) { r += c[0]; g += c[1]; b += c[2]; a++; }
      }
      const o = py * (size * 4 + 1) + 1 + px * 4;
      if (a) { raw[o] = Math.round(r / a); raw[o + 1] = Math.round(g / a); raw[o + 2] = Math.round(b / a); }
      raw[o + 3] = Math.round((255 * a) / (ss * ss));
    }
  }
  const crcTable = Array.from({ length: 256 }, (_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c >>> 0; });
  const crc = (buf) => { let c = 0xffffffff; for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
  const chunk = (type, data) => {
    const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const c = Buffer.alloc(4); c.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, c]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0; // 8-bit RGBA
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

for (const size of [16, 32, 48, 128]) writeFileSync(join(here, `icon-${size}.png`), png(size));
