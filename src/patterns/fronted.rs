//! A cue inside a sentence's opening subordinate clause: "While the mayor
//! said the bridge was safe, engineers closed it", "When Ames suggested that
//! the vote be delayed, the chair refused". The claim is the rest of that
//! clause and ends at its first comma, where the main clause begins; the
//! main clause is the writer's (`clause_end` asks [`Ctx::fronted_clause`]).

use super::Ctx;
use crate::lexicon::{list_text, WordList};

/// The subordinating conjunctions, one a line (`lang/en/subordinators.txt`).
pub(super) static SUBORDINATORS: WordList = WordList::new(list_text!("en/subordinators"));

impl Ctx<'_, '_> {
    /// Does a claim starting at token `from` sit in an opening subordinate
    /// clause: its sentence opens (after a quotation mark or "But", "And")
    /// with a subordinating conjunction or "even though", "even if", and no
    /// comma outside quotations stands between that and `from`?
    pub fn fronted_clause(&self, from: usize) -> bool {
        let start = self.sentence_start(from);
        // The clause holding the cue opens at the sentence's start or after
        // its last comma before the claim ("After all, while he insisted
        // …, …"; "Projecting calm, even if the polls suggest otherwise, is
        // …").
        let mut k = (start..from)
            .rev()
            .find(|&i| self.doc.tok(i) == "," && !self.in_quote(i) && !self.place_comma(i))
            .map_or(start, |c| c + 1);
        while k < from && (self.opens_quote(k).is_some() || self.doc.is_any(k, &["but", "and"])) {
            k += 1;
        }
        // A measure of time before the conjunction: "Years after", "A few
        // weeks before", "Shortly after", "Even as", "Just as".
        let measured = self.time_measure(k, from);
        k = measured.unwrap_or(k);
        if self.doc.is(k, "even") && self.doc.is_any(k + 1, &["though", "if"]) {
            k += 1;
        }
        let w = self.doc.tok(k);
        // "After saying …, the senator": a participle's clause
        // (opening_participle.rs).
        let participle = self.doc.tok(k + 1).ends_with("ing") && self.cue_form(k + 1).is_some();
        let listed = SUBORDINATORS.has(w);
        // "as" only after its measure ("even as", "just as"): a bare "As X
        // said, …" reports the main clause (as_clause.rs).
        k + 1 < from
            && !participle
            && !self.in_quote(k)
            && (listed || measured.is_some() && self.doc.is(k, "as"))
    }

    /// The token after a measure of time that opens a clause at `k` ("Three
    /// years after", "A few weeks before", "Shortly after", "Even as"), if
    /// one does.
    fn time_measure(&self, k: usize, to: usize) -> Option<usize> {
        static UNITS: WordList = WordList::new(list_text!("en/time_units"));
        const SINGLE: &[&str] = &["shortly", "soon", "long", "just", "even", "only", "right"];
        if self.doc.is_any(k, SINGLE) {
            return (k + 1 < to).then_some(k + 1);
        }
        // The first unit within four tokens, all the tokens before it
        // counting it: the scan stops at the first that is neither (most
        // clauses open with no count), so it looks up one word, not four.
        let counts = |i: usize| {
            let t = self.doc.tok(i);
            t.bytes().all(|b| b.is_ascii_digit())
                || self.doc.is_any(
                    i,
                    &[
                        "a", "few", "several", "many", "two", "three", "four", "five", "six",
                        "seven", "eight", "nine", "ten", "some",
                    ],
                )
        };
        for i in k..(k + 4).min(to) {
            if UNITS.has(self.doc.tok(i)) {
                return (i + 1 < to).then_some(i + 1);
            }
            if !counts(i) {
                return None;
            }
        }
        None
    }

    /// Is the comma at `k` inside a place name and its state ("Reno, Nev.,",
    /// "Dayton, Ohio,"), not the clause's end?
    pub fn place_comma(&self, k: usize) -> bool {
        let cap = |i: usize| self.doc.is_cap(i);
        let tok = |i: usize| self.doc.tok(i);
        // The comma before the state, and the one after it ("Nev." may be
        // a word and a period).
        let opens = k > 0
            && cap(k - 1)
            && cap(k + 1)
            && (tok(k + 2) == "," || tok(k + 2) == "." && tok(k + 3) == ",");
        let closes = k >= 3 && cap(k - 1) && tok(k - 2) == "," && cap(k - 3)
            || k >= 4 && tok(k - 1) == "." && cap(k - 2) && tok(k - 3) == "," && cap(k - 4);
        opens || closes
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::triples;

    #[test]
    fn the_claim_ends_where_the_main_clause_begins() {
        for (t, want) in [
            (
                "While the mayor said the bridge was safe, engineers closed it on Friday.",
                "the bridge was safe",
            ),
            (
                "Although Reyes says the ferry from Eastport, Maine, was late, others disagree.",
                "the ferry from Eastport, Maine, was late",
            ),
            (
                "When Ames suggested that the vote be delayed, the chair refused.",
                "the vote be delayed",
            ),
            (
                "But although the firm has insisted it paid every tax, auditors found gaps.",
                "it paid every tax",
            ),
            (
                "Even though the coach said the team was tired, it won by ten points.",
                "the team was tired",
            ),
            // A measure of time before the conjunction.
            (
                "Three years after the council promised that the pool would reopen, it is still shut.",
                "the pool would reopen",
            ),
            (
                "Even as the mayor has said that she opposes new fees, her council keeps adding them.",
                "she opposes new fees",
            ),
            // The clause opens after an opening phrase's comma.
            (
                "After all, while the coach insisted that the team was fit, two players were hurt.",
                "the team was fit",
            ),
        ] {
            let t = triples(t);
            assert_eq!(t.len(), 1, "{t:?}");
            assert_eq!(t[0].2, [want], "{t:?}");
        }
    }

    #[test]
    fn other_openings_keep_the_whole_claim() {
        for (t, want) in [
            // No subordinate clause: the comma stays in the claim.
            (
                "The mayor said the bridge was safe, and engineers agreed.",
                "the bridge was safe, and engineers agreed",
            ),
            // The cue is in the main clause, after the opening clause.
            (
                "When the storm passed, the mayor said the bridge was safe, old and busy.",
                "the bridge was safe, old and busy",
            ),
            // A participle's clause is opening_participle.rs's.
            (
                "After suggesting on Monday that the bridge was safe, the mayor closed it.",
                "the bridge was safe",
            ),
            // A comma inside a quotation is not the clause's end.
            (
                "If Lund said the plan was “bold, but fair” then nobody heard it.",
                "the plan was “bold, but fair” then nobody heard it",
            ),
        ] {
            let t = triples(t);
            assert_eq!(t[0].2, [want], "{t:?}");
        }
    }
}
