// Helpers of the extension suites on live pages (extension-live, extension-frames): what is
// painted in a page or frame, what whosaid left there, the badge, what the background saw from a
// tab, and the file a click downloads.
import { readFileSync, writeFileSync, rmSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitFor, launch, buildExtension } from './browsers.mjs';

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** The text of every painted source range still in the page or frame (collapsed ranges paint nothing). */
export const paintedSources = (frame) => frame.evaluate(() => [...(CSS.highlights.get('whosaid-source') || [])].filter((r) => !r.collapsed).map((r) => r.toString()));
/** What whosaid left in a frame (leftovers' checks, in any frame). */
export const frameLeftovers = (frame) => frame.evaluate(() => ({
  highlights: [...CSS.highlights.keys()].filter((k) => k.startsWith('whosaid-')).length,
  hosts: document.querySelectorAll('whosaid-host').length,
  marks: document.querySelectorAll('whosaid-mark').length,
  styles: getComputedStyle(document.body, '::highlight(whosaid-source)').textDecorationLine !== 'none' ? 1 : 0,
}));
export const CLEAN = { highlights: 0, hosts: 0, marks: 0, styles: 0 };

export const badge = (browser, tabId) => browser.ext((tabId) => chrome.action.getBadgeText({ tabId }), tabId);
/**
 * What the extension's background saw from the tab at url: its analyses and every message its
 * frames sent (whosaidDebug; Firefox: in the event page, reached from the extension page).
 */
export const traffic = (browser, url) => browser.ext(async (url) => {
  const g = globalThis.whosaidDebug ? globalThis : await chrome.runtime.getBackgroundPage();
  const d = g.whosaidDebug;
  const mine = (x) => x.url === url;
  return JSON.parse(JSON.stringify({ analyses: d.analyses.filter(mine), messages: d.messages.filter(mine) }));
}, url);
/** The tab id of the tab at url, from the background's records of it. */
export const tabOf = async (browser, url) => (await waitFor(async () => (await traffic(browser, url)).messages[0], { what: `a message from ${url}` })).tabId;

/**
 * The file a click downloads in browser b, saved into a fresh folder: { name, text }.
 * (Chromium: CDP Browser.setDownloadBehavior; Firefox: WebDriver BiDi browser.setDownloadBehavior.)
 */
export async function downloaded(b, click) {
  const dir = mkdtempSync(join(tmpdir(), 'whosaid-download-'));
  if (b.name === 'chromium') await b.session.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: dir });
  else await b.browser.connection.send('browser.setDownloadBehavior', { downloadBehavior: { type: 'allowed', destinationFolder: dir } });
  await click();
  const partial = (f) => /\.(crdownload|part)$/.test(f);
  let size = -1;
  const name = await waitFor(() => {
    const files = readdirSync(dir);
    if (files.length !== 1 || partial(files[0])) return null;
    // Done when it has stopped growing. Firefox may write under a temporary name and rename it
    // between the listing and the stat: a file gone meanwhile is not done yet.
    let now;
    try { now = statSync(join(dir, files[0])).size; } catch (e) { if (e.code === 'ENOENT') return null; throw e; }
    const done = now > 0 && now === size;
    size = now;
    return done ? files[0] : null;
  }, { what: 'the download', interval: 100 });
  const text = readFileSync(join(dir, name), 'utf8');
  rmSync(dir, { recursive: true, force: true });
  return { name, text };
}

/**
 * The browser with the extension, able to paint the test server's site on load without the
 * permission prompt a headless test cannot click: the one step of the real flow left out.
 * Firefox: the harness turns the prompts off. Chromium has no such switch: this build grants
 * http://127.0.0.1/* in its manifest. Its close() also removes that build.
 */
export async function launchGrantingTestSite(browserName) {
  if (browserName !== 'chromium') return launch(browserName);
  const built = buildExtension();
  const manifestPath = join(built.out, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.host_permissions = ['http://127.0.0.1/*'];
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  const c = await launch(browserName, { extensionDir: built.out });
  const close = c.close;
  c.close = async () => {
    await close();
    rmSync(built.dir, { recursive: true, force: true });
  };
  return c;
}
