// End-to-end test of the static demo (www/ → dist/www) in headless Chromium.
//
//   node --test tests/e2e/demo.test.mjs
//
// Builds dist/www with scripts/build-www.sh (set WHOSAID_WWW=dir to test an
// existing build instead), serves it with scripts/serve.mjs on a free port,
// and drives the page with playwright-core and the system Chromium.
// Screenshots go to out/demo-*.png.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { loadSeed, loadGermanSample } from './lib/seed.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const WWW = process.env.WHOSAID_WWW ? path.resolve(process.env.WHOSAID_WWW) : path.join(ROOT, 'dist', 'www');
const OUT = path.join(ROOT, 'out');
const SEED_ID = 'seed-gaza-ceasefire';
const SEED_TEXT = fs.readFileSync(path.join(ROOT, 'www', 'samples', `${SEED_ID}.txt`), 'utf8');
// The seed's gold (tests/fixtures/seed-gold.json), checked against the sample's text by loadSeed().
const SEED = loadSeed();
const SEED_GOLD = { attributions: SEED.gold };
const GERMAN_ID = 'strassenbahn-lindenau';
const GERMAN_GOLD = loadGermanSample().gold;

let server;
let base;
let browser;

before(async () => {
  if (!process.env.WHOSAID_WWW) execFileSync('bash', [path.join(ROOT, 'scripts', 'build-www.sh')], { cwd: ROOT, stdio: 'inherit' });
  server = spawn(process.execPath, [path.join(ROOT, 'scripts', 'serve.mjs'), '0', WWW], { stdio: ['ignore', 'pipe', 'inherit'] });
  base = await new Promise((resolve, reject) => {
    let buf = '';
    server.stdout.on('data', (d) => {
      buf += d;
      const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(buf);
      if (m) resolve(m[0]);
    });
    server.once('exit', (code) => reject(new Error(`serve.mjs exited with ${code}`)));
  });
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  fs.mkdirSync(OUT, { recursive: true });
});

after(async () => {
  await browser?.close();
  server?.kill();
});

/** A fresh context and page; page errors and failed requests fail the test at check(). */
async function open(options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true, reducedMotion: 'reduce', ...options });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (!['blob:', 'data:'].includes(u.protocol) && !r.url().startsWith(base)) problems.push(`request to elsewhere: ${r.url()}`);
  });
  page.check = () => assert.deepEqual(problems, []);
  await page.goto(base);
  await page.waitForSelector('#samples button');
  return { context, page };
}

/** Waits for an analysis to finish and returns what the page shows. */
async function result(page, timeout = 20_000) {
  await page.waitForFunction(() => document.getElementById('summary').dataset.attributions !== undefined && !document.getElementById('analyse').disabled, null, { timeout });
  return page.evaluate(() => {
    const summary = document.getElementById('summary');
    const highlights = {};
    if (window.CSS && CSS.highlights) for (const [name, h] of CSS.highlights) highlights[name] = h.size;
    return {
      attributions: Number(summary.dataset.attributions),
      summary: summary.hidden ? '' : summary.textContent,
      empty: !document.getElementById('empty').hidden,
      error: document.getElementById('error').hidden ? '' : document.getElementById('error').textContent,
      paragraphs: document.querySelectorAll('#article p').length,
      articleLength: Number(summary.dataset.articleLength),
      renderedLength: [...document.querySelectorAll('#article p')].reduce((n, p) => n + p.textContent.length, 0),
      highlights,
      marks: document.querySelectorAll('#article whosaid-mark').length,
    };
  });
}

/** Whether the shared UI's sources panel is showing (in the shadow root of its host on <html>). */
function panelShown(page) {
  return page.evaluate(() => {
    const panel = document.querySelector('html > whosaid-host')?.shadowRoot?.querySelector('.panel');
    if (!panel || panel.hidden) return false;
    const r = panel.getBoundingClientRect();
    return r.width >= 300 && r.height >= 300 && r.right <= innerWidth + 1;
  });
}

async function pick(page, id) {
  await page.click(`#samples button[data-sample="${id}"]`);
  return result(page);
}

