// Launching Chromium with the unpacked extension, and clicking its toolbar
// button for real (CDP Extensions.triggerAction: fires chrome.action.onClicked
// and grants activeTab, exactly as a click does).
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './server.mjs';

export const CHROMIUM = process.env.WHOSAID_CHROMIUM || '/usr/bin/chromium';

/** Build the unpacked extension (scripts/build-extension.sh --no-zip) into a fresh temp dir. */
export function buildExtension() {
  const dir = mkdtempSync(join(tmpdir(), 'whosaid-ext-'));
  const out = join(dir, 'extension');
  execFileSync('bash', [join(repoRoot, 'scripts', 'build-extension.sh'), '--no-zip', out], { stdio: ['ignore', 'ignore', 'inherit'] });
  return { dir, out };
}

async function waitFor(fn, { timeout = 10000, interval = 25, what = 'condition' } = {}) {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, interval));
  }
}
export { waitFor };

/**
 * Start Chromium with the extension. Returns helpers:
 *   context, sw (the extension's service worker), extensionId,
 *   trigger(page) (a real toolbar click), debug() (the worker's whosaidDebug),
 *   close().
 */
export async function launch({ extensionDir } = {}) {
  const built = extensionDir ? null : buildExtension();
  const ext = extensionDir || built.out;
  const userDataDir = mkdtempSync(join(tmpdir(), 'whosaid-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: false,
    viewport: { width: 1280, height: 900 },
    args: [
      '--headless=new', `--disable-extensions-except=${ext}`, `--load-extension=${ext}`,
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--remote-debugging-port=0',
    ],
  });
  const sw = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ||
    (await context.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith('chrome-extension://'), timeout: 15000 }));
  const extensionId = new URL(sw.url()).host;

  const portFile = join(userDataDir, 'DevToolsActivePort');
  await waitFor(() => existsSync(portFile) && readFileSync(portFile, 'utf8').split('\n')[0].trim(), { what: 'DevToolsActivePort' });
  const port = readFileSync(portFile, 'utf8').split('\n')[0].trim();
  const cdpBrowser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const browserSession = await cdpBrowser.newBrowserCDPSession();

  // The tab target (not the page target) of page: Extensions.triggerAction wants a tab.
  async function tabTargetOf(page) {
    const { targetInfos } = await browserSession.send('Target.getTargets', { filter: [{ type: 'tab' }] });
    const tabs = targetInfos.filter((t) => t.type === 'tab' && t.url === page.url());
    if (tabs.length !== 1) throw new Error(`expected one tab at ${page.url()}, found ${tabs.length} (give each test page a unique URL)`);
    return tabs[0].targetId;
  }

  const debug = () => sw.evaluate(() => {
    const d = globalThis.whosaidDebug;
    return { runs: d.runs.slice(), errors: d.errors.slice(), engineVersion: d.engineVersion };
  });

  /**
   * A real toolbar click on page's tab; resolves when the extension has finished
   * (painted: the run's record, or cleared: null). expect: 'on' when the click
   * should end painted whatever the state before (default: the state flips).
   */
  async function trigger(page, { expect } = {}) {
    const d0 = await debug();
    const targetId = await tabTargetOf(page);
    const stateBefore = expect === 'on' ? false : await isOn(page);
    await browserSession.send('Extensions.triggerAction', { id: extensionId, targetId });
    // Done when the content script reports the opposite state and the worker has
    // finished the click (styles inserted or removed; when on, the run recorded), or
    // when the extension records an error. Turning off hides the page UI before the
    // stylesheet is removed: waiting on the page alone raced that removal.
    let failed = null;
    await waitFor(async () => {
      const d = await debug();
      if (d.errors.length > d0.errors.length) { failed = d.errors[d.errors.length - 1]; return true; }
      const on = await isOn(page);
      if (on === stateBefore || d.toggles <= d0.toggles) return false;
      return on ? d.runs.length > d0.runs.length : true;
    }, { what: 'the toolbar click to take effect', interval: 5, timeout: 20000 });
    if (failed) throw new Error(`the extension failed (${failed.where}): ${failed.message}`);
    const d = await debug();
    return d.runs.length > d0.runs.length ? d.runs[d.runs.length - 1] : null;
  }

  // Whether whosaid is on in page: its host element is in the DOM.
  const isOn = (page) => page.evaluate(() => !!document.querySelector('whosaid-host'));

  async function close() {
    await cdpBrowser.close().catch(() => {});
    await context.close().catch(() => {});
    rmSync(userDataDir, { recursive: true, force: true });
    if (built) rmSync(built.dir, { recursive: true, force: true });
  }

  return { context, sw, extensionId, trigger, debug, isOn, close, browserSession, tabTargetOf };
}
