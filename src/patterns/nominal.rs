//! Nominal cues: a noun of saying with its "that" clause. "his claim that
//! the tax was illegal", "Tulsa police's earlier claim that …", "repeated
//! warnings from his attorney that …". The speaker is the possessive before
//! the noun or the phrase after "from"/"by"; with neither, there is no
//! frame ("the claim that …" names no one). The nouns are
//! `lang/en/claim_nouns.txt`.

use std::ops::Range;

use super::{Ctx, Frame, Rule};
use crate::lexicon::{list_text, Class, WordId, WordList};
use crate::text::Tok;

pub(super) static NOUNS: WordList = WordList::new(list_text!("en/claim_nouns"));

impl Ctx<'_, '_> {
    /// The speaker of the claim noun at `i`: a possessive before it (over at
    /// most three modifiers), or a phrase after "from"/"by" ending at `that`.
    pub(super) fn claim_owner(&self, i: usize, that: usize) -> Option<Range<usize>> {
        if that > i + 1 {
            let np = self.np_after(i + 2, that)?;
            return (np.end == that && self.can_speak(&np)).then_some(np);
        }
        let s = self.sentence_start(i);
        let mut k = i;
        for _ in 0..4 {
            if k <= s {
                return None;
            }
            let p = k - 1;
            if self.doc.is_any(p, &["his", "her", "their", "its"]) {
                return Some(p..p + 1);
            }
            if self.doc.kind(p) == Some(Tok::Poss) {
                return self.np_before(p, s).filter(|np| self.can_speak(np));
            }
            let modifier = self.doc.kind(p) == Some(Tok::Word)
                && !self.doc.is_cap(p)
                && !self.class(p, Class::Det)
                && !self.class(p, Class::Prep)
                && !self.class(p, Class::Conj);
            if !modifier {
                return None;
            }
            k = p;
        }
        None
    }

    /// Frames for claim nouns with a "that" clause and a named speaker.
    pub fn nominal_frames(&self) -> Vec<Frame> {
        let mut out = Vec::new();
        // The three words' entries in the word lists: one compare of a
        // token's id each (in a language whose lists lack one of them,
        // the words themselves).
        let ids = ["that", "from", "by"].map(|w| self.lex.id_at(w, 0, w.len()));
        let listed = !ids.contains(&WordId::default());
        if !listed {
            for i in 0..self.len() {
                if self.doc.is_any(i + 1, &["that", "from", "by"]) {
                    out.extend(self.nominal_at(i));
                }
            }
            return out;
        }
        // The next word is read first, the ids as a slice: most words are
        // followed by neither "that" nor "from"/"by".
        // A bit of the id's low six bits first: most ids are settled by
        // one test instead of three compares.
        let [a, b, c] = ids;
        let bit = |w: WordId| 1u64 << (w.0 & 63);
        let bits = bit(a) | bit(b) | bit(c);
        let mut from = 0;
        while let Some(p) = self.ids.get(from + 1..).and_then(|rest| {
            rest.iter()
                .position(|&w| bits & bit(w) != 0 && (w == a || w == b || w == c))
        }) {
            let i = from + p;
            from = i + 1;
            out.extend(self.nominal_at(i));
        }
        // "his comments on the port" (topic_noun.rs).
        out.extend(self.topic_noun_frames());
        out
    }

    /// The frame of a claim noun at `i`, which a "that", "from" or "by"
    /// follows.
    fn nominal_at(&self, i: usize) -> Option<Frame> {
        if self.doc.kind(i) != Some(Tok::Word) || self.in_quote(i) || !NOUNS.has(self.doc.tok(i)) {
            return None;
        }
        // "claim that …" or "warnings from his attorney that …".
        let end = self.sentence_end(i);
        let that = if self.doc.is(i + 1, "that") {
            i + 1
        } else if self.doc.is_any(i + 1, &["from", "by"]) {
            (i + 2..end.min(i + 10)).find(|&k| self.doc.is(k, "that"))?
        } else {
            return None;
        };
        // "Asked about Trump's claim that …": the question's topic.
        if self.doc.is(self.sentence_start(i), "asked") {
            return None;
        }
        let source = self.claim_owner(i, that)?;
        // The clause runs to the next clause boundary outside quotes.
        let start = that + 1;
        let stop = (start..end)
            .find(|&k| {
                matches!(
                    self.doc.tok(k),
                    "," | ";" | "—" | "–" | "(" | "." | "?" | "!"
                ) && !self.in_quote(k)
            })
            .unwrap_or(end);
        let content = start..stop;
        let words = self.doc.words_in(content.clone());
        if words < 4 || self.content_span(content.clone()).is_none() {
            return None;
        }
        Some(Frame::one(
            i..i + 1,
            Some(source),
            Rule::Headline,
            content,
            0.6,
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{s, triples};

    #[test]
    fn a_possessive_claim() {
        let t = triples(
            "Contrary to his claim that the audit would show nothing new, it found a deficit.",
        );
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!((t[0].0.clone(), t[0].1.as_str()), (s("his"), "claim"));
        assert_eq!(t[0].2, ["the audit would show nothing new"]);
        let t = triples("The video contradicts the harbor police’s earlier claim that the boat had fled the scene.");
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].0, s("the harbor police"));
    }

    #[test]
    fn a_claim_from_someone() {
        let t = triples(
            "The vote went ahead despite repeated warnings from the city attorney that the contract was void.",
        );
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(
            (t[0].0.clone(), t[0].1.as_str()),
            (s("the city attorney"), "warnings")
        );
        assert_eq!(t[0].2, ["the contract was void"]);
    }

    #[test]
    fn no_speaker_no_frame() {
        assert!(triples("The claim that the bridge is unsafe has spread online.").is_empty());
        assert!(triples("His claim was rejected by the court on Monday.").is_empty());
    }
}
