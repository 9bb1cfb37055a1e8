//! What stands around a subject before its cue, for `subject.rs`: the
//! noun phrase behind prepositional post-modifiers ("colleagues on a research
//! ship … had told"), post-modifiers ("familiar with the matter"), adverbs
//! and times between a subject and its verb ("has also", "this month"; none
//! for a passive), a focus
//! adverb before it ("Even the biggest hawks say"), a relative clause whose
//! comma sits inside a quotation ("Holt, who calls it a “farce,” said").

use std::ops::Range;

use super::subject::CLAUSE_OPENERS;
use super::Ctx;
use crate::lexicon::Class;

impl Ctx<'_, '_> {
    /// Back from `k` (at or before the cue at `cue_start`, in the sentence
    /// from `s`) past the verb group's auxiliaries, "not", adverbs and times
    /// ("has not", "has traditionally argued", "also said", "later Thursday
    /// told"): where the subject ends. None for a passive ("are typically
    /// reported"), whose subject is no speaker.
    pub(super) fn past_verb_group(
        &self,
        mut k: usize,
        s: usize,
        cue_start: usize,
        raised: bool,
    ) -> Option<usize> {
        let (mut adverb, mut be) = (false, false);
        // "Theresa May said": a capitalised auxiliary after a name is a name.
        let name_aux = |i: usize| {
            i > s
                && self.doc.is_any(i, &["may", "will"])
                && self.doc.is_cap(i)
                && self.is_cap_name(i - 1)
        };
        while k > s
            && (self.class(k - 1, Class::Aux) && !name_aux(k - 1)
                || self.doc.is(k - 1, "not")
                || self.contracted_do(k - 1)
                || self.cue_adverb(k - 1)
                || self.time_before_cue(k - 1, s))
        {
            if self.time_before_cue(k - 1, s) {
                // "Priebus later Thursday told", "The bank just this month
                // announced": a time between the subject and its cue.
                k -= 1;
                while k > s
                    && self.doc.is_any(
                        k - 1,
                        &["last", "this", "next", "early", "late", "just", "past"],
                    )
                {
                    k -= 1;
                }
                continue;
            }
            adverb |= self.cue_adverb(k - 1);
            be |= self
                .doc
                .is_any(k - 1, &["is", "are", "was", "were", "be", "been", "being"]);
            k -= 1;
        }
        // "are typically reported": a passive, whose subject is no speaker
        // ("is already claiming" is a progressive, whose subject speaks;
        // "are slightly more likely to say", `raised` by a phrase of
        // raising_verbs.txt, an active report).
        if adverb && be && !raised && !self.word(cue_start).cue.is_some_and(|c| c.participle) {
            return None;
        }
        Some(k)
    }

    /// The noun phrase before `k`, hopping back over prepositional
    /// post-modifiers ("colleagues on a research ship in the Weddell Sea
    /// had told" → "colleagues"). None when the phrase is the object of a
    /// preposition that nothing precedes ("in a video posted …").
    pub(super) fn np_before_pp(&self, k: usize, floor: usize) -> Option<Range<usize>> {
        let mut np = self.np_before(k, floor)?;
        if self.is_pronoun(np.start) {
            return Some(np);
        }
        for _ in 0..3 {
            let Some(p) = np.start.checked_sub(1).filter(|&p| p >= floor) else {
                break;
            };
            // "… since Clinton, at the debate, cited": a conjunction opens
            // a clause whose subject this is.
            // ("more than the board says": the comparison's own subject;
            // not "less than two weeks ago said".)
            let span_of_time = self.doc.is(p, "than") && self.doc.is(np.end - 1, "ago");
            if self.doc.is_any(p, CLAUSE_OPENERS) && !span_of_time {
                return Some(np);
            }
            if !self.class(p, Class::Prep) {
                break;
            }
            // "by"/"in"… after a verb: the phrase is an adjunct's object.
            let head = self.np_before(p, floor)?;
            let before = head.start.checked_sub(1).filter(|&b| b >= floor);
            if before.is_some_and(|b| self.class(b, Class::Prep)) {
                np = head;
                continue;
            }
            return Some(head);
        }
        let p = np.start.checked_sub(1).filter(|&p| p >= floor);
        if p.is_some_and(|p| self.class(p, Class::Prep)) {
            return None;
        }
        Some(np)
    }

    /// A time word right before a cue ("Thursday", "this month"), not
    /// opening the sentence at `s`.
    pub(super) fn time_before_cue(&self, i: usize, s: usize) -> bool {
        i > s && self.class(i, Class::Time) && !self.capital_today(i)
    }

    /// The subject's end `k` moved before a floating quantifier: "… and
    /// Robert Menendez all suggested", "… and Sanders have both argued".
    pub(super) fn past_floating_quantifier(&self, k: usize, s: usize) -> usize {
        let q = |i: usize| self.doc.is_any(i, &["all", "both", "each"]);
        if k > s + 1
            && q(k - 1)
            && (self.np_word(k - 2) || self.is_pronoun(k - 2) || self.doc.tok(k - 2) == ")")
        {
            return k - 1;
        }
        if k > s + 2
            && q(k - 1)
            && self.class(k - 2, Class::Aux)
            && (self.np_word(k - 3) || self.is_pronoun(k - 3) || self.doc.tok(k - 3) == ",")
        {
            return k - 2;
        }
        k
    }

