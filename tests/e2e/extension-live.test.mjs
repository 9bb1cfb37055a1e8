// The extension on pages that live: a single-page app swapping its article and
// loading more paragraphs, an article in a same-origin frame (and one from
// another origin beside it), the panel's export, and sites painted on load.
// Real toolbar clicks in headless Chromium, on the project's own test pages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, rmSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, repoRoot } from './lib/server.mjs';
import { launch, waitFor, buildExtension } from './lib/browser.mjs';
import { leftovers, snapshot } from './lib/page-helpers.mjs';
import { AUTO_SCRIPTS, UI_SCRIPTS } from '../../extension/protocol.js';

let server, b;
let n = 0;

before(async () => {
  server = await startServer();
  b = await launch();
});
after(async () => {
  await b?.close();
  await server?.close();
});

/** Open a test page in a new tab with a unique URL; collects page errors. base: another origin for the same server. */
async function open(browser, path, { base } = {}) {
  const page = await browser.context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push('page: ' + e));
  page.on('console', (m) => { if (m.type() === 'error' && /whosaid|chrome-extension/i.test(m.text() + (m.location().url || ''))) errors.push('console: ' + m.text()); });
  const url = (base || server.base) + `${path}${path.includes('?') ? '&' : '?'}tab=${++n}`;
  await page.goto(url);
  const errorsBefore = (await browser.debug()).errors.length;
  const extensionErrors = async () => [...errors, ...(await browser.debug()).errors.slice(errorsBefore).map((e) => `extension (${e.where}): ${e.message}`)];
  return { page, extensionErrors };
}

const badge = (browser, tabId) => browser.sw.evaluate((tabId) => chrome.action.getBadgeText({ tabId }), tabId);
const tabIdOf = (browser, page) => browser.sw.evaluate(async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id, page.url());
/** What the worker saw from a tab: its analyses and every message its frames sent. */
const traffic = (browser, tabId) => browser.sw.evaluate((tabId) => ({
  analyses: whosaidDebug.analyses.filter((a) => a.tabId === tabId),
  messages: whosaidDebug.messages.filter((m) => m.tabId === tabId),
}), tabId);
/** The text of every painted source range still in the page (collapsed ranges paint nothing). */
const paintedSources = (frame) => frame.evaluate(() => [...(CSS.highlights.get('whosaid-source') || [])].filter((r) => !r.collapsed).map((r) => r.toString()));
/**
 * The file a click downloads: { state, name, file }. Through the DevTools
 * protocol's own download events (the harness's second CDP connection takes
 * over where downloads go, so Playwright's download objects point nowhere).
 */
async function downloaded(browser, click) {
  const dir = mkdtempSync(join(tmpdir(), 'whosaid-download-'));
  const s = browser.browserSession;
  await s.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: dir, eventsEnabled: true });
  const names = new Map();
  const begin = (e) => names.set(e.guid, e.suggestedFilename);
  let progress;
  const done = new Promise((resolve) => {
    progress = (e) => { if (e.state !== 'inProgress') resolve({ state: e.state, name: names.get(e.guid), file: join(dir, names.get(e.guid) || '') }); };
  });
  s.on('Browser.downloadWillBegin', begin);
  s.on('Browser.downloadProgress', progress);
  try {
    await click();
    return await done;
  } finally {
    s.off('Browser.downloadWillBegin', begin);
    s.off('Browser.downloadProgress', progress);
  }
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

