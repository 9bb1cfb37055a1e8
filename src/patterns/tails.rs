//! The writer's tails after a claim: what follows a comma at the end of a
//! reported clause and belongs to the writer, not the speaker.
//!
//! - a concession or comparison the writer adds: ", despite a run of
//!   defeats", ", compared with 41 percent last year", ", even as rivals …";
//! - a summary appositive that comments on the whole claim: ", a charge the
//!   mayor denies", ", a move that …", ", something critics dispute";
//! - an appositive on the claim's last noun that ends the sentence: ", a tax
//!   that funds the port", ", the finance minister" (no list, clause or
//!   quotation in it).
//!
//! - an indefinite noun phrase after a dash: "… — a figure critics
//!   dispute" (after a spaced hyphen only one that sums up the claim:
//!   "… - a point the mayor disputes");
//! - another group's figure: "…, while 9 percent …";
//! - a figure set beside the claim's: ", well above the 4 percent …",
//!   ", double the number who …".
//!
//! `clause_end` asks [`Ctx::writers_tail`] at every comma of a claim after
//! its cue, and [`Ctx::dash_appositive`] at every dash; quotations are never
//! cut.

use super::Ctx;
use crate::lexicon::{list_text, Class, WordList};
use crate::text::Tok;

/// Nouns that sum up a claim as a whole ("…, a charge that …").
static SUMMARY_NOUNS: WordList = WordList::new(list_text!("en/summary_nouns"));

impl Ctx<'_, '_> {
    /// Does the writer's own tail open at token `n`, just after a comma
    /// (or a dash) that follows a claim, before `end`?
    pub fn writers_tail(&self, n: usize, end: usize) -> bool {
        if n >= end || self.in_quote(n) {
            return false;
        }
        // ", despite …", ", compared with …", ", even as …".
        if self.doc.is(n, "despite")
            || self.doc.is(n, "compared") && self.doc.is_any(n + 1, &["with", "to"])
            || self.doc.is(n, "even") && self.doc.is(n + 1, "as")
            || self.comparison_tail(n)
        {
            return true;
        }
        self.other_figure(n)
            || self.summary_appositive(n, end)
            || self.final_appositive(n, end)
            || self.relative_appositive(n, end)
    }

    /// ", well above the 4 percent analysts expected", ", double the
    /// number who said so of …": the writer sets the speaker's figure
    /// beside another, as earnings and polls are reported.
    fn comparison_tail(&self, n: usize) -> bool {
        // "above" and "below" only after a degree word ("well above").
        self.doc.is_any(n, &["well", "far", "slightly"])
            && self.doc.is_any(n + 1, &["above", "below"])
            || self.doc.is_any(n, &["double", "twice", "triple"])
                && self.doc.is_any(n + 1, &["the", "what"])
    }

    /// "… would vote for him, while 9 percent …": "while" or "whereas" and
    /// a number (after "about", "nearly", …) sets another group's figure
    /// beside the speaker's, as polls are reported; the writer's. A
    /// contrast of other words ("…, while the city pays") stays.
    fn other_figure(&self, n: usize) -> bool {
        if !self.doc.is_any(n, &["while", "whereas"]) {
            return false;
        }
        let mut k = n + 1;
        if super::np::QUANTITY_ADVERBS.has(self.doc.tok(k)) {
            k += 1;
        }
        !self.in_quote(k) && (self.doc.kind(k) == Some(Tok::Num) || self.class(k, Class::Number))
    }

    /// ", an ambitious goal that would …", ", a plan the mayor has
    /// since dropped", ", a share that had grown": "a" or "an", one to
    /// four words of a noun phrase (no preposition, article or capital inside: "a Lisbon lawyer who
    /// …" describes a person), then a relative clause.
    fn relative_appositive(&self, n: usize, end: usize) -> bool {
        if !self.doc.is_any(n, &["a", "an"]) {
            return false;
        }
        let k = n + 1;
        let stop = (k + 4).min(end);
        let head = (k..stop).find(|&i| self.relative_follows(i + 1, end));
        head.is_some_and(|h| {
            (k..=h).all(|j| {
                matches!(self.doc.kind(j), Some(Tok::Word) | Some(Tok::Num))
                    && !self.class(j, Class::Prep)
                    && !self.class(j, Class::Det)
                    && !self.doc.is_cap(j)
                    && self.cue_form(j).is_none()
            })
        })
    }

