// whosaid service worker (an ES module). Owns the Wasm engine, instantiated
// lazily on the first analysis ('wasm-unsafe-eval' in extension_pages CSP),
// and the toolbar button, the keyboard commands and the badge. It never
// makes a network request: the engine and the UI ship inside the extension.
import init, { analyzePage, version } from './wasm/whosaid.js';
import { normalizeSettings, colorOverrides } from './defaults.js';
import { CONTENT_SCRIPTS, UI_STYLES, MSG } from './protocol.js';

/** @typedef {import('./protocol.js').Message} Message */
/** @typedef {import('./protocol.js').AnalyzeReply} AnalyzeReply */
/** @typedef {import('./protocol.js').ToggleResult} ToggleResult */

// Kept for diagnostics (read by the end-to-end tests through the worker).
// toggles: clicks whose work (styles included) has finished, for the tests to wait on.
// engineInitMs, engineWarmUpMs: how long the Wasm took to instantiate, and from the warm-up's start to its end (its steps yield).
const debug = (globalThis.whosaidDebug = { runs: [], errors: [], engineVersion: null, toggles: 0, engineInitMs: null, engineWarmUpMs: null });
function recordError(where, e) {
  const message = String((e && e.stack) || e);
  debug.errors.push({ where, message, at: Date.now() });
  if (debug.errors.length > 50) debug.errors.shift();
  console.error('whosaid:', where, message);
}

// The first line of an error, for the toolbar title (no stack trace).
const firstLine = (e) => String((e && e.message) || e).split('\n')[0].replace(/^(Error: )+/, '').slice(0, 300);
// Marks an analysis that failed because the Wasm engine could not be loaded.
const ENGINE_FAILED = 'whosaid engine did not start: ';

// A short page of the project's own, analysed in small steps right after the
// Wasm is instantiated: the engine's code is compiled on its first run, and
// this way that happens while the content script is still being injected and
// reading the page. Each step yields to the worker's other events, and the
// rest is dropped as soon as a real analysis starts (it compiles what it needs).
const WARM_UP_TEXTS = [
  '“We will reopen the bridge next week,” the mayor, Ana Ruiz, said on Monday.',
  'She told reporters that the repairs had cost more than planned, according to a statement from the transport agency.',
  'Officials, who asked not to be named, said traffic would be “heavy” at first. The agency said about 40,000 vehicles cross it each day.',
];
const warmUpPage = (text) => ({
  elements: [{ parent: -1, tag: 'body', attrs: '', hidden: false }, { parent: 0, tag: 'article', attrs: 'story', hidden: false },
    { parent: 1, tag: 'p', attrs: '', hidden: false }],
  nodes: [{ parent: 2, text }],
});
let analysed = false; // a real analysis has started: no more warm-up

async function warmUp() {
  const t = performance.now();
  for (const text of WARM_UP_TEXTS) {
    await new Promise((r) => setTimeout(r, 0));
    if (analysed) break;
    try {
      analyzePage(warmUpPage(text));
    } catch (e) {
      recordError('warm-up', e); // the real analysis will say what is wrong
      break;
    }
  }
  debug.engineWarmUpMs = performance.now() - t;
}

// Instantiated on the first click (not at start-up), while the page is being read.
let engineReady = null;
function engine() {
  if (!engineReady) {
    const t = performance.now();
    engineReady = init().then(() => {
      debug.engineInitMs = performance.now() - t;
      debug.engineVersion = version();
      if (!analysed) warmUp();
    }, (e) => { engineReady = null; throw e; });
  }
  return engineReady;
}

let settings = null;
async function getSettings() {
  if (!settings) settings = normalizeSettings((await chrome.storage.sync.get('settings')).settings);
  return settings;
}
chrome.storage.onChanged.addListener((changes, area) => {
  if (area === 'sync' && changes.settings) settings = normalizeSettings(changes.settings.newValue);
});

// One toggle at a time per tab.
const chains = new Map();
function serial(tabId, fn) {
  const p = (chains.get(tabId) || Promise.resolve()).catch(() => {}).then(fn);
  chains.set(tabId, p);
  p.finally(() => { if (chains.get(tabId) === p) chains.delete(tabId); });
  return p;
}

