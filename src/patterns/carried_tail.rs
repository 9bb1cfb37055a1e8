//! For `continuation.rs`: the writer's few words after a continuing
//! quotation that finish its sentence ("“A,” Costa said. “The levy pays
//! for the roads” and for the harbour."): the quotation runs on into a
//! phrase of its own sentence, so the claim keeps the phrase (the
//! claim turns mixed). A tail opening with a verb ("“…” is painted on
//! the quay") or holding a cue or another quotation is no such phrase.

use super::Ctx;
use crate::lexicon::{list_text, WordList};
use crate::text::Tok;

/// First words of such a tail (`lang/en/carried_tail_openers.txt`).
static OPENERS: WordList = WordList::new(list_text!("en/carried_tail_openers"));

/// At most this many words in the tail.
const TAIL_WORDS: usize = 15;

impl Ctx<'_, '_> {
    /// The end (exclusive, its closing punctuation left out) of a tail that
    /// runs from token `from`, just after a quotation's closing mark, to the
    /// sentence's end `end`; `None` if the words there are no such tail.
    pub(super) fn carried_tail(&self, from: usize, end: usize) -> Option<usize> {
        if from >= end || self.doc.kind(from) != Some(Tok::Word) || !OPENERS.has(self.doc.tok(from))
        {
            return None;
        }
        let mut words = 0;
        for k in from..end {
            if self.doc.kind(k) == Some(Tok::Quote) || self.cue_form(k).is_some() {
                return None;
            }
            if self.doc.is_word(k) {
                words += 1;
            }
        }
        if words > TAIL_WORDS {
            return None;
        }
        let mut e = end;
        while e > from && !self.doc.is_word(e - 1) {
            e -= 1;
        }
        Some(e)
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{one, s};

    #[test]
    fn a_phrase_after_the_next_quote_carries_it_on() {
        let (src, _, content, kind) = one(
            "“The levy is fair,” Costa said. “It pays for the roads and the schools” and for the new harbour.",
        );
        assert_eq!((src, kind), (s("Costa"), "mixed"));
        assert_eq!(
            content,
            [
                "The levy is fair",
                "“It pays for the roads and the schools” and for the new harbour"
            ]
        );
    }

    #[test]
    fn a_verb_or_a_cue_after_the_next_quote_does_not() {
        let (_, _, content, _) = one(
            "“The levy is fair,” Costa said. “It pays for the roads” is printed on every bill.",
        );
        assert_eq!(content, ["The levy is fair"]);
        let t = super::super::testing::triples(
            "“The levy is fair,” Costa said. “It pays for the roads” and little else, Lind replied.",
        );
        assert!(t.iter().all(|x| x.2.len() == 1), "{t:?}");
    }
}
