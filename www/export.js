// The demo's downloads of the shown analysis: JSON (one document line of the
// scorer's JSON Lines, with the text the offsets count in) and CSV, each named
// after the article. The engine builds both (its exportJson / exportCsv, the
// same records as the CLI's); this file only names and hands them over.

/** Hands `data` to the browser as a download named `name`. */
export function download(name, type, data) {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name's stem from an article's id ("pasted", a sample's or a file's name). */
export const fileStem = (id) => id.replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '') || 'article';

/**
 * Builds the export of the shown article with the engine and downloads it.
 * @param {{ call: (fn: string, ...args: any[]) => Promise<any> }} engine the demo's engine (engine.js)
 * @param {{ text: string, id: string }} article the article shown
 * @param {'json' | 'csv'} kind
 */
export async function exportArticle(engine, article, kind) {
  if (kind === 'json') {
    const record = await engine.call('exportJson', article.text, article.id);
    // One line, with the text the offsets count in: a document line of the
    // scorer's JSON Lines (eval/README.md), readable on its own.
    const { id, ...rest } = record;
    download(`${fileStem(article.id)}.whosaid.json`, 'application/json', `${JSON.stringify({ id, text: article.text, ...rest })}\n`);
  } else {
    const csv = await engine.call('exportCsv', article.text);
    download(`${fileStem(article.id)}.whosaid.csv`, 'text/csv;charset=utf-8', csv);
  }
}
