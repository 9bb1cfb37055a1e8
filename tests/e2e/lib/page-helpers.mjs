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

/**
 * Event listeners on document and window in every world of the page (the main
 * world and the content script's isolated world each have their own), counted
 * through the DevTools protocol.
 */
export async function listenerCount(context, page) {
  const s = await context.newCDPSession(page);
  try {
    const contexts = [];
    s.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
    await s.send('Runtime.enable');
    let n = 0;
    for (const c of contexts) {
      for (const expression of ['document', 'window']) {
        const { result } = await s.send('Runtime.evaluate', { expression, contextId: c.id });
        if (!result.objectId) continue;
        const { listeners } = await s.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
        n += listeners.length;
      }
    }
    return n;
  } finally {
    await s.detach().catch(() => {});
  }
}

export const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[(s.length - 1) >> 1] : NaN; };
