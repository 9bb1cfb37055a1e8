// The extension on pages that live, in Chromium and in Firefox (lib/browsers.mjs):
// a single-page app swapping its article and loading more paragraphs, an
// article in a same-origin frame (and one from another origin beside it), the
// panel's export, and sites painted on load. Real toolbar clicks, on the
// project's own test pages.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, repoRoot } from './lib/server.mjs';
import { launch, waitFor, browserNames } from './lib/browsers.mjs';
import { leftovers, snapshot, shadowClick, shadowText, shadowAll, sumCounts, openPanelByClick } from './lib/page-helpers.mjs';
import { sleep, paintedSources, frameLeftovers, CLEAN, badge, traffic, tabOf, downloaded as downloadedIn, launchGrantingTestSite } from './lib/live.mjs';
import { AUTO_SCRIPTS, UI_SCRIPTS } from '../../extension/protocol.js';

for (const browserName of browserNames()) describe(browserName, () => {
let server, b;
let n = 0;

before(async () => {
  server = await startServer();
  b = await launch(browserName);
});
after(async () => {
  await b?.close();
  await server?.close();
});

/** Open a test page in a new tab with a unique URL; collects page errors. base: another origin of the same server. */
async function open(browser, path, { base } = {}) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push('page: ' + e));
  page.on('console', (m) => { if (m.type() === 'error' && /whosaid|-extension:/i.test(m.text() + ((m.location() && m.location().url) || ''))) errors.push('console: ' + m.text()); });
  const url = (base || server.base) + `${path}${path.includes('?') ? '&' : '?'}tab=${++n}`;
  await page.goto(url);
  const errorsBefore = (await browser.debug()).errors.length;
  // Firefox reports the page's own CSP refusal of its favicon as a page error: not whosaid's.
  const whosaids = (e) => !/favicon\.ico/.test(e);
  const extensionErrors = async () => [...errors.filter(whosaids), ...(await browser.debug()).errors.slice(errorsBefore).map((e) => `extension (${e.where}): ${e.message}`)];
  return { page, url, extensionErrors };
}

/** The file a click downloads in b (lib/live.mjs). */
const downloaded = (click) => downloadedIn(b, click);

