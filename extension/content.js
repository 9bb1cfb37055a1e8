// whosaid content script: thin. It reads the page's text nodes (WhosaidUI.collect),
// asks the extension's service worker to analyse them (the Wasm engine runs
// there: a content script cannot compile Wasm under a strict page CSP), then
// paints the ranges and mounts the card and panel. Injected on demand only
// (activeTab + scripting), after reset.js and ui/whosaid-ui.js, once a document:
// later clicks reach it as messages.
(function () {
  'use strict';
  if (globalThis.__whosaid) return;

  let state = null; // { painter, ui, result }

  // The message and the stack (Firefox's stack leaves the message out; V8's starts with it).
  function errorText(e) {
    const stack = e && e.stack ? String(e.stack) : '';
    const message = e && e.message !== undefined ? String(e.message) : String(e);
    return stack.includes(message) ? stack : stack ? `${message}\n${stack}` : message;
  }

  function off() {
    if (!state) return;
    const s = state;
    state = null;
    s.ui.destroy();
    s.painter.clear();
  }

  async function on(opts) {
    const t0 = performance.now();
    const { input, textNodes } = WhosaidUI.collect(document.body);
    const t1 = performance.now();
    const reply = await chrome.runtime.sendMessage({ type: 'whosaid:analyze', input });
    const t2 = performance.now();
    if (!reply || reply.error) throw new Error(reply ? reply.error : 'no answer from the whosaid service worker');
    const result = reply.result;
    if (state) off();
    const painter = WhosaidUI.paint(result, textNodes, { categories: opts && opts.categories });
    const tPainted = performance.now();
    const ui = WhosaidUI.mount(result, textNodes, painter, {
      onClose() {
        off();
        chrome.runtime.sendMessage({ type: 'whosaid:closed' }).catch(() => {});
      },
    });
    const t3 = performance.now();
    state = { painter, ui, result };
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

  const api = Object.freeze({
    // alive: false once the extension that injected this script was reloaded or updated.
    state: () => ({ on: !!state, alive: !!(chrome.runtime && chrome.runtime.id) }),
    async toggle(opts) {
      try {
        if (state) { off(); return { on: false }; }
        return await on(opts);
      } catch (e) {
        off();
        return { on: false, error: errorText(e) };
      }
    },
    off() { off(); return { on: false }; },
    openPanel(opts) {
      if (!state) return false;
      state.ui.openPanel(opts);
      return true;
    },
  });
  globalThis.__whosaid = api;

  // The background's later clicks come as messages (cheaper than injecting a script each
  // time). Only while this script is the tab's current one: one that replaced it answers.
  chrome.runtime.onMessage.addListener((msg, sender, sendResponse) => {
    if (!msg || msg.type !== 'whosaid:do' || sender.id !== chrome.runtime.id || sender.tab) return false;
    if (globalThis.__whosaid !== api) return false;
    const ops = { state: api.state, toggle: api.toggle, off: api.off, openPanel: api.openPanel };
    if (!Object.prototype.hasOwnProperty.call(ops, msg.op)) return false;
    Promise.resolve().then(() => ops[msg.op](msg.arg)).then(sendResponse, (e) => sendResponse({ on: false, error: errorText(e) }));
    return true;
  });
})();
// The injection's result (the value of this last statement): whether reset.js replaced an
// earlier version's script (whose stylesheet the background then removes too).
(() => {
  const replaced = globalThis.__whosaidReplaced === true;
  delete globalThis.__whosaidReplaced;
  return { replaced };
})();
