//! A participle of saying in the phrase that opens the sentence: "After
//! saying he was nervous, the senator asked …", "While saying that he
//! respects her, Mr. Hale …", "Since announcing in May that he would not
//! run, the mayor …", "Claiming the vote was rigged, the senator …". The speaker
//! is the subject after the phrase's comma; the claim ends at that comma.

use super::cue::CueHit;
use super::participle::SAYING;
use super::{Ctx, Frame, Rule};
use crate::lexicon::Class;

/// Subordinators that open a participle phrase.
const OPENERS: &[&str] = &["after", "while", "since", "before", "upon", "when"];

impl Ctx<'_, '_> {
    pub fn opening_participle_frame(&self, hit: &CueHit) -> Option<Frame> {
        let form = hit.form?;
        // Any cue with a "that" clause ("Noting that …, Holm added").
        // ("Recalling that moment, Holm …": a determiner, no clause.)
        let that = self.doc.is(hit.range.end, "that") && self.doc.tok(hit.range.end + 2) != ",";
        if !form.participle || !(SAYING.has(form.lemma) || that) {
            return None;
        }
        let s = self.sentence_start(hit.verb);
        // What stands before the participle: nothing, or a subordinator
        // after at most a conjunction or an adverb ("But after saying").
        let mut k = hit.range.start;
        if k > s && self.doc.is_any(k - 1, OPENERS) {
            k -= 1;
        } else if let Some(start) = self.gerund_opening(hit, k).filter(|&g| g >= s) {
            // "In addition to stating that …, the mayor" (gerund.rs).
            k = start;
        }
        while k > s && (self.class(k - 1, Class::Intro) || self.class(k - 1, Class::Conj)) {
            k -= 1;
        }
        if k != s || self.in_quote(hit.verb) {
            return None;
        }
        let r = self.content_after(hit)?;
        // The phrase's comma: the first one outside a quotation, after a
        // few words of claim.
        // A comma inside the quotation's closing mark counts ("After
        // saying it was “so swollen,” she …").
        // The claim may already end at it (a tail after it: tails.rs).
        let comma = (r.start + 2..(r.end + 1).min(self.len())).find(|&c| {
            self.doc.tok(c) == "," && (!self.in_quote(c) || self.closes_quote(c + 1).is_some())
        })?;
        // The claim keeps the quotation's closing mark.
        let (comma, claim_end) = if self.closes_quote(comma + 1).is_some() {
            (comma + 1, comma + 2)
        } else {
            (comma, comma)
        };
        let end = self.sentence_end(hit.verb);
        let np = self.name_then_verb(self.np_after(comma + 1, end)?, s);
        let verb = np.end;
        let verb_next = verb < end
            && self.doc.is_word(verb)
            && !self.doc.is_cap(verb)
            && !self.class(verb, Class::Prep)
            && !self.class(verb, Class::Conj);
        if !(verb_next && (self.can_speak(&np) || self.plural_speaker(np.end - 1))) {
            return None;
        }
        Some(Frame::one(
            hit.range.clone(),
            Some(np),
            Rule::Participle,
            r.start..claim_end,
            0.75,
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{s, triples};

    #[test]
    fn the_subject_after_the_opening_phrase_speaks() {
        for (text, source, claim) in [
            (
                "After saying he was nervous about the vote, the senator asked a question.",
                "the senator",
                "he was nervous about the vote",
            ),
            (
                "While saying that he respects the governor, Mr. Hale kept up his attacks.",
                "Mr. Hale",
                "he respects the governor",
            ),
            (
                "Claiming the vote was rigged, the senator walked out.",
                "the senator",
                "the vote was rigged",
            ),
            (
                "After saying her knee was “so sore I could hardly stand,” she was taken to a clinic.",
                "she",
                "her knee was “so sore I could hardly stand,”",
            ),
            (
                "But after saying she was tired of the delays, the coach stayed on.",
                "the coach",
                "she was tired of the delays",
            ),
            (
                "Noting that the dam had failed twice, Holm added a warning.",
                "Holm",
                "the dam had failed twice",
            ),
        ] {
            let t = triples(text);
            assert_eq!(t.len(), 1, "{text}: {t:?}");
            assert_eq!(t[0].0, s(source), "{text}");
            assert_eq!(t[0].2, [claim], "{text}");
        }
    }

    #[test]
    fn no_speaker_no_claim() {
        // No subject that can speak after the comma.
        assert!(triples("After saying goodbye to the staff, the rain fell all day.").is_empty());
        // Not a verb of saying: "after adding two rooms".
        assert!(triples("After adding two rooms, the owners sold the house.").is_empty());
        // "that" as a determiner.
        assert!(triples("Recalling that moment, Holm smiled at the crowd.").is_empty());
    }
}
