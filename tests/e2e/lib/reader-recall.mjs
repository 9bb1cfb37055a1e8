// Article recall against Readability: of the attributions the engine finds in
// a page's article text as Mozilla Readability extracts it
// (../shared/pages/reader/NAME.txt), how many did the extension paint on the
// live page, and how many painted claims match none of them (stray)?
//
//   - a reader claim (one attribution's content) counts as painted when at
//     least 80% of its words are covered by painted claims;
//   - a painted claim (one content highlight: direct, indirect or
//     unattributed) is stray when fewer than half of its words belong to any
//     reader claim.
//
// "Covered" and "belongs" are decided on word trigrams, with no alignment
// between the two texts: a word is covered when a trigram holding it (within
// one span) occurs in the other side's claims, or a whole span of one or two
// words of the other side matches it; a span of one or two words is covered
// when it occurs in the other side's claims. Words are letters and digits,
// lowercased, with curly apostrophes made straight.
//
// Readability keeps image and video captions; whosaid never takes a caption
// as article text (like figcaption). A missed reader claim whose words are
// covered by a caption on the live page (figcaption, or an element whose
// class or itemprop says caption) is counted apart, and the figures are
// printed both ways: against all of Readability's text, and without its
// captions.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from './server.mjs';
import { sharedPagesDir } from './shared.mjs';

export const readerDir = join(sharedPagesDir, 'reader');
export const COVERED = 0.8;
export const STRAY = 0.5;
const CONTENT_HIGHLIGHTS = ['direct', 'indirect', 'unattributed'];

/** The reader text of a saved page (NAME.html → reader/NAME.txt), or null. */
export function readerText(pageFile) {
  const f = join(readerDir, pageFile.replace(/\.html$/, '.txt'));
  return existsSync(f) ? readFileSync(f, 'utf8') : null;
}

/** The Wasm engine under node (dist/wasm, built by scripts/build-wasm.sh). */
export async function loadEngine(dir = join(repoRoot, 'dist', 'wasm')) {
  const w = await import(pathToFileURL(join(dir, 'whosaid.js')).href);
  w.initSync({ module: readFileSync(join(dir, 'whosaid_bg.wasm')) });
  return w;
}

export const words = (s) =>
  (s.normalize('NFKC').toLowerCase().replace(/[\u2018\u2019\u02bc]/g, "'").match(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu) || []);

/** The reader text's claims: per attribution, the words of each content span. */
export function readerClaims(engine, text) {
  const r = engine.analyzeText(text);
  return r.attributions
    .map((a) => ({ text: a.content.map((c) => text.slice(c.start, c.end)).join(' … '), spans: a.content.map((c) => words(text.slice(c.start, c.end))) }))
    .filter((c) => c.spans.some((s) => s.length));
}

/** The painted claims on the page (main world: the one CSS.highlights registry every world sees): each content highlight's text. */
export const paintedClaims = (page) => page.evaluate((names) => {
  const out = [];
  for (const n of names) {
    const h = CSS.highlights.get('whosaid-' + n);
    if (h) for (const r of h) out.push(r.toString());
  }
  return out;
}, CONTENT_HIGHLIGHTS).then((texts) => texts.map((t) => ({ text: t, spans: [words(t)] })).filter((c) => c.spans[0].length));

/** The captions on the page: figcaption and elements whose class or itemprop names a caption. */
export const pageCaptions = (page) => page.evaluate(() =>
  [...document.querySelectorAll('figcaption, [class*="caption" i], [itemprop~="caption"]')].map((e) => e.textContent))
  .then((texts) => texts.map((t) => ({ text: t, spans: [words(t)] })).filter((c) => c.spans[0].length));

const key = (ws, i, n) => ws.slice(i, i + n).join(' ');

/**
 * The n-grams of a set of claims: tri, the trigrams of spans of 3+ words; whole, the spans of 1 or 2 words;
 * sub, every 1- and 2-gram (where a short span of the other side is looked up).
 */
