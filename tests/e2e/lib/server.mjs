// Static server for the end-to-end tests. Serves
//   /pages/NAME   tests/pages/NAME, with the extra headers tests/pages/headers.json gives NAME
//   /shared/NAME  ../shared/pages/NAME (the saved real news pages, when present; lib/shared.mjs)
//   /gen/NAME     a page a test made (server.serve(path, html))
//   /long.html    the generated 10,000-word article (lib/long-page.mjs)
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { join, normalize, extname, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { longPage } from './long-page.mjs';
import { sharedPagesDir } from './shared.mjs';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const pagesDir = join(repoRoot, 'tests', 'pages');

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml', '.jpg': 'image/jpeg',
};

export async function startServer() {
  const headers = JSON.parse(readFileSync(join(pagesDir, 'headers.json'), 'utf8'));
  let long = null;
  const made = new Map();
  // Every request the server answered (path and query), for the tests that check what a page or the extension asked for.
  const log = [];
  const server = http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://x');
      log.push(url.pathname + url.search);
      if (made.has(url.pathname)) {
        res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store' });
        res.end(made.get(url.pathname));
        return;
      }
      let file = null, extra = {};
      if (url.pathname === '/long.html') {
        long = long || longPage();
        res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store' });
        res.end(long.html);
        return;
      }
      const m = /^\/(pages|shared)\/([^/]+)$/.exec(url.pathname);
      if (m) {
        const name = normalize(decodeURIComponent(m[2]));
        if (!name.includes('/') && !name.startsWith('.')) {
          file = join(m[1] === 'pages' ? pagesDir : sharedPagesDir, name);
          if (m[1] === 'pages') extra = headers[name] || {};
        }
      }
      if (!file || !existsSync(file)) {
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('not found');
        return;
      }
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] || 'application/octet-stream', 'cache-control': 'no-store', ...extra });
      res.end(body);
    } catch (e) {
      res.writeHead(500);
      res.end(String(e));
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${server.address().port}`;
  return {
    base,
    url: (path) => base + path,
    longPage: () => (long = long || longPage()),
    log,
    /** Serve html at path (a /gen/ path) until unserve(path). */
    serve: (path, html) => { if (!path.startsWith('/gen/')) throw new Error(`made pages live under /gen/: ${path}`); made.set(path, html); },
    unserve: (path) => made.delete(path),
    close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(r); }),
  };
}
