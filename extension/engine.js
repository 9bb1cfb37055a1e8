// whosaid's engine in the worker: the Wasm module compiled and instantiated on the first click,
// then warmed up in small steps beside it.
import init, { analyzePageJson, version } from './wasm/whosaid.js';

/**
 * Start instantiating; returns engine() (resolves when the module is instantiated) and analysing()
 * (a real analysis starts: the warm-up stops). debug: the worker's diagnostics (engineInitMs,
 * engineWarmUpMs, engineVersion are set here).
 * @param {{ engineInitMs: number | null, engineWarmUpMs: number | null, engineVersion: string | null, engineAt?: number[], warmUpAt?: number[][] }} debug
 *   engineAt: when the first instantiation started and ended; warmUpAt: when each warm-up step did (ms since the epoch)
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
  // watches the loading), streaming (wasm-bindgen's init), while the page scripts are being injected,
  // then warmed up beside the click. A failed start is tried again on the next click.
  // (Compiling as the worker starts was measured, and kept out: in Chromium the click then instantiated
  // at once, but the first call's lazy compilation, most of the work, stays at the click and took as
  // long; Firefox compiles the whole module at once, off the click's path already. And a worker
  // starts on every page load in any tab.)
  /** @type {Promise<void> | null} */
  let engineReady = null;
  // engineInitMs: how long the first click's instantiation took.
  function engine() {
    if (!engineReady) {
      const t = performance.now();
      engineReady = init().then(() => {
        debug.engineVersion = version();
        debug.engineInitMs = performance.now() - t;
        debug.engineAt = [performance.timeOrigin + t, performance.timeOrigin + performance.now()];
        if (!analysed) warmUp();
      }, (e) => { engineReady = null; throw e; });
    }
    return engineReady;
  }

  return { engine, analysing: () => { analysed = true; } };
}
