//! Adverbs between an inverted verb and its subject: "…, sagte gestern ein
//! Sprecher", "Das erklärte am Montag die Polizei", "…, sagte auch der
//! Minister". The subject's noun phrase starts after them.

use crate::lexicon::Class;
use crate::patterns::Ctx;

/// The first token at or after `j` (before `end`) past a reflexive "sich"
/// and adverbs of time ("gestern", "am Montag") or of sequence ("auch",
/// "zudem"); prepositions with their noun phrases ("gegenüber der Zeitung")
/// are not skipped.
pub(crate) fn past_adverbs(ctx: &Ctx, j: usize, end: usize) -> usize {
    let mut k = j;
    while k < end && k < j + 6 {
        let plain = !ctx.class(k, Class::Det) && !ctx.class(k, Class::Pron);
        let one = ctx.doc.is(k, "sich")
            || ctx.class(k, Class::Time) && plain && !ctx.class(k + 1, Class::Time)
            || !ctx.doc.is_cap(k)
                && plain
                && !ctx.class(k, Class::Prep)
                && (ctx.class(k, Class::Intro) || ctx.class(k, Class::Adjunct))
                && ctx.word(k).closed()
                // "…, befürchtet aber weitere Tote": a verb phrase joined by
                // "aber" has its object next.
                && !ctx.doc.is_any(k, &["aber", "jedoch", "doch"]);
        if ctx.doc.is_any(k, &["am", "im"]) && ctx.class(k + 1, Class::Time) {
            k += 2;
        } else if one {
            k += 1;
        } else {
            break;
        }
    }
    k
}

#[cfg(test)]
mod tests {
    use super::super::testing::{one, s};

    #[test]
    fn the_subject_after_adverbs() {
        let (src, cue, c) =
            one("Die Straße bleibt bis Mai gesperrt, sagte gestern ein Sprecher der Stadt.");
        assert_eq!((src, cue.as_str()), (s("ein Sprecher der Stadt"), "sagte"));
        assert_eq!(c, ["Die Straße bleibt bis Mai gesperrt"]);
        let (src, _, _) =
            one("Die Straße bleibt bis Mai gesperrt, erklärte am Montag die Polizei.");
        assert_eq!(src, s("die Polizei"));
        let (src, _, _) = one("„Wir bleiben hier“, sagte auch der Trainer des Vereins.");
        assert_eq!(src, s("der Trainer des Vereins"));
        // After a fronted adverbial too.
        let (src, _, c) = one("Am Abend erklärte zudem der Minister, die Schule bleibe offen.");
        assert_eq!(src, s("der Minister"));
        assert_eq!(c, ["die Schule bleibe offen"]);
        assert!(super::super::testing::triples(
            "Die Stadt nennt 40 Schäden, befürchtet aber weitere Schäden im Hafen."
        )
        .is_empty());
    }
}
