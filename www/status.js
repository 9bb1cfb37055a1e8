// The demo's busy line (what runs, and after a second the seconds so far)
// and its error line. app.js hands over the elements once (useStatus).

/** @type {{ box: HTMLElement, text: HTMLElement, time: HTMLElement, error: HTMLElement } | null} */
let parts = null;
let clock = 0;

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** The elements the lines are shown in. */
export function useStatus(elements) {
  parts = elements;
}

/** Shows a busy message; after a second, the time taken so far (not announced: it changes every second). */
export function showStatus(text) {
  parts.text.textContent = text;
  parts.time.textContent = '';
  parts.box.hidden = false;
  clearInterval(clock);
  const started = performance.now();
  clock = setInterval(() => {
    parts.time.textContent = `${Math.round((performance.now() - started) / 1000)} s`;
  }, 1000);
}

export function hideStatus() {
  clearInterval(clock);
  parts.box.hidden = true;
  parts.text.textContent = '';
  parts.time.textContent = '';
}

export function showError(text) {
  parts.error.textContent = text;
  parts.error.hidden = false;
  parts.error.scrollIntoView({ block: 'nearest', behavior: reducedMotion() ? 'auto' : 'smooth' });
}

export function hideError() {
  parts.error.hidden = true;
  parts.error.textContent = '';
}
