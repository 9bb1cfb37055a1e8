// Sites highlighted automatically ("Highlight automatically on this site").
//
// A site is a scheme and a host, kept as the match pattern the browser grants
// ("https://news.example.com/*"). The user's choice lives in
// chrome.storage.local (host permissions belong to this install, not to the
// synced profile); a site is active when it is chosen AND its optional host
// permission is granted. Only then does the service worker register a content
// script for that one pattern (syncRegistered), which paints every page of the
// site whose article the engine finds. Shared by the service worker and the
// options page.

export const KEY = 'autoSites';
const ID_PREFIX = 'whosaid-auto-';

/** The site of a page address as a match pattern, or null when no site permission can cover it (not http/https). */
export function sitePattern(url) {
  let u;
  try { u = new URL(String(url)); } catch (_) { return null; }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  if (!u.hostname) return null;
  return `${u.protocol}//${u.hostname}/*`;
}

/** What the user reads for a site: the pattern without its trailing path wildcard. */
export const siteLabel = (pattern) => pattern.replace(/\/\*$/, '');

const isPattern = (p) => typeof p === 'string' && sitePattern(siteLabel(p)) === p;

/** The sites the user chose, in the order chosen (malformed entries dropped). */
export async function chosenSites() {
  const stored = (await chrome.storage.local.get(KEY))[KEY];
  return Array.isArray(stored) ? [...new Set(stored.filter(isPattern))] : [];
}

/** Chosen sites whose permission is granted: those painted on load. */
export async function activeSites() {
  const out = [];
  for (const p of await chosenSites()) {
    if (await chrome.permissions.contains({ origins: [p] })) out.push(p);
  }
  return out;
}

/**
 * Ask for one site and, when granted, add it to the list. Call it straight
 * from the user's click (permissions.request needs the gesture): the request
 * is the first thing it does. Resolves to whether the site is now chosen.
 */
export async function addSite(pattern) {
  if (!isPattern(pattern)) throw new Error(`not a site address: ${JSON.stringify(pattern)}`);
  const granted = await chrome.permissions.request({ origins: [pattern] });
  if (!granted) return false;
  const list = await chosenSites();
  if (!list.includes(pattern)) await chrome.storage.local.set({ [KEY]: [...list, pattern] });
  return true;
}

/** Take a site off the list and give its permission back. */
export async function removeSite(pattern) {
  const list = await chosenSites();
  await chrome.storage.local.set({ [KEY]: list.filter((p) => p !== pattern) });
  // A permission the manifest itself requires (the test build's) cannot be
  // removed; the list alone then decides, and the site is no longer painted.
  await chrome.permissions.remove({ origins: [pattern] }).catch(() => false);
}

const scriptId = (pattern) => ID_PREFIX + siteLabel(pattern).replace(/[^a-z0-9.-]+/gi, '_');

/**
 * Make the registered content scripts match the active sites: one script per
 * site, matching that site only, in its frames too (those of the same site). `files` are the page scripts in injection order.
 */
export async function syncRegistered(files) {
  const want = new Map((await activeSites()).map((p) => [scriptId(p), p]));
  const have = (await chrome.scripting.getRegisteredContentScripts()).filter((s) => s.id.startsWith(ID_PREFIX));
  const stale = have.filter((s) => want.get(s.id) !== (s.matches || [])[0] || (s.js || []).join() !== files.join() || !s.allFrames).map((s) => s.id);
  if (stale.length) await chrome.scripting.unregisterContentScripts({ ids: stale });
  const kept = new Set(have.map((s) => s.id).filter((id) => !stale.includes(id)));
  const add = [...want].filter(([id]) => !kept.has(id)).map(([id, p]) => ({
    id, matches: [p], js: files, runAt: /** @type {'document_idle'} */ ('document_idle'), allFrames: true, persistAcrossSessions: true,
  }));
  if (add.length) await chrome.scripting.registerContentScripts(add);
  return [...want.values()];
}
