// Hardening, end to end in Chromium and in Firefox (lib/browsers.mjs) with the real
// extension and real toolbar clicks: a page cannot inject markup or script through
// whosaid's UI, cannot break it by poisoning its own built-ins, nothing the
// extension does leaves the machine, a broken engine is reported to the user, a 2 MB
// article is capped with a visible note, and the extension pages' CSP is tight.
//
// Reads of the page go through an isolated world of the test's own (b.probe()),
// never the page's main world: one page here poisons its main world's built-ins,
// and the others must be read the same way to be compared.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, truncateSync, statSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, repoRoot } from './lib/server.mjs';
import { launch, waitFor, buildExtension, browserNames } from './lib/browsers.mjs';
import { faviconRefusal } from './lib/page-helpers.mjs';

// The browsers' own services (updates, settings, sign-in) reach the harness's refusing proxy
// on their own; a request of the extension's to any other host would show there.
const BROWSER_OWN = {
  chromium: /^(https?:\/\/)?([\w-]+\.)*(google\.com|googleapis\.com|gstatic\.com|gvt1\.com)(:\d+)?(\/|$)/,
  firefox: /^(https?:\/\/)?([\w-]+\.)*(mozilla\.(com|net|org)|firefox\.com|mozaws\.net)(:\d+)?(\/|$)/,
};

