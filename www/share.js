// Share links: the text travels in the URL fragment, which browsers never send
// to a server: #z=<base64url of deflate-raw of UTF-8> when CompressionStream
// exists, else #t=<base64url of UTF-8>. offerShare shows the link and copies it.

import { t as tr } from './i18n.js';

const MAX_SHARE_CHARS = 1_900_000; // longest share link we offer to build

function toBase64Url(bytes) {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(s) {
  const b64 = s.replace(/-/g, '+').replace(/_/g, '/');
  const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

async function pipeBytes(bytes, stream) {
  const out = new Response(new Blob([bytes]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

export async function encodeShare(text) {
  const utf8 = new TextEncoder().encode(text);
  if (typeof CompressionStream === 'function') {
    return `z=${toBase64Url(await pipeBytes(utf8, new CompressionStream('deflate-raw')))}`;
  }
  return `t=${toBase64Url(utf8)}`;
}

export async function decodeShare(fragment) {
  const m = /^#?([zt])=([A-Za-z0-9_-]*)$/.exec(fragment);
  if (!m) return null;
  const bytes = fromBase64Url(m[2]);
  const raw = m[1] === 'z' ? await pipeBytes(bytes, new DecompressionStream('deflate-raw')) : bytes;
  return new TextDecoder('utf-8', { fatal: true }).decode(raw);
}

/**
 * Builds the share link of `text`, shows it selected in `box` / `link` and
 * copies it; `status` says whether the copy worked. A text too long for a link
 * gets `fail`'s message instead.
 * @param {string} text
 * @param {{ box: HTMLElement, link: HTMLInputElement, status: HTMLElement }} ui
 * @param {(message: string) => void} fail
 */
export async function offerShare(text, { box, link, status }, fail) {
  const fragment = await encodeShare(text);
  if (fragment.length > MAX_SHARE_CHARS) {
    fail(tr('demo_tooLongToShare'));
    return;
  }
  const url = `${location.origin}${location.pathname}#${fragment}`;
  link.value = url;
  box.hidden = false;
  link.focus();
  link.select();
  try {
    await navigator.clipboard.writeText(url);
    status.textContent = tr('demo_copied');
  } catch {
    status.textContent = tr('demo_copyYourself');
  }
}