    /// "… — a step the council had long resisted": a dash (not a spaced
    /// hyphen) at token `k`, then an indefinite noun phrase, with no dash
    /// after it to close a parenthesis ("… the group — a charity — had
    /// …"), is the writer's gloss on the claim. A dash alone ends no claim
    /// (ending every claim at a dash did not pay on PolNeAR).
    pub fn dash_appositive(&self, k: usize, end: usize) -> bool {
        let dash = |j: usize| matches!(self.doc.tok(j), "—" | "–" | "-");
        // A spaced hyphen also joins lists and asides: only a phrase that
        // sums up the claim ("… - a point the mayor disputes") is a gloss.
        let gloss = self.doc.tok(k) != "-"
            || (k + 2..(k + 6).min(end)).any(|i| SUMMARY_NOUNS.has(self.doc.tok(i)));
        dash(k)
            && gloss
            && self.doc.is_any(k + 1, &["a", "an"])
            && !self.in_quote(k + 1)
            && !(k + 1..end).any(dash)
    }

    /// ", a longtime ally of the mayor." ending the claim's sentence: an
    /// appositive on the claim's last noun is the writer's gloss ("…
    /// repeal the levy, a tax that funds the port", "… meet Ana Costa, the
    /// finance minister"). A list ("a chemist, a lawyer and two
    /// engineers"), a quotation, another comma or a cue keeps it.
    fn final_appositive(&self, n: usize, end: usize) -> bool {
        if !self.doc.is_any(n, &["a", "an", "the"]) || n == 0 {
            return false;
        }
        let before = n - 1;
        let noun_before = before > 0
            && matches!(self.doc.kind(before - 1), Some(Tok::Word) | Some(Tok::Num))
            && !self.class(before - 1, Class::Prep)
            && !self.class(before - 1, Class::Det);
        let words = self.doc.words_in(n..end);
        let plain = (n..end).all(|k| {
            !matches!(self.doc.tok(k), "," | ";" | ":" | "(" | "—" | "–")
                && !self.doc.is_any(k, &["and", "or", "but", "nor"])
                && self.doc.kind(k) != Some(Tok::Quote)
                && self.cue_form(k).is_none()
                // A verb's auxiliary, a time or a subject pronoun: a clause
                // ("…, the nomination is settled", "…, the following day").
                && !self.class(k, Class::Aux)
                && !self.class(k, Class::Time)
                && !self.is_pronoun(k)
        });
        noun_before && plain && words >= 3
    }

    /// ", a charge that …", ", something the mayor denies", ", remarks
    /// that …": an article or "something", at most four words of a noun
    /// phrase whose head sums up a claim, then a relative clause.
    fn summary_appositive(&self, n: usize, end: usize) -> bool {
        let mut k = n;
        if self.doc.is(k, "something") {
            return self.relative_follows(k + 1, end);
        }
        if self.doc.is_any(k, &["a", "an", "one"]) {
            k += 1;
        }
        let stop = (k + 4).min(end);
        let head = (k..stop).find(|&i| SUMMARY_NOUNS.has(self.doc.tok(i)));
        let Some(h) = head else {
            return false;
        };
        let modifiers_only = (k..h).all(|i| {
            self.doc.kind(i) == Some(Tok::Word)
                && !self.doc.is_cap(i)
                && !self.class(i, Class::Det)
                && self.cue_form(i).is_none()
        });
        modifiers_only && (k > n || h == k) && self.relative_follows(h + 1, end)
    }

