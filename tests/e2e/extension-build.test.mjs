// The extension's package: scripts/build-extension.sh output, the manifest's
// promises (permissions, CSP, Firefox settings), `web-ext lint`, and the
// rules the shell keeps (no markup from strings, no eval, no network).
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, mkdtempSync, rmSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { repoRoot } from './lib/server.mjs';
import { CONTENT_SCRIPTS, CLICK_SCRIPTS, CLICK_BUNDLE, AUTO_SCRIPTS, UI_SCRIPTS, UI_STYLES } from '../../extension/protocol.js';

const dist = join(repoRoot, 'dist');
const webExt = join(repoRoot, 'node_modules', '.bin', 'web-ext');

before(() => {
  execFileSync('bash', [join(repoRoot, 'scripts', 'build-extension.sh')], { stdio: ['ignore', 'ignore', 'inherit'] });
});

function unzip(zip) {
  const dir = mkdtempSync(join(tmpdir(), 'whosaid-zip-'));
  execFileSync('python3', ['-m', 'zipfile', '-e', zip, dir]);
  return dir;
}
const files = (dir, base = '') => readdirSync(join(dir, base), { withFileTypes: true })
  .flatMap((e) => (e.isDirectory() ? files(dir, join(base, e.name)) : [join(base, e.name)])).sort();
