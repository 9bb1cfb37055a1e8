// Options: which categories to highlight and their colours, kept in
// chrome.storage.sync and applied the next time highlighting is turned on.
import { CATEGORIES, DEFAULT_SETTINGS, normalizeSettings } from './defaults.js';

const rows = document.getElementById('rows');
const status = document.getElementById('status');
const LINE = { source: 'solid', cue: 'double', direct: 'dotted', indirect: 'dashed', unattributed: 'wavy' };
const THICK = { source: '3px', cue: '2px', direct: '2px', indirect: '2px', unattributed: '1px' };
const TINT = { source: '4d', direct: '2e', unattributed: '1f' };
let settings = normalizeSettings(null);
let statusTimer = 0;

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
  for (const { key, label, hint, line } of CATEGORIES) {
    const check = el('input', { type: 'checkbox', id: 'on-' + key, checked: settings.categories[key] });
    const color = el('input', { type: 'color', id: 'color-' + key, value: settings.colors[key] });
    color.setAttribute('aria-label', `${label}: colour`);
    const sample = el('span', { textContent: `Sample: ${label.toLowerCase()} (${line} line)` });
    styleSample(sample, key, settings.colors[key]);
    check.addEventListener('change', () => { settings.categories[key] = check.checked; save(); });
    color.addEventListener('input', () => { styleSample(sample, key, color.value); });
    color.addEventListener('change', () => { settings.colors[key] = color.value.toLowerCase(); save(); });
    rows.append(el('div', { className: 'row' },
      check,
      el('label', { htmlFor: 'on-' + key, textContent: label }),
      color,
      el('span', { className: 'hint', textContent: hint }),
      el('span', { className: 'sample' }, sample)));
  }
}

async function save() {
  await chrome.storage.sync.set({ settings });
  status.textContent = 'Saved. Applies the next time you turn highlighting on.';
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
    if (!c.shortcut) { slot.replaceChildren('no shortcut set'); continue; }
    const keys = c.shortcut.split('+');
    slot.replaceChildren(...keys.flatMap((k, i) => (i ? ['+', el('kbd', { textContent: k })] : [el('kbd', { textContent: k })])));
  }
}
