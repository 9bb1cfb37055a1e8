// whosaid demo page. The text is rendered as paragraphs into #article, read
// back with the shared WhosaidUI.collect, analysed by the Wasm module in a
// Web Worker (worker.js), then painted with the shared WhosaidUI.paint and
// WhosaidUI.mount: the same page path as the extension.
//
// User text only ever reaches the DOM through textContent / value. The page
// speaks the browser's language (i18n.js: English or German); the language
// picker (#lang) tells the engine which language the article is in.

import { pickLang, loadMessages, localize, t as tr, plural, percent } from './i18n.js';

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

const MAX_BYTES = 5 * 1024 * 1024; // size cap for a paste or a file
const MAX_SHARE_CHARS = 1_900_000; // longest share link we offer to build
const AUTO_PANEL_MAX = 300; // more claims than this: the panel opens on request only
const LARGE_TEXT = 200_000; // longer texts are not kept in the textarea: editing 1 MB there is slow
const LONG_PARAGRAPH = 20_000; // longer paragraphs are split at a sentence end
const FRAME_BUDGET_MS = 8; // DOM work per slice before yielding to the browser
const SLICE_CHARS = 64 * 1024; // text added to the page per frame
const PARAGRAPH_COST = 200; // a paragraph costs layout beyond its length

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

// ---------------------------------------------------------------- worker

/** Runs operations of the Wasm module in a module Web Worker. */
class Engine {
  constructor() {
    this.spawn();
  }

  spawn() {
    this.pending = new Map();
    this.next = 1;
    this.fatal = null;
    this.worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module', name: 'whosaid' });
    this.ready = new Promise((resolve, reject) => {
      this.onReady = resolve;
      this.onFatal = reject;
    });
    this.ready.catch(() => {});
    this.worker.onmessage = (e) => this.receive(e.data);
    this.worker.onerror = (e) => {
      e.preventDefault();
      this.fail(new Error(e.message || 'the analysis worker could not start'));
    };
  }

  receive(msg) {
    if (msg.type === 'ready') {
      this.onReady(msg.version);
      return;
    }
    if (msg.type === 'fatal') {
      this.fail(new Error(msg.error));
      return;
    }
    const job = this.pending.get(msg.id);
    if (!job) return;
    this.pending.delete(msg.id);
    if (msg.ok) {
      const t = performance.now();
      const value = msg.json !== undefined ? JSON.parse(msg.json) : msg.value;
      measure('parse result', t);
      job.resolve(value);
    }
    else {
      job.reject(new Error(msg.error));
      // A Wasm trap can leave the module in a broken state: start afresh.
      this.restart();
    }
  }

  fail(err) {
    this.fatal = err;
    this.onFatal(err);
    for (const job of this.pending.values()) job.reject(err);
    this.pending.clear();
  }

  /** Abandons whatever is running (its promise rejects) and starts a new worker. */
  restart() {
    const old = this.pending;
    this.worker.terminate();
    this.spawn();
    for (const job of old.values()) job.reject(new Cancelled());
  }

  get busy() {
    return this.pending.size > 0;
  }

  call(op, ...args) {
    return new Promise((resolve, reject) => {
      if (this.fatal) {
        reject(this.fatal);
        return;
      }
      const id = this.next++;
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, op, args });
    });
  }
}

class Cancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'Cancelled';
  }
}

const engine = new Engine();
engine.ready.then(
  (v) => {
    el.version.textContent = tr('demo_engine', [v]);
  },
  (err) => showError(tr('demo_engineFailed', [err.message])),
);

// ---------------------------------------------------------------- status

function formatSize(chars) {
  const mb = chars / (1024 * 1024);
  if (mb >= 0.1) return `${mb.toFixed(1)} MB`;
  return `${Math.max(1, Math.round(chars / 1024))} kB`;
}

let statusClock = 0;

/** Shows a busy message; after a second, the time taken so far (not announced: it changes every second). */
function showStatus(text) {
  el.statusText.textContent = text;
  el.statusTime.textContent = '';
  el.status.hidden = false;
  clearInterval(statusClock);
  const started = performance.now();
  statusClock = setInterval(() => {
    el.statusTime.textContent = `${Math.round((performance.now() - started) / 1000)} s`;
  }, 1000);
}

