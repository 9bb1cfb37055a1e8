//! A plural subject with its post-modifier before a present-tense cue:
//! "Supporters who have heard from the campaign say …", "Proponents of
//! tighter rules here say …", "Residents fighting the new road say …". The
//! word right before "say" is the modifier's ("campaign", "here", "road"),
//! so `cue.rs` asks here for the plural head before the modifier.

use super::Ctx;
use crate::lexicon::{list_text, Class, WordList};
use crate::text::Tok;

/// How far back (in tokens) the head of a modified subject may stand.
const REACH: usize = 14;

/// Prepositions that open a noun's post-modifier ("supporters of", "voters
/// in", "officials at", "analysts with").
const MODIFIER_PREPS: &[&str] = &[
    "of", "in", "at", "from", "with", "on", "across", "inside", "around",
];

/// The verbs of saying read so: plain ones that are no noun in the base
/// form ("estimate", "forecast" and "stress" are, and "say" is after "a").
static VERBS: WordList = WordList::new(list_text!("en/modified_plural_verbs"));

/// Words that say the base form is a noun ("a larger say", "their say").
static NOUN_BEFORE: WordList = WordList::new(list_text!("en/noun_before_say"));

impl Ctx<'_, '_> {
    /// Does a plural noun head a post-modifier that runs up to token `p`
    /// (the word before `lemma`'s base form, one of [`VERBS`])? The modifier opens with
    /// "who", "whose", a preposition of place or part, or a participle in
    /// "-ing", and holds no clause boundary, quotation or other cue.
    pub fn plural_head_before_modifier(&self, lemma: &str, p: usize, start: usize) -> bool {
        if !VERBS.has(lemma) || NOUN_BEFORE.has(self.doc.tok(p)) {
            return false;
        }
        let floor = p.saturating_sub(REACH).max(start);
        let mut k = p + 1;
        while k > floor + 1 {
            k -= 1;
            if self.is_boundary(k)
                || self.in_quote(k)
                || self.doc.kind(k) == Some(Tok::Quote)
                || matches!(self.doc.tok(k), "." | "!" | "?")
            {
                return false;
            }
            // A finite verb of saying in between has its own subject, and a
            // conjunction or "that" opens a clause of its own ("warnings
            // from his lawyer that the clerk would assert").
            // "observers in the state and around the country": a second
            // post-modifier after "and" goes on.
            let joined =
                self.doc.is_any(k, &["and", "or"]) && self.doc.is_any(k + 1, MODIFIER_PREPS);
            // "groups that have backed the mayor": a relative "that" before
            // its verb group.
            let relative_that = self.doc.is(k, "that") && self.class(k + 1, Class::Aux);
            if k < p && self.cue_form(k).is_some_and(|c| !c.participle)
                || self.class(k, Class::Conj) && !joined
                || self.doc.is_any(k, &["that", "which", "than"]) && !relative_that
            {
                return false;
            }
            let w = self.doc.tok(k);
            // "Those close to him say", "aides close to the mayor argue".
            let close_to = self.doc.is(k, "close") && self.doc.is(k + 1, "to");
            let opener = self.doc.is_any(k, &["who", "whose"])
                || relative_that
                || close_to
                || self.doc.is_any(k, MODIFIER_PREPS)
                || w.len() > 5 && w.ends_with("ing") && !self.doc.is_cap(k) && k < p;
            // "Some who oppose the toll argue", "Many whose farms flooded
            // say", "Some in the farm lobby suggest", "Those close to him say".
            let people = opener
                && self
                    .doc
                    .is_any(k - 1, &["some", "many", "those", "most", "few", "several"]);
            if opener && (self.plural_noun(k - 1) || people) {
                return true;
            }
        }
        false
    }

