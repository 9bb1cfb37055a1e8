// whosaid's messages between the page (content.js + ui/) and the service
// worker (background.js), in one place, with their types. Checked by
// `tsc --checkJs` (jsconfig.json; the lint step of scripts/test.sh): the
// worker imports this module, the content script and the UI (classic
// scripts) refer to its types with JSDoc `import(...)`.
//
// Two channels:
// - chrome.runtime.sendMessage from the content script: a Message, answered
//   with an AnalyzeReply (whosaid:analyze), an ExportReply (whosaid:export),
//   an AutoSiteReply (whosaid:auto-site), a FrameGoToReply (whosaid:frame-goto)
//   or nothing (whosaid:closed, whosaid:painted);
// - chrome.scripting.executeScript from the worker: calls on
//   globalThis.__whosaid (a ContentApi) and their results.

/** The page-side scripts, injected in this order as classic content scripts (the demo loads the same files the same way). */
export const UI_SCRIPTS = Object.freeze(['ui/shared.js', 'ui/collect.js', 'ui/paint.js', 'ui/card.js', 'ui/panel.js', 'ui/mount.js']);
/** What the worker injects on a first click: the UI, the page watcher, then the content script that drives them. */
export const CONTENT_SCRIPTS = Object.freeze([...UI_SCRIPTS, 'watch.js', 'content.js']);
/**
 * What a toolbar click injects into a frame, in one executeScript: the same (each file returns at
 * once where it ran before), then click.js, whose value (a ClickResult) is the click's answer.
 */
export const CLICK_SCRIPTS = Object.freeze([...CONTENT_SCRIPTS, 'click.js']);
/**
 * The one file a toolbar click injects: CLICK_SCRIPTS joined, in order, by the build
 * (scripts/build-extension.sh; it is not in the source tree). One file to load instead of nine:
 * Firefox's cold click had the scripts in 10-15 ms sooner (Chromium's did not move).
 */
export const CLICK_BUNDLE = 'click.bundle.js';
/** What is registered for a site painted on load (sites.js): the same, then auto.js, which paints. */
export const AUTO_SCRIPTS = Object.freeze([...CONTENT_SCRIPTS, 'auto.js']);
/** The highlight styles, inserted as a user stylesheet. */
export const UI_STYLES = 'ui/whosaid.css';

