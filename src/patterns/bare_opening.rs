//! A time opening the sentence with no comma before its subject, for
//! `sentence_subject.rs`: "Later they reversed themselves and said …", "A
//! few minutes later the mayor left, saying …", "Two days ago Holt …"
//! (with a comma, "Later, …" and "Hours later, …" are read there).

use super::Ctx;
use crate::lexicon::Class;

/// Adverbs of time that can open a sentence right before its subject.
const OPENING_TIMES: &[&str] = &["later", "earlier", "afterward", "afterwards", "ago"];

impl Ctx<'_, '_> {
    /// The subject's first token after a time opening the sentence at `s`
    /// ("Later", "A few minutes later", "Two days ago") with no comma,
    /// before `i`: a determiner, a pronoun or a capitalised word follows.
    pub(super) fn bare_opening_time(&self, s: usize, i: usize) -> Option<usize> {
        let t = (s..(s + 4).min(i)).find(|&k| self.doc.is_any(k, OPENING_TIMES))?;
        // "A few minutes later", "Two days ago", "Moments later": only
        // words before it, a span of time.
        if !(s..t).all(|k| self.doc.is_word(k) || self.doc.kind(k) == Some(crate::text::Tok::Num)) {
            return None;
        }
        let b = t + 1;
        // Not "Earlier this week, …": a time goes on after it.
        let subject = b < i
            && !self.class(b + 1, Class::Time)
            && (self.class(b, Class::Det) && !self.doc.is(b, "that")
                || self.is_pronoun(b)
                || self.doc.is_cap(b) && self.doc.is_word(b));
        subject.then_some(b)
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{s, triples};

    #[test]
    fn a_time_with_no_comma_before_the_subject() {
        for (text, who) in [
            (
                "Later they reversed course and said they would count the ballots.",
                "they",
            ),
            (
                "A few minutes later the mayor closed the door, saying the count was over.",
                "the mayor",
            ),
            (
                "Earlier this week, two aides to the mayor wrote to the board, urging it to wait.",
                "two aides",
            ),
        ] {
            let t = triples(text);
            let a = t
                .iter()
                .find(|a| a.1 == "said" || a.1 == "saying" || a.1 == "urging")
                .unwrap_or_else(|| panic!("{text}: {t:?}"));
            assert_eq!(a.0, s(who), "{text}");
        }
    }
}
