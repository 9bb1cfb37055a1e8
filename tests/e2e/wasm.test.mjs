// The Wasm module's JavaScript API (docs/wasm-api.md) under node.
//
//   bash scripts/build-wasm.sh && node --test tests/e2e/wasm.test.mjs
//
// Loads dist/wasm/whosaid.js with initSync (WHOSAID_WASM=dir to test another
// build) and checks the shapes of analyzeText, analyzePage, articleText, exportJson and
// exportCsv, that bad input throws an Error with a message (and leaves the
// module usable), that analyzePage chooses the article of a fixture page and
// returns ranges inside its nodes, and the gzipped size budget.

import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DIR = process.env.WHOSAID_WASM ? path.resolve(process.env.WHOSAID_WASM) : path.join(ROOT, 'dist', 'wasm');
const JS = path.join(DIR, 'whosaid.js');
const WASM = path.join(DIR, 'whosaid_bg.wasm');
const BUDGET = 250 * 1024;

const fixture = (name) => JSON.parse(fs.readFileSync(path.join(ROOT, 'tests', 'fixtures', 'pages', `${name}.json`), 'utf8'));
const normalize = (s) => s.replace(/[\u00ad\u200b\ufeff\u2060]/g, '').split(/\s+/).filter(Boolean).join(' ');

const SEED = '“We will rebuild,” the mayor said on Monday. A spokesman for the utility said repairs would take a week, according to a statement. ' +
  'Diaa Rashwan, who heads Egypt’s State Information Service, said the talks were “positive” 😀.';

let w;

before(async () => {
  for (const f of [JS, WASM]) {
    if (!fs.existsSync(f)) throw new Error(`${f} is missing: run scripts/build-wasm.sh first`);
  }
  w = await import(pathToFileURL(JS).href);
  w.initSync({ module: fs.readFileSync(WASM) });
});

/** The text a page range covers, from the input's nodes. */
function sourceOf(input, r) {
  const t = (i) => input.nodes[i].text;
  if (r.startNode === r.endNode) return t(r.startNode).slice(r.startOffset, r.endOffset);
  let s = t(r.startNode).slice(r.startOffset);
  for (let i = r.startNode + 1; i < r.endNode; i++) s += t(i);
  return s + t(r.endNode).slice(0, r.endOffset);
}

function checkPageRange(input, r) {
  assert.deepEqual(Object.keys(r).sort(), ['endNode', 'endOffset', 'startNode', 'startOffset']);
  for (const k of Object.keys(r)) assert.ok(Number.isInteger(r[k]) && r[k] >= 0, `${k} = ${r[k]}`);
  assert.ok(r.startNode < input.nodes.length && r.endNode < input.nodes.length);
  assert.ok(r.startOffset <= input.nodes[r.startNode].text.length);
  assert.ok(r.endOffset <= input.nodes[r.endNode].text.length);
  assert.ok(r.startNode < r.endNode || (r.startNode === r.endNode && r.startOffset < r.endOffset), JSON.stringify(r));
}

function checkSummary(s) {
  assert.deepEqual(Object.keys(s).sort(), ['anonymousShare', 'claims', 'directShare', 'sources']);
  assert.ok(Number.isInteger(s.sources) && Number.isInteger(s.claims));
  for (const k of ['anonymousShare', 'directShare']) assert.ok(s[k] >= 0 && s[k] <= 1, `${k} = ${s[k]}`);
}

function checkAttributionShape(a, i, speakers) {
  assert.equal(a.id, i);
  assert.ok(['direct', 'indirect', 'mixed'].includes(a.kind), a.kind);
  assert.ok(Array.isArray(a.content) && Array.isArray(a.contentText));
  assert.equal(a.content.length, a.contentText.length);
  assert.equal(a.cue === null, a.cueText === null);
  assert.equal(a.source === null, a.sourceText === null);
  assert.ok(a.speaker === null || (Number.isInteger(a.speaker) && a.speaker < speakers.length));
  assert.ok(a.entity === null || typeof a.entity === 'string');
  assert.ok(a.confidence >= 0 && a.confidence <= 1);
}

function checkSpeakers(speakers, attributions) {
  speakers.forEach((s, i) => {
    assert.equal(s.id, i);
    assert.equal(typeof s.name, 'string');
    assert.ok(['person', 'anonymous', 'organisation', 'document', 'unknown'].includes(s.kind), s.kind);
    assert.ok(s.role === null || typeof s.role === 'string');
    assert.equal(typeof s.named, 'boolean');
    assert.ok(Number.isInteger(s.mentions));
    for (const a of s.attributions) assert.ok(a < attributions.length);
  });
}

