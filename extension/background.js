// whosaid service worker (an ES module). Owns the Wasm engine, instantiated
// lazily on the first analysis ('wasm-unsafe-eval' in extension_pages CSP),
// and the toolbar button, the keyboard commands and the badge. It never
// makes a network request: the engine and the UI ship inside the extension.
import { analyzePageJson, articleText, exportJson, exportCsv } from './wasm/whosaid.js';
import { startEngine } from './engine.js';
import { normalizeSettings, colorOverrides } from './defaults.js';
import { CONTENT_SCRIPTS, CLICK_SCRIPTS, AUTO_SCRIPTS, UI_STYLES, MSG } from './protocol.js';
import { exportFrames } from './export.js';
import { retry, run, allFrames, runFrames, frameState, clickIn, setBadge, t } from './tabs.js';
import { insertStyles, removeStyles, cssKey, framesKey, recordFrames, frameRecord, publishFrames } from './frames.js';
import { KEY as SITES_KEY, sitePattern, siteLabel, chosenSites, activeSites, removeSite, syncRegistered } from './sites.js';

/** @typedef {import('./protocol.js').Message} Message */
/** @typedef {import('./protocol.js').AnalyzeRequest} AnalyzeRequest */
/** @typedef {import('./protocol.js').AnalyzeReply} AnalyzeReply */
/** @typedef {import('./protocol.js').ExportRequest} ExportRequest */
/** @typedef {import('./protocol.js').ExportReply} ExportReply */
/** @typedef {import('./protocol.js').AutoSiteRequest} AutoSiteRequest */
/** @typedef {import('./protocol.js').AutoSiteReply} AutoSiteReply */
/** @typedef {import('./protocol.js').FrameRecord} FrameRecord */
/** @typedef {import('./protocol.js').SiteState} SiteState */
/** @typedef {import('./protocol.js').ToggleResult} ToggleResult */
/** @typedef {import('./protocol.js').ClickResult} ClickResult */
/** @typedef {import('./protocol.js').OnReport} OnReport */
/** @typedef {import('./tabs.js').FrameAnswer} FrameAnswer */

// Kept for diagnostics (read by the end-to-end tests through the worker).
// toggles: clicks whose work (styles included) has finished, for the tests to wait on.
// engineInitMs, engineWarmUpMs: how long the Wasm took to instantiate, and from the warm-up's start to its end (its steps yield).
// analyses: pages analysed (every frame, every re-analysis of a changed page); messages: every message from a page.
// startedAt, evaluatedAt: when the worker started and when this module ran (its imports evaluated), ms since the epoch.
const debug = (globalThis.whosaidDebug = { runs: [], errors: [], engineVersion: null, toggles: 0, analyses: [], messages: [], sites: /** @type {string[] | null} */ (null), engineInitMs: null, engineWarmUpMs: null,
  startedAt: performance.timeOrigin, evaluatedAt: performance.timeOrigin + performance.now() });
// Absolute time (ms since the epoch, sub-millisecond): the worker's marks and the page's compare.
const now = () => performance.timeOrigin + performance.now();
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

// The engine: compiled as the worker starts, instantiated on the first click, warmed up beside it (engine.js).
const { engine, analysing } = startEngine(debug, recordError);

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

