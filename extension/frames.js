// What the worker keeps for each painted tab: the record of its painted frames (session storage, so
// that the badge and the top frame's panel follow a frame's re-analysis even after the worker slept),
// the badge and panel that follow it, and the stylesheets put into its frames.
import { UI_STYLES } from './protocol.js';
import { retry, run, allFrames, setBadge, countTitle, t } from './tabs.js';

/** @typedef {import('./protocol.js').FrameRecord} FrameRecord */
/** @typedef {import('./protocol.js').OnReport} OnReport */

// whosaid.css, then the user's colours (same specificity, so order decides), in every frame.
/** @param {number} tabId @param {string} overrides @param {number[]} [frameIds] those frames only (else every frame) */
export async function insertStyles(tabId, overrides, frameIds) {
  const target = frameIds ? { tabId, frameIds } : allFrames(tabId);
  await retry(() => chrome.scripting.insertCSS({ target, files: [UI_STYLES] }));
  if (overrides) await retry(() => chrome.scripting.insertCSS({ target, css: overrides }));
}

/** @param {number} tabId */
export const cssKey = (tabId) => 'css:' + tabId;
/** @param {number} tabId */
export const framesKey = (tabId) => 'frames:' + tabId;

/** @param {number} tabId */
export async function removeStyles(tabId) {
  const key = cssKey(tabId);
  const stored = /** @type {string | undefined} */ ((await chrome.storage.session.get(key))[key]);
  // Retried like insertCSS: a transient refusal left the stylesheet behind
  // (seen once in the smoke run); a closed tab still ends quietly.
  await retry(() => chrome.scripting.removeCSS({ target: allFrames(tabId), files: [UI_STYLES] })).catch(() => {});
  if (stored) await retry(() => chrome.scripting.removeCSS({ target: allFrames(tabId), css: stored })).catch(() => {});
  await chrome.storage.session.remove(key);
}

/**
 * What each painted frame of a tab holds ({ frameId: { count, found, title, claims } }),
 * kept in session storage so that the badge and the top frame's panel follow
 * a frame's re-analysis even after the worker slept. update's null entries go.
 */
/**
 * @param {number} tabId
 * @param {Record<string, FrameRecord | null>} update
 * @param {boolean} [replace]
 * @returns {Promise<Record<string, FrameRecord>>}
 */
export async function recordFrames(tabId, update, replace) {
  const key = framesKey(tabId);
  /** @type {Record<string, FrameRecord>} */
  const frames = replace ? {} : /** @type {Record<string, FrameRecord> | undefined} */ ((await chrome.storage.session.get(key))[key]) || {};
  for (const [id, f] of Object.entries(update)) {
    if (f) frames[id] = f;
    else delete frames[id];
  }
  await chrome.storage.session.set({ [key]: frames });
  return frames;
}

/** The frame record a content script's run reports. @param {OnReport} r @returns {FrameRecord} */
export const frameRecord = (r) => ({ count: r.count, found: !!(r.article && r.article.found), title: r.title || '', claims: r.claims || [],
  ...(r.article && r.article.langRead === false && r.article.note ? { note: r.article.note } : {}) });

/**
 * Tell the top frame's panel the embedded frames' claims (fresh: it has none yet, so
 * an empty list needs no telling); the badge shows them all.
 * @param {number} tabId @param {Record<string, FrameRecord>} frames @param {boolean} [fresh]
 */
export async function publishFrames(tabId, frames, fresh) {
  const embedded = Object.entries(frames).filter(([id, f]) => id !== '0' && f.claims.length)
    .map(([id, f]) => ({ frameId: Number(id), title: f.title, claims: f.claims }));
  if (embedded.length || !fresh) await run(tabId, (e) => globalThis.__whosaid && globalThis.__whosaid.frames(e), [embedded]);
  const total = Object.values(frames).reduce((n, f) => n + f.count, 0);
  const found = Object.values(frames).some((f) => f.found);
  // A page in a language whosaid does not read: its one sentence is the title.
  const unread = frames['0'] && frames['0'].note;
  await setBadge(tabId, String(total), !total && unread ? t('badge_note', [unread]) : countTitle(total, found));
  return total;
}