// Right after a click the tab can refuse scripting once ("Cannot access contents of the page").
async function retry(fn) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (e) {
      if (attempt >= 6 || !/Cannot access contents|Frame with ID 0 was removed|No tab with id/i.test(String(e && e.message))) throw e;
      await new Promise((r) => setTimeout(r, 20 * (attempt + 1)));
    }
  }
}

const run = (tabId, func, args) =>
  retry(() => chrome.scripting.executeScript({ target: { tabId }, func, args: args || [] })).then((r) => r && r[0] && r[0].result);

async function setBadge(tabId, text, title) {
  try {
    await chrome.action.setBadgeBackgroundColor({ tabId, color: '#1b1b1f' });
    if (chrome.action.setBadgeTextColor) await chrome.action.setBadgeTextColor({ tabId, color: '#ffffff' });
    await chrome.action.setTitle({ tabId, title: title || 'whosaid: highlight who said what (click again to turn off)' });
    await chrome.action.setBadgeText({ tabId, text });
  } catch (e) {
    // The tab may have closed meanwhile.
  }
}

// whosaid.css, then the user's colours (same specificity, so order decides).
async function insertStyles(tabId, overrides) {
  await retry(() => chrome.scripting.insertCSS({ target: { tabId }, files: [UI_STYLES] }));
  if (overrides) await retry(() => chrome.scripting.insertCSS({ target: { tabId }, css: overrides }));
}

function cssKey(tabId) { return "css:" + tabId; }

async function removeStyles(tabId) {
  const key = cssKey(tabId);
  const stored = /** @type {string | undefined} */ ((await chrome.storage.session.get(key))[key]);
  // Retried like insertCSS: a transient refusal left the stylesheet behind
  // (seen once in the smoke run); a closed tab still ends quietly.
  await retry(() => chrome.scripting.removeCSS({ target: { tabId }, files: [UI_STYLES] })).catch(() => {});
  if (stored) await retry(() => chrome.scripting.removeCSS({ target: { tabId }, css: stored })).catch(() => {});
  await chrome.storage.session.remove(key);
}

async function turnOn(tabId, t0) {
  const tState = performance.now();
  const s = await getSettings();
  const overrides = colorOverrides(s.colors);
  await Promise.all([
    insertStyles(tabId, overrides),
    overrides ? chrome.storage.session.set({ [cssKey(tabId)]: overrides }) : null,
  ]);
  const tInjected = performance.now();
  /** @type {ToggleResult | undefined} */
  const res = await run(tabId, (o) => globalThis.__whosaid.toggle(o), [{ categories: s.categories }]);
  if (!res || !res.on) {
    await removeStyles(tabId);
    throw new Error((res && 'error' in res && res.error) || 'the page did not answer');
  }
  const tDone = performance.now();
  const ms = tDone - t0;
  // Where the time went: injecting the scripts (which reads the state), the styles, the content script's own run.
  res.timings.worker = { state: tState - t0, inject: tInjected - tState, toggle: tDone - tInjected };
  debug.runs.push({ tabId, ms, ...res });
  if (debug.runs.length > 200) debug.runs.shift();
  const n = res.count;
  await setBadge(tabId, String(n), res.article.found
    ? `whosaid: ${n} ${n === 1 ? 'attribution' : 'attributions'} (click to turn off)`
    : 'whosaid: no article found on this page (click to turn off)');
  return res;
}

async function turnOff(tabId) {
  await run(tabId, () => globalThis.__whosaid && globalThis.__whosaid.off());
  await removeStyles(tabId);
  await setBadge(tabId, '');
  return { on: false };
}

// Injects the content scripts and reads the content script's state, in one
// round trip: each script returns at once where it already runs, and
// content.js's value is its state.
const injectAndState = (tabId) =>
  retry(() => chrome.scripting.executeScript({ target: { tabId }, files: [...CONTENT_SCRIPTS] })).then((r) => r && r[0] && r[0].result);