/** @param {number} tabId @param {number} t0 @param {FrameAnswer[]} states @returns {Promise<OnReport>} */
async function turnOn(tabId, t0, states) {
  const tState = performance.now();
  const s = await getSettings();
  const overrides = colorOverrides(s.colors);
  const missing = states.filter((f) => !f.result).map((f) => f.frameId);
  await Promise.all([
    // One frame at a time: a frame that refuses (it navigated away meanwhile) is left alone, the top one must take them.
    ...missing.map((frameId) => retry(() => chrome.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [...CONTENT_SCRIPTS], injectImmediately: true }))
      .catch((e) => { if (frameId === 0) throw e; })),
    insertStyles(tabId, overrides),
    overrides ? chrome.storage.session.set({ [cssKey(tabId)]: overrides }) : null,
  ]);
  const tInjected = performance.now();
  const frames = await runFrames(allFrames(tabId), (o) => (globalThis.__whosaid ? globalThis.__whosaid.on(o) : null), [{ categories: s.categories }]);
  const top = frames.find((f) => f.frameId === 0);
  /** @type {ToggleResult | undefined} */
  const answer = top && top.result;
  if (!answer || !answer.on) {
    await runFrames(allFrames(tabId), () => globalThis.__whosaid && globalThis.__whosaid.off()).catch(() => {});
    await removeStyles(tabId);
    throw new Error((answer && 'error' in answer && answer.error) || 'the page did not answer');
  }
  const res = answer;
  /** @type {Record<string, FrameRecord>} */
  const painted = {};
  for (const f of frames) {
    if (f.result && f.result.on) painted[f.frameId] = frameRecord(f.result);
    else if (f.frameId !== 0 && f.result && f.result.error) recordError(`frame ${f.frameId}`, f.result.error);
  }
  const tPainted = performance.now();
  const [, total] = await Promise.all([recordFrames(tabId, painted, true), publishFrames(tabId, painted, true)]);
  const tDone = performance.now();
  const ms = tDone - t0;
  // Where the time went: the state check, injecting scripts and styles, the content scripts' own run.
  res.timings.worker = { path: 'state', state: tState - t0, inject: tInjected - t0, styles: tInjected - t0, painted: tPainted - t0, done: ms, toggle: tPainted - tInjected };
  // count: every painted frame's claims (the badge); frames: each one's.
  res.frames = Object.entries(painted).map(([frameId, f]) => ({ frameId: Number(frameId), count: f.count, found: f.found }));
  res.count = total;
  debug.runs.push({ tabId, ms, ...res });
  if (debug.runs.length > 200) debug.runs.shift();
  return res;
}

async function turnOff(tabId) {
  await runFrames(allFrames(tabId), () => globalThis.__whosaid && globalThis.__whosaid.off());
  await removeStyles(tabId);
  await chrome.storage.session.remove(framesKey(tabId));
  await setBadge(tabId, '');
  return { on: false };
}

// The content script's state in each frame: result null where not injected,
// { empty: true } for an embedded frame with too little text to hold an article
// (ad and widget frames: not worth injecting the page scripts into). A script
// left by a previous version of the extension (reloaded or updated since) can
// no longer reach this worker: take its highlights away and start afresh.
/** @param {number} tabId @returns {Promise<FrameAnswer[]>} */
async function currentState(tabId) {
  const states = await runFrames(allFrames(tabId), frameState);
  if (!states.some((f) => f.result && f.result.alive === false)) return states;
  await runFrames(allFrames(tabId), () => {
    if (!globalThis.__whosaid) return;
    try { globalThis.__whosaid.off(); } catch (e) { /* its page UI is gone either way */ }
    delete globalThis.__whosaid;
    delete globalThis.WhosaidUI;
    delete globalThis.__whosaidUIParts;
  });
  await removeStyles(tabId);
  return states.map((f) => ({ frameId: f.frameId, result: f.result && f.result.empty ? f.result : null }));
}
/** @param {FrameAnswer[]} states */
const isOn = (states) => states.some((f) => f.frameId === 0 && f.result && f.result.on);

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

/**
 * A frame of a painted tab loaded a document (a frame added after the click, or one that navigated):
 * the frames without the page scripts (and with text enough for an article) are painted too, and
 * the badge and the top frame's panel follow. @param {number} tabId
 */
async function pickUpFrames(tabId) {
  const key = framesKey(tabId);
  if (!(await chrome.storage.session.get(key))[key]) return; // off meanwhile
  const fresh = (await runFrames(allFrames(tabId), frameState)).filter((f) => f.frameId !== 0 && f.result === null);
  /** @type {Record<string, FrameRecord | null>} */
  const painted = {};
  await Promise.all(fresh.map(async (f) => {
    const r = await clickIn(tabId, f.frameId).catch(() => null); // it went away meanwhile
    if (r && r.on) painted[f.frameId] = frameRecord(r);
    else if (r && 'error' in r && r.error) recordError(`frame ${f.frameId}`, r.error);
  }));
  if (!Object.keys(painted).length) return;
  const s = await getSettings();
  await insertStyles(tabId, colorOverrides(s.colors), fresh.map((f) => f.frameId));
  await publishFrames(tabId, await recordFrames(tabId, painted));
}