test('a single-page app: a swapped article and loaded paragraphs are read again within 500 ms of settling; removed highlights go; badge and panel follow; off, nothing observes', async () => {
  const { page, extensionErrors } = await open(b, '/pages/spa-article.html');
  const run = await b.trigger(page);
  assert.ok(run && run.on && run.article.found);
  const tabId = run.tabId;
  assert.ok((await paintedSources(page)).some((s) => s.includes('Olsen')), 'the first article is painted');
  await page.locator('whosaid-host .pill .open').click();
  const panel = page.locator('whosaid-host .panel');
  await panel.waitFor({ state: 'visible' });

  /** Change the page, then wait for the worker's analysis of the change; its delay after the DOM's last change. */
  async function change(fn) {
    const seen = (await traffic(b, tabId)).analyses.length;
    await page.evaluate(fn);
    const a = await waitFor(async () => (await traffic(b, tabId)).analyses.slice(seen).find((x) => x.reason === 'change'), { what: 'the changed page to be read again' });
    const settled = await page.evaluate(() => window.spa.lastChange);
    // The page counts as settled 200 ms after its last change; the analysis must follow within 500 ms of it.
    assert.ok(a.at - settled <= 500, `read again ${a.at - settled} ms after the DOM's last change`);
    console.log(`spa: read again ${a.at - settled} ms after the DOM's last change (${a.count} attributions)`);
    await waitFor(async () => (await badge(b, tabId)) === String(a.count), { what: `the badge to show ${a.count}` });
    return a;
  }

  // The article swapped in place (history.pushState and a new DOM).
  const swapped = await change(() => window.spa.swap('school'));
  await waitFor(async () => (await paintedSources(page)).includes('the head teacher'), { what: 'the new article painted' });
  assert.ok(!(await paintedSources(page)).some((s) => s.includes('Olsen')), 'the old article\'s highlights are gone');
  assert.ok(await panel.isVisible(), 'the open panel stays open');
  const names = await page.locator('whosaid-host .src .name').allInnerTexts();
  assert.ok(names.some((s) => /Brandt|head teacher/.test(s)) && !names.some((s) => /Olsen/.test(s)), `the panel lists the new article's sources: ${names}`);
  assert.equal(await page.locator('whosaid-host .cl').count(), swapped.count);

  // More paragraphs appended ("load more").
  const grown = await change(() => window.spa.more());
  assert.ok(grown.count > swapped.count, `the appended paragraph's claim is found: ${swapped.count} → ${grown.count}`);
  const lastPainted = await page.evaluate(() => {
    const last = document.querySelector('.story-body').lastElementChild;
    return [...CSS.highlights.get('whosaid-source')].some((r) => last.contains(r.startContainer));
  });
  assert.ok(lastPainted, 'the appended paragraph is painted');

  // A change outside the article (a list in the side rail grows): read again, but
  // what is painted stays, and so does the UI (the same host, the panel open).
  await page.evaluate(() => { window.__whosaidHost = document.querySelector('whosaid-host'); });
  const seenBefore = (await traffic(b, tabId)).analyses.length;
  await page.evaluate(() => {
    const li = document.createElement('li');
    li.textContent = 'Library extends its opening hours';
    document.querySelector('.rail ul').append(li);
  });
  await waitFor(async () => (await traffic(b, tabId)).analyses.length > seenBefore, { what: 'the rail change to be read' });
  await sleep(200);
  assert.equal(await page.evaluate(() => document.querySelector('whosaid-host') === window.__whosaidHost), true, 'the UI was not rebuilt');
  assert.ok(await panel.isVisible());

  // Paragraphs removed: their highlights vanish at once, and the count follows.
  const removed = await change(() => {
    window.spa.drop(3);
    return null;
  });
  assert.ok(removed.count < grown.count, `${grown.count} → ${removed.count}`);
  const stray = await page.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('whosaid-'))
    .flatMap((k) => [...CSS.highlights.get(k)]).filter((r) => !r.collapsed && !r.startContainer.isConnected).length);
  assert.equal(stray, 0, 'no highlight on a removed node');
  assert.equal(await page.locator('whosaid-host .cl').count(), removed.count);

  // Off: no observer is left. Change the page again: nothing is read or sent.
  assert.equal(await b.trigger(page), null);
  assert.deepEqual(await leftovers(page), { highlights: 0, hosts: 0, marks: 0, styles: 0 });
  const quiet = await traffic(b, tabId);
  await page.evaluate(() => { window.spa.swap('buses'); window.spa.more(); });
  await sleep(1500); // longer than the watcher's quiet time and its longest wait
  await page.evaluate(() => window.spa.drop(1));
  await sleep(700);
  const after = await traffic(b, tabId);
  assert.deepEqual(after.messages.slice(quiet.messages.length), [], 'nothing was sent after off');
  assert.equal(after.analyses.length, quiet.analyses.length, 'nothing was analysed after off');
  assert.deepEqual(await leftovers(page), { highlights: 0, hosts: 0, marks: 0, styles: 0 });
  assert.equal(await badge(b, tabId), '');
  assert.deepEqual(await extensionErrors(), []);
  await page.close();
});

