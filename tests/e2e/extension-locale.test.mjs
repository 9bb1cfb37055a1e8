// The extension's UI in the browser's language, in Chromium and in Firefox (lib/browsers.mjs,
// launch(name, { locale })): a German browser gets the German card, panel, pill, badge title and
// options page (chrome.i18n, _locales/de), an English one the English UI; in both, the claims the
// engine is unsure of (confidence below 0.8) are marked uncertain; a French article's note is said
// in the browser's language. The German sample page is painted to its expected highlights
// (tests/fixtures/german-sample-gold.json) whatever the browser's language.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './lib/server.mjs';
import { launch, waitFor, browserNames } from './lib/browsers.mjs';
import { rangePoint, shadowText, shadowAll, shadowClick, snapshot } from './lib/page-helpers.mjs';
import { loadGermanSample, paintedRanges, compareWithGold } from './lib/seed.mjs';

const german = loadGermanSample();
const germanStarts = german.paragraphs.map((p) => p.start);

// What each language's UI says (the messages in extension/_locales/<lang>/messages.json).
const UI = {
  'de-DE': {
    pill: 'whosaid · 9 Aussagen', title: 'Quellen in diesem Artikel', kinds: ['anonym', 'benannt', 'Dokument', 'Organisation'],
    badge: 'whosaid: 9 Zuordnungen (klicken zum Ausschalten)', card: /Im Text\s+the official[\s\S]*Quelle\s+a Hamas official[\s\S]*Redeeinleitung\s+said/,
    more: /3 weitere Aussagen dieser Quelle/, uncertain: 'unsicher', confidence: /Sicherheit\s+unsicher \(0,72\)/,
    germanPill: 'whosaid · 10 Aussagen', germanCard: /Petra Vogel\s*benannt[\s\S]*Redeeinleitung\s+sagte[\s\S]*Wiedergabe\s+indirekte \(berichtete\) Aussage/i,
    french: /^whosaid · Dieser Artikel ist auf Französisch verfasst: whosaid liest Englisch und Deutsch\.$/,
    options: { lang: 'de', legend: 'Hervorheben', reset: 'Standard wiederherstellen', cat: 'Quellen' },
  },
  'en-US': {
    pill: 'whosaid · 9 claims', title: 'Sources in this article', kinds: ['anonymous', 'document', 'named', 'organisation'],
    badge: 'whosaid: 9 attributions (click to turn off)', card: /As written\s+the official[\s\S]*Speaker\s+a Hamas official[\s\S]*Cue\s+said/,
    more: /3 more claims by this source/, uncertain: 'uncertain', confidence: /Confidence\s+uncertain \(0\.72\)/,
    germanPill: 'whosaid · 10 claims', germanCard: /Petra Vogel\s*named[\s\S]*Cue\s+sagte[\s\S]*Quote\s+indirect \(reported\) claim/i,
    french: /^whosaid · This article is in French: whosaid reads English and German\.$/,
    options: { lang: 'en', legend: 'Highlight', reset: 'Restore defaults', cat: 'Sources' },
  },
};