// The tabs whose top document this worker injected the page scripts into (forgotten on a new
// document, and when the worker stops): a hint, checked by the call that relies on it.
const injected = new Set();

/**
 * A click on a tab whosaid is off in, the usual case (a first click: nothing injected yet, or the
 * scripts there and off): one executeScript into the top frame injects the page scripts (those
 * already there return at once) and click.js turns the frame on; its answer comes back painted.
 * The styles go in meanwhile, and the embedded frames are looked at beside it. Null when the top
 * frame was on after all, or holds a script of an earlier version: the click is done the long way
 * (what was put in meanwhile taken out again).
 * @param {number} tabId @param {number} t0 @returns {Promise<OnReport | null>}
 */
async function quickOn(tabId, t0) {
  const tQuick = performance.now() - t0;
  const clickFrame = (/** @type {number} */ frameId) => clickIn(tabId, frameId);
  // Where this worker injected the scripts before (the same document, as far as it knows), a call
  // on them is enough; where they are missing after all (a new document), they are injected.
  const topAnswer = injected.has(tabId)
    ? retry(() => chrome.scripting.executeScript({ target: { tabId, frameIds: [0] }, func: () => (globalThis.__whosaid ? globalThis.__whosaid.click() : null), injectImmediately: true }))
      .then((r) => (r && r[0] && r[0].result) || clickFrame(0))
    : clickFrame(0);
  let tFrames = 0;
  let overrides = '';
  let tStyles = 0;
  // whosaid.css at once, the user's colours after it once the settings are read (same specificity: order decides).
  const sheet = retry(() => chrome.scripting.insertCSS({ target: allFrames(tabId), files: [UI_STYLES] }));
  const styles = Promise.all([sheet, getSettings()]).then(([, s]) => {
    overrides = colorOverrides(s.colors);
    return overrides ? Promise.all([retry(() => chrome.scripting.insertCSS({ target: allFrames(tabId), css: overrides })), chrome.storage.session.set({ [cssKey(tabId)]: overrides })]) : null;
  }).then(() => { tStyles = performance.now() - t0; });
  let top;
  try {
    top = await topAnswer;
  } catch (e) {
    await styles.catch(() => {});
    await removeStyles(tabId);
    throw e;
  }
  const tTop = performance.now() - t0;
  if (!top || !top.on) {
    await styles.catch(() => {});
    if (top && 'skipped' in top) {
      // Take out the copy inserted for this click: the long way decides what the tab keeps.
      await retry(() => chrome.scripting.removeCSS({ target: allFrames(tabId), files: [UI_STYLES] })).catch(() => {});
      if (overrides) await retry(() => chrome.scripting.removeCSS({ target: allFrames(tabId), css: overrides })).catch(() => {});
      return null;
    }
    await removeStyles(tabId);
    throw new Error((top && 'error' in top && top.error) || 'the page did not answer');
  }
  const res = top;
  injected.add(tabId);
  /** @type {Record<string, FrameRecord>} */
  const painted = { 0: frameRecord(res) };
  // Embedded frames (read once the top frame answered, and only where it has any: the read is one
  // more injection into the page, which the first click's own would wait behind): those with enough
  // text to hold an article, each on its own (one that navigated away meanwhile is left alone).
  const frames = !res.subframes ? [] : await runFrames(allFrames(tabId), frameState)
    .then((fs) => fs.filter((f) => f.frameId !== 0), (e) => { recordError('frames', e); return []; });
  tFrames = performance.now() - t0;
  await Promise.all(frames.filter((f) => !(f.result && (f.result.empty || f.result.on))).map(async (f) => {
    try {
      const r = await clickFrame(f.frameId);
      if (r && r.on) painted[f.frameId] = frameRecord(r);
      else if (r && 'error' in r && r.error) recordError(`frame ${f.frameId}`, r.error);
    } catch (e) { /* the frame went away */ }
  }));
  await styles;
  const [, total] = await Promise.all([recordFrames(tabId, painted, true), publishFrames(tabId, painted, true)]);
  const ms = performance.now() - t0;
  res.timings.worker = { path: 'inject', state: 0, inject: tTop, styles: tStyles, painted: tTop, done: ms, toggle: 0, frames: tFrames, quick: tQuick, clickAt: performance.timeOrigin + t0 };
  res.frames = Object.entries(painted).map(([frameId, f]) => ({ frameId: Number(frameId), count: f.count, found: f.found }));
  res.count = total;
  debug.runs.push({ tabId, ms, ...res });
  if (debug.runs.length > 200) debug.runs.shift();
  return res;
}

