// whosaid's engine in the worker: the Wasm module compiled and instantiated on the first click,
// then warmed up in small steps beside it.
import init, { analyzePageJson, version } from './wasm/whosaid.js';

/**
 * Start instantiating; returns engine() (resolves when the module is instantiated) and analysing()
 * (a real analysis starts: the warm-up stops). debug: the worker's diagnostics (engineInitMs,
 * engineWarmUpMs, engineVersion are set here).
 * @param {{ engineInitMs: number | null, engineWarmUpMs: number | null, engineVersion: string | null, engineAt?: number[], warmUpAt?: number[][], compileAt?: number[] }} debug
 *   engineAt: when the first instantiation started and ended; warmUpAt: when each warm-up step did; compileAt: when the
 *   module's fetch started, its response came and its compilation ended (ms since the epoch)
 * @param {(where: string, e: any) => void} recordError
 */
export function startEngine(debug, recordError) {
  let analysed = false; // a real analysis has started: no more warm-up
  // A short page of the project's own, analysed in small steps right after the
  // Wasm is instantiated: the engine's code is compiled on its first run, and
  // this way that happens while the content script is still being injected and
  // reading the page. Each step yields to the worker's other events, and the
  // rest is dropped as soon as a real analysis starts (it compiles what it needs).
  // (V8 compiles the Wasm lazily, a function on its first call: the first step, however short its
  // text, compiles nearly all of the pipeline: 20-35 ms here, a request arriving meanwhile waits.)
  const WARM_UP_TEXTS = [
    '“We will reopen the bridge next week,” the mayor, Ana Ruiz, said on Monday.',
    'She told reporters that the repairs had cost more than planned, according to a statement from the transport agency.',
    'Officials, who asked not to be named, said traffic would be “heavy” at first. The agency said about 40,000 vehicles cross it each day.',
  ];
  const warmUpPage = (text) => ({
    elements: [{ parent: -1, tag: 'body', attrs: '', hidden: false }, { parent: 0, tag: 'article', attrs: 'story', hidden: false },
      { parent: 1, tag: 'p', attrs: '', hidden: false }],
    nodes: [{ parent: 2, text }],
  });

  async function warmUp() {
    const t = performance.now();
    for (const text of WARM_UP_TEXTS) {
      await new Promise((r) => setTimeout(r, 0));
      if (analysed) break;
      try {
        const at = performance.timeOrigin + performance.now();
        analyzePageJson(JSON.stringify(warmUpPage(text))); // what a click calls: the page's JSON text
        (debug.warmUpAt = debug.warmUpAt || []).push([at, performance.timeOrigin + performance.now()]);
      } catch (e) {
        recordError('warm-up', e); // the real analysis will say what is wrong
        break;
      }
    }
    debug.engineWarmUpMs = performance.now() - t;
  }

  // Compiled and instantiated on the first click (nothing is loaded before: hardening's network check
  // watches the loading), streaming, while the page scripts are being injected, then warmed up beside
  // the click. A failed start is tried again on the next click.
  const at = () => performance.timeOrigin + performance.now();
  /** @type {Promise<WebAssembly.Module> | null} */
  let compiling = null;
  // The module compiled (streaming, from the extension's own package): debug.compileAt [start, response, compiled].
  function compile() {
    if (!compiling) {
      const marks = (debug.compileAt = [at()]);
      compiling = fetch(new URL('./wasm/whosaid_bg.wasm', import.meta.url)).then((r) => {
        marks.push(at());
        return WebAssembly.compileStreaming(r);
      }).then((m) => { marks.push(at()); return m; }, (e) => { compiling = null; throw e; });
    }
    return compiling;
  }
  /** @type {Promise<void> | null} */
  let engineReady = null;
  // engineInitMs: how long the first click's instantiation took.
  function engine() {
    if (!engineReady) {
      const t = performance.now();
      engineReady = compile().then((module) => init({ module_or_path: module })).then(() => {
        debug.engineVersion = version();
        debug.engineInitMs = performance.now() - t;
        debug.engineAt = [performance.timeOrigin + t, performance.timeOrigin + performance.now()];
        if (!analysed) warmUp();
      }, (e) => { engineReady = null; throw e; });
    }
    return engineReady;
  }
  // (Compiling as the worker starts was measured, and kept out: in Chromium the click then instantiates at
  // once, but the first call's lazy compilation, which is most of the work, stays at the click and took as
  // long; in Firefox, which compiles every function at once, the compile was off the click's path anyway.
  // And a worker starts on every page load in any tab.)

  return { engine, analysing: () => { analysed = true; } };
}
