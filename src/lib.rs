//! whosaid: who said what in a news article.
//!
//! The core is IO-free: text in, [`Analysis`] out, byte spans inside. The
//! CLI (`src/bin/whosaid.rs`) and the Wasm module (`src/wasm.rs`) sit on top
//! and convert spans once, at their edge.
//!
//! ```
//! let text = "“We will rebuild,” the mayor said on Monday.";
//! let analysis = whosaid::analyze(text);
//! let a = &analysis.attributions[0];
//! assert_eq!(a.source.unwrap().of(text), "the mayor");
//! assert_eq!(a.cue.unwrap().of(text), "said");
//! assert_eq!(a.content[0].of(text), "We will rebuild");
//! ```

pub mod confidence;
pub mod engine;
pub mod export;
pub mod fold;
pub mod lang;
pub mod lexicon;
pub mod model;
pub mod page;
pub mod patterns;
pub mod quotes;
pub mod span;
pub mod speakers;
pub mod text;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use model::{Analysis, Attribution, Kind, Speaker, SpeakerKind};
pub use span::{OffsetMap, Span};

/// The crate's version: one number for the CLI, the extension and the
/// Python wheel.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Analyse an article. Paragraphs are separated by blank lines (or single
/// line breaks). Never panics; spans are byte ranges into `text` on char
/// boundaries.
pub fn analyze(text: &str) -> Analysis {
    engine::run(text)
}

/// Analyse an article in the language `code` (ISO 639-1): "de" runs the
/// German pack (`lang/de/`), every other code the English engine. A new
/// language is one folder under `lang/` and one line here.
pub fn analyze_with(text: &str, code: [u8; 2]) -> Analysis {
    analyze_doc(text::Doc::new(text), code)
}

/// [`analyze_with`] of a text already cut into tokens ([`text::Doc`]: the
/// same for every language), as `export::read` has it after detecting the
/// language from them.
pub fn analyze_doc(doc: text::Doc, code: [u8; 2]) -> Analysis {
    match &code {
        b"de" => lang::de::run_doc(doc),
        _ => engine::run_doc(doc),
    }
}

/// Analyse an article given as a list of paragraphs. Returns the text the
/// spans refer to (the paragraphs joined by blank lines) and the analysis.
pub fn analyze_paragraphs<S: AsRef<str>>(paragraphs: &[S]) -> (String, Analysis) {
    let text = paragraphs
        .iter()
        .map(|p| p.as_ref().trim())
        .collect::<Vec<_>>()
        .join("\n\n");
    let analysis = analyze(&text);
    (text, analysis)
}
