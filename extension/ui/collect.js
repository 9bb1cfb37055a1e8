/* whosaid page-side UI, part 2 of 6: collect. Reads the page's text nodes, in
 * flat-tree order (open and closed shadow roots, slots), with each element's
 * tag, class/id words, itemprop/role values and visibility: the analyzePage
 * input (docs/wasm-api.md). It reads and never writes.
 */
(function () {
  'use strict';
  if (globalThis.WhosaidUI) return;
  const P = globalThis.__whosaidUIParts;
  if (!P) throw new Error('whosaid: ui/collect.js loaded before ui/shared.js');

  const SKIP = new Set([
    'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option',
    'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio',
    'whosaid-host', 'whosaid-mark',
  ]);

  function elementAttrs(el) {
    let s = '';
    const cls = el.getAttribute('class');
    if (cls) s = cls;
    const id = el.getAttribute('id');
    if (id) s += ' ' + id;
    const itemprop = el.getAttribute('itemprop');
    if (itemprop) for (const w of itemprop.split(/\s+/)) if (w) s += ' itemprop:' + w;
    const role = el.getAttribute('role');
    if (role) for (const w of role.split(/\s+/)) if (w) s += ' role:' + w;
    return s.trim().replace(/\s+/g, ' ').toLowerCase();
  }

  /**
   * Whether html or body is hidden as a whole (visibility or opacity): an
   * anti-flicker rule (Chartbeat's `body { visibility: hidden }`, Google
   * Optimize's `.async-hide { opacity: 0 }`) that the page's own script lifts
   * within a second, or never when that script is blocked or missing. The
   * reader sees the page, so collect counts it as visible; hidden elements
   * inside the page stay hidden.
   */
  function pageLevelHide() {
    for (const el of [document.documentElement, document.body]) {
      if (!el) continue;
      const cs = getComputedStyle(el);
      if (cs.visibility !== 'visible' || cs.opacity === '0') return true;
    }
    return false;
  }

  /**
   * Ancestors are the caller's business (a hidden parent hides its children).
   * Under a page-level hide every element inherits visibility: hidden, so an
   * element counts as visibility-hidden only where it hides itself below a
   * visible parent (the hide on html or body is not its own).
   * @param {Element} el
   * @param {boolean} underPageHide
   */
  function isHidden(el, underPageHide) {
    if (/** @type {HTMLElement} */ (el).hidden || el.getAttribute('aria-hidden') === 'true') return true;
    let hidden;
    const pageRoot = el === document.documentElement || el === document.body;
    if (typeof el.checkVisibility === 'function') {
      hidden = !el.checkVisibility({ visibilityProperty: !underPageHide });
    } else {
      const cs = getComputedStyle(el);
      hidden = cs.display === 'none' || (!underPageHide && cs.visibility === 'hidden');
    }
    if (!hidden && underPageHide && !pageRoot && getComputedStyle(el).visibility !== 'visible') {
      const parent = flatParent(el);
      hidden = !!parent && getComputedStyle(parent).visibility === 'visible';
    }
    if (!hidden) {
      const r = el.getBoundingClientRect();
      hidden = r.width === 0 && r.height === 0;
    }
    // display: contents (slots, layout wrappers) has no box of its own, yet shows its children.
    return hidden && getComputedStyle(el).display !== 'contents';
  }

  // The flat tree: what is rendered. A shadow host's children are its shadow
  // root's (open ones, and closed ones where the extension API can see them);
  // a slot's are the nodes assigned to it (else its fallback content).
  const closedRoot = (el) => {
    const dom = globalThis.chrome && globalThis.chrome.dom;
    if (!dom || typeof dom.openOrClosedShadowRoot !== 'function' || !el.localName.includes('-')) return null;
    try { return dom.openOrClosedShadowRoot(el) || null; } catch (_) { return null; }
  };
  function flatChildren(el) {
    const sr = el.shadowRoot || closedRoot(el);
    if (sr) return sr.childNodes;
    if (el.localName === 'slot' && typeof el.assignedNodes === 'function') {
      const assigned = el.assignedNodes();
      if (assigned.length) return assigned;
    }
    return el.childNodes;
  }
  function flatParent(n) {
    const slot = n.assignedSlot;
    if (slot) return slot;
    const p = n.parentNode;
    if (!p) return null;
    if (p.nodeType === 11) return p.host || null; // a shadow root: its host
    return p.nodeType === 1 ? p : null;
  }

  /** Read the text nodes under root into the analyzePage input (docs/wasm-api.md), in flat-tree order. */
  function collect(root) {
    root = root || document.body;
    const elements = [];
    const nodes = [];
    const textNodes = [];
    const underPageHide = pageLevelHide();
    // Iterative depth-first walk over flat-tree child lists; skipped elements are not
    // entered. Each frame is an element being walked (up: its flat parent's frame), so a
    // text node's parent is the frame it is met in, with no parentNode/assignedSlot read
    // (in Firefox each DOM read crosses an Xray wrapper: this halves collect there).
    // An element is indexed when the first text node under it is met, parents first, so
    // elements without text stay out; its frame holds its index (-1 before).
    const index = (frame) => {
      if (frame.i >= 0) return frame.i;
      const chain = [];
      let f = frame;
      while (f && f.i < 0) { chain.push(f); f = f.up; }
      let parent = f ? f.i : -1;
      for (let k = chain.length - 1; k >= 0; k--) {
        const c = chain[k];
        const hidden = (parent >= 0 && elements[parent].hidden) || isHidden(c.el, underPageHide);
        c.i = elements.length;
        elements.push({ parent, tag: c.el.localName, attrs: elementAttrs(c.el), hidden });
        parent = c.i;
      }
      return parent;
    };
    const rootFrame = { el: root, up: null, i: -1, list: flatChildren(root), k: 0 };
    let top = rootFrame;
    while (top) {
      const list = top.list;
      if (top.k >= list.length) { top = top.up; continue; }
      const node = list[top.k++];
      const type = node.nodeType;
      if (type === 3) {
        const text = node.data;
        if (text.length > 0) {
          nodes.push({ text, parent: index(top) });
          textNodes.push(node);
        }
      } else if (type === 1 && !SKIP.has(node.localName)) {
        const kids = flatChildren(node);
        if (kids.length) top = { el: node, up: top, i: -1, list: kids, k: 0 };
      }
    }
    index(rootFrame);
    return { input: { elements, nodes }, textNodes };
  }

  P.collect = collect;
})();
