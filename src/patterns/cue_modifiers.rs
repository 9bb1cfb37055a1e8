//! What may stand between a cue and its content and belongs to neither: an
//! adverb of manner or frequency ("said repeatedly they …", "argued
//! insistently that …", "said privately the …"), a span of time ("has said
//! for months that …", "said for the first time that …", "reported last
//! quarter that …"), the audience after "to" ("said to reporters", "wrote to
//! his donors that …", "added to cheers"), and the time words ("on
//! Thursday", "late last week", "two days ago"). `after_cue` (adjuncts.rs)
//! skips them.

use super::Ctx;
use crate::lexicon::{list_text, Class, WordList};
use crate::text::Tok;

/// Cues of saying whose "to" names the audience, never the content
/// ("said to reporters", "wrote to the board that …"); "responded to the
/// charge", "admitted to the affair" and "pointed to the data" take theirs
/// ("added to" is no cue: `cue.rs`).
static TO_AUDIENCE: WordList = WordList::new(list_text!("en/to_audience_cues"));

/// Nouns of a span of time after "for" ("for months", "for years").
const SPANS: &[&str] = &[
    "hours", "days", "weeks", "months", "years", "decades", "ages",
];

/// Periods after "last", "this", "next" that the time words leave out.
const PERIODS: &[&str] = &[
    "quarter", "season", "spring", "summer", "fall", "autumn", "winter", "term", "session",
];

/// "-ly" words that stay in the claim: nouns, and adverbs of degree that
/// modify the words after them ("nearly every voter", "roughly half").
static KEPT: WordList = WordList::new(list_text!("en/kept_ly_words"));

/// Adverbs with no "-ly" that stand between a cue and its "that".
const PLAIN_ADVERBS: &[&str] = &[
    "instead",
    "again",
    "later",
    "earlier",
    "often",
    "also",
    "once",
    "too",
    "afterward",
    "afterwards",
    "since",
    "still",
    "now",
    "then",
    "anew",
];

impl Ctx<'_, '_> {
    /// Skips the modifiers of a cue that open at `j`: returns the token
    /// after them (or `j`).
    pub fn skip_cue_modifiers(&self, mut j: usize) -> usize {
        for _ in 0..4 {
            let k = self.cue_modifier(j);
            if k == j {
                break;
            }
            j = k;
        }
        j
    }

    /// The audience after "to" at `j` of a cue of saying ("said to reporters",
    /// "said to People", "said to cheers", "wrote to his donors"): the token
    /// after the noun phrase, or `j`. "said to be", "vowed to go" are
    /// infinitives and stay.
    pub fn skip_audience_to(&self, j: usize, lemma: Option<&str>) -> usize {
        if !self.doc.is(j, "to") || !lemma.is_some_and(|l| TO_AUDIENCE.has(l)) {
            return j;
        }
        let end = self.sentence_end(j);
        let Some(np) = self.np_after(j + 1, end).filter(|np| np.start == j + 1) else {
            return j;
        };
        let person = self.can_speak(&np)
            || self.plural_speaker(np.end - 1)
            || self.is_pronoun(np.start)
            || self
                .doc
                .is_any(np.end - 1, &["cheers", "applause", "laughter", "laughs"]);
        // The phrase must end clean: "wrote to Sanders’ office" is read no
        // further than the name.
        let n = np.end;
        let clean = n >= end
            || matches!(self.doc.tok(n), "that" | "," | ":" | "." | "!" | "?")
            || self.opens_quote(n).is_some()
            || self.class(n, Class::Time)
            || self.class(n, Class::Prep);
        if person && clean && !self.in_quote(j) {
            np.end
        } else {
            j
        }
    }

    /// "reiterated his claim that …", "repeated her pledge to …": a noun
    /// that names a claim, right after the cue (after a possessive or an
    /// article, and one modifier), belongs to the cue; the claim is its
    /// clause. Where that clause opens ("that" left out, "to" kept), if
    /// one opens at `j`.
    pub fn claim_noun_clause(&self, j: usize) -> Option<usize> {
        // The noun is at `j`, `j + 1` or `j + 2`, and "that" or "to" follows
        // it: without one there, no list lookup is needed.
        if !(j + 1..j + 4).any(|i| matches!(self.doc.tok(i), "that" | "to")) {
            return None;
        }
        let mut k = j;
        // "said that claims …": "that" opens the claim.
        if self.class(k, Class::Det) && !self.doc.is(k, "that") {
            k += 1;
        }
        // Nouns that name a claim: the list `nominal.rs` reads.
        let noun = |i: usize| super::nominal::NOUNS.has(self.doc.tok(i)) && !self.in_quote(i);
        if !noun(k) && noun(k + 1) && self.doc.kind(k) == Some(Tok::Word) && !self.doc.is_cap(k) {
            k += 1;
        }
        if !noun(k) {
            return None;
        }
        match self.doc.tok(k + 1) {
            // A clause with its own subject, not a relative "that" ("a
            // promise that dates from May").
            "that" => {
                let limit = self.sentence_end(k);
                let subject = self.bare_clause_at(k + 2, limit)
                    || self
                        .np_after(k + 2, limit)
                        .is_some_and(|np| np.end < limit && self.finite_at(np.end));
                subject.then_some(k + 2)
            }
            "to" => Some(k + 1),
            _ => None,
        }
    }

