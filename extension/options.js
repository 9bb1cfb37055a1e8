// Options: which categories to highlight and their colours, kept in
// chrome.storage.sync and applied the next time highlighting is turned on.
import { CATEGORIES, DEFAULT_SETTINGS, normalizeSettings } from './defaults.js';
import { KEY as SITES_KEY, sitePattern, siteLabel, chosenSites, activeSites, addSite, removeSite } from './sites.js';

const rows = document.getElementById('rows');
const status = document.getElementById('status');
const LINE = { source: 'solid', cue: 'double', direct: 'dotted', indirect: 'dashed', unattributed: 'wavy' };
const THICK = { source: '3px', cue: '2px', direct: '2px', indirect: '2px', unattributed: '1px' };
const TINT = { source: '4d', direct: '2e', unattributed: '1f' };
let settings = normalizeSettings(null);
let statusTimer = 0;
/** A message in the browser's language (_locales/). @param {string} key @param {string[]} [subs] */
const t = (key, subs) => chrome.i18n.getMessage(key, subs) || key;

// The page's own text: data-i18n="key" replaces an element's text; its [data-slot] children (keys
// shown as <kbd>) stay, in the message's $1, $2, … places. data-i18n-aria-label likewise.
const SLOT = (i) => `\u0001${i}\u0001`;
function localize(root) {
  document.documentElement.lang = chrome.i18n.getUILanguage();
  for (const e of root.querySelectorAll('[data-i18n]')) {
    const slots = [...e.querySelectorAll(':scope > [data-slot]')];
    const text = t(e.getAttribute('data-i18n'), slots.map((_, i) => SLOT(i)));
    e.replaceChildren(...text.split(/(\u0001\d+\u0001)/).filter(Boolean).map((part) => {
      const m = /^\u0001(\d+)\u0001$/.exec(part);
      return m ? slots[Number(m[1])] : part;
    }));
  }
  for (const e of root.querySelectorAll('[data-i18n-aria-label]')) e.setAttribute('aria-label', t(e.getAttribute('data-i18n-aria-label')));
}
localize(document);

function el(tag, props, ...children) {
  const e = document.createElement(tag);
  Object.assign(e, props || {});
  e.append(...children);
  return e;
}

function styleSample(sample, key, color) {
  sample.style.textDecorationLine = 'underline';
  sample.style.textDecorationStyle = LINE[key];
  sample.style.textDecorationThickness = THICK[key];
  sample.style.textDecorationColor = color;
  sample.style.backgroundColor = TINT[key] ? color + TINT[key] : 'transparent';
}

function render() {
  rows.replaceChildren();
  for (const { key } of CATEGORIES) {
    const label = t('cat_' + key);
    const check = el('input', { type: 'checkbox', id: 'on-' + key, checked: settings.categories[key] });
    const color = el('input', { type: 'color', id: 'color-' + key, value: settings.colors[key] });
    color.setAttribute('aria-label', t('opt_colour', [label]));
    const sample = el('span', { textContent: t('opt_sample', [t(`cat_${key}_line`)]) });
    styleSample(sample, key, settings.colors[key]);
    check.addEventListener('change', () => { settings.categories[key] = check.checked; save(); });
    color.addEventListener('input', () => { styleSample(sample, key, color.value); });
    color.addEventListener('change', () => { settings.colors[key] = color.value.toLowerCase(); save(); });
    rows.append(el('div', { className: 'row' },
      check,
      el('label', { htmlFor: 'on-' + key, textContent: label }),
      color,
      el('span', { className: 'hint', textContent: t(`cat_${key}_hint`) }),
      el('span', { className: 'sample' }, sample)));
  }
}

async function save() {
  await chrome.storage.sync.set({ settings });
  status.textContent = t('opt_saved');
  clearTimeout(statusTimer);
  statusTimer = setTimeout(() => { status.textContent = ''; }, 4000);
}

document.getElementById('reset').addEventListener('click', async () => {
  settings = normalizeSettings(structuredClone(DEFAULT_SETTINGS));
  render();
  await save();
});

settings = normalizeSettings((await chrome.storage.sync.get('settings')).settings);
render();

// The shortcuts as the browser has them now (the user may have changed them).
if (chrome.commands && chrome.commands.getAll) {
  for (const c of await chrome.commands.getAll()) {
    const slot = document.getElementById(c.name === 'toggle-highlights' ? 'key-toggle' : c.name === 'open-panel' ? 'key-panel' : '');
    if (!slot) continue;
    if (!c.shortcut) { slot.replaceChildren(t('opt_noShortcut')); continue; }
    const keys = c.shortcut.split('+');
    slot.replaceChildren(...keys.flatMap((k, i) => (i ? ['+', el('kbd', { textContent: k })] : [el('kbd', { textContent: k })])));
  }
}

// ---- sites highlighted automatically (sites.js)
const siteForm = document.getElementById('site-form');
const siteInput = /** @type {HTMLInputElement} */ (document.getElementById('site-input'));
const siteStatus = document.getElementById('site-status');
const siteList = document.getElementById('sites');
const sitesEmpty = document.getElementById('sites-empty');

// A site typed without its scheme ("news.example.com") is taken as a secure one.
const DEFAULT_SCHEME = 'https:';
/** A site address as typed (a host, or a full page address of the site) as a pattern, or null. */
const typedSite = (text) => sitePattern(/^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `${DEFAULT_SCHEME}//${text}`);

async function renderSites() {
  const chosen = await chosenSites();
  const active = new Set(await activeSites());
  siteList.replaceChildren(...chosen.map((p) => {
    const label = siteLabel(p);
    const stop = el('button', { type: 'button', className: 'stop', textContent: t('opt_stop') });
    stop.setAttribute('aria-label', t('opt_stopLabel', [label]));
    stop.addEventListener('click', async () => {
      await removeSite(p);
      siteStatus.textContent = t('site_stopped', [label]);
    });
    return el('li', {},
      el('span', { className: 'site', textContent: label }),
      active.has(p) ? '' : el('span', { className: 'off', textContent: t('opt_notGranted') }),
      stop);
  }));
  sitesEmpty.hidden = chosen.length > 0;
}

siteForm.addEventListener('submit', (e) => {
  e.preventDefault();
  const pattern = typedSite(siteInput.value.trim());
  if (!pattern) {
    siteStatus.textContent = t('opt_badSite', [siteInput.value.trim()]);
    return;
  }
  const label = siteLabel(pattern);
  // The browser asks the user for this one site: the request must come straight from the click.
  addSite(pattern).then((ok) => {
    siteStatus.textContent = ok ? t('opt_added', [label]) : t('opt_notAdded', [label]);
    if (ok) siteInput.value = '';
  }, (err) => { siteStatus.textContent = t('opt_addFailed', [label, err.message]); });
});

chrome.storage.onChanged.addListener((changes, area) => { if (area === 'local' && changes[SITES_KEY]) renderSites(); });
chrome.permissions.onAdded.addListener(() => { renderSites(); });
chrome.permissions.onRemoved.addListener(() => { renderSites(); });

// Opened from the panel's "Highlight automatically on this site": that site, one click from added.
const asked = /^#site=(.+)$/.exec(location.hash);
if (asked) {
  const pattern = typedSite(decodeURIComponent(asked[1]));
  if (pattern) {
    siteInput.value = siteLabel(pattern);
    siteStatus.textContent = t('opt_asked', [t('site_auto'), siteLabel(pattern)]);
    siteStatus.classList.add('site-status-asked');
    document.getElementById('site-add').focus();
    document.getElementById('sites-title').scrollIntoView();
  }
}
await renderSites();