for (const browserName of browserNames()) describe(browserName, () => {
let server, b;
let n = 0;

before(async () => {
  server = await startServer();
  // WHOSAID_EXTENSION_DIR: run against another unpacked build (e.g. a deliberately broken one, to see these tests fail).
  b = await launch(browserName, process.env.WHOSAID_EXTENSION_DIR ? { extensionDir: process.env.WHOSAID_EXTENSION_DIR } : {});
});
after(async () => {
  await b?.close();
  await server?.close();
});

/** Open path in a new tab (unique URL); page errors, dialogs and a probe (a world of the test's own: clean built-ins). */
async function open(path, ext = b) {
  const page = await ext.newPage();
  const pageErrors = [];
  const dialogs = [];
  page.on('pageerror', (e) => { if (!faviconRefusal(e)) pageErrors.push(String(e)); });
  page.on('dialog', (d) => { dialogs.push(d.type() + ': ' + d.message()); d.dismiss().catch(() => {}); });
  const response = await page.goto(server.url(`${path}${path.includes('?') ? '&' : '?'}tab=${++n}`));
  const p = await ext.probe(page);
  return { page, response, p, pageErrors, dialogs };
}

const isOn = (p) => p.run(() => !!document.querySelector('whosaid-host'));

/**
 * A real toolbar click (Extensions.triggerAction on the tab target), read back
 * through the probe world. Resolves to { run } when painted, { off: true } when
 * cleared, { error } when the extension recorded an error.
 */
async function click(page, p, ext = b) {
  const d0 = await ext.debug();
  const before = await isOn(p);
  await ext.click(page);
  let out = null;
  await waitFor(async () => {
    const d = await ext.debug();
    // A failed toggle is recorded last, after its badge and title are set (an 'analyze' error comes before).
    const failed = d.errors.slice(d0.errors.length).find((e) => e.where === 'toggle' || e.where === 'restricted');
    if (failed) { out = { error: failed, errors: d.errors.slice(d0.errors.length) }; return true; }
    const on = await isOn(p);
    if (on === before) return false;
    if (!on) { out = { off: true }; return true; }
    if (d.runs.length > d0.runs.length) { out = { run: d.runs[d.runs.length - 1] }; return true; }
    return false;
  }, { what: 'the toolbar click to take effect', interval: 10, timeout: 30000 }).catch(async (e) => {
    const d = await ext.debug();
    throw new Error(`${e.message}; on: ${await isOn(p).catch((x) => x.message)}, toggles ${d0.toggles} → ${d.toggles}, errors: ${JSON.stringify(d.errors.slice(d0.errors.length))}`);
  });
  return out;
}

/** Every whosaid highlight's ranges as strings, by category. */
const highlights = (p) => p.run(() => {
  const out = {};
  // forEach, not iteration: Firefox's probe is an Xray sandbox, which cannot iterate a maplike.
  CSS.highlights.forEach((h, name) => {
    if (!name.startsWith('whosaid-')) return;
    const texts = [];
    h.forEach((r) => texts.push(r.toString()));
    out[name.slice(8)] = texts.sort();
  });
  return out;
});

/** Centre of the first painted range of category whose text is text (scrolled into view). */
const pointOf = (p, cat, text) => p.run(({ cat, text }) => {
  const h = CSS.highlights.get('whosaid-' + cat);
  let r = null;
  if (h) h.forEach((x) => { if (!r && x.toString() === text) r = x; });
  if (!r) return null;
  (r.startContainer.parentElement || r.startContainer).scrollIntoView({ block: 'center' });
  const rect = r.getClientRects()[0];
  return { x: rect.left + Math.min(rect.width / 2, 30), y: rect.top + rect.height / 2 };
}, { cat, text });

/** Hover a painted range and return the card's text (read through the shadow root) once it shows. */
async function hoverCard(page, p, cat, text) {
  // Away first, until the card (if any) is gone: the card shown next is this range's.
  await page.mouse.move(2, 2);
  await waitFor(() => p.run(() => {
    const card = document.querySelector('whosaid-host').shadowRoot.querySelector('.card');
    return !card || card.hidden || card.getBoundingClientRect().height === 0;
  }), { what: 'the card to hide' });
  const pt = await pointOf(p, cat, text);
  assert.ok(pt, `${cat} "${text}" is painted`);
  await page.mouse.move(pt.x, pt.y);
  return waitFor(() => p.run(() => {
    const card = document.querySelector('whosaid-host').shadowRoot.querySelector('.card');
    return card && !card.hidden && card.getBoundingClientRect().height > 0 ? card.textContent : null;
  }), { what: `the card for ${text}` });
}

/** Open the sources panel with the on-page pill; the panel's text through the shadow root. */
async function openPanel(page, p) {
  const pt = await p.run(() => {
    const r = document.querySelector('whosaid-host').shadowRoot.querySelector('.pill .open').getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  await page.mouse.click(pt.x, pt.y);
  return waitFor(() => p.run(() => {
    const panel = document.querySelector('whosaid-host').shadowRoot.querySelector('.panel');
    return panel && !panel.hidden && panel.getBoundingClientRect().height > 0 ? panel.textContent : null;
  }), { what: 'the sources panel' });
}

/** Markup of the page outside whosaid's host (the page must not change). */
const pageMarkup = (p) => p.run(() => document.body.innerHTML + '|' + document.head.innerHTML);

test('nothing leaves the machine: no request from the extension while it is loaded, clicked, used and turned off', async () => {
  assert.equal((await b.debug()).engineVersion, null, 'the engine is not loaded yet (this test runs first): its loading is watched too');
  const { page, p } = await open('/pages/hostile-markup.html');
  const start = { proxy: b.proxy.requests.length, server: server.log.length };
  // Clicked (the engine loads, the page is read), used (hover, panel), turned off.
  const res = await click(page, p);
  assert.ok(res.run);
  await hoverCard(page, p, 'source', 'Ondine Marchetti');
  await openPanel(page, p);
  await page.keyboard.press('Escape');
  assert.ok((await click(page, p)).off);
  const offMachine = b.proxy.requests.slice(start.proxy).filter((r) => !BROWSER_OWN[browserName].test(r.url));
  const toServer = server.log.slice(start.server);
  if (process.env.WHOSAID_NET) console.log(JSON.stringify({ offMachine, toServer, proxy: b.proxy.requests.slice(start.proxy) }, null, 1));
  assert.ok((await b.debug()).engineVersion, 'the engine loaded (from the extension package, which is not a network request)');
  assert.deepEqual(offMachine, [], 'no request left the machine while whosaid worked');
  assert.deepEqual(toServer.filter((u) => u !== '/favicon.ico'), [], 'and none went to the test server either');

  // Positive controls: a page's fetch and the extension background's own fetch, to the test
  // server and off the machine, are each recorded.
  const mark = { proxy: b.proxy.requests.length, server: server.log.length };
  await p.run((u) => fetch(u).then((r) => r.status, (e) => String(e)), server.url('/pages/news.css?control=page'));
  await p.run((u) => fetch(u).then((r) => r.status, (e) => String(e)), 'http://whosaid-control.example/?control=page');
  await b.ext((u) => fetch(u).then(() => 'ok', (e) => String(e)), server.url('/pages/news.css?control=background'));
  await b.ext((u) => fetch(u).then(() => 'ok', (e) => String(e)), 'http://whosaid-control.example/?control=background');
  await waitFor(() => server.log.slice(mark.server).filter((u) => /control=(page|background)$/.test(u)).length === 2 &&
    b.proxy.requests.slice(mark.proxy).filter((r) => /whosaid-control\.example.*control=(page|background)$/.test(r.url)).length === 2, { what: 'the control requests to be recorded' });
  await p.detach();
  await page.close();
});

test('the page cannot attack the extension: markup and script in quotes, names and roles stay text', async () => {
  const { page, p, pageErrors, dialogs } = await open('/pages/hostile-markup.html');
  const before = await pageMarkup(p);
  const res = await click(page, p);
  assert.ok(res.run, `painted: ${JSON.stringify(res)}`);
  const hl = await highlights(p);
  assert.ok(hl.indirect.includes('the &lt;b&gt;bold&lt;/b&gt; warning signs were never switched on'), JSON.stringify(hl));
  assert.ok(hl.direct.some((t) => t.includes("<script>alert('quote')</script> is only text on a page")), JSON.stringify(hl));
  assert.ok(hl.direct.some((t) => t.includes('<img src=x onerror=alert(1)>')), JSON.stringify(hl));

  // The card: role with an element-looking tag and a claim with entities, shown literally.
  const card1 = await hoverCard(page, p, 'source', 'Ondine Marchetti');
  assert.ok(card1.includes('a spokeswoman for the <b onclick=alert(6)> Harbour Board'), card1);
  assert.ok(card1.includes('the &lt;b&gt;bold&lt;/b&gt; warning signs were never switched on'), card1);
  const card2 = await hoverCard(page, p, 'source', 'Marchetti');
  assert.ok(card2.includes("<script>alert('quote')</script> is only text on a page"), card2);
  const panel = await openPanel(page, p);
  for (const s of ["<script>alert('quote')</script> is only text on a page", '<img src=x onerror=alert(1)>', '&lt;b&gt;bold&lt;/b&gt;']) {
    assert.ok(panel.includes(s), `the panel shows ${s} literally: ${panel}`);
  }
  // No element or handler made from the page's text, in whosaid's shadow root or in the page.
  const made = await p.run(() => {
    const root = document.querySelector('whosaid-host').shadowRoot;
    const all = [...root.querySelectorAll('*')];
    return {
      elements: all.filter((e) => /^(img|script|b|svg|iframe|object|embed|style|link)$/.test(e.localName) && e.localName !== 'style').map((e) => e.outerHTML),
      handlers: all.flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => e.localName + ' ' + a.name)),
      pageElements: document.querySelectorAll('img, b, svg').length,
    };
  });
  assert.deepEqual(made, { elements: [], handlers: [], pageElements: 0 });
  await page.keyboard.press('Escape');
  const off = await click(page, p);
  assert.ok(off.off);
  assert.equal(await pageMarkup(p), before, 'the page DOM is unchanged');
  // The page's own script still runs, and its own button still works.
  const ticks = await p.run(() => document.getElementById('page-count').textContent);
  await page.click('#page-button');
  assert.equal(await p.run(() => document.getElementById('page-count').textContent), String(Number(ticks) + 1));
  assert.deepEqual(dialogs, [], 'no dialog fired');
  assert.deepEqual(pageErrors, []);
  await p.detach();
  await page.close();
});

test('a page that poisons its own built-ins and freezes Object.prototype (nonce CSP) is still painted right; the card works', async () => {
  const { page, response, p, pageErrors, dialogs } = await open('/pages/hostile-globals.html');
  assert.match(response.headers()['content-security-policy'], /script-src 'nonce-/);
  // The page's poisoning really ran (in its main world), and its load-time exception was thrown.
  const poisoned = await p.main('[window.hostileReady === true, Object.isFrozen(Object.prototype), (() => { try { [1].map(String); return false; } catch (e) { return true; } })()]');
  assert.deepEqual(poisoned, [true, true, true]);
  await waitFor(() => pageErrors.length > 0, { what: 'the page error' });
  assert.match(pageErrors.join('\n'), /an exception thrown while the page loads/);
  const before = await pageMarkup(p);
  const res = await click(page, p);
  assert.ok(res.run, `painted: ${JSON.stringify(res)}`);
  assert.equal(res.run.mode, 'highlight');
  assert.equal(res.run.count, 3);
  const hl = await highlights(p);
  assert.deepEqual(hl.source, ['Brekke', 'Halvard Brekke', 'The shipyard’s director']);
  assert.deepEqual(hl.cue, ['said', 'said', 'told']);
  assert.deepEqual(hl.direct, ['We tested it through two winters and it never once iced over']);
  assert.deepEqual(hl.indirect, ['the new hull would cut fuel use by a fifth', 'two more ferries would be refitted next year']);
  const card = await hoverCard(page, p, 'source', 'The shipyard’s director');
  assert.match(card, /Signe Aalto/);
  assert.match(card, /two more ferries would be refitted next year/);
  const panel = await openPanel(page, p);
  assert.match(panel, /Halvard Brekke/);
  await page.keyboard.press('Escape');
  assert.ok((await click(page, p)).off);
  assert.deepEqual(await highlights(p), {});
  assert.equal(await pageMarkup(p), before);
  assert.deepEqual(dialogs, []);
  assert.equal(pageErrors.length, 1, pageErrors.join('\n'));
  await p.detach();
  await page.close();
});

test('failure is visible: a broken Wasm engine gives an error badge and a clear title; the page keeps working; a second click does not hang', async () => {
  const { dir, out } = buildExtension();
  const wasm = join(out, 'wasm', 'whosaid_bg.wasm');
  truncateSync(wasm, Math.floor(statSync(wasm).size / 3));
  const broken = await launch(browserName, { extensionDir: out });
  try {
    const { page, p, pageErrors, dialogs } = await open('/pages/hostile-markup.html', broken);
    const before = await pageMarkup(p);
    const ticks = () => page.evaluate(() => window.pageTicks);
    for (const attempt of [1, 2]) {
      const t0 = Date.now();
      const res = await click(page, p, broken);
      assert.ok(res.error, `attempt ${attempt}: the click ends in an error, not painted (${JSON.stringify(res)})`);
      assert.deepEqual(res.errors.map((e) => e.where), ['analyze', 'toggle'], 'the engine failed, and so the toggle');
      assert.ok(Date.now() - t0 < 15000, `attempt ${attempt} answered in ${Date.now() - t0} ms`);
      const tabId = await broken.ext(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u).id, page.url());
      const badge = await waitFor(() => broken.ext((tabId) => chrome.action.getBadgeText({ tabId }), tabId), { what: 'the badge' });
      const title = await broken.ext((tabId) => chrome.action.getTitle({ tabId }), tabId);
      assert.equal(badge, '!', `attempt ${attempt}: error badge`);
      assert.match(title, /whosaid could not start its engine/, title);
      assert.match(title, /reinstall/i, title);
      assert.ok(!/\n|\bat \S+:\d+:\d+/.test(title), `no stack trace in the title: ${title}`);
      assert.deepEqual(await highlights(p), {});
      assert.equal(await isOn(p), false);
    }
    // The page is unchanged and its own script still runs.
    assert.equal(await pageMarkup(p), before);
    const t1 = await ticks();
    await waitFor(async () => (await ticks()) > t1, { what: 'the page\'s own timer' });
    await page.click('#page-button');
    assert.equal(await p.run(() => document.getElementById('page-count').textContent), '1');
    assert.deepEqual(dialogs, []);
    assert.deepEqual(pageErrors, []);
    await page.close();
  } finally {
    await broken.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('size cap: a page with more than 2 MB of article text is analysed up to the cap, the note shows, the page stays responsive', async () => {
  // The article, generated here: paragraphs of the test's own sentences, each numbered.
  const sentences = [
    (i) => `Harbour pilot Maren Ostby said that berth ${i} would reopen after the dredging was finished.`,
    (i) => `“The tide tables for week ${i} are already printed,” the port’s planning officer said.`,
    (i) => `Freight volumes rose again in quarter ${i % 4 + 1}, according to the chamber of shipping.`,
    (i) => `Fishing crews unloaded their catch at pier ${i % 9 + 1} before the evening market opened.`,
  ];
  const paras = [];
  let bytes = 0;
  for (let i = 0; bytes < 2.3 * 1024 * 1024; i++) {
    const t = `${sentences[i % 4](i)} ${sentences[(i + 1) % 4](i)} ${sentences[(i + 3) % 4](i)}`;
    paras.push(t);
    bytes += Buffer.byteLength(t) + 2;
  }
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Port report, every berth | The Coastal Post</title></head>
<body><main><article class="story"><h1>The port, berth by berth</h1><div class="story-body">
${paras.map((t, i) => `<p data-i="${i}">${t.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('\n')}
</div></article></main>
<script>{ let last = performance.now(); window.maxGap = 0; window.ticks = 0;
  window.resetGap = () => { window.maxGap = 0; window.ticks = 0; last = performance.now(); };
  setInterval(() => { const t = performance.now(); window.maxGap = Math.max(window.maxGap, t - last); window.ticks++; last = t; }, 20); }</script>
</body></html>`;
  assert.ok(Buffer.byteLength(html) > 2.2 * 1024 * 1024);
  const path = '/gen/hostile-huge.html';
  server.serve(path, html);
  try {
    const { page, p, pageErrors } = await open(path);
    // The page's own timer, settled after the load (the first layout of 9,000 paragraphs is the page's cost, not whosaid's).
    await page.evaluate(() => window.resetGap());
    await waitFor(() => page.evaluate(() => window.ticks >= 10), { what: 'the page timer' });
    await page.evaluate(() => window.resetGap());
    const res = await click(page, p);
    assert.ok(res.run, JSON.stringify(res));
    const run = res.run;
    assert.equal(run.article.found, true);
    assert.match(run.article.note || '', /only its first [\d,]+ of [\d,]+ characters were analysed \(the limit is 2 MB\)/, run.article.note);
    // Painted up to the cap, and not beyond: the last paragraph with a highlight sits just before 2 MiB of text.
    const lastPainted = await p.run(() => {
      let last = -1;
      CSS.highlights.forEach((h, name) => {
        if (!name.startsWith('whosaid-')) return;
        h.forEach((r) => {
          const el = r.endContainer.parentElement.closest('p[data-i]');
          if (el) last = Math.max(last, Number(el.dataset.i));
        });
      });
      return last;
    });
    let at = 0, capPara = -1;
    for (let i = 0; i < paras.length; i++) { at += Buffer.byteLength(paras[i]) + 2; if (at > 2 * 1024 * 1024) { capPara = i; break; } }
    assert.ok(capPara > 0 && capPara < paras.length - 100, 'the page runs well past the cap');
    assert.ok(lastPainted >= capPara - 5 && lastPainted <= capPara, `last painted paragraph ${lastPainted}, the cap falls in paragraph ${capPara} of ${paras.length}`);
    assert.ok(run.count > 1000, `attributions: ${run.count}`);
    // Two frames after painting (the highlights rendered), then the panel opened: the timer's longest gap in each.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    let paintGap = await page.evaluate(() => { const g = window.maxGap; window.resetGap(); return g; });
    // The note is visible in the page UI (the sources panel).
    await openPanel(page, p);
    const note = await waitFor(() => p.run(() => {
      const el = document.querySelector('whosaid-host').shadowRoot.querySelector('.panel .note');
      return el && !el.hidden && el.getClientRects().length > 0 ? el.innerText : null;
    }), { what: 'the note in the panel' });
    assert.match(note, /This article is long: only its first/);
    // The page's main thread was never blocked for 2 s (its own timer kept ticking).
    let panelGap = await page.evaluate(() => window.maxGap);
    // The two cores are shared: a slow run may be the neighbours' doing (seen at a load of 14:
    // 2.6 s in both browsers), so up to two more tries, each from scratch (turned off, then on:
    // the panel is built on its first opening, so merely reopening it would measure less).
    // Work that blocks the page's main thread fails every try; the bounds are the same.
    const tries = [[paintGap, panelGap]];
    while (tries.length < 3 && (paintGap >= 2000 || panelGap >= 3000)) {
      await page.keyboard.press('Escape');
      assert.ok((await click(page, p)).off);
      await page.evaluate(() => window.resetGap());
      assert.ok((await click(page, p)).run);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      paintGap = await page.evaluate(() => { const g = window.maxGap; window.resetGap(); return g; });
      await openPanel(page, p);
      panelGap = await page.evaluate(() => window.maxGap);
      tries.push([paintGap, panelGap]);
    }
    if (tries.length > 1) console.log(`2 MB page: tried ${tries.length} times (paint, panel gaps in ms): ${JSON.stringify(tries.map((t) => t.map(Math.round)))}`);
    console.log(`2 MB page: ${paras.length} paragraphs, ${run.count} attributions, longest main-thread gap ${paintGap.toFixed(0)} ms (click to painted), ${panelGap.toFixed(0)} ms (panel), phases ${JSON.stringify(run.timings)}`);
    assert.ok(paintGap < 2000, `the main thread was blocked for ${paintGap.toFixed(0)} ms while whosaid read and painted the page`);
    // Opening the panel on ~12,000 claims costs about a second and a half here (about 1.1 s even with only 300 rows in
    // its list: most of it is a Chromium PrePaint pass that grows with the number of highlights): bounded, reported apart.
    assert.ok(panelGap < 3000, `the main thread was blocked for ${panelGap.toFixed(0)} ms while the panel opened`);
    await page.keyboard.press('Escape');
    assert.ok((await click(page, p)).off);
    assert.deepEqual(pageErrors, []);
    await p.detach();
    await page.close();
  } finally {
    server.unserve(path);
  }
});

test('the extension pages\' CSP is tight: only its own scripts and Wasm, no plugins', async () => {
  const source = JSON.parse(readFileSync(join(repoRoot, 'extension', 'manifest.json'), 'utf8')).content_security_policy.extension_pages;
  const loaded = await b.ext(() => chrome.runtime.getManifest().content_security_policy.extension_pages);
  assert.equal(loaded, source, 'the loaded extension has the source manifest\'s CSP');
  for (const csp of [source]) {
    const dirs = Object.fromEntries(csp.split(';').map((d) => d.trim()).filter(Boolean).map((d) => { const [k, ...v] = d.split(/\s+/); return [k, v]; }));
    assert.deepEqual(dirs['script-src'], ["'self'", "'wasm-unsafe-eval'"], csp);
    assert.deepEqual(dirs['object-src'], ["'none'"], csp);
    for (const [k, v] of Object.entries(dirs)) {
      for (const bad of ["'unsafe-eval'", "'unsafe-inline'", '*', 'http:', 'https:', 'data:', 'blob:']) assert.ok(!v.includes(bad), `${k} allows ${bad}`);
      assert.ok(!v.some((s) => /^(https?:|\*|[\w-]+\.[\w.-]+)/.test(s) && s !== "'self'"), `${k} names a remote host: ${v}`);
    }
  }
});

test('over the whole file (hostile pages, a 2 MB page, every click, hover and panel): nothing left the machine; the test server saw only the pages\' own requests', () => {
  const offMachine = b.proxy.requests.filter((r) => !BROWSER_OWN[browserName].test(r.url) && !/whosaid-control\.example/.test(r.url));
  assert.deepEqual(offMachine, [], 'no request left the machine but the browser\'s own and the controls');
  const all = server.log.filter((u) => !/[?&]control=/.test(u));
  assert.ok(all.some((u) => u.startsWith('/pages/hostile-')), `the pages' own loads are recorded: ${JSON.stringify(all)}`);
  // Whatever the pages asked of the test server is theirs: documents, their stylesheet, the favicon.
  assert.deepEqual(all.filter((u) => !/^\/(pages\/[\w.-]+\.(html|css)|gen\/[\w.-]+\.html)(\?tab=\d+)?$|^\/favicon\.ico$/.test(u)), []);
});
});