    /// Does a prepositional adjunct after a cue, opening at `j`, end before
    /// token `k` because a day or time closes it and a clause opens ("reported
    /// on Wednesday the police had …", "told reporters on Thursday he …")?
    pub fn adjunct_ends_before(&self, j: usize, k: usize) -> bool {
        k > j + 1
            && !self.in_quote(k)
            && self.class(k - 1, Class::Time)
            && !self.doc.is(k, "that")
            && (self.class(k, Class::Det)
                || self.is_pronoun(k) && !self.doc.is_any(k, &["him", "her", "them", "us", "me"]))
    }

    /// Skips a time word ("Thursday", "yesterday", "Tuesday night", "late
    /// last week", "two days ago"; "two days" before "after the vote").
    pub(super) fn skip_time(&self, mut j: usize) -> usize {
        loop {
            if self.class(j, crate::lexicon::Class::Time) {
                j += 1;
            } else if self.doc.is_any(
                j,
                &["last", "this", "next", "early", "late", "earlier", "later"],
            ) && self.class(j + 1, crate::lexicon::Class::Time)
            {
                j += 2; // "last week", "this morning"
            } else if self.doc.is_any(j, &["late", "early"])
                && self.doc.is_any(j + 1, &["last", "this", "next"])
            {
                j += 1; // "late last week"
            } else if (self.class(j, crate::lexicon::Class::Number)
                || self.doc.kind(j) == Some(crate::text::Tok::Num))
                && self.doc.is_any(
                    j + 1,
                    &["minutes", "hours", "days", "weeks", "months", "years"],
                )
                && self
                    .doc
                    .is_any(j + 2, &["ago", "later", "earlier", "after", "before"])
            {
                // "two days ago"; "two days after the vote": the "after"
                // phrase is an adjunct of its own.
                j += if self.doc.is_any(j + 2, &["after", "before"]) {
                    2
                } else {
                    3
                };
            } else {
                return j;
            }
        }
    }

