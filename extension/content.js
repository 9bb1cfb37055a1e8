// whosaid content script: thin. It reads the page's text nodes (WhosaidUI.collect),
// asks the extension's service worker to analyse them (the Wasm engine runs
// there: a content script cannot compile Wasm under a strict page CSP), then
// paints the ranges and mounts the card and panel. Injected on a click
// (activeTab + scripting) into every frame the grant reaches, or registered
// for the sites the user chose to have painted on load (auto.js). While on,
// WhosaidWatch (watch.js) reports the page changing and the page is analysed
// again; off, nothing observes it. The messages are typed in protocol.js.
/** @typedef {import('./protocol.js').Message} Message */
/** @typedef {import('./protocol.js').AnalyzeReply} AnalyzeReply */
/** @typedef {import('./protocol.js').ExportReply} ExportReply */
/** @typedef {import('./protocol.js').ToggleOptions} ToggleOptions */
/** @typedef {import('./protocol.js').ToggleResult} ToggleResult */
/** @typedef {import('./protocol.js').ClickResult} ClickResult */
/** @typedef {import('./protocol.js').ReadReason} ReadReason */
/** @typedef {import('./protocol.js').FrameRecord} FrameRecord */
/** @typedef {import('./protocol.js').ContentApi} ContentApi */
(function () {
  'use strict';

  // The message and the stack (Firefox's stack leaves the message out; V8's starts with it).
  /** @param {any} e @returns {string} */
  function errorText(e) {
    const stack = e && e.stack ? String(e.stack) : '';
    const message = e && e.message !== undefined ? String(e.message) : String(e);
    return stack.includes(message) ? stack : stack ? `${message}\n${stack}` : message;
  }
  if (globalThis.__whosaid) return; // already running in this frame
  // Absolute time (ms since the epoch, sub-millisecond): the worker's marks and the page's compare.
  const now = () => performance.timeOrigin + performance.now();
  const loadedAt = now(); // when this script ran: the page scripts are in
  const UI = globalThis.WhosaidUI;
  const Watch = globalThis.WhosaidWatch;
  if (!UI || !Watch) throw new Error('whosaid: content.js loaded before the ui/ scripts and watch.js');
  // An embedded frame paints its own claims; the top frame's panel lists them.
  const top = window === window.top;

  /** Send one message to the worker. @param {Message} msg @returns {Promise<any>} */
  const send = (msg) => chrome.runtime.sendMessage(msg);

  /**
   * @typedef {object} State
   * @property {Painter} painter
   * @property {MountedUI} ui
   * @property {PageResult} result
   * @property {PageInput} input what was read (the export reads it again in the worker)
   * @property {Categories | undefined} categories
   * @property {WhosaidWatcher} watcher
   * @property {FrameClaims[]} frames the embedded frames' claims (top frame)
   */
  /** @type {State | null} */
  let state = null;
  let generation = 0; // bumped on every off(): an answer for an earlier run is dropped
  let busy = false, again = false;

  function off() {
    generation++;
    if (!state) return;
    const s = state;
    state = null;
    s.watcher.stop();
    s.ui.destroy();
    s.painter.clear();
  }

  /** @typedef {{ input: PageInput, textNodes: Text[], result: PageResult, reply: Extract<AnalyzeReply, { result: string }>, t0: number, t1: number, t2: number, at0: number }} Reading */
  /** @param {ReadReason} reason @returns {Promise<Reading>} */
  async function read(reason) {
    const at0 = now();
    const t0 = performance.now();
    const { input, textNodes } = UI.collect(document.body);
    const t1 = performance.now();
    // Text both ways (protocol.js AnalyzeRequest): the message is serialised either way, and one string is far cheaper.
    const asked = send({ type: 'whosaid:analyze', input: JSON.stringify(input), lang: document.documentElement.lang || '', reason });
    UI.prepare(); // while the worker analyses
    /** @type {AnalyzeReply | undefined} */
    const reply = await asked;
    if (!reply || reply.error !== undefined) throw new Error(reply ? reply.error : 'no answer from the whosaid service worker');
    /** @type {PageResult} */
    const result = JSON.parse(reply.result);
    const t2 = performance.now();
    return { input, textNodes, result, reply: /** @type {Reading['reply']} */ (reply), t0, t1, t2, at0 };
  }

  /** @param {PageResult} result @param {PageAttribution} at */
  const speakerName = (result, at) => {
    const sp = at.speaker !== null && at.speaker !== undefined ? (result.speakers || []).find((s) => s.id === at.speaker) : null;
    return (sp && sp.name) || at.entity || at.sourceText || chrome.i18n.getMessage('noSpeaker');
  };
  /** @param {string} s @param {number} max */
  const excerpt = (s, max) => { s = String(s || '').replace(/\s+/g, ' ').trim(); return s.length > max ? s.slice(0, max - 1).trimEnd() + '\u2026' : s; };

  /** What this frame painted, for the worker (badge) and, from an embedded frame, the top frame's panel. @returns {FrameRecord | null} */
  function record() {
    if (!state) return null;
    const result = state.result;
    const ats = result.attributions || [];
    return {
      count: ats.length,
      found: !!(result.article && result.article.found),
      title: document.title,
      claims: top ? [] : ats.map((at, a) => ({ a, by: speakerName(result, at), cue: at.cueText || '', text: excerpt((at.contentText || []).join(' \u2026 '), 180) })),
      ...(result.article && result.article.langRead === false ? { note: UI.note(result.article) } : {}),
    };
  }

  // Paint a reading and mount its UI in place of the previous one (the watcher stays).
  /** @param {Reading} got @param {Categories | undefined} categories @returns {number} when the highlights were painted */
  function show(got, categories) {
    const { input, textNodes, reply, result } = got;
    const prev = state;
    const reopen = !!(prev && prev.ui.panelOpen());
    if (prev) { prev.ui.destroy(); prev.painter.clear(); }
    const painter = UI.paint(result, textNodes, { categories });
    const tPainted = performance.now();
    const ui = UI.mount(result, textNodes, painter, {
      embedded: !top,
      site: top ? reply.site : null,
      onClose() {
        off();
        send({ type: 'whosaid:closed' }).catch(() => {});
      },
      onAutoSite: (on) => send({ type: 'whosaid:auto-site', on }).then((r) => {
        if (!r || r.error) throw new Error(r ? r.error : 'no answer from the whosaid service worker');
        return r;
      }),
      onExport: (format) => exportAs(format),
      onFrameClaim: (frameId, a) => send({ type: 'whosaid:frame-goto', frameId, a }).catch(() => {}),
    });
    const frames = prev ? prev.frames : [];
    const watcher = prev ? prev.watcher : Watch.watch(changed, () => { send({ type: 'whosaid:frame-loaded' }).catch(() => {}); });
    state = { painter, ui, result, input, categories, watcher, frames };
    if (frames.length) ui.setFrames(frames);
    if (reopen) ui.openPanel();
    // The fallback's marks (and their removal) are whosaid's own changes, not the page's.
    watcher.skipPending();
    return tPainted;
  }

  /** @param {ToggleOptions | null | undefined} opts @param {ReadReason} reason @returns {Promise<ToggleResult>} */
  async function on(opts, reason) {
    const gen = generation;
    // An embedded frame with no document body yet (about:blank, still loading): nothing to read.
    if (!top && !document.body) return { on: false, found: false };
    const got = await read(reason || 'click');
    if (gen !== generation) return { on: false };
    const result = got.result;
    const found = !!(result.article && result.article.found);
    // An embedded frame without an article, or a site's page painted on load without one: left alone.
    if (!found && (!top || reason === 'load')) return { on: false, found: false };
    const categories = got.reply.categories || (opts && opts.categories);
    const tMount = show(got, categories);
    const t3 = performance.now();
    /** @type {Partial<import('./protocol.js').ArticleInfo>} */
    const article = result.article || {};
    const rec = /** @type {FrameRecord} */ (record());
    const s = /** @type {State} */ (state);
    return {
      on: true,
      count: rec.count,
      painted: s.painter.items.length,
      mode: s.painter.mode,
      article: { found, firstWords: article.firstWords || '', textLength: article.textLength || 0, note: article.langRead === false ? UI.note(article) : article.note || null, langRead: article.langRead !== false },
      subframes: window.frames.length,
      nodes: got.input.nodes.length,
      elements: got.input.elements.length,
      title: rec.title,
      claims: rec.claims,
      timings: { collect: got.t1 - got.t0, roundTrip: got.t2 - got.t1, engine: got.reply.ms, paint: t3 - got.t2, highlights: tMount - got.t2, mount: t3 - tMount, total: t3 - got.t0,
        marks: { loaded: loadedAt, read: got.at0, ...got.reply.marks, answered: got.at0 + (got.t2 - got.t0), painted: got.at0 + (tMount - got.t0), mounted: got.at0 + (t3 - got.t0) } },
    };
  }

  /** @param {PageAttribution} at */
  const claimKey = (at) => [at.kind, at.sourceText, at.cueText, ...(at.contentText || [])].join('\u0001');
  /**
   * Whether a new reading paints what is painted already, on the same nodes
   * (something outside the article changed: a ticker, an ad): then the page
   * keeps its UI as it is (an open panel, a pinned card).
   * @param {State} s @param {Reading} got
   */
  function unchanged(s, got) {
    const was = s.result.attributions || [];
    const now = got.result.attributions || [];
    if (was.length !== now.length || !was.every((at, i) => claimKey(at) === claimKey(now[i]))) return false;
    return s.painter.items.every((it) => !it.range.collapsed && it.range.startContainer.isConnected && it.range.endContainer.isConnected);
  }

  // The page changed and settled: read it again; the badge and the top frame's panel follow.
  async function changed() {
    if (busy) { again = true; return; }
    busy = true;
    const gen = generation;
    try {
      const got = await read('change');
      if (gen !== generation || !state) return;
      if (unchanged(state, got)) {
        state.input = got.input;
        return;
      }
      show(got, state.categories);
      send({ type: 'whosaid:painted', record: record() }).catch(() => {});
    } catch (e) {
      console.error('whosaid: reading the changed page failed:', e);
    } finally {
      busy = false;
      if (again && state) { again = false; changed(); }
      again = false;
    }
  }

  /** @param {string} title @param {string} ext */
  const fileName = (title, ext) => (String(title || '').replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-').replace(/\s+/g, ' ').trim().slice(0, 120) || 'article') + '.whosaid.' + ext;

  /** The article (with every painted frame's, from the top frame) as the engine's JSON record or CSV, downloaded under the page's title. */
  /** @param {'json' | 'csv'} format @returns {Promise<string>} the file's name */
  async function exportAs(format) {
    if (!state) throw new Error('whosaid is off');
    /** @type {ExportReply | undefined} */
    const reply = await send({ type: 'whosaid:export', format, input: state.input, title: document.title });
    if (!reply || reply.error !== undefined) throw new Error(reply ? reply.error : 'no answer from the whosaid service worker');
    const url = URL.createObjectURL(new Blob([reply.data], { type: reply.type }));
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName(document.title, reply.ext || format);
    a.click(); // a detached link: nothing enters the page
    setTimeout(() => URL.revokeObjectURL(url), 10000);
    return a.download;
  }

  /** @type {ContentApi} */
  const api = {
    // alive: false once the extension that injected this script was reloaded or updated.
    state: () => ({ on: !!state, alive: !!(chrome.runtime && chrome.runtime.id) }),
    async toggle(opts) {
      if (state) { off(); return { on: false }; }
      return api.on(opts);
    },
    async click() {
      if (!(chrome.runtime && chrome.runtime.id)) return { on: false, skipped: 'stale' };
      if (state) return { on: false, skipped: 'on' };
      if (!top && !(document.body && document.body.innerText.length >= 200)) return { on: false, skipped: 'empty' };
      return api.on();
    },
    async on(opts) {
      try {
        return await on(opts, 'click');
      } catch (e) {
        off();
        return { on: false, error: errorText(e) };
      }
    },
    /** A site painted on load (auto.js): painted only when the article is found. */
    async auto() {
      if (state) return { on: true };
      // An embedded frame of the site with too little text to hold an article (a widget): left alone.
      if (!top && !(document.body && document.body.innerText.length >= 200)) return { on: false };
      try {
        const r = await on(null, 'load');
        if (r.on) send({ type: 'whosaid:painted', record: record() }).catch(() => {});
        return r;
      } catch (e) {
        off();
        console.error('whosaid: painting this page on load failed:', e);
        return { on: false, error: String(e) };
      }
    },
    off() { off(); return { on: false }; },
    /** What this frame painted from, for the top frame's export of every painted frame. */
    exported() {
      return state ? { input: state.input, title: document.title } : null;
    },
    openPanel(opts) {
      if (!state) return false;
      state.ui.openPanel(opts);
      return true;
    },
    /** The top frame: the claims painted in embedded frames, for its panel. */
    frames(list) {
      if (!state) return false;
      state.frames = Array.isArray(list) ? list : [];
      state.ui.setFrames(state.frames);
      return true;
    },
    /** An embedded frame: show claim a (from the top frame's panel). */
    goTo(a) {
      return !!state && state.ui.showClaim(a);
    },
  };
  globalThis.__whosaid = Object.freeze(api);
})();
