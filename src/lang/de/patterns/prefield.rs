//! What stands before a German finite verb (its "Vorfeld") when that is no
//! subject:
//! - a dative, accusative or genitive opening the sentence ("Den
//!   Flüchtlingen sicherte der Präsident zu, …", "Des Weiteren verwies …");
//! - an adverbial participle or adverb ("Relativierend fügte sie hinzu",
//!   "Stellvertretend für die Kommission empfahl …");
//! - a second verb phrase joined by "und" ("Er sagte, A, und fügte hinzu:
//!   …", "Zuschauer standen am Rand und forderten, …"): the subject is the
//!   sentence's first noun phrase.

use std::ops::Range;

use super::np_forward;
use crate::lexicon::Class;
use crate::patterns::Ctx;

/// Does the word `first`, opening the verb's clause, make the subject
/// follow the verb?
pub(crate) fn fronted(ctx: &Ctx, first: usize) -> bool {
    if ctx
        .doc
        .is_any(first, &["den", "dem", "einem", "einen", "des"])
    {
        return true;
    }
    // An adverbial participle ("Relativierend", "Abschließend").
    let t = ctx.doc.tok(first);
    ctx.doc.is_cap(first)
        && t.chars().count() > 6
        && t.ends_with("end")
        && !ctx.word(first).closed()
}

/// The subject of a verb joined to an earlier verb phrase by "und" right
/// before it (`join` is the "und"): the noun phrase that opens the
/// sentence, or `None` when none does.
pub(crate) fn joined_subject(ctx: &Ctx, join: usize) -> Option<Option<Range<usize>>> {
    if !ctx.doc.is_any(join, &["und", "sowie"]) {
        return None;
    }
    let sent = ctx.sentence_start(join);
    let first = sent;
    let np =
        (ctx.class(first, Class::Det) || ctx.class(first, Class::Pron) || ctx.doc.is_cap(first))
            .then(|| np_forward(ctx, first, join))
            .flatten()
            .filter(|np| np.end < join && !ctx.doc.is_cap(np.end));
    Some(np)
}

#[cfg(test)]
mod tests {
    use super::super::testing::{one, s};

    #[test]
    fn a_fronted_object_or_adverbial_puts_the_subject_after_the_verb() {
        let (src, _, _) = one("Relativierend fügte die Ministerin hinzu, man prüfe alles.");
        assert_eq!(src, s("die Ministerin"));
        let (src, _, _) = one("Des Weiteren verwies der Anwalt darauf, dass die Frist ablaufe.");
        assert_eq!(src, s("der Anwalt"));
    }

    #[test]
    fn a_joined_verb_phrase_shares_the_sentence_subject() {
        let t = super::super::testing::triples(
            "Die Anwohner standen am Rand der Straße und forderten, die Bäume zu erhalten.",
        );
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].0, s("Die Anwohner"));
    }
}