    fn cue_modifier(&self, j: usize) -> usize {
        if self.in_quote(j) || self.doc.kind(j) != Some(Tok::Word) || self.doc.is_cap(j) {
            return j;
        }
        // "said privately the …", "argued insistently that …": an adverb,
        // then the clause ("that", a determiner or a pronoun).
        let w = self.doc.tok(j);
        let adverb = w.len() > 4
            && w.ends_with("ly")
            && !KEPT.has(self.doc.tok(j))
            && self.cue_form(j).is_none();
        // "responded pointedly: “…”": or a colon before the words.
        let clause_next = self.doc.is(j + 1, "that")
            || self.class(j + 1, Class::Det)
            || self.is_pronoun(j + 1) && !self.class(j + 1, Class::Obj)
            || self.doc.tok(j + 1) == ":";
        if adverb && clause_next && !self.in_quote(j + 1) {
            return j + 1;
        }
        // "said instead that …", "said again that …", "noted later that …".
        if self.doc.is_any(j, PLAIN_ADVERBS) && self.doc.is(j + 1, "that") && !self.in_quote(j + 1)
        {
            return j + 1;
        }
        // "tweeted this: “…”", "wrote the following: …": the word that
        // points at the colon's words.
        if self.doc.is_any(j, &["this", "these"]) && self.doc.tok(j + 1) == ":" {
            return j + 1;
        }
        if self.doc.is(j, "the") && self.doc.is(j + 1, "following") && self.doc.tok(j + 2) == ":" {
            return j + 2;
        }
        // "reported last quarter that …".
        if self.doc.is_any(j, &["last", "this", "next"]) && self.doc.is_any(j + 1, PERIODS) {
            return j + 2;
        }
        // "for months", "for the first time", "for the second time in a week".
        if self.doc.is(j, "for") {
            if self.doc.is_any(j + 1, SPANS) {
                return j + 2;
            }
            if self.doc.is(j + 1, "the")
                && self
                    .doc
                    .is_any(j + 2, &["first", "second", "third", "last"])
                && self.doc.is(j + 3, "time")
            {
                return j + 4;
            }
        }
        j
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{one, s, triples};

    #[test]
    fn a_noun_naming_the_claim_after_the_cue_is_no_part_of_it() {
        let (_, _, content, _) =
            one("The mayor repeated her claim that the bridge had never been inspected.");
        assert_eq!(content, ["the bridge had never been inspected"]);
        let (_, _, content, _) = one("The mayor repeated her earlier pledge to rebuild the pier.");
        assert_eq!(content, ["to rebuild the pier"]);
        // Another noun stays the claim.
        let (_, _, content, _) = one("The mayor announced a plan that the council had drafted.");
        assert_eq!(content, ["a plan that the council had drafted"]);
    }

    #[test]
    fn a_title_inside_an_adjunct_is_no_quotation() {
        let t = triples("The race is close, Holt said on Tuesday on WBZ’s “Morning Show.”");
        assert_eq!(t[0].2, ["The race is close"], "{t:?}");
        let t = triples("“It is close,” Holt said on WBZ’s “Morning Show,” adding, “We will see.”");
        assert_eq!(t[0].2, ["It is close"], "{t:?}");
    }

    #[test]
    fn an_adverb_or_a_pointing_word_before_the_colon() {
        let (src, cue, content, kind) = one("Lund replied flatly: “The vote stands.”");
        assert_eq!((src, cue.as_str(), kind), (s("Lund"), "replied", "direct"));
        assert_eq!(content, ["The vote stands."]);
        let (_, _, content, _) = one("The mayor tweeted this: “The pool opens on Monday.”");
        assert_eq!(content, ["The pool opens on Monday."]);
        let (_, _, content, _) =
            one("The board wrote the following: “No fees will rise this year.”");
        assert_eq!(content, ["No fees will rise this year."]);
    }

    #[test]
    fn the_audience_after_to_is_no_content() {
        let (src, cue, content, kind) = one("“The roads are bad,” Holt said to reporters.");
        assert_eq!((src, cue.as_str(), kind), (s("Holt"), "said", "direct"));
        assert_eq!(content, ["The roads are bad"]);
        let (_, _, content, _) = one("“We will be back,” the mayor said to cheers on Friday.");
        assert_eq!(content, ["We will be back"]);
        let (src, _, content, _) =
            one("The chairman wrote to the board members that the merger was off.");
        assert_eq!(src, s("The chairman"));
        assert_eq!(content, ["the merger was off"]);
        let (_, _, content, _) =
            one("Holt complained to the network's anchor that the question was unfair.");
        assert_eq!(content, ["the question was unfair"]);
        // An infinitive, or the content of a cue that takes "to", stays.
        let t = triples("The mayor vowed to reopen the pool.");
        assert_eq!(t[0].2, ["to reopen the pool"]);
    }

    #[test]
    fn plain_adverbs_before_that_are_skipped() {
        let (_, cue, content, _) = one("Holt said instead that the toll would stay.");
        assert_eq!(cue, "said");
        assert_eq!(content, ["the toll would stay"]);
        let (_, _, content, _) = one("The mayor noted again that the port was closed.");
        assert_eq!(content, ["the port was closed"]);
    }

    #[test]
    fn adverbs_and_spans_of_time_after_a_cue_are_skipped() {
        for (t, want) in [
            (
                "The founders have said repeatedly they do not want to make films.",
                "they do not want to make films",
            ),
            (
                "The minister argued insistently that the deal was fair.",
                "the deal was fair",
            ),
            (
                "She said privately the campaign was in trouble.",
                "the campaign was in trouble",
            ),
            (
                "The mayor has said for months that the budget is sound.",
                "the budget is sound",
            ),
            (
                "The governor acknowledged for the first time Sunday that the ledger existed.",
                "the ledger existed",
            ),
            (
                "The company reported last quarter that its users spent an hour a day online.",
                "its users spent an hour a day online",
            ),
            (
                "The board announced three days earlier that it would pick a new chair.",
                "it would pick a new chair",
            ),
            (
                "The mayor said early this morning that the ferry would run.",
                "the ferry would run",
            ),
        ] {
            let (_, _, content, _) = one(t);
            assert_eq!(content, [want], "{t}");
        }
    }

    #[test]
    fn a_time_after_the_cue_of_a_split_quotation_is_no_part_of_it() {
        for t in [
            "“The port is busy,” an aide said late last week, “but the ferry runs.”",
            "“The port is busy,” he said two days after the storm, “but the ferry runs.”",
        ] {
            let (_, _, content, kind) = one(t);
            assert_eq!(content, ["The port is busy", "but the ferry runs."], "{t}");
            assert_eq!(kind, "direct", "{t}");
        }
    }

    #[test]
    fn a_day_closes_an_adjunct_before_the_claim() {
        for (t, want) in [
            (
                "Several outlets reported on Wednesday the police had “more than one meeting” with the mayor.",
                "the police had “more than one meeting” with the mayor",
            ),
            (
                "The senator told reporters at the rally on Thursday he viewed the mayor as “directly responsible” for the fire.",
                "he viewed the mayor as “directly responsible” for the fire",
            ),
        ] {
            let (_, _, content, _) = one(t);
            assert_eq!(content, [want], "{t}");
        }
    }

    #[test]
    fn words_that_only_look_like_modifiers_stay_in_the_claim() {
        for (t, want) in [
            (
                "The coach said family members were waiting outside.",
                "family members were waiting outside",
            ),
            (
                "The survey said nearly every voter wanted change.",
                "nearly every voter wanted change",
            ),
            (
                "The doctor said early treatment saves lives.",
                "early treatment saves lives",
            ),
            (
                "The judge said for her the case was closed.",
                "for her the case was closed",
            ),
        ] {
            let (_, _, content, _) = one(t);
            assert_eq!(content, [want], "{t}");
        }
    }
}
