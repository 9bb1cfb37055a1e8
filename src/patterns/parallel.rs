//! The speaker's next predicate in the cue's own form: "says he respects
//! her and calls her …", "tweeting that it was a disaster and asking …".
//! After "and", a verb of stance or saying in the cue's inflection (an -s
//! form after an -s cue, an -ing form after an -ing cue) opens the
//! speaker's next predicate, so the claim ends before the "and"
//! (`clause_end` asks; past forms are `clause.rs`'s second predicates).

use super::Ctx;
use crate::text::Tok;

impl Ctx<'_, '_> {
    /// Does the "and" at token `k`, inside a claim that starts at `from`,
    /// open a predicate of the same form as the cue before `from`?
    pub fn parallel_predicate(&self, from: usize, k: usize) -> bool {
        if !self.doc.is(k, "and") || self.in_quote(k) || self.in_quote(k + 1) {
            return false;
        }
        let Some(c) = (from.saturating_sub(8)..from)
            .rev()
            .find(|&i| self.cue_form(i).is_some())
        else {
            return false;
        };
        let (cue, v) = (self.doc.tok(c), k + 1);
        let w = self.doc.tok(v);
        if self.doc.kind(v) != Some(Tok::Word) || self.doc.is_cap(v) || w.len() < 5 {
            return false;
        }
        let same = |suffix: &str| cue.ends_with(suffix) && w.ends_with(suffix);
        let past = if same("ing") {
            [format!("{}ed", &w[..w.len() - 3]), String::new()]
        } else if same("s") && !cue.ends_with("ss") && !w.ends_with("ss") {
            let stem = &w[..w.len() - 1];
            [format!("{stem}d"), format!("{stem}ed")]
        } else {
            return false;
        };
        let stance = past
            .iter()
            .any(|p| !p.is_empty() && super::clause::SECOND_PREDICATES.has(p));
        stance || self.cue_form(v).is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::one;

    #[test]
    fn a_predicate_in_the_cues_form_ends_the_claim() {
        for (t, want) in [
            (
                "The mayor says she respects the council and calls its plan “a bold idea.”",
                "she respects the council",
            ),
            (
                "The senator posted a video, tweeting that the vote was a disaster and calling the deal “a fraud.”",
                "the vote was a disaster",
            ),
        ] {
            let (_, _, content, _) = one(t);
            assert_eq!(content, [want], "{t}");
        }
    }

    #[test]
    fn other_words_after_and_stay_in_the_claim() {
        for (t, want) in [
            // Another form than the cue's.
            (
                "The mayor said she respects the council and calls for calm are growing.",
                "she respects the council and calls for calm are growing",
            ),
            // An -ing word that is no verb of stance or saying.
            (
                "Officials are saying the firm is closing a plant and building another one.",
                "the firm is closing a plant and building another one",
            ),
        ] {
            let (_, _, content, _) = one(t);
            assert_eq!(content, [want], "{t}");
        }
    }
}
