//! A pro-form as the whole claim: "half said so in the spring poll", "the
//! aides admitted as much in a memo", "30 percent said the same", "both
//! lawyers said the same thing". The words stand for a claim said before;
//! what follows them (a setting, a time, an adverb) is no part of it. The
//! engine asks this before its three-word check, which such a claim fails.

use super::{Ctx, Frame};
use crate::lexicon::Class;

/// The auxiliaries of a clause cut short ("said he would").
const AUX: &[&str] = &[
    "would", "could", "will", "did", "does", "do", "should", "might", "can", "may", "must", "had",
    "has", "have", "was", "were", "is", "are",
];

impl Ctx<'_, '_> {
    /// The end of a pro-form opening at `k`: "so", "as much", "the same",
    /// "the same thing", "much the same".
    fn pro_form_end(&self, k: usize) -> Option<usize> {
        if !self.doc.is_word(k) || self.in_quote(k) {
            return None;
        }
        let at = |i: usize, w: &str| i < self.len() && self.doc.is(i, w);
        if at(k, "so") {
            return Some(k + 1);
        }
        // "said it in an interview", "admit this, but …": a pronoun only
        // before a mark or a preposition ("said it would", "said this week").
        if (at(k, "it") || at(k, "this"))
            && (k + 1 >= self.len()
                || matches!(self.doc.tok(k + 1), "." | "," | ";")
                || self.class(k + 1, Class::Prep)
                    && !self
                        .doc
                        .is_any(k + 1, &["as", "of", "than", "to", "that", "like"]))
        {
            return Some(k + 1);
        }
        // "said yes", "answered no", "said yes, yes, yes".
        if at(k, "yes") || at(k, "no") {
            let mut e = k + 1;
            while at(e, ",") && at(e + 1, self.doc.tok(k)) {
                e += 2;
            }
            return Some(e);
        }
        // "said he would.", "said she could, but …": a clause cut to its
        // subject and auxiliary.
        if self.is_pronoun(k) && k + 1 < self.len() && self.doc.is_any(k + 1, AUX) {
            let mut e = k + 2;
            if e < self.len() && self.doc.is_any(e, &["not", "n’t", "n't"]) {
                e += 1;
            }
            let closed = e >= self.len()
                || matches!(self.doc.tok(e), "." | "," | ";")
                || self.doc.is_any(e, &["and", "but"]);
            return closed.then_some(e);
        }
        if at(k, "as") && at(k + 1, "much") {
            return Some(k + 2);
        }
        let same = if at(k, "the") && at(k + 1, "same") {
            k + 2
        } else if at(k, "much") && at(k + 1, "the") && at(k + 2, "same") {
            k + 3
        } else {
            return None;
        };
        Some(if at(same, "thing") { same + 1 } else { same })
    }

    /// Does the pro-form end at `e`: the sentence's end, a mark, or a word
    /// that opens a setting or a time ("in", "on Tuesday", "publicly",
    /// "too", "and")? "said so many things", "said the same day that …",
    /// "as much as" are no pro-forms.
    fn pro_form_closes(&self, e: usize) -> bool {
        if e >= self.len() || !self.doc.is_word(e) {
            return e >= self.len() || !self.doc.is_any(e, &["-", "’s", "'s"]);
        }
        if self.doc.is_any(e, &["as", "of", "than", "to", "that"]) {
            return false;
        }
        let w = self.doc.tok(e);
        self.class(e, Class::Prep)
            || self.class(e, Class::Time)
            || self.class(e, Class::Conj)
            || (w.len() > 4 && w.ends_with("ly") && !self.doc.is_cap(e))
            || self.doc.is_any(
                e,
                &[
                    "too",
                    "again",
                    "then",
                    "now",
                    "before",
                    "earlier",
                    "today",
                    "yesterday",
                    "last",
                    "this",
                    "recently",
                    "later",
                ],
            )
    }

    /// Does a pro-form that ends its clause open at `k` ("admitted as much
    /// in a memo")? adjuncts.rs reads it as the claim rather than skip "as"
    /// as a preposition.
    pub(super) fn pro_form_at(&self, k: usize) -> bool {
        self.pro_form_end(k).is_some_and(|e| {
            self.pro_form_closes(e) && !self.so_of_degree(k, e) && !self.words_follow(e)
        })
    }

    /// "concluded so eloquently, “…”": "so" of degree before an adverb,
    /// unless a setting follows that ("said so publicly for now").
    fn so_of_degree(&self, k: usize, e: usize) -> bool {
        let ly = |i: usize| {
            i < self.len()
                && self.doc.is_word(i)
                && self.doc.tok(i).len() > 4
                && self.doc.tok(i).ends_with("ly")
        };
        self.doc.is(k, "so")
            && ly(e)
            && !(e + 1 >= self.len()
                || matches!(self.doc.tok(e + 1), "." | "!" | "?")
                || self.class(e + 1, Class::Prep)
                || self.class(e + 1, Class::Time))
    }