function hideStatus() {
  clearInterval(statusClock);
  el.status.hidden = true;
  el.statusText.textContent = '';
  el.statusTime.textContent = '';
}

function showError(text) {
  el.error.textContent = text;
  el.error.hidden = false;
  el.error.scrollIntoView({ block: 'nearest', behavior: reducedMotion() ? 'auto' : 'smooth' });
}

function hideError() {
  el.error.hidden = true;
  el.error.textContent = '';
}

function setBusy(busy) {
  el.analyse.disabled = busy;
  el.analyse.textContent = busy ? 'Analysing…' : 'Analyse';
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

// ---------------------------------------------------------------- text

/**
 * Splits plain text into paragraphs: at blank lines when it has any (single
 * line breaks inside a paragraph are hard wraps), else at every line break.
 */
export function toParagraphs(text) {
  const t = text.replace(/\r\n?/g, '\n');
  const blocks = /\n[ \t\u00a0]*\n/.test(t) ? t.split(/\n[ \t\u00a0]*\n+/) : t.split('\n');
  const out = [];
  for (const b of blocks) {
    const p = (b.includes('\n') ? b.replace(/\s*\n\s*/g, ' ') : b).trim();
    if (!p) continue;
    if (p.length <= LONG_PARAGRAPH) out.push(p);
    else out.push(...splitLong(p));
  }
  return out;
}

/** Splits a very long paragraph after sentence ends so the page can lay it out in pieces. */
function splitLong(p) {
  const out = [];
  let start = 0;
  while (p.length - start > LONG_PARAGRAPH) {
    const from = start + LONG_PARAGRAPH / 2;
    const re = /[.!?][”"’')\]]*\s+(?=\S)/g;
    const part = p.slice(from, start + LONG_PARAGRAPH);
    let cut = -1;
    for (let m; (m = re.exec(part)); ) cut = from + m.index + m[0].length;
    if (cut < 0) {
      const sp = p.lastIndexOf(' ', start + LONG_PARAGRAPH);
      cut = sp > start ? sp + 1 : start + LONG_PARAGRAPH;
    }
    out.push(p.slice(start, cut).trimEnd());
    start = cut;
  }
  out.push(p.slice(start));
  return out.filter(Boolean);
}

const yieldToBrowser = () => new Promise((r) => setTimeout(r, 0));

/** Resolves after the browser has rendered a frame (or after 100 ms in a hidden tab, where frames stop). */
const nextFrame = () =>
  new Promise((resolve) => {
    let done = false;
    const go = () => {
      if (!done) {
        done = true;
        resolve();
      }
    };
    requestAnimationFrame(() => setTimeout(go, 0));
    setTimeout(go, 100);
  });

/**
 * Renders paragraphs into the container and reads them back with the shared
 * WhosaidUI.collect, without holding the main thread for long.
 *
 * A short text goes in at once and is collected whole. A longer one goes in
 * a chunk per frame (<div class="chunk"> of a few hundred paragraphs); each
 * chunk is collected on the frame after it was laid out, then settled
 * (content-visibility: auto), so the browser skips laying out and painting
 * the chunks off screen and each frame costs about one chunk, however long
 * the text. The chunks' inputs are joined into one, as collect(container)
 * would have built it: the container first, then each chunk's elements
 * (parents before children) and text nodes in document order.
 *
 * Resolves { input, textNodes }, or null if another run superseded this one.
 */
async function renderAndCollect(container, paragraphs, run) {
  container.replaceChildren();
  let total = 0;
  for (const p of paragraphs) total += p.length + PARAGRAPH_COST;
  if (total <= SLICE_CHARS) {
    const frag = document.createDocumentFragment();
    for (const text of paragraphs) {
      const p = document.createElement('p');
      p.textContent = text;
      frag.append(p);
    }
    container.append(frag);
    return WhosaidUI.collect(container);
  }

  const input = { elements: [], nodes: [] };
  const textNodes = [];
  const absorb = (chunk, whole) => {
    const part = WhosaidUI.collect(whole ? container : chunk);
    const base = input.elements.length;
    // The container is element 0; a chunk's own root (parent -1) hangs under it.
    for (const e of part.input.elements) input.elements.push({ ...e, parent: e.parent < 0 ? (whole ? -1 : 0) : e.parent + base });
    for (const n of part.input.nodes) input.nodes.push({ text: n.text, parent: n.parent + base });
    for (const t of part.textNodes) textNodes.push(t);
    chunk.classList.add('settled');
  };

  let i = 0;
  while (i < paragraphs.length) {
    const t0 = performance.now();
    const chunk = document.createElement('div');
    chunk.className = 'chunk';
    let chars = 0;
    let n = 0;
    while (i < paragraphs.length && chars < SLICE_CHARS && performance.now() - t0 < FRAME_BUDGET_MS) {
      const p = document.createElement('p');
      p.textContent = paragraphs[i];
      chars += paragraphs[i].length + PARAGRAPH_COST;
      chunk.append(p);
      i++;
      n++;
    }
    // A guess at its height until it is first laid out (then 'auto' remembers the real one).
    chunk.style.containIntrinsicSize = `auto ${Math.round((chars - n * PARAGRAPH_COST) / 70 * 28 + n * 30)}px`;
    container.append(chunk);
    await nextFrame(); // laid out now: collect measures it without forcing a layout
    if (run !== currentRun) return null;
    absorb(chunk, input.elements.length === 0);
  }
  return { input, textNodes };
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
    const collected = await renderAndCollect(el.article, paragraphs, run);
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

/** Records how long a step took (Performance panel, and the e2e test's report). */
function measure(step, start) {
  const end = performance.now();
  performance.measure(`whosaid ${step}`, { start, end });
  return end;
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

// ---------------------------------------------------------------- files

const TEXT_EXT = /\.(txt|text|md)$/i;
const HTML_EXT = /\.(html?|xhtml)$/i;

/** Reads a File into { kind: 'text'|'html', text } or throws an Error with a message for the user. */
export async function readFile(file) {
  const name = file.name || 'the file';
  const isHtml = HTML_EXT.test(name) || /html/.test(file.type);
  const isText = TEXT_EXT.test(name) || file.type === 'text/plain';
  if (!isHtml && !isText && file.type && !file.type.startsWith('text/')) {
    throw new Error(tr('demo_fileNotText', [name, file.type]));
  }
  if (file.size > MAX_BYTES) {
    throw new Error(tr('demo_fileTooLarge', [name, formatSize(file.size), formatSize(MAX_BYTES)]));
  }
  if (file.size === 0) throw new Error(tr('demo_fileEmpty', [name]));
  const bytes = new Uint8Array(await file.arrayBuffer());
  let text;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes);
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes);
  else {
    if (bytes.includes(0)) {
      throw new Error(tr('demo_fileBinary', [name]));
    }
    const declared = isHtml ? declaredCharset(bytes) : null;
    try {
      text = new TextDecoder(declared || 'utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new Error(declared && declared !== 'utf-8' ? tr('demo_fileNotDeclared', [name, declared]) : tr('demo_fileNotUtf8', [name]));
    }
  }
  return { kind: isHtml || (!isText && /^\s*<(!doctype|html)/i.test(text)) ? 'html' : 'text', text, name };
}

/** The charset an HTML file declares in its first kilobyte, if TextDecoder knows it. */
function declaredCharset(bytes) {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  if (!m) return null;
  try {
    return new TextDecoder(m[1]).encoding;
  } catch {
    return null;
  }
}

const BLOCK_TAGS = new Set(
  'address article aside blockquote body-copy dd details div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header li main nav ol p pre section summary table tbody td th thead tr ul body html'.split(
    ' ',
  ),
);

const HTML_NS = 'http://www.w3.org/1999/xhtml';
/** Elements that carry no article text, or would load or run something, if copied. */
const DROP_TAGS = new Set(
  'script style noscript template textarea input select option button svg math iframe frame frameset object embed canvas video audio img picture source track link meta base title head map area'.split(
    ' ',
  ),
);
const KEEP_ATTRS = ['class', 'id', 'itemprop', 'role', 'hidden', 'aria-hidden'];

/**
 * Copies a parsed (inert) document's body into a live element, keeping only
 * structure, text and the attributes the engine reads (class, id, itemprop,
 * role, hidden): no scripts, styles, images or links, so nothing runs and
 * nothing is fetched. An inline style that hides an element becomes hidden.
 */
function mirrorInto(src, dst) {
  const stack = [[src, dst]];
  while (stack.length) {
    const [from, to] = stack.pop();
    for (const n of from.childNodes) {
      if (n.nodeType === Node.TEXT_NODE) {
        to.append(document.createTextNode(n.data));
      } else if (n.nodeType === Node.ELEMENT_NODE && n.namespaceURI === HTML_NS && !DROP_TAGS.has(n.localName)) {
        let copy;
        try {
          copy = document.createElement(n.localName);
        } catch {
          copy = document.createElement('div');
        }
        for (const a of KEEP_ATTRS) if (n.hasAttribute(a)) copy.setAttribute(a, n.getAttribute(a));
        const style = n.getAttribute('style');
        if (style && /(^|;)\s*(display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)) copy.setAttribute('hidden', '');
        to.append(copy);
        stack.push([n, copy]);
      }
    }
  }
}

/**
 * Reduces an HTML document to its article text the way the extension reads a
 * page: the parsed document is laid out off-screen (collect needs rendered
 * boxes to tell hidden elements), WhosaidUI.collect reads it, analyzePage
 * chooses the article container, and the text nodes under that container,
 * grouped by their nearest block element, become the paragraphs.
 */
async function htmlToArticleText(html) {
  // Handler attributes (onload=…) are renamed first: nothing would run them in
  // a parsed document, but the page's CSP reports each one as a console error.
  const quiet = html.replace(/<[a-zA-Z][^>]*>/g, (tag) => tag.replace(/(\s)on([a-z]+\s*=)/gi, '$1data-on$2'));
  const doc = new DOMParser().parseFromString(quiet, 'text/html');
  const host = document.createElement('div');
  host.className = 'html-reader';
  host.setAttribute('aria-hidden', 'true');
  const shadow = host.attachShadow({ mode: 'open' });
  const body = document.createElement('body-copy');
  shadow.append(body);
  mirrorInto(doc.body || doc.documentElement, body);
  document.body.append(host);
  let input;
  try {
    ({ input } = WhosaidUI.collect(body));
  } finally {
    host.remove();
  }
  if (input.nodes.length === 0) return { paragraphs: [], found: false };
  const page = await engine.call('analyzePage', input);
  const rootIndex = page.article && page.article.found ? page.article.root : -1;
  const { elements, nodes } = input;
  const inArticle = (ei) => {
    for (let i = ei; i >= 0; i = elements[i].parent) {
      if (elements[i].hidden) return false;
      if (i === rootIndex) return true;
    }
    return rootIndex < 0;
  };
  const blockOf = (ei) => {
    for (let i = ei; i >= 0; i = elements[i].parent) if (BLOCK_TAGS.has(elements[i].tag)) return i;
    return -1;
  };
  const paragraphs = [];
  let block = null;
  let buf = '';
  for (const n of nodes) {
    if (!inArticle(n.parent)) continue;
    const b = blockOf(n.parent);
    if (b !== block) {
      if (buf.trim()) paragraphs.push(buf.replace(/\s+/g, ' ').trim());
      buf = '';
      block = b;
    }
    buf += n.text;
  }
  if (buf.trim()) paragraphs.push(buf.replace(/\s+/g, ' ').trim());
  return { paragraphs, found: rootIndex >= 0 };
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
    const { paragraphs } = await htmlToArticleText(html);
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

// Drop a file anywhere on the page.
let dragDepth = 0;
const hasFiles = (e) => e.dataTransfer && Array.from(e.dataTransfer.types || []).includes('Files');
document.addEventListener('dragenter', (e) => {
  if (!hasFiles(e)) return;
  e.preventDefault();
  dragDepth++;
  document.body.classList.add('dragging');
});
document.addEventListener('dragover', (e) => {
  if (!hasFiles(e)) return;
  e.preventDefault();
  e.dataTransfer.dropEffect = 'copy';
});
document.addEventListener('dragleave', () => {
  dragDepth = Math.max(0, dragDepth - 1);
  if (dragDepth === 0) document.body.classList.remove('dragging');
});
document.addEventListener('drop', (e) => {
  if (!hasFiles(e)) return;
  e.preventDefault();
  dragDepth = 0;
  document.body.classList.remove('dragging');
  const f = e.dataTransfer.files[0];
  if (f) openFile(f);
});

// ---------------------------------------------------------------- samples

async function loadSamples() {
  let list;
  try {
    const res = await fetch('samples/index.json');
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    list = await res.json();
  } catch (err) {
    showError(tr('demo_samplesFailed', [err.message]));
    return;
  }
  for (const s of list) {
    const li = document.createElement('li');
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'chip';
    b.dataset.sample = s.id;
    b.textContent = s.title;
    if (s.about) b.title = s.about;
    b.addEventListener('click', () => loadSample(s));
    li.append(b);
    el.samples.append(li);
  }
}

async function loadSample(s) {
  hideError();
  let text;
  try {
    const res = await fetch(`samples/${s.file}`);
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    text = await res.text();
  } catch (err) {
    showError(tr('demo_sampleFailed', [err.message]));
    return;
  }
  el.text.value = text;
  await analyse(text, { id: s.id });
}

// ---------------------------------------------------------------- export

function download(name, type, data) {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const fileStem = (id) => id.replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '') || 'article';

async function exportAs(kind) {
  if (!current) return;
  hideError();
  const button = kind === 'json' ? el.exportJson : el.exportCsv;
  button.disabled = true;
  try {
    if (kind === 'json') {
      const record = await engine.call('exportJson', current.text, current.id);
      // One line, with the text the offsets count in: a document line of the
      // scorer's JSON Lines (eval/README.md), readable on its own.
      const { id, ...rest } = record;
      download(`${fileStem(current.id)}.whosaid.json`, 'application/json', `${JSON.stringify({ id, text: current.text, ...rest })}\n`);
    } else {
      const csv = await engine.call('exportCsv', current.text);
      download(`${fileStem(current.id)}.whosaid.csv`, 'text/csv;charset=utf-8', csv);
    }
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

// ---------------------------------------------------------------- share links
// The text travels in the URL fragment, which browsers never send to a server:
// #z=<base64url of deflate-raw of UTF-8> when CompressionStream exists,
// else #t=<base64url of UTF-8>.

function toBase64Url(bytes) {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(s) {
  const b64 = s.replace(/-/g, '+').replace(/_/g, '/');
  const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

async function pipeBytes(bytes, stream) {
  const out = new Response(new Blob([bytes]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

export async function encodeShare(text) {
  const utf8 = new TextEncoder().encode(text);
  if (typeof CompressionStream === 'function') {
    return `z=${toBase64Url(await pipeBytes(utf8, new CompressionStream('deflate-raw')))}`;
  }
  return `t=${toBase64Url(utf8)}`;
}

export async function decodeShare(fragment) {
  const m = /^#?([zt])=([A-Za-z0-9_-]*)$/.exec(fragment);
  if (!m) return null;
  const bytes = fromBase64Url(m[2]);
  const raw = m[1] === 'z' ? await pipeBytes(bytes, new DecompressionStream('deflate-raw')) : bytes;
  return new TextDecoder('utf-8', { fatal: true }).decode(raw);
}

el.share.addEventListener('click', async () => {
  if (!current) return;
  hideError();
  const fragment = await encodeShare(current.text);
  if (fragment.length > MAX_SHARE_CHARS) {
    showError(tr('demo_tooLongToShare'));
    return;
  }
  const url = `${location.origin}${location.pathname}#${fragment}`;
  el.shareLink.value = url;
  el.shareBox.hidden = false;
  el.shareLink.focus();
  el.shareLink.select();
  try {
    await navigator.clipboard.writeText(url);
    el.shareStatus.textContent = tr('demo_copied');
  } catch {
    el.shareStatus.textContent = tr('demo_copyYourself');
  }
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

loadSamples();
openFromLocation();
