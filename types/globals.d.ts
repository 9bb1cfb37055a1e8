// Types for `tsc --checkJs` (jsconfig.json) that JSDoc cannot declare: the
// globals the classic scripts share, and the page-side UI's internal shapes.
// Nothing here ships; the code they describe is extension/ui/*.js.

type PageResult = import('../extension/protocol.js').PageResult;
type PageInput = import('../extension/protocol.js').PageInput;
type PageAttribution = import('../extension/protocol.js').PageAttribution;
type Category = import('../extension/protocol.js').Category;
type Categories = import('../extension/protocol.js').Categories;
type SpeakerKind = import('../extension/protocol.js').SpeakerKind;

/** One painted piece: attribution a, its category, node range sn:so..en:eo. */
interface PaintItem {
  a: number;
  cat: Category;
  sn: number;
  so: number;
  en: number;
  eo: number;
  range: Range;
  /** The fallback's <whosaid-mark> elements (fallback mode only). */
  marks?: Element[];
}

interface Painter {
  mode: 'highlight' | 'fallback';
  items: PaintItem[];
  textNodes: Text[];
  focus(item: PaintItem | null): void;
  clear(): void;
}

interface PaintOptions {
  categories?: Categories;
  /** Force the <whosaid-mark> fallback even where CSS highlights exist. */
  fallback?: boolean;
}

type FrameClaim = import('../extension/protocol.js').FrameClaim;
type SiteState = import('../extension/protocol.js').SiteState;
/** The claims an embedded frame painted, listed in the top frame's panel. */
interface FrameClaims { frameId: number; title: string; claims: FrameClaim[] }

/** The extension's panel tools (absent in the demo). */
interface PanelTools {
  /** This page's site, for "Highlight automatically on this site" (null: not offered). */
  site?: SiteState | null;
  /** on: ask for the site (the worker opens the options page); off: stop at once. */
  onAutoSite?: (on: boolean) => Promise<import('../extension/protocol.js').AutoSiteReply>;
  /** Download the article as JSON or CSV; resolves to the file's name. */
  onExport?: (format: 'json' | 'csv') => Promise<string>;
  /** Show an embedded frame's claim. */
  onFrameClaim?: (frameId: number, a: number) => void;
}

interface MountOptions extends PanelTools {
  /** The user turned whosaid off from the page's own button. */
  onClose?: () => void;
  /** An embedded frame: no on-page button and no panel of its own (the top frame's lists its claims). */
  embedded?: boolean;
}

interface MountedUI {
  host: HTMLElement;
  openPanel(opts?: { source?: string }): void;
  closePanel(): void;
  showCardFor(a: number): void;
  /** Scroll to claim a and pin its card; false when nothing of it is painted. */
  showClaim(a: number): boolean;
  hideCard(): void;
  panelOpen(): boolean;
  /** The embedded frames' claims, listed in the panel (and counted on the button). */
  setFrames(list: FrameClaims[]): void;
  destroy(): void;
}

/** A source as the card and panel show it: one per speaker (or per source text when unresolved). */
interface UISource {
  key: string;
  name: string;
  kind: SpeakerKind;
  named: boolean;
  role: string | null;
  claims: number[];
}
interface UISources {
  list: UISource[];
  byAttr(a: number): UISource | undefined;
}

interface CardHandle {
  el: HTMLElement;
  show(a: number, rect: DOMRect, item: PaintItem, pinned: boolean, fromPanel?: boolean): void;
  hide(): void;
  destroy(): void;
}
interface CardContext {
  doc: Document;
  attributions: PageAttribution[];
  srcs: UISources;
  painter: Painter;
  textNodes: Text[];
  host: HTMLElement;
  openPanel(opts?: { source?: string }): void;
  inPanel(e: Event): boolean;
}

