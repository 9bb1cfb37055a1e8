// whosaid service worker (an ES module). Owns the Wasm engine, instantiated
// lazily on the first analysis ('wasm-unsafe-eval' in extension_pages CSP),
// and the toolbar button, the keyboard commands and the badge. It never
// makes a network request: the engine and the UI ship inside the extension.
import init, { analyzePage, version } from './wasm/whosaid.js';
import { normalizeSettings, colorOverrides } from './defaults.js';

// Kept for diagnostics (read by the end-to-end tests through the worker).
// toggles: clicks whose work (styles included) has finished, for the tests to wait on.
const debug = (globalThis.whosaidDebug = { runs: [], errors: [], engineVersion: null, toggles: 0 });
// The message and the stack (Firefox's stack leaves the message out; V8's starts with it).
function errorText(e) {
  const stack = e && e.stack ? String(e.stack) : '';
  const message = e && e.message !== undefined ? String(e.message) : String(e);
  return stack.includes(message) ? stack : stack ? `${message}\n${stack}` : message;
}
function recordError(where, e) {
  const message = errorText(e);
  debug.errors.push({ where, message, at: Date.now() });
  if (debug.errors.length > 50) debug.errors.shift();
  console.error('whosaid:', where, message);
}

// The first line of an error, for the toolbar title (no stack trace).
const firstLine = (e) => String((e && e.message) || e).split('\n')[0].replace(/^(Error: )+/, '').slice(0, 300);
// Marks an analysis that failed because the Wasm engine could not be loaded.
const ENGINE_FAILED = 'whosaid engine did not start: ';

// Instantiated on the first click (not at start-up), while the page is being read.
let engineReady = null;
function engine() {
  if (!engineReady) {
    engineReady = init().then(() => { debug.engineVersion = version(); }, (e) => { engineReady = null; throw e; });
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

// Firefox answers a page no extension may script (about:, the add-ons site) with no
// result for its frame, where Chromium throws: both end as the same refusal.
const run = (tabId, func, args) =>
  retry(() => chrome.scripting.executeScript({ target: { tabId }, func, args: args || [] })).then((r) => {
    if (!r || !r[0]) throw new Error('Missing host permission for the tab: the browser let no frame of it be scripted');
    return r[0].result;
  });

// The injected content script answers messages (content.js): a click on a tab it is
// already in costs two messages, not two script injections (each one 40–130 ms in
// Firefox). undefined: no script of this extension's answered (not injected yet, an
// earlier version's, a new document).
async function ask(tabId, op, arg) {
  try {
    return await chrome.tabs.sendMessage(tabId, { type: 'whosaid:do', op, arg }, { frameId: 0 });
  } catch (e) {
    if (/Receiving end does not exist|Could not establish connection|message port closed/i.test(String(e && e.message))) return undefined;
    throw e;
  }
}

async function setBadge(tabId, text, title) {
  try {
    // Four independent settings of the tab's button, at once.
    await Promise.all([
      chrome.action.setBadgeBackgroundColor({ tabId, color: '#1b1b1f' }),
      chrome.action.setBadgeTextColor ? chrome.action.setBadgeTextColor({ tabId, color: '#ffffff' }) : null,
      chrome.action.setTitle({ tabId, title: title || 'whosaid: highlight who said what (click again to turn off)' }),
      chrome.action.setBadgeText({ tabId, text }),
    ]);
  } catch (e) {
    // The tab may have closed meanwhile.
  }
}

// whosaid.css, then the user's colours (same specificity, so order decides).
async function insertStyles(tabId, overrides) {
  await retry(() => chrome.scripting.insertCSS({ target: { tabId }, files: ['ui/whosaid.css'] }));
  if (overrides) await retry(() => chrome.scripting.insertCSS({ target: { tabId }, css: overrides }));
}

function cssKey(tabId) { return "css:" + tabId; }

async function removeStyles(tabId, known) {
  const key = cssKey(tabId);
  const stored = known !== undefined ? known : (await chrome.storage.session.get(key))[key];
  // Retried like insertCSS: a transient refusal left the stylesheet behind
  // (seen once in the smoke run); a closed tab still ends quietly.
  await retry(() => chrome.scripting.removeCSS({ target: { tabId }, files: ['ui/whosaid.css'] })).catch(() => {});
  if (stored) await retry(() => chrome.scripting.removeCSS({ target: { tabId }, css: stored })).catch(() => {});
  await chrome.storage.session.remove(key);
}

const FILES = ['reset.js', 'ui/whosaid-ui.js', 'content.js'];

async function turnOn(tabId, t0, loaded) {
  const tState = performance.now();
  const s = await getSettings();
  const overrides = colorOverrides(s.colors);
  const [injected] = await Promise.all([
    loaded ? null : retry(() => chrome.scripting.executeScript({ target: { tabId }, files: FILES })).then((r) => {
      if (!r || !r[0]) throw new Error('Missing host permission for the tab: the browser let no frame of it be scripted');
      return r[0].result;
    }),
    insertStyles(tabId, overrides),
    overrides ? chrome.storage.session.set({ [cssKey(tabId)]: overrides }) : null,
  ]);
  if (injected && injected.replaced) {
    // An earlier version's script was replaced (reset.js): the stylesheets are now ours,
    // inserted just now, and its own (each removeCSS takes one copy away; removing one that
    // is not there does nothing); then ours once.
    await removeStyles(tabId, overrides);
    await removeStyles(tabId, overrides);
    await insertStyles(tabId, overrides);
    if (overrides) await chrome.storage.session.set({ [cssKey(tabId)]: overrides });
  }
  const tInjected = performance.now();
  const opts = { categories: s.categories };
  const res = (await ask(tabId, 'toggle', opts)) || (await run(tabId, (o) => globalThis.__whosaid.toggle(o), [opts]));
  if (!res || res.error || !res.on) {
    await removeStyles(tabId);
    throw new Error((res && res.error) || 'the page did not answer');
  }
  const tDone = performance.now();
  const ms = tDone - t0;
  // Where the time went: the state check, injecting script and styles, the content script's own run.
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
  if (!(await ask(tabId, 'off'))) await run(tabId, () => globalThis.__whosaid && globalThis.__whosaid.off());
  await removeStyles(tabId);
  await setBadge(tabId, '');
  return { on: false };
}

// The content script's state in the tab: null when no script of this extension's
// answers (not injected yet, a new document, or an earlier version's script, which
// the injection then replaces: reset.js).
async function currentState(tabId) {
  const answer = await ask(tabId, 'state');
  return answer && answer.alive !== false ? answer : null;
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
    return state && state.on ? await turnOff(tabId) : await turnOn(tabId, t0, !!state);
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
    if (!state || !state.on) await turnOn(tabId, performance.now(), !!state);
    if (!(await ask(tabId, 'openPanel'))) await run(tabId, () => globalThis.__whosaid.openPanel());
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

chrome.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  if (!msg || sender.id !== chrome.runtime.id) return false;
  if (msg.type === 'whosaid:analyze') {
    engine().catch((e) => { throw new Error(ENGINE_FAILED + firstLine(e)); }).then(() => {
      const t = performance.now();
      const result = analyzePage(msg.input);
      sendResponse({ result, ms: performance.now() - t });
    }).catch((e) => {
      recordError('analyze', e);
      sendResponse({ error: String((e && e.message) || e) });
    });
    return true;
  }
  if (msg.type === 'whosaid:closed' && sender.tab) {
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