    /// Are the words themselves still to come in the sentence: a colon a
    /// few words on ("said the same thing at every stop: “…”")? (A
    /// quotation after a comma is a claim of its own: "said as much,
    /// arguing that …".)
    fn words_follow(&self, e: usize) -> bool {
        let end = self.sentence_end(e).min(e + 25);
        (e..end).any(|i| self.doc.tok(i) == ":" && !self.in_quote(i))
    }

    /// Is `f`'s claim a pro-form right after its cue (kept when the engine
    /// drops one-word scraps)?
    pub fn is_pro_form_claim(&self, f: &Frame) -> bool {
        matches!(f.content.as_slice(), [c] if c.start == f.cue.end
            && self.pro_form_end(c.start) == Some(c.end))
    }

    /// If `f`'s claim opens right after its cue with a pro-form, cuts the
    /// claim to the pro-form and says so.
    pub fn pro_form_claim(&self, f: &mut Frame) -> bool {
        let [c] = f.content.as_slice() else {
            return false;
        };
        if c.start != f.cue.end || f.source.is_none() {
            return false;
        }
        let Some(e) = self.pro_form_end(c.start).filter(|&e| e <= c.end) else {
            return false;
        };
        if !self.pro_form_at(c.start) {
            return false;
        }
        f.content[0].end = e;
        true
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{s, triples};

    fn claim_of(text: &str, cue: &str) -> Option<(Option<String>, Vec<String>)> {
        triples(text)
            .into_iter()
            .find(|a| a.1 == cue)
            .map(|a| (a.0, a.2))
    }

    #[test]
    fn so_as_much_and_the_same_are_the_whole_claim() {
        assert_eq!(
            claim_of(
                "Few voters trust him now, after half said so in the spring.",
                "said"
            ),
            Some((s("half"), vec!["so".to_string()]))
        );
        assert_eq!(
            claim_of(
                "The aides admitted as much in a memo on Monday.",
                "admitted"
            ),
            Some((s("The aides"), vec!["as much".to_string()]))
        );
        assert_eq!(
            claim_of(
                "Last spring, 30 percent of the members said the same.",
                "said"
            ),
            Some((s("30 percent of the members"), vec!["the same".to_string()]))
        );
        assert_eq!(
            claim_of(
                "Both of the coaches said the same thing after the game.",
                "said"
            ),
            Some((s("Both of the coaches"), vec!["the same thing".to_string()]))
        );
    }

    #[test]
    fn it_or_this_before_a_mark_or_a_preposition() {
        assert_eq!(
            claim_of(
                "The coach had said it on the radio before the game.",
                "had said"
            ),
            Some((s("The coach"), vec!["it".to_string()]))
        );
        let t = triples("The coach said it would rain before the game.");
        assert_eq!(t[0].2, ["it would rain before the game"]);
    }

    #[test]
    fn yes_no_and_a_clause_cut_to_its_auxiliary() {
        assert_eq!(
            claim_of("Asked if the vote would pass, the clerk said yes.", "said"),
            Some((s("the clerk"), vec!["yes".to_string()]))
        );
        assert_eq!(
            claim_of("The boy said yes, yes, yes, louder each time.", "said"),
            Some((s("The boy"), vec!["yes, yes, yes".to_string()]))
        );
        assert_eq!(
            claim_of(
                "The crowd asked if she would stay, and she said she would.",
                "said"
            ),
            Some((s("she"), vec!["she would".to_string()]))
        );
        let t = triples("The clerk said he would probably run again next year.");
        assert_eq!(t[0].2, ["he would probably run again next year"]);
    }

    #[test]
    fn no_pro_form_before_a_noun_or_a_comparison() {
        let t = triples("The mayor said the same day that the bridge would close.");
        assert!(t.iter().all(|a| a.2 != ["the same"]), "{t:?}");
        let t = triples("The firm said as much as a third of its staff would go.");
        assert!(t.iter().all(|a| a.2 != ["as much"]), "{t:?}");
        let t = triples("The pastor concluded so plainly, “We are all neighbors here.”");
        assert!(t.iter().all(|a| a.2 != ["so"]), "{t:?}");
        let t = triples("She said the same thing at every stop: “It is about you.”");
        assert!(t.iter().all(|a| a.2 != ["the same thing"]), "{t:?}");
    }
}
