// whosaid demo page. The text is rendered as paragraphs into #article, read
// back with the shared WhosaidUI.collect, analysed by the Wasm module in a
// Web Worker (worker.js), then painted with the shared WhosaidUI.paint and
// WhosaidUI.mount: the same page path as the extension.
//
// This file is the page's wiring (analysis, results, the buttons, paste);
// engine.js runs the worker, render.js puts the text into the page,
// files.js reads files and HTML (and takes dropped files), share.js builds and
// opens share links, export.js builds the downloads, samples.js lists the
// sample articles, status.js shows the busy and error lines.
//
// User text only ever reaches the DOM through textContent / value. The page
// speaks the browser's language (i18n.js: English or German); the language
// picker (#lang) tells the engine which language the article is in.

import { pickLang, loadMessages, localize, t as tr, plural, percent } from './i18n.js';
import { Engine, Cancelled, measure } from './engine.js';
import { toParagraphs, renderAndCollect, yieldToBrowser } from './render.js';
import { MAX_BYTES, formatSize, readFile, htmlToArticleText, acceptDrops } from './files.js';
import { exportArticle } from './export.js';
import { loadSamples } from './samples.js';
import { offerShare, decodeShare } from './share.js';
import { useStatus, showStatus, hideStatus, showError, hideError } from './status.js';

// The catalogue first: every string below, and the shared UI's, come from it.
let catalogue;
try {
  catalogue = await loadMessages(pickLang());
} catch (err) {
  console.error(err);
  catalogue = await loadMessages('en').catch(() => null);
}
if (catalogue) {
  localize(document);
  if (typeof WhosaidUI !== 'undefined') WhosaidUI.useMessages(catalogue.lang, catalogue.messages);
}

const AUTO_PANEL_MAX = 300; // more claims than this: the panel opens on request only
const LARGE_TEXT = 200_000; // longer texts are not kept in the textarea: editing 1 MB there is slow

const $ = (id) => document.getElementById(id);
const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;
const el = {
  text: $('text'),
  analyse: $('analyse'),
  clear: $('clear'),
  file: $('file'),
  samples: $('samples'),
  input: $('input'),
  status: $('status'),
  statusText: $('status-text'),
  statusTime: $('status-time'),
  error: $('error'),
  result: $('result'),
  resultHeading: $('result-heading'),
  summary: $('summary'),
  legend: $('legend'),
  empty: $('empty'),
  note: $('note'),
  article: $('article'),
  openPanel: $('open-panel'),
  exportJson: $('export-json'),
  exportCsv: $('export-csv'),
  share: $('share'),
  shareBox: $('share-box'),
  shareLink: $('share-link'),
  shareStatus: $('share-status'),
  version: $('version'),
  skip: $('skip'),
  lang: /** @type {HTMLSelectElement} */ ($('lang')),
};
/** The engine's options for the article: the picker's language ("auto": detected). */
const engineOptions = () => ({ lang: el.lang.value || 'auto' });

useStatus({ box: el.status, text: el.statusText, time: el.statusTime, error: el.error });

const engine = new Engine();
engine.ready.then(
  (v) => {
    el.version.textContent = tr('demo_engine', [v]);
  },
  (err) => showError(tr('demo_engineFailed', [err.message])),
);

// ---------------------------------------------------------------- busy

function setBusy(busy) {
  el.analyse.disabled = busy;
  el.analyse.textContent = tr(busy ? 'demo_analyseBusy' : 'demo_analyse');
  el.result.setAttribute('aria-busy', busy ? 'true' : 'false');
  updateActions();
}

/** The result's buttons work on the last finished analysis only. */
function updateActions() {
  const none = !current;
  el.exportJson.disabled = none;
  el.exportCsv.disabled = none;
  el.share.disabled = none;
  el.openPanel.disabled = none || current.result.attributions.length === 0;
}

// ---------------------------------------------------------------- analysis

