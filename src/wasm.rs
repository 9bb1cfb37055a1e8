//! The Wasm module's JavaScript API (docs/wasm-api.md): `analyzePage`,
//! `analyzePageJson`, `articleText`, `analyzeText`, `exportJson`,
//! `exportCsv`, `version`.
//!
//! Only conversion lives here; the work is in [`crate::page`] and
//! [`crate::export`]. Results cross as JSON text written once by serde_json
//! (`None` is `null`): parsed into plain JavaScript objects by `JSON.parse`
//! here, or passed on as text (`analyzePageJson`). Input of the wrong shape becomes a thrown `Error` whose message
//! names the function and what was wrong, never a trap.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::export::{read, Lang, LANGUAGES};
use crate::page::{self, PageInput};

/// `value` as JSON text, written once by serde_json: the form the extension's messages carry.
fn to_json<T: Serialize>(what: &str, value: &T) -> Result<String, JsError> {
    serde_json::to_string(value)
        .map_err(|e| JsError::new(&format!("{what}: could not convert the result: {e}")))
}

/// `value` as a plain JavaScript object: its JSON text parsed by the engine's
/// `JSON.parse`, which builds the objects far faster than setting them up
/// field by field across the boundary (serde-wasm-bindgen spent more time
/// converting a result than the analysis took).
fn to_js<T: Serialize>(what: &str, value: &T) -> Result<JsValue, JsError> {
    js_sys::JSON::parse(&to_json(what, value)?)
        .map_err(|_| JsError::new(&format!("{what}: could not convert the result")))
}

/// A `PageResult` as `analyzePage` answers it: `article.reads` added (the
/// languages whosaid reads, so that a page can say so in its own language).
#[derive(Serialize)]
struct PageOut<'a> {
    article: ArticleOut<'a>,
    attributions: &'a [page::AttributionOut<page::NodeRange>],
    speakers: &'a [page::SpeakerOut],
    summary: &'a page::Summary,
}

#[derive(Serialize)]
struct ArticleOut<'a> {
    #[serde(flatten)]
    info: &'a page::ArticleInfo,
    reads: &'a [&'a str],
}

fn page_out(result: &page::PageResult) -> PageOut<'_> {
    PageOut {
        article: ArticleOut {
            info: &result.article,
            reads: LANGUAGES,
        },
        attributions: &result.attributions,
        speakers: &result.speakers,
        summary: &result.summary,
    }
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
    let result = read_page("analyzePage", input, &lang, &options)?;
    to_js("analyzePage", &page_out(&result))
}

/// `analyzePage` for a caller that passes the result on rather than reading
/// it (the extension's worker, whose messages carry text): `{ json, found,
/// attributions }`, the `PageResult` as JSON text, whether the article was
/// found and how many attributions it holds. `input` may also be the page
/// input as JSON text (what the content script's message carries): read
/// here in one pass, with no JavaScript objects built and walked.
#[wasm_bindgen(js_name = analyzePageJson)]
pub fn analyze_page_json(
    input: JsValue,
    lang: JsValue,
    options: JsValue,
) -> Result<JsValue, JsError> {
    const WHAT: &str = "analyzePageJson";
    let result = match input.as_string() {
        Some(text) => read_page_input(WHAT, page_input_json(WHAT, &text)?, &lang, &options)?,
        None => read_page(WHAT, input, &lang, &options)?,
    };
    let out = js_sys::Object::new();
    let fields: [(&str, JsValue); 3] = [
        (
            "json",
            JsValue::from_str(&to_json(WHAT, &page_out(&result))?),
        ),
        ("found", JsValue::from_bool(result.article.found)),
        (
            "attributions",
            JsValue::from_f64(result.attributions.len() as f64),
        ),
    ];
    for (k, v) in fields {
        js_sys::Reflect::set(&out, &JsValue::from_str(k), &v)
            .map_err(|_| JsError::new(&format!("{WHAT}: could not build the result")))?;
    }
    Ok(out.into())
}

/// The page result of `what` (`analyzePage`, `analyzePageJson`): the input,
/// the page's `<html lang>` hint and the options read and checked.
fn read_page(
    what: &str,
    input: JsValue,
    lang: &JsValue,
    options: &JsValue,
) -> Result<page::PageResult, JsError> {
    read_page_input(what, page_input(what, input)?, lang, options)
}

/// [`read_page`] for an input already read.
fn read_page_input(
    what: &str,
    input: PageInput,
    lang: &JsValue,
    options: &JsValue,
) -> Result<page::PageResult, JsError> {
    let lang = if lang.is_undefined() || lang.is_null() {
        String::new()
    } else {
        string_arg(what, "lang", lang)?
    };
    Ok(match asked_lang(what, options)? {
        Lang::Auto => page::analyze_page_hinted(&input, page::DEFAULT_CAP, &lang),
        Lang::Code(code) => page_in(&input, code),
    })
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
    // One JSON text (the engine's own JSON.stringify) read by the page's reader (page/json.rs): one pass
    // over one string, far faster than walking the objects field by field across the boundary, and the
    // same reader as analyzePageJson's text.
    let text: String = js_sys::JSON::stringify(&input)
        .map_err(|_| {
            JsError::new(&format!(
                "{what}: bad input: it cannot be written as JSON (a cycle, or a BigInt?)"
            ))
        })?
        .into();
    PageInput::from_json(&text).map_err(|e| JsError::new(&format!("{what}: bad input: {e}")))
}

/// The page input as JSON text (lone surrogates read as U+FFFD: [`PageInput::from_json`]).
fn page_input_json(what: &str, text: &str) -> Result<PageInput, JsError> {
    PageInput::from_json(text)
        .map_err(|e| JsError::new(&format!("{what}: bad input (JSON text): {e}")))
}

/// Analyses a plain text in its language (detected; English when too short
/// to tell); ranges are `{ start, end }` in UTF-16 units.
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
        number_id(n)
    } else {
        string_arg("exportJson", "id", &id)?
    };
    let r = crate::export::read(&text, crate::export::Lang::Auto);
    to_js(
        "exportJson",
        &crate::export::record_in(&id, &r.lang, &text, &r.analysis),
    )
}

/// A number given as `exportJson`'s id, as text: a whole number in its
/// digits ("7", "-0", "1000000000000000000000"), "NaN", "inf" and "-inf" as
/// Rust writes them; any other number as JavaScript writes it (`String(n)`:
/// "0.5", "1e-7"), which keeps Rust's float formatting out of the module.
fn number_id(n: f64) -> String {
    if n.is_nan() {
        "NaN".into()
    } else if n.is_infinite() {
        (if n < 0.0 { "-inf" } else { "inf" }).into()
    } else if n.fract() == 0.0 && n.abs() < 2f64.powi(127) {
        let digits = (n as i128).to_string();
        if n == 0.0 && n.is_sign_negative() {
            "-0".into()
        } else {
            digits
        }
    } else {
        js_sys::Number::from(n)
            .to_string_with_radix(10)
            .map(String::from)
            .unwrap_or_default()
    }
}

/// One CSV row per attribution, with a header line.
#[wasm_bindgen(js_name = exportCsv)]
pub fn export_csv(text: JsValue) -> Result<String, JsError> {
    let text = string_arg("exportCsv", "text", &text)?;
    let r = crate::export::read(&text, crate::export::Lang::Auto);
    Ok(crate::export::csv(&text, &r.analysis))
}

/// The crate's version.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
