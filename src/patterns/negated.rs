//! A negated cue that still reports: "did not mention the levy", "doesn’t
//! explain why the port closed". The lemmas of `lang/en/negated_cues.txt`,
//! in a base form after "did not", "does not", "do not" or their
//! contractions; any cue's base form before an indirect question after
//! "not", "never", "cannot" or an auxiliary's "n’t" ("would not say whether
//! …", "couldn’t explain why …", "did not say how …"); `cue.rs` asks it.

use super::Ctx;
use crate::lexicon::{list_text, WordList};

static NEGATED: WordList = WordList::new(list_text!("en/negated_cues"));

/// The cues of a question that "when" or "where" opens ("has not said when
/// …", "would not reveal where …"); after another cue ("did not complain
/// when prices rose") the word is a time or place.
static WHEN_CUES: WordList = WordList::new(list_text!("en/when_cues"));

const DO_NOT: &[&str] = &["didn’t", "didn't", "doesn’t", "doesn't", "don’t", "don't"];

impl Ctx<'_, '_> {
    /// Is the base-form cue at `i` (of `lemma`) a negated report: "did not
    /// mention", "doesn’t explain", "would not say whether …"?
    pub fn negated_report(&self, i: usize, lemma: &str) -> bool {
        if i == 0 {
            return false;
        }
        let s = self.sentence_start(i);
        let do_not = self.doc.is_any(i - 1, DO_NOT)
            || i >= s + 2
                && self.doc.is_any(i - 1, &["not", "n’t", "n't"])
                && self.doc.is_any(i - 2, &["did", "does", "do"]);
        // "would not say whether …", "did not say how …": what was kept
        // back is a question, which PolNeAR reports; "does not answer
        // whether …" is the question put to it, not what it said.
        let negated = NEGATED.has(lemma) && do_not
            || self.negated_verb(i) && lemma != "answer" && self.question_after(i + 1, lemma);
        // "She said she did not mention it": inside another cue's claim,
        // an account of that report, not one of its own.
        negated && !(s..i - 1).any(|k| self.cue_form(k).is_some_and(|f| !f.ambiguous))
    }

    /// Does an indirect question open at `j`, after a time ("wouldn’t say
    /// Tuesday how …") or an adverb ("did not say exactly when
    /// …")?
    fn question_after(&self, mut j: usize, lemma: &str) -> bool {
        // "did not say exactly when", "has not said publicly whether".
        j = self.skip_time(self.skip_cue_modifiers(j));
        j += usize::from(self.doc.is_any(j, &["exactly", "yet"]));
        !self.in_quote(j)
            && super::asked::QUESTION.has(self.doc.tok(j))
            && (!self.doc.is_any(j, &["when", "where"]) || WHEN_CUES.has(lemma))
    }

    /// Does "when" or "where" open a question after the cue verb at `v` of
    /// `lemma`: is it negated ("did not say", "has not said", "wouldn’t
    /// say", "never explained") and of `when_cues.txt`?
    pub(super) fn negated_question_cue(&self, v: usize, lemma: &str) -> bool {
        WHEN_CUES.has(lemma) && self.negated_verb(v)
    }

    /// Is the verb at `v` negated: "not", "never", "cannot" or an
    /// auxiliary's "n’t" before it?
    fn negated_verb(&self, v: usize) -> bool {
        v > self.sentence_start(v) && {
            self.doc.is_any(v - 1, &["not", "never", "cannot"])
                || super::cue::negated_aux(self.doc.tok(v - 1))
        }
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
    fn a_question_kept_back_is_reported() {
        for (text, cue, content) in [
            (
                "The warden would not say whether the cells had flooded.",
                "say",
                "whether the cells had flooded",
            ),
            (
                "The warden wouldn’t say Friday how many guards were hurt.",
                "say",
                "how many guards were hurt",
            ),
            (
                "The warden could not explain why the cells had flooded.",
                "explain",
                "why the cells had flooded",
            ),
            (
                "The warden did not say who opened the gate.",
                "say",
                "who opened the gate",
            ),
            // "when" after a negated cue of when_cues.txt asks, too.
            (
                "The board has not said when it would vote on the budget.",
                "said",
                "when it would vote on the budget",
            ),
            (
                "The board won’t reveal where the ferry will dock next.",
                "reveal",
                "where the ferry will dock next",
            ),
        ] {
            let t = triples(text);
            assert_eq!(t.len(), 1, "{text}: {t:?}");
            assert_eq!(
                (t[0].1.as_str(), t[0].2[0].as_str()),
                (cue, content),
                "{t:?}"
            );
        }
    }

    #[test]
    fn other_negated_cues_stay_out() {
        // A plain "did not say", with no question after it.
        assert!(triples("The warden did not say much to the guards.").is_empty());
        assert!(triples("The warden did not respond to the letters.").is_empty());
        // A time after another cue; the question put to an "answer".
        assert!(triples("The warden did not complain when the cells flooded.").is_empty());
        assert!(triples("The video does not answer whether the gate was open.").is_empty());
        // Inside another cue's claim: that cue's report alone.
        let t = triples("The warden said she did not mention the cells to the board.");
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].1, "said");
    }
}
