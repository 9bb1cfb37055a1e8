//! Quantifiers and partitives for the noun-phrase chunker (`np.rs`):
//! "another" and "several" standing alone, "most of the candidates",
//! "73 percent of voters", "those surveyed".

use super::Ctx;
use crate::lexicon::{list_text, WordList};
use crate::text::Tok;

/// The quantifiers that head a phrase alone or before "of" (one hash probe,
/// most words settled by their length and first letter without it).
static QUANTIFIERS: WordList = WordList::new(list_text!("en/partitives"));

impl Ctx<'_, '_> {
    /// "those surveyed", "those polled": a participle heading the phrase
    /// after "those" (token `i` is the participle).
    pub fn those_polled(&self, i: usize) -> bool {
        i > 0
            && self.doc.is(i - 1, "those")
            && self.doc.is_any(
                i,
                &[
                    "surveyed",
                    "polled",
                    "questioned",
                    "interviewed",
                    "sampled",
                    "asked",
                ],
            )
    }

    /// A quantifier that can head a phrase alone or before "of": "another",
    /// "several", "most", "one", "percent".
    pub fn partitive(&self, i: usize) -> bool {
        QUANTIFIERS.has(self.doc.tok(i))
            || (self.doc.kind(i) == Some(Tok::Num) && self.doc.is(i + 1, "of"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quotes;
    use crate::text::Doc;

    fn with_ctx(text: &str, f: impl Fn(&Ctx, &dyn Fn(&str) -> usize)) {
        let doc = Doc::new(text);
        let q = quotes::find(&doc);
        let ctx = Ctx::new(&doc, &q);
        let at = |w: &str| (0..doc.tokens.len()).find(|&i| doc.tok(i) == w).unwrap();
        f(&ctx, &at);
    }

    #[test]
    fn quantifiers_head_a_phrase() {
        with_ctx("Several of them and 40 of the crew said", |ctx, at| {
            assert!(ctx.partitive(at("Several")));
            assert!(ctx.partitive(at("40")));
            assert!(!ctx.partitive(at("crew")));
        });
        with_ctx(
            "Most of those surveyed agreed with those people",
            |ctx, at| {
                assert!(ctx.those_polled(at("surveyed")));
                assert!(!ctx.those_polled(at("people")));
            },
        );
    }
}
