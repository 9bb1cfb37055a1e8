//! A participle of saying after a preposition, with a clause of its own:
//! "… aside from stating that the fund would not grow", "the last step of
//! announcing that the plant would close", "erred in saying that …",
//! "pivoted to arguing that …", and in the sentence's opening phrase: "In
//! addition to stating that the port is safe, the mayor …". The speaker is
//! the clause's subject (`participle.rs`, `opening_participle.rs`). Only a
//! "that" or a question word after the cue makes it speech ("in stating
//! the obvious" has no claim); "for" is left out ("slammed him for
//! suggesting that …" reports a charge, not a claim).

use super::cue::CueHit;
use super::Ctx;

/// Prepositions a gerund of saying hangs on inside the sentence.
const PREPOSITIONS: &[&str] = &["from", "of", "to", "in"];

/// What opens a clause after the cue and makes it a claim.
const CLAUSE_WORDS: &[&str] = &["that", "why", "how", "whether"];

/// Phrases that open a sentence with such a gerund ("In addition to
/// stating that …, X"), read backwards from the participle.
const OPENING: &[&[&str]] = &[
    &["in", "addition", "to"],
    &["aside", "from"],
    &["apart", "from"],
    &["in"],
    &["by"],
];

impl Ctx<'_, '_> {
    /// Does a participle cue ending before `after` hang on the preposition
    /// at `p` with a clause after it ("aside from stating that …")?
    pub(super) fn gerund_link(&self, p: usize, after: usize) -> bool {
        self.doc.is_any(p, PREPOSITIONS)
            && self.doc.is_any(after, CLAUSE_WORDS)
            && !(self.doc.is(p, "from") && self.range_to_gerund(after))
    }

    /// "offered a platform for anything, from saying that … to playing up
    /// …": a range of things done, whose doer the sentence leaves open.
    fn range_to_gerund(&self, after: usize) -> bool {
        let end = self.sentence_end(after);
        (after..end.saturating_sub(1)).any(|k| {
            self.doc.is(k, "to")
                && !self.in_quote(k)
                && self.doc.tok(k + 1).len() > 4
                && self.doc.tok(k + 1).ends_with("ing")
        })
    }

    /// Where the opening phrase before a gerund at `k` starts ("In addition
    /// to" before "stating that …"), when the cue has a clause after it.
    pub(super) fn gerund_opening(&self, hit: &CueHit, k: usize) -> Option<usize> {
        if !self.doc.is_any(hit.range.end, CLAUSE_WORDS) {
            return None;
        }
        OPENING.iter().find_map(|words| {
            let start = k.checked_sub(words.len())?;
            words
                .iter()
                .enumerate()
                .all(|(j, w)| self.doc.is(start + j, w))
                .then_some(start)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{s, triples};

    #[test]
    fn a_gerund_after_a_preposition_inside_the_sentence() {
        let t = triples(
            "The council had little to offer aside from stating that the budget would not grow.",
        );
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(
            (t[0].0.clone(), t[0].1.as_str()),
            (s("The council"), "stating")
        );
        assert_eq!(t[0].2, ["the budget would not grow"]);
        let t = triples("The mayor erred in saying that the bridge had been inspected in May.");
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].0, s("The mayor"));
        let t = triples("Holm then pivoted to arguing that the levy was one more reason to act.");
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].2, ["the levy was one more reason to act"]);
    }

    #[test]
    fn a_gerund_in_the_opening_phrase() {
        let t = triples(
            "In addition to stating that the port is safe, the mayor has vowed to hire more guards.",
        );
        let a = t
            .iter()
            .find(|a| a.1 == "stating")
            .unwrap_or_else(|| panic!("{t:?}"));
        assert_eq!(a.0, s("the mayor"));
        assert_eq!(a.2, ["the port is safe"]);
    }

    #[test]
    fn a_range_from_one_thing_to_another_is_no_claim() {
        let t = triples(
            "The show let the mayor say anything, from saying that she felt young to playing up her stamina.",
        );
        assert!(t.iter().all(|a| a.1 != "saying"), "{t:?}");
    }

    #[test]
    fn no_clause_or_a_charge_is_no_claim() {
        assert!(triples("The mayor erred in stating the obvious to the press.").is_empty());
        let t = triples("Critics slammed the mayor for suggesting that the dam was safe.");
        assert!(t.iter().all(|a| a.1 != "suggesting"), "{t:?}");
    }
}
