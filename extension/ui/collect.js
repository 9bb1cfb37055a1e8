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
    const index = new Map();
    const underPageHide = pageLevelHide();

    const indexOf = (el) => {
      let i = index.get(el);
      if (i !== undefined) return i;
      // Index the chain from the nearest indexed ancestor down: parents first.
      const chain = [];
      let cur = el;
      while (cur && !index.has(cur) && cur !== root) { chain.push(cur); cur = flatParent(cur); }
      let parent = cur && index.has(cur) ? index.get(cur) : -1;
      if (cur === root && !index.has(root)) {
        parent = elements.length;
        index.set(root, parent);
        elements.push({ parent: -1, tag: root.localName, attrs: elementAttrs(root), hidden: isHidden(root, underPageHide) });
      }
      for (let k = chain.length - 1; k >= 0; k--) {
        const e = chain[k];
        const parentHidden = parent >= 0 && elements[parent].hidden;
        const me = elements.length;
        elements.push({ parent, tag: e.localName, attrs: elementAttrs(e), hidden: parentHidden || isHidden(e, underPageHide) });
        index.set(e, me);
        parent = me;
      }
      return parent;
    };

    // Iterative depth-first walk over child lists; skipped elements are not entered.
    const stack = [[flatChildren(root), 0]];
    while (stack.length) {
      const top = stack[stack.length - 1];
      const list = top[0];
      if (top[1] >= list.length) { stack.pop(); continue; }
      const node = list[top[1]++];
      if (node.nodeType === 3) {
        const text = node.data;
        if (text.length > 0) {
          nodes.push({ text, parent: indexOf(flatParent(node)) });
          textNodes.push(node);
        }
      } else if (node.nodeType === 1 && !SKIP.has(node.localName)) {
        const kids = flatChildren(node);
        if (kids.length) stack.push([kids, 0]);
      }
    }
    if (!index.has(root)) indexOf(root);
    return { input: { elements, nodes }, textNodes };
  }

  P.collect = collect;
})();