async function toggleNow(tabId, t0) {
  try {
    // A tab painted has its frames' record (session storage): then the state decides; else most likely off.
    // A tab this worker has not injected into (a new document, a fresh worker) is almost always off: no
    // read, so that a first click's scripts go out at once, before the Wasm's compilation takes the
    // worker's thread (read first, they waited for it: 30 ms); one that is on after all answers
    // skipped: 'on', and the state decides.
    const key = framesKey(tabId);
    const painted = injected.has(tabId) ? (await chrome.storage.session.get(key))[key] : null;
    const quick = painted ? null : await quickOn(tabId, t0);
    if (quick) return quick;
    const states = await currentState(tabId);
    return isOn(states) ? await turnOff(tabId) : await turnOn(tabId, t0, states);
  } catch (e) {
    const message = String((e && e.message) || e);
    if (RESTRICTED.test(message)) {
      // Browser pages, the web store, PDFs: no extension may script them.
      await setBadge(tabId, '', t('badge_restricted'));
      debug.errors.push({ where: 'restricted', tabId, message, at: Date.now() });
    } else {
      // A damaged or missing engine is the extension's fault, not the page's: say so, without a stack trace.
      const engineFailed = message.indexOf(ENGINE_FAILED);
      await setBadge(tabId, '!', engineFailed >= 0
        ? t('badge_engineFailed', [firstLine(message.slice(engineFailed + ENGINE_FAILED.length))])
        : t('badge_failed', [firstLine(message)]));
      recordError('toggle', e);
    }
    return { on: false, error: message };
  }
}

function openPanel(tab) {
  if (!tab || tab.id === undefined) return;
  const tabId = tab.id;
  serial(tabId, async () => {
    const states = await currentState(tabId);
    if (!isOn(states)) await turnOn(tabId, performance.now(), states);
    await run(tabId, () => globalThis.__whosaid.openPanel());
  }).catch((e) => recordError('open-panel', e));
}

chrome.action.onClicked.addListener((tab) => {
  const t0 = performance.now();
  toggle(tab, t0); // the page scripts go out first (a microtask away)...
  setTimeout(() => engine().catch(() => {}), 0); // ...and the engine starts beside them
});

chrome.commands.onCommand.addListener((command, tab) => {
  engine().catch(() => {});
  const go = (t) => (command === 'open-panel' ? openPanel(t) : command === 'toggle-highlights' ? toggle(t, performance.now()) : null);
  if (tab) go(tab);
  else chrome.tabs.query({ active: true, currentWindow: true }).then(([t]) => go(t));
});

/** The top frame's site: its address as the panel names it and whether it is painted on load; null off the web. @param {string | undefined} url @returns {Promise<SiteState | null>} */
async function siteState(url) {
  const pattern = sitePattern(url);
  if (!pattern) return null;
  return { label: siteLabel(pattern), auto: (await currentSites()).includes(pattern) };
}