    /// Does a singular noun phrase end at token `p` ("the AP", "a CNN", "a
    /// news", "A 2009")? Before a form that is also a noun ("report",
    /// "claim"), it makes that form the noun: "the AP report merits …". A
    /// plural head ("the Democrats report") keeps the verb.
    pub fn singular_np_before(&self, p: usize, start: usize) -> bool {
        let w = self.doc.tok(p);
        let noun_like =
            |k: usize| self.np_word(k) || self.is_cap_name(k) || self.doc.kind(k) == Some(Tok::Num);
        if !noun_like(p) || w.len() > 2 && w.ends_with('s') && !w.ends_with("ss") && w != "news" {
            return false;
        }
        let mut k = p;
        while k > start && p - k < 6 && noun_like(k - 1) && !self.class(k - 1, Class::Det) {
            k -= 1;
        }
        k > start
            && self.doc.is_any(
                k - 1,
                &[
                    "a", "an", "the", "this", "that", "another", "its", "his", "her",
                ],
            )
    }

    /// A plural noun: "supporters", "executives", "officials" (not a name
    /// inside the sentence, nor "the press").
    fn plural_noun(&self, i: usize) -> bool {
        let w = self.doc.tok(i);
        self.doc.kind(i) == Some(Tok::Word)
            && self.np_word(i)
            && !self.class(i, Class::Time)
            && (w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("'s")
                || self.plural_speaker(i))
            && (!self.doc.is_cap(i) || i == self.sentence_start(i) || self.plural_speaker(i))
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{s, triples};

    #[test]
    fn a_plural_subject_with_a_relative_clause() {
        let t = triples(
            "Supporters who have heard from the campaign say its first goal is to finish second.",
        );
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].0, s("Supporters"));
        assert_eq!(t[0].2, ["its first goal is to finish second"]);
        let t = triples(
            "Executives who have worked with the heir say they expect him to keep the papers.",
        );
        assert_eq!(t[0].0, s("Executives"));
    }

    #[test]
    fn a_quantifier_with_a_relative_clause() {
        let t = triples("But some who oppose the toll argue that the bridge should stay free.");
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].0, s("some"));
        assert_eq!(t[0].2, ["the bridge should stay free"]);
        let t = triples("Many whose farms flooded say the dam was opened too late.");
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].0, s("Many"));
    }

    #[test]
    fn a_plural_subject_with_a_prepositional_or_participle_modifier() {
        let t = triples("Opponents of the new tolls here say the bridge will lose traffic.");
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].2, ["the bridge will lose traffic"]);
        let t = triples("Residents fighting the new road say they will sue the county.");
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].2, ["they will sue the county"]);
    }

    #[test]
    fn a_subject_close_to_someone_or_with_a_relative_that_or_two_places() {
        for (text, source) in [
            ("Those close to him say the mayor will run again.", "Those"),
            (
                "Some in the dairy lobby suggest the tariff will hurt exports.",
                "Some",
            ),
            (
                "Local groups that have backed the mayor say they expect a veto.",
                "Local groups",
            ),
            (
                "Planners in Ohio and around the region say the line will close.",
                "Planners",
            ),
        ] {
            let t = triples(text);
            assert_eq!(t.len(), 1, "{text}: {t:?}");
            assert_eq!(t[0].0, s(source), "{text}");
        }
    }

    #[test]
    fn a_form_that_is_also_a_noun_after_a_singular_phrase_is_the_noun() {
        for t in [
            "The mayor said the AP report merits a special inquiry.",
            "A news report published Monday said the mayor had resigned.",
            "A 2009 report by the county board found that the roads were unsafe.",
            "Holt claimed that his staff had misread a WBZ report that the race was over.",
        ] {
            let got = triples(t);
            assert!(got.iter().all(|a| a.1 != "report"), "{t}: {got:?}");
        }
        // A plural or collective head keeps the verb.
        let got = triples("The Democrats report that turnout was high.");
        assert_eq!(got.len(), 1, "{got:?}");
    }

    #[test]
    fn a_singular_head_or_a_noun_is_no_subject() {
        // "the campaign say" has no plural head; "the sign of pages say" is
        // no speech either way, and "the say" is a noun.
        assert!(triples("The mayor of the town say nothing.").is_empty());
        assert!(triples("Everyone had their say in the hall of mirrors.").is_empty());
    }
}
