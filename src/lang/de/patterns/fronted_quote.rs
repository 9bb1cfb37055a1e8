//! A quoted predicate fronted before its verb of naming, the subject after
//! the verb: "Von einer „groben Täuschung“ sprach der Abgeordnete", "Als
//! „großen Wurf“ bezeichnete die Ministerin das Gesetz", "Einen „Fehler“
//! nannte er den Plan". The claim is the quotation; the source is the noun
//! phrase after the verb.

use std::ops::Range;

use super::np_forward;
use crate::lexicon::{Class, CueForm};
use crate::patterns::{Ctx, Frame, Rule};

/// The word that opens the prefield for each lemma (`cues.txt`): "von" for
/// "sprechen", "als" for verbs that take "als", none for "nennen".
const OPENERS: &[(&str, &[&str])] = &[
    ("sprechen", &["von", "vom"]),
    ("bezeichnen", &["als"]),
    ("würdigen", &["als"]),
    ("kritisieren", &["als"]),
    ("nennen", &[]),
];

/// The frame of cue `v` when its whole prefield is a quoted predicate.
pub(crate) fn frame(ctx: &Ctx, v: usize, form: &CueForm) -> Option<Frame> {
    let (_, openers) = OPENERS.iter().find(|(l, _)| *l == form.lemma)?;
    let sent = ctx.sentence_start(v);
    let quote = ctx.closes_quote(v.checked_sub(1)?)?;
    let q = &ctx.quotes.all[quote];
    if q.open <= sent && !openers.is_empty() || q.open < sent || q.words == 0 {
        return None;
    }
    let mut k = sent;
    if !openers.is_empty() {
        if !ctx.doc.is_any(k, openers) {
            return None;
        }
        k += 1;
    }
    // Only an article and lowercase attributes before the quotation.
    if !(k..q.open)
        .all(|i| ctx.doc.is_word(i) && (ctx.class(i, Class::Det) || !ctx.doc.is_cap(i) && i > sent))
        || q.open > k + 3
    {
        return None;
    }
    let end = clause_end(ctx, v);
    let source = np_forward(ctx, v + 1, end)?;
    if ctx.doc.is(source.start, "sich") || ctx.doc.is(source.start, "man") {
        return None;
    }
    let content: Range<usize> = q.open..q.close + 1;
    Some(Frame::one(
        v..v + 1,
        Some(source),
        Rule::Inverted,
        content,
        0.8,
    ))
}

/// The end of the verb's clause: the next comma or the sentence's end.
fn clause_end(ctx: &Ctx, v: usize) -> usize {
    let end = ctx.sentence_end(v);
    (v + 1..end).find(|&k| ctx.is_boundary(k)).unwrap_or(end)
}

#[cfg(test)]
mod tests {
    use super::super::testing::{one, s, triples};

    #[test]
    fn a_fronted_quoted_predicate_is_the_claim() {
        let (src, cue, c) = one("Von einer „groben Täuschung“ sprach der Abgeordnete Paul Muster.");
        assert_eq!(
            (src, cue.as_str()),
            (s("der Abgeordnete Paul Muster"), "sprach")
        );
        assert_eq!(c, ["groben Täuschung"]);
        let (src, cue, c) =
            one("Als „großen Wurf für das Land“ bezeichnete die Ministerin das neue Gesetz.");
        assert_eq!((src, cue.as_str()), (s("die Ministerin"), "bezeichnete"));
        assert_eq!(c, ["großen Wurf für das Land"]);
        let (src, _, c) = one("Einen „teuren Irrweg“ nannte der Verband den Plan.");
        assert_eq!(src, s("der Verband"));
        assert_eq!(c, ["teuren Irrweg"]);
    }

    #[test]
    fn a_name_or_a_reflexive_says_nothing() {
        assert!(triples("Von „Nordwind“ sprach man im Dorf nur leise.").is_empty());
        assert!(triples("„Nordwind“ nennt sich die Gruppe seit Mai.").is_empty());
        assert!(triples("Vom Hafen aus sprach der Kapitän mit den Gästen.").is_empty());
    }
}
