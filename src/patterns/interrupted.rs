//! A reported clause interrupted by its attribution: "Prices will rise, the
//! minister said, because the subsidy ends in May" and "Particularly in the
//! north, she said, the roads are unsafe". The clause is one claim with
//! two pieces, either side of ", SOURCE CUE,"; a pattern that found one
//! piece gets the other here.

use std::ops::Range;

use super::{Ctx, Frame};
use crate::lexicon::{list_text, Class, WordList};
use crate::text::Tok;

/// How many frames either side of one can share its sentence's words.
const NEAR: usize = 16;

/// Adverbs that open a claim interrupted right after them ("Now, he says,
/// …", "Rather, she said, …").
static OPENING_ADVERBS: WordList = WordList::new(list_text!("en/opening_adverbs"));

/// Words after ", SOURCE CUE," that carry the claim before it on
/// (`lang/en/carries_on.txt`).
static CARRIES_ON: WordList = WordList::new(list_text!("en/carries_on"));

/// Words linking a sentence to the one before, left out of a claim they
/// open before ", SOURCE CUE," (`lang/en/linking_lead_ins.txt`).
static LINKING: WordList = WordList::new(list_text!("en/linking_lead_ins"));

impl Ctx<'_, '_> {
    /// Gives frames whose attribution interrupts their claim the claim's
    /// other piece.
    pub fn join_interrupted(&self, frames: &mut [Frame]) {
        for k in 0..frames.len() {
            let Some(piece) = self.other_piece(&frames[k]) else {
                continue;
            };
            // Frames are in text order and the piece lies in the frame's
            // sentence: only near neighbours can hold it (linear time).
            let near = k.saturating_sub(NEAR)..(k + NEAR + 1).min(frames.len());
            let taken = frames[near.clone()].iter().zip(near).any(|(g, j)| {
                j != k
                    && (g.content.iter().any(|c| overlaps(c, &piece))
                        || overlaps(&g.cue, &piece)
                        || g.source.as_ref().is_some_and(|s| overlaps(s, &piece)))
            });
            if taken {
                continue;
            }
            let f = &mut frames[k];
            let at = f.content.partition_point(|c| c.start < piece.start);
            f.content.insert(at, piece);
        }
    }

    /// The piece of `f`'s claim on the other side of its attribution, when
    /// the attribution stands between two commas inside one sentence.
    fn other_piece(&self, f: &Frame) -> Option<Range<usize>> {
        let source = f.source.as_ref()?;
        let [piece] = f.content.as_slice() else {
            return None;
        };
        let lo = source.start.min(f.cue.start);
        let hi = source.end.max(f.cue.end);
        let s = self.sentence_start(lo);
        let before = lo
            .checked_sub(1)
            .filter(|&b| b > s && self.doc.tok(b) == ",")?;
        // The comma after the attribution, past its adjuncts ("told
        // reporters on Monday,"): no content, quote or cue in between.
        let end = self.sentence_end(lo);
        let after = (hi..(hi + 6).min(end)).find(|&c| self.doc.tok(c) == ",")?;
        let between_clear = (hi..after)
            .all(|j| self.doc.is_word(j) && self.cue_form(j).is_none() && !self.in_quote(j))
            && !piece.clone().any(|j| (hi..after).contains(&j));
        if !between_clear || self.in_quote(before) || self.in_quote(after) {
            return None;
        }
        if piece.end <= before + 1 && piece.start >= s {
            // The claim is before: the rest of the sentence after the
            // second comma carries it on.
            let from = after + 1;
            let to = self.clause_end(from, end);
            let words = (from..to).filter(|&j| self.doc.is_word(j)).count();
            let own_cue = (from..to).any(|j| !self.in_quote(j) && self.cue_form(j).is_some());
            let quoted = self.opens_quote(from).is_some();
            (words >= 2 && !own_cue && !quoted && self.carries_on(from)).then_some(from..to)
        } else if piece.start > after && piece.start <= after + 2 {
            // The claim is after: the sentence's opening words before the
            // first comma are its start.
            let words = (s..before).filter(|&j| self.doc.is_word(j)).count();
            let own = (s..before).any(|j| {
                self.cue_form(j).is_some()
                    || self.doc.kind(j) == Some(Tok::Quote)
                    || matches!(self.doc.tok(j), ":" | "(" | ")" | ";")
            });
            // A quotation after the attribution is someone's words on
            // the topic the opening names ("As for the museum, he said,
            // “…”"); a relative "who" belongs to the clause before.
            let quoted = self.opens_quote(piece.start).is_some()
                || piece.start > 0 && self.opens_quote(piece.start - 1).is_some();
            let relative = self.class(source.start, Class::Rel)
                // "He left after, according to him, the mill closed": the
                // writer's clause ends with the conjunction the claim completes.
                || super::according_to::HANGING.has(self.doc.tok(before - 1));
            // A quotation opening in lowercase goes on with the clause
            // the opening started ("When the rule takes effect, she added,
            // “it will …”", "But, he said, “there is …”"): one claim, even
            // of one word; a capitalised one is a sentence of its own.
            // The first word past the marks (a doubled apostrophe ''it is
            // two of them).
            let first = (piece.start..piece.end)
                .find(|&k| self.doc.kind(k) != Some(Tok::Quote))
                .unwrap_or(piece.start);
            let lower =
                quoted && self.doc.kind(first) == Some(Tok::Word) && !self.doc.is_cap(first);
            let quoted = quoted && !lower;
            let min = if lower { 1 } else { 3 };
            let adjunct =
                quoted || relative || self.class(s, Class::Prep) && self.speech_setting(s, before);
            (words >= min && !own && !adjunct && !self.class(s, Class::Time)).then_some(s..before)
        } else {
            None
        }
    }

