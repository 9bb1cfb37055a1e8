//! Coordinated cues share their subject: "X said A and warned that B",
//! "Park said there were no deaths but confirmed that two were missing".

use super::cue::CueHit;
use super::{Ctx, Frame, Rule};

impl Ctx<'_, '_> {
    pub fn coordinated_frame(&self, hit: &CueHit, previous: Option<&Frame>) -> Option<Frame> {
        let s = self.sentence_start(hit.verb);
        // Its auxiliaries and adverbs: "and has since said", "but
        // pointedly added".
        let k = self.cue_modifiers_start(s, hit.range.start);
        let conj = k.checked_sub(1)?;
        if conj < s || !self.doc.is_any(conj, &["and", "but", "or"]) {
            return None;
        }
        // The subject is the earlier cue's source in this sentence, or the
        // sentence's own subject ("Graham called them “crazy” and said …").
        let source = self.clause_subject(hit, previous, conj)?;
        let r = self.content_after(hit)?;
        Some(Frame::one(
            hit.range.clone(),
            source,
            Rule::Coordinated,
            r,
            0.8,
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{s, triples};

    #[test]
    fn second_cue_shares_the_subject_and_splits_the_content() {
        let t = triples("He said his party would vote against the bill and predicted that several members would join them.");
        assert_eq!(t.len(), 2);
        assert_eq!(t[0].2, ["his party would vote against the bill"]);
        assert_eq!((t[1].0.clone(), t[1].1.as_str()), (s("He"), "predicted"));
        assert_eq!(t[1].2, ["several members would join them"]);
    }

    #[test]
    fn the_sentence_subject_when_the_first_verb_is_no_cue() {
        let t = triples("Graham called both rivals “crazy” and said the party is bound to lose.");
        assert_eq!(t.len(), 1);
        assert_eq!((t[0].0.clone(), t[0].1.as_str()), (s("Graham"), "said"));
        assert_eq!(t[0].2, ["the party is bound to lose"]);
    }

    #[test]
    fn a_first_verb_the_lists_lack_ends_the_subject() {
        // "agreed" is no cue and not listed: a past form before ", but" or
        // "and" is the verb, not the subject's last word; "ex-" on a
        // speaker's noun is still that noun.
        for (text, who) in [
            (
                "The mayor agreed but added that the plan needed money.",
                "The mayor",
            ),
            (
                "His ex-partner agreed, but also argued that the deal should stay secret.",
                "His ex-partner",
            ),
            (
                "The co-founder objected but insisted that the vote be delayed.",
                "The co-founder",
            ),
        ] {
            let t = triples(text);
            assert_eq!(t.len(), 1, "{text}");
            assert_eq!(t[0].0, s(who), "{text}");
        }
    }

    #[test]
    fn the_subject_of_a_later_clause() {
        let t = triples(
            "Some in the crowd cheered, and when Holm thanked the town and said it was good to be home, a man yelled.",
        );
        let said = t.iter().find(|x| x.1 == "said").expect("said");
        assert_eq!(said.0, s("Holm"));
        assert_eq!(said.2, ["it was good to be home"]);
    }

    #[test]
    fn adverbs_before_the_second_cue_go_with_it() {
        let t = triples("Ortiz left the party in 2010 and has since said he regrets the move.");
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!((t[0].0.clone(), t[0].1.as_str()), (s("Ortiz"), "said"));
        assert_eq!(t[0].2, ["he regrets the move"]);
        let t = triples(
            "The mayor said the bridge would close in May and pointedly warned that the tolls would rise.",
        );
        assert_eq!(t.len(), 2, "{t:?}");
        assert_eq!(t[0].2, ["the bridge would close in May"]);
        assert_eq!(
            (t[1].0.clone(), t[1].1.as_str()),
            (s("The mayor"), "warned")
        );
        assert_eq!(t[1].2, ["the tolls would rise"]);
    }

    #[test]
    fn the_subject_of_the_clause_an_expletive_it_stands_for() {
        // sentence_subject.rs: "It is … that NAME …" speaks through NAME.
        let t = triples(
            "It is simply remarkable that Ames demands openness from the council, yet refuses to publish his records or explain how his firm got the contract.",
        );
        let a = t.iter().find(|x| x.1 == "explain").expect("explain");
        assert_eq!(a.0, s("Ames"));
    }

    #[test]
    fn an_opening_absent_phrase_is_no_subject() {
        // "absent" is a preposition (function_words.txt).
        let t = triples(
            "Absent a clear plan from the board, most parents may wait and conclude that the school is failing.",
        );
        assert_eq!(t[0].0, s("most parents"), "{t:?}");
    }

    #[test]
    fn the_nearest_clauses_own_pronoun_speaks() {
        // sentence_subject.rs: a pronoun after "though", "which" or "and".
        for (text, cue, who) in [
            (
                "Lowe, though she praised the budget and said the town should keep the pool, stopped short of backing the levy.",
                "said",
                "she",
            ),
            (
                "The mayor held a forum on Monday in which he attacked the council, saying the levy had failed.",
                "saying",
                "he",
            ),
        ] {
            let t = triples(text);
            let a = t.iter().find(|x| x.1 == cue).unwrap_or_else(|| panic!("{t:?}"));
            assert_eq!(a.0, s(who), "{text}");
        }
    }

    #[test]
    fn but_said_with_a_quote() {
        let t = triples(
            "The ministry confirmed that talks had taken place but said «details will follow».",
        );
        assert_eq!(t.len(), 2);
        assert_eq!(t[0].2, ["talks had taken place"]);
        assert_eq!((t[1].0.clone(), t[1].3), (s("The ministry"), "direct"));
    }
}
