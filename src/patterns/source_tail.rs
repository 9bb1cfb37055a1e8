//! For `source_span.rs`: words after a source's head that belong to the
//! same noun phrase, not to a post-modifier: a title's own "of" ("the
//! former secretary of state", "the chief of staff"), a second conjunct
//! before the verb ("The Harbor Times and the Coast Ledger filed …,
//! saying"), the possessive ending before a claim noun ("Kovac’s claim"),
//! an organisation's name that goes on after "to" or "for a" ("the
//! Alliance to Save Our Parks", "the Committee for a Safer Harbor") and
//! its acronym in parentheses ("(ASOP)").

use std::ops::Range;

use super::word_shape::verb_like;
use super::{Ctx, Frame};
use crate::lexicon::{Class, WordInfo};
use crate::text::Tok;

impl Ctx<'_, '_> {
    /// A new end for source `s` (not past `limit`) if one of the tails
    /// above follows it.
    pub(super) fn source_tail(&self, f: &Frame, s: &Range<usize>, limit: usize) -> Option<usize> {
        let e = s.end;
        if e >= limit || e == 0 || self.in_quote(e) {
            return None;
        }
        self.possessive_before_cue(f, e)
            .or_else(|| self.title_of(e, limit))
            .or_else(|| self.name_goes_on(e, limit))
            .or_else(|| self.acronym(e, limit))
            .or_else(|| self.second_conjunct(f, s, limit))
            .or_else(|| self.noun_after_demonym(s, limit))
    }

    /// "two Democratic speechwriters", "Syrian hackers": a capitalised
    /// adjective of a party or a people ("-ic", "-an", "-ish", "-ese") that
    /// the chunker took for a name before its verb, and the plural or the
    /// person's noun it modifies.
    fn noun_after_demonym(&self, s: &Range<usize>, limit: usize) -> Option<usize> {
        let e = s.end;
        let last = e - 1;
        let t = self.doc.tok(last).as_bytes();
        let demonym = self.doc.is_cap(last)
            && t.len() > 4
            && ["ic", "an", "ish", "ese"].iter().any(|x| {
                t.len() >= x.len() && t[t.len() - x.len()..].eq_ignore_ascii_case(x.as_bytes())
            });
        // Alone opening the clause, or after a number or a determiner.
        let lead = if s.len() == 1 {
            self.clause_opens(last)
        } else {
            self.numeric(last - 1) || self.class(last - 1, Class::Det)
        };
        if !demonym || !lead {
            return None;
        }
        let noun = |k: usize| {
            self.doc.kind(k) == Some(Tok::Word)
                && !self.doc.is_cap(k)
                && !self.word(k).closed()
                && self.np_word(k)
                && !verb_like(self.doc.tok(k))
                && self.cue_form(k).is_none()
        };
        let mut k = e;
        while k < limit && k < e + 3 && noun(k) {
            k += 1;
        }
        if k == e {
            return None;
        }
        let head = self.doc.tok(k - 1);
        let plural = head.len() > 3 && head.ends_with('s') && !head.ends_with("ss");
        let speaker = plural
            || self
                .word(k - 1)
                .is(WordInfo::PERSON | WordInfo::TITLE | WordInfo::ORG);
        (speaker && (k == limit || !self.np_word(k))).then_some(k)
    }

    /// "one Twitter user @harborwatch": the phrase before a handle.
    pub(super) fn handle_before(&self, a: usize, floor: usize) -> Option<usize> {
        let p = a.checked_sub(1).filter(|&p| p > floor)?;
        let glued = self.doc.tokens[p].span.end == self.doc.tokens[a].span.start;
        if self.doc.tok(p) != "@" || !glued {
            return None;
        }
        let np = self.np_before(p, floor)?;
        let head = np.end - 1;
        let noun = self.doc.kind(head) == Some(Tok::Word) && !self.doc.is_cap(head);
        (noun && (self.clause_opens(np.start) || np.len() > 1)).then_some(np.start)
    }

