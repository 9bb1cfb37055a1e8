//! „A“, sagte die Ministerin. „B.“: a quotation that opens the next
//! sentence of the paragraph, right after an attribution whose claim was a
//! quotation, is the same speaker's; the German gold marks it as an
//! attribution of its own with the same cue and source.

use crate::patterns::{Ctx, Frame};

/// The continuation frames of quotations not yet claimed (`claimed`, one
/// flag a top-level quotation), from `frames` in text order.
pub fn frames(ctx: &Ctx, frames: &[Frame], claimed: &[bool]) -> Vec<Frame> {
    let mut out = Vec::new();
    let mut f = 0;
    for (q, quote) in ctx.quotes.all.iter().enumerate() {
        if quote.depth > 0 || claimed.get(q).copied().unwrap_or(true) || quote.open == 0 {
            continue;
        }
        // The last frame ending before the quotation (frames are in text order).
        while f + 1 < frames.len() && end(&frames[f + 1]) <= quote.open {
            f += 1;
        }
        let Some(prev) = frames.get(f).filter(|p| end(p) <= quote.open) else {
            continue;
        };
        let quoted = prev
            .content
            .iter()
            .any(|r| r.clone().any(|k| ctx.in_quote(k)));
        // The quotation opens the sentence after the attribution's cue's.
        let s = ctx.sentence_start(quote.open + 1);
        let next = s <= quote.open && s > 0 && ctx.sentence_start(s - 1) <= prev.cue.start;
        // … and is all of it: a sentence, not a title in one.
        let whole = ctx.sentence_end(quote.open + 1) <= quote.close + 2;
        if !quoted
            || !next
            || !whole
            || quote.words < 3
            || !ctx.doc.same_para(prev.cue.start, quote.open)
        {
            continue;
        }
        let mut c = Frame::new(prev.cue.clone(), prev.source.clone(), prev.rule);
        c.content.push(quote.open..quote.close + 1);
        c.confidence = 0.7;
        out.push(c);
    }
    out
}

/// The token after a frame's last token.
fn end(f: &Frame) -> usize {
    let mut e = f.cue.end;
    if let Some(s) = &f.source {
        e = e.max(s.end);
    }
    for c in &f.content {
        e = e.max(c.end);
    }
    e
}

#[cfg(test)]
mod tests {
    use super::super::testing::{s, triples};

    #[test]
    fn the_next_quotation_is_the_same_speakers() {
        let t =
            triples("„Wir bleiben“, sagte die Ministerin. „Die Schule wird nicht geschlossen.“");
        assert_eq!(t.len(), 2, "{t:?}");
        assert_eq!(
            (t[1].0.clone(), t[1].1.as_str()),
            (s("die Ministerin"), "sagte")
        );
        assert_eq!(t[1].2, ["Die Schule wird nicht geschlossen."]);
        let t = triples("„Wir bleiben“, sagte sie am Abend in Berlin. „Die Schule bleibt offen.“");
        assert_eq!(t.len(), 2, "{t:?}");
        let t = triples("„Wir bleiben“, sagte sie. „Aktion Deutschland hilft“ sammelt Geld.");
        assert_eq!(t.len(), 1, "{t:?}");
        // Not after an unquoted claim, nor in another paragraph.
        let t = triples("Die Lage sei ernst, sagte sie. „Wir tun, was wir können.“");
        assert_eq!(t.len(), 1, "{t:?}");
        let t = triples("„Wir bleiben“, sagte sie.\n\n„Die Schule wird nicht geschlossen.“");
        assert_eq!(t.len(), 1, "{t:?}");
    }
}