for (const browserName of browserNames()) for (const [locale, want] of Object.entries(UI)) describe(`${browserName}, ${locale}`, () => {
  let server, b;
  let n = 0;
  before(async () => {
    server = await startServer();
    b = await launch(browserName, { locale });
  });
  after(async () => {
    await b?.close();
    await server?.close();
  });

  async function open(path) {
    const page = await b.newPage();
    await page.goto(server.url(`${path}?tab=${++n}`));
    return page;
  }
  const title = (tabId) => b.ext((tabId) => chrome.action.getTitle({ tabId }), tabId);

  test('the seed article: pill, card, panel and badge title in the browser\'s language', async () => {
    assert.equal(await b.ext(() => chrome.i18n.getUILanguage().split('-')[0]), locale.split('-')[0]);
    const page = await open('/pages/seed-article.html');
    const run = await b.trigger(page);
    assert.ok(run && run.on && run.count === 9, `9 claims painted (${run && run.count})`);
    assert.equal(await shadowText(page, 'whosaid-host .pill .open'), want.pill);
    assert.equal(await title(run.tabId), want.badge);
    const p = await rangePoint(page, 'source', 'the official');
    await page.mouse.move(p.x, p.y);
    const card = await shadowText(page, 'whosaid-host .card');
    assert.match(card, want.card);
    assert.match(card, want.more);
    await shadowClick(page, 'whosaid-host .card .more');
    await shadowText(page, 'whosaid-host .panel');
    assert.equal((await shadowAll(page, 'whosaid-host .panel h2'))[0].text, want.title);
    const kinds = (await shadowAll(page, 'whosaid-host .src .kind')).map((k) => k.text.toLowerCase());
    assert.deepEqual([...new Set(kinds)].sort(), want.kinds.map((k) => k.toLowerCase()).sort());
    // Seed claims are all sure ones: nothing marked.
    assert.equal((await shadowAll(page, 'whosaid-host .cl .uncertain')).length, 0);
    await b.trigger(page);
    assert.deepEqual((await b.debug()).errors, []);
    await page.close();
  });

  test('claims below 0.8 confidence are marked uncertain, in the panel and on their card', async () => {
    const page = await open('/pages/uncertain-article.html');
    const run = await b.trigger(page);
    assert.ok(run && run.on);
    await shadowClick(page, 'whosaid-host .pill .open');
    await shadowText(page, 'whosaid-host .panel');
    const rows = (await shadowAll(page, 'whosaid-host .cl')).map((r) => r.text);
    const marked = rows.filter((r) => r.includes(want.uncertain)).map((r) => r.split(/\s+/).find((w) => /^(suggested|hinted)$/.test(w)));
    assert.deepEqual(marked, ['suggested', 'hinted'], JSON.stringify(rows));
    assert.equal(rows.length - marked.length, 3, 'the sure claims are not marked');
    await page.keyboard.press('Escape');
    const p = await rangePoint(page, 'cue', 'suggested');
    await page.mouse.move(p.x, p.y);
    const card = await shadowText(page, 'whosaid-host .card');
    assert.match(card, want.confidence);
    await b.trigger(page);
    assert.deepEqual((await b.debug()).errors, []);
    await page.close();
  });

  test('the German sample page: painted to its expected highlights, read as German, its UI in the browser\'s language', async () => {
    const page = await open('/pages/german-article.html');
    const before = await snapshot(page);
    const run = await b.trigger(page);
    assert.ok(run && run.on && run.article.found);
    const problems = compareWithGold(await paintedRanges(page, '.story-body', germanStarts), german);
    assert.deepEqual(await snapshot(page), before, 'the page DOM is untouched');
    assert.equal(await shadowText(page, 'whosaid-host .pill .open'), want.germanPill);
    const p = await rangePoint(page, 'cue', 'sagte');
    await page.mouse.move(p.x, p.y);
    assert.match(await shadowText(page, 'whosaid-host .card'), want.germanCard);
    await b.trigger(page);
    assert.deepEqual((await b.debug()).errors, []);
    await page.close();
    assert.deepEqual(problems, []);
    assert.equal(run.count, german.gold.length, 'one attribution per expected attribution');
  });

  test('a French article: no highlights, its note in the browser\'s language on the pill and the badge title', async () => {
    const page = await open('/pages/french-article.html');
    const run = await b.trigger(page);
    assert.ok(run && run.on && run.count === 0);
    const pill = await shadowText(page, 'whosaid-host .pill .open');
    assert.match(pill, want.french);
    assert.equal(await title(run.tabId), pill.replace(/^whosaid · /, 'whosaid: '));
    await b.trigger(page);
    await page.close();
  });

  test('the options page in the browser\'s language', async () => {
    const options = await b.newPage();
    await b.goto(options, b.origin + 'options.html');
    const got = await waitFor(() => options.evaluate(() => document.querySelector('#rows label') && {
      lang: document.documentElement.lang.split('-')[0], legend: document.querySelector('legend').textContent,
      reset: document.querySelector('#reset').textContent, cat: document.querySelector('#rows label').textContent,
      keys: document.querySelector('#key-toggle') !== null,
    }), { what: 'the options page' });
    assert.deepEqual(got, { ...want.options, keys: true });
    await options.close();
  });
});