test('version is the crate version', () => {
  const cargo = fs.readFileSync(path.join(ROOT, 'Cargo.toml'), 'utf8');
  assert.equal(w.version(), /^version = "([^"]+)"/m.exec(cargo)[1]);
});

test('analyzeText returns the contract shape with UTF-16 ranges', () => {
  const r = w.analyzeText(SEED);
  assert.deepEqual(Object.keys(r).sort(), ['attributions', 'speakers', 'summary']);
  assert.equal(Object.getPrototypeOf(r), Object.prototype, 'a plain object, not a Map');
  checkSummary(r.summary);
  checkSpeakers(r.speakers, r.attributions);
  r.attributions.forEach((a, i) => {
    checkAttributionShape(a, i, r.speakers);
    for (const [range, text] of [[a.cue, a.cueText], [a.source, a.sourceText], ...a.content.map((c, k) => [c, a.contentText[k]])]) {
      if (range === null) continue;
      assert.deepEqual(Object.keys(range).sort(), ['end', 'start']);
      assert.equal(SEED.slice(range.start, range.end), text);
    }
  });
  const empty = w.analyzeText('');
  assert.deepEqual(empty.attributions, []);
  assert.deepEqual(empty.summary, { sources: 0, claims: 0, anonymousShare: 0, directShare: 0 });
});

test('analyzePage chooses the article of a news page and maps ranges into its nodes', () => {
  const input = fixture('bridge-closure');
  const r = w.analyzePage(input);
  assert.deepEqual(Object.keys(r).sort(), ['article', 'attributions', 'speakers', 'summary']);
  const body = input.elements.findIndex((e) => e.attrs === 'story-body itemprop:articlebody');
  assert.ok(body >= 0);
  assert.deepEqual(r.article, {
    found: true,
    root: body,
    firstWords: 'Engineers closed the Vestbro harbour bridge',
    textLength: r.article.textLength,
    truncated: false,
    note: null,
    lang: 'en',
    langDetected: true,
    langRead: true,
    reads: ['en', 'de'],
  });
  assert.ok(r.article.textLength > 800 && r.article.textLength < 1200, String(r.article.textLength));
  checkSummary(r.summary);
  checkSpeakers(r.speakers, r.attributions);
  r.attributions.forEach((a, i) => {
    checkAttributionShape(a, i, r.speakers);
    for (const [range, text] of [[a.cue, a.cueText], [a.source, a.sourceText], ...a.content.map((c, k) => [c, a.contentText[k]])]) {
      if (range === null) continue;
      checkPageRange(input, range);
      assert.equal(normalize(sourceOf(input, range)), normalize(text));
    }
  });
});

test('analyzePageJson is analyzePage as JSON text, with the article found and the number of attributions beside it', () => {
  for (const [name, lang, options] of [['bridge-closure'], ['two-blocks', 'en'], ['bridge-closure', 'de-CH', { lang: 'de' }]]) {
    const input = fixture(name);
    const r = w.analyzePageJson(input, lang, options);
    assert.deepEqual(Object.keys(r).sort(), ['attributions', 'found', 'json']);
    assert.equal(typeof r.json, 'string');
    const page = w.analyzePage(input, lang, options);
    assert.deepEqual(JSON.parse(r.json), page, name);
    assert.equal(r.found, page.article.found);
    assert.equal(r.attributions, page.attributions.length);
  }
  const none = w.analyzePageJson({ elements: [], nodes: [] });
  assert.equal(none.found, false);
  assert.equal(none.attributions, 0);
  // A lone surrogate in a node (a page's broken text) crosses as one replacement character: the offsets stay.
  const broken = w.analyzePageJson({ elements: [{ parent: -1, tag: 'p', attrs: '', hidden: false }], nodes: [{ text: 'Ab\ud800c said the mayor.', parent: 0 }] });
  assert.doesNotThrow(() => JSON.parse(broken.json));
  assert.throws(() => w.analyzePageJson(42), (e) => e instanceof Error && /^analyzePageJson: expected an object/.test(e.message));
  assert.throws(() => w.analyzePageJson('nope'), (e) => e instanceof Error && /^analyzePageJson: bad input \(JSON text\): .*line 1 column/.test(e.message));
  assert.throws(() => w.analyzePageJson('{"elements": [], "nodes": [{"text": "x"}]}'), (e) => e instanceof Error && /^analyzePageJson: bad input \(JSON text\): missing field `parent`/.test(e.message));
  assert.throws(() => w.analyzePageJson(fixture('two-blocks'), 5), (e) => e instanceof Error && /^analyzePageJson: `lang` must be a string/.test(e.message));
  assert.throws(() => w.analyzePageJson(fixture('two-blocks'), '', { lang: 'xx1' }), (e) => e instanceof Error && /^analyzePageJson: `options.lang`/.test(e.message));
});