test('the seed sample shows its 9 attributions, the summary, highlights and the panel; exports and share link work', async () => {
  const { context, page } = await open();
  const r = await pick(page, SEED_ID);
  assert.equal(r.error, '');
  assert.equal(r.paragraphs, SEED_TEXT.trim().split(/\n\n/).length);
  assert.equal(r.attributions, SEED_GOLD.attributions.length, `expected ${SEED_GOLD.attributions.length} attributions, page shows ${r.attributions} (${r.summary})`);
  assert.match(r.summary, /^\d+ sources? · 9 claims · \d+% of claims from anonymous sources · \d+% direct quotes$/);
  const painted = (r.highlights['whosaid-source'] ?? 0) + (r.highlights['whosaid-cue'] ?? 0) + r.marks;
  assert.ok(painted >= 18, `sources and cues painted: ${JSON.stringify(r.highlights)} marks=${r.marks}`);
  assert.ok(await panelShown(page), 'the sources panel is open');
  // Pointing at a source shows the shared card.
  const at = await page.evaluate(() => {
    const p = [...document.querySelectorAll('#article p')].find((e) => e.textContent.includes('the official said.'));
    const t = p.firstChild;
    const i = t.data.lastIndexOf('the official said');
    const range = document.createRange();
    range.setStart(t, i);
    range.setEnd(t, i + 'the official'.length);
    const b = range.getBoundingClientRect();
    return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
  });
  await page.mouse.move(at.x, at.y);
  await page.waitForFunction(() => {
    const card = document.querySelector('whosaid-host')?.shadowRoot?.querySelector('.card');
    return card && !card.hidden && /a Hamas official/i.test(card.textContent);
  });
  await page.screenshot({ path: path.join(OUT, 'demo-desktop.png') });

  // Export JSON: the scorer's record, offsets in code points of the article text.
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
  assert.equal(dl.suggestedFilename(), `${SEED_ID}.whosaid.json`);
  const line = fs.readFileSync(await dl.path(), 'utf8');
  assert.equal(line.trimEnd().split('\n').length, 1, 'one JSON Lines document');
  const rec = JSON.parse(line);
  assert.equal(rec.id, SEED_ID);
  assert.equal(rec.text, SEED_TEXT.trim());
  assert.equal(rec.attributions.length, 9);
  const chars = [...SEED_TEXT.trim()];
  const span = (s) => chars.slice(s[0], s[1]).join('');
  for (const a of rec.attributions) {
    assert.ok('cue' in a && 'source' in a && Array.isArray(a.content) && ['direct', 'indirect', 'mixed'].includes(a.kind), JSON.stringify(a));
    if (a.cue) assert.equal(span(a.cue), a.cue_text);
    if (a.source) assert.equal(span(a.source), a.source_text);
    a.content.forEach((c, i) => assert.equal(span(c), a.content_text[i]));
  }
  assert.ok(Array.isArray(rec.speakers) && rec.speakers.every((s) => typeof s.name === 'string' && s.kind));
  // Every gold attribution is in the export, span for span: source, cue and contents
  // (a leading "that" left out on both sides, as the scorer's content_exact does).
  fs.writeFileSync(path.join(OUT, 'demo-export.jsonl'), line);
  const key = (a) => {
    const content = a.content.map(([s, e]) => { const m = /^that\s+/.exec(chars.slice(s, e).join('')); return [m ? s + m[0].length : s, e]; });
    return JSON.stringify([a.kind, a.source || null, a.cue || null, content]);
  };
  const exported = new Set(rec.attributions.map(key));
  const missing = SEED.gold.filter((g) => !exported.has(key(g))).map((g) => `${g.kind} ${g.sourceText} ${g.cueText}`);
  assert.deepEqual(missing, [], 'gold attributions missing from the export');
  assert.equal(exported.size, SEED.gold.length, 'no attribution beyond gold');

  const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
  const rows = fs.readFileSync(await csv.path(), 'utf8').trim().split('\n');
  assert.match(rows[0], /^speaker,speaker_kind,role,source,cue,kind,content,confidence/);
  assert.ok(rows.length >= 10, `CSV rows: ${rows.length}`);

  // Share link: the text rides in the fragment, compressed; opening it restores and analyses it.
  await page.click('#share');
  await page.waitForFunction(() => document.getElementById('share-link').value !== '');
  const link = await page.inputValue('#share-link');
  assert.ok(link.startsWith(`${base}#z=`), link.slice(0, 80));
  assert.ok(!link.includes('Hamas'), 'the text is compressed, not spelled out');
  const other = await context.newPage();
  await other.goto(link);
  const r2 = await result(other);
  assert.equal(await other.inputValue('#text'), SEED_TEXT.trim());
  assert.equal(r2.attributions, r.attributions);
  await other.close();

  // Without CompressionStream the link carries plain base64url, and still opens.
  const plain = await context.newPage();
  await plain.addInitScript(() => {
    delete window.CompressionStream;
  });
  await plain.goto(base);
  await plain.waitForSelector('#samples button');
  await pick(plain, 'ferry-strike');
  await plain.click('#share');
  await plain.waitForFunction(() => document.getElementById('share-link').value !== '');
  const plainLink = await plain.inputValue('#share-link');
  assert.ok(plainLink.startsWith(`${base}#t=`), plainLink.slice(0, 80));
  const ferry = await plain.inputValue('#text');
  await plain.close();
  const reopened = await context.newPage();
  await reopened.goto(plainLink);
  await result(reopened);
  assert.equal(await reopened.inputValue('#text'), ferry.trim());
  await reopened.close();
  page.check();
  await context.close();
});

