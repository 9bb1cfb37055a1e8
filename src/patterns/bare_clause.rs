//! A clause with no "that" after a cue or inside its adjunct: a subject
//! pronoun, a short noun phrase, a name or a possessive noun phrase, then a
//! finite verb ("promised the city would pay", "wrote he had", "said in an
//! interview he would", "writes Clinton has built …"). `adjuncts.rs`,
//! `subordinate_first.rs` and the engine's plausibility check ask here.

use super::Ctx;
use crate::lexicon::{list_text, Class, WordList};

/// Finite auxiliaries and modals that open a clause's predicate.
static FINITE: WordList = WordList::new(list_text!("en/finite_aux"));

impl Ctx<'_, '_> {
    /// Does a clause with no "that" open at token `k`: a subject pronoun or
    /// a short noun phrase, then a finite verb ("he would", "the city had",
    /// "she wanted")?
    pub(crate) fn bare_clause_at(&self, k: usize, limit: usize) -> bool {
        if self
            .doc
            .is_any(k, &["he", "she", "they", "we", "i", "it", "there", "you"])
        {
            return self.finite_at(k + 1);
        }
        if self.class(k, Class::Det) && !self.class(k, Class::Obj) {
            if let Some(np) = self.np_after(k, limit) {
                return np.end < limit && self.finite_aux(np.end);
            }
        }
        // "wrote Ames had lost", "promised her whole plan would": a name, or
        // a possessive and its noun, then an auxiliary.
        // (Not a name inside a phrase: "admitted to the United States have".)
        let inside = k > 0 && (self.class(k - 1, Class::Det) || self.class(k - 1, Class::Prep));
        let name =
            self.is_cap_name(k) && self.doc.kind(k) == Some(crate::text::Tok::Word) && !inside;
        let possessive = self.doc.is_any(k, &["her", "his", "their", "its", "our"]);
        if name || possessive {
            if let Some(np) = self.np_after(k, limit) {
                let named = !name
                    || np
                        .clone()
                        .all(|j| self.is_cap_name(j) || self.doc.tok(j) == ".");
                return named
                    && (name || np.len() > 1)
                    && np.end < limit
                    && self.finite_aux(np.end);
            }
        }
        false
    }

    /// A finite auxiliary or modal ("is", "would", "has", "did"):
    /// `lang/en/finite_aux.txt`.
    pub(super) fn finite_aux(&self, k: usize) -> bool {
        FINITE.has(self.doc.tok(k))
    }

    /// A finite verb: an auxiliary or a past form in -ed ("he would",
    /// "she wanted").
    pub(super) fn finite_at(&self, v: usize) -> bool {
        self.finite_aux(v)
            || self.class(v, Class::Verb)
            || self.doc.kind(v) == Some(crate::text::Tok::Word)
                && !self.doc.is_cap(v)
                && self.doc.tok(v).len() > 4
                && self.doc.tok(v).ends_with("ed")
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_bare_clause_opening_with_a_name_or_a_possessive() {
        let t = crate::patterns::testing::triples("Holt wrote Ames had lost the vote.");
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].2, ["Ames had lost the vote"]);
        let t = crate::patterns::testing::triples(
            "Holt promised her whole plan would be paid for by the new fee.",
        );
        assert_eq!(t[0].2, ["her whole plan would be paid for by the new fee"]);
        // A name inside the cue's own phrase opens no clause.
        assert!(crate::patterns::testing::triples(
            "The migrants admitted to the Netherlands have been few."
        )
        .is_empty());
    }
}
