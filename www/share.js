// Share links: the text travels in the URL fragment, which browsers never send
// to a server.
// The text travels in the URL fragment, which browsers never send to a server:
// #z=<base64url of deflate-raw of UTF-8> when CompressionStream exists,
// else #t=<base64url of UTF-8>.

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