test('the watcher: the page\'s changes count, whosaid\'s own painting (fallback marks, its host) and <head> do not; a page that never settles is read at most every MAX_WAIT ms; stopped, it is silent', async () => {
  // watch.js and the UI in a plain tab, without the extension: the watcher alone, timed.
  const page = await b.context.newPage();
  await page.goto(server.url(`/pages/spa-article.html?tab=${++n}`));
  for (const f of [...UI_SCRIPTS, 'watch.js']) await page.addScriptTag({ path: join(repoRoot, 'extension', f) });
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
    for (let k = 0; k < 64; k++) { ticker.textContent = 'Tick ' + k; await wait(50); }
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
  assert.ok(r.duringTicker >= 1 && r.duringTicker <= Math.ceil(3200 / r.maxWait) + 1, `a page that never settles: ${r.duringTicker} calls in 3.2 s`);
  assert.equal(r.afterStop, 0);
  assert.equal(r.active, false);
  await page.close();
});

/** What whosaid left in a frame (leftovers' checks, in any frame). */
const frameLeftovers = (frame) => frame.evaluate(() => ({
  highlights: [...CSS.highlights.keys()].filter((k) => k.startsWith('whosaid-')).length,
  hosts: document.querySelectorAll('whosaid-host').length,
  marks: document.querySelectorAll('whosaid-mark').length,
  styles: getComputedStyle(document.body, '::highlight(whosaid-source)').textDecorationLine !== 'none' ? 1 : 0,
}));