test('a single-page app: a swapped article and loaded paragraphs are read again within 500 ms of settling; removed highlights go; badge and panel follow; off, nothing observes', async () => {
  const { page, url, extensionErrors } = await open(b, '/pages/spa-article.html');
  const base = await b.listeners(page);
  const run = await b.trigger(page);
  assert.ok(run && run.on && run.article.found);
  const tabId = run.tabId;
  assert.ok((await paintedSources(page)).includes('Marta Olsen'), 'the first article is painted');
  assert.ok(sumCounts(await b.listeners(page)) > sumCounts(base), 'while on, whosaid listens and observes (so the count below can fail)');
  await shadowClick(page, 'whosaid-host .pill .open');
  await shadowText(page, 'whosaid-host .panel');
  const panelOpen = () => page.evaluate(() => { const p = document.querySelector('whosaid-host')?.shadowRoot.querySelector('.panel'); return !!p && !p.hidden; });
  const claimCount = () => page.evaluate(() => document.querySelector('whosaid-host').shadowRoot.querySelectorAll('.claims:not(.frames .claims) > li').length);

  /** Change the page, then wait for the background's analysis of the change; its delay after the DOM's last change. */
  async function change(fn) {
    const seen = (await traffic(b, url)).analyses.length;
    await page.evaluate(fn);
    const a = await waitFor(async () => (await traffic(b, url)).analyses.slice(seen).find((x) => x.reason === 'change'), { what: 'the changed page to be read again' });
    const settled = await page.evaluate(() => window.spa.lastChange);
    // The page counts as settled 200 ms after its last change; the analysis must follow within 500 ms of it.
    assert.ok(a.at - settled <= 500, `read again ${a.at - settled} ms after the DOM's last change`);
    console.log(`spa (${b.name}): read again ${a.at - settled} ms after the DOM's last change (${a.count} attributions)`);
    await waitFor(async () => (await badge(b, tabId)) === String(a.count), { what: `the badge to show ${a.count}` });
    return a;
  }

  // The article swapped in place (history.pushState and a new DOM).
  const swapped = await change(() => window.spa.swap('school'));
  await waitFor(async () => (await paintedSources(page)).includes('the head teacher'), { what: 'the new article painted' });
  assert.ok(!(await paintedSources(page)).includes('Marta Olsen'), 'the old article\'s highlights are gone');
  assert.ok(await panelOpen(), 'the open panel stays open');
  const names = (await shadowAll(page, 'whosaid-host .src .name')).map((x) => x.text);
  assert.ok(names.some((s) => /Brandt|head teacher/.test(s)) && !names.some((s) => /Olsen/.test(s)), `the panel lists the new article's sources: ${names}`);
  assert.equal(await claimCount(), swapped.count);

  // More paragraphs appended ("load more").
  const grown = await change(() => window.spa.more());
  assert.ok(grown.count > swapped.count, `the appended paragraph's claim is found: ${swapped.count} → ${grown.count}`);
  const lastPainted = await page.evaluate(() => {
    const last = document.querySelector('.story-body').lastElementChild;
    return [...CSS.highlights.get('whosaid-source')].some((r) => last.contains(r.startContainer));
  });
  assert.ok(lastPainted, 'the appended paragraph is painted');
  assert.equal(await claimCount(), grown.count);

  // A change outside the article (a list in the side rail grows): read again, but
  // what is painted stays, and so does the UI (the same host, the panel open).
  await page.evaluate(() => { window.__whosaidHost = document.querySelector('whosaid-host'); });
  const seenBefore = (await traffic(b, url)).analyses.length;
  await page.evaluate(() => {
    const li = document.createElement('li');
    li.textContent = 'Library extends its opening hours';
    document.querySelector('.rail ul').append(li);
  });
  await waitFor(async () => (await traffic(b, url)).analyses.length > seenBefore, { what: 'the rail change to be read' });
  await sleep(200);
  assert.equal(await page.evaluate(() => document.querySelector('whosaid-host') === window.__whosaidHost), true, 'the UI was not rebuilt');
  assert.ok(await panelOpen());

  // Paragraphs removed: their highlights vanish, and the count follows.
  const removed = await change(() => { window.spa.drop(3); });
  assert.ok(removed.count < grown.count, `${grown.count} → ${removed.count}`);
  const stray = await page.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('whosaid-'))
    .flatMap((k) => [...CSS.highlights.get(k)]).filter((r) => !r.collapsed && !r.startContainer.isConnected).length);
  assert.equal(stray, 0, 'no highlight on a removed node');
  assert.equal(await claimCount(), removed.count);

  // Off: no listener or observer left (lib/counter.js counts live MutationObservers in
  // every world), and, changing the page again, nothing is read or sent.
  assert.equal(await b.trigger(page), null);
  assert.deepEqual(await leftovers(page), CLEAN);
  assert.equal(sumCounts(await b.listeners(page)), sumCounts(base), JSON.stringify(await b.listeners(page)));
  const quiet = await traffic(b, url);
  await page.evaluate(() => { window.spa.swap('buses'); window.spa.more(); });
  await sleep(1500); // longer than the watcher's quiet time and its longest wait
  await page.evaluate(() => window.spa.drop(1));
  await sleep(700);
  const after = await traffic(b, url);
  assert.deepEqual(after.messages.slice(quiet.messages.length), [], 'nothing was sent after off');
  assert.equal(after.analyses.length, quiet.analyses.length, 'nothing was analysed after off');
  assert.deepEqual(await leftovers(page), CLEAN);
  assert.equal(await badge(b, tabId), '');
  assert.deepEqual(await extensionErrors(), []);
  await page.close();
});

