// The extension's loose ends on live pages, in Chromium and in Firefox (lib/browsers.mjs): a
// frame that loads after the click is painted while on; the panel's export covers every painted
// frame; a "read more" that shows the rest by an attribute is read again; a site painted on load
// is painted in its same-origin frames too. Real toolbar clicks, on the project's own test pages.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './lib/server.mjs';
import { launch, waitFor, browserNames } from './lib/browsers.mjs';
import { leftovers, shadowClick, openPanelByClick } from './lib/page-helpers.mjs';
import { paintedSources, frameLeftovers, CLEAN, badge, traffic, downloaded, launchGrantingTestSite } from './lib/live.mjs';

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

/** A test page in a new tab with a unique URL; collects page errors and the extension's. */
async function open(browser, path) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push('page: ' + e));
  const url = server.base + `${path}${path.includes('?') ? '&' : '?'}tab=${++n}`;
  await page.goto(url);
  const errorsBefore = (await browser.debug()).errors.length;
  const extensionErrors = async () => [...errors.filter((e) => !/favicon\.ico/.test(e)),
    ...(await browser.debug()).errors.slice(errorsBefore).map((e) => `extension (${e.where}): ${e.message}`)];
  return { page, url, extensionErrors };
}
/** The loaded frame of page whose address holds `frame=name`. */
const frameOf = (page, name) => waitFor(async () => {
  const f = page.frames().find((x) => x.url().includes('frame=' + name));
  return f && (await f.evaluate(() => document.readyState === 'complete' && !!document.body).catch(() => false)) ? f : null;
}, { what: `the ${name} frame` });

test('a frame loaded after the click is painted while on (badge and panel follow); the export holds every painted frame\'s article; off, every frame is clean', async () => {
  const ref = await open(b, '/pages/seed-article.html');
  const alone = await b.trigger(ref.page);
  await b.trigger(ref.page);
  await ref.page.close();

  const { page, extensionErrors } = await open(b, '/pages/frame-host.html');
  const same = await frameOf(page, 'same');
  const run = await b.trigger(page);
  assert.ok(run && run.on);
  const first = Number(await badge(b, run.tabId));
  assert.ok(first >= alone.count, 'the first frame\'s claims (and the top page\'s own)');

  // A second same-origin frame, added while on (an embedded reader opened later).
  await page.evaluate(() => {
    const f = document.createElement('iframe');
    f.src = 'seed-article.html?frame=late';
    document.querySelector('main').append(f);
  });
  const late = await frameOf(page, 'late');
  await waitFor(async () => (await paintedSources(late)).includes('Diaa Rashwan'), { what: 'the late frame to be painted' });
  await waitFor(async () => (await badge(b, run.tabId)) === String(first + alone.count), { what: 'the badge to count the new frame too' });
  await openPanelByClick(page);
  await waitFor(async () => (await page.evaluate(() => document.querySelector('whosaid-host').shadowRoot.querySelectorAll('.frames .cl').length)) === 2 * alone.count,
    { what: 'the panel to list both frames\' claims' });

  // The export: a document per painted frame with an article (the top page holds none here).
  const json = await downloaded(b, () => shadowClick(page, 'whosaid-host .tools .export[data-format="json"]'));
  assert.match(json.name, /\.whosaid\.jsonl$/, 'several documents: JSON Lines');
  const records = json.text.trimEnd().split('\n').map((l) => JSON.parse(l));
  // The top page's own text first (its short article), then each framed article.
  assert.equal(records.length, 3, 'one line per painted frame');
  assert.equal(records[0].id, await page.title());
  assert.ok(!/Diaa Rashwan/.test(records[0].text));
  for (const r of records.slice(1)) {
    assert.match(r.text, /Diaa Rashwan/);
    assert.equal(r.attributions.length, alone.count);
  }
  assert.equal(new Set(records.map((r) => r.id)).size, 3, `each document its own id: ${records.map((r) => r.id)}`);
  const attributions = records.reduce((k, r) => k + r.attributions.length, 0);
  const csv = await downloaded(b, () => shadowClick(page, 'whosaid-host .tools .export[data-format="csv"]'));
  const rows = csv.text.trimEnd().split('\n');
  assert.equal(rows[0], 'document,speaker,speaker_kind,role,source,cue,kind,content,confidence,content_start,content_end');
  assert.equal(rows.length - 1, attributions, 'a row per attribution of every frame');
  assert.equal(new Set(rows.slice(1).map((r) => r.split('",')[0])).size, records.filter((r) => r.attributions.length).length, 'each row names its document');

  assert.equal(await b.trigger(page), null);
  assert.deepEqual(await leftovers(page), CLEAN);
  assert.deepEqual(await frameLeftovers(same), CLEAN);
  assert.deepEqual(await frameLeftovers(late), CLEAN);
  // Off: a frame loading now is left alone.
  await page.evaluate(() => { document.querySelector('iframe[src*="frame=late"]').src = 'seed-article.html?frame=later'; });
  const later = await frameOf(page, 'later');
  await new Promise((r) => setTimeout(r, 500));
  assert.deepEqual(await frameLeftovers(later), CLEAN);
  assert.deepEqual(await extensionErrors(), []);
  await page.close();
});