interface PanelHandle {
  el: HTMLElement;
  title: HTMLElement;
  filter(key: string | null, jump: boolean): void;
  goTo(a: number, focusButton: boolean): void;
  current(): number;
  visibleClaims(): number[];
  setFrames(list: FrameClaims[]): void;
}
interface PanelContext {
  result: PageResult;
  attributions: PageAttribution[];
  srcs: UISources;
  painter: Painter;
  shadow: ShadowRoot;
  card: CardHandle;
  closePanel(): void;
  tools: PanelTools;
}

type HProps = Record<string, string | boolean | number | null | undefined | ((e: any) => void)>;

/** What ui/shared.js starts and each later part adds to (deleted once WhosaidUI is published). */
interface WhosaidUIParts {
  CATS: Category[];
  PRIORITY: Record<Category | 'focus', number>;
  HOST_TAG: string;
  MARK_TAG: string;
  HOVER_DELAY: number;
  KEY_SHIFT: number;
  h(tag: string, props?: HProps | null, ...children: (Node | string | null | undefined)[]): HTMLElement;
  excerpt(s: string, max: number): string;
  sourcesOf(result: PageResult): UISources;
  /** The message key in the UI's language (chrome.i18n, or the demo's catalogue), with its substitutions. */
  t(key: string, subs?: (string | number)[]): string;
  /** key_one / key_other by the UI language's plural rules, with the number formatted. */
  plural(key: string, n: number): string;
  pct(x: number): string;
  kindLabel(kind: string): string;
  quoteLabel(kind: string): string;
  claimsWord(n: number): string;
  /** Confidence below 0.8: the card and the panel mark the claim uncertain. */
  uncertain(at: { confidence?: number }): boolean;
  noteOf(article: Partial<import('../extension/protocol.js').ArticleInfo> | null | undefined): string | null;
  useMessages(lang: string, messages: Record<string, MessageEntry>): void;
  uiLang(): string;
  collect?: WhosaidUIApi['collect'];
  paint?: WhosaidUIApi['paint'];
  card?: (ctx: CardContext) => CardHandle;
  panel?: (ctx: PanelContext) => PanelHandle;
}

interface WhosaidUIApi {
  collect(root?: Element): { input: PageInput; textNodes: Text[] };
  paint(result: PageResult, textNodes: Text[], options?: PaintOptions): Painter;
  mount(result: PageResult, textNodes: Text[], painter: Painter, options?: MountOptions): MountedUI;
  /** mount's once-per-page work done ahead: the styles parsed, the message catalogue loaded. */
  prepare(): void;
  readonly categories: Category[];
  /** The demo: use this catalogue (a _locales/<lang>/messages.json object) instead of chrome.i18n. */
  useMessages(lang: string, messages: Record<string, MessageEntry>): void;
  /** The sentence about the article (language not read, text capped, none found) in the UI's language. */
  note(article: Partial<import('../extension/protocol.js').ArticleInfo> | null | undefined): string | null;
}

/** One entry of a _locales/<lang>/messages.json (chrome.i18n's format). */
interface MessageEntry { message: string; description?: string; placeholders?: Record<string, { content: string; example?: string }> }

interface WhosaidWatcher {
  /** Drop the records queued so far (whosaid's own painting). */
  skipPending(): void;
  stop(): void;
  active(): boolean;
}
interface WhosaidWatchApi {
  watch(onSettled: () => void, onFrameLoad?: () => void): WhosaidWatcher;
  readonly QUIET: number;
  readonly MAX_WAIT: number;
}

declare var WhosaidUI: WhosaidUIApi | undefined;
declare var WhosaidWatch: WhosaidWatchApi | undefined;
declare var __whosaidUIParts: WhosaidUIParts | undefined;
declare var __whosaid: import('../extension/protocol.js').ContentApi | undefined;
/** The service worker's diagnostics, read by the end-to-end tests. */
declare var whosaidDebug: { runs: object[]; errors: object[]; engineVersion: string | null; toggles: number; analyses: object[]; messages: object[]; sites?: string[]; engineInitMs: number | null; engineWarmUpMs: number | null; startedAt?: number; evaluatedAt?: number; engineAt?: number[]; warmUpAt?: number[][] };
