// The panel's export: the article of every painted frame of a tab (the top frame's first) as
// the engine's JSON record, one line per document (JSON Lines, the scorer's document lines), or
// as CSV (the engine's rows; with several documents, a first column `document` names each row's).
// Pure: the Wasm module's functions come in as `engine`.

/** @typedef {import('./protocol.js').PageInput} PageInput */
/** @typedef {{ input: PageInput, title: string }} ExportedFrame what a painted frame painted from */
/** @typedef {{ articleText: (input: PageInput) => string, exportJson: (text: string, id: string) => any, exportCsv: (text: string) => string }} ExportEngine */

/** A CSV field, quoted (RFC 4180). @param {string} s */
const field = (s) => '"' + String(s).replace(/"/g, '""') + '"';

/**
 * The records of a CSV text (a newline inside a quoted field stays in its record), without their line ends.
 * @param {string} csv @returns {string[]}
 */
export function csvRecords(csv) {
  const out = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (c === '"') quoted = !quoted;
    else if (c === '\n' && !quoted) {
      out.push(csv.slice(start, i).replace(/\r$/, ''));
      start = i + 1;
    }
  }
  if (start < csv.length) out.push(csv.slice(start));
  return out;
}

/**
 * The file of an export: docs are the painted frames (the top frame's first); those with no
 * article text are left out unless none has one. Each document's id is its title (made unique).
 * @param {ExportEngine} engine @param {ExportedFrame[]} frames @param {'json' | 'csv'} format
 * @returns {{ data: string, type: string, ext: 'json' | 'jsonl' | 'csv' }}
 */
export function exportFrames(engine, frames, format) {
  const read = frames.map((f) => ({ title: String(f.title || ''), text: engine.articleText(f.input) }));
  const docs = read.filter((d) => d.text).length ? read.filter((d) => d.text) : read.slice(0, 1);
  const seen = new Map();
  for (const d of docs) {
    const n = (seen.get(d.title) || 0) + 1;
    seen.set(d.title, n);
    if (n > 1) d.title = `${d.title} (${n})`;
  }
  if (format === 'csv') {
    if (docs.length === 1) return { data: engine.exportCsv(docs[0].text), type: 'text/csv;charset=utf-8', ext: 'csv' };
    let data = '';
    docs.forEach((d, k) => {
      const [header, ...rows] = csvRecords(engine.exportCsv(d.text));
      if (k === 0) data += 'document,' + header + '\n';
      for (const row of rows) data += field(d.title) + ',' + row + '\n';
    });
    return { data, type: 'text/csv;charset=utf-8', ext: 'csv' };
  }
  // One line per document, with the text its offsets count in.
  const data = docs.map((d) => {
    const { id, ...rest } = engine.exportJson(d.text, d.title);
    return JSON.stringify({ id, text: d.text, ...rest }) + '\n';
  }).join('');
  // Several documents: JSON Lines, named so.
  return { data, type: docs.length > 1 ? 'application/jsonl' : 'application/json', ext: docs.length > 1 ? 'jsonl' : 'json' };
}