    /// "Now, he says, at least seven members …", "Rather, he said, the
    /// delays …": one opening adverb before ", SOURCE CUE," leaves the
    /// claim to what follows the cue's comma (at `from`), lowercase or not.
    /// The rest of the clause, when `s..b` is that one adverb.
    pub(super) fn piece_after_adverb(
        &self,
        s: usize,
        b: usize,
        from: usize,
        end: usize,
    ) -> Option<Range<usize>> {
        let words: Vec<usize> = (s..b).filter(|&k| self.doc.is_word(k)).collect();
        let adverb = match words.as_slice() {
            [w] => OPENING_ADVERBS.has(self.doc.tok(*w)) || super::np::ly_adverb(self.doc.tok(*w)),
            [a, w] => self.doc.is_any(*a, &["and", "but"]) && OPENING_ADVERBS.has(self.doc.tok(*w)),
            _ => false,
        };
        if !adverb || from >= end || self.opens_quote(from).is_some() {
            return None;
        }
        let to = self.clause_end(from, end);
        let own_cue = (from..to.min(from + 5)).any(|j| self.cue_form(j).is_some());
        let words = (from..to).filter(|&j| self.doc.is_word(j)).count();
        (words >= 3 && !own_cue && !self.class(from, Class::Rel)).then_some(from..to)
    }

    /// Is `piece` one word linking its sentence to the one before ("Still",
    /// "And"), all that stands before ", SOURCE CUE," ("Still, he said, the
    /// port is safe")? The claim is then only what follows.
    pub(super) fn linking_lead_in(&self, piece: &Range<usize>) -> bool {
        let words: Vec<usize> = piece.clone().filter(|&k| self.doc.is_word(k)).collect();
        matches!(words.as_slice(), [w] if LINKING.has(self.doc.tok(*w)) && !self.in_quote(*w))
    }

    /// Does the claim carry on at `i`, after ", SOURCE CUE,"? A
    /// conjunction does, subordinating or coordinating ("because", "unless",
    /// "until", "while", "that"; "…, the club added, and had paid every fee", "…, he
    /// said, and the talks went on": PolNeAR train counts the next clause
    /// the speaker's more often than the writer's), and so does a phrase
    /// completing the clause ("…, the poll indicates, with each receiving
    /// 40 percent", "…, the report said, including …"); a participle, a
    /// time or a place after the attribution is the writer's ("…, the
    /// company said, sending its shares down", "…, released on Tuesday").
    fn carries_on(&self, i: usize) -> bool {
        CARRIES_ON.has(self.doc.tok(i)) && self.doc.kind(i) == Some(Tok::Word)
    }

    /// "In a statement on Monday", "At a rally in Ohio": a phrase that
    /// sets the speech, not the claim.
    fn speech_setting(&self, from: usize, to: usize) -> bool {
        (from..to).any(|j| {
            self.word(j).is(crate::lexicon::WordInfo::DOC)
                || self.doc.is_any(
                    j,
                    &[
                        "interview",
                        "rally",
                        "conference",
                        "briefing",
                        "speech",
                        "appearance",
                        "hearing",
                        "meeting",
                        "event",
                        "debate",
                        "call",
                        "forum",
                        "town",
                        "statement",
                        "post",
                        "tweet",
                        "video",
                        "letter",
                        "email",
                        "show",
                        "program",
                    ],
                )
        })
    }
}

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

