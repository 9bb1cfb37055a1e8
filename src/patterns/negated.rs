//! A negated cue that still reports: "did not mention the levy", "doesn’t
//! explain why the port closed". Only the lemmas of
//! `lang/en/negated_cues.txt`, in a base form after "did not", "does not",
//! "do not" or their contractions; `cue.rs` asks it.

use super::Ctx;
use crate::lexicon::{list_text, WordList};

static NEGATED: WordList = WordList::new(list_text!("en/negated_cues"));

const DO_NOT: &[&str] = &["didn’t", "didn't", "doesn’t", "doesn't", "don’t", "don't"];

impl Ctx<'_, '_> {
    /// Is the base-form cue at `i` (of `lemma`) a negated report: "did not
    /// mention", "doesn’t explain"?
    pub fn negated_report(&self, i: usize, lemma: &str) -> bool {
        if i == 0 || !NEGATED.has(lemma) {
            return false;
        }
        let s = self.sentence_start(i);
        let negated = self.doc.is_any(i - 1, DO_NOT)
            || i >= s + 2
                && self.doc.is_any(i - 1, &["not", "n’t", "n't"])
                && self.doc.is_any(i - 2, &["did", "does", "do"]);
        // "She said she did not mention it": inside another cue's claim,
        // an account of that report, not one of its own.
        negated && !(s..i - 1).any(|k| self.cue_form(k).is_some_and(|f| !f.ambiguous))
    }

    /// "didn’t", "doesn’t", "don’t": a verb group's negated auxiliary,
    /// which stands between a subject and its cue.
    pub fn contracted_do(&self, k: usize) -> bool {
        self.doc.is_any(k, DO_NOT)
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{s, triples};

    #[test]
    fn a_negated_mention_reports_what_went_unsaid() {
        let t = triples("The warden did not mention the flooded cells in her report.");
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(
            (t[0].0.clone(), t[0].1.as_str()),
            (s("The warden"), "mention")
        );
        let t = triples("The memo doesn’t explain why the ferry stopped running.");
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].2, ["why the ferry stopped running"]);
        let t = triples("The warden didn’t mention the flooded cells.");
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].0, s("The warden"));
    }

    #[test]
    fn other_negated_cues_stay_out() {
        assert!(triples("The warden did not say whether the cells had flooded.").is_empty());
        assert!(triples("The warden did not respond to the letters.").is_empty());
        // Inside another cue's claim: that cue's report alone.
        let t = triples("The warden said she did not mention the cells to the board.");
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].1, "said");
    }
}
