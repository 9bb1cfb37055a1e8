//! A quotation that carries on after its cue: "“A,” Costa said. “B.”" —
//! the quote opening the next sentence of the same paragraph, with no cue of
//! its own, is the second piece of the same attribution. So is a paragraph
//! that is one quotation and nothing else, right after the paragraph the
//! attribution ends ("“A,” Costa said.¶“B.”"): the news convention for a
//! speaker who goes on.

use super::{Ctx, Frame};

/// At most this many words lead into a quotation that continues a claim
/// ("Now, “…”", "But “…”"): more are a sentence of the writer's own, with a
/// verb that may credit the quote to someone else (measured on PolNeAR
/// train: 3 lifts it, 4 or more cost it).
const LEAD_IN_WORDS: usize = 3;

impl Ctx<'_, '_> {
    /// Appends to `frame` the quotations that continue it. `claimed(q)` says
    /// whether quote `q` already belongs to some frame.
    pub fn continue_quotes(&self, frame: &mut Frame, claimed: &dyn Fn(usize) -> bool) {
        let Some(last) = frame.content.last() else {
            return;
        };
        // Quotes continue any claim: a quotation, a mixed claim that ends in
        // one ("Trump is a “change agent,” Cole said. “…”") and a reported
        // one ("Cole said the plan would fail. “…”": measured on PolNeAR
        // train, the quote after a reported claim is as often its speaker's).
        let after_frame = [
            frame.cue.end,
            frame.source.as_ref().map_or(0, |s| s.end),
            last.end,
        ]
        .into_iter()
        .max()
        .unwrap_or(0);
        let mut sent_end = self.sentence_end(after_frame.saturating_sub(1).max(frame.cue.start));
        // "X said … “…,” she said. “…”": the later cue of the sentence
        // takes what continues.
        let mixed = self.quotes.top_index(last.start).is_none();
        if mixed && (after_frame..sent_end).any(|k| !self.in_quote(k) && self.cue_form(k).is_some())
        {
            return;
        }
        let mut crossed = false;
        for _ in 0..3 {
            let j = sent_end;
            let (next, from) = match self.opens_quote(j) {
                Some(q) => (q, None),
                None => match self.led_in_quote(j) {
                    Some(q) => (q, Some(j)),
                    None => return,
                },
            };
            if claimed(next) {
                return;
            }
            let nq = &self.quotes.all[next];
            // One paragraph on at most: a further one is as often another
            // speaker's (measured on PolNeAR train).
            if !self.doc.same_para(j, frame.cue.start) {
                if crossed || from.is_some() || !self.quote_paragraph(j, nq.close) {
                    return;
                }
                crossed = true;
            }
            // The quote must make up its whole sentence (a cue after it would
            // make it someone's content).
            let end = self.sentence_end(nq.close);
            let tail_words = self.doc.words_in(nq.close + 1..end);
            if nq.words == 0 {
                return;
            }
            // "“B” and other costs.": a few words of the writer's carry the
            // quotation on to its sentence's end (carried_tail.rs).
            let tail = if tail_words > 0 && !self.relative_tail(nq.close + 1, end) {
                match self.carried_tail(nq.close + 1, end) {
                    Some(t) => Some(t),
                    None => return,
                }
            } else {
                None
            };
            frame.content.push(match (from, tail) {
                (_, Some(t)) => from.unwrap_or(nq.open)..t,
                (Some(f), None) => f..nq.close + 1,
                (None, None) => nq.open + 1..nq.close,
            });
            sent_end = end;
        }
    }

    /// ", which votes in June" after a quotation: a relative clause on
    /// its last noun, with no cue in it, leaves the quotation its
    /// sentence's.
    fn relative_tail(&self, from: usize, end: usize) -> bool {
        let mut k = from;
        if self.doc.tok(k) == "," {
            k += 1;
        }
        self.doc.is_any(k, &["which", "where", "when"])
            && (k..end).all(|i| {
                self.cue_form(i).is_none() && self.doc.kind(i) != Some(crate::text::Tok::Quote)
            })
    }

    /// The quotation that a sentence opening at `j` leads into after a few
    /// words of its own ("Now, “…”", "Instead, “…”"): none of them a cue
    /// or a quotation mark.
    fn led_in_quote(&self, j: usize) -> Option<usize> {
        let end = self.doc.sentence(j).end;
        let mut words = 0;
        for k in j..end.min(j + 40) {
            if let Some(q) = self.opens_quote(k) {
                return (words > 0).then_some(q);
            }
            if self.doc.kind(k) == Some(crate::text::Tok::Quote) || self.cue_form(k).is_some() {
                return None;
            }
            if self.doc.is_word(k) {
                words += 1;
                if words > LEAD_IN_WORDS {
                    return None;
                }
            }
        }
        None
    }

