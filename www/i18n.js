// The demo's language: its own strings (locales/<lang>.json) and the shared UI's (the extension's
// _locales/<lang>/messages.json, copied beside it by scripts/build-www.sh), both in chrome.i18n's
// messages.json format, chosen from navigator.languages (German, else English). The shared UI gets
// the same catalogue through WhosaidUI.useMessages, so card and panel speak the page's language.

/** The languages the demo's UI speaks; the first is the fallback. */
export const UI_LANGS = ['en', 'de'];

let current = { lang: 'en', messages: /** @type {Record<string, any>} */ ({}) };

/** The first of the browser's languages the demo speaks ("de-AT" is German), else English. */
export function pickLang(list = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language]) {
  for (const tag of list || []) {
    const primary = String(tag || '').toLowerCase().split(/[-_]/)[0];
    if (UI_LANGS.includes(primary)) return primary;
  }
  return UI_LANGS[0];
}

async function fetchJson(url) {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  try {
    return await res.json();
  } catch (e) {
    throw new Error(`${url}: not JSON (${e.message})`);
  }
}

/** Loads lang's catalogue (the shared UI's and the demo's messages) and makes it the current one. */
export async function loadMessages(lang) {
  const [ui, demo] = await Promise.all([fetchJson(`_locales/${lang}/messages.json`), fetchJson(`locales/${lang}.json`)]);
  current = { lang, messages: { ...ui, ...demo } };
  return current;
}

export const uiLang = () => current.lang;

/** chrome.i18n's substitution: $NAME$ placeholders become their content, $1..$9 the arguments, $$ a dollar. */
function format(entry, subs) {
  const byName = {};
  for (const [k, v] of Object.entries(entry.placeholders || {})) byName[k.toLowerCase()] = v.content;
  const template = String(entry.message).replace(/\$([A-Za-z0-9_@]+)\$/g, (all, name) => byName[name.toLowerCase()] ?? all);
  return template.replace(/\$(\$|[1-9])/g, (_, d) => (d === '$' ? '$' : String(subs[Number(d) - 1] ?? '')));
}

/** The message key in the demo's language. @param {string} key @param {(string | number)[]} [subs] */
export function t(key, subs = []) {
  const entry = current.messages[key];
  if (!entry) {
    console.warn('whosaid demo: no message', key);
    return key;
  }
  return format(entry, subs.map(String));
}

/** A count with its noun by the language's plural rules: key_one / key_other ("1 claim", "9 Aussagen"). */
export function plural(key, n) {
  const rule = new Intl.PluralRules(current.lang).select(n);
  const k = current.messages[`${key}_${rule}`] ? `${key}_${rule}` : `${key}_other`;
  return t(k, [new Intl.NumberFormat(current.lang).format(n)]);
}

/** 0.44 as "44%" ("44 %" in German). */
export const percent = (x) => new Intl.NumberFormat(current.lang, { style: 'percent' }).format(Number.isFinite(x) ? x : 0);

/**
 * The page's own text: data-i18n="key" replaces an element's text, data-i18n-ATTR="key" an attribute
 * (placeholder, aria-label, content, title); <html lang> becomes the language.
 */
export function localize(root = document) {
  document.documentElement.lang = current.lang;
  for (const e of root.querySelectorAll('[data-i18n]')) e.textContent = t(e.getAttribute('data-i18n'));
  for (const attr of ['placeholder', 'aria-label', 'content', 'title']) {
    for (const e of root.querySelectorAll(`[data-i18n-${attr}]`)) e.setAttribute(attr, t(e.getAttribute(`data-i18n-${attr}`)));
  }
}
