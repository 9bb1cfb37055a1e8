//! A quotation that carries on after its cue: "“A,” Costa said. “B.”" —
//! the quote opening the next sentence of the same paragraph, with no cue of
//! its own, is the second piece of the same attribution.

use super::{Ctx, Frame};

impl Ctx<'_, '_> {
    /// Appends to `frame` the quotations that continue it. `claimed(q)` says
    /// whether quote `q` already belongs to some frame.
    pub fn continue_quotes(&self, frame: &mut Frame, claimed: &dyn Fn(usize) -> bool) {
        let Some(last) = frame.content.last() else {
            return;
        };
        // Only quotes continue quotes.
        if self.quotes.top_index(last.start).is_none() {
            return;
        }
        let after_frame = [
            frame.cue.end,
            frame.source.as_ref().map_or(0, |s| s.end),
            last.end,
        ]
        .into_iter()
        .max()
        .unwrap_or(0);
        let mut sent_end = self.sentence_end(after_frame.saturating_sub(1).max(frame.cue.start));
        for _ in 0..3 {
            let j = sent_end;
            let Some(next) = self.opens_quote(j) else {
                return;
            };
            if claimed(next) || !self.doc.same_para(j, frame.cue.start) {
                return;
            }
            let nq = &self.quotes.all[next];
            // The quote must make up its whole sentence (a cue after it would
            // make it someone's content).
            let end = self.sentence_end(nq.close);
            let tail_words = (nq.close + 1..end).filter(|&k| self.doc.is_word(k)).count();
            if tail_words > 0 || nq.words == 0 {
                return;
            }
            frame.content.push(nq.open + 1..nq.close);
            sent_end = end;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{one, s};

    #[test]
    fn next_quote_sentence_continues() {
        let (src, _, content, kind) =
            one("“Nobody enjoys presenting a budget like this,” Costa said. “But the alternative is worse.”");
        assert_eq!((src, kind), (s("Costa"), "direct"));
        assert_eq!(
            content,
            [
                "Nobody enjoys presenting a budget like this",
                "But the alternative is worse."
            ]
        );
    }

    #[test]
    fn a_new_paragraph_does_not_continue() {
        let t = super::super::testing::triples(
            "“First point here,” Costa said.\n\n“Second point here,” Lind said.",
        );
        assert_eq!(t.len(), 2);
        assert_eq!(t[0].2.len(), 1);
    }
}