    /// The first of the auxiliaries and adverbs right before the cue at
    /// `cue`, walking back no further than `floor` ("… and has since said"
    /// → "has"); `cue` itself when there are none.
    pub(crate) fn cue_modifiers_start(&self, floor: usize, cue: usize) -> usize {
        let mut k = cue;
        while k > floor && (self.class(k - 1, Class::Aux) || self.cue_adverb(k - 1)) {
            k -= 1;
        }
        k
    }

    /// An adverb between a subject and its verb ("traditionally", "also",
    /// "repeatedly"); the words before it are the subject's.
    pub(crate) fn cue_adverb(&self, i: usize) -> bool {
        let t = self.doc.tok(i);
        let ly = super::np::ly_adverb(t) && !self.doc.is_cap(i);
        // "She has since said …": "since" after the perfect's auxiliary.
        let since =
            self.doc.is(i, "since") && i > 0 && self.doc.is_any(i - 1, &["has", "have", "had"]);
        ly || since
            || self.doc.is_any(
                i,
                &[
                    "also", "already", "often", "never", "always", "still", "long", "once",
                    "later", "overall", "too", "instead",
                ],
            )
    }

    /// Does `from..to` read as a post-modifier of a noun ("familiar with the
    /// matter", "hired by prosecutors", "in his 60s")?
    pub(super) fn post_modifier(&self, from: usize, to: usize) -> bool {
        from < to
            // A relative clause runs longer than other post-modifiers ("The
            // teacher who wrote the letter read by the widow of one of the
            // miners says").
            && to - from <= if self.class(from, Class::Rel) { 20 } else { 12 }
            // "Weeks after the governor announced": a clause of its own.
            && !self.doc.is_any(from, CLAUSE_OPENERS)
            // "The motion failed and the council said": a clause of its own.
            // "A woman asked for a photo and Lund said", "Boos rained down
            // when Lund mentioned": a clause of its own, whose subject is
            // the name before the cue.
            && !(from..to).any(|j| {
                self.doc.is_any(j, &["and", "but"])
                    && (self.class(j + 1, Class::Det)
                        || self.is_pronoun(j + 1)
                        || self.is_cap_name(j + 1) && self.np_after(j + 1, to).is_some_and(|np| np.end == to))
                    || j > from
                        && self.doc.is_any(j, &["when", "as", "while", "because", "since"])
                        && (self.is_cap_name(j + 1)
                            || self.is_pronoun(j + 1)
                            || self.class(j + 1, Class::Det) && !self.doc.is(j + 1, "that"))
            })
            && (self.anonymity_at(from).is_some()
                // "Those close to him say"
                || self.doc.is(from, "close") && self.doc.is(from + 1, "to")
                || self.class(from, Class::Prep)
                || self.class(from, Class::Rel)
                || self.doc.tok(from).ends_with("ed")
                // "Democrats trying to regain the Senate say"
                || self.doc.tok(from).len() > 5
                    && self.doc.tok(from).ends_with("ing")
                    && !self.doc.is_cap(from))
    }

    /// Is `m` the closing mark of a short quotation inside a relative clause
    /// that a comma opened (", who calls it a “farce,”"), of a short
    /// quoted title set off by commas (", the host of the show, “Farm Hour,”"),
    /// or ending an appositive (", the hacker known as “Ghost,”")?
    pub(super) fn relative_ends_in_quote(&self, s: usize, m: usize) -> bool {
        let Some(q) = self.closes_quote(m) else {
            return false;
        };
        let q = &self.quotes.all[q];
        if q.words > 6 || q.open <= s {
            return false;
        }
        (s..q.open)
            .rev()
            .take(12)
            .find(|&c| self.doc.tok(c) == "," && !self.in_quote(c))
            .is_some_and(|c| {
                self.doc.is_any(c + 1, &["who", "which"])
                    || c + 1 == q.open
                    // ", the hacker known as “Ghost,”", ", host of the
                    // station's “Farm Hour,”": an appositive.
                    || c + 1 < q.open
                        && (self.class(c + 1, Class::Det) || self.doc.kind(c + 1) == Some(crate::text::Tok::Word) && !self.doc.is_cap(c + 1))
            })
    }

    /// "Those who heard him said": "those" standing for people before a
    /// relative clause that runs up to the cue at `to`.
    pub(super) fn those_who(&self, start: usize, to: usize) -> Option<std::ops::Range<usize>> {
        (self.doc.is(start, "those")
            && (self.doc.is_any(start + 1, &["who", "whom"])
                || self.doc.is(start + 1, "close") && self.doc.is(start + 2, "to"))
            && self.post_modifier(start + 1, to))
        .then_some(start..start + 1)
    }

