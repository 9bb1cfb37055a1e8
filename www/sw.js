// Offline cache for the demo: cache-first for this origin's files.
// precache.js (written by scripts/build-www.sh) sets self.WHOSAID_PRECACHE =
// { version, files }: a hash of the build and every file in it. A new build
// changes precache.js, so the browser installs a new worker that replaces the
// old cache.
importScripts('precache.js');

const { version, files } = self.WHOSAID_PRECACHE;
const CACHE = `whosaid-demo-${version}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(files.map((f) => new Request(f, { cache: 'reload' }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('whosaid-demo-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET' || new URL(req.url).origin !== self.location.origin) return;
  const navigate = req.mode === 'navigate';
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      // "./" was cached under the scope's URL, so a visit to the page matches it.
      const hit = await cache.match(req, { ignoreSearch: navigate });
      if (hit) return hit;
      const res = await fetch(req);
      if (res.ok && res.type === 'basic') cache.put(req, res.clone());
      return res;
    }),
  );
});
