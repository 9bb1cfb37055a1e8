/* whosaid page-side UI, part 3 of 6: paint. Turns a PageResult's node ranges
 * into CSS Custom Highlights (the page's DOM untouched) or, where that API is
 * missing or the fallback is forced, into <whosaid-mark> elements that clear()
 * unwraps, restoring every text node as it was.
 */
(function () {
  'use strict';
  if (globalThis.WhosaidUI) return;
  const P = globalThis.__whosaidUIParts;
  if (!P) throw new Error('whosaid: ui/paint.js loaded before ui/shared.js');
  const { CATS, PRIORITY, MARK_TAG } = P;

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
  /**
   * @param {PageResult} result
   * @param {Text[]} textNodes
   * @param {PaintOptions} [options]
   * @returns {Painter}
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

  /** @returns {Painter} */
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

  /**
   * Fallback: wrap text in <whosaid-mark>; clear() puts every text node back as it was.
   * @returns {Painter}
   */
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

  P.paint = paint;
})();