let currentRun = 0;
let painter = null;
let ui = null;
/** What was last analysed: the text as rendered (paragraphs joined by blank lines), its id and result. */
let current = null;

function teardown() {
  if (ui) {
    try {
      ui.destroy();
    } catch (e) {
      console.error(e);
    }
    ui = null;
  }
  if (painter) {
    try {
      painter.clear();
    } catch (e) {
      console.error(e);
    }
    painter = null;
  }
}

function utf8Length(text) {
  // Fast upper bound first; exact count only near the cap.
  if (text.length * 3 <= MAX_BYTES) return text.length;
  return new Blob([text]).size;
}

/**
 * Analyses a text: validates it, renders it, analyses it in the worker and
 * paints it with the shared UI. `id` names the document in exports.
 */
async function analyse(text, { id = 'pasted', label = null } = {}) {
  hideError();
  if (!text || !text.trim()) {
    showError(tr('demo_noText'));
    el.text.focus();
    return;
  }
  const bytes = utf8Length(text);
  if (bytes > MAX_BYTES) {
    showError(tr('demo_tooLarge', [formatSize(bytes), formatSize(MAX_BYTES)]));
    return;
  }
  if (typeof WhosaidUI === 'undefined') {
    showError(tr('demo_noUi'));
    return;
  }

  const run = ++currentRun;
  releaseTextarea(text);
  // A share link's text stays in the address only while it is what is shown.
  if (id !== 'shared' && /^#[zt]=/.test(location.hash)) history.replaceState(null, '', location.pathname + location.search);
  if (engine.busy) engine.restart(); // abandon an analysis still running
  teardown();
  current = null; // exports and share links wait for this run's result
  setBusy(true);
  showStatus(label ? tr('demo_analysingLabel', [label, formatSize(text.length)]) : tr('demo_analysing', [formatSize(text.length)]));
  el.shareBox.hidden = true;
  el.result.hidden = false;
  el.summary.textContent = '';
  el.summary.removeAttribute('data-attributions');
  el.empty.hidden = true;
  el.note.hidden = true;

  try {
    const paragraphs = toParagraphs(text);
    const articleText = paragraphs.join('\n\n');
    let t = performance.now();
    const collected = await renderAndCollect(el.article, paragraphs, () => run === currentRun);
    if (!collected) return;
    const { input, textNodes } = collected;
    t = measure('render and collect', t);
    const result = await engine.call('analyzePage', input, '', engineOptions());
    if (run !== currentRun) return;
    t = measure('analyzePage', t);

    await yieldToBrowser();
    if (run !== currentRun) return;
    // With nothing found there is nothing to paint and no panel to offer.
    if (result.attributions.length > 0 && !(await present(result, textNodes, run))) return;
    current = { text: articleText, id, result, textNodes };
    await yieldToBrowser();
    if (run !== currentRun) return;
    showResult(result);
    // The panel opens by itself where there is room for it beside the article,
    // and only for a readable number of claims (its list is built in one go).
    const n = result.attributions.length;
    el.result.scrollIntoView({ block: 'start', behavior: reducedMotion() ? 'auto' : 'smooth' });
    if (n > 0 && n <= AUTO_PANEL_MAX && window.matchMedia('(min-width: 64rem)').matches) ui.openPanel();
    else el.resultHeading.focus({ preventScroll: true });
  } catch (err) {
    if (err instanceof Cancelled || run !== currentRun) return;
    console.error(err);
    showError(
      engine.fatal === err
        ? tr('demo_engineFailed', [err.message])
        : tr('demo_failed', [err.message]),
    );
    el.result.hidden = true;
    el.skip.hidden = true;
  } finally {
    if (run === currentRun) {
      setBusy(false);
      hideStatus();
    }
  }
}

/** Paints a result and mounts the card and panel (the shared UI); false if superseded. */
async function present(result, textNodes, run) {
  let t = performance.now();
  const mine = WhosaidUI.paint(result, textNodes, {
    categories: { source: true, cue: true, direct: true, indirect: true, unattributed: true },
  });
  painter = mine;
  t = measure('paint', t);
  // Paint and mount are each a long step on a large result: let a frame through between them.
  await yieldToBrowser();
  if (run !== currentRun) {
    // A newer run has begun; its teardown() has normally cleared this painting already.
    if (painter === mine) {
      mine.clear();
      painter = null;
    }
    return false;
  }
  t = performance.now();
  ui = WhosaidUI.mount(result, textNodes, painter, { onClose: highlightsOff });
  measure('mount', t);
  el.openPanel.textContent = tr('demo_panel');
  return true;
}

/** The shared UI's "turn off" button: take the highlights, card and panel away until asked back. */
function highlightsOff() {
  teardown();
  el.openPanel.textContent = tr('demo_showHighlights');
  updateActions();
  el.openPanel.focus();
}

const DEFAULT_PLACEHOLDER = el.text.placeholder;

/**
 * A textarea holding a megabyte makes every frame of the page slow (the
 * browser re-walks its text), so a large text moves out of it while it is
 * shown below; small texts stay for editing.
 */
function releaseTextarea(text) {
  if (text.length > LARGE_TEXT) {
    if (el.text.value === text) el.text.value = '';
    el.text.placeholder = tr('demo_shownBelow', [formatSize(text.length)]);
  } else {
    el.text.placeholder = DEFAULT_PLACEHOLDER;
  }
}


function showResult(result) {
  el.skip.hidden = false;
  const s = result.summary || {};
  const cued = result.attributions.filter((a) => a.cue).length;
  el.summary.dataset.attributions = String(cued);
  el.summary.dataset.claims = String(s.claims ?? 0);
  el.summary.dataset.sources = String(s.sources ?? 0);
  el.summary.dataset.articleLength = String(result.article ? result.article.textLength : 0);
  if (result.attributions.length === 0) {
    el.summary.textContent = '';
    el.summary.hidden = true;
    el.legend.hidden = true;
    el.empty.hidden = false;
  } else {
    el.summary.hidden = false;
    el.legend.hidden = false;
    el.empty.hidden = true;
    el.summary.textContent = tr('demo_summary', [plural('sources', s.sources ?? 0), plural('claims', s.claims ?? 0), percent(s.anonymousShare), percent(s.directShare)]);
  }
  const art = result.article || {};
  const notes = [];
  if (art.found === false) notes.push(tr('demo_noArticle'));
  else if (WhosaidUI.note(art)) notes.push(WhosaidUI.note(art));
  el.note.textContent = notes.join(' ');
  el.note.hidden = notes.length === 0;
  updateActions();
  showStatusAnnouncement(
    result.attributions.length === 0
      ? tr('demo_foundNone')
      : tr('demo_found', [plural('claims', s.claims ?? 0), plural('sources', s.sources ?? 0)]),
  );
}

/** Lets screen readers hear the outcome through the live status region, then hides it. */
function showStatusAnnouncement(text) {
  const live = document.createElement('p');
  live.className = 'visually-hidden';
  live.setAttribute('role', 'status');
  live.textContent = text;
  el.result.prepend(live);
  setTimeout(() => live.remove(), 5000);
}

/** The article text of an HTML document, or null after telling the user why not. */
async function articleFromHtml(html, name) {
  if (typeof WhosaidUI === 'undefined') {
    showError(tr('demo_noUi'));
    return null;
  }
  showStatus(tr('demo_reading', [name]));
  let text;
  try {
    const { paragraphs } = await htmlToArticleText(html, (input) => engine.call('analyzePage', input));
    text = paragraphs.join('\n\n');
  } catch (err) {
    hideStatus();
    if (!(err instanceof Cancelled)) showError(tr('demo_readFailed', [name, err.message]));
    return null;
  }
  hideStatus();
  if (!text.trim()) {
    showError(tr('demo_noArticleIn', [name]));
    return null;
  }
  return text;
}

async function openFile(file) {
  hideError();
  let read;
  try {
    read = await readFile(file);
  } catch (err) {
    showError(err.message);
    return;
  }
  let text = read.text;
  const id = read.name.replace(/\.[^.]+$/, '') || 'file';
  if (read.kind === 'html') {
    text = await articleFromHtml(read.text, `“${read.name}”`);
    if (text === null) return;
  } else if (!text.trim()) {
    showError(tr('demo_fileNoText', [read.name]));
    return;
  }
  el.text.value = text;
  await analyse(text, { id, label: read.name });
}

/** The Analyse button: pasted text, or pasted HTML source read like an .html file. */
async function analysePasted() {
  const value = el.text.value;
  if (/^\s*<(!doctype\s+html|html[\s>])/i.test(value)) {
    hideError();
    const text = await articleFromHtml(value, 'the pasted HTML');
    if (text === null) return;
    el.text.value = text;
    await analyse(text, { id: 'pasted' });
    return;
  }
  await analyse(value);
}

el.file.addEventListener('change', () => {
  const f = el.file.files && el.file.files[0];
  if (f) openFile(f);
  el.file.value = '';
});

// ---------------------------------------------------------------- export

async function exportAs(kind) {
  if (!current) return;
  hideError();
  const button = kind === 'json' ? el.exportJson : el.exportCsv;
  button.disabled = true;
  try {
    await exportArticle(engine, current, kind);
  } catch (err) {
    if (!(err instanceof Cancelled)) showError(tr('demo_exportFailed', [err.message]));
  } finally {
    button.disabled = false;
  }
}

el.exportJson.addEventListener('click', () => exportAs('json'));
el.exportCsv.addEventListener('click', () => exportAs('csv'));
el.openPanel.addEventListener('click', async () => {
  if (ui) ui.openPanel();
  else if (current && (await present(current.result, current.textNodes, currentRun)) && current.result.attributions.length > 0) ui.openPanel();
});

el.share.addEventListener('click', async () => {
  if (!current) return;
  hideError();
  await offerShare(current.text, { box: el.shareBox, link: el.shareLink, status: el.shareStatus }, showError);
});

async function openFromLocation() {
  if (!location.hash || location.hash.length < 3) return;
  let text;
  try {
    text = await decodeShare(location.hash);
  } catch {
    showError(tr('demo_badShareLink'));
    return;
  }
  if (text == null) return;
  el.text.value = text;
  await analyse(text, { id: 'shared' });
}

window.addEventListener('hashchange', openFromLocation);

// ---------------------------------------------------------------- wiring

el.skip.addEventListener('click', (e) => {
  e.preventDefault();
  el.resultHeading.focus();
  el.resultHeading.scrollIntoView({ block: 'start' });
});
el.analyse.addEventListener('click', analysePasted);
el.text.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
    e.preventDefault();
    if (!el.analyse.disabled) analysePasted();
  }
});
el.clear.addEventListener('click', () => {
  currentRun++;
  if (engine.busy) engine.restart();
  teardown();
  current = null;
  el.text.value = '';
  el.text.placeholder = DEFAULT_PLACEHOLDER;
  el.article.replaceChildren();
  el.result.hidden = true;
  el.skip.hidden = true;
  setBusy(false);
  hideStatus();
  hideError();
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  el.text.focus();
});

if ('serviceWorker' in navigator && window.isSecureContext) {
  navigator.serviceWorker.register('sw.js').catch((err) => console.warn('whosaid: offline cache unavailable', err));
}

// Another language for the article: read the shown article again in it.
el.lang.addEventListener('change', () => {
  if (current && !el.result.hidden) analyse(current.text, { id: current.id });
});

loadSamples(el.samples, {
  open: async (text, id) => {
    hideError();
    el.text.value = text;
    await analyse(text, { id });
  },
  fail: showError,
});
acceptDrops(document, openFile);
openFromLocation();