function grams(claims) {
  const g = { tri: new Set(), whole: new Set(), sub: new Set() };
  for (const c of claims) {
    for (const s of c.spans) {
      if (s.length && s.length < 3) g.whole.add(key(s, 0, s.length));
      for (let i = 0; i < s.length; i++) {
        g.sub.add(key(s, i, 1));
        if (i + 2 <= s.length) g.sub.add(key(s, i, 2));
        if (i + 3 <= s.length) g.tri.add(key(s, i, 3));
      }
    }
  }
  return g;
}

/** The share of a claim's words covered by the other side's n-grams. */
function covered(claim, g) {
  let total = 0, hit = 0;
  for (const s of claim.spans) {
    total += s.length;
    if (s.length < 3) { if (s.length && g.sub.has(key(s, 0, s.length))) hit += s.length; continue; }
    const mark = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) {
      if (i + 3 <= s.length && g.tri.has(key(s, i, 3))) mark.fill(1, i, i + 3);
      if (g.whole.has(key(s, i, 1))) mark[i] = 1;
      if (i + 2 <= s.length && g.whole.has(key(s, i, 2))) mark.fill(1, i, i + 2);
    }
    for (const m of mark) hit += m;
  }
  return total ? hit / total : 1;
}

/**
 * One page's figures: expected (reader claims), found (painted of them), captions (misses that are captions on the
 * page), painted claims, stray of them; and the misses (each marked caption or not) and the strays.
 */
export function compare(reader, painted, captions = []) {
  const paintedSet = grams(painted);
  const readerSet = grams(reader);
  const captionSet = grams(captions);
  const missed = reader.filter((c) => covered(c, paintedSet) < COVERED)
    .map((c) => ({ ...c, caption: captions.length > 0 && covered(c, captionSet) >= COVERED }));
  const stray = painted.filter((c) => covered(c, readerSet) < STRAY);
  return {
    expected: reader.length, found: reader.length - missed.length, captions: missed.filter((c) => c.caption).length,
    painted: painted.length, stray: stray.length, missed, strays: stray,
  };
}

/** Totals over pages, and the printed lines (one a page, then the totals). */
export function report(rows) {
  const t = rows.reduce((s, r) => ({
    expected: s.expected + r.expected, found: s.found + r.found, captions: s.captions + r.captions, painted: s.painted + r.painted, stray: s.stray + r.stray,
  }), { expected: 0, found: 0, captions: 0, painted: 0, stray: 0 });
  const noCaptions = (r) => r.captions ? `; without Readability's captions ${r.found} of ${r.expected - r.captions} (${ratio(r.found, r.expected - r.captions).toFixed(3)})` : '';
  const ratio = (a, b) => (b ? a / b : 1);
  const w = Math.max(4, ...rows.map((r) => r.page.length));
  const lines = rows.map((r) => `${r.page.padEnd(w)}  painted ${String(r.found).padStart(3)} of ${String(r.expected).padStart(3)} reader claims` +
    ` (${ratio(r.found, r.expected).toFixed(3)})  stray ${String(r.stray).padStart(3)} of ${String(r.painted).padStart(3)} painted` +
    (r.captions ? `  (${r.captions} missed ${r.captions === 1 ? 'is a caption' : 'are captions'}${noCaptions(r)})` : ''));
  lines.push(`${'all'.padEnd(w)}  painted ${t.found} of ${t.expected} reader claims (${ratio(t.found, t.expected).toFixed(3)})` +
    `  stray ${t.stray} of ${t.painted} painted (${(100 * (t.painted ? t.stray / t.painted : 0)).toFixed(1)}%)` +
    (t.captions ? `\n${' '.repeat(w)}  ${t.captions} of the misses are captions, which Readability keeps and whosaid never takes as article text${noCaptions(t)}` : ''));
  return {
    ...t, recall: ratio(t.found, t.expected), recallWithoutCaptions: ratio(t.found, t.expected - t.captions),
    strayShare: t.painted ? t.stray / t.painted : 0, lines,
  };
}
