//! A noun of saying with its topic and a possessive speaker: "his comments
//! on the port", "the mayor's remarks about the strike", "her promises of
//! aid", "Ames's comments Tuesday on the vote", "Ames made no mention of the
//! port". The preposition goes with the
//! cue; the topic is the noun phrase after it. The nouns are
//! `lang/en/topic_nouns.txt`; the speaker is read as for nominal.rs.

use super::{Ctx, Frame, Rule};
use crate::lexicon::{list_text, Class, WordId, WordList};
use crate::text::Tok;

static TOPIC_NOUNS: WordList = WordList::new(list_text!("en/topic_nouns"));

/// The words a topic follows ("comments on …", "promises of aid").
const TOPIC_PREPOSITIONS: [&str; 4] = ["about", "on", "regarding", "of"];

/// The nouns whose "of" phrase is what was said ("promises of aid"; "the
/// comments of the judge" name who spoke).
const OF_NOUNS: &[&str] = &[
    "claim", "claims", "promise", "promises", "warning", "warnings", "mention",
];

impl Ctx<'_, '_> {
    /// "Ames has made comments about …", "who made harsh remarks on …": the
    /// subject of "made" before the noun (at most two modifiers between).
    fn maker_of(&self, i: usize) -> Option<std::ops::Range<usize>> {
        let s = self.sentence_start(i);
        let made = (i.saturating_sub(3).max(s)..i)
            .rev()
            .find(|&k| self.doc.is_any(k, &["made", "make", "makes", "making"]))?;
        // "made no mention of", "makes little specific mention of": a
        // quantity of the noun before it.
        let modifiers = (made + 1..i).all(|k| {
            self.doc.kind(k) == Some(Tok::Word)
                && !self.doc.is_cap(k)
                && (!self.class(k, Class::Det) || self.doc.is_any(k, &["no", "little"]))
                && !self.class(k, Class::Prep)
        });
        if !modifiers || self.in_quote(made) {
            return None;
        }
        let subject = self.subject_before(made)?;
        self.can_speak(&subject.np).then_some(subject.np)
    }

    /// Frames for topic nouns with a possessive speaker.
    pub fn topic_noun_frames(&self) -> Vec<Frame> {
        // Few words are followed by a topic's preposition, and most nouns
        // are none of the list's: the prepositions are found first, by
        // their ids (one compare a token; by its text only for a word the
        // lists lack, "regarding"), and only the one or two tokens before
        // each are read as nouns (callgrind, written-dev: reading every
        // token's text as a noun first took 4% of the engine's
        // instructions).
        let preps = TOPIC_PREPOSITIONS.map(|w| self.lex.id_at(w, 0, w.len()));
        let unlisted = WordId::default();
        // The lengths of the prepositions the lists lack, one bit each:
        // every punctuation mark and unlisted word has the unlisted id, and
        // its length alone rules most of them out before any text compare
        // (callgrind, written-dev x10: -0.39M instructions).
        let unlisted_lens = TOPIC_PREPOSITIONS
            .iter()
            .zip(preps)
            .filter(|&(_, x)| x == unlisted)
            .fold(0u32, |m, (w, _)| m | 1 << w.len());
        let is_prep = |p: usize, id: WordId| {
            if id == unlisted {
                let n = self.doc.tok(p).len();
                n < 32
                    && unlisted_lens >> n & 1 != 0
                    && TOPIC_PREPOSITIONS
                        .iter()
                        .zip(preps)
                        .any(|(w, x)| x == unlisted && self.doc.is(p, w))
            } else {
                preps.contains(&id)
            }
        };
        // A bit of the id's low six bits first (the unlisted id's too when
        // a preposition is unlisted): most tokens are settled by one test
        // (callgrind, written-dev x10: -0.6M instructions).
        let bit = |w: WordId| 1u64 << (w.0 & 63);
        let bits = preps.iter().fold(0u64, |m, &w| m | bit(w));
        let mut out = Vec::new();
        for (p, &id) in self.ids.iter().enumerate() {
            if bits & bit(id) == 0 || !is_prep(p, id) {
                continue;
            }
            // In text order; each noun has one place for its preposition.
            for i in p.saturating_sub(2)..p {
                if self.topic_place(i) == p {
                    out.extend(self.topic_noun_at(i, p));
                }
            }
        }
        out
    }