test('an article in a same-origin frame: painted there, listed in the top frame\'s panel; a cross-origin frame left alone, without errors', async () => {
  // The same article on its own page, for the expected count.
  const ref = await open(b, '/pages/seed-article.html');
  const alone = await b.trigger(ref.page);
  await b.trigger(ref.page);
  await ref.page.close();

  const { page, extensionErrors } = await open(b, '/pages/frame-host.html');
  const frameOf = (name) => waitFor(() => page.frames().find((f) => f.url().includes('frame=' + name)), { what: `the ${name} frame` });
  const same = await frameOf('same');
  const other = await frameOf('other');
  await same.waitForLoadState('load');
  await other.waitForLoadState('load');
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
  assert.deepEqual(await frameLeftovers(other), { highlights: 0, hosts: 0, marks: 0, styles: 0 }, 'the cross-origin frame is untouched');
  assert.deepEqual(await snapshot(same), before.same, 'the framed page\'s DOM is unchanged');

  // The top frame's panel lists the frame's claims; one click shows it in the frame.
  await page.locator('whosaid-host .pill .open').click();
  await page.locator('whosaid-host .panel').waitFor({ state: 'visible' });
  const listed = page.locator('whosaid-host .frames .cl');
  assert.equal(await listed.count(), alone.count);
  await page.locator('whosaid-host .frames .cl', { hasText: 'Diaa Rashwan' }).first().click();
  const card = same.locator('whosaid-host .card');
  await card.waitFor({ state: 'visible' });
  assert.match(await card.innerText(), /Rashwan/);

  // Off: every frame is clean again.
  assert.equal(await b.trigger(page), null);
  assert.deepEqual(await leftovers(page), { highlights: 0, hosts: 0, marks: 0, styles: 0 });
  assert.deepEqual(await frameLeftovers(same), { highlights: 0, hosts: 0, marks: 0, styles: 0 });
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
  await page.locator('whosaid-host .pill .open').click();
  await page.locator('whosaid-host .panel').waitFor({ state: 'visible' });
  const stem = 'Hamas delegation due in Cairo to discuss Egyptian ceasefire plan - The Daily Meridian';

  const get = async (format) => {
    const { state, name, file } = await downloaded(b, () => page.locator(`whosaid-host .tools .export[data-format="${format}"]`).click());
    assert.equal(state, 'completed');
    assert.equal(name, `${stem}.whosaid.${format}`);
    return readFileSync(file, 'utf8');
  };
  const record = JSON.parse(await get('json'));
  assert.equal(record.id, await page.title());
  assert.ok(record.text.startsWith(run.article.firstWords), 'the text is the article the page shows painted');
  assert.match(record.text, /Diaa Rashwan/);
  assert.equal(record.attributions.length, run.count, 'every painted attribution, none more');
  const chars = [...record.text];
  const sources = record.attributions.filter((a) => a.source).map((a) => chars.slice(a.source[0], a.source[1]).join('').replace(/\s+/g, ' '));
  assert.ok(sources.length > 0);
  for (const s of sources) assert.ok(painted.has(s), `exported source "${s}" is one painted on the page`);
  await waitFor(async () => /Saved .*\.whosaid\.json/.test(await page.locator('whosaid-host .tools .status').innerText()), { what: 'the panel to say it saved' });

  const csv = (await get('csv')).trimEnd().split('\n');
  assert.equal(csv[0], 'speaker,speaker_kind,role,source,cue,kind,content,confidence,content_start,content_end');
  assert.equal(csv.length - 1, run.count, 'one row per attribution');
  assert.ok(csv.some((row) => row.startsWith('Diaa Rashwan,')));
  await b.trigger(page);
  assert.deepEqual(await leftovers(page), { highlights: 0, hosts: 0, marks: 0, styles: 0 });
  assert.deepEqual(await extensionErrors(), []);
  await page.close();
});