    /// "Even the biggest hawks say", "Only the mayor said": a focus adverb
    /// before the subject at `i` is no part of it (the word after it, when
    /// one stands before `to`).
    pub fn past_focus(&self, i: usize, to: usize) -> usize {
        if i + 1 < to && self.doc.is_any(i, &["even", "only"]) && self.doc.is_word(i + 1) {
            i + 1
        } else {
            i
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{one, s, triples};

    #[test]
    fn a_clause_after_when_or_as_with_a_determiner_is_no_post_modifier() {
        for (text, who) in [
            (
                "The mayor gained fame when a local reporter revealed that he had lied.",
                "a local reporter",
            ),
            (
                "Word of the merger spread just as the workers announced that the plant would close.",
                "the workers",
            ),
        ] {
            let (src, _, _, _) = one(text);
            assert_eq!(src, s(who), "{text}");
        }
    }

    #[test]
    fn than_opens_a_comparison_with_its_own_subject() {
        let t = triples("The plant burns more peat than the inspectors say the valley can bear.");
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].0, s("the inspectors"));
    }

    #[test]
    fn since_after_the_perfects_auxiliary() {
        let (src, cue, content, _) =
            one("The mayor has since stressed that the bridge will stay open.");
        assert_eq!((src, cue.as_str()), (s("The mayor"), "stressed"));
        assert_eq!(content, ["the bridge will stay open"]);
    }

    #[test]
    fn a_focus_adverb_before_the_subject() {
        let (src, _, content, _) = one(
            "Even the council's keenest critics, like Ames and Holt, say the bridge should reopen.",
        );
        assert_eq!(src, s("the council's keenest critics"));
        assert_eq!(content, ["the bridge should reopen"]);
    }

    #[test]
    fn a_floating_quantifier_a_time_and_a_modal_name_before_the_cue() {
        for (text, want) in [
            (
                "Ann Holt and the mayor have both argued that the rules would change.",
                "Ann Holt and the mayor",
            ),
            (
                "The harbor board this past week announced the rules would change.",
                "The harbor board",
            ),
            // A name that is also an auxiliary is no auxiliary after a name.
            (
                "Premier Ann May said the rules would change.",
                "Premier Ann May",
            ),
        ] {
            let (src, _, content, _) = one(text);
            assert_eq!(src, s(want), "{text}");
            assert_eq!(content, ["the rules would change"], "{text}");
        }
    }

    #[test]
    fn a_relative_clause_ending_in_a_quotation() {
        let (src, _, content, _) =
            one("Holt, who calls the plan a “farce,” said he doubts the vote will pass.");
        assert_eq!(src, s("Holt"));
        assert_eq!(content, ["he doubts the vote will pass"]);
    }

    #[test]
    fn overall_or_too_between_the_subject_and_its_cue() {
        let (src, _, content, _) =
            one("But 61 percent of farm owners overall said they would vote against the levy.");
        assert_eq!(src, s("61 percent of farm owners"));
        assert_eq!(content, ["they would vote against the levy"]);
        let (src, _, _, _) = one("The unions too said the deal was unfair.");
        assert_eq!(src, s("The unions"));
    }

    #[test]
    fn a_quoted_title_in_an_appositive() {
        let (src, _, content, _) = one(
            "Sam Roe, the host of the county's radio show, “Farm Hour,” said the bridge should stay free.",
        );
        assert_eq!(src, s("Sam Roe"));
        assert_eq!(content, ["the bridge should stay free"]);
        let (src, _, _, _) = one(
            "Ada Holt, a judge on the talent show “Star Search,” who later ran for mayor, said her rival was unfair.",
        );
        assert_eq!(src, s("Ada Holt"));
    }

    #[test]
    fn a_long_relative_clause_or_those_who_before_the_cue() {
        let (src, _, content, _) = one(
            "The retired teacher who wrote the letter read by the widow of one of the miners says he will not vote this fall.",
        );
        assert_eq!(src, s("The retired teacher"));
        assert_eq!(content, ["he will not vote this fall"]);
        let (src, _, _, _) = one("Those who opposed the toll said the bridge should stay free.");
        assert_eq!(src, s("Those"));
    }

    #[test]
    fn a_clause_between_commas_is_no_appositive() {
        let (src, _, content, _) = one(
            "Even as the vote nears, a week she hoped to win, the race will be close, said Dan Ferro, a pollster.",
        );
        assert_eq!(src, s("Dan Ferro"));
        assert!(
            content[0].ends_with("the race will be close"),
            "{content:?}"
        );
    }

    #[test]
    fn a_clause_of_its_own_before_the_name_is_no_post_modifier() {
        for (t, who) in [
            (
                "Boos rained down when Harlan mentioned the new harbour levy.",
                "Harlan",
            ),
            (
                "At one stop, a man asked for a picture and Lund said, “as long as it is quick.”",
                "Lund",
            ),
        ] {
            let got = triples(t);
            assert_eq!(got[0].0, s(who), "{t}: {got:?}");
        }
        // A post-modifier before the cue stays one with its noun.
        let got = triples(
            "A forensic accountant hired by prosecutors told the court the books were false.",
        );
        assert_eq!(got[0].0, s("A forensic accountant"));
    }
}
