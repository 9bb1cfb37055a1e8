// The demo's engine: the Wasm module in a module Web Worker (worker.js), called
// with promises; a trap or a cancelled run starts a fresh worker.

/** Records how long a step took (Performance panel, and the e2e test's report). */
export function measure(step, start) {
  const end = performance.now();
  performance.measure(`whosaid ${step}`, { start, end });
  return end;
}

/** Runs operations of the Wasm module in a module Web Worker. */
export class Engine {
  constructor() {
    this.spawn();
  }

  spawn() {
    this.pending = new Map();
    this.next = 1;
    this.fatal = null;
    this.worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module', name: 'whosaid' });
    this.ready = new Promise((resolve, reject) => {
      this.onReady = resolve;
      this.onFatal = reject;
    });
    this.ready.catch(() => {});
    this.worker.onmessage = (e) => this.receive(e.data);
    this.worker.onerror = (e) => {
      e.preventDefault();
      this.fail(new Error(e.message || 'the analysis worker could not start'));
    };
  }

  receive(msg) {
    if (msg.type === 'ready') {
      this.onReady(msg.version);
      return;
    }
    if (msg.type === 'fatal') {
      this.fail(new Error(msg.error));
      return;
    }
    const job = this.pending.get(msg.id);
    if (!job) return;
    this.pending.delete(msg.id);
    if (msg.ok) {
      const t = performance.now();
      const value = msg.json !== undefined ? JSON.parse(msg.json) : msg.value;
      measure('parse result', t);
      job.resolve(value);
    }
    else {
      job.reject(new Error(msg.error));
      // A Wasm trap can leave the module in a broken state: start afresh.
      this.restart();
    }
  }

  fail(err) {
    this.fatal = err;
    this.onFatal(err);
    for (const job of this.pending.values()) job.reject(err);
    this.pending.clear();
  }

  /** Abandons whatever is running (its promise rejects) and starts a new worker. */
  restart() {
    const old = this.pending;
    this.worker.terminate();
    this.spawn();
    for (const job of old.values()) job.reject(new Cancelled());
  }

  get busy() {
    return this.pending.size > 0;
  }

  call(op, ...args) {
    return new Promise((resolve, reject) => {
      if (this.fatal) {
        reject(this.fatal);
        return;
      }
      const id = this.next++;
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, op, args });
    });
  }
}

export class Cancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'Cancelled';
  }
}
