// The demo's sample articles (samples/index.json: id, title, about, file): a
// chip each in the list, whose click fetches the sample's text and opens it.

import { t as tr } from './i18n.js';

/**
 * Lists the samples as chips in `list`.
 * @param {HTMLElement} list the chips' list (#samples)
 * @param {{ open: (text: string, id: string) => any, fail: (message: string) => void }} hooks
 *   `open` gets a picked sample's text and id; `fail` a message for the reader when a fetch fails
 */
export async function loadSamples(list, { open, fail }) {
  let samples;
  try {
    const res = await fetch('samples/index.json');
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    samples = await res.json();
  } catch (err) {
    fail(tr('demo_samplesFailed', [err.message]));
    return;
  }
  for (const s of samples) {
    const li = document.createElement('li');
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'chip';
    b.dataset.sample = s.id;
    b.textContent = s.title;
    if (s.about) b.title = s.about;
    b.addEventListener('click', async () => {
      let text;
      try {
        const res = await fetch(`samples/${s.file}`);
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        text = await res.text();
      } catch (err) {
        fail(tr('demo_sampleFailed', [err.message]));
        return;
      }
      await open(text, s.id);
    });
    li.append(b);
    list.append(li);
  }
}
