// The extension end-to-end harness, one API over two browsers (puppeteer-core):
//   Chromium  /usr/bin/chromium      over CDP; the toolbar click is CDP Extensions.triggerAction
//   Firefox   /usr/bin/firefox-esr   over WebDriver BiDi; the toolbar click is a click on the
//             pinned toolbar button in the browser window (the chrome scope, which needs
//             --remote-allow-system-access)
// Both fire action.onClicked and grant activeTab, as a user's click does: the extension's own
// code runs unchanged. A test is written once against what launch() returns:
//
//   for (const name of browserNames()) describe(name, () => { ... b = await launch(name) ... });
//
// Every request that would leave the machine goes to a recording proxy (lib/proxy.mjs) that
// refuses it; the test server on 127.0.0.1 is reached directly.
import puppeteer from 'puppeteer-core';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync, readFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { repoRoot } from './server.mjs';
import { startProxy } from './proxy.mjs';
import { CLICK_BUNDLE } from '../../../extension/protocol.js';

export const EXECUTABLES = {
  chromium: process.env.WHOSAID_CHROMIUM || '/usr/bin/chromium',
  firefox: process.env.WHOSAID_FIREFOX || '/usr/bin/firefox-esr',
};
const COUNTER = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'counter.js'), 'utf8');

/** The browsers to run the suite in: WHOSAID_BROWSERS (comma-separated), else both. */
export function browserNames() {
  const names = (process.env.WHOSAID_BROWSERS || 'chromium,firefox').split(',').map((s) => s.trim()).filter(Boolean);
  for (const n of names) {
    if (!EXECUTABLES[n]) throw new Error(`WHOSAID_BROWSERS: unknown browser "${n}" (known: ${Object.keys(EXECUTABLES).join(', ')})`);
  }
  return names;
}

/**
 * Build the unpacked extension (scripts/build-extension.sh --no-zip) into a fresh temp dir.
 * counter: also put lib/counter.js at the top of the build's content.js and click bundle (the test build; see counter.js).
 */
export function buildExtension({ counter = true } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'whosaid-ext-'));
  const out = join(dir, 'extension');
  execFileSync('bash', [join(repoRoot, 'scripts', 'build-extension.sh'), '--no-zip', out], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (counter) {
    // content.js, and at the top of the click's one file (which holds content.js too).
    for (const f of ['content.js', CLICK_BUNDLE]) {
      const file = join(out, f);
      const own = readFileSync(file, 'utf8');
      rmSync(file);
      appendFileSync(file, COUNTER + '\n' + own);
    }
  }
  return { dir, out };
}

export async function waitFor(fn, { timeout = 10000, interval = 25, what = 'condition' } = {}) {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, interval));
  }
}

const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-features=MediaRouter,OptimizationHints',
];

// Firefox: nothing leaves the machine (every proxy is the recording proxy, loopback
// excepted), the event page is never suspended while a test runs.
function firefoxPrefs(proxyPort) {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1', 'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1', 'network.proxy.ssl_port': proxyPort,
    // localhost too: the same test server under another host name (another origin, another site).
    'network.proxy.no_proxies_on': '127.0.0.1, localhost',
    'network.proxy.allow_hijacking_localhost': true,
    'network.proxy.failover_direct': false,
    'extensions.background.idle.timeout': 3600 * 1000, // ms
    // Optional permissions are granted without the prompt a test cannot click
    // (permissions.request still needs the user's click on an extension page).
    'extensions.webextOptionalPermissionPrompts': false,
  };
}

// In the extension's background (Chromium: its service worker; Firefox: its event page):
// uncaught errors and unhandled rejections, kept for debug().
function collectBackgroundErrors(g) {
  g = g || globalThis;
  if (g.__whosaidHarnessErrors) return;
  g.__whosaidHarnessErrors = [];
  const keep = (where, e) => g.__whosaidHarnessErrors.push({ where, message: String((e && (e.stack || e.message)) || e), at: Date.now() });
  g.addEventListener('error', (e) => keep('uncaught', e.error || e.message));
  g.addEventListener('unhandledrejection', (e) => keep('unhandled rejection', e.reason));
}