test('the watcher: the page\'s changes count, whosaid\'s own painting (fallback marks, its host) and <head> do not; a page that never settles is read at most every MAX_WAIT ms; stopped, it is silent', async () => {
  // watch.js and the UI in a plain tab's main world, without the extension: the watcher alone, timed.
  const page = await b.newPage();
  await page.goto(server.url(`/pages/spa-article.html?tab=${++n}`));
  for (const f of [...UI_SCRIPTS, 'watch.js']) await page.addScriptTag({ content: readFileSync(join(repoRoot, 'extension', f), 'utf8') });
  const r = await page.evaluate(async () => {
    const wait = (ms) => new Promise((res) => setTimeout(res, ms));
    const { QUIET, MAX_WAIT } = WhosaidWatch;
    const calls = [];
    const w = WhosaidWatch.watch(() => calls.push(performance.now()));
    const out = {};
    // The fallback wraps text in <whosaid-mark> and later unwraps it: whosaid's own changes.
    const { textNodes } = WhosaidUI.collect(document.body);
    const i = textNodes.findIndex((t) => t.data.includes('Shift workers'));
    const R = (a, z) => ({ startNode: i, startOffset: a, endNode: i, endOffset: z });
    const result = { attributions: [{ id: 0, kind: 'direct', cue: R(61, 65), source: R(66, 77), content: [R(0, 60)], cueText: 'said', sourceText: 'Marta Olsen', contentText: [''], speaker: null, entity: null, confidence: 1 }], speakers: [] };
    const painter = WhosaidUI.paint(result, textNodes, { fallback: true });
    w.skipPending();
    out.marks = document.querySelectorAll('whosaid-mark').length;
    document.documentElement.append(document.createElement('whosaid-host'));
    document.head.append(document.createElement('meta'));
    await wait(QUIET * 2);
    out.afterOwn = calls.length;
    painter.clear();
    w.skipPending();
    document.querySelector('whosaid-host').remove();
    await wait(QUIET * 2);
    out.afterClear = calls.length;
    // The page's own changes: paragraphs appended, a text edited.
    const t0 = performance.now();
    window.spa.more();
    await wait(QUIET * 2);
    out.afterMore = calls.length;
    out.moreDelay = calls[0] - t0;
    textNodes[i].data += ' (updated)';
    await wait(QUIET * 2);
    out.afterEdit = calls.length;
    // A ticker changing every 50 ms for 3.2 s never settles: read at most every MAX_WAIT ms, but read.
    const ticker = document.createElement('p');
    document.querySelector('.story-body').append(ticker);
    const before = calls.length;
    const start = performance.now();
    for (let k = 0; k < 64; k++) { ticker.textContent = 'Tick ' + k; await wait(50); }
    out.tickerMs = performance.now() - start;
    out.duringTicker = calls.length - before;
    out.maxWait = MAX_WAIT;
    await wait(QUIET * 2);
    // Stopped: silent.
    w.stop();
    const stopped = calls.length;
    window.spa.swap('school');
    await wait(QUIET * 3);
    out.afterStop = calls.length - stopped;
    out.active = w.active();
    return out;
  });
  assert.ok(r.marks > 0, 'the fallback painted marks');
  assert.equal(r.afterOwn, 0, 'painting, the host and <head> are no change');
  assert.equal(r.afterClear, 0, 'unpainting is no change');
  assert.equal(r.afterMore, 1, 'appended paragraphs: one call once settled');
  assert.ok(r.moreDelay >= 150 && r.moreDelay <= 500, `called ${r.moreDelay} ms after the change`);
  assert.equal(r.afterEdit, 2, 'an edited text: one more');
  assert.ok(r.duringTicker >= 1 && r.duringTicker <= Math.ceil(r.tickerMs / r.maxWait) + 1, `a page that never settles: ${r.duringTicker} calls in ${Math.round(r.tickerMs)} ms`);
  assert.equal(r.afterStop, 0);
  assert.equal(r.active, false);
  await page.close();
});

