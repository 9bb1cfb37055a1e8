// The seed article (the project's sample www/samples/seed-gaza-ceasefire.txt) and
// its gold attributions (tests/fixtures/seed-gold.json, copied from the seed's
// hand-made gold), the German sample and its expected attributions (the same
// shape: www/samples/strassenbahn-lindenau.txt, tests/fixtures/german-sample-gold.json), and helpers that relate the ranges painted on a test page to
// gold offsets. The test pages hold a sample's paragraphs verbatim, one <p> each,
// inside a container; gold offsets are code points, equal to UTF-16 units here
// (the text has no astral characters).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './server.mjs';

export const SEED_TEXT_FILE = join(repoRoot, 'www', 'samples', 'seed-gaza-ceasefire.txt');
export const SEED_GOLD_FILE = join(repoRoot, 'tests', 'fixtures', 'seed-gold.json');

/** The German sample (written for the project) and its expected attributions, in the seed's shape. */
export const GERMAN_TEXT_FILE = join(repoRoot, 'www', 'samples', 'strassenbahn-lindenau.txt');
export const GERMAN_GOLD_FILE = join(repoRoot, 'tests', 'fixtures', 'german-sample-gold.json');

export const loadSeed = () => loadGold(SEED_TEXT_FILE, SEED_GOLD_FILE);
export const loadGermanSample = () => loadGold(GERMAN_TEXT_FILE, GERMAN_GOLD_FILE);

/** A sample's text, paragraphs and gold attributions (textFile: the sample; goldFile: its fixture). */
export function loadGold(textFile, goldFile) {
  const doc = JSON.parse(readFileSync(goldFile, 'utf8'));
  doc.text = readFileSync(textFile, 'utf8').replace(/\n+$/, '');
  // The fixture spells each span out: a sample edited without its gold fails here, by name.
  for (const [i, a] of doc.attributions.entries()) {
    const at = (s) => (s ? doc.text.slice(s[0], s[1]) : null);
    const want = a.as_text || {};
    const got = { source: at(a.source), cue: at(a.cue), content: a.content.map(at), ...(a.entity ? { entity: at(a.entity) } : {}) };
    if (JSON.stringify(got) !== JSON.stringify(want)) {
      throw new Error(`${goldFile}: attribution ${i}'s spans no longer match its text in ${textFile}: ${JSON.stringify(got)} vs ${JSON.stringify(want)}`);
    }
  }
  const text = doc.text;
  if ([...text].length !== text.length) throw new Error(`${textFile} has astral characters: offsets need converting`);
  const paragraphs = [];
  let at = 0;
  for (const chunk of text.split('\n\n')) {
    const t = chunk.replace(/\n+$/, '');
    if (t.trim()) paragraphs.push({ start: at, text: t });
    at += chunk.length + 2;
  }
  const slice = (s) => (s ? text.slice(s[0], s[1]) : null);
  const gold = doc.attributions.map((a) => ({
    ...a,
    sourceText: slice(a.source), cueText: slice(a.cue), contentText: a.content.map(slice), entityText: slice(a.entity),
  }));
  return { text, paragraphs, gold };
}

/**
 * In the page's main world: every range of every whosaid-* highlight, with its
 * text and, when inside one of the container's <p>, its [s, e) in seed offsets.
 */
export async function paintedRanges(page, container, paragraphStarts, { shadow = false } = {}) {
  return page.evaluate(({ container, starts, shadow }) => {
    // shadow: container is a shadow host; its paragraphs are in its shadow root, then slotted ones.
    const host = shadow && document.querySelector(container);
    const paras = shadow
      ? [...host.shadowRoot.querySelectorAll('p'), ...host.querySelectorAll(':scope > p[slot]')]
      : [...document.querySelectorAll(container + ' p')];
    const pos = (node, offset) => {
      const el = node.nodeType === 1 ? node : node.parentElement;
      const p = el && el.closest('p');
      const i = paras.indexOf(p);
      if (i < 0) return null;
      if (node.nodeType === 1) { // element boundary: count the text before the child at offset
        const r = document.createRange();
        r.setStart(p, 0); r.setEnd(node, offset);
        return starts[i] + r.toString().length;
      }
      const w = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      let sum = 0;
      for (let t = w.nextNode(); t; t = w.nextNode()) {
        if (t === node) return starts[i] + sum + offset;
        sum += t.data.length;
      }
      return null;
    };
    const out = [];
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith('whosaid-')) continue;
      for (const r of h) {
        const s = pos(r.startContainer, r.startOffset);
        const e = pos(r.endContainer, r.endOffset);
        out.push({ name: name.slice(8), text: r.toString(), s, e, inside: s !== null && e !== null });
      }
    }
    return out;
  }, { container, starts: paragraphStarts, shadow });
}

/** Differences between the painted ranges and the gold attributions (empty when all is well). */
export function compareWithGold(painted, seed) {
  const problems = [];
  const has = (name, s, e) => painted.some((r) => r.name === name && r.s === s && r.e === e);
  const covered = (names) => {
    const set = new Set();
    for (const r of painted) if (names.includes(r.name) && r.inside) for (let k = r.s; k < r.e; k++) set.add(k);
    return set;
  };
  const direct = covered(['direct']);
  const indirect = covered(['indirect']);
  const any = covered(['direct', 'indirect']);
  for (const g of seed.gold) {
    const label = `${g.kind} "${g.sourceText}" ${g.cueText}`;
    if (g.source && !has('source', g.source[0], g.source[1])) problems.push(`${label}: source "${g.sourceText}" not painted as a source`);
    if (g.cue && !has('cue', g.cue[0], g.cue[1])) problems.push(`${label}: cue "${g.cueText}" not painted as a cue`);
    for (const [s, e] of g.content) {
      const want = g.kind === 'direct' ? direct : g.kind === 'indirect' ? indirect : any;
      const missing = [];
      for (let k = s; k < e; k++) if (/[\p{L}\p{N}]/u.test(seed.text[k]) && !want.has(k)) missing.push(k);
      if (missing.length) problems.push(`${label}: ${missing.length} letters of the ${g.kind} content not painted as ${g.kind === 'mixed' ? 'direct/indirect' : g.kind}, from "${seed.text.slice(missing[0], missing[0] + 30)}"`);
      if (g.kind === 'mixed') {
        let d = 0, i = 0;
        for (let k = s; k < e; k++) { if (direct.has(k)) d++; if (indirect.has(k)) i++; }
        if (!d || !i) problems.push(`${label}: mixed content should be painted partly direct and partly indirect (direct ${d}, indirect ${i})`);
      }
    }
  }
  const outside = painted.filter((r) => !r.inside);
  if (outside.length) problems.push(`painted outside the article text: ${outside.map((r) => `${r.name} "${r.text.slice(0, 40)}"`).join('; ')}`);
  return problems;
}