    /// "Kovac’s claim that …", "Kovac’s repeated claim": the possessive
    /// ending between the source and its noun cue.
    fn possessive_before_cue(&self, f: &Frame, e: usize) -> Option<usize> {
        let poss = self.doc.kind(e) == Some(Tok::Poss)
            || self.doc.tok(e) == "’" && self.doc.tok(e - 1).ends_with(['s', 'S']);
        let glued = self.doc.tokens[e - 1].span.end == self.doc.tokens[e].span.start;
        if !poss || !glued || f.cue.start <= e || f.cue.start > e + 3 {
            return None;
        }
        // Only a modifier or two between it and the cue.
        let between = (e + 1..f.cue.start).all(|k| {
            self.doc.kind(k) == Some(Tok::Word) && !self.doc.is_cap(k) && !self.word(k).closed()
        });
        let noun_cue = self
            .cue_form(f.cue.start)
            .is_some_and(|c| c.ambiguous && !c.participle);
        (between && noun_cue).then_some(e + 1)
    }

    /// "secretary of state", "chief of staff", "minister of defence": a
    /// lowercase title and "of" with a bare noun (no determiner: "the
    /// director of the museum" keeps its post-modifier out).
    fn title_of(&self, e: usize, limit: usize) -> Option<usize> {
        let last = e - 1;
        let title = self.doc.kind(last) == Some(Tok::Word)
            && !self.doc.is_cap(last)
            && self.word(last).is(WordInfo::TITLE);
        if !title || !self.doc.is(e, "of") || e + 1 >= limit {
            return None;
        }
        let n = e + 1;
        // ("state" is a cue's form too, but not after "of".)
        let bare = self.doc.kind(n) == Some(Tok::Word)
            && !self.word(n).closed()
            && (!verb_like(self.doc.tok(n)) || self.cue_form(n).is_some());
        if !bare {
            return None;
        }
        // One noun ("state", "staff", "Defense"); not a name that starts a
        // phrase of its own ("the secretary of State Kerry").
        let next = n + 1;
        let ends = next >= limit || !self.doc.is_cap(next) || !self.doc.is_cap(n);
        ends.then_some(next)
    }

    /// "the Alliance to Save Our Parks", "the Committee for a Safer
    /// Harbor": a capitalised organisation's noun whose name goes on after
    /// "to", or after "for"/"of" and an article, in capitals.
    fn name_goes_on(&self, e: usize, limit: usize) -> Option<usize> {
        let last = e - 1;
        if !self.doc.is_cap(last) || !self.word(last).is(WordInfo::ORG) {
            return None;
        }
        let mut k = if self.doc.is(e, "to") {
            e + 1
        } else if self.doc.is_any(e, &["for", "of"]) && self.doc.is_any(e + 1, &["a", "an"]) {
            e + 2
        } else {
            return None;
        };
        let from = k;
        while k < limit && k < from + 6 && self.doc.kind(k) == Some(Tok::Word) && self.doc.is_cap(k)
        {
            k += 1;
        }
        (k >= from + 2).then_some(k)
    }

    /// "(ASOP)": an acronym in parentheses after a capitalised name.
    fn acronym(&self, e: usize, limit: usize) -> Option<usize> {
        if self.doc.tok(e) != "(" || e + 2 >= limit || self.doc.tok(e + 2) != ")" {
            return None;
        }
        let a = self.doc.tok(e + 1);
        let caps = (2..=6).contains(&a.len()) && a.chars().all(|c| c.is_ascii_uppercase());
        (caps && self.doc.is_cap(e - 1)).then_some(e + 3)
    }

    /// "The Harbor Times and the Coast Ledger filed a motion, saying …":
    /// a source that opens its clause, "and", and a second noun phrase
    /// that ends at the cue or before the clause's verb.
    fn second_conjunct(&self, f: &Frame, s: &Range<usize>, limit: usize) -> Option<usize> {
        let e = s.end;
        if !self.doc.is(e, "and") || !self.clause_opens(s.start) || self.is_pronoun(e + 1) {
            return None;
        }
        let np = self.np_after(e + 1, limit).filter(|np| np.start == e + 1)?;
        let head = np.end - 1;
        // The second conjunct is a speaker: a name, or a phrase with an
        // article or a person's, a group's or a title's noun.
        let speaker = self.doc.is_cap(head)
            || self.class(np.start, Class::Det) && !self.doc.is(np.start, "that")
            || self
                .word(head)
                .is(WordInfo::PERSON | WordInfo::ORG | WordInfo::TITLE)
            || self.plural_speaker(head);
        if !speaker {
            return None;
        }
        let v = np.end;
        let at_cue = v == limit && v == f.cue.start;
        let verb = v < self.len()
            && self.doc.kind(v) == Some(Tok::Word)
            && !self.doc.is_cap(v)
            && (self.class(v, Class::Verb)
                || self.class(v, Class::Aux)
                || self.doc.tok(v).ends_with("ed"))
            && !self.class(v, Class::Prep);
        (at_cue || verb).then_some(v)
    }
}

