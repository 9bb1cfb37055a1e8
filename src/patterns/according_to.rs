//! "according to X" (and "in the words of X", "as quoted by X"), before or
//! after the claim it governs.
//!
//! "…, which left about 1,140 people dead, according to an AFP tally" gives
//! the relative clause as content; "According to the ministry, 20 died"
//! gives what follows the phrase.

use std::ops::Range;

use super::cue::CueHit;
use super::{Ctx, Frame, Rule};
use crate::lexicon::{list_text, Class, WordInfo, WordList};
use crate::text::Tok;

/// Nouns of evidence that may follow "according to".
static EVIDENCE: WordList = WordList::new(list_text!("en/evidence_words"));

/// Words before ", according to X," that leave their clause to what
/// follows the phrase ("after, according to him, the mill closed").
pub(super) static HANGING: WordList = WordList::new(list_text!("en/according_to_hanging"));

/// Verbs that open the rest of a clause interrupted by "according to X"
/// ("The plan, according to the mayor, is to …").
static VERB_FIRST: WordList = WordList::new(list_text!("en/according_to_verbs"));

impl Ctx<'_, '_> {
    /// Can noun phrase `np` speak: a name, a pronoun, a person, an
    /// organisation, a document ("according to the size of …" cannot)?
    pub fn can_speak(&self, np: &Range<usize>) -> bool {
        if np.len() == 1 && self.is_pronoun(np.start) {
            return true;
        }
        np.clone().any(|k| {
            self.is_cap_name(k)
                || self
                    .word(k)
                    .is(WordInfo::PERSON | WordInfo::ORG | WordInfo::DOC)
        })
    }

    /// The claim governed by a phrasal cue whose comma is at `comma`: the
    /// clause before it, from the sentence's start or from a relative
    /// pronoun ("…, which left …").
    pub fn clause_before(&self, comma: usize) -> Option<Range<usize>> {
        let mut r = self.content_before(comma)?;
        if self.quotes.top(r.start).is_none() {
            if let Some(w) = (r.start..r.end).rev().find(|&k| {
                k > r.start + 1
                    && self.doc.tok(k - 1) == ","
                    && self.doc.is_any(k, &["which", "who"])
                    && !self.in_quote(k)
            }) {
                r.start = w;
            }
        }
        Some(r)
    }

    /// Does noun phrase `np` hold a noun of evidence ("exit polls", "a
    /// copy of the letter"; `lang/en/evidence_words.txt`)?
    fn evidence(&self, np: &Range<usize>) -> bool {
        np.clone().any(|k| {
            let w = self.doc.tok(k);
            self.doc.is_word(k) && EVIDENCE.has(w)
        })
    }

    /// A source the chunker cut short before its noun ("complete but
    /// unofficial figures", "recently leaked city documents", "an archived
    /// version of …", "the “Safe Roads” plan"): the first noun of evidence,
    /// a document, a person or an organisation within a few words of
    /// `from`, with only modifiers before it (no preposition, no comma).
    fn evidence_ahead(&self, from: usize, end: usize) -> Option<Range<usize>> {
        for k in from..end.min(from + 8) {
            match self.doc.kind(k) {
                Some(Tok::Quote) => continue,
                Some(Tok::Word) | Some(Tok::Num) => {}
                _ => return None,
            }
            if self.class(k, Class::Prep) && !self.in_quote(k) {
                return None;
            }
            let w = self.doc.tok(k);
            let noun = EVIDENCE.has(w)
                || self
                    .word(k)
                    .is(WordInfo::PERSON | WordInfo::ORG | WordInfo::DOC)
                || self.plural_speaker(k);
            if noun && !self.in_quote(k) && k > from {
                return Some(from..k + 1);
            }
        }
        None
    }

    /// The claim of "A, according to X, B" when the phrase interrupts one
    /// clause: A is a subject or an opening that B carries on ("The plan,
    /// according to the mayor, is to …", "Fundraising, according to the
    /// campaign, has surged"), or A ends with a conjunction that B's clause
    /// completes ("… after, according to him, the mill closed": B alone).
    /// `comma` is the mark before "according", `src` the phrase's source.
    fn interrupted_by_according(
        &self,
        comma: usize,
        src: &Range<usize>,
        end: usize,
    ) -> Option<Vec<Range<usize>>> {
        let close = src.end;
        let closing = match self.doc.tok(comma) {
            "(" => ")",
            t => t,
        };
        if close + 1 >= end || self.doc.tok(close) != closing || self.in_quote(close) {
            return None;
        }
        let from = close + 1;
        if !self.doc.is_word(from)
            || self.opens_quote(from).is_some()
            || self.class(from, Class::Conj)
            || self.class(from, Class::Rel)
        {
            return None;
        }
        let to = self.clause_end(from, end);
        if self.doc.words_in(from..to) < 2 {
            return None;
        }
        let s = self.sentence_start(comma);
        // "… after, according to him, B": B is the claim.
        if comma > s && HANGING.has(self.doc.tok(comma - 1)) {
            return Some(std::iter::once(from..to).collect());
        }
        let lead = self.content_before_min(comma, 1)?;
        let lead_words = self.doc.words_in(lead.clone());
        // B opens with a verb ("is", "has surged", "receives"): A is its
        // subject; or A is a short opening B needs.
        let verb_first = VERB_FIRST.has(self.doc.tok(from))
            || self.class(from, Class::Verb)
            || self.class(from, Class::Aux) && !self.class(from, Class::Intro);
        let short = lead_words <= 3
            && !self.doc.is_cap(from)
            && !self.class(from, Class::Det)
            && !self.class(from, Class::Prep);
        // "Over the long run, according to the agency, costs will …": A
        // is an opening phrase with no verb of its own, B its clause.
        let opening = self.class(lead.start, Class::Prep)
            && !lead
                .clone()
                .any(|k| self.class(k, Class::Verb) || self.class(k, Class::Aux));
        (verb_first || short || opening).then(|| vec![lead, from..to])
    }

