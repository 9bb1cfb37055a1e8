//! The Wasm module's JavaScript API (docs/wasm-api.md): `analyzePage`,
//! `articleText`, `analyzeText`, `exportJson`, `exportCsv`, `version`.
//!
//! Only conversion lives here; the work is in [`crate::page`] and
//! [`crate::export`]. Results cross as plain JavaScript objects
//! (`Serializer::json_compatible`: maps become objects, `None` becomes
//! `null`). Input of the wrong shape becomes a thrown `Error` whose message
//! names the function and what was wrong, never a trap.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::export::{read, Lang, LANGUAGES};
use crate::page::{self, PageInput};

fn to_js<T: Serialize>(what: &str, value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("{what}: could not convert the result: {e}")))
}

fn type_of(v: &JsValue) -> String {
    if v.is_null() {
        "null".into()
    } else if js_sys::Array::is_array(v) {
        "an array".into()
    } else {
        v.js_typeof()
            .as_string()
            .unwrap_or_else(|| "unknown".into())
    }
}

fn string_arg(what: &str, name: &str, v: &JsValue) -> Result<String, JsError> {
    v.as_string().ok_or_else(|| {
        JsError::new(&format!(
            "{what}: `{name}` must be a string, got {}",
            type_of(v)
        ))
    })
}

/// Chooses the article among the page's text nodes, analyses it and returns
/// a `PageResult` whose ranges point into `input.nodes`. `lang`, optional,
/// is the page's `<html lang>`: a hint the article's own text overrides
/// when its language is clear. `options`, optional: `{ lang }`, `"auto"`
/// (the default: detected, the hint for a short text) or a two-letter code
/// the article is read in whatever it looks like (the demo's language
/// picker). `article.reads` lists the languages whosaid reads, so that a
/// page can say "whosaid reads …" in its own language.
#[wasm_bindgen(js_name = analyzePage)]
pub fn analyze_page(input: JsValue, lang: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let input = page_input("analyzePage", input)?;
    let lang = if lang.is_undefined() || lang.is_null() {
        String::new()
    } else {
        string_arg("analyzePage", "lang", &lang)?
    };
    let result = match asked_lang("analyzePage", &options)? {
        Lang::Auto => page::analyze_page_hinted(&input, page::DEFAULT_CAP, &lang),
        Lang::Code(code) => page_in(&input, code),
    };
    let out = to_js("analyzePage", &result)?;
    let reads = LANGUAGES
        .iter()
        .map(|&l| JsValue::from_str(l))
        .collect::<js_sys::Array>();
    js_sys::Reflect::get(&out, &JsValue::from_str("article"))
        .and_then(|article| js_sys::Reflect::set(&article, &JsValue::from_str("reads"), &reads))
        .map_err(|_| JsError::new("analyzePage: could not add `article.reads` to the result"))?;
    Ok(out)
}

/// `options.lang` of `what`: absent (no options, or no `lang`) is `auto`.
fn asked_lang(what: &str, options: &JsValue) -> Result<Lang, JsError> {
    if options.is_undefined() || options.is_null() {
        return Ok(Lang::Auto);
    }
    if !options.is_object() || js_sys::Array::is_array(options) {
        return Err(JsError::new(&format!(
            "{what}: `options` must be an object such as {{ lang: \"de\" }}, got {}",
            type_of(options)
        )));
    }
    let lang = js_sys::Reflect::get(options, &JsValue::from_str("lang"))
        .map_err(|_| JsError::new(&format!("{what}: could not read `options.lang`")))?;
    if lang.is_undefined() || lang.is_null() {
        return Ok(Lang::Auto);
    }
    let lang = string_arg(what, "options.lang", &lang)?;
    Lang::parse(&lang).map_err(|e| JsError::new(&format!("{what}: `options.lang`: {e}")))
}

/// The page's article read in the language the caller chose: no detection,
/// no hint; a language whosaid does not read gives no attributions and the
/// note saying so, as it does when detected.
fn page_in(input: &PageInput, code: [u8; 2]) -> page::PageResult {
    let mut prepared = page::prepare(input, page::DEFAULT_CAP);
    let reading = read(&prepared.text.text, Lang::Code(code));
    let article = &mut prepared.article;
    article.lang_detected = false;
    article.lang_read = LANGUAGES.contains(&reading.lang.as_str());
    if !article.lang_read && !prepared.text.text.is_empty() {
        article.note = reading.note;
    }
    article.lang = reading.lang;
    page::page_result(prepared.article, &prepared.text, &reading.analysis)
}

/// The article text `analyzePage` analyses for the same input (the chosen
/// article, its paragraphs separated by blank lines, capped like it): what
/// the extension exports with `exportJson` / `exportCsv`. `""` when the page
/// has no article.
#[wasm_bindgen(js_name = articleText)]
pub fn article_text(input: JsValue) -> Result<String, JsError> {
    Ok(
        page::prepare(&page_input("articleText", input)?, page::DEFAULT_CAP)
            .text
            .text,
    )
}

fn page_input(what: &str, input: JsValue) -> Result<PageInput, JsError> {
    if !input.is_object() || js_sys::Array::is_array(&input) {
        return Err(JsError::new(&format!(
            "{what}: expected an object {{ elements: [...], nodes: [...] }}, got {}",
            type_of(&input)
        )));
    }
    serde_wasm_bindgen::from_value(input)
        .map_err(|e| JsError::new(&format!("{what}: bad input: {e}")))
}

/// Analyses a plain text; ranges are `{ start, end }` in UTF-16 units.
#[wasm_bindgen(js_name = analyzeText)]
pub fn analyze_text(text: JsValue) -> Result<JsValue, JsError> {
    let text = string_arg("analyzeText", "text", &text)?;
    to_js("analyzeText", &page::analyze_text(&text))
}

/// The scorer's record for `text` (code-point offsets, with names and
/// profiles): the object the CLI writes per line with `--jsonl`.
#[wasm_bindgen(js_name = exportJson)]
pub fn export_json(text: JsValue, id: JsValue) -> Result<JsValue, JsError> {
    let text = string_arg("exportJson", "text", &text)?;
    let id = if id.is_undefined() || id.is_null() {
        String::new()
    } else if let Some(n) = id.as_f64() {
        n.to_string()
    } else {
        string_arg("exportJson", "id", &id)?
    };
    let analysis = crate::analyze(&text);
    to_js("exportJson", &crate::export::record(&id, &text, &analysis))
}

/// One CSV row per attribution, with a header line.
#[wasm_bindgen(js_name = exportCsv)]
pub fn export_csv(text: JsValue) -> Result<String, JsError> {
    let text = string_arg("exportCsv", "text", &text)?;
    Ok(crate::export::csv(&text, &crate::analyze(&text)))
}

/// The crate's version.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
