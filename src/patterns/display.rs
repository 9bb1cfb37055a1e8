//! A thing that carries words, right before a participle of saying: "held
//! up a sign saying “Go home”", "Police received 911 calls saying shots had
//! been fired", "a column ran an item suggesting that …". The noun phrase
//! speaks itself (the nouns are `lang/en/display_nouns.txt`, the verbs
//! `lang/en/display_verbs.txt`); `participle.rs`
//! asks it. Only plain saying counts ("signs calling him a loser" names, and
//! "calls asking people to come" asks).

use std::ops::Range;

use super::cue::CueHit;
use super::Ctx;
use crate::lexicon::{list_text, WordList};

static DISPLAY: WordList = WordList::new(list_text!("en/display_nouns"));

/// The verbs whose participle a display noun speaks with.
static SAYING: WordList = WordList::new(list_text!("en/display_verbs"));

impl Ctx<'_, '_> {
    /// The noun phrase of the display noun at `p`, right before the
    /// participle `hit`, within the sentence from `floor`.
    pub(super) fn display_before(
        &self,
        hit: &CueHit,
        p: usize,
        floor: usize,
    ) -> Option<Range<usize>> {
        let form = hit.form?;
        if !SAYING.has(form.lemma)
            || !self.doc.is_word(p)
            || self.in_quote(p)
            || !DISPLAY.has(self.doc.tok(p))
        {
            return None;
        }
        self.np_before(p + 1, floor).filter(|np| np.end == p + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{s, triples};

    #[test]
    fn a_sign_or_a_call_speaks_itself() {
        let t = triples("The mayor held up a sign saying \"We will not move.\"");
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!((t[0].0.clone(), t[0].1.as_str()), (s("a sign"), "saying"));
        assert_eq!(t[0].2, ["We will not move."]);
        let t =
            triples("At noon the police received calls saying shots had been fired at the mall.");
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].0, s("calls"));
        assert_eq!(t[0].2, ["shots had been fired at the mall"]);
    }

    #[test]
    fn naming_or_asking_is_not_its_claim() {
        let t = triples("Protesters waved signs calling the mayor a fraud.");
        assert!(t.iter().all(|a| a.1 != "calling"), "{t:?}");
    }
}