test('analyzePageJson takes the input as JSON text too (the extension\'s message): the same result; a lone surrogate reads as U+FFFD', () => {
  for (const [name, lang, options] of [['bridge-closure'], ['two-blocks', 'en'], ['bridge-closure', 'de-CH', { lang: 'de' }]]) {
    const input = fixture(name);
    assert.deepEqual(w.analyzePageJson(JSON.stringify(input), lang, options), w.analyzePageJson(input, lang, options), name);
  }
  const page = (texts) => ({ elements: [{ parent: -1, tag: 'p', attrs: '', hidden: false }], nodes: texts.map((text) => ({ text, parent: 0 })) });
  // JSON.stringify writes lone surrogates as escapes; the object path reads them as U+FFFD (one UTF-16 unit: the offsets stay).
  for (const texts of [['Ab\ud800c said the mayor.'], ['\udc00 “The bridge is safe,” the mayor said. \ud83d'], ['“The bridge 😀 is safe,” the mayor said \\ud800 on Monday.']]) {
    const viaText = w.analyzePageJson(JSON.stringify(page(texts)), 'en');
    assert.deepEqual(viaText, w.analyzePageJson(page(texts), 'en'), JSON.stringify(texts));
  }
  // A fixture article with a lone surrogate (and, in another copy, an escaped backslash before "ud800":
  // text, not an escape) after each node's first character: painted the same both ways, the mark kept.
  for (const [mark, read] of [['\ud800', '\ufffd'], ['\\ud800', '\\ud800'], ['\udfff\ud83d', '\ufffd\ufffd']]) {
    const input = fixture('bridge-closure');
    for (const n of input.nodes) n.text = n.text.slice(0, 1) + mark + n.text.slice(1);
    const r = w.analyzePageJson(JSON.stringify(input), 'en');
    assert.deepEqual(r, w.analyzePageJson(input, 'en'), JSON.stringify(mark));
    const ats = JSON.parse(r.json).attributions;
    assert.ok(ats.length > 0 && ats.some((a) => a.contentText.join(' ').includes(read)), JSON.stringify(ats.map((a) => a.contentText)));
  }
});

test('articleText is the text analyzePage analyses: the same attributions through exportJson, "" without an article', () => {
  const input = fixture('bridge-closure');
  const text = w.articleText(input);
  const page = w.analyzePage(input);
  assert.equal(text.length, page.article.textLength);
  assert.ok(text.startsWith(page.article.firstWords));
  assert.match(text, /\S\n\n\S/, 'paragraphs separated by a blank line');
  const rec = w.exportJson(text, 'bridge');
  assert.equal(rec.attributions.length, page.attributions.length);
  const chars = [...text];
  rec.attributions.forEach((a, i) => {
    const at = page.attributions[i];
    if (a.source) assert.equal(normalize(chars.slice(a.source[0], a.source[1]).join('')), normalize(at.sourceText));
    assert.equal(a.kind, at.kind);
  });
  assert.equal(w.exportCsv(text).trimEnd().split('\n').length, page.attributions.length + 1);
  assert.equal(w.articleText({ elements: [], nodes: [] }), '');
});

test('analyzePage on pages without <article>, with two candidates, and with nothing', () => {
  const div = fixture('no-article-tag');
  assert.equal(div.elements[w.analyzePage(div).article.root].attrs, 'article-text');
  const two = fixture('two-articles');
  const r = w.analyzePage(two);
  assert.equal(two.elements[r.article.root].tag, 'article');
  assert.equal(r.article.firstWords, 'Mountain observatory wins funding to stay');
  const none = w.analyzePage({ elements: [], nodes: [] });
  assert.equal(none.article.found, false);
  assert.equal(none.article.root, -1);
  assert.equal(typeof none.article.note, 'string');
  assert.deepEqual(none.attributions, []);
});

