// Page-side helpers shared by the extension tests (all run in the page's main
// world: the highlights the content script registers live in the document's
// one CSS.highlights registry, which every world sees).

/** Serialised DOM: markup plus the text-node structure (a split text node shows); whosaid's own host excepted. */
export const snapshot = (page) => page.evaluate(() => {
  // Text-node structure, into open shadow roots (whosaid's own host excepted).
  const shape = (n) => (n.nodeType === 3 ? 'T' + n.data.length
    : n.nodeType === 1 && n.localName !== 'whosaid-host' ? '<' + n.localName + '>' + (n.shadowRoot ? '#shadow' + [...n.shadowRoot.childNodes].map(shape).join('') + '#/' : '') + [...n.childNodes].map(shape).join('') + '</>' : '');
  const shadows = [...document.querySelectorAll('*')].filter((e) => e.shadowRoot && e.localName !== 'whosaid-host').map((e) => e.shadowRoot.innerHTML);
  const outside = [...document.documentElement.children].filter((e) => e !== document.head && e !== document.body && e.localName !== 'whosaid-host');
  return { html: document.body.innerHTML, head: document.head.innerHTML, shape: shape(document.body), shadows, outside: outside.map((e) => e.outerHTML) };
});

/**
 * What whosaid has left in the page: highlights, hosts, marks, and whether its
 * stylesheet (a user stylesheet: not in the DOM, seen through computed styles) still applies.
 */
export const leftovers = (page) => page.evaluate(() => ({
  highlights: [...CSS.highlights.keys()].filter((k) => k.startsWith('whosaid-')).length,
  hosts: document.querySelectorAll('whosaid-host').length,
  marks: document.querySelectorAll('whosaid-mark').length,
  styles: getComputedStyle(document.body, '::highlight(whosaid-source)').textDecorationLine !== 'none' ? 1 : 0,
}));

/** Scroll the first painted range of `name` whose text passes `match` into view; its centre point. */
export async function rangePoint(page, name, text) {
  return page.evaluate(({ name, text }) => {
    const h = CSS.highlights.get('whosaid-' + name);
    const r = h && [...h].find((x) => x.toString() === text || x.toString().startsWith(text));
    if (!r) return null;
    const el = r.startContainer.nodeType === 1 ? r.startContainer : r.startContainer.parentElement;
    el.scrollIntoView({ block: 'center' });
    const rect = r.getClientRects()[0];
    return { x: rect.left + Math.min(rect.width / 2, 40), y: rect.top + rect.height / 2 };
  }, { name, text });
}

/** A wait's error that says what was waited for ("Waiting failed: 10000ms exceeded" does not). */
const named = (e, what) => Object.assign(new Error(`waiting for ${what}: ${e && e.message}`), { cause: e });

/** Wait until the shadow-DOM element at `selector` (e.g. 'whosaid-host .card': a host, then a selector inside its shadow root) is shown; its innerText. */
export async function shadowText(page, selector, { timeout = 10000 } = {}) {
  const h = await page.waitForFunction((selector) => {
    const el = shadowQuery(selector);
    function shadowQuery(sel) {
      const [host, ...rest] = sel.split(' ');
      const root = document.querySelector(host);
      return root && root.shadowRoot && root.shadowRoot.querySelector(rest.join(' '));
    }
    return el && !el.hidden && el.getClientRects().length > 0 && el.getBoundingClientRect().height > 0 ? el.innerText : false;
  }, { timeout, polling: 20 }, selector).catch((e) => { throw named(e, `${selector} to be shown`); });
  return h.jsonValue();
}

/** Wait until the shadow-DOM element at `selector` is hidden or gone. */
export async function shadowHidden(page, selector, { timeout = 10000 } = {}) {
  await page.waitForFunction((selector) => {
    const [host, ...rest] = selector.split(' ');
    const root = document.querySelector(host);
    const el = root && root.shadowRoot && root.shadowRoot.querySelector(rest.join(' '));
    return !el || el.hidden || el.getClientRects().length === 0;
  }, { timeout, polling: 20 }, selector).catch((e) => { throw named(e, `${selector} to be hidden`); });
}

