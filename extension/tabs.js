// The worker's calls into a tab's frames (chrome.scripting) and its toolbar badge: retried where
// the browser refuses once right after a click, the same refusal in Chromium and Firefox.
import { CLICK_BUNDLE } from './protocol.js';

/** @typedef {import('./protocol.js').ClickResult} ClickResult */
/** @typedef {{ frameId: number, result?: any }} FrameAnswer one frame's result of an executeScript */

// Right after a click the tab can refuse scripting once ("Cannot access contents of the page").
export async function retry(fn) {
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
export const run = (tabId, func, args) =>
  retry(() => chrome.scripting.executeScript({ target: { tabId }, func, args: args || [] })).then((r) => {
    if (!r || !r[0]) throw new Error('Missing host permission for the tab: the browser let no frame of it be scripted');
    return r[0].result;
  });

// Every frame of the tab the grant reaches: with activeTab, the top document
// and the frames of its origin; the browser leaves other frames out of an
// allFrames injection, without an error. [{ frameId, result }]
/** @param {number} tabId */
export const allFrames = (tabId) => ({ tabId, allFrames: true });
/**
 * @param {chrome.scripting.InjectionTarget} target
 * @param {(...args: any[]) => any} func
 * @param {any[]} [args]
 * @returns {Promise<FrameAnswer[]>}
 */
// injectImmediately: a frame still loading (an ad frame whose server never
// answers) would hold the whole call until its document is idle.
export async function runFrames(target, func, args) {
  for (let attempt = 0; ; attempt++) {
    const rs = await retry(() => chrome.scripting.executeScript({ target, func, args: args || [], injectImmediately: true }));
    // Firefox answers a frame it would not script with no entry, or one with an error (where Chromium leaves it out).
    const answers = /** @type {FrameAnswer[]} */ ((rs || []).filter((r) => r && !('error' in r && r.error)));
    if (answers.some((r) => r.frameId === 0) || ('frameIds' in target && target.frameIds)) return answers;
    // Right after a click Chromium can leave the top frame out of an allFrames injection (the click's
    // grant not yet in effect there; seen on a heavy page when the call went out with the click): tried
    // again, as retry does the refusals it throws.
    if (attempt >= 2) throw new Error('Missing host permission for the tab: the browser let no frame of it be scripted');
    await new Promise((r) => setTimeout(r, 20 * (attempt + 1)));
  }
}

/** A message in the browser's language (_locales/). @param {string} key @param {string[]} [subs] */
export const t = (key, subs) => chrome.i18n.getMessage(key, subs) || key;

export async function setBadge(tabId, text, title) {
  try {
    // Together: each is a message to the browser, and none waits on another.
    await Promise.all([
      chrome.action.setBadgeBackgroundColor({ tabId, color: '#1b1b1f' }),
      chrome.action.setBadgeTextColor ? chrome.action.setBadgeTextColor({ tabId, color: '#ffffff' }) : null,
      chrome.action.setTitle({ tabId, title: title || t('actionTitle') }),
      chrome.action.setBadgeText({ tabId, text }),
    ]);
  } catch (e) {
    // The tab may have closed meanwhile.
  }
}

export const countTitle = (n, found) => (found
  ? t(new Intl.PluralRules(chrome.i18n.getUILanguage()).select(n) === 'one' ? 'badge_count_one' : 'badge_count_other', [String(n)])
  : t('badge_noArticle'));

// The content script's state in a frame (see currentState in background.js).
export const frameState = () => (globalThis.__whosaid ? globalThis.__whosaid.state()
  : window === window.top || (document.body && document.body.innerText.length >= 200) ? null : { empty: true });
/**
 * One frame's part of a click: the page scripts injected (those there already return at once) and
 * click.js's answer. @param {number} tabId @param {number} frameId @returns {Promise<ClickResult>}
 */
export const clickIn = (tabId, frameId) => retry(() => chrome.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [CLICK_BUNDLE], injectImmediately: true }))
  .then((r) => {
    // Firefox answers a page no extension may script with no entry, or one with an error (Chromium throws).
    if (!r || !r[0] || ('error' in r[0] && r[0].error)) throw new Error('Missing host permission for the tab: the browser let no frame of it be scripted');
    return r[0].result;
  });