test('always on for a chosen site: asked for from the panel, given on the options page, its articles painted on load, nothing else; revoked from the panel and from the options page', async () => {
  // Chromium's permission prompt cannot be clicked headless. This build's manifest
  // grants http://127.0.0.1/* outright (a required host permission), so
  // permissions.request() resolves true at once: the browser's prompt is the one
  // step of the real flow this test leaves out. Choosing the site, the list,
  // the registered content script and the painting on load are the real ones.
  const built = buildExtension();
  const manifestPath = join(built.out, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.host_permissions = ['http://127.0.0.1/*'];
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  const c = await launch({ extensionDir: built.out });
  try {
    const registered = () => c.sw.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => ({ matches: s.matches, js: s.js })));
    assert.deepEqual(await registered(), [], 'nothing is registered before the user asks');

    // A click, then the panel's button: the options page opens at this site.
    const first = await open(c, '/pages/seed-article.html');
    const run = await c.trigger(first.page);
    assert.ok(run && run.on);
    await first.page.locator('whosaid-host .pill .open').click();
    const autoButton = first.page.locator('whosaid-host .tools .auto-site');
    assert.equal(await autoButton.innerText(), 'Highlight automatically on this site');
    const [options] = await Promise.all([c.context.waitForEvent('page'), autoButton.click()]);
    await options.waitForLoadState();
    assert.match(options.url(), new RegExp(`^chrome-extension://${c.extensionId}/options\\.html#site=`));
    assert.equal(await options.locator('#site-input').inputValue(), 'http://127.0.0.1');
    await options.locator('#site-add').click();
    await waitFor(async () => (await options.locator('#sites .site').allInnerTexts()).join() === 'http://127.0.0.1', { what: 'the list to show the site' });
    await waitFor(async () => (await registered()).length === 1, { what: 'the content script to be registered' });
    assert.deepEqual(await registered(), [{ matches: ['http://127.0.0.1/*'], js: [...AUTO_SCRIPTS] }], 'one script, for that one site');
    // The options tab is in front now; the toolbar acts on the tab in front.
    await first.page.bringToFront();
    await c.trigger(first.page); // off
    await first.page.close();

    // Every article of the site is painted on load, without a click.
    const second = await open(c, '/pages/multi-paragraph-quote.html');
    await waitFor(async () => (await paintedSources(second.page)).includes('Vasquez-Hale'), { what: 'the article to be painted on load' });
    const secondTab = await tabIdOf(c, second.page);
    const load = (await traffic(c, secondTab)).analyses.find((a) => a.reason === 'load');
    assert.ok(load && load.count > 0);
    await waitFor(async () => (await badge(c, secondTab)) === String(load.count), { what: 'the badge' });
    assert.equal(await second.page.evaluate(() => getComputedStyle(document.querySelector('.story-body p'), '::highlight(whosaid-source)').textDecorationStyle), 'solid', 'styled');
    // The toolbar click still turns it off, cleanly.
    await second.page.bringToFront();
    assert.equal(await c.trigger(second.page), null);
    assert.deepEqual(await leftovers(second.page), { highlights: 0, hosts: 0, marks: 0, styles: 0 });

    // A page of the site with no article: read, left alone.
    const index = await open(c, '/pages/no-article.html');
    const indexTab = await tabIdOf(c, index.page);
    await waitFor(async () => (await traffic(c, indexTab)).analyses.some((a) => a.reason === 'load'), { what: 'the page without an article to be read' });
    await sleep(200);
    assert.deepEqual(await leftovers(index.page), { highlights: 0, hosts: 0, marks: 0, styles: 0 });
    assert.equal(await badge(c, indexTab), '');

    // Another site (localhost: another origin of the same server) gains nothing.
    const elsewhere = await open(c, '/pages/seed-article.html', { base: server.base.replace('127.0.0.1', 'localhost') });
    await sleep(1000);
    assert.deepEqual(await leftovers(elsewhere.page), { highlights: 0, hosts: 0, marks: 0, styles: 0 });
    assert.deepEqual((await traffic(c, await tabIdOf(c, elsewhere.page))).messages, [], 'nothing ran there');

    // Revoked from the panel: the button says so and the site goes.
    const third = await open(c, '/pages/seed-article.html');
    await waitFor(async () => (await paintedSources(third.page)).includes('Diaa Rashwan'), { what: 'painted on load' });
    await third.page.locator('whosaid-host .pill .open').click();
    const stop = third.page.locator('whosaid-host .tools .auto-site');
    assert.equal(await stop.innerText(), 'Stop highlighting automatically on this site');
    await stop.click();
    await waitFor(async () => (await registered()).length === 0, { what: 'the script to be unregistered' });
    await waitFor(async () => (await stop.innerText()) === 'Highlight automatically on this site', { what: 'the button to follow' });
    await waitFor(async () => options.locator('#sites-empty').isVisible(), { what: 'the options page list to empty' });

    // Added again on the options page (typed), revoked there with its Stop button.
    await options.locator('#site-input').fill(server.base + '/pages/');
    await options.locator('#site-add').click();
    await waitFor(async () => (await registered()).length === 1, { what: 'registered again' });
    await options.locator('#sites .stop').click();
    await waitFor(async () => (await registered()).length === 0, { what: 'unregistered again' });
    assert.deepEqual(await c.sw.evaluate(async () => (await chrome.storage.local.get('autoSites')).autoSites), []);
    const fourth = await open(c, '/pages/seed-article.html');
    await sleep(1000);
    assert.deepEqual(await leftovers(fourth.page), { highlights: 0, hosts: 0, marks: 0, styles: 0 }, 'no longer painted on load');
    assert.deepEqual((await traffic(c, await tabIdOf(c, fourth.page))).messages, []);
    for (const p of [second, index, elsewhere, third, fourth]) assert.deepEqual(await p.extensionErrors(), []);
  } finally {
    await c.close();
    rmSync(built.dir, { recursive: true, force: true });
  }
});