test('a text with no attributions says so; bad input gets a clear message', async () => {
  const { context, page } = await open();
  await page.fill('#text', 'The river rose two metres overnight.\n\nRoads near the old bridge were closed until noon, and the ferry did not run.');
  await page.click('#analyse');
  const r = await result(page);
  assert.equal(r.attributions, 0);
  assert.ok(r.empty, 'the friendly "no attributions" box is shown');
  assert.match(await page.textContent('#empty'), /No attributions found/);
  assert.equal(r.paragraphs, 2);

  // Empty paste.
  await page.fill('#text', '  \n ');
  await page.click('#analyse');
  await page.waitForSelector('#error:not([hidden])');
  assert.match(await page.textContent('#error'), /no text to analyse/i);

  // A binary file, invalid UTF-8, a file over the cap.
  const cases = [
    [{ name: 'photo.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) }, /binary/],
    [{ name: 'latin.txt', mimeType: 'text/plain', buffer: Buffer.from('Caf\xe9 cr\xe8me, he said.', 'latin1') }, /not valid UTF-8/],
    [{ name: 'huge.txt', mimeType: 'text/plain', buffer: Buffer.alloc(6 * 1024 * 1024, 0x61) }, /too large.*limit is 5\.0 MB/],
    [{ name: 'report.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 ') }, /not a text file/],
  ];
  for (const [file, message] of cases) {
    await page.evaluate(() => { document.getElementById('error').hidden = true; });
    await page.setInputFiles('#file', file);
    await page.waitForSelector('#error:not([hidden])');
    assert.match(await page.textContent('#error'), message, file.name);
  }

  // Dropping a file on the page goes through the same checks.
  await page.evaluate(() => {
    document.getElementById('error').hidden = true;
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0, 8])], 'archive.txt', { type: 'text/plain' }));
    for (const type of ['dragenter', 'dragover', 'drop']) document.body.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
  });
  await page.waitForSelector('#error:not([hidden])');
  assert.match(await page.textContent('#error'), /“archive\.txt” looks like a binary file/);
  page.check();
  await context.close();
});

test('a German browser gets the German demo: page, card and panel; the German sample read as German; the picker reads it in the language chosen', async () => {
  const { context, page } = await open({ locale: 'de-DE' });
  const ui = await page.evaluate(() => ({
    lang: document.documentElement.lang,
    analyse: document.getElementById('analyse').textContent,
    options: [...document.querySelectorAll('#lang option')].map((o) => o.textContent),
    samples: document.getElementById('samples-label').textContent,
  }));
  assert.deepEqual(ui, { lang: 'de', analyse: 'Analysieren', options: ['Automatisch', 'Englisch', 'Deutsch'], samples: 'Beispiel ausprobieren' });
  const r = await pick(page, GERMAN_ID);
  assert.equal(r.error, '');
  assert.equal(await page.textContent('#analyse'), 'Analysieren', 'the button after an analysis, still in German');
  assert.equal(r.attributions, GERMAN_GOLD.length, r.summary);
  assert.match(r.summary, /^\d+ Quellen · 10 Aussagen · \d+\s%\sder Aussagen aus anonymen Quellen · \d+\s%\sdirekte Zitate$/);
  const panel = await page.evaluate(() => {
    const root = document.querySelector('html > whosaid-host').shadowRoot;
    return { title: root.querySelector('.panel h2').textContent, kinds: [...new Set([...root.querySelectorAll('.src .kind')].map((k) => k.textContent))].sort() };
  });
  assert.equal(panel.title, 'Quellen in diesem Artikel');
  assert.ok(panel.kinds.includes('benannt'), panel.kinds.join());
  assert.deepEqual(panel.kinds.filter((k) => !['benannt', 'anonym', 'Organisation', 'Dokument', 'unbekannt'].includes(k)), [], 'every kind in German');
  // English rules on the German text find next to nothing; Deutsch and Auto read it as German again.
  await page.selectOption('#lang', 'en');
  const en = await result(page);
  assert.ok(en.attributions < 5, `read as English: ${en.attributions} attributions`);
  await page.selectOption('#lang', 'de');
  assert.equal((await result(page)).attributions, GERMAN_GOLD.length);
  await page.selectOption('#lang', 'auto');
  assert.equal((await result(page)).attributions, GERMAN_GOLD.length);
  page.check();
  await context.close();
});