// The content script's state in the tab, injected first where it was not. A
// script left by a previous version of the extension (reloaded or updated
// since) can no longer reach this worker: take its highlights away and
// inject afresh.
async function currentState(tabId) {
  const state = await injectAndState(tabId);
  if (state && state.alive === false) {
    await run(tabId, () => {
      try { globalThis.__whosaid.off(); } catch (e) { /* its page UI is gone either way */ }
      delete globalThis.__whosaid;
      delete globalThis.WhosaidUI;
      delete globalThis.__whosaidUIParts;
    });
    await removeStyles(tabId);
    return injectAndState(tabId);
  }
  return state;
}

const RESTRICTED = /Cannot access (a |contents of )?(chrome|edge|about|devtools|chrome-extension|moz-extension)|cannot be scripted|extensions gallery|Missing host permission|Cannot access contents of url/i;

function toggle(tab, t0) {
  if (!tab || tab.id === undefined || tab.id < 0) return Promise.resolve(null);
  const tabId = tab.id;
  return serial(tabId, async () => {
    try {
      return await toggleNow(tabId, t0);
    } finally {
      debug.toggles++;
    }
  });
}

async function toggleNow(tabId, t0) {
  try {
    const state = await currentState(tabId);
    return state && state.on ? await turnOff(tabId) : await turnOn(tabId, t0);
  } catch (e) {
    const message = String((e && e.message) || e);
    if (RESTRICTED.test(message)) {
      // Browser pages, the web store, PDFs: no extension may script them.
      await setBadge(tabId, '', 'whosaid cannot read this kind of page (browser pages and the extension store are off limits)');
      debug.errors.push({ where: 'restricted', tabId, message, at: Date.now() });
    } else {
      // A damaged or missing engine is the extension's fault, not the page's: say so, without a stack trace.
      const engineFailed = message.indexOf(ENGINE_FAILED);
      await setBadge(tabId, '!', engineFailed >= 0
        ? 'whosaid could not start its engine, so nothing was highlighted (its files may be damaged: reinstall the extension). ' +
          firstLine(message.slice(engineFailed + ENGINE_FAILED.length))
        : 'whosaid could not read this page: ' + firstLine(message));
      recordError('toggle', e);
    }
    return { on: false, error: message };
  }
}

function openPanel(tab) {
  if (!tab || tab.id === undefined) return;
  const tabId = tab.id;
  serial(tabId, async () => {
    const state = await currentState(tabId);
    if (!state || !state.on) await turnOn(tabId, performance.now());
    await run(tabId, () => globalThis.__whosaid.openPanel());
  }).catch((e) => recordError('open-panel', e));
}

chrome.action.onClicked.addListener((tab) => {
  const t0 = performance.now();
  engine().catch(() => {}); // warm up in parallel with reading the page
  toggle(tab, t0);
});

chrome.commands.onCommand.addListener((command, tab) => {
  engine().catch(() => {});
  const go = (t) => (command === 'open-panel' ? openPanel(t) : command === 'toggle-highlights' ? toggle(t, performance.now()) : null);
  if (tab) go(tab);
  else chrome.tabs.query({ active: true, currentWindow: true }).then(([t]) => go(t));
});

chrome.runtime.onMessage.addListener((/** @type {Message} */ msg, sender, /** @type {(reply: AnalyzeReply) => void} */ sendResponse) => {
  if (!msg || sender.id !== chrome.runtime.id) return false;
  if (msg.type === MSG.analyze) {
    engine().catch((e) => { throw new Error(ENGINE_FAILED + firstLine(e)); }).then(() => {
      analysed = true;
      const t = performance.now();
      const result = analyzePage(msg.input);
      sendResponse({ result, ms: performance.now() - t });
    }).catch((e) => {
      recordError('analyze', e);
      sendResponse({ error: String((e && e.message) || e) });
    });
    return true;
  }
  if (msg.type === MSG.closed && sender.tab) {
    const tabId = sender.tab.id;
    serial(tabId, async () => { await removeStyles(tabId); await setBadge(tabId, ''); }).catch((e) => recordError('closed', e));
    return false;
  }
  return false;
});

// A new document in the tab: the content script and its highlights are gone.
chrome.tabs.onUpdated.addListener((tabId, info) => {
  if (info.status === 'loading') {
    chrome.storage.session.remove('css:' + tabId).catch(() => {});
    setBadge(tabId, '');
  }
});
chrome.tabs.onRemoved.addListener((tabId) => { chrome.storage.session.remove('css:' + tabId).catch(() => {}); });