test('analyzePage survives hostile input: bad parents, cycles, deep nesting, lone surrogates', () => {
  const weird = {
    elements: [
      { parent: 3, tag: 'div', attrs: '', hidden: false },
      { parent: 1, tag: 'p', attrs: '', hidden: false },
      { parent: -99, tag: 'article', attrs: '', hidden: false },
      { parent: 2, tag: 'p' },
    ],
    nodes: [
      { text: 'The minister said on Monday that the bridge would reopen.', parent: 3 },
      { text: 'Lone \ud800 surrogate and 😀 emoji in a paragraph of text.', parent: 3 },
      { text: '', parent: 1 },
      { text: 'orphan', parent: 42 },
    ],
  };
  const r = w.analyzePage(weird);
  assert.equal(r.article.root, 2);
  assert.equal(r.article.textLength, weird.nodes[0].text.length + 2 + weird.nodes[1].text.length);

  const depth = 5000;
  const elements = [{ parent: -1, tag: 'body', attrs: '', hidden: false }];
  for (let i = 1; i < depth; i++) elements.push({ parent: i - 1, tag: 'div', attrs: '', hidden: false });
  const deep = { elements, nodes: [{ text: 'A sentence deep down in the page, long enough to count.', parent: depth - 1 }] };
  assert.equal(w.analyzePage(deep).article.found, true);
});

// A 200,000-node article: paragraphs of `before`, a linked name, `after`.
function linkedPage(before, after) {
  const elements = [{ parent: -1, tag: 'body', attrs: '', hidden: false }, { parent: 0, tag: 'article', attrs: '', hidden: false }];
  const nodes = [];
  while (nodes.length < 200000) {
    const p = elements.length;
    elements.push({ parent: 1, tag: 'p', attrs: '', hidden: false }, { parent: p, tag: 'a', attrs: '', hidden: false });
    nodes.push({ text: before, parent: p }, { text: 'Zoë Ångström', parent: p + 1 }, { text: after, parent: p });
  }
  return { elements, nodes };
}

// Text without speech cues: this times the boundary and the page path (the
// engine's own scaling with thousands of attributions is its own matter).
test('a 200,000-node page is read, capped and mapped in reasonable time', () => {
  const { elements, nodes } = linkedPage('Officials met on Monday with ', ' for a long lunch. ');
  const t0 = performance.now();
  const r = w.analyzePage({ elements, nodes });
  const ms = performance.now() - t0;
  console.log(`analyzePage: ${nodes.length} nodes, ${elements.length} elements, ${Math.round(ms)} ms`);
  assert.equal(r.article.root, 1);
  assert.equal(r.article.truncated, true, 'over 2 MB of text');
  assert.match(r.article.note, /only its first [\d,]+ of [\d,]+ characters were analysed \(the limit is 2 MB\)/);
  assert.ok(ms < 20000, `${ms} ms`);
});

// The same size with a claim in every paragraph: the whole path, engine
// included, and tens of thousands of ranges crossing link boundaries.
test('a 200,000-node page full of claims maps every range into its nodes', () => {
  const input = linkedPage('Officials said on Monday that ', ' would speak. ');
  const { nodes } = input;
  const t0 = performance.now();
  const r = w.analyzePage(input);
  const ms = performance.now() - t0;
  console.log(`analyzePage: ${nodes.length} nodes, ${r.attributions.length} attributions, ${Math.round(ms)} ms`);
  assert.equal(r.article.truncated, true);
  for (const a of r.attributions) {
    for (const [range, text] of [[a.cue, a.cueText], [a.source, a.sourceText], ...a.content.map((c, k) => [c, a.contentText[k]])]) {
      if (range === null) continue;
      checkPageRange(input, range);
      assert.equal(normalize(sourceOf(input, range)), normalize(text));
    }
  }
  assert.ok(ms < 30000, `${ms} ms`);
});

test('exportJson returns the scorer record in code points; exportCsv a header and rows', () => {
  const rec = w.exportJson(SEED, 'seed-1');
  assert.equal(rec.id, 'seed-1');
  assert.ok(Array.isArray(rec.attributions) && Array.isArray(rec.speakers));
  const cps = [...SEED];
  for (const a of rec.attributions) {
    assert.ok(Array.isArray(a.content));
    if (a.cue) assert.equal(cps.slice(a.cue[0], a.cue[1]).join(''), a.cue_text);
    if (a.source) assert.equal(cps.slice(a.source[0], a.source[1]).join(''), a.source_text);
  }
  assert.equal(w.exportJson('No one said anything.').id, '', 'id is optional');
  const csv = w.exportCsv(SEED);
  const lines = csv.trimEnd().split('\n');
  assert.equal(lines[0], 'speaker,speaker_kind,role,source,cue,kind,content,confidence,content_start,content_end');
  assert.equal(lines.length, 1 + rec.attributions.length);
});