function readDebug(g) {
  g = g || globalThis;
  const d = g.whosaidDebug;
  // Plain copies: the runs and errors cross to the test as JSON.
  return JSON.parse(JSON.stringify({
    runs: d.runs, errors: [...d.errors, ...(g.__whosaidHarnessErrors || [])], engineVersion: d.engineVersion, toggles: d.toggles,
  }));
}

// Firefox's UI language (and so the extension's chrome.i18n): the requested locale, served by
// Debian's langpack (firefox-esr-l10n-de for German; scripts/setup.sh installs it).
function localePrefs(locale) {
  return { 'intl.locale.requested': locale, 'intl.accept_languages': `${locale}, ${locale.split('-')[0]}` };
}

/**
 * Start a browser with the extension (locale: the browser's UI language, 'en-US' unless
 * asked; an extension's chrome.i18n follows it). Returns:
 *   name, browser (puppeteer), extensionId, origin (the extension's URL origin, with '/'),
 *   proxy (the recording proxy: proxy.requests), restrictedUrl (a page no extension may script),
 *   newPage(), goto(page, url), click(page), trigger(page, { expect }), isOn(page),
 *   debug(), ext(fn, ...args) (fn run in an extension page or worker, where chrome.* is),
 *   listeners(page), probe(page), close().
 */
export async function launch(name, { extensionDir, locale = 'en-US' } = {}) {
  if (!EXECUTABLES[name]) throw new Error(`unknown browser "${name}"`);
  const executablePath = EXECUTABLES[name];
  if (!existsSync(executablePath)) {
    throw new Error(`${name}: no browser at ${executablePath} (bash scripts/setup.sh installs it; WHOSAID_BROWSERS=chromium runs one browser only)`);
  }
  const built = extensionDir ? null : buildExtension();
  const ext = extensionDir || built.out;
  const proxy = await startProxy();
  const viewport = { width: 1280, height: 900 };
  const browser = name === 'firefox'
    ? await puppeteer.launch({
      browser: 'firefox', executablePath, headless: true, defaultViewport: viewport,
      args: ['--remote-allow-system-access'], extraPrefsFirefox: { ...firefoxPrefs(proxy.port), ...localePrefs(locale) },
    })
    : await puppeteer.launch({
      browser: 'chrome', executablePath, headless: true, defaultViewport: viewport, enableExtensions: true, pipe: true,
      args: [...CHROMIUM_ARGS, `--lang=${locale}`, `--proxy-server=http=127.0.0.1:${proxy.port};https=127.0.0.1:${proxy.port}`],
      // Chromium on Linux takes its UI language from LANGUAGE / LANG (measured: --lang alone leaves it
      // en-US), and finds it only with the locale's .pak (Debian's chromium-l10n; scripts/setup.sh).
      env: { ...process.env, LANGUAGE: locale.replace('-', '_'), LANG: `${locale.replace('-', '_')}.UTF-8` },
    });
  let b;
  try {
    const extensionId = await browser.installExtension(ext);
    b = name === 'firefox' ? await firefoxParts(browser, extensionId) : await chromiumParts(browser, extensionId);
  } catch (e) {
    await browser.close().catch(() => {});
    await proxy.close();
    throw e;
  }
  const { click, debug } = b;

  /** A new tab (the counter preloaded in its main world). */
  async function newPage() {
    const page = await browser.newPage();
    await page.evaluateOnNewDocument(COUNTER);
    return page;
  }

  // Whether whosaid is on in page: its host element is in the DOM.
  const isOn = (page) => page.evaluate(() => !!document.querySelector('whosaid-host'));

  /**
   * A real toolbar click on page's tab; resolves when the extension has finished
   * (painted: the run's record, or cleared: null). expect: 'on' when the click
   * should end painted whatever the state before (default: the state flips).
   * on: how to read the state (default isOn(page); a probe's run for a poisoned page).
   */
  async function trigger(page, { expect, on = () => isOn(page), timeout = 20000 } = {}) {
    const d0 = await debug();
    const stateBefore = expect === 'on' ? false : await on();
    await click(page);
    // Done when the content script reports the opposite state and the background has
    // finished the click (styles inserted or removed; when on, the run recorded), or
    // when the extension records an error.
    let failed = null;
    await waitFor(async () => {
      const d = await debug();
      if (d.errors.length > d0.errors.length) { failed = d.errors[d.errors.length - 1]; return true; }
      if (d.toggles <= d0.toggles) return false;
      const now = await on();
      if (now === stateBefore) return false;
      return now ? d.runs.length > d0.runs.length : true;
    }, { what: 'the toolbar click to take effect', interval: 5, timeout });
    if (failed) {
      const err = new Error(`the extension failed (${failed.where}): ${failed.message}`);
      err.record = failed;
      throw err;
    }
    const d = await debug();
    return d.runs.length > d0.runs.length ? d.runs[d.runs.length - 1] : null;
  }

  /** Listeners on window and document, and live MutationObservers, in every world of page (lib/counter.js). */
  const listeners = (page) => page.evaluate(() => {
    const answers = [];
    const h = (e) => answers.push(JSON.parse(e.detail));
    document.addEventListener('__whosaid-count!', h);
    document.dispatchEvent(new Event('__whosaid-count?'));
    document.removeEventListener('__whosaid-count!', h);
    return answers;
  });

  async function close() {
    await b.dispose?.().catch(() => {});
    await browser.close().catch(() => {});
    await proxy.close();
    if (built) rmSync(built.dir, { recursive: true, force: true });
  }

  return { name, browser, proxy, newPage, isOn, trigger, listeners, close, ...b };
}