/** The shown shadow-DOM elements at `selector`, each as { text, attrs }. */
export const shadowAll = (page, selector) => page.evaluate((selector) => {
  const [host, ...rest] = selector.split(' ');
  const root = document.querySelector(host);
  if (!root || !root.shadowRoot) return [];
  return [...root.shadowRoot.querySelectorAll(rest.join(' '))].filter((el) => el.getClientRects().length > 0)
    .map((el) => ({ text: el.innerText, attrs: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])) }));
}, selector);

/**
 * A real mouse click on the centre of the shadow-DOM element at `selector`, once the element is
 * where the click lands: its centre hit-tests to it (nothing laid over it) and stays put between
 * two reads a frame apart (a pill still sliding in, or a page whose frames are still laying out,
 * would take the click elsewhere: a lost click, then a wait for a panel that never opens).
 */
export async function shadowClick(page, selector, { timeout = 5000 } = {}) {
  const read = () => page.evaluate(async (selector) => {
    const [host, ...rest] = selector.split(' ');
    const root = document.querySelector(host);
    const el = root && root.shadowRoot && root.shadowRoot.querySelector(rest.join(' '));
    if (!el) return { missing: true };
    el.scrollIntoView({ block: 'nearest' });
    const at = () => { const r = el.getBoundingClientRect(); return { x: r.left + r.width / 2, y: r.top + r.height / 2, w: r.width, h: r.height }; };
    const a = at();
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    const b = at();
    const hit = root.shadowRoot.elementFromPoint(b.x, b.y);
    const still = a.x === b.x && a.y === b.y && b.w > 0 && b.h > 0;
    return { x: b.x, y: b.y, ready: still && !!hit && (hit === el || el.contains(hit)) };
  }, selector);
  const start = Date.now();
  let p = await read();
  while (!p.missing && !p.ready && Date.now() - start < timeout) {
    await new Promise((done) => setTimeout(done, 50));
    p = await read();
  }
  if (p.missing) throw new Error(`no ${selector} to click`);
  if (!p.ready) throw new Error(`${selector} never stood still and uncovered for ${timeout} ms to be clicked`);
  await page.mouse.click(p.x, p.y);
}

/**
 * Open the panel with a real click on the pill, and its text once shown. On a page with a
 * cross-origin frame under the pill (an out-of-process frame in Chromium), the browser routes
 * a mouse event by its own hit-test data, which can lag the page's layout: once in a few
 * hundred runs the click went to the frame, though the pill was on top (session 17 and 18's
 * one failure, "an article in a same-origin frame"). So a click the panel does not answer
 * within 2.5 s is made again, up to three clicks; a panel that never opens still fails.
 */
export async function openPanelByClick(page) {
  const opened = () => page.evaluate(() => {
    const root = document.querySelector('whosaid-host');
    const panel = root && root.shadowRoot && root.shadowRoot.querySelector('.panel');
    return !!panel && !panel.hidden;
  });
  for (let k = 0; k < 3 && !(await opened()); k++) {
    await shadowClick(page, 'whosaid-host .pill .open');
    const shown = await shadowText(page, 'whosaid-host .panel', { timeout: 2500 }).catch(() => null);
    if (shown !== null) return shown;
    console.log(`# openPanelByClick: click ${k + 1} on the pill not answered in 2.5 s, clicking again`);
  }
  return shadowText(page, 'whosaid-host .panel');
}

/** Listener and observer counts summed over the worlds that lib/counter.js answered from. */
export const sumCounts = (counts) => counts.reduce((n, c) => n + c.listeners + c.observers, 0);

/** Firefox reports a page's CSP refusing its own favicon as a page error: the browser's request, not the page's or whosaid's. */
export const faviconRefusal = (message) => /Content-Security-Policy: .*\(img-src\) at \S+\/favicon\.ico /.test(String(message));

export const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[(s.length - 1) >> 1] : NaN; };
