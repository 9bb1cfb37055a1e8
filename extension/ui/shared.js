/* whosaid page-side UI, part 1 of 6: what the other parts share (docs/ui-api.md).
 *
 * The UI is six classic scripts (no ES module syntax, no build step), loaded
 * in this order by the extension (content scripts, list in ../protocol.js)
 * and by the demo (<script defer>): shared.js, collect.js, paint.js, card.js,
 * panel.js, mount.js. Each adds its part to one private namespace; mount.js,
 * the last, publishes the one global, WhosaidUI, and removes the namespace.
 * Page text only ever reaches the DOM through textContent / Text nodes, never
 * through markup.
 */
(function () {
  'use strict';
  if (globalThis.WhosaidUI) return;

  /** @type {Category[]} */
  const CATS = ['source', 'cue', 'direct', 'indirect', 'unattributed'];
  // Higher wins where ranges overlap (hit-testing, fallback, paint order).
  const PRIORITY = { focus: 6, source: 5, cue: 4, unattributed: 3, direct: 2, indirect: 1 };
  const HOST_TAG = 'whosaid-host';
  const MARK_TAG = 'whosaid-mark';
  const HOVER_DELAY = 150; // ms the pointer rests on a claim before its card shows
  const KEY_SHIFT = 4294967296; // node index * 2^32 + UTF-16 offset: one comparable number

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


  const claimsWord = (n) => n + (n === 1 ? ' claim' : ' claims');

  /** @type {WhosaidUIParts} */
  const parts = { CATS, PRIORITY, HOST_TAG, MARK_TAG, HOVER_DELAY, KEY_SHIFT, h, excerpt, KIND_LABEL, QUOTE_LABEL, sourcesOf, claimsWord };
  globalThis.__whosaidUIParts = parts;
})();