test('analyzePage options.lang: the article read in the language asked, whatever its text looks like; bad values throw', () => {
  const input = fixture('bridge-closure');
  const auto = w.analyzePage(input);
  assert.deepEqual(w.analyzePage(input, '', { lang: 'auto' }), auto);
  assert.deepEqual(w.analyzePage(input, '', {}), auto);
  const en = w.analyzePage(input, '', { lang: 'EN' });
  assert.deepEqual({ ...en, article: { ...en.article, langDetected: true } }, auto, 'English asked: the same reading, not detected');
  assert.equal(en.article.langDetected, false);
  const de = w.analyzePage(input, 'en', { lang: 'de' });
  assert.equal(de.article.lang, 'de');
  assert.ok(de.attributions.length < auto.attributions.length, 'German rules on an English article find less');
  const fr = w.analyzePage(input, '', { lang: 'fr' });
  assert.deepEqual([fr.article.lang, fr.article.langRead, fr.attributions.length], ['fr', false, 0]);
  assert.equal(fr.article.note, 'This article is in French: whosaid reads English and German.');
  for (const [options, message] of [[{ lang: 'german' }, /options\.lang.*two-letter/], [{ lang: 7 }, /options\.lang.*must be a string/], ['de', /options.*must be an object/], [[], /options.*must be an object/]]) {
    assert.throws(() => w.analyzePage(input, '', options), (e) => e instanceof Error && message.test(e.message) && /^analyzePage/.test(e.message), JSON.stringify(options));
  }
  assert.ok(w.analyzePage(input).attributions.length > 0, 'still usable');
});

test('bad input throws an Error with a message and leaves the module usable', () => {
  const bad = [
    [() => w.analyzePage('nope'), /analyzePage: expected an object/],
    [() => w.analyzePage(null), /analyzePage: expected an object.*null/],
    [() => w.analyzePage(), /analyzePage: expected an object.*undefined/],
    [() => w.analyzePage([]), /analyzePage: expected an object.*array/],
    [() => w.analyzePage({}), /analyzePage: bad input: .*elements/],
    [() => w.analyzePage({ elements: 5, nodes: [] }), /analyzePage: bad input/],
    [() => w.analyzePage({ elements: [{ parent: 'x', tag: 'p' }], nodes: [] }), /analyzePage: bad input/],
    [() => w.analyzePage({ elements: [], nodes: [{ text: 7, parent: 0 }] }), /analyzePage: bad input/],
    [() => w.analyzePage({ elements: [{ parent: 0.5, tag: 'p' }], nodes: [] }), /analyzePage: bad input/],
    [() => w.analyzeText(42), /analyzeText: `text` must be a string, got number/],
    [() => w.analyzeText(), /analyzeText: `text` must be a string, got undefined/],
    [() => w.exportJson(null, 'x'), /exportJson: `text` must be a string/],
    [() => w.exportJson('text', {}), /exportJson: `id` must be a string/],
    [() => w.exportCsv({}), /exportCsv: `text` must be a string, got object/],
    [() => w.articleText('nope'), /articleText: expected an object.*string/],
    [() => w.articleText({ elements: 5, nodes: [] }), /articleText: bad input/],
  ];
  for (const [call, message] of bad) {
    assert.throws(call, (e) => e instanceof Error && message.test(e.message), String(call));
  }
  assert.equal(w.analyzeText('Still alive, the module said.').summary.claims >= 0, true);
  assert.equal(w.analyzePage(fixture('two-blocks')).article.found, true);
});

test(`the gzipped module is at most ${BUDGET / 1024} KB`, () => {
  const bytes = fs.readFileSync(WASM);
  const gz = zlib.gzipSync(bytes, { level: 9 }).length;
  console.log(`whosaid_bg.wasm: ${Math.round(bytes.length / 1024)} KB, ${Math.round(gz / 1024)} KB gzipped`);
  assert.ok(gz <= BUDGET, `${gz} bytes gzipped`);
});
