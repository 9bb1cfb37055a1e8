// whosaid's engine in the worker: the Wasm module compiled as the worker starts,
// instantiated on the first click, then warmed up in small steps beside the click.
import init, { analyzePage, version } from './wasm/whosaid.js';

/**
 * Start compiling; returns engine() (resolves when the module is instantiated) and analysing()
 * (a real analysis starts: the warm-up stops). debug: the worker's diagnostics (engineInitMs,
 * engineWarmUpMs, engineVersion are set here).
 * @param {{ engineInitMs: number | null, engineWarmUpMs: number | null, engineVersion: string | null }} debug
 * @param {(where: string, e: any) => void} recordError
 */
export function startEngine(debug, recordError) {
  let analysed = false; // a real analysis has started: no more warm-up
  // A short page of the project's own, analysed in small steps right after the
  // Wasm is instantiated: the engine's code is compiled on its first run, and
  // this way that happens while the content script is still being injected and
  // reading the page. Each step yields to the worker's other events, and the
  // rest is dropped as soon as a real analysis starts (it compiles what it needs).
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
        analyzePage(warmUpPage(text));
      } catch (e) {
        recordError('warm-up', e); // the real analysis will say what is wrong
        break;
      }
    }
    debug.engineWarmUpMs = performance.now() - t;
  }

  // Compiled as the worker starts (streaming, off its thread: V8 and SpiderMonkey compile a
  // function's machine code on its first call, so this reads and checks the module, no more) and
  // instantiated on the first click, while the page is being read. A failed compile is tried again
  // on the next click (the instantiation then reports the error).
  const WASM_URL = new URL('./wasm/whosaid_bg.wasm', import.meta.url);
  /** @type {Promise<WebAssembly.Module> | null} */
  let compiled = null;
  function compile() {
    if (!compiled) {
      // (A browser that served the file without the Wasm MIME type: compiled from its bytes.)
      compiled = WebAssembly.compileStreaming(fetch(WASM_URL))
        .catch((e) => (e instanceof TypeError ? fetch(WASM_URL).then((r) => r.arrayBuffer()).then((b) => WebAssembly.compile(b)) : Promise.reject(e)));
      compiled.catch(() => { compiled = null; });
    }
    return compiled;
  }
  compile();

  let engineReady = null;
  function engine() {
    if (!engineReady) {
      const t = performance.now();
      engineReady = compile().then((module) => init({ module_or_path: module })).then(() => {
        debug.engineInitMs = performance.now() - t;
        debug.engineVersion = version();
        if (!analysed) warmUp();
      }, (e) => { engineReady = null; throw e; });
    }
    return engineReady;
  }

  return { engine, analysing: () => { analysed = true; } };
}
