/* whosaid page-side UI, part 5 of 6: the sources panel. The article's sources
 * with their share of named and anonymous claims, every claim in order, a
 * filter per source and keyboard steps (j/k, arrows) that scroll to a claim
 * and pin its card. Built on first use (a long article has hundreds of claims).
 * In the extension (ctx.tools) it also lists the claims painted in embedded
 * frames, exports the article as JSON or CSV and offers "Highlight
 * automatically on this site".
 */
(function () {
  'use strict';
  if (globalThis.WhosaidUI) return;
  const P = globalThis.__whosaidUIParts;
  if (!P) throw new Error('whosaid: ui/panel.js loaded before ui/shared.js');
  const { h, excerpt, t, plural, pct, kindLabel, claimsWord, uncertain, noteOf } = P;

  /**
   * The panel element and its controls; ctx.closePanel hides it.
   * @param {PanelContext} ctx
   */
  function panel(ctx) {
    const { result, attributions, srcs, painter, shadow, card, closePanel } = ctx;
    const tools = ctx.tools || {};
    const items = painter.items;
    const article = result.article || null;
    const noArticle = !!article && article.found === false;
    const note = noArticle ? null : noteOf(article);
    const showCard = card.show;

    const title = h('h2', { id: 'whosaid-panel-title', tabindex: '-1', text: t('panel_title') });
    /** @type {Partial<import('../protocol.js').Summary>} */
    const summary = result.summary || {};
    const claims = attributions.length;
    const namedClaims = srcs.list.filter((s) => s.named).reduce((n, s) => n + s.claims.length, 0);
    const anonShare = typeof summary.anonymousShare === 'number' ? summary.anonymousShare
      : claims ? srcs.list.filter((s) => s.kind === 'anonymous').reduce((n, s) => n + s.claims.length, 0) / claims : 0;
    const namedShare = claims ? namedClaims / claims : 0;
    const summaryText = t('panel_summary', [plural('sources', srcs.list.length), claimsWord(claims), pct(namedShare), pct(anonShare)]);
    const share = h('div', { class: 'share', role: 'img', 'aria-label': t('panel_shareLabel', [pct(namedShare), pct(anonShare)]) },
      h('span', { class: 'named', style: null }), h('span', { class: 'anon' }));
    /** @type {HTMLElement} */ (share.children[0]).style.width = Math.round(namedShare * 100) + '%';
    /** @type {HTMLElement} */ (share.children[1]).style.width = Math.round(anonShare * 100) + '%';

    // Each list item's one child: its button.
    const btnOf = (li) => /** @type {HTMLElement} */ (li.firstChild);
    const sourceButtons = srcs.list.map((s) => h('li', null, h('button', {
      class: 'src', type: 'button', 'aria-pressed': 'false', 'data-key': s.key,
      'aria-label': t('panel_sourceLabel', [s.name, kindLabel(s.kind), claimsWord(s.claims.length)]),
      onclick: () => filter(filterKey === s.key ? null : s.key, true),
    }, h('span', { class: 'name', text: s.name }), h('span', { class: 'kind ' + s.kind, text: kindLabel(s.kind) }), h('span', { class: 'count', text: String(s.claims.length) }))));
    const srcList = h('ul', { class: 'sources', 'aria-label': t('panel_sourcesLabel') }, ...sourceButtons);
    const claimsTitle = h('span', { text: t('panel_allClaims') });
    const showAll = h('button', { class: 'link', type: 'button', hidden: true, text: t('panel_showAll'), onclick: () => filter(null, false) });
    const claimList = h('ol', { class: 'claims', 'aria-label': t('panel_claimsLabel') });
    const claimButtons = attributions.map((at, a) => {
      const src = srcs.byAttr(a);
      return h('li', { 'data-a': String(a) }, h('button', {
        class: 'cl', type: 'button', 'data-a': String(a),
        onclick: () => goTo(a, true),
      }, h('span', { class: 'by', text: src ? src.name : t('noSpeaker') }), ' ',
      h('span', { class: 'cue', text: at.cueText || t('panel_quotation') }),
      uncertain(at) ? ' ' : null, uncertain(at) ? h('span', { class: 'uncertain', text: t('uncertain'), title: t('uncertain_hint') }) : null,
      h('span', { class: 'text', text: excerpt((at.contentText || []).join(' \u2026 '), 180) })));
    });
    claimList.append(...claimButtons);
    const empty = !attributions.length ? h('p', { class: 'empty', text: noArticle ? t('panel_noArticle') : t('panel_noClaims') }) : null;

    // ---- claims painted in embedded frames (same-origin frames of this page)
    const framesBox = h('div', { class: 'frames', hidden: true });
    /** @param {FrameClaims[]} list */
    function setFrames(list) {
      const shown = list.filter((f) => f.claims.length);
      framesBox.replaceChildren(...shown.flatMap((f) => [
        h('h3', null, h('span', { text: f.title ? t('panel_frameTitled', [f.title, claimsWord(f.claims.length)]) : t('panel_frame', [claimsWord(f.claims.length)]) })),
        h('ol', { class: 'claims', 'aria-label': f.title ? t('panel_frameClaimsTitled', [f.title]) : t('panel_frameClaims') }, ...f.claims.map((c) => h('li', null, h('button', {
          class: 'cl', type: 'button', 'data-frame': String(f.frameId), 'data-a': String(c.a),
          onclick: () => { if (tools.onFrameClaim) tools.onFrameClaim(f.frameId, c.a); },
        }, h('span', { class: 'by', text: c.by }), ' ', h('span', { class: 'cue', text: c.cue || t('panel_quotation') }), h('span', { class: 'text', text: c.text }))))),
      ]));
      framesBox.hidden = !shown.length;
      if (empty) empty.hidden = shown.length > 0;
    }

    // ---- the extension's tools: export, and the site painted on load
    const status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
    const say = (text) => { status.textContent = text; };
    function toolBar() {
      if (!tools.onExport && !(tools.site && tools.onAutoSite)) return null;
      const bar = h('div', { class: 'tools' });
      if (tools.onExport) {
        const exporter = tools.onExport;
        for (const [format, label] of [['json', t('panel_exportJson')], ['csv', t('panel_exportCsv')]]) {
          const b = h('button', { class: 'link export', type: 'button', 'data-format': format, text: label,
            'aria-label': t('panel_exportLabel', [label]),
            onclick: () => {
              b.setAttribute('disabled', '');
              exporter(/** @type {'json' | 'csv'} */ (format)).then((name) => say(t('panel_saved', [name])), (e) => say(t('panel_exportFailed', [(e && e.message) || e])))
                .finally(() => b.removeAttribute('disabled'));
            } });
          bar.append(b);
        }
      }
      if (tools.site && tools.onAutoSite) {
        const site = tools.site;
        const setAuto = tools.onAutoSite;
        const b = h('button', { class: 'link auto-site', type: 'button' });
        const label = () => {
          b.textContent = site.auto ? t('site_stop') : t('site_auto');
          b.setAttribute('aria-pressed', String(site.auto));
        };
        label();
        b.addEventListener('click', () => {
          setAuto(!site.auto).then((r) => {
            if (r.opened) say(t('site_confirm', [site.label]));
            else { site.auto = !!r.auto; label(); say(t('site_stopped', [site.label])); }
          }, (e) => say(t('site_failed', [(e && e.message) || e])));
        });
        bar.append(b);
      }
      bar.append(status);
      return bar;
    }
    const el = h('aside', { class: 'panel', role: 'dialog', 'aria-labelledby': 'whosaid-panel-title', hidden: true },
      h('header', null, title, h('p', { class: 'summary', text: summaryText }), share,
        h('button', { class: 'x', type: 'button', 'aria-label': t('panel_close'), text: '\u00d7', onclick: () => closePanel() })),
      h('div', { class: 'body' },
        note ? h('p', { class: 'note', text: note }) : null,
        empty,
        h('h3', null, h('span', { text: t('panel_sources') })), srcList,
        h('h3', null, claimsTitle, showAll), claimList, framesBox),
      toolBar(),
      h('p', { class: 'hint' }, h('kbd', { text: 'j' }), ' / ', h('kbd', { text: 'k' }), ` ${t('hint_or')} `, h('kbd', { text: '\u2193' }), ' / ', h('kbd', { text: '\u2191' }),
        ` ${t('hint_steps')} \u00b7 `, h('kbd', { text: 'Esc' }), ` ${t('hint_close')}`));
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
      for (const b of sourceButtons) { const btn = btnOf(b); btn.setAttribute('aria-pressed', String(btn.getAttribute('data-key') === key)); }
      const keep = new Set(visibleClaims());
      claimButtons.forEach((li, a) => { li.hidden = !keep.has(a); });
      claimsTitle.textContent = src ? t('panel_claimsBy', [src.name]) : t('panel_allClaims');
      showAll.hidden = !src;
      if (src && jump) goTo(src.claims[0], false);
    }
    function goTo(a, focusButton) {
      if (a === undefined || a < 0) return;
      current = a;
      claimButtons.forEach((li, i) => btnOf(li).setAttribute('aria-current', String(i === a)));
      const btn = btnOf(claimButtons[a]);
      if (focusButton) btn.focus({ preventScroll: true });
      btn.scrollIntoView({ block: 'nearest' });
      const its = items.filter((it) => it.a === a);
      const target = its.find((it) => it.cat !== 'source' && it.cat !== 'cue') || its[0];
      if (target) {
        if (painter.focus) painter.focus(target);
        const node = target.marks ? target.marks[0] : target.range.startContainer;
        const el = node.nodeType === 1 ? /** @type {Element} */ (node) : node.parentElement;
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
        const btns = sourceButtons.map(btnOf);
        const i = btns.indexOf(/** @type {HTMLElement} */ (shadow.activeElement));
        const next = btns[Math.min(btns.length - 1, Math.max(0, i + (e.key === 'ArrowDown' ? 1 : -1)))];
        if (next) next.focus();
      }
    }
    return { el, title, filter, goTo, current: () => current, visibleClaims, setFrames };
  }

  P.panel = panel;
})();
