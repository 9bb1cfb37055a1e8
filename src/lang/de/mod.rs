//! The German language pack: its word lists (`*.txt` here, built into a
//! table of their own by `build.rs`: [`Lexicon::de`]) and its word-order
//! patterns (`patterns/`, one a file). Tokens, quotations, the resolver and
//! the output are the shared ones; its speaker rules are
//! `speakers/de_rules.rs`; its confidences are calibrated in
//! `confidence.rs` (the cue kinds of `plain_cues.txt`).

pub mod confidence;
pub mod patterns;
mod sentences;

use crate::engine;
use crate::lexicon::Lexicon;
use crate::model::Analysis;
use crate::patterns::Ctx;
use crate::quotes;
use crate::text::Doc;

/// Analyses a German article (`crate::analyze_with(text, *b"de")`).
pub fn run(text: &str) -> Analysis {
    run_doc(Doc::new(text))
}

/// [`run`] of a text already cut into the shared tokens and sentences.
pub fn run_doc(mut doc: Doc) -> Analysis {
    sentences::join(&mut doc, Lexicon::de());
    let quotes = quotes::find(&doc);
    let ctx = Ctx::with(&doc, &quotes, Lexicon::de());
    let (frames, claimed) = patterns::frames(&ctx);
    let pack = engine::Pack {
        calibrate: confidence::of,
        speakers: crate::speakers::Rules::german(),
    };
    engine::assemble_with(&ctx, &frames, &claimed, &pack)
}

#[cfg(test)]
mod tests {
    use super::run;
    use std::time::Instant;

    /// Hostile German-shaped input: every span checked, no panic, and the
    /// time grows linearly.
    #[test]
    fn hostile_input_never_panics_and_stays_linear() {
        let cases = [
            String::new(),
            "„".repeat(5000),
            "„“‚‘»«".repeat(2000),
            ", sagte , so , laut , nach , zufolge : „".repeat(2000),
            "teilte mit teilte mit, dass".repeat(2000),
            "Laut Laut Laut nach Angaben nach Angaben zufolge".repeat(2000),
            "Er sagte, „dass".repeat(3000),
            "Äußerte ÄUSSERTE äußerte ß ẞ İ".repeat(1000),
        ];
        for text in &cases {
            let a = run(text);
            assert_eq!(a.problem(text), None, "{:?}", &text[..text.len().min(40)]);
        }
        let unit = "„Wir bleiben“, sagte der Sprecher der Stadt. Laut Polizei war es ruhig. ";
        // The fastest of three runs each: a loaded machine pauses a run, it
        // never speeds one up.
        let time = |n: usize| {
            let text = unit.repeat(n);
            (0..3)
                .map(|_| {
                    let t = Instant::now();
                    let a = run(&text);
                    assert_eq!(a.problem(&text), None);
                    t.elapsed().as_secs_f64()
                })
                .fold(f64::INFINITY, f64::min)
        };
        let (small, big) = (time(400), time(4000));
        assert!(
            big < small * 25.0 + 0.05,
            "10x the text took {small}s -> {big}s"
        );
    }
}