const lint = (dir) => JSON.parse(execFileSync(webExt, ['lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());

test('manifest: MV3 module worker, activeTab/scripting/storage only, no hosts (web sites only as optional ones), wasm-unsafe-eval, Firefox settings', () => {
  const m = JSON.parse(readFileSync(join(dist, 'extension', 'manifest.json'), 'utf8'));
  assert.equal(m.manifest_version, 3);
  assert.deepEqual(m.permissions.sort(), ['activeTab', 'scripting', 'storage']);
  assert.equal(m.host_permissions, undefined);
  assert.equal(m.optional_permissions, undefined);
  // "Highlight automatically on this site" asks for one site at a time out of these (sites.js).
  assert.deepEqual(m.optional_host_permissions, ['http://*/*', 'https://*/*']);
  assert.equal(m.content_scripts, undefined, 'nothing is injected until the user asks');
  assert.equal(m.action.default_popup, undefined, 'a popup would swallow the toolbar click');
  assert.deepEqual(m.background, { service_worker: 'background.js', scripts: ['background.js'], type: 'module' });
  assert.match(m.content_security_policy.extension_pages, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.ok(m.commands['toggle-highlights'] && m.commands['open-panel']);
  assert.equal(m.browser_specific_settings.gecko.id, 'whosaid@whosaid.invalid');
  assert.deepEqual(m.browser_specific_settings.gecko.data_collection_permissions, { required: ['none'] });
  for (const f of [...Object.values(m.icons), 'background.js', 'content.js', 'options.html', 'protocol.js', 'sites.js', ...AUTO_SCRIPTS, CLICK_BUNDLE, UI_STYLES, 'wasm/whosaid.js', 'wasm/whosaid_bg.wasm']) {
    assert.ok(existsSync(join(dist, 'extension', f)), f);
  }
});

test('store zips: every file, each manifest with its own browser\'s keys', () => {
  const tree = files(join(dist, 'extension'));
  assert.ok(!tree.some((f) => f.endsWith('draw-icons.mjs')), 'the icon generator does not ship');
  for (const [zip, check] of [
    ['whosaid-chrome.zip', (m) => { assert.equal(m.browser_specific_settings, undefined); assert.deepEqual(m.background, { service_worker: 'background.js', type: 'module' }); }],
    ['whosaid-firefox.zip', (m) => { assert.deepEqual(m.background, { scripts: ['background.js'], type: 'module' }); assert.ok(m.browser_specific_settings.gecko.id); }],
  ]) {
    const dir = unzip(join(dist, zip));
    try {
      assert.deepEqual(files(dir), tree, zip);
      check(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')));
      assert.deepEqual(readFileSync(join(dir, 'wasm', 'whosaid_bg.wasm')), readFileSync(join(dist, 'wasm', 'whosaid_bg.wasm')));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
});

test('web-ext lint: no errors on the unpacked tree, nothing at all on the Firefox package', () => {
  const tree = lint(join(dist, 'extension'));
  assert.equal(tree.summary.errors, 0, JSON.stringify(tree.errors, null, 1));
  // The tree carries Chrome's service_worker key too; Firefox ignores it (a warning, nothing else).
  assert.deepEqual(tree.warnings.map((w) => w.code), ['BACKGROUND_SERVICE_WORKER_IGNORED']);
  const dir = unzip(join(dist, 'whosaid-firefox.zip'));
  try {
    const ff = lint(dir);
    assert.deepEqual(ff.summary, { errors: 0, notices: 0, warnings: 0 }, JSON.stringify([...ff.errors, ...ff.warnings], null, 1));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the shell never parses markup from strings, evaluates code or touches the network', () => {
  const dir = join(repoRoot, 'extension');
  const sources = files(dir).filter((f) => /\.(m?js|html)$/.test(f) && !f.endsWith('draw-icons.mjs'));
  assert.ok(sources.length >= 5);
  for (const f of sources) {
    const code = readFileSync(join(dir, f), 'utf8').replace(/^\s*\/\/.*$/gm, '');
    for (const bad of [/\.innerHTML\b/, /\.outerHTML\s*=/, /insertAdjacentHTML/, /\beval\s*\(/, /new\s+Function\s*\(/, /\bfetch\s*\(/, /XMLHttpRequest/, /WebSocket/, /sendBeacon/, /https?:\/\/(?!www\.w3\.org|schema\.org)/, /setTimeout\(\s*['"`]/]) {
      assert.doesNotMatch(code, bad, `${f}: ${bad}`);
    }
  }
});

test('default colours: ui/whosaid.css and defaults.js agree', async () => {
  const { DEFAULT_COLORS, CATEGORIES, colorOverrides, normalizeSettings } = await import(join(repoRoot, 'extension', 'defaults.js'));
  const css = readFileSync(join(repoRoot, 'extension', 'ui', 'whosaid.css'), 'utf8');
  for (const { key } of CATEGORIES) {
    const rule = new RegExp(`::highlight\\(whosaid-${key}\\)\\s*\\{([^}]*)\\}`).exec(css);
    assert.ok(rule, key);
    assert.match(rule[1], new RegExp(`underline \\w+ ${DEFAULT_COLORS[key]}`), key);
  }
  assert.equal(colorOverrides(DEFAULT_COLORS), '');
  const custom = colorOverrides({ ...DEFAULT_COLORS, cue: '#123456' });
  assert.match(custom, /::highlight\(whosaid-cue\) \{ text-decoration-color: #123456; background-color: transparent; \}/);
  assert.doesNotMatch(custom, /whosaid-source/);
  assert.deepEqual(normalizeSettings({ colors: { source: 'red;}body{display:none' }, categories: { cue: false } }).colors.source, DEFAULT_COLORS.source);
  assert.equal(normalizeSettings({ categories: { cue: false } }).categories.cue, false);
});

test('the page-side scripts: one list (protocol.js), the same order in the demo, every ui/ script in it', () => {
  const inUi = readdirSync(join(repoRoot, 'extension', 'ui')).filter((f) => f.endsWith('.js')).map((f) => 'ui/' + f).sort();
  assert.deepEqual([...UI_SCRIPTS].sort(), inUi, 'UI_SCRIPTS lists every extension/ui/*.js');
  assert.deepEqual(CONTENT_SCRIPTS, [...UI_SCRIPTS, 'watch.js', 'content.js']);
  assert.deepEqual(AUTO_SCRIPTS, [...CONTENT_SCRIPTS, 'auto.js']);
  const html = readFileSync(join(repoRoot, 'www', 'index.html'), 'utf8');
  const demo = [...html.matchAll(/<script src="(ui\/[^"]+)" defer><\/script>/g)].map((m) => m[1]);
  assert.deepEqual(demo, [...UI_SCRIPTS], 'www/index.html loads the UI in the same order');
  assert.match(html, new RegExp(`<link rel="stylesheet" href="${UI_STYLES}">`));
});

test('a toolbar click injects one file: CLICK_SCRIPTS joined in order, click.js last (its value is the answer)', () => {
  const bundle = readFileSync(join(dist, 'extension', CLICK_BUNDLE), 'utf8');
  assert.ok(!existsSync(join(repoRoot, 'extension', CLICK_BUNDLE)), 'made by the build, not kept in the source tree');
  let at = 0;
  for (const f of CLICK_SCRIPTS) {
    const own = readFileSync(join(repoRoot, 'extension', f), 'utf8').trimEnd();
    const i = bundle.indexOf(own, at);
    assert.ok(i >= at, `${f} is in the bundle, whole, after the file before it`);
    at = i + own.length;
  }
  assert.equal(bundle.slice(at).trim(), '', 'nothing after click.js');
  assert.equal(bundle.split('\n;\n').length, CLICK_SCRIPTS.length, 'one \';\' line between two files');
});

test('types/wasm/whosaid.d.ts (what tsc checks background.js against) names what wasm-bindgen generates', () => {
  const named = (src) => [...src.matchAll(/^export function (\w+)/gm)].map((m) => m[1]).sort();
  const ours = readFileSync(join(repoRoot, 'types', 'wasm', 'whosaid.d.ts'), 'utf8');
  const generated = readFileSync(join(dist, 'wasm', 'whosaid.d.ts'), 'utf8');
  assert.deepEqual(named(ours), named(generated));
  for (const src of [ours, generated]) assert.match(src, /^export default function/m, 'init is the default export');
});
