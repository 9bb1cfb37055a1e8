//! A speaker's name and a colon before a quotation, with no verb ("Muster:
//! „Wir sind bereit.“"): the colon is the cue, as the German gold marks it.

use super::np_forward;
use crate::patterns::{Ctx, Frame, Rule};

pub fn frame(ctx: &Ctx, i: usize) -> Option<Frame> {
    if ctx.sentence_start(i) != i || !ctx.doc.is_cap(i) {
        return None;
    }
    let source = np_forward(ctx, i, i + 10)?;
    let colon = source.end;
    if ctx.doc.tok(colon) != ":" {
        return None;
    }
    let q = ctx.opens_quote(colon + 1)?;
    let quote = &ctx.quotes.all[q];
    Some(Frame::one(
        colon..colon + 1,
        Some(source),
        Rule::Headline,
        quote.open..quote.close + 1,
        0.75,
    ))
}

#[cfg(test)]
mod tests {
    use super::super::testing::{one, s, triples};

    #[test]
    fn a_name_and_a_colon_before_a_quotation() {
        let (src, cue, c) = one("Die Bürgermeisterin: „Wir sind bereit.“");
        assert_eq!((src, cue.as_str()), (s("Die Bürgermeisterin"), ":"));
        assert_eq!(c, ["Wir sind bereit."]);
        // A label before plain text is no speaker.
        assert!(triples("Wichtig: Die Straße bleibt gesperrt.").is_empty());
    }
}