    /// Does a relative clause open at `i` ("that …", "which …", or a
    /// subject and its verb as in "a charge the mayor denies")?
    fn relative_follows(&self, i: usize, end: usize) -> bool {
        if i >= end {
            return false;
        }
        if self
            .doc
            .is_any(i, &["that", "which", "who", "many", "some", "critics"])
        {
            return true;
        }
        // "a charge the mayor denies": a subject, then a verb.
        self.class(i, Class::Det) && !self.doc.is(i, "that")
            || self.is_pronoun(i) && !self.doc.is_any(i, &["it", "its"])
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::one;

    #[test]
    fn an_indefinite_phrase_after_a_dash_is_the_writers() {
        let (_, _, content, _) =
            one("The warden said the prison would close in June — a plan the union has fought for years.");
        assert_eq!(content, ["the prison would close in June"]);
        // A pair of dashes is a parenthesis inside the claim.
        let (_, _, content, _) =
            one("The warden said the charity — a small group from Leeds — had paid for the roof.");
        assert_eq!(
            content,
            ["the charity — a small group from Leeds — had paid for the roof"]
        );
        // A dash and no indefinite phrase: the claim goes on.
        let (_, _, content, _) =
            one("The warden said the roof would hold — at least until the spring rains.");
        assert_eq!(
            content,
            ["the roof would hold — at least until the spring rains"]
        );
    }

    #[test]
    fn a_summary_after_a_spaced_hyphen_is_the_writers() {
        let (_, _, content, _) =
            one("The warden said the cells were repaired in May - a claim the inspectors doubt.");
        assert_eq!(content, ["the cells were repaired in May"]);
        // Any other phrase after a spaced hyphen stays in the claim.
        let (_, _, content, _) =
            one("The warden said he had hired a new cook - a former sailor from Leeds.");
        assert_eq!(
            content,
            ["he had hired a new cook - a former sailor from Leeds"]
        );
    }

    #[test]
    fn an_indefinite_phrase_with_a_relative_clause_is_the_writers() {
        let (_, _, content, _) = one(
            "The minister said the port should run on wind power by 2035, a bold target that few engineers share.",
        );
        assert_eq!(content, ["the port should run on wind power by 2035"]);
        // A one-word phrase too.
        let (_, _, content, _) = one(
            "The clerk said a third of the ballots came by mail, a share that had grown since the last vote.",
        );
        assert_eq!(content, ["a third of the ballots came by mail"]);
        // A capital inside: it describes someone the claim names.
        let (_, _, content, _) =
            one("The minister said she met Ana Costa, a Lisbon lawyer who had advised the port.");
        assert_eq!(
            content,
            ["she met Ana Costa, a Lisbon lawyer who had advised the port"]
        );
    }

    #[test]
    fn another_groups_figure_is_the_writers() {
        for t in [
            "Most farmers said they would plant less barley, while 12 percent expected to plant more.",
            "Most farmers said they would plant less barley, whereas nearly 30 percent planned no change.",
        ] {
            assert_eq!(one(t).2, ["they would plant less barley"], "{t}");
        }
        // A contrast of other words stays in the claim.
        let (_, _, content, _) =
            one("The mayor said the town would pay for the road, while the county would fund the bridge.");
        assert_eq!(
            content,
            ["the town would pay for the road, while the county would fund the bridge"]
        );
    }

    #[test]
    fn concessions_and_comparisons_are_the_writers() {
        for (t, want) in [
            (
                "The coach insisted his job was safe, despite a run of five defeats.",
                "his job was safe",
            ),
            (
                "Pollsters said 52 percent backed the plan, compared with 41 percent in May.",
                "52 percent backed the plan",
            ),
            (
                "The envoy said talks would resume soon, even as shelling continued overnight.",
                "talks would resume soon",
            ),
            (
                "The brewer reported a profit of 40 cents a share, well above the 31 cents of a year ago.",
                "a profit of 40 cents a share",
            ),
            (
                "Most tenants said the rent was too high, double the share in May.",
                "the rent was too high",
            ),
        ] {
            assert_eq!(one(t).2, [want], "{t}");
        }
    }

    #[test]
    fn a_summary_of_the_claim_is_the_writers() {
        for (t, want) in [
            (
                "The senator said the agency had hidden the report, a charge that the agency denies.",
                "the agency had hidden the report",
            ),
            (
                "The union said members would strike in March, a move that could close every port.",
                "members would strike in March",
            ),
            (
                "She said the vote had been rigged, something her rivals dispute.",
                "the vote had been rigged",
            ),
        ] {
            assert_eq!(one(t).2, [want], "{t}");
        }
    }

    #[test]
    fn an_appositive_ending_the_claim_is_the_writers() {
        for (t, want) in [
            (
                "The senator vowed to repeal the harbour levy, a tax that funds the port.",
                "to repeal the harbour levy",
            ),
            (
                "Lund said he would meet Ana Costa, the finance minister of the island.",
                "he would meet Ana Costa",
            ),
        ] {
            assert_eq!(one(t).2, [want], "{t}");
        }
        // A clause after the comma is no appositive.
        let t = "Aides say that with the votes counted, the nomination is settled for good.";
        assert_eq!(
            one(t).2,
            ["with the votes counted, the nomination is settled for good"]
        );
    }

    #[test]
    fn other_commas_stay_in_the_claim() {
        for (t, want) in [
            (
                "The mayor said the plan, a charge on every car, would cut traffic.",
                "the plan, a charge on every car, would cut traffic",
            ),
            (
                "The firm said it would hire a chemist, a lawyer and two engineers.",
                "it would hire a chemist, a lawyer and two engineers",
            ),
        ] {
            assert_eq!(one(t).2, [want], "{t}");
        }
    }
}