test('an article in a same-origin frame: painted there, listed in the top frame\'s panel; a cross-origin frame left alone, without errors', async () => {
  // The same article on its own page, for the expected count.
  const ref = await open(b, '/pages/seed-article.html');
  const alone = await b.trigger(ref.page);
  await b.trigger(ref.page);
  await ref.page.close();

  const { page, extensionErrors } = await open(b, '/pages/frame-host.html');
  const frameOf = (name) => waitFor(async () => {
    const f = page.frames().find((x) => x.url().includes('frame=' + name));
    return f && (await f.evaluate(() => document.readyState === 'complete' && !!document.body).catch(() => false)) ? f : null;
  }, { what: `the ${name} frame` });
  const same = await frameOf('same');
  const other = await frameOf('other');
  assert.notEqual(new URL(other.url()).origin, new URL(page.url()).origin, 'the second frame is cross-origin');
  const before = { same: await snapshot(same), other: await snapshot(other) };

  const run = await b.trigger(page);
  assert.ok(run && run.on);
  const embedded = run.frames.filter((f) => f.frameId !== 0);
  assert.equal(embedded.length, 1, `one embedded frame painted: ${JSON.stringify(run.frames)}`);
  assert.equal(embedded[0].count, alone.count, 'the framed article: as many claims as on its own page');
  assert.equal(await badge(b, run.tabId), String(run.count));
  assert.ok((await paintedSources(same)).includes('Diaa Rashwan'));
  assert.equal(await same.evaluate(() => !!document.querySelector('whosaid-host').shadowRoot.querySelector('.pill')), false, 'no button of its own in the frame');
  assert.deepEqual(await frameLeftovers(other), CLEAN, 'the cross-origin frame is untouched');
  assert.deepEqual(await snapshot(same), before.same, 'the framed page\'s DOM is unchanged');

  // The top frame's panel lists the frame's claims; one click shows it in the frame.
  await openPanelByClick(page);
  // Read with textContent: a long list lays out only what is in view (content-visibility).
  const listed = await page.evaluate(() => [...document.querySelector('whosaid-host').shadowRoot.querySelectorAll('.frames .cl')]
    .map((el) => ({ text: el.textContent, attrs: { 'data-a': el.getAttribute('data-a') } })));
  assert.equal(listed.length, alone.count);
  const rashwan = listed.find((x) => /Diaa Rashwan/.test(x.text));
  assert.ok(rashwan, JSON.stringify(listed.map((x) => x.text)));
  await shadowClick(page, `whosaid-host .frames .cl[data-a="${rashwan.attrs['data-a']}"]`);
  const card = await waitFor(() => same.evaluate(() => {
    const c = document.querySelector('whosaid-host').shadowRoot.querySelector('.card');
    return c && !c.hidden ? c.innerText : null;
  }), { what: 'the card in the frame' });
  assert.match(card, /Rashwan/);

  // Off: every frame is clean again.
  assert.equal(await b.trigger(page), null);
  assert.deepEqual(await leftovers(page), CLEAN);
  assert.deepEqual(await frameLeftovers(same), CLEAN);
  assert.deepEqual(await snapshot(same), before.same);
  assert.deepEqual(await snapshot(other), before.other);
  assert.deepEqual(await extensionErrors(), []);
  await page.close();
});

