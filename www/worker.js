// The demo's module Web Worker: loads the Wasm engine and runs every analysis
// off the main thread, so a large paste never freezes the page.
//
// Protocol: the page posts { id, op, args }; the worker answers
// { id, ok: true, value | json, ms } (objects come as JSON text) or
// { id, ok: false, error }. Once the module is
// ready it posts { type: 'ready', version }; if it cannot load, { type: 'fatal', error }.

import init, { analyzePage, analyzePageJson, analyzeText, exportJson, exportCsv, version } from './wasm/whosaid.js';

const ops = { analyzePage, analyzeText, exportJson, exportCsv, version };

const ready = init().then(() => version());

ready.then(
  (v) => postMessage({ type: 'ready', version: v }),
  (e) => postMessage({ type: 'fatal', error: String(e && e.message ? e.message : e) }),
);

self.onmessage = async (event) => {
  const { id, op, args } = event.data || {};
  try {
    await ready;
    if (!Object.prototype.hasOwnProperty.call(ops, op)) throw new Error(`unknown operation ${op}`);
    const t0 = performance.now();
    // analyzePage's result as the engine's own JSON text, sent on as it is (no object built here).
    const value = op === 'analyzePage' ? { json: analyzePageJson(...(args || [])).json } : ops[op](...(args || []));
    const ms = performance.now() - t0;
    // A large result is sent as JSON text: the page parses a string much faster
    // than it deserialises a structured clone of thousands of small objects.
    if (op === 'analyzePage') postMessage({ id, ok: true, json: value.json, ms });
    else if (value !== null && typeof value === 'object') postMessage({ id, ok: true, json: JSON.stringify(value), ms });
    else postMessage({ id, ok: true, value, ms });
  } catch (e) {
    postMessage({ id, ok: false, error: String(e && e.message ? e.message : e) });
  }
};
