// Cold start and warm clicks, a benchmark (not a timed test): the first toolbar
// click after the browser starts (a fresh service worker, the Wasm not yet
// instantiated) on the seed page, over several browser launches, then warm
// clicks on the seed page and on the 10,000-word page in the same browsers, in
// Chromium and Firefox. Prints the medians, where the time goes, and the
// machine's load (other work on it slows every figure).
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { loadavg, cpus } from 'node:os';
import { startServer } from './lib/server.mjs';
import { launch, buildExtension, browserNames } from './lib/browsers.mjs';
import { median } from './lib/page-helpers.mjs';

const LAUNCHES = Number(process.env.WHOSAID_COLD_LAUNCHES || 5);
const WARM = 5;
let server, built;
before(async () => {
  server = await startServer();
  built = buildExtension();
});
after(async () => {
  await server?.close();
  if (built) rmSync(built.dir, { recursive: true, force: true });
});

// One click's phases, in ms: the worker's (from the click) and the page's.
const phasesOf = (run) => {
  const w = run.timings.worker;
  const t = run.timings;
  return {
    path: w.path, state: w.state, inject: w.inject, styles: w.styles, painted: w.painted, done: w.done,
    collect: t.collect, roundTrip: t.roundTrip, engine: t.engine, paint: t.paint, page: t.total,
  };
};
const fmt = (xs) => xs.map((x) => x.toFixed(0)).join(', ');
const mids = (phases) => (k) => median(phases.map((p) => p[k])).toFixed(1);
const load = () => `load ${loadavg()[0].toFixed(2)} on ${cpus().length} cores`;
// Where a click's time goes (medians): the worker's marks from the click, then the page's own steps.
const where = (phases) => {
  const m = mids(phases);
  const paths = [...new Set(phases.map((p) => p.path))].join('/');
  return `path ${paths}: state read ${m('state')}, top frame answered (scripts in, painted) ${m('painted')}, styles in ${m('styles')}, done ${m('done')}; ` +
    `in the page ${m('page')}: collect ${m('collect')}, round trip ${m('roundTrip')} (of which analyzePage ${m('engine')}), paint ${m('paint')}`;
};

for (const browserName of browserNames()) describe(browserName, () => {
test(`cold start and warm clicks: the first click after browser start on the seed page (${LAUNCHES} launches)`, async () => {
  const cold = [], warm = [], phases = [], warmPhases = [], long = [], longPhases = [];
  for (let i = 0; i < LAUNCHES; i++) {
    const b = await launch(browserName, { extensionDir: built.out });
    try {
      const page = await b.newPage();
      await b.goto(page, server.url(`/pages/seed-article.html?cold=${i}`));
      const first = await b.trigger(page);
      assert.ok(first && first.on && first.count > 0, 'the first click paints the seed');
      const [init, warmUp] = await b.ext(async () => {
        // Chromium runs this in the service worker itself; Firefox in an extension page beside the event page.
        const g = globalThis.whosaidDebug ? globalThis : await globalThis.browser.runtime.getBackgroundPage();
        return [g.whosaidDebug.engineInitMs, g.whosaidDebug.engineWarmUpMs];
      });
      cold.push(first.ms);
      phases.push({ init, warmUp, ...phasesOf(first) });
      await b.trigger(page);
      for (let k = 0; k < WARM; k++) {
        const r = await b.trigger(page);
        assert.ok(r && r.on);
        warm.push(r.ms);
        warmPhases.push(phasesOf(r));
        await b.trigger(page);
      }
      await page.close();
      if (i < 2) {
        // The 10,000-word page, warm (its first click is left out: the engine is warm, the page's scripts are not in yet).
        const lp = await b.newPage();
        await b.goto(lp, server.url(`/long.html?cold=${i}`));
        await b.trigger(lp);
        await b.trigger(lp);
        for (let k = 0; k < WARM; k++) {
          const r = await b.trigger(lp);
          assert.ok(r && r.on && r.count > 0);
          long.push(r.ms);
          longPhases.push(phasesOf(r));
          await b.trigger(lp);
        }
        await lp.close();
      }
    } finally {
      await b.close();
    }
  }
  const m = mids(phases);
  console.log(`benchmark: seed page, ${browserName}: cold (first click after browser start) median ${median(cold).toFixed(1)} ms over ${cold.length} launches (${fmt(cold)}); ` +
    `warm median ${median(warm).toFixed(1)} ms over ${warm.length} clicks (${load()})`);
  console.log(`benchmark: 10,000-word page, ${browserName}: warm median ${median(long).toFixed(1)} ms over ${long.length} clicks (${fmt(long)}; ${load()})`);
  console.log(`benchmark: ${browserName}: the cold click (medians, ms): Wasm instantiate ${m('init')} and warm-up ${m('warmUp')} (beside the click); ${where(phases)}`);
  console.log(`benchmark: ${browserName}: warm seed clicks (medians, ms): ${where(warmPhases)}`);
  console.log(`benchmark: ${browserName}: warm 10,000-word clicks (medians, ms): ${where(longPhases)}`);
});
});
