//! A noun phrase that ends in an abbreviation keeps its period: "Martin
//! Holt Jr. said …", "Acme Inc. announced …". Without it the phrase stops
//! before the period and no longer reaches the cue after it.

use super::Ctx;

impl Ctx<'_, '_> {
    /// The end (exclusive) of a noun phrase whose last word is token
    /// `head`: after the abbreviation's glued period ("Jr.", "Inc.",
    /// "U.S.") when that period is before `limit` and does not end the
    /// sentence (the splitter's word: "said R.J. Talbot" is read on by the
    /// initials' own rule), else right after `head`.
    pub fn np_end_after(&self, head: usize, limit: usize) -> usize {
        let inside = self.doc.sentence(head + 1).end > head + 2;
        if head + 1 < limit && inside && self.abbrev_period(head + 1) {
            head + 2
        } else {
            head + 1
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{s, triples};

    #[test]
    fn a_name_ending_in_jr_speaks() {
        let t = triples("Martin Holt Jr. said the new budget had hurt the farmers.");
        assert_eq!(
            (t[0].0.clone(), t[0].1.as_str()),
            (s("Martin Holt Jr."), "said")
        );
        let t =
            triples("Vice President Anna B. Lowe Jr. told reporters that the port would close.");
        assert_eq!(t[0].0, s("Vice President Anna B. Lowe Jr."));
    }

    #[test]
    fn a_company_ending_in_inc_speaks() {
        let t = triples("Kestrel Foods Inc. said the recall would cost millions.");
        assert_eq!(
            (t[0].0.clone(), t[0].1.as_str()),
            (s("Kestrel Foods Inc."), "said")
        );
    }

    #[test]
    fn a_sentence_ending_period_is_not_taken() {
        // The period that ends the sentence after "Jr" stays out of the claim's
        // speaker in the next sentence.
        let t = triples("The prize went to Martin Holt Jr. The mayor said the vote was fair.");
        assert_eq!((t[0].0.clone(), t[0].1.as_str()), (s("The mayor"), "said"));
    }
}