test('an English browser gets the English demo; claims below 0.8 confidence are marked uncertain in the panel', async () => {
  const { context, page } = await open({ locale: 'en-US' });
  assert.deepEqual(await page.evaluate(() => [...document.querySelectorAll('#lang option')].map((o) => o.textContent)), ['Auto', 'English', 'Deutsch']);
  // Written for the project: "suggested" and "hinted" are no plain verbs of saying (confidence 0.72).
  await page.fill('#text', 'The harbour master said the new landing would open in the spring, once the safety checks are complete.\n\n'
    + 'Local traders suggested the closure could cost them a third of their summer trade, and several hinted that they might move to the market square.');
  await page.click('#analyse');
  const r = await result(page);
  assert.equal(r.attributions, 3, r.summary);
  await page.click('#open-panel');
  const rows = await page.evaluate(() => [...document.querySelector('html > whosaid-host').shadowRoot.querySelectorAll('.cl')]
    .map((b) => [b.querySelector('.cue').textContent, b.querySelector('.uncertain')?.textContent ?? null]));
  assert.deepEqual(rows, [['said', null], ['suggested', 'uncertain'], ['hinted', 'uncertain']]);
  page.check();
  await context.close();
});

test('an engine that cannot load is reported, not hung on', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  await context.route('**/whosaid_bg.wasm', (route) => route.fulfill({ status: 404, body: 'gone' }));
  const page = await context.newPage();
  await page.goto(base);
  await page.waitForSelector('#samples button');
  await page.click(`#samples button[data-sample="${SEED_ID}"]`);
  await page.waitForSelector('#error:not([hidden])');
  await page.waitForFunction(() => !document.getElementById('analyse').disabled && document.getElementById('status').hidden);
  assert.match(await page.textContent('#error'), /analysis engine could not load.*Reload the page/);
  await context.close();
});

test('an HTML file is reduced to its article text, as in the extension', async () => {
  const { context, page } = await open();
  const html = `<!doctype html><html><head><title>t</title><script>document.title = 'ran'</script></head><body>
    <nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
    <article class="story-body"><h1>Harbour bridge to close for repairs</h1>
    ${SEED_TEXT.trim().split('\n\n').map((p) => `<p>${p}</p>`).join('\n')}
    </article><footer class="site-footer">Copyright Example News</footer><img src="http://example.invalid/x.png"></body></html>`;
  await page.setInputFiles('#file', { name: 'story.html', mimeType: 'text/html', buffer: Buffer.from(html) });
  const r = await result(page);
  const text = await page.inputValue('#text');
  assert.ok(text.includes('A Hamas delegation is expected in Cairo'), text.slice(0, 200));
  assert.ok(!text.includes('Copyright Example News') && !/\bSport\b/.test(text), `navigation and footer left out: ${text.slice(0, 200)}`);
  assert.equal(r.attributions, 9);
  // Pasted HTML source is read the same way.
  await page.fill('#text', html);
  await page.click('#analyse');
  await page.waitForFunction((t) => document.getElementById('text').value === t, text);
  assert.equal((await result(page)).attributions, 9);
  page.check();
  await context.close();
});

