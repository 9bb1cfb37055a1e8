/* whosaid page-side UI, part 4 of 6: the card. Who said the claim under the
 * pointer: hit-testing painted ranges (a caret position and a sorted index of
 * the painted items, or the fallback's <whosaid-mark> elements), the hover
 * and pinned card, and the page listeners that drive it (removed by destroy).
 */
(function () {
  'use strict';
  if (globalThis.WhosaidUI) return;
  const P = globalThis.__whosaidUIParts;
  if (!P) throw new Error('whosaid: ui/card.js loaded before ui/shared.js');
  const { PRIORITY, MARK_TAG, HOVER_DELAY, KEY_SHIFT, h, excerpt, t, plural, kindLabel, quoteLabel, uncertain } = P;

  /**
   * The card, and the listeners on the page that show it.
   * @param {CardContext} ctx
   */
  function card(ctx) {
    const { doc, attributions, srcs, painter, textNodes, host, openPanel, inPanel } = ctx;
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

    const cardBody = h('div');
    const el = h('div', { class: 'card', role: 'dialog', 'aria-label': t('card_label'), hidden: true },
      h('button', { class: 'x', type: 'button', 'aria-label': t('card_close'), text: '\u00d7', onclick: () => hideCard() }),
      cardBody);

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
          if (el.hidden) showTimer = setTimeout(() => showCard(hit.item.a, hit.rect, hit.item, false), HOVER_DELAY);
          else showCard(hit.item.a, hit.rect, hit.item, false);
        } else if (!el.hidden) { clearTimeout(hideTimer); hideTimer = setTimeout(hideCard, 300); }
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
      if (!el.hidden && !cardState.pinned) { clearTimeout(hideTimer); hideTimer = setTimeout(hideCard, 300); }
    }

    function onKey(e) {
      if (e.key === 'Escape' && !el.hidden && !inPanel(e)) hideCard();
    }

    // Scrolling hides a hover card; a pinned card follows its text (rAF-throttled).
    let scrollFrame = 0;
    function onScroll() {
      if (el.hidden) return;
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
      el.setAttribute('aria-label', t('card_labelFor', [src ? src.name : t('kind_unknown')]));
      el.hidden = false;
      place(rect);
      if (pinned && !fromPanel && painter.focus) painter.focus(null);
    }

    function place(rect) {
      const vw = doc.documentElement.clientWidth || window.innerWidth;
      const vh = window.innerHeight;
      const w = el.offsetWidth, ht = el.offsetHeight;
      let left = Math.min(Math.max(8, rect.left), vw - w - 8);
      let top = rect.bottom + 8;
      if (top + ht > vh - 8 && rect.top - ht - 8 >= 8) top = rect.top - ht - 8;
      el.style.left = Math.max(8, left) + 'px';
      el.style.top = Math.max(8, top) + 'px';
    }

    function hideCard() {
      clearTimeout(hideTimer);
      clearTimeout(showTimer);
      el.hidden = true;
      cardState = { a: -1, item: null, pinned: false };
    }

    function cardContent(at, a, src) {
      const rows = [];
      const row = (k, v) => { if (v) rows.push(h('dt', { text: k }), h('dd', { text: v })); };
      const kind = src ? src.kind : 'unknown';
      const speakerName = src ? src.name : (at.entity || at.sourceText || t('noSpeaker'));
      row(t('card_asWritten'), at.sourceText || (at.cue ? t('card_noSourceInSentence') : t('card_quoteWithoutSpeaker')));
      if (at.entity && at.entity !== speakerName) row(t('card_refersTo'), at.entity);
      row(t('card_speaker'), speakerName);
      row(t('card_role'), src && src.role);
      row(t('card_cue'), at.cueText);
      row(t('card_quote'), at.cue ? quoteLabel(at.kind) : t('quote_none'));
      const unsure = uncertain(at);
      if (unsure) row(t('card_confidence'), t('uncertain_detail', [confidenceText(at.confidence)]));
      const claim = (at.contentText || []).join(' \u2026 ');
      const others = src ? src.claims.length - 1 : 0;
      return [
        h('div', { class: 'who' }, h('span', { class: 'speaker', text: speakerName }), h('span', { class: 'kind ' + kind, text: kindLabel(kind) }),
          unsure ? h('span', { class: 'uncertain', text: t('uncertain') }) : null),
        h('dl', null, ...rows),
        claim ? h('blockquote', { class: 'claim', text: excerpt(claim, 280) }) : null,
        others > 0
          ? h('button', { class: 'more', type: 'button', text: plural('card_more', others), onclick: () => { hideCard(); openPanel({ source: src.key }); } })
          : null,
        h('button', { class: 'link', type: 'button', text: t('card_allSources'), onclick: () => { hideCard(); openPanel(); } }),
      ];
    }


    /** 0.72 as "0.72" ("0,72" in German). @param {number} x */
    function confidenceText(x) {
      try { return new Intl.NumberFormat(P.uiLang(), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(x); } catch (_) { return x.toFixed(2); }
    }

    function destroy() {
      doc.removeEventListener('mousemove', onMove, { capture: true });
      doc.removeEventListener('click', onClick, true);
      doc.removeEventListener('keydown', onKey, true);
      doc.removeEventListener('mouseout', onOut);
      window.removeEventListener('scroll', onScroll, { capture: true });
      if (moveFrame) cancelAnimationFrame(moveFrame);
      if (scrollFrame) cancelAnimationFrame(scrollFrame);
      clearTimeout(hideTimer);
      clearTimeout(showTimer);
    }

    return { el, show: showCard, hide: hideCard, destroy };
  }

  P.card = card;
})();