/** @param {AnalyzeRequest} msg @param {chrome.runtime.MessageSender} sender @returns {Promise<AnalyzeReply>} */
function analyze(msg, sender) {
  const tab = sender.tab;
  const top = !!tab && sender.frameId === 0;
  const site = top ? siteState(tab.url).catch(() => null) : null;
  const received = now();
  return engine().catch((e) => { throw new Error(ENGINE_FAILED + firstLine(e)); }).then(async () => {
    analysing();
    const ready = now();
    const started = performance.now();
    // The input goes in as the JSON text the page sent (read by the engine in one pass), and the
    // result stays JSON text, as the engine wrote it, all the way to the page.
    const parsed = now();
    const result = analyzePageJson(msg.input, msg.lang || '');
    const analysed = now();
    /** @type {AnalyzeReply} */
    const reply = { result: result.json, ms: performance.now() - started, site: await site, marks: { received, ready, parsed, analysed } };
    // A click: the user's categories come with the answer (click.js passes none).
    if (msg.reason !== 'change') reply.categories = (await getSettings()).categories;
    debug.analyses.push({ tabId: tab && tab.id, frameId: sender.frameId, url: sender.url, reason: msg.reason || 'click', count: result.attributions, at: Date.now() });
    if (debug.analyses.length > 200) debug.analyses.shift();
    // A site painted on load: the styles and the user's categories come with the answer.
    if (msg.reason === 'load' && result.found && tab) {
      const s = await getSettings();
      const overrides = colorOverrides(s.colors);
      // Into the frame painting (each frame of the site paints on its own load).
      await insertStyles(tab.id, overrides, [sender.frameId || 0]);
      if (overrides) await chrome.storage.session.set({ [cssKey(tab.id)]: overrides });
      reply.categories = s.categories;
    }
    return reply;
  });
}

/**
 * The top frame's export takes in every painted embedded frame's article too (read from each frame).
 * @param {ExportRequest} msg @param {chrome.runtime.MessageSender} sender @returns {Promise<ExportReply>}
 */
async function exportArticle(msg, sender) {
  await engine();
  const frames = [{ input: msg.input, title: String(msg.title || '') }];
  const tabId = sender.tab && sender.tab.id;
  if (tabId !== undefined && sender.frameId === 0) {
    const key = framesKey(tabId);
    const painted = /** @type {Record<string, FrameRecord> | undefined} */ ((await chrome.storage.session.get(key))[key]) || {};
    const ids = Object.keys(painted).map(Number).filter((id) => id !== 0).sort((a, b) => a - b);
    for (const frameId of ids) {
      const r = await chrome.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, func: () => (globalThis.__whosaid ? globalThis.__whosaid.exported() : null) })
        .catch(() => null); // the frame went away
      const got = r && r[0] && r[0].result;
      if (got && got.input) frames.push(got);
    }
  }
  return exportFrames({ articleText, exportJson, exportCsv }, frames, msg.format === 'csv' ? 'csv' : 'json');
}

/** @param {AutoSiteRequest} msg @param {chrome.tabs.Tab} tab @returns {Promise<AutoSiteReply>} */
async function autoSite(msg, tab) {
  const pattern = sitePattern(tab.url);
  if (!pattern) throw new Error('this page is not on a web site whosaid can be given');
  if (!msg.on) {
    await removeSite(pattern);
    return { auto: false };
  }
  // The permission prompt needs a click on an extension page: the options
  // page opens at this site, with the one button that asks for it.
  await chrome.tabs.create({ url: chrome.runtime.getURL('options.html') + '#site=' + encodeURIComponent(siteLabel(pattern)), index: tab.index + 1, openerTabId: tab.id });
  return { opened: true };
}

/** @param {number} tabId @param {number} frameId @param {(...args: any[]) => any} func @param {any[]} args */
const runIn = (tabId, frameId, func, args) =>
  chrome.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, func, args }).then((r) => ({ ok: !!(r && r[0] && r[0].result) }));

// Answer a content script's request: p's value, or { error } (also recorded).
/** @param {string} where @param {Promise<object>} p @param {(reply: object) => void} sendResponse */
function reply(where, p, sendResponse) {
  p.then(sendResponse, (e) => {
    recordError(where, e);
    sendResponse({ error: String((e && e.message) || e) });
  });
  return true;
}