/** A world of the test's own in page (clean built-ins, whatever the page did to its main world). */
function probeOver(evaluateIn) {
  const run = (fn, arg) => evaluateIn(`(${fn})(${JSON.stringify(arg === undefined ? null : arg)})`, true);
  const main = (expression) => evaluateIn(expression, false);
  return { run, main };
}

async function chromiumParts(browser, extensionId) {
  const origin = `chrome-extension://${extensionId}/`;
  const swTarget = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(origin), { timeout: 15000 });
  let sw = await swTarget.worker();
  // The worker target is there before its module has run (seen in CI: whosaidDebug not yet
  // set on the first debug()): wait until the background's top level has run.
  await waitFor(() => sw.evaluate(() => typeof chrome !== 'undefined' && !!globalThis.whosaidDebug).catch(() => false),
    { timeout: 15000, what: 'the extension worker to run its module' });
  await sw.evaluate(collectBackgroundErrors);
  const session = await browser.target().createCDPSession();
  const tabTargetOf = async (page) => {
    const { targetInfos } = await session.send('Target.getTargets', { filter: [{ type: 'tab' }] });
    const tabs = targetInfos.filter((t) => t.type === 'tab' && t.url === page.url());
    if (tabs.length !== 1) throw new Error(`expected one tab at ${page.url()}, found ${tabs.length} (give each test page a unique URL)`);
    return tabs[0].targetId;
  };
  const click = async (page) => {
    // The user clicks on the tab in front (activeTab is granted to that one).
    await page.bringToFront();
    await session.send('Extensions.triggerAction', { id: extensionId, targetId: await tabTargetOf(page) });
  };
  // A worker evaluation can land in a context without the extension APIs yet (seen once
  // in a full run as "chrome is not defined"): try again for up to 2 s.
  const ext = async (fn, ...args) => {
    for (let i = 0; ; i++) {
      try {
        return await sw.evaluate(fn, ...args);
      } catch (e) {
        if (i >= 20 || !/chrome is not defined/.test(String(e && e.message))) throw e;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  };
  const debug = () => sw.evaluate(readDebug);
  async function probe(page) {
    const s = await page.createCDPSession();
    const { frameTree } = await s.send('Page.getFrameTree');
    const { executionContextId } = await s.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'whosaid-test-probe' });
    const p = probeOver(async (expression, isolated) => {
      const r = await s.send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true, ...(isolated ? { contextId: executionContextId } : {}) });
      if (r.exceptionDetails) throw new Error('probe: ' + ((r.exceptionDetails.exception && r.exceptionDetails.exception.description) || r.exceptionDetails.text));
      return r.result.value;
    });
    return { ...p, detach: () => s.detach().catch(() => {}) };
  }
  const goto = (page, url, opts) => page.goto(url, opts);
  return {
    extensionId, origin, click, ext, debug, probe, goto, tabTargetOf, session,
    restrictedUrl: 'chrome://version/',
    get sw() { return sw; },
  };
}