test('export from the panel: the article\'s attributions as JSON and as CSV, each a download named after the page title', async () => {
  const { page, extensionErrors } = await open(b, '/pages/seed-article.html');
  const run = await b.trigger(page);
  assert.ok(run && run.on);
  const painted = new Set((await paintedSources(page)).map((s) => s.replace(/\s+/g, ' ')));
  await shadowClick(page, 'whosaid-host .pill .open');
  await shadowText(page, 'whosaid-host .panel');
  const stem = 'Hamas delegation due in Cairo to discuss Egyptian ceasefire plan - The Daily Meridian';

  const json = await downloaded(() => shadowClick(page, 'whosaid-host .tools .export[data-format="json"]'));
  assert.equal(json.name, `${stem}.whosaid.json`);
  const record = JSON.parse(json.text);
  assert.equal(record.id, await page.title());
  assert.ok(record.text.startsWith(run.article.firstWords), 'the text is the article the page shows painted');
  assert.match(record.text, /Diaa Rashwan/);
  assert.equal(record.attributions.length, run.count, 'every painted attribution, none more');
  const chars = [...record.text];
  const sources = record.attributions.filter((a) => a.source).map((a) => chars.slice(a.source[0], a.source[1]).join('').replace(/\s+/g, ' '));
  assert.ok(sources.length > 0);
  for (const s of sources) assert.ok(painted.has(s), `exported source "${s}" is one painted on the page`);
  assert.match(await shadowText(page, 'whosaid-host .tools .status'), /Saved .*\.whosaid\.json/);

  const csv = await downloaded(() => shadowClick(page, 'whosaid-host .tools .export[data-format="csv"]'));
  assert.equal(csv.name, `${stem}.whosaid.csv`);
  const rows = csv.text.trimEnd().split('\n');
  assert.equal(rows[0], 'speaker,speaker_kind,role,source,cue,kind,content,confidence,content_start,content_end');
  assert.equal(rows.length - 1, run.count, 'one row per attribution');
  assert.ok(rows.some((row) => row.startsWith('Diaa Rashwan,')));
  await b.trigger(page);
  assert.deepEqual(await leftovers(page), CLEAN);
  assert.deepEqual(await extensionErrors(), []);
  await page.close();
});

