// What the reader sees is what whosaid reads: a page hidden as a whole by an
// anti-flicker rule (`body { visibility: hidden }`, `html.async-hide { opacity: 0 }`)
// whose script never lifted it is read and painted, while the elements the
// page hides inside itself (display: none; visibility: hidden below a visible
// parent) stay hidden and are never painted. A real toolbar click, in Chromium and Firefox.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './lib/server.mjs';
import { launch, browserNames } from './lib/browsers.mjs';
import { snapshot } from './lib/page-helpers.mjs';

for (const browserName of browserNames()) describe(browserName, () => {
let server, b;
before(async () => {
  server = await startServer();
  b = await launch(browserName);
});
after(async () => { await b?.close(); await server?.close(); });

const painted = (page) => page.evaluate(() => {
  const out = {};
  for (const [name, h] of CSS.highlights) if (name.startsWith('whosaid-')) out[name.slice(8)] = [...h].map((r) => r.toString());
  return out;
});

test('an anti-flicker hide on body and html counts as visible; hides inside the page still hide', async () => {
  const page = await b.newPage();
  await b.goto(page, server.url('/pages/anti-flicker.html?tab=1'));
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).visibility), 'hidden', 'the hide is in force');
  const before = await snapshot(page);
  const run = await b.trigger(page);
  assert.ok(run && run.on && run.article.found, 'an article is found');
  assert.match(run.article.firstWords, /^Library extends its opening hours|^The central library/);
  const p = await painted(page);
  const all = Object.values(p).flat().join(' | ');
  assert.ok(p.source.includes('its director'), all);
  assert.ok(p.source.includes('Okonkwo-Bell'), all);
  assert.ok(p.source.includes('The council'), all);
  assert.ok(p.source.includes('the director'), all);
  assert.ok(p.source.includes('A spokesman'), all);
  assert.doesNotMatch(all, /printed edition|the editor/, 'display: none stays hidden');
  assert.doesNotMatch(all, /hidden by the page itself|a clerk/, 'visibility: hidden below a visible parent stays hidden');
  assert.deepEqual(await snapshot(page), before, 'the page DOM is untouched');
  await b.trigger(page);
  await page.close();
});
});