    /// Where the preposition after a topic noun at `i` stands: next to
    /// it, or after one word of time ("comments Tuesday on …").
    fn topic_place(&self, i: usize) -> usize {
        if self.class(i + 1, Class::Time) {
            i + 2
        } else {
            i + 1
        }
    }

    /// The frame of a topic noun at `i` whose preposition is at `p`.
    fn topic_noun_at(&self, i: usize, p: usize) -> Option<Frame> {
        if self.doc.kind(i) != Some(Tok::Word)
            || self.doc.is_cap(i)
            || !TOPIC_NOUNS.has(self.doc.tok(i))
            || self.in_quote(i)
        {
            return None;
        }
        let of = self.doc.is(p, "of") && self.doc.is_any(i, OF_NOUNS);
        if !(of || self.doc.is_any(p, &["about", "on", "regarding"])) {
            return None;
        }
        let mut source = self.claim_owner(i, i + 1).or_else(|| self.maker_of(i))?;
        // "audio of Ames's remarks", "to assess Ames's claims": the
        // possessor only.
        if let Some(o) = source.clone().rev().find(|&k| self.doc.is(k, "of")) {
            source.start = o + 1;
        }
        while source.len() > 2
            && self.doc.kind(source.start) == Some(Tok::Word)
            && !self.doc.is_cap(source.start)
            && !self.class(source.start, Class::Det)
        {
            source.start += 1;
        }
        if source.is_empty() {
            return None;
        }
        let end = self.sentence_end(i);
        let from = p + 1;
        let mut np = self.np_after(from, end).filter(|np| np.start == from)?;
        // "the potency of its test", "her energy and stamina".
        for _ in 0..3 {
            if !self.doc.is_any(np.end, &["of", "and"]) {
                break;
            }
            match self.np_after(np.end + 1, end) {
                Some(more) if more.start == np.end + 1 => np.end = more.end,
                _ => break,
            }
        }
        // "… on the condition of anonymity" is how someone spoke.
        let anonymity = np.clone().any(|k| self.doc.is(k, "anonymity"));
        if anonymity || self.content_span(np.clone()).is_none() || self.in_quote(from) {
            return None;
        }
        Some(Frame::one(i..p + 1, Some(source), Rule::Headline, np, 0.6))
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{s, triples};

    #[test]
    fn a_possessive_noun_of_saying_and_its_topic() {
        let t = triples("The union was angered by his comments on the new harbor fees.");
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!((t[0].0.clone(), t[0].1.as_str()), (s("his"), "comments on"));
        assert_eq!(t[0].2, ["the new harbor fees"]);
        let t = triples("The mayor’s remarks Tuesday about the strike drew boos.");
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].0, s("The mayor’s"));
        assert_eq!(t[0].1, "remarks Tuesday about");
        let t = triples("Experts tried to assess the union’s claims about the depth of its cuts.");
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].0, s("the union’s"));
        assert_eq!(t[0].2, ["the depth of its cuts"]);
    }

    /// "regarding", which the word lists lack, is found by its text.
    #[test]
    fn a_topic_after_an_unlisted_preposition() {
        let t = triples("The board rejected her remarks regarding the ferry timetable.");
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(
            (t[0].0.clone(), t[0].1.as_str()),
            (s("her"), "remarks regarding")
        );
        assert_eq!(t[0].2, ["the ferry timetable"]);
    }

    #[test]
    fn the_one_who_made_the_comments() {
        let t = triples("The mayor has made harsh comments about the harbor fees.");
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(
            (t[0].0.clone(), t[0].1.as_str()),
            (s("The mayor"), "comments about")
        );
        assert_eq!(t[0].2, ["the harbor fees"]);
    }

    #[test]
    fn what_was_left_unmentioned() {
        // "made no mention of", "makes little mention of": the topic is
        // what the speaker did (not) mention.
        let t = triples("The governor made no mention of the ferry subsidy.");
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(
            (t[0].0.clone(), t[0].1.as_str()),
            (s("The governor"), "mention of")
        );
        assert_eq!(t[0].2, ["the ferry subsidy"]);
    }

    #[test]
    fn no_possessive_or_an_of_phrase_of_the_speaker_no_frame() {
        assert!(triples("The comments on the new harbor fees were harsh.").is_empty());
        assert!(triples("His comments of last week were harsh.").is_empty());
    }
}
