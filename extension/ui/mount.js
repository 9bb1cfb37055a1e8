/* whosaid page-side UI, part 6 of 6: mount, and the published global.
 * Card, panel and the small on-page button in one shadow root on one host
 * element appended to document.documentElement (the only DOM whosaid adds;
 * destroy() removes it and every listener). Then WhosaidUI:
 *   collect(root)                          -> { input, textNodes }
 *   paint(result, textNodes, options)      -> painter { items, mode, clear() }
 *   mount(result, textNodes, painter, opt) -> ui { openPanel(), closePanel(), destroy() }
 *   prepare()                              mount's once-per-page work done ahead (styles, catalogue)
 *   useMessages(lang, messages)            the demo's catalogue (the extension uses chrome.i18n)
 *   note(article)                          the article's note in the UI's language, or null
 */
(function () {
  'use strict';
  if (globalThis.WhosaidUI) return;
  const P = globalThis.__whosaidUIParts;
  if (!P || !P.collect || !P.paint || !P.card || !P.panel) {
    throw new Error('whosaid: ui/mount.js loaded before shared.js, collect.js, paint.js, card.js and panel.js');
  }
  const { CATS, HOST_TAG, h, sourcesOf, t, plural, claimsWord, noteOf, useMessages } = P;

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
.uncertain { display: inline-block; font-size: 11px; font-weight: 600; padding: 0 6px; border-radius: 999px; border: 1px dashed #a15c00; color: #8a4b00; white-space: nowrap; }
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
.panel .tools { display: flex; flex-wrap: wrap; gap: 4px 6px; align-items: center; padding: 6px 14px 8px; border-top: 1px solid var(--line2); }
.panel .tools .link { margin: 0; }
.panel .tools .status { flex-basis: 100%; margin: 2px 0 0; color: var(--muted); font-size: 12px; }
.panel .tools .status:empty { display: none; }
.panel .frames[hidden] { display: none; }
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
  .uncertain { border-color: #e0a040; color: #f0c070; }
}
`;

  /** @type {CSSStyleSheet | null | undefined} */
  let sheet;
  /** The UI's styles, parsed once per page and adopted by every mount's shadow root (null: no constructable sheets). */
  function uiSheet() {
    if (sheet === undefined) {
      try {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(UI_CSS);
      } catch (_) {
        sheet = null;
      }
    }
    return sheet;
  }

  /**
   * What every mount needs once per page, done ahead (the extension calls it while the worker analyses):
   * the styles parsed, the message catalogue loaded (a first chrome.i18n.getMessage loads it: 3-7 ms in
   * a fresh page).
   */
  function prepare() {
    uiSheet();
    plural('claims', 1);
  }

  /**
   * Card and panel in a shadow root on one host appended to document.documentElement.
   * options: { onClose() } called when the user turns whosaid off from the UI.
   * @param {PageResult} result
   * @param {Text[]} textNodes
   * @param {Painter} painter
   * @param {MountOptions} [options]
   * @returns {MountedUI}
   */
  function mount(result, textNodes, painter, options) {
    options = options || {};
    const doc = document;
    const attributions = result.attributions || [];
    const srcs = sourcesOf(result);
    const items = painter.items;

    const host = doc.createElement(HOST_TAG);
    const hs = host.style;
    for (const [p, v] of [['all', 'initial'], ['position', 'fixed'], ['top', '0'], ['left', '0'], ['width', '0'], ['height', '0'],
      ['overflow', 'visible'], ['z-index', '2147483647'], ['display', 'block'], ['pointer-events', 'none'], ['contain', 'none']]) {
      hs.setProperty(p, v, 'important');
    }
    const shadow = host.attachShadow({ mode: 'open' });
    const sheet = uiSheet();
    if (sheet) shadow.adoptedStyleSheets = [sheet];
    else shadow.append(h('style', { text: UI_CSS }));
    const root = h('div', { class: 'root' });
    shadow.append(root);

    // ---- pill (its count takes in the embedded frames' claims)
    const article = result.article || null;
    const noArticle = !!article && article.found === false;
    /** @type {FrameClaims[]} */
    let frames = [];
    const pillOpen = h('button', { class: 'open', type: 'button', onclick: () => openPanel() });
    function pillLabel() {
      const inFrames = frames.reduce((n, f) => n + f.claims.length, 0);
      const total = attributions.length + inFrames;
      const unread = !!article && article.langRead === false && !inFrames;
      const pillText = noArticle && !inFrames ? t('pill_noArticle') : unread ? String(noteOf(article)) : total ? claimsWord(total) : t('pill_noClaims');
      pillOpen.textContent = `whosaid \u00b7 ${pillText}`;
      pillOpen.setAttribute('aria-label', (noArticle && !inFrames) || !total ? t('pill_labelEmpty', [pillText])
        : inFrames ? t('pill_labelFrames', [claimsWord(total), inFrames])
          : t('pill_label', [claimsWord(total), plural('sources', srcs.list.length)]));
    }
    pillLabel();
    const pill = h('div', { class: 'pill', role: 'group', 'aria-label': 'whosaid' }, pillOpen,
      h('button', { class: 'off', type: 'button', 'aria-label': t('pill_off'), text: '\u00d7', onclick: () => { if (options.onClose) options.onClose(); } }));
    // ---- card; panel built on first use
    /** @type {PanelHandle | null} */
    let panel = null;
    const card = P.card({
      doc, attributions, srcs, painter, textNodes, host,
      openPanel: (opts) => openPanel(opts),
      inPanel: (e) => !!panel && e.composedPath().includes(panel.el),
    });
    const ensurePanel = () => {
      if (!panel) {
        panel = P.panel({ result, attributions, srcs, painter, shadow, card, closePanel: () => closePanel(), tools: options });
        if (frames.length) panel.setFrames(frames);
        root.insertBefore(panel.el, card.el);
      }
      return panel;
    };
    // An embedded frame has no button and no panel: the top frame's panel lists its claims.
    if (options.embedded) root.append(card.el);
    else root.append(pill, card.el);
    doc.documentElement.appendChild(host);

    let restoreFocus = null;
    function openPanel(opts) {
      opts = opts || {};
      if (options.embedded) return;
      ensurePanel();
      if (panel.el.hidden) restoreFocus = doc.activeElement;
      panel.el.hidden = false;
      pill.hidden = true;
      if (opts.source) {
        panel.filter(opts.source, true);
        const btn = /** @type {HTMLElement | null} */ (panel.el.querySelector(`.src[data-key="${CSS.escape(opts.source)}"]`));
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
      card.hide();
      if (painter.focus) painter.focus(null);
      const back = restoreFocus;
      restoreFocus = null;
      if (back && back !== host && back.isConnected && typeof back.focus === 'function' && back !== doc.body) back.focus({ preventScroll: true });
      else pillOpen.focus({ preventScroll: true });
    }

    function destroy() {
      card.destroy();
      host.remove();
    }

    return {
      host,
      openPanel,
      closePanel,
      showCardFor(a) {
        const it = items.find((x) => x.a === a);
        if (it) card.show(a, it.range.getBoundingClientRect(), it, true);
      },
      showClaim(a) {
        const its = items.filter((x) => x.a === a);
        const target = its.find((it) => it.cat !== 'source' && it.cat !== 'cue') || its[0];
        if (!target) return false;
        const node = target.marks ? target.marks[0] : target.range.startContainer;
        const el = node.nodeType === 1 ? /** @type {Element} */ (node) : node.parentElement;
        if (el) el.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
        if (painter.focus) painter.focus(target);
        const anchor = its.find((it) => it.cat === 'source') || target;
        const rect = anchor.range.getClientRects()[0];
        if (rect) card.show(a, rect, anchor, true, true);
        return true;
      },
      hideCard: () => card.hide(),
      panelOpen: () => !!panel && !panel.el.hidden,
      setFrames(list) {
        frames = list.slice();
        pillLabel();
        if (panel) panel.setFrames(frames);
      },
      destroy,
    };
  }

  globalThis.WhosaidUI = Object.freeze({ collect: P.collect, paint: P.paint, mount, prepare, categories: CATS.slice(), useMessages, note: noteOf });
  delete globalThis.__whosaidUIParts;
})();
