//! A colon before a quotation that no cue verb claims: "Muster: „Wir sind
//! bereit.“" (the colon is the cue, as the German gold marks it), or a
//! clause with no cue verb, "Die Firma sieht das anders: „…“" (the
//! predicate from its verb to the colon is the cue). The source is the noun
//! phrase that opens the sentence.

use std::ops::Range;

use super::np_forward;
use crate::lexicon::Class;
use crate::patterns::{Ctx, Frame, Rule};

/// The colon frames of quotations not yet claimed (`claimed`, one flag a
/// top-level quotation).
pub fn frames(ctx: &Ctx, claimed: &[bool]) -> Vec<Frame> {
    let mut out = Vec::new();
    for (q, quote) in ctx.quotes.all.iter().enumerate() {
        if quote.depth > 0 || claimed.get(q).copied().unwrap_or(true) || quote.open == 0 {
            continue;
        }
        let colon = quote.open - 1;
        if ctx.doc.tok(colon) != ":" {
            continue;
        }
        let s = ctx.sentence_start(colon);
        if colon - s > 25 || s == colon {
            continue;
        }
        // A sentence opening with an adverbial or a label has no subject
        // here ("Wichtig: …", "Dazu: …").
        let first = s;
        // "In der Halle zeigte sich der Trainer zufrieden: „…“": the
        // subject after the verb (`prefield.rs`), the verb the cue.
        if let Some(f) = inverted(ctx, first, colon, quote.open..quote.close + 1) {
            out.push(f);
            continue;
        }
        let closed = ctx.word(first).closed()
            && !ctx.class(first, Class::Det)
            && !ctx.class(first, Class::Pron);
        if closed || !(ctx.doc.is_cap(first) || ctx.opens_quote(first).is_some()) {
            continue;
        }
        let Some(mut source) = np_forward(ctx, s, colon) else {
            continue;
        };
        // "Max Muster, Sprecher der Stadt: „…“" (appositive.rs).
        if super::appositive::past_appositive(ctx, source.end) == colon {
            source.end = colon;
        }
        // The source is a speaker: a name, a person or an organisation, not
        // a one-word label ("Fazit:").
        if source.end == colon
            && source.len() == 1
            && ctx.word(first).flags == 0
            && (!ctx.doc.is_cap(first) || colon + 1 != quote.open)
        {
            continue;
        }
        // The speaker's noun phrase right before the colon, the colon the
        // cue; or the subject and its verb, a clause with no cue verb
        // ("Die Firma sieht das anders: „…“"), the verb the cue.
        let cue = if source.end == colon {
            colon
        } else {
            match clause_verb(ctx, source.end, colon) {
                Some(v) => v,
                None => continue,
            }
        };
        // The clause's predicate introduces the quotation, up to its colon.
        out.push(Frame::one(
            cue..colon + 1,
            Some(source),
            Rule::Headline,
            quote.open..quote.close + 1,
            0.7,
        ));
    }
    out
}

/// A clause opened by an adverbial, its verb second, its subject after it.
fn inverted(ctx: &Ctx, first: usize, colon: usize, quote: Range<usize>) -> Option<Frame> {
    if !super::prefield::fronted_adverbial(ctx, first) {
        return None;
    }
    let v = super::prefield::verb_after_adverbial(ctx, first, colon)?;
    let mut j = v + 1;
    if ctx.doc.is(j, "sich") {
        j += 1;
    }
    let source = np_forward(ctx, j, colon)?;
    if source.start != j || ctx.doc.is_any(j, &["man", "es"]) {
        return None;
    }
    // A speaker: a pronoun, a noun phrase of two words or a person's or an
    // organisation's noun, not a bare noun ("herrschte Stille").
    if source.len() == 1 && !ctx.class(j, Class::Pron) && ctx.word(j).flags == 0 {
        return None;
    }
    Some(Frame::one(v..j, Some(source), Rule::Headline, quote, 0.7))
}

/// The verb right after a subject (`v`) in a clause ending at `colon`: a
/// lowercase word; after an auxiliary, its participle last before the
/// colon ("hat sich … geäußert:").
fn clause_verb(ctx: &Ctx, v: usize, colon: usize) -> Option<usize> {
    let lower = |k: usize| ctx.doc.is_word(k) && !ctx.doc.is_cap(k);
    if !lower(v) || ctx.word(v).closed() && !ctx.class(v, Class::Aux) {
        return None;
    }
    if ctx.class(v, Class::Aux) {
        return (colon > v + 1 && lower(colon - 1) && !ctx.word(colon - 1).closed())
            .then_some(colon - 1);
    }
    Some(v)
}

#[cfg(test)]
mod tests {
    use super::super::testing::{one, s, triples};

    #[test]
    fn a_name_and_a_colon_before_a_quotation() {
        let (src, cue, c) = one("Die Bürgermeisterin: „Wir sind bereit.“");
        assert_eq!((src, cue.as_str()), (s("Die Bürgermeisterin"), ":"));
        assert_eq!(c, ["Wir sind bereit."]);
        // A clause between them with no cue verb: its predicate is the cue.
        let (src, cue, c) = one("Der Trainer zeigte sich gelassen: „Wir gewinnen das Rückspiel.“");
        assert_eq!(
            (src, cue.as_str()),
            (s("Der Trainer"), "zeigte sich gelassen:")
        );
        assert_eq!(c, ["Wir gewinnen das Rückspiel."]);
        let (_, cue, _) = one("Die Ärztin hat sich dazu klar positioniert: „Das Mittel wirkt.“");
        assert_eq!(cue, "positioniert:");
        // With a role set off by a comma.
        let (src, cue, _) = one("Anna Muster, Sprecherin der Stadt: „Wir sind bereit.“");
        assert_eq!(
            (src, cue.as_str()),
            (s("Anna Muster, Sprecherin der Stadt"), ":")
        );
        // A lowercase word that is no verb after the noun phrase: none.
        assert!(triples("Die Stadt und ihr Umland: „Ein Überblick“").is_empty());
        // A label before plain text is no speaker.
        assert!(triples("Wichtig: Die Straße bleibt gesperrt.").is_empty());
        assert!(triples("Dazu: „Die Straße bleibt gesperrt.“").is_empty());
    }

    #[test]
    fn an_adverbial_first_the_subject_after_the_verb() {
        let (src, cue, c) =
            one("In der Halle zeigte sich der Trainer zufrieden: „Wir spielen gut.“");
        assert_eq!((src, cue.as_str()), (s("der Trainer"), "zeigte sich"));
        assert_eq!(c, ["Wir spielen gut."]);
        let (src, cue, _) = one("Im Rathaus warb Anna Muster für den Plan: „Er ist gut für alle.“");
        assert_eq!((src, cue.as_str()), (s("Anna Muster"), "warb"));
        assert!(triples("Im Saal herrschte Stille: „Niemand sprach.“").is_empty());
    }
}