/** Message types (content script → worker). */
export const MSG = Object.freeze({
  analyze: /** @type {'whosaid:analyze'} */ ('whosaid:analyze'),
  closed: /** @type {'whosaid:closed'} */ ('whosaid:closed'),
  painted: /** @type {'whosaid:painted'} */ ('whosaid:painted'),
  export: /** @type {'whosaid:export'} */ ('whosaid:export'),
  autoSite: /** @type {'whosaid:auto-site'} */ ('whosaid:auto-site'),
  frameGoTo: /** @type {'whosaid:frame-goto'} */ ('whosaid:frame-goto'),
  frameLoaded: /** @type {'whosaid:frame-loaded'} */ ('whosaid:frame-loaded'),
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
 * @property {string | null} note a sentence for the reader when the text was capped or its language is not read
 * @property {string} [lang] the language the article was read in (ISO 639-1)
 * @property {boolean} [langDetected] detected from the text, not the page's hint
 * @property {boolean} [langRead] whosaid reads it; false: no attributions, the note says why
 * @property {string[]} [reads] the languages whosaid reads (ISO 639-1), for the note in the UI's language
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

/**
 * Why a page is read: a toolbar click, a site painted on load (auto.js), the page changed while on (watch.js).
 * @typedef {'click' | 'load' | 'change'} ReadReason
 */
/**
 * input: the PageInput as JSON text (chrome.runtime messaging serialises every message: one string crosses far
 * faster than thousands of small objects; the engine reads the text itself, no objects built in the worker); lang: the page's <html lang>, a hint.
 * @typedef {{ type: 'whosaid:analyze', input: string, lang?: string, reason?: ReadReason }} AnalyzeRequest
 */
/** @typedef {{ type: 'whosaid:closed' }} ClosedNotice the user turned whosaid off from the page's own button */
/**
 * One claim of an embedded frame, as the top frame's panel lists it (a: its index in that frame's result).
 * @typedef {{ a: number, by: string, cue: string, text: string }} FrameClaim
 */
/**
 * What a frame painted: its claims' count, whether its article was found, its title; claims only from embedded frames.
 * What a frame whose language whosaid does not read says: note, the sentence for the badge title.
 * @typedef {{ count: number, found: boolean, title: string, claims: FrameClaim[], note?: string }} FrameRecord
 */
/** @typedef {{ type: 'whosaid:painted', record: FrameRecord | null }} PaintedNotice a frame painted anew (the page changed, or a site painted on load); null: it stopped */
/** @typedef {{ type: 'whosaid:export', format: 'json' | 'csv', input: PageInput, title: string }} ExportRequest */
/** @typedef {{ type: 'whosaid:auto-site', on: boolean }} AutoSiteRequest on: open the options page at this site (the permission needs a click there); off: stop at once */
/** @typedef {{ type: 'whosaid:frame-goto', frameId: number, a: number }} FrameGoToRequest the top frame's panel shows an embedded frame's claim */
/** @typedef {{ type: 'whosaid:frame-loaded' }} FrameLoadedNotice a frame of a page that is on loaded a document: the worker paints it too */
/** @typedef {AnalyzeRequest | ClosedNotice | PaintedNotice | ExportRequest | AutoSiteRequest | FrameGoToRequest | FrameLoadedNotice} Message */
/**
 * The top frame's site as its panel offers it (scheme and host, no path), and whether it is painted on load.
 * @typedef {{ label: string, auto: boolean }} SiteState
 */
/**
 * The worker's answer to an AnalyzeRequest: the PageResult as JSON text (the engine's own, passed on unparsed:
 * the page parses it once) and the engine's time (with, for the top frame, its site; for a site painted on
 * load, the user's categories), or an error message.
 * marks: when the worker received the request, had the engine ready, started the analysis (parsed: the engine reads the input's text itself) and had analysed (ms since the epoch).
 * @typedef {{ result: string, ms: number, site?: SiteState | null, categories?: Categories, marks?: Record<string, number>, error?: undefined } | { error: string, result?: undefined, ms?: undefined }} AnalyzeReply
 */
/** @typedef {{ data: string, type: string, ext: 'json' | 'jsonl' | 'csv', error?: undefined } | { error: string, data?: undefined, type?: undefined, ext?: undefined }} ExportReply the file's text, MIME type and name ending (jsonl: several frames' documents, a line each) */
/** @typedef {{ opened?: boolean, auto?: boolean, error?: string }} AutoSiteReply */
/** @typedef {{ ok?: boolean, error?: string }} FrameGoToReply */

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
 * @property {WorkerTimings} [worker]
 * @property {Record<string, number>} [marks] when each step happened, ms since the epoch: the page's (loaded: the
 *   scripts were in; read, answered, painted, mounted) and the worker's in between (received, ready, parsed, analysed)
 */
/**
 * The worker's side of a click, in ms from the click: path 'inject' (one executeScript injects the
 * scripts and turns the frame on) or 'state' (the frames' state read first: whosaid was on, or a
 * script of an earlier version was found); state: when that answer came (0 on the inject path);
 * inject: when the scripts were in (the inject path: when the top frame had also painted); styles:
 * when the stylesheets were in; painted: when the top frame answered, painted; done: when every frame
 * and the badge were. toggle: painted - inject (the page's part on the state path).
 * frames: when every embedded frame's state had come back (the inject path; right after painted when the top frame has none); quick: when the inject path started; clickAt: the click, ms since the epoch (the page's marks compare with it).
 * @typedef {{ path: 'inject' | 'state', state: number, inject: number, styles: number, painted: number, done: number, toggle: number, frames?: number, quick?: number, clickAt?: number }} WorkerTimings
 */
/**
 * What a toggle that turned whosaid on reports.
 * @typedef {object} OnReport
 * @property {true} on
 * @property {number} count attributions found
 * @property {number} painted painted pieces
 * @property {'highlight' | 'fallback'} mode
 * @property {{ found: boolean, firstWords: string, textLength: number, note: string | null, langRead?: boolean }} article note: the engine's, or for a language not read the reader's sentence in the UI's language (the badge title's)
 * @property {number} subframes the frame's child frames (window.frames.length: the worker looks into them only when there are any)
 * @property {number} nodes
 * @property {number} elements
 * @property {string} title the frame's document title
 * @property {FrameClaim[]} claims an embedded frame's claims (empty in the top frame)
 * @property {Timings} timings
 * @property {{ frameId: number, count: number, found: boolean }[]} [frames] added by the worker: each painted frame (count: over them all)
 */
/** @typedef {{ on: false, error?: string, found?: boolean }} OffReport turned off, or failed (error: what went wrong), or left alone (found: false, no article) */
/** @typedef {OnReport | OffReport} ToggleResult */
/**
 * What a click in a frame did (click.js): turned it on (or failed: an OffReport), or nothing, because
 * the frame was on already, or its script belongs to an earlier version of the extension (stale), or
 * it is an embedded frame with too little text to hold an article (empty).
 * @typedef {ToggleResult | { on: false, skipped: 'on' | 'stale' | 'empty' }} ClickResult
 */
/**
 * The content script's face, globalThis.__whosaid, as the worker calls it.
 * @typedef {object} ContentApi
 * @property {() => { on: boolean, alive: boolean }} state alive: false once the extension that injected it was reloaded
 * @property {(opts?: ToggleOptions) => Promise<ToggleResult>} toggle
 * @property {() => Promise<ClickResult>} click a toolbar click (click.js): on where off, else what stood in the way
 * @property {(opts?: ToggleOptions) => Promise<ToggleResult>} on read and paint (again, when on); a frame without an article is left alone
 * @property {() => Promise<{ on: boolean, error?: string }>} auto a site painted on load: painted only when its article is found
 * @property {() => OffReport} off
 * @property {(opts?: { source?: string }) => boolean} openPanel
 * @property {(list: { frameId: number, title: string, claims: FrameClaim[] }[]) => boolean} frames the top frame: the embedded frames' claims, for its panel
 * @property {(a: number) => boolean} goTo an embedded frame: scroll to claim a and pin its card
 * @property {() => { input: PageInput, title: string } | null} exported what the frame painted from (the top frame's export reads every painted frame's)
 */
