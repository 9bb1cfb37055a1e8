// Files and HTML: a dropped or chosen file read as text (its encoding checked),
// and an HTML document reduced to its article text the way the extension reads
// a page; a file dropped on the page taken (acceptDrops). Nothing in a file runs
// or is fetched.

import { t as tr, uiLang } from './i18n.js';

export const MAX_BYTES = 5 * 1024 * 1024; // size cap for a paste or a file

let sizeFormat = null; // made on first use: the page's language is known by then
export function formatSize(chars) {
  sizeFormat ||= new Intl.NumberFormat(uiLang(), { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const mb = chars / (1024 * 1024);
  if (mb >= 0.1) return `${sizeFormat.format(mb)} MB`;
  return `${Math.max(1, Math.round(chars / 1024))} kB`;
}

const TEXT_EXT = /\.(txt|text|md)$/i;
const HTML_EXT = /\.(html?|xhtml)$/i;

/** Reads a File into { kind: 'text'|'html', text } or throws an Error with a message for the user. */
export async function readFile(file) {
  const name = file.name || 'the file';
  const isHtml = HTML_EXT.test(name) || /html/.test(file.type);
  const isText = TEXT_EXT.test(name) || file.type === 'text/plain';
  if (!isHtml && !isText && file.type && !file.type.startsWith('text/')) {
    throw new Error(tr('demo_fileNotText', [name, file.type]));
  }
  if (file.size > MAX_BYTES) {
    throw new Error(tr('demo_fileTooLarge', [name, formatSize(file.size), formatSize(MAX_BYTES)]));
  }
  if (file.size === 0) throw new Error(tr('demo_fileEmpty', [name]));
  const bytes = new Uint8Array(await file.arrayBuffer());
  let text;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes);
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes);
  else {
    if (bytes.includes(0)) {
      throw new Error(tr('demo_fileBinary', [name]));
    }
    const declared = isHtml ? declaredCharset(bytes) : null;
    try {
      text = new TextDecoder(declared || 'utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new Error(declared && declared !== 'utf-8' ? tr('demo_fileNotDeclared', [name, declared]) : tr('demo_fileNotUtf8', [name]));
    }
  }
  return { kind: isHtml || (!isText && /^\s*<(!doctype|html)/i.test(text)) ? 'html' : 'text', text, name };
}

/** The charset an HTML file declares in its first kilobyte, if TextDecoder knows it. */
function declaredCharset(bytes) {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  if (!m) return null;
  try {
    return new TextDecoder(m[1]).encoding;
  } catch {
    return null;
  }
}

const BLOCK_TAGS = new Set(
  'address article aside blockquote body-copy dd details div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header li main nav ol p pre section summary table tbody td th thead tr ul body html'.split(
    ' ',
  ),
);

const HTML_NS = 'http://www.w3.org/1999/xhtml';
/** Elements that carry no article text, or would load or run something, if copied. */
const DROP_TAGS = new Set(
  'script style noscript template textarea input select option button svg math iframe frame frameset object embed canvas video audio img picture source track link meta base title head map area'.split(
    ' ',
  ),
);
const KEEP_ATTRS = ['class', 'id', 'itemprop', 'role', 'hidden', 'aria-hidden'];

/**
 * Copies a parsed (inert) document's body into a live element, keeping only
 * structure, text and the attributes the engine reads (class, id, itemprop,
 * role, hidden): no scripts, styles, images or links, so nothing runs and
 * nothing is fetched. An inline style that hides an element becomes hidden.
 */
function mirrorInto(src, dst) {
  const stack = [[src, dst]];
  while (stack.length) {
    const [from, to] = stack.pop();
    for (const n of from.childNodes) {
      if (n.nodeType === Node.TEXT_NODE) {
        to.append(document.createTextNode(n.data));
      } else if (n.nodeType === Node.ELEMENT_NODE && n.namespaceURI === HTML_NS && !DROP_TAGS.has(n.localName)) {
        let copy;
        try {
          copy = document.createElement(n.localName);
        } catch {
          copy = document.createElement('div');
        }
        for (const a of KEEP_ATTRS) if (n.hasAttribute(a)) copy.setAttribute(a, n.getAttribute(a));
        const style = n.getAttribute('style');
        if (style && /(^|;)\s*(display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)) copy.setAttribute('hidden', '');
        to.append(copy);
        stack.push([n, copy]);
      }
    }
  }
}

/**
 * Reduces an HTML document to its article text the way the extension reads a
 * page: the parsed document is laid out off-screen (collect needs rendered
 * boxes to tell hidden elements), WhosaidUI.collect reads it, analyzePage
 * chooses the article container, and the text nodes under that container,
 * grouped by their nearest block element, become the paragraphs. analyzePage:
 * input → the page analysis (the worker's).
 */
export async function htmlToArticleText(html, analyzePage) {
  // Handler attributes (onload=…) are renamed first: nothing would run them in
  // a parsed document, but the page's CSP reports each one as a console error.
  const quiet = html.replace(/<[a-zA-Z][^>]*>/g, (tag) => tag.replace(/(\s)on([a-z]+\s*=)/gi, '$1data-on$2'));
  const doc = new DOMParser().parseFromString(quiet, 'text/html');
  const host = document.createElement('div');
  host.className = 'html-reader';
  host.setAttribute('aria-hidden', 'true');
  const shadow = host.attachShadow({ mode: 'open' });
  const body = document.createElement('body-copy');
  shadow.append(body);
  mirrorInto(doc.body || doc.documentElement, body);
  document.body.append(host);
  let input;
  try {
    ({ input } = WhosaidUI.collect(body));
  } finally {
    host.remove();
  }
  if (input.nodes.length === 0) return { paragraphs: [], found: false };
  const page = await analyzePage(input);
  const rootIndex = page.article && page.article.found ? page.article.root : -1;
  const { elements, nodes } = input;
  const inArticle = (ei) => {
    for (let i = ei; i >= 0; i = elements[i].parent) {
      if (elements[i].hidden) return false;
      if (i === rootIndex) return true;
    }
    return rootIndex < 0;
  };
  const blockOf = (ei) => {
    for (let i = ei; i >= 0; i = elements[i].parent) if (BLOCK_TAGS.has(elements[i].tag)) return i;
    return -1;
  };
  const paragraphs = [];
  let block = null;
  let buf = '';
  for (const n of nodes) {
    if (!inArticle(n.parent)) continue;
    const b = blockOf(n.parent);
    if (b !== block) {
      if (buf.trim()) paragraphs.push(buf.replace(/\s+/g, ' ').trim());
      buf = '';
      block = b;
    }
    buf += n.text;
  }
  if (buf.trim()) paragraphs.push(buf.replace(/\s+/g, ' ').trim());
  return { paragraphs, found: rootIndex >= 0 };
}

/**
 * Takes a file dropped anywhere on `target` (the document): the page is marked
 * `dragging` while a file is over it, and the first dropped file goes to `open`.
 * @param {Document} target
 * @param {(file: File) => any} open
 */
export function acceptDrops(target, open) {
  let dragDepth = 0;
  const hasFiles = (e) => e.dataTransfer && Array.from(e.dataTransfer.types || []).includes('Files');
  target.addEventListener('dragenter', (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    dragDepth++;
    document.body.classList.add('dragging');
  });
  target.addEventListener('dragover', (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
  });
  target.addEventListener('dragleave', () => {
    dragDepth = Math.max(0, dragDepth - 1);
    if (dragDepth === 0) document.body.classList.remove('dragging');
  });
  target.addEventListener('drop', (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    dragDepth = 0;
    document.body.classList.remove('dragging');
    const f = e.dataTransfer.files[0];
    if (f) open(f);
  });
}