chrome.runtime.onMessage.addListener((/** @type {Message} */ msg, sender, sendResponse) => {
  if (!msg || sender.id !== chrome.runtime.id) return false;
  const tabId = sender.tab ? sender.tab.id : undefined;
  debug.messages.push({ type: msg.type, tabId, frameId: sender.frameId, url: sender.url, at: Date.now() });
  if (debug.messages.length > 200) debug.messages.shift();
  if (msg.type === MSG.analyze) return reply('analyze', analyze(msg, sender), sendResponse);
  if (msg.type === MSG.export) return reply('export', exportArticle(msg, sender), sendResponse);
  if (tabId === undefined || !sender.tab) return false;
  if (msg.type === MSG.autoSite && sender.frameId === 0) return reply('auto-site', autoSite(msg, sender.tab), sendResponse);
  if (msg.type === MSG.painted) {
    // A frame painted anew (its page changed, or a site painted on load) or stopped: badge and panel follow.
    const frameId = String(sender.frameId || 0);
    serial(tabId, async () => { await publishFrames(tabId, await recordFrames(tabId, { [frameId]: msg.record || null })); })
      .catch((e) => recordError('painted', e));
    return false;
  }
  if (msg.type === MSG.frameLoaded) {
    serial(tabId, () => pickUpFrames(tabId)).catch((e) => recordError('frame-loaded', e));
    return false;
  }
  if (msg.type === MSG.frameGoTo && sender.frameId === 0) {
    return reply('frame-goto', runIn(tabId, msg.frameId, (a) => globalThis.__whosaid && globalThis.__whosaid.goTo(a), [msg.a]), sendResponse);
  }
  if (msg.type === MSG.closed) {
    // The pill's off button: every frame goes off.
    serial(tabId, () => turnOff(tabId)).catch((e) => recordError('closed', e));
    return false;
  }
  return false;
});

// A new document in the tab: the content script and its highlights are gone.
// (A single-page app's pushState reports loading too: its content script,
// still on, reports its next analysis and the badge comes back.)
chrome.tabs.onUpdated.addListener((tabId, info) => {
  if (info.status === 'loading') {
    injected.delete(tabId);
    chrome.storage.session.remove(framesKey(tabId)).catch(() => {});
    setBadge(tabId, '');
  }
});
chrome.tabs.onRemoved.addListener((tabId) => { injected.delete(tabId); chrome.storage.session.remove([cssKey(tabId), framesKey(tabId)]).catch(() => {}); });

// The sites painted on load: the registered content scripts follow the list
// and the granted permissions (one sync at a time).
let sitesChain = Promise.resolve();
// The active sites, read once per worker and again after every change of the list or the
// permissions (each analysis of a top frame tells its panel whether the site is on the list).
/** @type {Promise<string[]> | null} */
let sitesNow = null;
const currentSites = () => sitesNow || (sitesNow = activeSites().catch((e) => { sitesNow = null; throw e; }));
function syncSites() {
  sitesNow = null;
  sitesChain = sitesChain.catch(() => {}).then(() => syncRegistered([...AUTO_SCRIPTS]))
    .then((list) => { debug.sites = list; }, (e) => recordError('sites', e));
  return sitesChain;
}
chrome.storage.onChanged.addListener((changes, area) => { if (area === 'local' && changes[SITES_KEY]) syncSites(); });
chrome.permissions.onAdded.addListener(() => { syncSites(); });
// Access taken back in the browser's own settings: the site leaves the list too.
chrome.permissions.onRemoved.addListener(async (p) => {
  const gone = new Set(p.origins || []);
  const list = await chosenSites();
  if (list.some((x) => gone.has(x))) await chrome.storage.local.set({ [SITES_KEY]: list.filter((x) => !gone.has(x)) });
  else syncSites();
});
chrome.runtime.onInstalled.addListener(() => { syncSites(); });
chrome.runtime.onStartup.addListener(() => { syncSites(); });