    pub fn according_to_frame(&self, hit: &CueHit) -> Option<Frame> {
        let end = self.sentence_end(hit.verb);
        let s = self.sentence_start(hit.verb);
        // "according to him": an object pronoun speaks too.
        let object = hit.range.end..hit.range.end + 1;
        let src = if self
            .doc
            .is_any(hit.range.end, &["him", "her", "them", "us", "me"])
        {
            object
        } else {
            self.np_after(hit.range.end, end)
                .filter(|np| {
                    self.can_speak(np)
                    || self.plural_speaker(np.end - 1)
                    || self.evidence(np)
                    // "the average of recent polls", "the bulk of the
                    // records": the noun of evidence after "of".
                    || self.doc.is(np.end, "of")
                        && self
                            .np_chain(np.start, end)
                            .is_some_and(|e| self.evidence(&(np.end..e)))
                    // "according to some on social media", "several in
                    // the room": a quantifier standing for people.
                    || np.len() == 1
                        && self.partitive(np.start)
                        && self.doc.is_word(np.start)
                        && !self.doc.is(np.end, "of")
                })
                .or_else(|| self.evidence_ahead(hit.range.end, end))?
        };
        let mut f = Frame::new(hit.range.clone(), Some(src.clone()), Rule::AccordingTo);
        f.confidence = 0.85;
        let before = hit.range.start;
        let lead_words = self.doc.words_in(s..before);
        // "That’s according to the county clerk": the pronoun is the claim
        // (what the sentence before said).
        if before == s + 2
            && self.doc.is_any(s, &["that", "this"])
            && (self.doc.kind(s + 1) == Some(Tok::Poss) || self.doc.is_any(s + 1, &["is", "was"]))
        {
            f.content.push(s..s + 1);
            return Some(f);
        }
        if lead_words == 0 || (lead_words <= 2 && self.class(s, Class::Intro)) {
            // According to X, CLAIM.
            // The claim opens after the comma that closes the phrase, past
            // the source's post-modifiers ("According to early results of
            // the exit polls conducted by … for …, CLAIM"); no comma in
            // reach, no claim.
            let j = (src.end..end.min(src.end + 40)).find(|&j| self.doc.tok(j) == ",")?;
            let r = j + 1..end;
            self.content_span(r.clone())?;
            f.content.push(r);
            return Some(f);
        }
        if before > 0 && matches!(self.doc.tok(before - 1), "," | "—" | "(") {
            // "The plan, according to the mayor, is to …", "He left after,
            // according to him, the mill closed": the clause goes on past
            // the phrase.
            if let Some(pieces) = self.interrupted_by_according(before - 1, &src, end) {
                f.content = pieces.into();
                return Some(f);
            }
        }
        let content = if before > 0 && matches!(self.doc.tok(before - 1), "," | "—" | "(") {
            self.clause_before(before - 1)?
        } else {
            let r = s..before;
            (self.doc.words_in(s..before) >= 3).then_some(r)?
        };
        f.content.push(content);
        Some(f)
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{one, s, triples};

    #[test]
    fn a_long_phrase_before_the_claim() {
        let (_, _, content, _) = one(
            "According to early results of the exit polls conducted by a polling firm for the \
             network and three newspapers in the state, the mayor won the east side.",
        );
        assert_eq!(content, ["the mayor won the east side"]);
    }

    #[test]
    fn evidence_after_of_according_to() {
        let (src, _, content, _) = one(
            "Roe leads Holt by three points, according to the average of new polls compiled by the paper.",
        );
        assert_eq!(src, s("the average"));
        assert_eq!(content, ["Roe leads Holt by three points"]);
    }

    #[test]
    fn evidence_after_according_to() {
        let (src, _, content, _) =
            one("The mayor lost the east side, according to early results of the county count.");
        assert_eq!(src, s("early results"));
        assert_eq!(content, ["The mayor lost the east side"]);
        // A measure is no source.
        assert!(triples(
            "Each town will pay according to the size of its budget, the council decided."
        )
        .iter()
        .all(|a| a.1 != "according to"));
    }

    #[test]
    fn claim_then_according_to() {
        let (src, cue, content, _) = one(
            "Bombardment has killed at least 21,320 people, mostly women and children, according to Hamas-run Gaza’s health ministry.",
        );
        assert_eq!(
            (src, cue.as_str()),
            (s("Hamas-run Gaza’s health ministry"), "according to")
        );
        assert_eq!(
            content,
            ["Bombardment has killed at least 21,320 people, mostly women and children"]
        );
    }

    #[test]
    fn relative_clause_is_the_claim() {
        let t = triples(
            "Israel has vowed to act after the attack, which left about 1,140 people dead, according to an Agence France-Presse tally based on Israeli figures.",
        );
        let acc = t.iter().find(|x| x.1 == "according to").unwrap();
        assert_eq!(acc.0, s("an Agence France-Presse tally"));
        assert_eq!(acc.2, ["which left about 1,140 people dead"]);
    }

    #[test]
    fn according_to_inside_the_clause() {
        let (src, _, content, _) =
            one("The budget, according to the mayor, has grown by a third since May.");
        assert_eq!(src, s("the mayor"));
        assert_eq!(content, ["The budget", "has grown by a third since May"]);
        let (_, _, content, _) =
            one("The idea, according to the campaign aide, is that the senator met his staff.");
        assert_eq!(content, ["The idea", "is that the senator met his staff"]);
        // After a conjunction the rest is the claim.
        let (src, _, content, _) =
            one("He left the valley after, according to his sister, the mill closed for good.");
        assert_eq!(src, s("his sister"));
        assert_eq!(content, ["the mill closed for good"]);
        // An opening phrase with no verb: its clause follows the phrase.
        let (src, _, content, _) =
            one("Over the coming decade, according to the agency, the cost of care will double.");
        assert_eq!(src, s("the agency"));
        assert_eq!(
            content,
            ["Over the coming decade", "the cost of care will double"]
        );
    }

    #[test]
    fn the_next_clause_after_according_to_goes_on_with_the_claim() {
        // interrupted.rs: the claim goes on after "and" (PolNeAR train).
        let (_, _, content, _) =
            one("The ferry sank in minutes, according to the police, and nobody was hurt.");
        assert_eq!(
            content,
            ["The ferry sank in minutes", "and nobody was hurt"]
        );
    }

    #[test]
    fn a_source_the_chunker_cut_short_or_a_quantifier() {
        for (text, source) in [
            (
                "The port lost money last year, according to complete but unofficial figures.",
                "complete but unofficial figures",
            ),
            (
                "According to recently leaked city documents, the mayor met the builder twice.",
                "recently leaked city documents",
            ),
            (
                "The bridge would cost $4 million a year, according to the \"Safe Roads\" plan she released.",
                "the \"Safe Roads\" plan",
            ),
            (
                "According to the first schedule published Monday, the mayor will speak on Friday.",
                "the first schedule",
            ),
            ("According to several in the room, the mayor was furious.", "several"),
        ] {
            let t = triples(text);
            let a = t.iter().find(|a| a.1.eq_ignore_ascii_case("according to"));
            assert_eq!(a.and_then(|a| a.0.clone()), s(source), "{text}: {t:?}");
        }
        // A preposition before any noun of evidence: no source.
        assert!(triples("Each town pays according to the size of its budget.").is_empty());
    }

    #[test]
    fn that_is_according_to() {
        for text in [
            "Turnout fell by a third. That’s according to early returns from the county clerk.",
            "Turnout fell by a third. That is according to the mayor.",
        ] {
            let t = triples(text);
            let a = t
                .iter()
                .find(|a| a.1 == "according to")
                .unwrap_or_else(|| panic!("{t:?}"));
            assert_eq!(a.2, ["That"], "{text}");
        }
        // A longer lead is a claim of its own words.
        let t = triples("That plan is according to the mayor a waste of money.");
        assert!(t.iter().all(|a| a.2 != ["That"]), "{t:?}");
    }

    #[test]
    fn according_to_first() {
        let (src, _, content, _) = one("According to the ministry, 20 people died in the floods.");
        assert_eq!(src, s("the ministry"));
        assert_eq!(content, ["20 people died in the floods"]);
    }

    #[test]
    fn according_to_something_that_cannot_speak_is_not_a_cue() {
        assert!(
            triples("Each country will contribute according to the size of its economy.")
                .is_empty()
        );
    }

    #[test]
    fn according_to_a_pronoun_or_early_results() {
        let (src, _, _, _) =
            one("The ferry sank in minutes, according to him, and nobody was hurt.");
        assert_eq!(src, s("him"));
        let (src, _, content, _) =
            one("According to early results of the county poll, turnout fell by a third.");
        assert_eq!(src, s("early results"));
        assert_eq!(content, ["turnout fell by a third"]);
    }
}
