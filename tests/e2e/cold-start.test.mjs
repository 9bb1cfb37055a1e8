// Cold start, a benchmark (not a timed test): the first toolbar click after
// the browser starts (a fresh service worker, the Wasm not yet instantiated)
// on the seed page, over several browser launches, against warm clicks in the
// same browsers, in Chromium and Firefox. Prints the medians and where the cold
// click's time goes.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
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

for (const browserName of browserNames()) describe(browserName, () => {
test(`cold start: the first click after browser start on the seed page (${LAUNCHES} launches)`, async () => {
  const cold = [], warm = [], phases = [];
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
      const t = first.timings;
      phases.push({ init, warmUp, state: t.worker.state, inject: t.worker.inject, toggle: t.worker.toggle, collect: t.collect, roundTrip: t.roundTrip, engine: t.engine, paint: t.paint });
      await b.trigger(page);
      for (let k = 0; k < WARM; k++) {
        const r = await b.trigger(page);
        assert.ok(r && r.on);
        warm.push(r.ms);
        await b.trigger(page);
      }
      await page.close();
    } finally {
      await b.close();
    }
  }
  const fmt = (xs) => xs.map((x) => x.toFixed(0)).join(', ');
  const mid = (k) => median(phases.map((p) => p[k])).toFixed(1);
  console.log(`benchmark: seed page, ${browserName}: cold (first click after browser start) median ${median(cold).toFixed(1)} ms over ${cold.length} launches (${fmt(cold)}); ` +
    `warm median ${median(warm).toFixed(1)} ms over ${warm.length} clicks`);
  console.log(`benchmark: ${browserName}: the cold click's phases (medians, ms): Wasm instantiate ${mid('init')} and warm-up ${mid('warmUp')} (in parallel); inject scripts + read state ${mid('state')}, styles ${mid('inject')}, ` +
    `in the page ${mid('toggle')}: collect ${mid('collect')}, ` +
    `round trip ${mid('roundTrip')} (of which analyzePage ${mid('engine')}), paint ${mid('paint')}`);
});
});
