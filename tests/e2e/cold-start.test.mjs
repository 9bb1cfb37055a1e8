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
  // WHOSAID_BENCH_EXTENSION: a built extension to measure instead of this tree's (a build of another
  // commit, for runs alternated with this one's on a loaded machine).
  built = process.env.WHOSAID_BENCH_EXTENSION ? { out: process.env.WHOSAID_BENCH_EXTENSION } : buildExtension();
});
after(async () => {
  await server?.close();
  if (built && built.dir) rmSync(built.dir, { recursive: true, force: true });
});

// One click's phases, in ms: the worker's (from the click) and the page's.
const phasesOf = (run) => {
  const w = run.timings.worker;
  const t = run.timings;
  // The page's and the worker's marks (ms since the epoch), as ms from the click.
  const mk = t.marks || {};
  const at = Object.fromEntries(Object.entries(mk).map(([k, v]) => [`at_${k}`, v - w.clickAt]));
  return {
    path: w.path, state: w.state, inject: w.inject, styles: w.styles, painted: w.painted, done: w.done, frames: w.frames, quick: w.quick,
    collect: t.collect, roundTrip: t.roundTrip, engine: t.engine, paint: t.paint, highlights: t.highlights, mount: t.mount, page: t.total, ...at,
  };
};
// The click's steps, in the order they happen (ms from the click, medians).
const STEPS = [
  ['at_workerStarted', 'worker started'], ['at_workerEvaluated', 'worker module graph evaluated'],
  ['at_engineStart', 'Wasm instantiate starts'], ['quick', 'the page scripts\' executeScript issued'], ['at_engineReady', 'Wasm instantiated'],
  ['at_loaded', 'page scripts in (content.js ran)'], ['at_read', 'collect starts'], ['collectEnd', 'collect done, message sent'],
  ['at_received', 'worker receives the request'], ['at_ready', 'engine ready for it'], ['at_parsed', 'analysis starts (the engine reads the input text itself)'], ['at_analysed', 'analyzePage done'],
  ['at_answered', 'page has the answer'], ['at_painted', 'highlights painted'], ['at_mounted', 'UI mounted'],
  ['painted', 'worker has the frame\'s answer'], ['frames', 'embedded frames\' state read (where the top frame has any)'], ['styles', 'styles in'], ['done', 'done (badge, frames)'],
];
const steps = (phases) => {
  const m = (k) => median(phases.map((p) => (k === 'collectEnd' ? p.at_read + p.collect : p[k])).filter((x) => Number.isFinite(x)));
  return STEPS.map(([k, name]) => `${name} ${m(k).toFixed(1)}`).join('; ');
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
      const [init, warmUp, started, evaluated, engineAt, warmUpAt] = await b.ext(async () => {
        // Chromium runs this in the service worker itself; Firefox in an extension page beside the event page.
        const g = globalThis.whosaidDebug ? globalThis : await globalThis.browser.runtime.getBackgroundPage();
        const d = g.whosaidDebug;
        return [d.engineInitMs, d.engineWarmUpMs, d.startedAt, d.evaluatedAt, d.engineAt || [NaN, NaN], d.warmUpAt || []];
      });
      cold.push(first.ms);
      const click = first.timings.worker.clickAt;
      phases.push({ init, warmUp, ...phasesOf(first), at_workerStarted: started - click, at_workerEvaluated: evaluated - click,
        at_engineStart: engineAt[0] - click, at_engineReady: engineAt[1] - click });
      // When the worker ran the warm-up's steps and when it took the click's request (ms from the click).
      const rel = (x) => (x - click).toFixed(0);
      const mk = first.timings.marks || {};
      console.log(`benchmark: ${browserName}: cold click ${i + 1}: ${first.ms.toFixed(0)} ms; Wasm ${rel(engineAt[0])}-${rel(engineAt[1])}, warm-up steps ${warmUpAt.map(([a, z]) => `${rel(a)}-${rel(z)}`).join(' ') || 'none'}; ` +
        `request sent ${rel(mk.read + first.timings.collect)}, taken ${rel(mk.received)}, analysed ${rel(mk.analysed)}; painted ${rel(mk.painted)}`);
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
  // The click's figure is when it was done (every frame and the badge too); the highlights were on the page a little before.
  const paintedAt = (ps) => `highlights painted at ${mids(ps)('at_painted')}`;
  console.log(`benchmark: seed page, ${browserName}: cold (first click after browser start) median ${median(cold).toFixed(1)} ms over ${cold.length} launches (${fmt(cold)}; ${paintedAt(phases)}); ` +
    `warm median ${median(warm).toFixed(1)} ms over ${warm.length} clicks (${paintedAt(warmPhases)}; ${load()})`);
  console.log(`benchmark: 10,000-word page, ${browserName}: warm median ${median(long).toFixed(1)} ms over ${long.length} clicks (${fmt(long)}; ${paintedAt(longPhases)}; ${load()})`);
  console.log(`benchmark: ${browserName}: the cold click (medians, ms): Wasm instantiate ${m('init')} and warm-up ${m('warmUp')} (beside the click); ${where(phases)}`);
  console.log(`benchmark: ${browserName}: the cold click, step by step (ms from the click, medians): ${steps(phases)}`);
  console.log(`benchmark: ${browserName}: the cold click in the page (medians, ms): highlights ${mids(phases)('highlights')}, mount ${mids(phases)('mount')}`);
  console.log(`benchmark: ${browserName}: warm seed clicks (medians, ms): ${where(warmPhases)}`);
  console.log(`benchmark: ${browserName}: warm seed clicks, step by step (ms from the click, medians): ${steps(warmPhases)}`);
  console.log(`benchmark: ${browserName}: warm 10,000-word clicks, step by step (ms from the click, medians): ${steps(longPhases)}`);
  console.log(`benchmark: ${browserName}: warm 10,000-word clicks (medians, ms): ${where(longPhases)}`);
});
});