#[cfg(test)]
mod tests {
    use super::super::testing::one;

    #[test]
    fn the_verb_or_the_infinitive_after_the_attribution_goes_on() {
        let (_, _, content, _) =
            one("The real test of the bridge, engineers say, is the spring flood on the river.");
        assert_eq!(
            content,
            [
                "The real test of the bridge",
                "is the spring flood on the river"
            ]
        );
        let (_, _, content, _) =
            one("It would be wiser for the council, the mayor said, to wait for the audit.");
        assert_eq!(
            content,
            ["It would be wiser for the council", "to wait for the audit"]
        );
    }

    #[test]
    fn the_claim_goes_on_after_the_attribution() {
        let (_, _, content, _) = one(
            "Prices will rise this winter, the minister said, because the subsidy ends in May.",
        );
        assert_eq!(
            content,
            [
                "Prices will rise this winter",
                "because the subsidy ends in May"
            ]
        );
        let (_, _, content, _) = one(
            "The mill was the town's biggest employer, Ms. Varga said, until it closed in 2004.",
        );
        assert_eq!(
            content,
            [
                "The mill was the town's biggest employer",
                "until it closed in 2004"
            ]
        );
    }

    #[test]
    fn the_claim_starts_before_the_attribution() {
        let (_, _, content, _) =
            one("Particularly in the northern valleys, she said, the roads are unsafe after dark.");
        assert_eq!(
            content,
            [
                "Particularly in the northern valleys",
                "the roads are unsafe after dark"
            ]
        );
    }

    #[test]
    fn a_setting_or_a_new_clause_is_no_piece() {
        let (_, _, content, _) =
            one("As for the new museum, the mayor said, “I have not seen it yet.”");
        assert_eq!(content, ["I have not seen it yet."]);
        let (_, _, content, _) =
            one("The plant will close in June, the company said, sending its shares down.");
        assert_eq!(content, ["The plant will close in June"]);
    }

    #[test]
    fn one_opening_adverb_then_the_claim_after_the_attribution() {
        let (src, _, content, _) =
            one("Now, he says, at least nine of the trustees have signed on to the plan.");
        assert_eq!(src.as_deref(), Some("he"));
        assert_eq!(
            content,
            [
                "Now",
                "at least nine of the trustees have signed on to the plan"
            ]
        );
        // Two opening words are no adverb: no claim is made of them.
        assert!(
            super::super::testing::triples("Right now, he says, at least seven of them.")
                .iter()
                .all(|t| t.2.len() != 2)
        );
    }

    #[test]
    fn the_claim_goes_on_with_its_second_predicate_or_its_subject() {
        let (_, _, content, _) =
            one("She owed the league nothing, the club added, and had paid every fee.");
        assert_eq!(
            content,
            ["She owed the league nothing", "and had paid every fee"]
        );
        let (_, _, content, _) = one(
            "In the long run, several planners say, this change could ripple through the city.",
        );
        assert_eq!(
            content,
            [
                "In the long run",
                "this change could ripple through the city"
            ]
        );
        // The next clause after "and", or a phrase completing the clause.
        let (_, _, content, _) =
            one("The meeting would take three weeks, he said, and intense wrangling is likely.");
        assert_eq!(
            content,
            [
                "The meeting would take three weeks",
                "and intense wrangling is likely"
            ]
        );
        let (_, _, content, _) =
            one("The two mayors are now level, the report says, with each drawing 40 percent.");
        assert_eq!(
            content,
            [
                "The two mayors are now level",
                "with each drawing 40 percent"
            ]
        );
    }

    #[test]
    fn an_opening_goes_with_a_lowercase_quotation_after_the_attribution() {
        let (_, _, content, _) =
            one("When the new rule takes effect, the nurse added, “it will feel like a real job.”");
        assert_eq!(
            content,
            [
                "When the new rule takes effect",
                "it will feel like a real job."
            ]
        );
        let (_, _, content, _) = one("But, she said, “nothing has changed for the workers.”");
        assert_eq!(content, ["But", "nothing has changed for the workers."]);
        // Marks written as two apostrophes, as the NYT writes them.
        let (_, _, content, _) =
            one("Once the dam is finished, the engineer said, ''we will sleep a little easier.''");
        assert_eq!(
            content,
            [
                "Once the dam is finished",
                "'we will sleep a little easier.'"
            ]
        );
        // A capitalised quotation is a sentence of its own after a setting.
        let (_, _, content, _) =
            one("After the vote on the harbour plan, the mayor said, “We will start in May.”");
        assert_eq!(content, ["We will start in May."]);
    }
}
