// The highlight categories, their default colours (the same values as
// ui/whosaid.css) and the CSS that applies a user's colours on top of it.

// Their names, hints and underline names are messages (_locales/*/messages.json: cat_KEY, cat_KEY_hint, cat_KEY_line).
export const CATEGORIES = [{ key: 'source' }, { key: 'cue' }, { key: 'direct' }, { key: 'indirect' }, { key: 'unattributed' }];

export const DEFAULT_COLORS = {
  source: '#e69500',
  cue: '#c026d3',
  direct: '#0d9488',
  indirect: '#2f6fde',
  unattributed: '#dc2626',
};

export const DEFAULT_SETTINGS = {
  categories: { source: true, cue: true, direct: true, indirect: true, unattributed: true },
  colors: { ...DEFAULT_COLORS },
};

const HEX = /^#[0-9a-f]{6}$/i;

/** Settings from storage, with anything missing or malformed replaced by the defaults. */
export function normalizeSettings(stored) {
  const s = stored && typeof stored === 'object' ? stored : {};
  const categories = {};
  const colors = {};
  for (const { key } of CATEGORIES) {
    const on = s.categories && s.categories[key];
    categories[key] = typeof on === 'boolean' ? on : true;
    const c = s.colors && s.colors[key];
    colors[key] = typeof c === 'string' && HEX.test(c) ? c.toLowerCase() : DEFAULT_COLORS[key];
  }
  return { categories, colors };
}

// Background alpha per category (underline colour is the colour itself).
const TINT = { source: '4d', cue: '00', direct: '2e', indirect: '00', unattributed: '1f' };

/** CSS overriding ui/whosaid.css's colours; '' when every colour is the default. */
export function colorOverrides(colors) {
  let css = '';
  for (const { key } of CATEGORIES) {
    const c = colors[key];
    if (!c || c === DEFAULT_COLORS[key]) continue;
    const bg = TINT[key] === '00' ? 'transparent' : c + TINT[key];
    css +=
      `::highlight(whosaid-${key}) { text-decoration-color: ${c}; background-color: ${bg}; }\n` +
      `whosaid-mark[data-whosaid="${key}"] { text-decoration-color: ${c} !important; background-color: ${bg} !important; }\n`;
  }
  return css;
}