    /// Does the quotation opening at `open` (closing at `close`) make up the
    /// whole of its paragraph, the one right after the paragraph of the
    /// token before it?
    fn quote_paragraph(&self, open: usize, close: usize) -> bool {
        let para = |i: usize| self.doc.tokens.get(i).map(|t| t.para);
        let (Some(p), Some(before)) = (para(open), open.checked_sub(1).and_then(para)) else {
            return false;
        };
        let Some(range) = self.doc.paragraphs.get(p as usize) else {
            return false;
        };
        // A quotation of several paragraphs ends with the paragraph it closes in.
        let end = para(close)
            .and_then(|c| self.doc.paragraphs.get(c as usize))
            .map_or(range.end, |r| r.end);
        p == before + 1 && range.start == open && (close + 1..end).all(|k| !self.doc.is_word(k))
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
    fn a_relative_clause_after_the_next_quote_leaves_it_continuing() {
        let (_, _, content, _) = one(
            "“The ferry will run all winter,” said Ines Varga, the harbour master. “We can reach Tromsø by Friday,” which is two days sooner.",
        );
        assert_eq!(
            content,
            [
                "The ferry will run all winter",
                "We can reach Tromsø by Friday"
            ]
        );
        // Other words after the quotation make it the writer's sentence.
        let (_, _, content, _) = one(
            "“The ferry will run all winter,” said Ines Varga. “We can reach Tromsø by Friday” is painted on the quay.",
        );
        assert_eq!(content, ["The ferry will run all winter"]);
    }

    #[test]
    fn a_new_paragraph_does_not_continue() {
        let t = super::super::testing::triples(
            "“First point here,” Costa said.\n\n“Second point here,” Lind said.",
        );
        assert_eq!(t.len(), 2);
        assert_eq!(t[0].2.len(), 1);
    }

    #[test]
    fn a_paragraph_that_is_one_quotation_continues() {
        let t = super::super::testing::triples(
            "“The ferry will run again in spring,” Marsh said.\n\n“We owe the islanders that much.”",
        );
        assert_eq!(t.len(), 1);
        assert_eq!(
            t[0].2,
            [
                "The ferry will run again in spring",
                "We owe the islanders that much."
            ]
        );
        // One paragraph on at most, and only a paragraph that is nothing but
        // the quotation.
        let t = super::super::testing::triples(
            "“The ferry will run again,” Marsh said.\n\n“It is late.”\n\n“Nobody knows why.”",
        );
        assert_eq!(t[0].2, ["The ferry will run again", "It is late."]);
        let t = super::super::testing::triples(
            "“The ferry will run again,” Marsh said.\n\n“It is late,” and the crowd left.",
        );
        assert_eq!(t[0].2, ["The ferry will run again"]);
    }

    #[test]
    fn a_quotation_after_a_reported_claim_continues() {
        let t = super::super::testing::triples(
            "Marsh said the ferry would run again in spring. “We owe the islanders that much.”",
        );
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(
            t[0].2,
            [
                "the ferry would run again in spring",
                "We owe the islanders that much."
            ]
        );
    }

    #[test]
    fn a_few_words_may_lead_into_the_next_quotation() {
        let t = super::super::testing::triples(
            "“The ferry will run again,” Marsh said. Still, “nobody can say when.”",
        );
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(
            t[0].2,
            ["The ferry will run again", "Still, “nobody can say when.”"]
        );
        // A longer lead is the writer's own sentence, and a new paragraph
        // ends the claim.
        for text in [
            "“The ferry will run again,” Marsh said. Her deputy was less sure of “the spring date.”",
            "“The ferry will run again,” Marsh said.\n\nStill, “nobody can say when.”",
        ] {
            let t = super::super::testing::triples(text);
            assert_eq!(t[0].2, ["The ferry will run again"], "{text}");
        }
    }

    #[test]
    fn a_mixed_claim_ending_in_a_quotation_continues() {
        let t = super::super::testing::triples(
            "Yet the ferry is also a “lifeline,” Marsh said. “Nobody here could live without it.”",
        );
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(
            t[0].2,
            [
                "Yet the ferry is also a “lifeline,”",
                "Nobody here could live without it."
            ]
        );
        // The sentence's later cue takes what continues.
        let t = super::super::testing::triples(
            "Marsh said the ferry was needed because “nobody could live without it,” she said. “It is the road.”",
        );
        let first = t
            .iter()
            .find(|x| x.2[0].starts_with("the ferry"))
            .expect("first");
        assert_eq!(first.2.len(), 1, "{t:?}");
    }
}
