// The message catalogues (no browser): extension/_locales/{en,de}/messages.json (the extension, and the
// shared UI in the demo) and www/locales/{en,de}.json (the demo's own strings). Both languages have the
// same keys with the same placeholders; every key the code asks for exists; the manifest's __MSG_…__ too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './lib/server.mjs';

const LANGS = ['en', 'de'];
const read = (...p) => readFileSync(join(repoRoot, ...p), 'utf8');
const catalogues = {
  extension: Object.fromEntries(LANGS.map((l) => [l, JSON.parse(read('extension', '_locales', l, 'messages.json'))])),
  demo: Object.fromEntries(LANGS.map((l) => [l, JSON.parse(read('www', 'locales', `${l}.json`))])),
};
const placeholders = (e) => (e.message.match(/\$[A-Za-z0-9_@]+\$/g) || []).map((p) => p.toLowerCase()).sort();

for (const [name, byLang] of Object.entries(catalogues)) {
  test(`${name}: en and de have the same keys, each with its placeholders declared and used`, () => {
    assert.deepEqual(Object.keys(byLang.de).sort(), Object.keys(byLang.en).sort());
    for (const lang of LANGS) {
      for (const [key, e] of Object.entries(byLang[lang])) {
        assert.match(key, /^[A-Za-z0-9_@]+$/, `${lang}: key ${key}`);
        assert.equal(typeof e.message, 'string', `${lang}/${key}: message`);
        assert.ok(e.message.trim(), `${lang}/${key}: empty message`);
        const declared = Object.keys(e.placeholders || {}).map((p) => `$${p}$`).sort();
        assert.deepEqual(placeholders(e), declared, `${lang}/${key}: placeholders used = declared`);
        assert.deepEqual(placeholders(e), placeholders(byLang.en[key]), `${lang}/${key}: the same placeholders as en`);
        // Only $1..$9 in a placeholder's content (chrome.i18n substitutes nothing else there).
        for (const p of Object.values(e.placeholders || {})) assert.match(p.content, /^\$[1-9]$/, `${lang}/${key}`);
      }
    }
    // German is written out, not copied from English (brand names and symbols apart).
    const same = Object.keys(byLang.en).filter((k) => byLang.en[k].message === byLang.de[k].message && /[a-z]{4}/.test(byLang.en[k].message.replace(/whosaid|\$[A-Z_]+\$|Deutsch|Engine/g, '')));
    assert.deepEqual(same, [], 'untranslated');
  });
}

test('every message the code asks for exists; the manifest\'s names too', () => {
  const ext = catalogues.extension.en;
  const demo = { ...ext, ...catalogues.demo.en };
  const want = [];
  const scan = (file, re, where) => { for (const m of read(file).matchAll(re)) want.push([where, file, m[1]]); };
  const uiFiles = readdirSync(join(repoRoot, 'extension', 'ui')).filter((f) => f.endsWith('.js')).map((f) => join('extension', 'ui', f));
  for (const f of [...uiFiles, 'extension/background.js', 'extension/options.js']) scan(f, /\bt\('([A-Za-z0-9_@]+)'\s*[,)]/g, ext);
  scan('extension/content.js', /getMessage\('([A-Za-z0-9_@]+)'/g, ext);
  scan('extension/options.html', /data-i18n(?:-[a-z-]+)?="([^"]+)"/g, ext);
  for (const f of readdirSync(join(repoRoot, 'www')).filter((f) => f.endsWith('.js'))) scan(join('www', f), /\btr\('([A-Za-z0-9_@]+)'\s*[,)]/g, demo);
  scan('www/index.html', /data-i18n(?:-[a-z-]+)?="([^"]+)"/g, demo);
  scan('extension/manifest.json', /__MSG_([A-Za-z0-9_@]+)__/g, ext);
  // Keys built from parts: the kinds, the quote kinds, plurals, categories.
  for (const k of ['person', 'anonymous', 'organisation', 'document', 'unknown']) want.push([ext, 'ui/shared.js', `kind_${k}`]);
  for (const k of ['direct', 'indirect', 'mixed']) want.push([ext, 'ui/shared.js', `quote_${k}`]);
  for (const k of ['claims', 'sources', 'card_more', 'badge_count']) for (const r of ['one', 'other']) want.push([ext, 'plural', `${k}_${r}`]);
  for (const k of ['source', 'cue', 'direct', 'indirect', 'unattributed']) for (const s of ['', '_hint', '_line']) want.push([ext, 'options.js', `cat_${k}${s}`]);
  assert.ok(want.length > 100, `found ${want.length} uses`);
  const missing = want.filter(([cat, , key]) => !cat[key]).map(([, f, key]) => `${f}: ${key}`);
  assert.deepEqual(missing, []);
  assert.equal(JSON.parse(read('extension', 'manifest.json')).default_locale, 'en');
});
