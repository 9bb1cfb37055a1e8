//! A colon before a quotation that no cue verb claims: "Muster: „Wir sind
//! bereit.“" and "Die Ministerin zeigte sich gelassen: „…“". The colon is the
//! cue, as the German gold marks it, or the verb in second place when there
//! is one; the source is the noun phrase that opens the sentence.

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
        let closed = ctx.word(first).closed()
            && !ctx.class(first, Class::Det)
            && !ctx.class(first, Class::Pron);
        if closed || !(ctx.doc.is_cap(first) || ctx.opens_quote(first).is_some()) {
            continue;
        }
        let Some(source) = np_forward(ctx, s, colon) else {
            continue;
        };
        // The source is a speaker: a name, a person or an organisation, not
        // a one-word label ("Fazit:").
        if source.end == colon
            && source.len() == 1
            && ctx.word(first).flags == 0
            && (!ctx.doc.is_cap(first) || colon + 1 != quote.open)
        {
            continue;
        }
        // "Der Minister zeigte sich besorgt: „…“": the verb in second place
        // is the cue, else the colon.
        let v = source.end;
        let cue = if v < colon && ctx.doc.is_word(v) && !ctx.doc.is_cap(v) && !ctx.word(v).closed()
        {
            v..v + 1
        } else {
            colon..colon + 1
        };
        out.push(Frame::one(
            cue,
            Some(source),
            Rule::Headline,
            quote.open..quote.close + 1,
            0.7,
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::testing::{one, s, triples};

    #[test]
    fn a_name_and_a_colon_before_a_quotation() {
        let (src, cue, c) = one("Die Bürgermeisterin: „Wir sind bereit.“");
        assert_eq!((src, cue.as_str()), (s("Die Bürgermeisterin"), ":"));
        assert_eq!(c, ["Wir sind bereit."]);
        let (src, cue, _) = one("Der Trainer zeigte sich gelassen: „Wir gewinnen das Rückspiel.“");
        assert_eq!((src, cue.as_str()), (s("Der Trainer"), "zeigte"));
        // A label before plain text is no speaker.
        assert!(triples("Wichtig: Die Straße bleibt gesperrt.").is_empty());
        assert!(triples("Dazu: „Die Straße bleibt gesperrt.“").is_empty());
    }
}
