// whosaid's messages between the page (content.js + ui/) and the service
// worker (background.js), in one place, with their types. Checked by
// `tsc --checkJs` (jsconfig.json; the lint step of scripts/test.sh): the
// worker imports this module, the content script and the UI (classic
// scripts) refer to its types with JSDoc `import(...)`.
//
// Two channels:
// - chrome.runtime.sendMessage from the content script: a Message, answered
//   with an AnalyzeReply (whosaid:analyze) or nothing (whosaid:closed);
// - chrome.scripting.executeScript from the worker: calls on
//   globalThis.__whosaid (a ContentApi) and their results.

/** The page-side scripts, injected in this order as classic content scripts (the demo loads the same files the same way). */
export const UI_SCRIPTS = Object.freeze(['ui/shared.js', 'ui/collect.js', 'ui/paint.js', 'ui/card.js', 'ui/panel.js', 'ui/mount.js']);
/**
 * What the worker injects on every click: the UI, then the content script that drives it. Each returns at once
 * where it already runs; the injection's value (content.js's) is the content script's state ({ on, alive }).
 */
export const CONTENT_SCRIPTS = Object.freeze([...UI_SCRIPTS, 'content.js']);
/** The highlight styles, inserted as a user stylesheet. */
export const UI_STYLES = 'ui/whosaid.css';

/** Message types (content script → worker). */
export const MSG = Object.freeze({
  analyze: /** @type {'whosaid:analyze'} */ ('whosaid:analyze'),
  closed: /** @type {'whosaid:closed'} */ ('whosaid:closed'),
});

// ---------------------------------------------------------------- the engine's data (docs/wasm-api.md)

/**
 * One element that is an ancestor of a sent text node (parents before children).
 * @typedef {{ parent: number, tag: string, attrs: string, hidden: boolean }} InputElement
 */
/**
 * One non-empty text node; parent indexes `elements`.
 * @typedef {{ text: string, parent: number }} InputNode
 */
/**
 * What the content script reads off a page: analyzePage's input.
 * @typedef {{ elements: InputElement[], nodes: InputNode[] }} PageInput
 */
/**
 * A range over input.nodes, in UTF-16 offsets of those nodes' text.
 * @typedef {{ startNode: number, startOffset: number, endNode: number, endOffset: number }} NodeRange
 */
/** @typedef {'direct' | 'indirect' | 'mixed'} QuoteKind */
/** @typedef {'person' | 'anonymous' | 'organisation' | 'document' | 'unknown'} SpeakerKind */
/**
 * @typedef {object} PageAttribution
 * @property {number} id
 * @property {QuoteKind} kind
 * @property {NodeRange | null} cue
 * @property {NodeRange | null} source
 * @property {NodeRange[]} content
 * @property {string | null} cueText
 * @property {string | null} sourceText
 * @property {string[]} contentText
 * @property {number | null} speaker index into speakers
 * @property {string | null} entity the best name when the source is a pronoun, description, surname or possessive
 * @property {number} confidence
 */
/**
 * @typedef {object} Speaker
 * @property {number} id
 * @property {string} name
 * @property {SpeakerKind} kind
 * @property {string | null} role
 * @property {boolean} named
 * @property {number} mentions
 * @property {number[]} attributions
 */
/**
 * @typedef {object} ArticleInfo
 * @property {boolean} found
 * @property {number} root element index of the chosen container, -1 if none
 * @property {string} firstWords
 * @property {number} textLength UTF-16 units of the article text
 * @property {boolean} truncated
 * @property {string | null} note a sentence for the reader when the text was capped
 */
/**
 * @typedef {{ sources: number, claims: number, anonymousShare: number, directShare: number }} Summary
 */
/**
 * analyzePage's answer.
 * @typedef {object} PageResult
 * @property {ArticleInfo} [article]
 * @property {PageAttribution[]} attributions
 * @property {Speaker[]} speakers
 * @property {Summary} [summary]
 */

// ---------------------------------------------------------------- content script → worker

/** @typedef {{ type: 'whosaid:analyze', input: PageInput }} AnalyzeRequest */
/** @typedef {{ type: 'whosaid:closed' }} ClosedNotice the user turned whosaid off from the page's own button */
/** @typedef {AnalyzeRequest | ClosedNotice} Message */
/**
 * The worker's answer to an AnalyzeRequest: the result and the engine's time, or an error message.
 * @typedef {{ result: PageResult, ms: number, error?: undefined } | { error: string, result?: undefined, ms?: undefined }} AnalyzeReply
 */

// ---------------------------------------------------------------- worker → page (executeScript on globalThis.__whosaid)

/** @typedef {'source' | 'cue' | 'direct' | 'indirect' | 'unattributed'} Category */
/** @typedef {Partial<Record<Category, boolean>>} Categories which categories to paint (absent: painted) */
/** @typedef {{ categories?: Categories }} ToggleOptions */
/**
 * Milliseconds spent in each step of a click: in the page (collect, roundTrip, engine, paint, highlights, mount, total)
 * and, added by the worker, its own (state, inject, toggle).
 * @typedef {object} Timings
 * @property {number} collect
 * @property {number} roundTrip
 * @property {number} engine
 * @property {number} paint
 * @property {number} highlights
 * @property {number} mount
 * @property {number} total
 * @property {{ state: number, inject: number, toggle: number }} [worker]
 */
/**
 * What a toggle that turned whosaid on reports.
 * @typedef {object} OnReport
 * @property {true} on
 * @property {number} count attributions found
 * @property {number} painted painted pieces
 * @property {'highlight' | 'fallback'} mode
 * @property {{ found: boolean, firstWords: string, textLength: number, note: string | null }} article
 * @property {number} nodes
 * @property {number} elements
 * @property {Timings} timings
 */
/** @typedef {{ on: false, error?: string }} OffReport turned off, or failed (error: what went wrong) */
/** @typedef {OnReport | OffReport} ToggleResult */
/**
 * The content script's face, globalThis.__whosaid, as the worker calls it.
 * @typedef {object} ContentApi
 * @property {() => { on: boolean, alive: boolean }} state alive: false once the extension that injected it was reloaded
 * @property {(opts?: ToggleOptions) => Promise<ToggleResult>} toggle
 * @property {() => OffReport} off
 * @property {(opts?: { source?: string }) => boolean} openPanel
 */