#[cfg(test)]
mod tests {
    use crate::patterns::testing::{one, s};

    fn source(text: &str) -> Option<String> {
        one(text).0
    }

    #[test]
    fn a_title_keeps_its_of() {
        assert_eq!(
            source("The former secretary of state said the plan was a mistake."),
            s("The former secretary of state")
        );
        assert_eq!(
            source("“We are ready,” the chief of staff told the crew."),
            s("the chief of staff")
        );
        // With an article it is a post-modifier, which stays out.
        assert_eq!(
            source("The director of the harbor museum said the roof would be fixed."),
            s("The director")
        );
    }

    #[test]
    fn a_second_conjunct_before_the_verb() {
        assert_eq!(
            source("The Harbor Times and the Coast Ledger filed a motion, saying the records mattered."),
            s("The Harbor Times and the Coast Ledger")
        );
        assert_eq!(
            source("The former secretary of state and current party nominee said the plan was a mistake."),
            s("The former secretary of state and current party nominee")
        );
    }

    #[test]
    fn a_demonym_is_a_modifier_of_the_noun_after_it() {
        assert_eq!(
            source("In a column on Friday, two Democratic speechwriters wrote that the plan would fail."),
            s("two Democratic speechwriters")
        );
        assert_eq!(
            source("Danish farmers say the new levy is unfair."),
            s("Danish farmers")
        );
    }

    #[test]
    fn the_phrase_before_a_handle() {
        assert_eq!(
            source("As one Twitter user @harborwatch pointed out, the map was wrong."),
            s("one Twitter user @harborwatch")
        );
    }

    #[test]
    fn an_ordinal_after_the_determiner() {
        assert_eq!(
            source("The former first lady and state senator said the plan was a mistake."),
            s("The former first lady and state senator")
        );
        assert_eq!(
            source("“It is over,” the first mate told the crew."),
            s("the first mate")
        );
    }

    #[test]
    fn n_of_10_counts_who_speaks() {
        assert_eq!(
            source("Nearly eight of 10 drivers say they want the road fixed."),
            s("Nearly eight of 10 drivers")
        );
        assert_eq!(
            source("A host of harbor experts said the pier was unsafe."),
            s("A host of harbor experts")
        );
    }

    #[test]
    fn a_participle_modifier_after_a_relative_word() {
        assert_eq!(
            source(
                "The firm moved to Elmford, where restructuring lawyers say the judges are quick."
            ),
            s("restructuring lawyers")
        );
    }

    #[test]
    fn a_name_after_a_noun_with_a_clause_of_its_own() {
        // np.rs: the name starts the phrase after "time", "story", a
        // document's noun.
        assert_eq!(
            source("It was the fourth time Harbor Watch said the pier was unsafe."),
            s("Harbor Watch")
        );
        assert_eq!(
            source("The book retells the old story Mayor Ruiz wrote that the flood was a hoax."),
            s("Mayor Ruiz")
        );
    }

    #[test]
    fn a_possessive_before_a_claim_noun() {
        assert_eq!(
            source("Kovac’s claim that the bridge was safe drew scorn from engineers."),
            s("Kovac’s")
        );
    }

    #[test]
    fn an_organisation_name_and_its_acronym() {
        assert_eq!(
            source("The rally drew 5,000 people, according to the organizer Alliance to Save Our Parks (ASOP)."),
            s("the organizer Alliance to Save Our Parks (ASOP)")
        );
        assert_eq!(
            source("The Committee for a Safer Harbor said the pier should close."),
            s("The Committee for a Safer Harbor")
        );
    }
}