for (const mode of ['hidden', 'class']) {
  test(`a "read more" that shows the rest by ${mode === 'hidden' ? 'removing [hidden]' : 'removing a class'} is read again; the new claims are painted`, async () => {
    const { page, url, extensionErrors } = await open(b, `/pages/read-more.html?mode=${mode}`);
    const run = await b.trigger(page);
    assert.ok(run && run.on && run.count > 0);
    assert.ok(!(await paintedSources(page)).some((s) => /ferry’s captain/.test(s)), 'the hidden part is not painted');
    await page.click('#read-more');
    await waitFor(async () => (await paintedSources(page)).some((s) => /ferry’s captain/.test(s)), { what: 'the shown part to be painted', timeout: 5000 });
    const changes = (await traffic(b, url)).analyses.filter((a) => a.reason === 'change');
    assert.ok(changes.length >= 1 && changes[changes.length - 1].count > run.count, `read again, with more claims: ${JSON.stringify(changes)}`);
    await waitFor(async () => Number(await badge(b, run.tabId)) === changes[changes.length - 1].count, { what: 'the badge to follow' });
    assert.equal(await b.trigger(page), null);
    assert.deepEqual(await leftovers(page), CLEAN);
    // Off: attributes changing are not watched.
    const seen = (await traffic(b, url)).analyses.length;
    await page.evaluate(() => { document.getElementById('more').hidden = true; document.querySelector('.story').classList.add('collapsed'); });
    await new Promise((r) => setTimeout(r, 600));
    assert.equal((await traffic(b, url)).analyses.length, seen, 'nothing read while off');
    assert.deepEqual(await extensionErrors(), []);
    await page.close();
  });
}

test('a site painted on load: its same-origin frames are painted on load too, a frame of another site is not', async () => {
  // As in extension-live's always-on test: the permission prompt is the one step left out
  // (Chromium: this build grants http://127.0.0.1/* in its manifest; Firefox: prompts are off).
  const c = await launchGrantingTestSite(browserName);
  try {
    const options = await c.newPage();
    await c.goto(options, c.origin + 'options.html#site=' + encodeURIComponent('http://127.0.0.1'));
    await waitFor(() => options.evaluate(() => document.readyState === 'complete' && document.getElementById('site-input').value).catch(() => false), { what: 'the options page' });
    await options.bringToFront();
    await options.click('#site-add');
    const registered = () => c.ext(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => ({ matches: s.matches, allFrames: s.allFrames })));
    await waitFor(async () => (await registered()).length === 1, { what: 'the content script to be registered' });
    assert.deepEqual(await registered(), [{ matches: ['http://127.0.0.1/*'], allFrames: true }]);

    const { page, url, extensionErrors } = await open(c, '/pages/frame-host.html');
    const same = await frameOf(page, 'same');
    const other = await frameOf(page, 'other');
    await waitFor(async () => (await paintedSources(same)).includes('Diaa Rashwan'), { what: 'the frame to be painted on load' });
    assert.equal(await same.evaluate(() => getComputedStyle(document.querySelector('.story-body p'), '::highlight(whosaid-source)').textDecorationStyle), 'solid', 'styled');
    assert.deepEqual(await frameLeftovers(other), CLEAN, 'the frame of another site is left alone');
    const tabId = (await waitFor(async () => (await traffic(c, url)).messages[0], { what: 'a message from the page' })).tabId;
    const frameLoad = await waitFor(async () => (await c.ext(async () => {
      const g = globalThis.whosaidDebug ? globalThis : await chrome.runtime.getBackgroundPage();
      return JSON.parse(JSON.stringify(g.whosaidDebug.analyses));
    })).find((a) => a.tabId === tabId && a.frameId !== 0 && a.reason === 'load' && a.count > 0), { what: 'the frame\'s analysis on load' });
    await waitFor(async () => Number(await badge(c, tabId)) >= frameLoad.count, { what: 'the badge' });
    // The toolbar click turns every frame off.
    if (!(await c.isOn(page))) await c.trigger(page);
    assert.equal(await c.trigger(page), null);
    assert.deepEqual(await leftovers(page), CLEAN);
    assert.deepEqual(await frameLeftovers(same), CLEAN);
    assert.deepEqual(await extensionErrors(), []);
  } finally {
    await c.close();
  }
});
});
