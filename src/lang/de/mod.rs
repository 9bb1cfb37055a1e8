//! The German language pack: its word lists (`*.txt` here, built into a
//! table of their own by `build.rs`: [`Lexicon::de`]) and its word-order
//! patterns (`patterns/`, one a file). Tokens, quotations, speakers, the
//! output and confidences are the shared ones.

pub mod patterns;

use crate::engine;
use crate::lexicon::Lexicon;
use crate::model::Analysis;
use crate::patterns::Ctx;
use crate::quotes;
use crate::text::Doc;

/// Analyses a German article (`crate::analyze_with(text, *b"de")`).
pub fn run(text: &str) -> Analysis {
    let doc = Doc::new(text);
    let quotes = quotes::find(&doc);
    let ctx = Ctx::with(&doc, &quotes, Lexicon::de());
    let (frames, claimed) = patterns::frames(&ctx);
    engine::assemble(&ctx, &frames, &claimed)
}