async function firefoxParts(browser, extensionId) {
  const conn = browser.connection;
  const { result: tree } = await conn.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const chromeContext = tree.contexts[0].context;
  const inChrome = async (expression) => {
    const { result } = await conn.send('script.evaluate', { expression, target: { context: chromeContext }, awaitPromise: true, resultOwnership: 'none' });
    if (result.type === 'exception') throw new Error('browser window: ' + result.exceptionDetails.text);
    return result.result && result.result.value;
  };
  // The toolbar button: pinned to the navigation bar so it can be clicked.
  const widget = extensionId.toLowerCase().replace(/[^a-z0-9_-]/g, '_') + '-browser-action';
  await inChrome(`CustomizableUI.addWidgetToArea(${JSON.stringify(widget)}, CustomizableUI.AREA_NAVBAR)`);
  const host = await inChrome(`WebExtensionPolicy.getByID(${JSON.stringify(extensionId)}).mozExtensionHostname`);
  const origin = `moz-extension://${host}/`;

  // An extension page of its own (the options page), where chrome.* is and from which the
  // event page is reached (runtime.getBackgroundPage).
  const [first] = await browser.pages();
  const extPage = first || (await browser.newPage());
  await goto(extPage, origin + 'options.html');
  // (String expressions: the extension pages' CSP allows no eval, and these are not page code.)
  const inBackground = (fn) => extPage.evaluate(`(async () => (${fn})(await browser.runtime.getBackgroundPage()))()`);
  await waitFor(() => inBackground((g) => !!(g && g.whosaidDebug)).catch(() => false),
    { timeout: 15000, what: 'the extension background to run its module' });
  await inBackground(collectBackgroundErrors);

  async function goto(page, url, { timeout = 15000 } = {}) {
    // about: pages are not reported as loaded to puppeteer over BiDi either; the browser says when they are.
    if (url.startsWith('about:')) return conn.send('browsingContext.navigate', { context: page.mainFrame()._id, url, wait: 'complete' });
    if (!url.startsWith('moz-extension:')) return page.goto(url, { timeout });
    // Navigations into the extension's process are not reported as loaded over BiDi: navigate and poll.
    await conn.send('browsingContext.navigate', { context: page.mainFrame()._id, url, wait: 'none' });
    await waitFor(() => page.evaluate((u) => location.href === u && document.readyState === 'complete', url).catch(() => false), { timeout, what: `${url} to load` });
    return null;
  }
  const click = async (page) => {
    await page.bringToFront();
    await inChrome(`document.querySelector('#${widget} .unified-extensions-item-action-button').click()`);
  };
  const ext = (fn, ...args) => extPage.evaluate(fn, ...args);
  const debug = () => inBackground(readDebug);
  async function probe(page) {
    const context = page.mainFrame()._id;
    const p = probeOver(async (expression, isolated) => {
      const { result } = await conn.send('script.evaluate', {
        expression, awaitPromise: true, resultOwnership: 'none', serializationOptions: { maxObjectDepth: 20 },
        target: isolated ? { context, sandbox: 'whosaid-test-probe' } : { context },
      });
      if (result.type === 'exception') throw new Error('probe: ' + result.exceptionDetails.text);
      return fromBidi(result.result);
    });
    return { ...p, detach: async () => {} };
  }
  return { extensionId, origin, click, ext, debug, probe, goto, restrictedUrl: 'about:support', extPage };
}

// A BiDi remote value as plain JSON-like data.
function fromBidi(v) {
  if (!v) return undefined;
  switch (v.type) {
    case 'undefined': return undefined;
    case 'null': return null;
    case 'string': case 'boolean': return v.value;
    case 'number': return typeof v.value === 'number' ? v.value : Number(v.value);
    case 'array': return (v.value || []).map(fromBidi);
    case 'object': return Object.fromEntries((v.value || []).map(([k, x]) => [typeof k === 'string' ? k : fromBidi(k), fromBidi(x)]));
    default: return v.value;
  }
}
