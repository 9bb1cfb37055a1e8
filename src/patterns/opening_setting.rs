//! A sentence's opening setting before ", SOURCE CUE …": "On Oct. 23,
//! during a visit to the resort, the candidate boasted of …", "In the final
//! session of the trip, held along the border, Lyle told the story of …",
//! "Friday morning, as the parade went by, the station reported …". Such
//! words say when, where or on what occasion someone spoke, not what was
//! said: they are no claim before the cue (`inverted.rs` asks here), and
//! the cue's own clause after it is left to the other patterns.

use super::Ctx;
use crate::lexicon::{list_text, Class, WordList};

/// Words that open a further piece of a setting after its first comma:
/// "…, as the parade rolled by,", "…, during a visit,", "…, now called …".
static LINKS: WordList = WordList::new(list_text!("en/setting_links"));

/// Prepositions that open a quantity or a part, not a setting.
const QUANTITY: &[&str] = &["about", "of", "over", "under", "than", "like", "per", "to"];

impl Ctx<'_, '_> {
    /// Are the words `from..to` (a sentence's start up to the comma before
    /// its subject) only a setting: a first piece opening with a preposition
    /// or a time ("In the early 1990s", "Friday morning", "Last week"), and
    /// every further comma's piece opening with a preposition, a time, a
    /// conjunction of time or a participle ("held along the border")?
    pub fn only_setting(&self, from: usize, to: usize) -> bool {
        if from >= to || !self.setting_opens(from, true) {
            return false;
        }
        let mut k = from;
        while k < to {
            if self.in_quote(k) || self.doc.kind(k) == Some(crate::text::Tok::Quote) {
                return false;
            }
            if matches!(self.doc.tok(k), ";" | ":" | "(" | ")") {
                return false;
            }
            if self.doc.tok(k) == "," && k + 1 < to && !self.setting_opens(k + 1, false) {
                return false;
            }
            k += 1;
        }
        true
    }

    /// Does a piece of a setting open at `i` (`first`: the sentence's first
    /// piece, which a preposition or a time opens)?
    fn setting_opens(&self, i: usize, first: bool) -> bool {
        if !self.doc.is_word(i) {
            return false;
        }
        let time = self.class(i, Class::Time)
            || self
                .doc
                .is_any(i, &["last", "next", "this", "earlier", "later"])
                && self.class(i + 1, Class::Time);
        let w = self.doc.tok(i);
        // "In …", "On …", "At …" — not "According to", a cue of its own,
        // nor a quantity ("About 270 people", "Of the 20 members") or a
        // name in capitals ("AT&T").
        let prep = self.class(i, Class::Prep)
            && self.cue_form(i).is_none()
            && !self.doc.is_any(i, QUANTITY)
            && !(w.len() > 1 && w.bytes().all(|b| b.is_ascii_uppercase()))
            && !self.doc.is(i + 1, "&");
        if first {
            return prep || time;
        }
        // "held along the border", "seated by the door": a participle with
        // its own adjunct, not an adjective ("undeclared voters").
        let participle = !self.doc.is_cap(i)
            && w.len() > 3
            && (w.ends_with("ed") || w == "held")
            && (self.class(i + 1, Class::Prep)
                || self
                    .doc
                    .is_any(i + 1, &["along", "beside", "around", "alongside"]));
        prep || time || participle || LINKS.has(self.doc.tok(i))
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{s, triples};

    #[test]
    fn an_opening_setting_is_no_claim() {
        let t = triples(
            "On March 3, during a visit to the shipyard, the governor boasted of her skill in cutting the price.",
        );
        assert!(
            t.iter()
                .all(|a| !a.2.iter().any(|c| c.contains("shipyard"))),
            "{t:?}"
        );
        let t = triples(
            "Monday evening, as the crowd filed out of the hall, the station reported that two windows had been broken.",
        );
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].0, s("the station"));
        assert_eq!(t[0].2, ["two windows had been broken"]);
    }

    #[test]
    fn a_setting_then_the_story_told() {
        // The setting is no claim, whatever the cue's own clause gives.
        let t = triples(
            "In the last speech of the tour, held along the harbour, Amos Greer told the story of a ferry captain who refused to sail.",
        );
        assert!(
            t.iter().all(|a| !a.2.iter().any(|c| c.contains("harbour"))),
            "{t:?}"
        );
    }

    #[test]
    fn a_claim_that_opens_with_a_setting_stays() {
        // A piece with its own subject after the setting is the claim.
        let t = triples("In the north, the roads are closed, the police said.");
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].2, ["In the north, the roads are closed"]);
        let t = triples("Since January, prices have risen by a third, the bakers said.");
        assert_eq!(t[0].2, ["Since January, prices have risen by a third"]);
        let t = triples(
            "In this year's race, undecided voters are unlikely to help either man, Holt said.",
        );
        assert_eq!(
            t[0].2,
            ["In this year's race, undecided voters are unlikely to help either man"]
        );
        // A quantity or a company's name in capitals is no setting.
        let t =
            triples("About 140 families have now been housed under the program, officials said.");
        assert_eq!(t[0].0, s("officials"));
        let t = triples(
            "The utility just finished laying cable uptown, she said, to make sure every block has it.",
        );
        assert_eq!(t[0].0, s("she"));
    }

    #[test]
    fn a_setting_before_an_interrupting_attribution_keeps_the_claim() {
        let t = triples(
            "Over time, several planners say, the toll could slow the growth in downtown traffic.",
        );
        assert_eq!(t.len(), 1, "{t:?}");
        assert!(
            t[0].2.iter().any(|c| c.contains("the toll could slow")),
            "{t:?}"
        );
    }
}
