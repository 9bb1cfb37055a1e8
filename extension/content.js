// whosaid content script: thin. It reads the page's text nodes (WhosaidUI.collect),
// asks the extension's service worker to analyse them (the Wasm engine runs
// there: a content script cannot compile Wasm under a strict page CSP), then
// paints the ranges and mounts the card and panel. Injected on demand only
// (activeTab + scripting), after the ui/ scripts (CONTENT_SCRIPTS in protocol.js,
// which also types the messages below).
/** @typedef {import('./protocol.js').Message} Message */
/** @typedef {import('./protocol.js').AnalyzeReply} AnalyzeReply */
/** @typedef {import('./protocol.js').ToggleOptions} ToggleOptions */
/** @typedef {import('./protocol.js').OnReport} OnReport */
/** @typedef {import('./protocol.js').ContentApi} ContentApi */
(function () {
  'use strict';
  // The script's value is the state (the worker injects it on every click: see protocol.js).
  if (globalThis.__whosaid) return globalThis.__whosaid.state();
  const UI = globalThis.WhosaidUI;
  if (!UI) throw new Error('whosaid: content.js loaded before the ui/ scripts');

  /** Send one message to the worker. @param {Message} msg @returns {Promise<any>} */
  const send = (msg) => chrome.runtime.sendMessage(msg);

  /** @type {{ painter: Painter, ui: MountedUI, result: import('./protocol.js').PageResult } | null} */
  let state = null;

  function off() {
    if (!state) return;
    const s = state;
    state = null;
    s.ui.destroy();
    s.painter.clear();
  }

  /** @param {ToggleOptions} [opts] @returns {Promise<OnReport>} */
  async function on(opts) {
    const t0 = performance.now();
    const { input, textNodes } = UI.collect(document.body);
    const t1 = performance.now();
    /** @type {AnalyzeReply | undefined} */
    const reply = await send({ type: 'whosaid:analyze', input });
    const t2 = performance.now();
    if (!reply || reply.error !== undefined) throw new Error(reply ? reply.error : 'no answer from the whosaid service worker');
    const result = reply.result;
    if (state) off();
    const painter = UI.paint(result, textNodes, { categories: opts && opts.categories });
    const tPainted = performance.now();
    const ui = UI.mount(result, textNodes, painter, {
      onClose() {
        off();
        send({ type: 'whosaid:closed' }).catch(() => {});
      },
    });
    const t3 = performance.now();
    state = { painter, ui, result };
    /** @type {Partial<import('./protocol.js').ArticleInfo>} */
    const article = result.article || {};
    return {
      on: true,
      count: (result.attributions || []).length,
      painted: painter.items.length,
      mode: painter.mode,
      article: { found: !!article.found, firstWords: article.firstWords || '', textLength: article.textLength || 0, note: article.note || null },
      nodes: input.nodes.length,
      elements: input.elements.length,
      timings: { collect: t1 - t0, roundTrip: t2 - t1, engine: reply.ms, paint: t3 - t2, highlights: tPainted - t2, mount: t3 - tPainted, total: t3 - t0 },
    };
  }

  /** @type {ContentApi} */
  const api = {
    // alive: false once the extension that injected this script was reloaded or updated.
    state: () => ({ on: !!state, alive: !!(chrome.runtime && chrome.runtime.id) }),
    async toggle(opts) {
      try {
        if (state) { off(); return { on: false }; }
        return await on(opts);
      } catch (e) {
        off();
        return { on: false, error: String((e && e.stack) || e) };
      }
    },
    off() { off(); return { on: false }; },
    openPanel(opts) {
      if (!state) return false;
      state.ui.openPanel(opts);
      return true;
    },
  };
  globalThis.__whosaid = Object.freeze(api);
  return api.state();
})();
