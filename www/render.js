// Text into the page: paragraphs from plain text, rendered into the article
// element a frame at a time and read back with the shared WhosaidUI.collect.

const LONG_PARAGRAPH = 20_000; // longer paragraphs are split at a sentence end
const FRAME_BUDGET_MS = 8; // DOM work per slice before yielding to the browser
const SLICE_CHARS = 64 * 1024; // text added to the page per frame
const PARAGRAPH_COST = 200; // a paragraph costs layout beyond its length

/**
 * Splits plain text into paragraphs: at blank lines when it has any (single
 * line breaks inside a paragraph are hard wraps), else at every line break.
 */
export function toParagraphs(text) {
  const t = text.replace(/\r\n?/g, '\n');
  const blocks = /\n[ \t\u00a0]*\n/.test(t) ? t.split(/\n[ \t\u00a0]*\n+/) : t.split('\n');
  const out = [];
  for (const b of blocks) {
    const p = (b.includes('\n') ? b.replace(/\s*\n\s*/g, ' ') : b).trim();
    if (!p) continue;
    if (p.length <= LONG_PARAGRAPH) out.push(p);
    else out.push(...splitLong(p));
  }
  return out;
}

/** Splits a very long paragraph after sentence ends so the page can lay it out in pieces. */
function splitLong(p) {
  const out = [];
  let start = 0;
  while (p.length - start > LONG_PARAGRAPH) {
    const from = start + LONG_PARAGRAPH / 2;
    const re = /[.!?][”"’')\]]*\s+(?=\S)/g;
    const part = p.slice(from, start + LONG_PARAGRAPH);
    let cut = -1;
    for (let m; (m = re.exec(part)); ) cut = from + m.index + m[0].length;
    if (cut < 0) {
      const sp = p.lastIndexOf(' ', start + LONG_PARAGRAPH);
      cut = sp > start ? sp + 1 : start + LONG_PARAGRAPH;
    }
    out.push(p.slice(start, cut).trimEnd());
    start = cut;
  }
  out.push(p.slice(start));
  return out.filter(Boolean);
}

export const yieldToBrowser = () => new Promise((r) => setTimeout(r, 0));

/** Resolves after the browser has rendered a frame (or after 100 ms in a hidden tab, where frames stop). */
const nextFrame = () =>
  new Promise((resolve) => {
    let done = false;
    const go = () => {
      if (!done) {
        done = true;
        resolve();
      }
    };
    requestAnimationFrame(() => setTimeout(go, 0));
    setTimeout(go, 100);
  });

/**
 * Renders paragraphs into the container and reads them back with the shared
 * WhosaidUI.collect, without holding the main thread for long.
 *
 * A short text goes in at once and is collected whole. A longer one goes in
 * a chunk per frame (<div class="chunk"> of a few hundred paragraphs); each
 * chunk is collected on the frame after it was laid out, then settled
 * (content-visibility: auto), so the browser skips laying out and painting
 * the chunks off screen and each frame costs about one chunk, however long
 * the text. The chunks' inputs are joined into one, as collect(container)
 * would have built it: the container first, then each chunk's elements
 * (parents before children) and text nodes in document order.
 *
 * Resolves { input, textNodes }, or null once isCurrent() says another run
 * superseded this one.
 */
export async function renderAndCollect(container, paragraphs, isCurrent) {
  container.replaceChildren();
  let total = 0;
  for (const p of paragraphs) total += p.length + PARAGRAPH_COST;
  if (total <= SLICE_CHARS) {
    const frag = document.createDocumentFragment();
    for (const text of paragraphs) {
      const p = document.createElement('p');
      p.textContent = text;
      frag.append(p);
    }
    container.append(frag);
    return WhosaidUI.collect(container);
  }

  const input = { elements: [], nodes: [] };
  const textNodes = [];
  const absorb = (chunk, whole) => {
    const part = WhosaidUI.collect(whole ? container : chunk);
    const base = input.elements.length;
    // The container is element 0; a chunk's own root (parent -1) hangs under it.
    for (const e of part.input.elements) input.elements.push({ ...e, parent: e.parent < 0 ? (whole ? -1 : 0) : e.parent + base });
    for (const n of part.input.nodes) input.nodes.push({ text: n.text, parent: n.parent + base });
    for (const t of part.textNodes) textNodes.push(t);
    chunk.classList.add('settled');
  };

  let i = 0;
  while (i < paragraphs.length) {
    const t0 = performance.now();
    const chunk = document.createElement('div');
    chunk.className = 'chunk';
    let chars = 0;
    let n = 0;
    while (i < paragraphs.length && chars < SLICE_CHARS && performance.now() - t0 < FRAME_BUDGET_MS) {
      const p = document.createElement('p');
      p.textContent = paragraphs[i];
      chars += paragraphs[i].length + PARAGRAPH_COST;
      chunk.append(p);
      i++;
      n++;
    }
    // A guess at its height until it is first laid out (then 'auto' remembers the real one).
    chunk.style.containIntrinsicSize = `auto ${Math.round((chars - n * PARAGRAPH_COST) / 70 * 28 + n * 30)}px`;
    container.append(chunk);
    await nextFrame(); // laid out now: collect measures it without forcing a layout
    if (!isCurrent()) return null;
    absorb(chunk, input.elements.length === 0);
  }
  return { input, textNodes };
}