/** Pastes `big`, analyses it and times the main thread's pauses: one run on a fresh page. */
async function bigPaste(big) {
  const { context, page } = await open();
  await page.evaluate((t) => {
    const ta = document.getElementById('text');
    ta.value = t;
    ta.dispatchEvent(new Event('input', { bubbles: true }));
  }, big);
  // Let the page lay out the pasted text first, then watch the main thread from the click on.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.evaluate(() => {
    window.__statuses = [];
    new MutationObserver(() => window.__statuses.push(document.getElementById('status-text').textContent)).observe(document.getElementById('status'), { subtree: true, childList: true, characterData: true });
    window.__long = [];
    new PerformanceObserver((l) => window.__long.push(...l.getEntries().map((e) => Math.round(e.duration)))).observe({ type: 'longtask' });
    window.__ticks = [performance.now()];
    window.__ticking = true;
    const tick = () => {
      window.__ticks.push(performance.now());
      if (window.__ticking) setTimeout(tick, 5);
    };
    setTimeout(tick, 5);
  });
  const clickedAt = await page.evaluate(() => performance.now());
  await page.click('#analyse');
  const r = await result(page, 40_000);
  // The longest pause of the tick loop: while the text is rendered, read and
  // analysed in the worker (until its result is back), and over the whole run
  // (painting and mounting the shared card and panel included).
  const m = await page.evaluate((from) => {
    window.__ticking = false;
    const measures = [...performance.getEntriesByType('measure')].filter((e) => e.name.startsWith('whosaid ') && e.startTime >= from);
    const analysed = measures.find((e) => e.name === 'whosaid parse result');
    const ticks = window.__ticks;
    const gap = (until) => {
      let max = 0;
      let at = 0;
      for (let i = 1; i < ticks.length; i++) {
        const g = ticks[i] - Math.max(ticks[i - 1], from);
        if (ticks[i] > from && ticks[i - 1] < until && g > max) [max, at] = [g, Math.max(ticks[i - 1], from) - from];
      }
      return `${Math.round(max)} ms (at ${Math.round(at)} ms)`;
    };
    return {
      analysis: gap(analysed ? analysed.startTime + analysed.duration : Infinity),
      total: gap(Infinity),
      ms: Math.round(performance.now() - from),
      steps: measures.map((e) => `${e.name.slice(8)} ${Math.round(e.duration)} ms at ${Math.round(e.startTime - from)}`).join(', '),
      long: window.__long.join(', '),
      statuses: window.__statuses,
    };
  }, clickedAt);
  const report = `longest pause ${m.analysis} during analysis, ${m.total} overall, in ${m.ms} ms; steps: ${m.steps}; long tasks: ${m.long}`;
  console.log(`# 1 MB: ${report}`);
  page.check();
  await context.close();
  return { r, m, report };
}

test('a 1 MB paste is analysed in the worker while the page stays responsive', async () => {
  const samples = fs.readdirSync(path.join(ROOT, 'www', 'samples')).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join(ROOT, 'www', 'samples', f), 'utf8').trim());
  let big = '';
  for (let i = 0; big.length < 1024 * 1024; i++) big += `${samples[i % samples.length]}\n\n`;
  const within = ({ m }) => parseInt(m.analysis, 10) < 200 && parseInt(m.total, 10) < 500;
  // The machine's two cores are shared: a slow run may be the neighbours'
  // doing, so up to three runs; a page that blocks its main thread fails all.
  let run = await bigPaste(big);
  for (let tries = 1; tries < 3 && !within(run); tries++) run = await bigPaste(big);
  const { r, m, report } = run;
  assert.ok(m.statuses.some((s) => /Analysing 1\.0 MB…/.test(s)), `progress shown: ${JSON.stringify(m.statuses.slice(0, 3))}`);
  assert.equal(r.error, '');
  assert.ok(r.attributions >= 9 * 100, `attributions in 1 MB: ${r.attributions} (${r.summary})`);
  // The engine read the whole text as the article, not one chunk of it.
  assert.ok(r.articleLength >= r.renderedLength, `article ${r.articleLength} of ${r.renderedLength} characters`);
  assert.ok(parseInt(m.analysis, 10) < 200, report);
  // Painting thousands of ranges and building the shared panel's list of
  // thousands of claims are single steps of the shared UI: bounded, not frozen.
  assert.ok(parseInt(m.total, 10) < 500, report);
});

test('phone width, dark mode, keyboard access, and offline after the first visit', async () => {
  const { context, page } = await open({ viewport: { width: 375, height: 812 }, colorScheme: 'dark', isMobile: true, hasTouch: true });
  // Labels and keyboard focus.
  assert.equal(await page.getByLabel('Paste an article').evaluate((e) => e.id), 'text');
  assert.equal(await page.getByLabel('Open a .txt or .html file').evaluate((e) => e.id), 'file');
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => ({ sample: document.activeElement.dataset.sample, outline: getComputedStyle(document.activeElement).outlineStyle }));
  assert.equal(focused.sample, SEED_ID);
  assert.notEqual(focused.outline, 'none', 'visible focus');
  await page.keyboard.press('Enter');
  const r = await result(page);
  assert.equal(r.attributions, 9);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 375), 'no horizontal scrolling at 375 px');
  // With a result on the page, the first Tab offers a way past the input to it.
  await page.focus('#samples button');
  await page.keyboard.press('Shift+Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'skip');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'result-heading');
  assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor), 'rgb(19, 20, 23)');
  await page.screenshot({ path: path.join(OUT, 'demo-375-dark.png') });

  // Offline: the service worker serves the page, the engine and the samples.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) await page.reload();
  await page.waitForFunction(() => !!navigator.serviceWorker.controller);
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('#samples button');
  const offline = await pick(page, 'ferry-strike');
  assert.equal(offline.error, '');
  assert.ok(offline.paragraphs > 3);
  await context.setOffline(false);
  await context.close();
});
