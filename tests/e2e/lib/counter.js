// Test instrumentation, not shipped: counts the event listeners on window and
// document, and the live MutationObservers, registered by the world it runs in.
// The harness (lib/browsers.mjs) runs this same file in two places, in both
// browsers: as a preload script in the page's main world, and at the top of the
// test build's content.js (the content script's own world: an isolated world in
// Chromium, an Xray sandbox in Firefox, each with its own built-ins). A count is
// asked for with a '__whosaid-count?' event on document; every world that runs
// this answers with a '__whosaid-count!' event whose detail is its JSON count.
(() => {
  const KEY = '__whosaidCounter';
  if (globalThis[KEY]) return;
  const world = typeof chrome !== 'undefined' && chrome.runtime && chrome.runtime.id ? 'extension' : 'page';
  const proto = EventTarget.prototype;
  const add = proto.addEventListener;
  const remove = proto.removeEventListener;
  const dispatch = proto.dispatchEvent;
  const live = new Map(); // 'window' | 'document' -> Set of "type|capture" keyed per listener
  const ids = new WeakMap();
  let nextId = 1;
  const idOf = (fn) => {
    if (!ids.has(fn)) ids.set(fn, nextId++);
    return ids.get(fn);
  };
  const targetName = (t) => (t === window ? 'window' : t === document ? 'document' : null);
  const capture = (o) => (typeof o === 'boolean' ? o : !!(o && o.capture));
  const keyOf = (type, fn, o) => `${type}|${capture(o)}|${idOf(fn)}`;
  proto.addEventListener = function (type, fn, o) {
    const name = targetName(this);
    if (name && fn && (typeof fn === 'function' || typeof fn === 'object')) {
      if (!live.has(name)) live.set(name, new Set());
      const set = live.get(name);
      const key = keyOf(type, fn, o);
      set.add(key);
      const signal = o && typeof o === 'object' ? o.signal : null;
      if (signal) add.call(signal, 'abort', () => set.delete(key));
      // A once listener is gone after it first runs.
      if (o && typeof o === 'object' && o.once) add.call(this, type, () => set.delete(key), { once: true, capture: capture(o) });
    }
    return add.call(this, type, fn, o);
  };
  proto.removeEventListener = function (type, fn, o) {
    const name = targetName(this);
    if (name && fn && live.has(name)) live.get(name).delete(keyOf(type, fn, o));
    return remove.call(this, type, fn, o);
  };
  const observers = new Set();
  const MO = globalThis.MutationObserver;
  if (MO) {
    const observe = MO.prototype.observe;
    const disconnect = MO.prototype.disconnect;
    MO.prototype.observe = function (...args) { observers.add(this); return observe.apply(this, args); };
    MO.prototype.disconnect = function (...args) { observers.delete(this); return disconnect.apply(this, args); };
  }
  const count = () => {
    let listeners = 0;
    for (const set of live.values()) listeners += set.size;
    return { world, listeners, observers: observers.size };
  };
  add.call(document, '__whosaid-count?', () => {
    dispatch.call(document, new CustomEvent('__whosaid-count!', { detail: JSON.stringify(count()) }));
  });
  Object.defineProperty(globalThis, KEY, { value: true });
})();