test('always on for a chosen site: asked for from the panel, given on the options page, its articles painted on load, nothing else; revoked from the panel and from the options page', async () => {
  // The browser's permission prompt cannot be clicked headless, and it is the one
  // step of the real flow this test leaves out. Firefox: the harness sets
  // extensions.webextOptionalPermissionPrompts to false, so permissions.request()
  // (still from the click on the options page) grants the optional site at once.
  // Chromium has no such switch: this test's build grants http://127.0.0.1/* in its
  // manifest (a required host permission), so permissions.request() resolves true at
  // once. Choosing the site, the list, the registered content script and the
  // painting on load are the real ones in both.
  const c = await launchGrantingTestSite(browserName);
  try {
    const registered = () => c.ext(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => ({ matches: s.matches, js: s.js })));
    assert.deepEqual(await registered(), [], 'nothing is registered before the user asks');

    // A click, then the panel's button: the options page opens at this site.
    const first = await open(c, '/pages/seed-article.html');
    const run = await c.trigger(first.page);
    assert.ok(run && run.on);
    await shadowClick(first.page, 'whosaid-host .pill .open');
    assert.equal(await shadowText(first.page, 'whosaid-host .tools .auto-site'), 'Highlight automatically on this site');
    await shadowClick(first.page, 'whosaid-host .tools .auto-site');
    // The tab the background opened (found by its address: Firefox reports no new target for an extension page).
    const options = await waitFor(async () => {
      for (const p of await c.browser.pages()) {
        const href = await p.evaluate(() => location.href).catch(() => '');
        if (href.startsWith(c.origin + 'options.html#site=')) return p;
      }
      return null;
    }, { what: 'the options page to open', interval: 100 });
    await waitFor(() => options.evaluate(() => document.readyState === 'complete' && document.getElementById('site-input').value).catch(() => false), { what: 'the options page' });
    assert.equal(await options.evaluate(() => document.getElementById('site-input').value), 'http://127.0.0.1');
    await options.bringToFront();
    await options.click('#site-add');
    const siteList = () => options.evaluate(() => [...document.querySelectorAll('#sites .site')].map((e) => e.textContent).join());
    await waitFor(async () => (await siteList()) === 'http://127.0.0.1', { what: 'the list to show the site' });
    await waitFor(async () => (await registered()).length === 1, { what: 'the content script to be registered' });
    assert.deepEqual(await registered(), [{ matches: ['http://127.0.0.1/*'], js: [...AUTO_SCRIPTS] }], 'one script, for that one site');
    await c.trigger(first.page); // off
    await first.page.close();

    // Every article of the site is painted on load, without a click.
    const second = await open(c, '/pages/multi-paragraph-quote.html');
    await waitFor(async () => (await paintedSources(second.page)).includes('Vasquez-Hale'), { what: 'the article to be painted on load' });
    const load = (await traffic(c, second.url)).analyses.find((a) => a.reason === 'load');
    assert.ok(load && load.count > 0);
    await waitFor(async () => (await badge(c, load.tabId)) === String(load.count), { what: 'the badge' });
    assert.equal(await second.page.evaluate(() => getComputedStyle(document.querySelector('.story-body p'), '::highlight(whosaid-source)').textDecorationStyle), 'solid', 'styled');
    // The toolbar click still turns it off, cleanly.
    assert.equal(await c.trigger(second.page), null);
    assert.deepEqual(await leftovers(second.page), CLEAN);

    // A page of the site with no article: read, left alone.
    const index = await open(c, '/pages/no-article.html');
    await waitFor(async () => (await traffic(c, index.url)).analyses.some((a) => a.reason === 'load'), { what: 'the page without an article to be read' });
    await sleep(200);
    assert.deepEqual(await leftovers(index.page), CLEAN);
    assert.equal(await badge(c, await tabOf(c, index.url)), '');

    // Another site (localhost: the same server under another host name) gains nothing.
    const elsewhere = await open(c, '/pages/seed-article.html', { base: server.base.replace('127.0.0.1', 'localhost') });
    await sleep(1000);
    assert.deepEqual(await leftovers(elsewhere.page), CLEAN);
    assert.deepEqual((await traffic(c, elsewhere.url)).messages, [], 'nothing ran there');

    // Revoked from the panel: the button says so and the site goes.
    const third = await open(c, '/pages/seed-article.html');
    await waitFor(async () => (await paintedSources(third.page)).includes('Diaa Rashwan'), { what: 'painted on load' });
    await shadowClick(third.page, 'whosaid-host .pill .open');
    assert.equal(await shadowText(third.page, 'whosaid-host .tools .auto-site'), 'Stop highlighting automatically on this site');
    await shadowClick(third.page, 'whosaid-host .tools .auto-site');
    await waitFor(async () => (await registered()).length === 0, { what: 'the script to be unregistered' });
    await waitFor(async () => (await shadowText(third.page, 'whosaid-host .tools .auto-site')) === 'Highlight automatically on this site', { what: 'the button to follow' });
    await waitFor(() => options.evaluate(() => !document.getElementById('sites-empty').hidden), { what: 'the options page list to empty' });

    // Added again on the options page (typed), revoked there with its Stop button.
    await options.bringToFront();
    await options.evaluate(() => { document.getElementById('site-input').value = ''; });
    await options.type('#site-input', server.base + '/pages/');
    await options.click('#site-add');
    await waitFor(async () => (await registered()).length === 1, { what: 'registered again' });
    await waitFor(async () => (await siteList()) === 'http://127.0.0.1', { what: 'the list to show it again' });
    await options.click('#sites .stop');
    await waitFor(async () => (await registered()).length === 0, { what: 'unregistered again' });
    assert.deepEqual(await c.ext(async () => (await chrome.storage.local.get('autoSites')).autoSites), []);
    const fourth = await open(c, '/pages/seed-article.html');
    await sleep(1000);
    assert.deepEqual(await leftovers(fourth.page), CLEAN, 'no longer painted on load');
    assert.deepEqual((await traffic(c, fourth.url)).messages, []);
    for (const p of [second, index, elsewhere, third, fourth]) assert.deepEqual(await p.extensionErrors(), []);
  } finally {
    await c.close();
  }
});
});
