// whosaid page watcher (a classic content script, before content.js): while
// highlighting is on, a MutationObserver notices the page's text changing (a
// single-page app swapping its article after history.pushState, "load more",
// infinite scroll, a "read more" that shows the rest by toggling an attribute)
// and calls back once the DOM has settled, so content.js analyses the page
// again; and it reports a frame of the page loading a new document (so the
// worker can paint it too). Created when whosaid turns on, disconnected when it
// turns off: nothing observes the page while whosaid is off.
(function () {
  'use strict';
  if (globalThis.WhosaidWatch) return;

  // The page counts as settled after QUIET ms without a change; one that never
  // settles (a ticker, a live blog) is analysed again at most every MAX_WAIT ms.
  const QUIET = 200;
  const MAX_WAIT = 1500;
  // Records looked at per callback: past that many, the batch counts as a change
  // without reading the rest (the work per change is bounded).
  const SCAN = 64;
  const OWN = 'whosaid-host, whosaid-mark';
  const INERT = new Set(['script', 'style', 'link', 'meta', 'noscript', 'template', 'whosaid-host', 'whosaid-mark']);
  // The attributes a "read more" (or a collapsed section) shows its text with. Inline styles are
  // left out: animations rewrite them many times a second.
  const ATTRIBUTES = ['hidden', 'class', 'aria-expanded', 'aria-hidden', 'open'];

  /** Whether a node added or removed can change what is read: text with a letter or digit, or an element that is not inert. @param {Node} n */
  function matters(n) {
    if (n.nodeType === 3) return /[\p{L}\p{N}]/u.test(/** @type {Text} */ (n).data);
    return n.nodeType === 1 && !INERT.has(/** @type {Element} */ (n).localName);
  }

  /** Whether a record can change the page's text: inside body and not whosaid's own painting. @param {MutationRecord} r */
  function relevant(r) {
    const body = document.body;
    const t = r.target;
    const el = t.nodeType === 1 ? /** @type {Element} */ (t) : t.parentElement;
    if (r.type === 'childList' && t === document.documentElement) {
      // A new body (some apps replace it whole); whosaid's host is appended here.
      for (const n of r.addedNodes) if (n === body) return true;
      return false;
    }
    if (!body || !el || !body.contains(el) || el.closest(OWN)) return false;
    if (r.type === 'characterData') return true;
    // An attribute counts on an element with content (a paragraph, a section, the button that
    // expands one), not on an empty one (an icon, a spacer) or one of the inert kinds.
    if (r.type === 'attributes') return !INERT.has(/** @type {Element} */ (t).localName) && t.firstChild !== null;
    for (const n of r.addedNodes) if (matters(n)) return true;
    for (const n of r.removedNodes) if (matters(n)) return true;
    return false;
  }

  /**
   * Watch the document; onSettled() runs once the page has been quiet for QUIET ms after a change,
   * onFrameLoad() when one of its frames (iframe, frame) has loaded a document.
   * @param {() => void} onSettled
   * @param {() => void} [onFrameLoad]
   * @returns {{ skipPending(): void, stop(): void, active(): boolean }}
   */
  function watch(onSettled, onFrameLoad) {
    let timer = 0;
    let first = 0; // when the first change of the current burst came
    let stopped = false;
    const fire = () => {
      timer = 0;
      first = 0;
      if (!stopped) onSettled();
    };
    const observer = new MutationObserver((records) => {
      let changed = records.length > SCAN;
      for (let i = 0; !changed && i < records.length; i++) changed = relevant(records[i]);
      if (!changed || stopped) return;
      const now = performance.now();
      if (!first) first = now;
      clearTimeout(timer);
      timer = setTimeout(fire, Math.max(0, Math.min(QUIET, first + MAX_WAIT - now)));
    });
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ATTRIBUTES });
    // A frame's load event does not bubble: caught on the way down.
    /** @param {Event} e */
    const frameLoaded = (e) => {
      const t = /** @type {Element} */ (e.target);
      if (!stopped && onFrameLoad && t && (t.localName === 'iframe' || t.localName === 'frame')) onFrameLoad();
    };
    document.addEventListener('load', frameLoaded, true);
    return {
      // Drop the records queued so far: whosaid's own painting (the fallback's marks) is no change.
      skipPending() { observer.takeRecords(); },
      stop() {
        stopped = true;
        observer.disconnect();
        document.removeEventListener('load', frameLoaded, true);
        clearTimeout(timer);
        timer = 0;
      },
      active: () => !stopped,
    };
  }

  globalThis.WhosaidWatch = Object.freeze({ watch, QUIET, MAX_WAIT });
})();
