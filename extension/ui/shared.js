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

  // ---- messages: chrome.i18n in the extension (the browser's language, _locales/), a catalogue in the
  // demo (useMessages: the same _locales/*/messages.json format). t(key, subs) is the one way to a string.
  /** @type {{ lang: string, messages: Record<string, MessageEntry> } | null} */
  let catalogue = null;
  const i18n = () => {
    const c = /** @type {any} */ (globalThis).chrome;
    return c && c.i18n && typeof c.i18n.getMessage === 'function' ? c.i18n : null;
  };
  /** Use these messages (the demo) instead of the browser's. @param {string} lang @param {Record<string, MessageEntry>} messages */
  function useMessages(lang, messages) {
    if (!messages || typeof messages !== 'object') throw new Error('whosaid: WhosaidUI.useMessages(lang, messages) needs a messages.json object');
    catalogue = { lang: String(lang || 'en'), messages };
    pluralForms.clear();
  }
  /** The UI's language (BCP 47). */
  const uiLang = () => (catalogue ? catalogue.lang : (i18n() && i18n().getUILanguage()) || 'en');
  /** chrome.i18n's substitution: $NAME$ placeholders become their content, $1..$9 the arguments, $$ a dollar. */
  function format(entry, subs) {
    const ph = entry.placeholders || {};
    const byName = {};
    for (const k in ph) byName[k.toLowerCase()] = ph[k].content;
    const template = String(entry.message).replace(/\$([A-Za-z0-9_@]+)\$/g, (all, name) => {
      const c = byName[name.toLowerCase()];
      return c === undefined ? all : c;
    });
    return template.replace(/\$(\$|[1-9])/g, (_, d) => (d === '$' ? '$' : String(subs[Number(d) - 1] ?? '')));
  }
  // chrome.i18n.getMessage costs a call into the browser each time and a long article asks for thousands of
  // strings: each message is fetched once, with markers (private-use characters) in the places of $1..$9,
  // and filled in here.
  const MARKERS = Array.from({ length: 9 }, (_, i) => String.fromCharCode(0xe000 + i));
  /** @type {Map<string, string>} */
  const templates = new Map();
  const fill = (template, args) => template.replace(/[\ue000-\ue008]/g, (m) => args[m.charCodeAt(0) - 0xe000] ?? '');
  /**
   * The message `key` in the UI's language, with its substitutions.
   * @param {string} key @param {(string | number)[]} [subs]
   */
  function t(key, subs) {
    const args = (subs || []).map(String);
    if (catalogue) {
      const entry = catalogue.messages[key];
      if (entry) return format(entry, args);
    } else if (i18n()) {
      let template = templates.get(key);
      if (template === undefined) {
        template = i18n().getMessage(key, MARKERS);
        templates.set(key, template);
      }
      if (template) return fill(template, args);
    } else {
      throw new Error(`whosaid: no messages for the UI (chrome.i18n, or WhosaidUI.useMessages first); wanted "${key}"`);
    }
    console.warn('whosaid: no message', key);
    return key;
  }
  // Intl objects are costly to build and a long article asks for thousands of numbers: one of each per
  // language, each built when first asked for (a fresh page's first NumberFormat, DisplayNames or
  // ListFormat loads the locale's data: 35-45 ms in Chromium, most of a cold click's mount; a
  // PluralRules costs under a millisecond).
  /** @typedef {{ plural: Intl.PluralRules, number: Intl.NumberFormat, percent: Intl.NumberFormat, names: Intl.DisplayNames, list: Intl.ListFormat }} IntlKinds */
  /** @type {Map<string, Partial<Record<keyof IntlKinds, any>>>} */
  const intlCache = new Map();
  const make = (f) => { try { return f(); } catch (_) { return null; } };
  /** @type {{ [K in keyof IntlKinds]: (lang: string) => IntlKinds[K] }} */
  const INTL = {
    plural: (lang) => new Intl.PluralRules(lang),
    number: (lang) => new Intl.NumberFormat(lang),
    percent: (lang) => new Intl.NumberFormat(lang, { style: 'percent' }),
    names: (lang) => new Intl.DisplayNames([lang], { type: 'language' }),
    list: (lang) => new Intl.ListFormat(lang, { type: 'conjunction' }),
  };
  /** The UI language's Intl object of one kind, or null where the browser has none. @template {keyof IntlKinds} K @param {K} kind @returns {IntlKinds[K] | null} */
  function intl(kind) {
    const lang = uiLang();
    let c = intlCache.get(lang);
    if (!c) intlCache.set(lang, (c = {}));
    if (!(kind in c)) c[kind] = make(() => INTL[kind](lang));
    return c[kind];
  }
  /** Which plural forms each catalogue has (key_one, key_few, …), looked up once per key. */
  const pluralForms = new Map();
  /** A count with its noun: key_one / key_other by the language's plural rules ("1 claim", "9 Aussagen"). @param {string} key @param {number} n */
  function plural(key, n) {
    const p = intl('plural');
    const rule = p ? p.select(n) : 'other';
    const k = `${uiLang()}\u0000${key}_${rule}`;
    let has = pluralForms.get(k);
    if (has === undefined) {
      has = catalogue ? !!catalogue.messages[key + '_' + rule] : !!(i18n() && i18n().getMessage(key + '_' + rule, MARKERS));
      pluralForms.set(k, has);
    }
    return t(key + '_' + (has ? rule : 'other'), [fmtNumber(n)]);
  }
  // A whole number below 1,000 is its digits in the languages the UI speaks (no grouping, Latin digits):
  // written without Intl.NumberFormat, whose first use on a page is what a cold click's pill would wait for.
  const LATIN_DIGITS = /^(en|de)(-|$)/i;
  const fmtNumber = (n) => {
    if (Number.isInteger(n) && n >= 0 && n < 1000 && LATIN_DIGITS.test(uiLang())) return String(n);
    const f = intl('number');
    return f ? f.format(n) : String(n);
  };
  /** 0.56 as "56%" ("56 %" in German). @param {number} x */
  const pct = (x) => { const f = intl('percent'); return f ? f.format(x) : Math.round(x * 100) + '%'; };
  /** A language's name in the UI's language ("de" is "German", "Deutsch"). @param {string} code */
  function langName(code) {
    const f = intl('names');
    return (f && make(() => f.of(code))) || code;
  }
  /** "English and German", "Englisch und Deutsch". @param {string[]} items */
  function andList(items) {
    const f = intl('list');
    return f ? f.format(items) : items.join(', ');
  }

  const kindLabel = (kind) => (['person', 'anonymous', 'organisation', 'document', 'unknown'].includes(kind) ? t('kind_' + kind) : String(kind));
  const quoteLabel = (kind) => (['direct', 'indirect', 'mixed'].includes(kind) ? t('quote_' + kind) : String(kind));
  const claimsWord = (n) => plural('claims', n);
  /** Below this confidence a claim is marked uncertain (the engine's [0.8, 0.9) bucket is right ~92% of the time; below, less). */
  const UNCERTAIN_BELOW = 0.8;
  /** @param {{ confidence?: number }} at */
  const uncertain = (at) => typeof at.confidence === 'number' && at.confidence < UNCERTAIN_BELOW;

  /**
   * The sentence a reader sees about the article (its language not read, its text capped, none found), in the
   * UI's language; null when there is nothing to say. The engine's own note (English) when none of these fits.
   * @param {Partial<import('../protocol.js').ArticleInfo> | null | undefined} article
   */
  function noteOf(article) {
    if (!article) return null;
    if (article.langRead === false && article.lang) {
      const reads = (article.reads && article.reads.length ? article.reads : ['en']).map(langName);
      return t('note_unread', [langName(article.lang), andList(reads)]);
    }
    if (article.truncated) return t('note_truncated', [fmtNumber(article.textLength)]);
    if (article.found === false) return t('note_noArticle');
    return article.note || null;
  }

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
      else { key = 'none'; name = t('noSpeaker'); kind = 'unknown'; named = false; }
      let src = byKey.get(key);
      if (!src) { src = { key, name, kind, named, role: sp ? sp.role : null, claims: [] }; byKey.set(key, src); list.push(src); }
      src.claims.push(a);
    });
    const owner = [];
    for (const src of list) for (const a of src.claims) owner[a] = src;
    return { list, byAttr: (a) => owner[a] };
  }

  /** @type {WhosaidUIParts} */
  const parts = {
    CATS, PRIORITY, HOST_TAG, MARK_TAG, HOVER_DELAY, KEY_SHIFT, h, excerpt, sourcesOf,
    t, plural, pct, kindLabel, quoteLabel, claimsWord, uncertain, noteOf, useMessages, uiLang,
  };
  globalThis.__whosaidUIParts = parts;
})();
