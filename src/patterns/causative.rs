//! A report someone was led to make: "The timing led Republicans to say
//! that …", "The win prompted her to declare that …", "The loss will force
//! Sanders to acknowledge …". The noun phrase between the causative verb and
//! "to" speaks; `cue.rs` lets the cue after "to" stand and `subject.rs`
//! takes that phrase as its subject.

use crate::lexicon::{list_text, WordList};
use std::ops::Range;

use super::Ctx;

/// Verbs that make someone speak ("led them to say").
static CAUSATIVES: WordList = WordList::new(list_text!("en/causatives"));

impl Ctx<'_, '_> {
    /// The speaker of a cue after the "to" at token `to` when a causative
    /// verb and a noun phrase stand before it ("led Republicans to say").
    pub fn causative_speaker(&self, to: usize) -> Option<Range<usize>> {
        if !self.doc.is(to, "to") || to < 2 {
            return None;
        }
        let floor = self.sentence_start(to);
        let np = if self.class(to - 1, crate::lexicon::Class::Obj) {
            to - 1..to
        } else {
            self.np_before(to, floor)?
        };
        // The chunker may read "hour led Republicans" as one phrase: the
        // causative verb ends what stands before the speaker.
        let c = (np.start.saturating_sub(1).max(floor)..np.end)
            .rev()
            .find(|&c| CAUSATIVES.has(self.doc.tok(c)))?;
        let np = c + 1..np.end;
        if np.is_empty() || np.end != to {
            return None;
        }
        (self.can_speak(&np)
            || self.plural_speaker(np.end - 1)
            || np.len() == 1 && self.is_pronoun_or_obj(np.start))
        .then_some(np)
    }

    fn is_pronoun_or_obj(&self, i: usize) -> bool {
        self.is_pronoun(i) || self.class(i, crate::lexicon::Class::Obj)
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{s, triples};

    #[test]
    fn led_someone_to_say() {
        let t =
            triples("The late hour led Republicans to say that the council was hiding the vote.");
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].0, s("Republicans"));
        assert_eq!(t[0].1, "say");
        assert_eq!(t[0].2, ["the council was hiding the vote"]);
        let t = triples("The win prompted her to declare that the race was over.");
        assert_eq!(t[0].0, s("her"));
        assert_eq!(t[0].2, ["the race was over"]);
    }

    #[test]
    fn no_causative_no_report() {
        // "declined to say" stays no report; "led to" with no speaker neither.
        assert!(triples("The mayor declined to say whether the vote was hidden.").is_empty());
        assert!(triples("The storm led to say nothing of the damage to the town.").is_empty());
    }
}
