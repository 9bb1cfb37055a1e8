/* whosaid shared page-side UI (docs/ui-api.md).
 *
 * A classic script: injected as a content script by the extension and loaded
 * with <script src> by the demo. It defines one global, WhosaidUI, with
 *   collect(root)                          -> { input, textNodes }
 *   paint(result, textNodes, options)      -> painter { items, mode, clear() }
 *   mount(result, textNodes, painter, opt) -> ui { openPanel(), closePanel(), destroy() }
 * It reads the page and paints; every decision about the article and the
 * attributions comes from the Wasm engine's PageResult. Page text only ever
 * reaches the DOM through textContent / Text nodes, never through markup.
 */
(function () {
  'use strict';
  if (globalThis.WhosaidUI) return;

  const CATS = ['source', 'cue', 'direct', 'indirect', 'unattributed'];
  // Higher wins where ranges overlap (hit-testing, fallback, paint order).
  const PRIORITY = { focus: 6, source: 5, cue: 4, unattributed: 3, direct: 2, indirect: 1 };
  const SKIP = new Set([
    'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option',
    'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio',
    'whosaid-host', 'whosaid-mark',
  ]);
  const HOST_TAG = 'whosaid-host';
  const MARK_TAG = 'whosaid-mark';
  const HOVER_DELAY = 150; // ms the pointer rests on a claim before its card shows
  const KEY_SHIFT = 4294967296; // node index * 2^32 + UTF-16 offset: one comparable number

  // ---------------------------------------------------------------- collect

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

  // Ancestors are the caller's business (a hidden parent hides its children).
  function isHidden(el) {
    if (el.hidden || el.getAttribute('aria-hidden') === 'true') return true;
    let hidden;
    if (typeof el.checkVisibility === 'function') {
      hidden = !el.checkVisibility({ visibilityProperty: true });
    } else {
      const cs = getComputedStyle(el);
      hidden = cs.display === 'none' || cs.visibility === 'hidden';
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
        elements.push({ parent: -1, tag: root.localName, attrs: elementAttrs(root), hidden: isHidden(root) });
      }
      for (let k = chain.length - 1; k >= 0; k--) {
        const e = chain[k];
        const parentHidden = parent >= 0 && elements[parent].hidden;
        const me = elements.length;
        elements.push({ parent, tag: e.localName, attrs: elementAttrs(e), hidden: parentHidden || isHidden(e) });
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

  // ---------------------------------------------------------------- paint

  const OPENERS = new Set(['\u201c', '\u00ab', '\u201e', '\u2018', '"']);
  const CLOSERS = new Set(['\u201d', '\u00bb', '\u201c', '\u2019', '"']);
  const isLetter = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

  /** Split a mixed content range into quoted (direct) and unquoted (indirect) pieces. */
  function splitMixed(r, textNodes) {
    const pieces = [];
    let inQuote = false;
    let cur = null; // { cat, sn, so, en, eo }
    const prevChar = (n, o) => (o > 0 ? textNodes[n].data[o - 1] : n > 0 ? textNodes[n - 1].data.slice(-1) : undefined);
    const nextChar = (n, o) => (o + 1 < textNodes[n].data.length ? textNodes[n].data[o + 1] : n + 1 < textNodes.length ? textNodes[n + 1].data[0] : undefined);
    for (let n = r.startNode; n <= r.endNode; n++) {
      const data = textNodes[n].data;
      const from = n === r.startNode ? r.startOffset : 0;
      const to = n === r.endNode ? r.endOffset : data.length;
      for (let o = from; o < to; o++) {
        const c = data[o];
        let cat = inQuote ? 'direct' : 'indirect';
        if (!inQuote && OPENERS.has(c) && !(c === '\u2018' && isLetter(prevChar(n, o)))) {
          inQuote = true; cat = 'direct';
        } else if (inQuote && CLOSERS.has(c) && !(c === '\u2019' && isLetter(nextChar(n, o)))) {
          inQuote = false; cat = 'direct';
        }
        if (cur && cur.cat === cat) { cur.en = n; cur.eo = o + 1; }
        else { cur = { cat, sn: n, so: o, en: n, eo: o + 1 }; pieces.push(cur); }
      }
    }
    // Drop pieces that are only spaces and punctuation between quotes.
    return pieces.filter((p) => p.cat === 'direct' || /[\p{L}\p{N}]/u.test(rangeText(p, textNodes)));
  }

  function rangeText(p, textNodes) {
    if (p.sn === p.en) return textNodes[p.sn].data.slice(p.so, p.eo);
    let s = textNodes[p.sn].data.slice(p.so);
    for (let n = p.sn + 1; n < p.en; n++) s += textNodes[n].data;
    return s + textNodes[p.en].data.slice(0, p.eo);
  }

  function validRange(r, textNodes) {
    return r && Number.isInteger(r.startNode) && Number.isInteger(r.endNode) &&
      r.startNode >= 0 && r.endNode < textNodes.length && r.startNode <= r.endNode &&
      r.startOffset >= 0 && r.startOffset <= textNodes[r.startNode].data.length &&
      r.endOffset >= 0 && r.endOffset <= textNodes[r.endNode].data.length &&
      (r.startNode < r.endNode || r.startOffset < r.endOffset);
  }

  /** Pieces to paint: { a, cat, sn, so, en, eo } in the result's order. */
  function pieces(result, textNodes, categories) {
    const out = [];
    const on = (cat) => !categories || categories[cat] !== false;
    const add = (a, cat, p) => {
      if (p.sn === p.en || textNodes[p.sn].getRootNode() === textNodes[p.en].getRootNode()) { out.push({ a, cat, ...p }); return; }
      // The ends are in different trees (light DOM and a shadow root): one piece per text node.
      for (let n = p.sn; n <= p.en; n++) {
        const so = n === p.sn ? p.so : 0;
        const eo = n === p.en ? p.eo : textNodes[n].data.length;
        if (eo > so) out.push({ a, cat, sn: n, so, en: n, eo });
      }
    };
    const push = (a, cat, r) => {
      if (!on(cat) || !validRange(r, textNodes)) return;
      add(a, cat, { sn: r.startNode, so: r.startOffset, en: r.endNode, eo: r.endOffset });
    };
    (result.attributions || []).forEach((at, a) => {
      if (at.source) push(a, 'source', at.source);
      if (at.cue) push(a, 'cue', at.cue);
      for (const r of at.content || []) {
        if (!at.cue) push(a, 'unattributed', r);
        else if (at.kind === 'direct') push(a, 'direct', r);
        else if (at.kind === 'mixed' && validRange(r, textNodes)) {
          for (const p of splitMixed(r, textNodes)) if (on(p.cat)) add(a, p.cat, { sn: p.sn, so: p.so, en: p.en, eo: p.eo });
        } else push(a, 'indirect', r);
      }
    });
    return out;
  }

  function highlightApi() {
    return typeof CSS !== 'undefined' && CSS.highlights && typeof Highlight === 'function';
  }

  /**
   * Paint a PageResult. textNodes[i] is the Text node behind input.nodes[i].
   * options: { categories: {source, cue, direct, indirect, unattributed}, fallback: bool (force the fallback) }
   */
  function paint(result, textNodes, options) {
    options = options || {};
    const list = pieces(result, textNodes, options.categories);
    const useApi = highlightApi() && !options.fallback;
    return useApi ? paintHighlights(list, textNodes) : paintFallback(list, textNodes);
  }

  function makeRange(p, textNodes) {
    const r = document.createRange();
    r.setStart(textNodes[p.sn], p.so);
    r.setEnd(textNodes[p.en], p.eo);
    return r;
  }

  function paintHighlights(list, textNodes) {
    const groups = {};
    const items = list.map((p) => {
      const range = makeRange(p, textNodes);
      (groups[p.cat] = groups[p.cat] || []).push(range);
      return { ...p, range };
    });
    const mine = {};
    for (const cat of CATS) {
      const h = new Highlight(...(groups[cat] || []));
      h.priority = PRIORITY[cat];
      mine[cat] = h;
      CSS.highlights.set('whosaid-' + cat, h);
    }
    let focus = null;
    return {
      mode: 'highlight',
      items,
      textNodes,
      focus(item) {
        if (focus && CSS.highlights.get('whosaid-focus') === focus) CSS.highlights.delete('whosaid-focus');
        focus = null;
        if (!item) return;
        focus = new Highlight(item.range);
        focus.priority = PRIORITY.focus;
        CSS.highlights.set('whosaid-focus', focus);
      },
      clear() {
        this.focus(null);
        for (const cat of CATS) {
          if (CSS.highlights.get('whosaid-' + cat) === mine[cat]) CSS.highlights.delete('whosaid-' + cat);
        }
        items.length = 0;
      },
    };
  }

  /** Fallback: wrap text in <whosaid-mark>; clear() puts every text node back as it was. */
  function paintFallback(list, textNodes) {
    // Per text node, the painted intervals, flattened so the highest priority wins.
    const perNode = new Map();
    list.forEach((p, i) => {
      for (let n = p.sn; n <= p.en; n++) {
        const s = n === p.sn ? p.so : 0;
        const e = n === p.en ? p.eo : textNodes[n].data.length;
        if (e <= s) continue;
        if (!perNode.has(n)) perNode.set(n, []);
        perNode.get(n).push({ s, e, i, cat: p.cat });
      }
    });
    const marksOf = list.map(() => []);
    const restore = []; // { node, text, added: [Text], marks: [Element] }
    for (const [n, spans] of perNode) {
      const node = textNodes[n];
      const text = node.data;
      // Owner of each code unit (by priority), then runs of equal owner.
      const owner = new Int32Array(text.length).fill(-1);
      for (const sp of spans) {
        for (let k = sp.s; k < sp.e; k++) {
          const cur = owner[k];
          if (cur < 0 || PRIORITY[list[cur].cat] < PRIORITY[sp.cat]) owner[k] = sp.i;
        }
      }
      const runs = [];
      for (let k = 0; k < text.length;) {
        let j = k + 1;
        while (j < text.length && owner[j] === owner[k]) j++;
        runs.push({ s: k, e: j, i: owner[k] });
        k = j;
      }
      const rec = { node, text, added: [], marks: [] };
      restore.push(rec);
      // Split from the end so earlier offsets stay valid.
      for (let r = runs.length - 1; r >= 0; r--) {
        const run = runs[r];
        let piece = node;
        if (run.s > 0) { piece = node.splitText(run.s); rec.added.push(piece); }
        if (run.i >= 0) {
          if (piece.data.length > run.e - run.s) rec.added.push(piece.splitText(run.e - run.s));
          const mark = document.createElement(MARK_TAG);
          mark.setAttribute('data-whosaid', list[run.i].cat);
          piece.parentNode.insertBefore(mark, piece);
          mark.appendChild(piece);
          rec.marks.push(mark);
          marksOf[run.i].unshift(mark);
        }
      }
    }
    const items = list.map((p, i) => {
      const marks = marksOf[i].sort((x, y) => (x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
      let range = null;
      if (marks.length) {
        range = document.createRange();
        range.setStartBefore(marks[0]);
        range.setEndAfter(marks[marks.length - 1]);
      }
      return { ...p, range, marks };
    }).filter((it) => it.range);
    let focused = null;
    return {
      mode: 'fallback',
      items,
      textNodes,
      focus(item) {
        if (focused) for (const m of focused.marks) m.removeAttribute('data-whosaid-focus');
        focused = item || null;
        if (focused) for (const m of focused.marks) m.setAttribute('data-whosaid-focus', '');
      },
      clear() {
        this.focus(null);
        for (const rec of restore) {
          for (const mark of rec.marks) {
            const parent = mark.parentNode;
            if (!parent) continue;
            while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
            parent.removeChild(mark);
          }
          for (const t of rec.added) if (t.parentNode) t.parentNode.removeChild(t);
          if (rec.node.data !== rec.text) rec.node.data = rec.text;
        }
        restore.length = 0;
        items.length = 0;
      },
    };
  }

  // ---------------------------------------------------------------- mount: card + panel

  const UI_CSS = `
:host { all: initial; }
.root { --bg: #fff; --fg: #1b1b1f; --fg2: #34343f; --muted: #5d5d6b; --line: #c8c8d0; --line2: #e2e2ea; --soft: #ececf2; --soft2: #f4f4f8;
  --pressed: #fff4d6; --current: #e6eeff; --cue: #8d1b98; }
* { box-sizing: border-box; }
.root { font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); }
button { font: inherit; color: inherit; cursor: pointer; }
button:focus-visible, [tabindex]:focus-visible { outline: 3px solid #2f6fde; outline-offset: 2px; }
.card { position: fixed; z-index: 2; width: 320px; max-width: calc(100vw - 16px); background: var(--bg); color: var(--fg);
  border: 1px solid var(--line); border-radius: 10px; box-shadow: 0 8px 28px rgba(0,0,0,.28); padding: 12px 14px; pointer-events: auto; }
.card[hidden], .panel[hidden], .pill[hidden] { display: none; }
.card .who { display: flex; align-items: baseline; gap: 8px; margin: 0 26px 6px 0; }
.card .speaker { font-weight: 700; font-size: 16px; overflow-wrap: anywhere; }
.kind { display: inline-block; font-size: 11px; font-weight: 600; text-transform: uppercase; letter-spacing: .04em;
  padding: 1px 6px; border-radius: 999px; background: var(--soft); color: var(--fg2); white-space: nowrap; }
.kind.anonymous { background: #fde4e4; color: #8a1c1c; }
.kind.person { background: #e1f1e6; color: #1d5b32; }
.kind.organisation { background: #e3ebfb; color: #1e3f8a; }
.kind.document { background: #f3ead8; color: #6a4b12; }
dl { display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; margin: 6px 0; }
dt { color: var(--muted); }
dd { margin: 0; overflow-wrap: anywhere; }
.claim { margin: 8px 0; padding-left: 8px; border-left: 3px solid #0d9488; color: var(--fg2); overflow: hidden;
  display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 5; }
.x { position: absolute; top: 6px; right: 6px; width: 28px; height: 28px; border: 0; border-radius: 6px; background: transparent; font-size: 18px; line-height: 1; }
.x:hover { background: var(--soft); }
.more, .link { border: 1px solid var(--line); background: var(--soft2); border-radius: 6px; padding: 4px 8px; margin: 4px 6px 0 0; }
.more:hover, .link:hover { background: var(--soft); }
.panel { position: fixed; z-index: 1; top: 0; right: 0; bottom: 0; width: 360px; max-width: 100vw; background: var(--bg);
  border-left: 1px solid var(--line); box-shadow: -6px 0 24px rgba(0,0,0,.2); display: flex; flex-direction: column; pointer-events: auto; }
.panel header { position: relative; padding: 12px 44px 8px 14px; border-bottom: 1px solid var(--line2); }
.panel h2 { margin: 0; font-size: 17px; outline: none; }
.panel .summary { margin: 4px 0 0; color: var(--muted); font-size: 13px; }
.panel .share { display: flex; height: 6px; border-radius: 3px; overflow: hidden; background: var(--soft); margin-top: 6px; }
.panel .share .named { background: #2e8b57; }
.panel .share .anon { background: #c0392b; }
.panel .body { overflow: auto; padding: 8px 10px 12px; flex: 1; }
.panel h3 { font-size: 12px; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); margin: 10px 4px 4px; display: flex; justify-content: space-between; align-items: center; }
.panel ul, .panel ol { list-style: none; margin: 0; padding: 0; }
.src { display: flex; width: 100%; align-items: center; gap: 8px; text-align: left; border: 1px solid transparent; background: transparent; border-radius: 6px; padding: 5px 6px; }
.src:hover { background: var(--soft2); }
.src[aria-pressed="true"] { background: var(--pressed); border-color: #e69500; }
.src .name { flex: 1; overflow-wrap: anywhere; }
.src .count { font-variant-numeric: tabular-nums; font-weight: 700; min-width: 1.5em; text-align: right; }
/* A long article lists thousands of claims: lay out only those in view. */
.claims > li { content-visibility: auto; contain-intrinsic-size: auto 64px; }
.cl { display: block; width: 100%; text-align: left; border: 1px solid transparent; background: transparent; border-radius: 6px; padding: 5px 6px; }
.cl:hover { background: var(--soft2); }
.cl[aria-current="true"] { background: var(--current); border-color: #2f6fde; }
.cl .by { font-weight: 600; }
.cl .cue { color: var(--cue); }
.cl .text { color: var(--fg2); overflow: hidden; display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 3; }
.panel .note, .panel .empty { margin: 8px 4px; padding: 8px 10px; border-radius: 6px; background: var(--soft2); color: var(--fg2); }
.panel .hint { margin: 0; padding: 8px 14px; border-top: 1px solid var(--line2); color: var(--muted); font-size: 12px; }
kbd { font: 11px ui-monospace, monospace; border: 1px solid var(--line); border-radius: 3px; padding: 0 3px; background: var(--soft2); }
.pill { position: fixed; z-index: 1; right: 16px; bottom: 16px; display: flex; border-radius: 999px; background: #1b1b1f; color: #fff;
  box-shadow: 0 4px 16px rgba(0,0,0,.3); pointer-events: auto; overflow: hidden; }
.pill button { border: 0; background: transparent; color: #fff; padding: 8px 12px; }
.pill button:hover { background: #3a3a48; }
.pill .off { border-left: 1px solid #4a4a58; padding: 8px 10px; }
@media (prefers-color-scheme: dark) {
  .root { --bg: #1f2024; --fg: #ececf0; --fg2: #d4d4dc; --muted: #a4a4b2; --line: #4a4b55; --line2: #35363e; --soft: #33343c; --soft2: #2a2b32;
    --pressed: #4a3a12; --current: #1f3560; --cue: #e59cf0; }
  .kind.anonymous { background: #5a1f1f; color: #ffd0d0; }
  .kind.person { background: #1d4a2c; color: #c8f0d4; }
  .kind.organisation { background: #1e335f; color: #cfe0ff; }
  .kind.document { background: #4d3a14; color: #f5e3bd; }
}
`;

  function h(tag, props, ...children) {
    const el = document.createElement(tag);
    if (props) {
      for (const k in props) {
        const v = props[k];
        if (v === null || v === undefined || v === false) continue;
        if (k === 'class') el.className = v;
        else if (k === 'text') el.textContent = v;
        else if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
        else el.setAttribute(k, v === true ? '' : String(v));
      }
    }
    for (const c of children) if (c !== null && c !== undefined) el.append(c);
    return el;
  }

  function excerpt(s, max) {
    s = String(s || '').replace(/\s+/g, ' ').trim();
    return s.length > max ? s.slice(0, max - 1).trimEnd() + '\u2026' : s;
  }

  const KIND_LABEL = { person: 'named', anonymous: 'anonymous', organisation: 'organisation', document: 'document', unknown: 'unknown' };
  const QUOTE_LABEL = { direct: 'direct quote', indirect: 'indirect (reported) claim', mixed: 'mixed: partly quoted' };

  /** The article's sources: one per speaker (or per source text when unresolved), in order of appearance. */
  function sourcesOf(result) {
    const speakers = result.speakers || [];
    const byKey = new Map();
    const list = [];
    (result.attributions || []).forEach((at, a) => {
      let key, name, kind, named;
      const sp = at.speaker !== null && at.speaker !== undefined ? speakers.find((s) => s.id === at.speaker) || speakers[at.speaker] : null;
      if (sp) { key = 's' + sp.id; name = sp.name; kind = sp.kind; named = !!sp.named; }
      else if (at.sourceText) { key = 't' + at.sourceText.toLowerCase(); name = at.entity || at.sourceText; kind = 'unknown'; named = false; }
      else { key = 'none'; name = 'No speaker given'; kind = 'unknown'; named = false; }
      let src = byKey.get(key);
      if (!src) { src = { key, name, kind, named, role: sp ? sp.role : null, claims: [] }; byKey.set(key, src); list.push(src); }
      src.claims.push(a);
    });
    const owner = [];
    for (const src of list) for (const a of src.claims) owner[a] = src;
    return { list, byAttr: (a) => owner[a] };
  }

  /**
   * Card and panel in a shadow root on one host appended to document.documentElement.
   * options: { onClose() } called when the user turns whosaid off from the UI.
   */
  function mount(result, textNodes, painter, options) {
    options = options || {};
    const doc = document;
    const attributions = result.attributions || [];
    const srcs = sourcesOf(result);
    const items = painter.items;

    // Hit-test index: items sorted by start, with a running maximum of ends.
    const nodeIndex = new Map();
    const order = items.map((_, i) => i).sort((x, y) => (items[x].sn - items[y].sn) || (items[x].so - items[y].so));
    const starts = new Float64Array(order.length);
    const maxEnd = new Float64Array(order.length);
    let running = -1;
    order.forEach((i, k) => {
      const it = items[i];
      starts[k] = it.sn * KEY_SHIFT + it.so;
      running = Math.max(running, it.en * KEY_SHIFT + it.eo);
      maxEnd[k] = running;
    });
    const shadowRoots = new Set();
    if (painter.mode === 'highlight') {
      textNodes.forEach((t, i) => {
        nodeIndex.set(t, i);
        const r = t.getRootNode();
        if (r !== doc && r.nodeType === 11) shadowRoots.add(r);
      });
    }
    const caretOptions = shadowRoots.size ? { shadowRoots: [...shadowRoots] } : undefined;

    const host = doc.createElement(HOST_TAG);
    const hs = host.style;
    for (const [p, v] of [['all', 'initial'], ['position', 'fixed'], ['top', '0'], ['left', '0'], ['width', '0'], ['height', '0'],
      ['overflow', 'visible'], ['z-index', '2147483647'], ['display', 'block'], ['pointer-events', 'none'], ['contain', 'none']]) {
      hs.setProperty(p, v, 'important');
    }
    const shadow = host.attachShadow({ mode: 'open' });
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(UI_CSS);
      shadow.adoptedStyleSheets = [sheet];
    } catch (_) {
      shadow.append(h('style', { text: UI_CSS }));
    }
    const root = h('div', { class: 'root' });
    shadow.append(root);

    // ---- card
    const cardBody = h('div');
    const card = h('div', { class: 'card', role: 'dialog', 'aria-label': 'Who said this', hidden: true },
      h('button', { class: 'x', type: 'button', 'aria-label': 'Close this card', text: '\u00d7', onclick: () => hideCard() }),
      cardBody);
    // ---- pill
    const claimsWord = (n) => n + (n === 1 ? ' claim' : ' claims');
    const article = result.article || null;
    const noArticle = !!article && article.found === false;
    const pillText = noArticle ? 'no article found' : attributions.length ? claimsWord(attributions.length) : 'no claims found';
    const pillOpen = h('button', {
      class: 'open', type: 'button',
      'aria-label': noArticle || !attributions.length ? `whosaid: ${pillText}. Open the panel`
        : `Open the sources panel: ${claimsWord(attributions.length)} by ${srcs.list.length} sources`,
      text: `whosaid \u00b7 ${pillText}`,
      onclick: () => openPanel(),
    });
    const pill = h('div', { class: 'pill', role: 'group', 'aria-label': 'whosaid' }, pillOpen,
      h('button', { class: 'off', type: 'button', 'aria-label': 'Turn whosaid highlighting off', text: '\u00d7', onclick: () => { if (options.onClose) options.onClose(); } }));
    // ---- panel: built on first use (a long article has hundreds of claims)
    let panel = null;
    const ensurePanel = () => {
      if (!panel) { panel = buildPanel(); root.insertBefore(panel.el, card); }
      return panel;
    };
    root.append(pill, card);
    doc.documentElement.appendChild(host);

    let cardState = { a: -1, item: null, pinned: false };
    let hideTimer = 0;
    let showTimer = 0;
    let moveFrame = 0;
    let lastMove = null;

    function caretAt(x, y) {
      if (doc.caretPositionFromPoint) {
        const p = doc.caretPositionFromPoint(x, y, caretOptions);
        return p ? { node: p.offsetNode, offset: p.offset } : null;
      }
      if (doc.caretRangeFromPoint) {
        const r = doc.caretRangeFromPoint(x, y);
        return r ? { node: r.startContainer, offset: r.startOffset } : null;
      }
      return null;
    }

    const inRects = (range, x, y) => {
      for (const r of range.getClientRects()) {
        if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return r;
      }
      return null;
    };

    /** The painted item under the point (highest priority), with the line rect it was found in. */
    function hitTest(x, y, target) {
      if (painter.mode === 'fallback') {
        const mark = target && target.closest ? target.closest(MARK_TAG) : null;
        if (!mark) return null;
        let best = null;
        for (const it of items) {
          if (it.marks.includes(mark) && (!best || PRIORITY[it.cat] > PRIORITY[best.cat])) best = it;
        }
        return best ? { item: best, rect: mark.getBoundingClientRect() } : null;
      }
      const caret = caretAt(x, y);
      if (!caret || caret.node.nodeType !== 3) return null;
      const n = nodeIndex.get(caret.node);
      if (n === undefined) return null;
      const key = n * KEY_SHIFT + caret.offset;
      // Last item starting at or before the point.
      let lo = 0, hi = order.length - 1, k = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (starts[mid] <= key) { k = mid; lo = mid + 1; } else hi = mid - 1;
      }
      let best = null, bestRect = null;
      for (; k >= 0 && maxEnd[k] >= key; k--) {
        const it = items[order[k]];
        if (it.en * KEY_SHIFT + it.eo < key) continue;
        if (best && PRIORITY[it.cat] <= PRIORITY[best.cat]) continue;
        const rect = inRects(it.range, x, y);
        if (rect) { best = it; bestRect = rect; }
      }
      return best ? { item: best, rect: bestRect } : null;
    }

    // The innermost target (inside open shadow roots too); read while the event is dispatched.
    const innermost = (e) => (e.composedPath && e.composedPath()[0]) || e.target;

    function onMove(e) {
      lastMove = { clientX: e.clientX, clientY: e.clientY, target: e.target, inner: innermost(e) };
      if (moveFrame) return;
      moveFrame = requestAnimationFrame(() => {
        moveFrame = 0;
        const ev = lastMove;
        if (!ev) return;
        if (ev.target === host) { clearTimeout(hideTimer); return; }
        if (cardState.pinned) return;
        const hit = hitTest(ev.clientX, ev.clientY, ev.inner);
        clearTimeout(showTimer);
        if (hit) {
          clearTimeout(hideTimer);
          // A short rest before the first card (most of an article is underlined);
          // once one is up, it follows the pointer at once.
          if (card.hidden) showTimer = setTimeout(() => showCard(hit.item.a, hit.rect, hit.item, false), HOVER_DELAY);
          else showCard(hit.item.a, hit.rect, hit.item, false);
        } else if (!card.hidden) { clearTimeout(hideTimer); hideTimer = setTimeout(hideCard, 300); }
      });
    }

    function onClick(e) {
      if (e.target === host) return;
      const hit = hitTest(e.clientX, e.clientY, innermost(e));
      clearTimeout(showTimer);
      if (hit) showCard(hit.item.a, hit.rect, hit.item, true);
      else if (cardState.pinned) hideCard();
    }

    // The pointer left the window: a hover card goes (a pinned one stays).
    function onOut(e) {
      if (e.relatedTarget) return;
      clearTimeout(showTimer);
      if (!card.hidden && !cardState.pinned) { clearTimeout(hideTimer); hideTimer = setTimeout(hideCard, 300); }
    }

    function onKey(e) {
      if (e.key === 'Escape' && !card.hidden && !(panel && e.composedPath().includes(panel.el))) hideCard();
    }

    // Scrolling hides a hover card; a pinned card follows its text (rAF-throttled).
    let scrollFrame = 0;
    function onScroll() {
      if (card.hidden) return;
      if (!cardState.pinned) { hideCard(); return; }
      if (scrollFrame) return;
      scrollFrame = requestAnimationFrame(() => {
        scrollFrame = 0;
        const it = cardState.item;
        const rect = it && it.range.getClientRects()[0];
        if (!rect || rect.bottom < 0 || rect.top > window.innerHeight) hideCard();
        else place(rect);
      });
    }

    doc.addEventListener('mousemove', onMove, { passive: true, capture: true });
    doc.addEventListener('click', onClick, true);
    doc.addEventListener('keydown', onKey, true);
    doc.addEventListener('mouseout', onOut, { passive: true });
    window.addEventListener('scroll', onScroll, { passive: true, capture: true });

    function showCard(a, rect, item, pinned, fromPanel) {
      const at = attributions[a];
      if (!at) return;
      const src = srcs.byAttr(a);
      if (cardState.a !== a) {
        cardBody.replaceChildren(...cardContent(at, a, src).filter(Boolean));
      }
      cardState = { a, item, pinned: pinned || (cardState.pinned && cardState.a === a) };
      card.setAttribute('aria-label', `Who said this: ${src ? src.name : 'unknown'}`);
      card.hidden = false;
      place(rect);
      if (pinned && !fromPanel && painter.focus) painter.focus(null);
    }

    function place(rect) {
      const vw = doc.documentElement.clientWidth || window.innerWidth;
      const vh = window.innerHeight;
      const w = card.offsetWidth, ht = card.offsetHeight;
      let left = Math.min(Math.max(8, rect.left), vw - w - 8);
      let top = rect.bottom + 8;
      if (top + ht > vh - 8 && rect.top - ht - 8 >= 8) top = rect.top - ht - 8;
      card.style.left = Math.max(8, left) + 'px';
      card.style.top = Math.max(8, top) + 'px';
    }

    function hideCard() {
      clearTimeout(hideTimer);
      clearTimeout(showTimer);
      card.hidden = true;
      cardState = { a: -1, item: null, pinned: false };
    }

    function cardContent(at, a, src) {
      const rows = [];
      const row = (k, v) => { if (v) rows.push(h('dt', { text: k }), h('dd', { text: v })); };
      const kind = src ? src.kind : 'unknown';
      const speakerName = src ? src.name : (at.entity || at.sourceText || 'No speaker given');
      row('As written', at.sourceText || (at.cue ? '(no source in the sentence)' : '(quotation without a speaker)'));
      if (at.entity && at.entity !== speakerName) row('Refers to', at.entity);
      row('Speaker', speakerName);
      row('Role', src && src.role);
      row('Cue', at.cueText);
      row('Quote', at.cue ? QUOTE_LABEL[at.kind] || at.kind : 'quotation with no speaker');
      const claim = (at.contentText || []).join(' \u2026 ');
      const others = src ? src.claims.length - 1 : 0;
      return [
        h('div', { class: 'who' }, h('span', { class: 'speaker', text: speakerName }), h('span', { class: 'kind ' + kind, text: KIND_LABEL[kind] || kind })),
        h('dl', null, ...rows),
        claim ? h('blockquote', { class: 'claim', text: excerpt(claim, 280) }) : null,
        others > 0
          ? h('button', { class: 'more', type: 'button', text: `${others} more ${others === 1 ? 'claim' : 'claims'} by this source`, onclick: () => { hideCard(); openPanel({ source: src.key }); } })
          : null,
        h('button', { class: 'link', type: 'button', text: 'All sources', onclick: () => { hideCard(); openPanel(); } }),
      ];
    }

    // ---- panel
    function buildPanel() {
      const title = h('h2', { id: 'whosaid-panel-title', tabindex: '-1', text: 'Sources in this article' });
      const summary = result.summary || {};
      const claims = attributions.length;
      const namedClaims = srcs.list.filter((s) => s.named).reduce((n, s) => n + s.claims.length, 0);
      const anonShare = typeof summary.anonymousShare === 'number' ? summary.anonymousShare
        : claims ? srcs.list.filter((s) => s.kind === 'anonymous').reduce((n, s) => n + s.claims.length, 0) / claims : 0;
      const namedShare = claims ? namedClaims / claims : 0;
      const pct = (x) => Math.round(x * 100) + '%';
      const summaryText = `${srcs.list.length} ${srcs.list.length === 1 ? 'source' : 'sources'} \u00b7 ${claimsWord(claims)} \u00b7 ${pct(namedShare)} from named sources \u00b7 ${pct(anonShare)} anonymous`;
      const share = h('div', { class: 'share', role: 'img', 'aria-label': `${pct(namedShare)} of claims from named sources, ${pct(anonShare)} anonymous` },
        h('span', { class: 'named', style: null }), h('span', { class: 'anon' }));
      share.children[0].style.width = pct(namedShare);
      share.children[1].style.width = pct(anonShare);

      const sourceButtons = srcs.list.map((s) => h('li', null, h('button', {
        class: 'src', type: 'button', 'aria-pressed': 'false', 'data-key': s.key,
        'aria-label': `${s.name}, ${KIND_LABEL[s.kind] || s.kind}, ${claimsWord(s.claims.length)}. Show only these claims`,
        onclick: () => filter(filterKey === s.key ? null : s.key, true),
      }, h('span', { class: 'name', text: s.name }), h('span', { class: 'kind ' + s.kind, text: KIND_LABEL[s.kind] || s.kind }), h('span', { class: 'count', text: String(s.claims.length) }))));
      const srcList = h('ul', { class: 'sources', 'aria-label': 'Sources, in order of appearance' }, ...sourceButtons);
      const claimsTitle = h('span', { text: 'All claims' });
      const showAll = h('button', { class: 'link', type: 'button', hidden: true, text: 'Show all', onclick: () => filter(null, false) });
      const claimList = h('ol', { class: 'claims', 'aria-label': 'Claims' });
      const claimButtons = attributions.map((at, a) => {
        const src = srcs.byAttr(a);
        return h('li', { 'data-a': String(a) }, h('button', {
          class: 'cl', type: 'button', 'data-a': String(a),
          onclick: () => goTo(a, true),
        }, h('span', { class: 'by', text: src ? src.name : 'No speaker given' }), ' ',
        h('span', { class: 'cue', text: at.cueText || '(quotation)' }),
        h('span', { class: 'text', text: excerpt((at.contentText || []).join(' \u2026 '), 180) })));
      });
      claimList.append(...claimButtons);
      const el = h('aside', { class: 'panel', role: 'dialog', 'aria-labelledby': 'whosaid-panel-title', hidden: true },
        h('header', null, title, h('p', { class: 'summary', text: summaryText }), share,
          h('button', { class: 'x', type: 'button', 'aria-label': 'Close the sources panel', text: '\u00d7', onclick: () => closePanel() })),
        h('div', { class: 'body' },
          article && article.note ? h('p', { class: 'note', text: article.note }) : null,
          !attributions.length ? h('p', { class: 'empty', text: noArticle
            ? 'whosaid found no article on this page, so nothing is highlighted.'
            : 'No one is quoted or cited in this article: nothing to highlight.' }) : null,
          h('h3', null, h('span', { text: 'Sources' })), srcList,
          h('h3', null, claimsTitle, showAll), claimList),
        h('p', { class: 'hint' }, h('kbd', { text: 'j' }), ' / ', h('kbd', { text: 'k' }), ' or ', h('kbd', { text: '\u2193' }), ' / ', h('kbd', { text: '\u2191' }),
          ' next / previous claim \u00b7 ', h('kbd', { text: 'Esc' }), ' close'));
      el.addEventListener('keydown', onPanelKey);

      let filterKey = null;
      let current = -1; // attribution index the panel points at

      function visibleClaims() {
        const src = filterKey ? srcs.list.find((s) => s.key === filterKey) : null;
        return src ? src.claims : attributions.map((_, a) => a);
      }
      function filter(key, jump) {
        filterKey = key;
        const src = key ? srcs.list.find((s) => s.key === key) : null;
        for (const b of sourceButtons) { const btn = b.firstChild; btn.setAttribute('aria-pressed', String(btn.getAttribute('data-key') === key)); }
        const keep = new Set(visibleClaims());
        claimButtons.forEach((li, a) => { li.hidden = !keep.has(a); });
        claimsTitle.textContent = src ? `Claims by ${src.name}` : 'All claims';
        showAll.hidden = !src;
        if (src && jump) goTo(src.claims[0], false);
      }
      function goTo(a, focusButton) {
        if (a === undefined || a < 0) return;
        current = a;
        claimButtons.forEach((li, i) => li.firstChild.setAttribute('aria-current', String(i === a)));
        const btn = claimButtons[a].firstChild;
        if (focusButton) btn.focus({ preventScroll: true });
        btn.scrollIntoView({ block: 'nearest' });
        const its = items.filter((it) => it.a === a);
        const target = its.find((it) => it.cat !== 'source' && it.cat !== 'cue') || its[0];
        if (target) {
          if (painter.focus) painter.focus(target);
          const node = target.marks ? target.marks[0] : target.range.startContainer;
          const el = node.nodeType === 1 ? node : node.parentElement;
          if (el) el.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
          // The card for this claim, pinned by its source (or the claim): the keyboard's way to it.
          const anchor = its.find((it) => it.cat === 'source') || target;
          const rect = anchor.range.getClientRects()[0];
          if (rect) showCard(a, rect, anchor, true, true);
        }
      }
      function step(dir) {
        const list = visibleClaims();
        if (!list.length) return;
        let k = list.indexOf(current);
        k = k < 0 ? (dir > 0 ? 0 : list.length - 1) : Math.min(list.length - 1, Math.max(0, k + dir));
        goTo(list[k], true);
      }
      function onPanelKey(e) {
        if (e.altKey || e.ctrlKey || e.metaKey) return;
        const inSources = e.composedPath().includes(srcList);
        if (e.key === 'Escape') { e.preventDefault(); e.stopPropagation(); closePanel(); }
        else if (e.key === 'j' || (e.key === 'ArrowDown' && !inSources)) { e.preventDefault(); e.stopPropagation(); step(1); }
        else if (e.key === 'k' || (e.key === 'ArrowUp' && !inSources)) { e.preventDefault(); e.stopPropagation(); step(-1); }
        else if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && inSources) {
          e.preventDefault(); e.stopPropagation();
          const btns = sourceButtons.map((li) => li.firstChild);
          const i = btns.indexOf(shadow.activeElement);
          const next = btns[Math.min(btns.length - 1, Math.max(0, i + (e.key === 'ArrowDown' ? 1 : -1)))];
          if (next) next.focus();
        }
      }
      return { el, title, filter, goTo, current: () => current, visibleClaims };
    }

    let restoreFocus = null;
    function openPanel(opts) {
      opts = opts || {};
      ensurePanel();
      if (panel.el.hidden) restoreFocus = doc.activeElement;
      panel.el.hidden = false;
      pill.hidden = true;
      if (opts.source) {
        panel.filter(opts.source, true);
        const btn = panel.el.querySelector(`.src[data-key="${CSS.escape(opts.source)}"]`);
        if (btn) btn.focus();
      } else {
        panel.filter(null, false);
        panel.title.focus();
      }
    }
    function closePanel() {
      if (!panel || panel.el.hidden) return;
      panel.el.hidden = true;
      pill.hidden = false;
      hideCard();
      if (painter.focus) painter.focus(null);
      const back = restoreFocus;
      restoreFocus = null;
      if (back && back !== host && back.isConnected && typeof back.focus === 'function' && back !== doc.body) back.focus({ preventScroll: true });
      else pillOpen.focus({ preventScroll: true });
    }

    function destroy() {
      doc.removeEventListener('mousemove', onMove, { capture: true });
      doc.removeEventListener('click', onClick, true);
      doc.removeEventListener('keydown', onKey, true);
      doc.removeEventListener('mouseout', onOut, { passive: true });
      window.removeEventListener('scroll', onScroll, { capture: true });
      if (moveFrame) cancelAnimationFrame(moveFrame);
      if (scrollFrame) cancelAnimationFrame(scrollFrame);
      clearTimeout(hideTimer);
      clearTimeout(showTimer);
      host.remove();
    }

    return {
      host,
      openPanel,
      closePanel,
      showCardFor(a) {
        const it = items.find((x) => x.a === a);
        if (it) showCard(a, it.range.getBoundingClientRect(), it, true);
      },
      hideCard,
      destroy,
    };
  }

  globalThis.WhosaidUI = Object.freeze({ collect, paint, mount, categories: CATS.slice() });
})();
