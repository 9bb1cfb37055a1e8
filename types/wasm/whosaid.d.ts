// The Wasm module's JavaScript API as background.js imports it
// ('./wasm/whosaid.js', built by scripts/build-wasm.sh; docs/wasm-api.md).
// jsconfig.json's rootDirs lays types/ over extension/ so the import resolves
// here before the build; tests/e2e/extension-build.test.mjs checks these names
// against the module wasm-bindgen generates.
type PageInput = import('../../extension/protocol.js').PageInput;
type PageResult = import('../../extension/protocol.js').PageResult;

export default function init(moduleOrPath?: unknown): Promise<unknown>;
export function initSync(module: unknown): unknown;
export function analyzePage(input: PageInput, lang?: string, options?: { lang?: string }): PageResult;
/** The PageResult as JSON text (json), whether the article was found, how many attributions it holds; input also as JSON text. */
export function analyzePageJson(input: PageInput | string, lang?: string, options?: { lang?: string }): { json: string, found: boolean, attributions: number };
export function articleText(input: PageInput): string;
export function analyzeText(text: string): object;
export function exportJson(text: string, id: string): { id: string } & Record<string, unknown>;
export function exportCsv(text: string): string;
export function version(): string;
