//! Clause boundaries: where a reported clause ends and where it begins, one
//! answer every pattern uses instead of each finding its own.
//!
//! A claim after its cue runs to the end of its sentence unless the
//! sentence goes on, after "; " or ", but", ", and", ", though", ", while"
//! or a participle (", even suggesting"), with a clause that reports again:
//! "said A, but in a later interview said B" claims A. Without a cue in
//! that clause, "said A, but B" is most often all one claim (measured on
//! PolNeAR train), so it stays whole. A relative clause after a comma
//! (", which …") is the writer's comment on the claim's last noun.

use super::Ctx;
use crate::lexicon::{list_text, WordList};
use crate::text::Tok;

/// Verbs that, after "and", open the speaker's next predicate.
pub(super) static SECOND_PREDICATES: WordList = WordList::new(list_text!("en/second_predicates"));

/// Conjunctions after a comma that open the writer's own clause.
const CONTRAST: &[&str] = &[
    "but", "though", "although", "whereas", "yet", "and", "while",
];

impl Ctx<'_, '_> {
    /// The end (exclusive) of the reported clause that starts at token
    /// `from`, at most `end`. Quotations are never cut.
    pub fn clause_end(&self, from: usize, end: usize) -> usize {
        let end = end.min(self.len());
        let fronted = self.fronted_clause(from);
        let mut words = 0;
        for k in from..end {
            if self.doc.is_word(k) {
                // All three read an "and" or a "but" (tested once here).
                if words >= 3
                    && self.doc.is_any(k, &["and", "but"])
                    && (self.second_predicate(k, end)
                        || self.parallel_predicate(from, k)
                        || self.but_did(k))
                {
                    return k;
                }
                words += 1;
                continue;
            }
            // A claim has a few words before a boundary can end it.
            if words < 3 || self.in_quote(k) {
                continue;
            }
            // "While X said A, B …": the main clause (fronted.rs).
            if fronted && self.doc.tok(k) == "," && !self.place_comma(k) {
                return k;
            }
            let boundary = match self.doc.tok(k) {
                // Not the end of a character entity ("&gt;").
                ";" => !(k >= 2 && self.doc.tok(k - 2) == "&"),
                "," => self.writers_clause(k + 1, end),
                _ => false,
            };
            // Only a clause that reports again ends the claim: "said A, but
            // in a later interview said B"; "said A, but B" is often all
            // one claim.
            if boundary && self.cue_ahead(k + 1, end) {
                return k;
            }
            if self.doc.tok(k) == ","
                && self.doc.is(k + 1, "which")
                && !self.in_quote(k + 1)
                && !self.that_keeps_which(from, k, end)
                && !self.embedded_which(k + 1, end)
            {
                return k;
            }
            // ", despite …", ", a charge that …" (tails.rs).
            if self.doc.tok(k) == "," && self.writers_tail(k + 1, end) {
                return k;
            }
            // "… — a figure critics dispute" (tails.rs).
            if self.dash_appositive(k, end) {
                return k;
            }
        }
        end
    }

    /// Does "and" (or "but") at token `k` join a second predicate to the
    /// speaker ("tweeted that the deal was “a con” and urged voters to …",
    /// "said A but declined to name them")? A verb of stance or response
    /// right after it (`lang/en/second_predicates.txt`).
    fn second_predicate(&self, k: usize, end: usize) -> bool {
        let but = self.doc.is(k, "but");
        if !(self.doc.is(k, "and") || but) || self.in_quote(k) || k + 1 >= end {
            return false;
        }
        let mut v = k + 1;
        if self.in_quote(v) {
            return false;
        }
        // "and also praised", "and then urged": the adverb before the verb.
        if self.doc.is_any(v, &["also", "then", "later"]) && v + 1 < end {
            v += 1;
        }
        if self.stance_verb(v) {
            return true;
        }
        // "said A but declined to …": only the speaker's own next act
        // after "but"; a new subject after it is the claim's contrast.
        if but {
            return false;
        }
        // "… and Democrats accused …", "… and he noted that …": a new
        // subject that reports or takes a stance.
        let Some(np) = self.np_after(v, end) else {
            return false;
        };
        np.len() <= 4
            && np.end < end
            && (self.is_pronoun(np.start) && np.len() == 1 || self.can_speak(&np))
            && (self.stance_verb(np.end) || self.cue_form(np.end).is_some_and(|f| !f.participle))
            && !self.in_quote(np.end)
    }

    /// "warned that the levy would hurt the port, which employs 900": a
    /// claim opened by "that" keeps a relative clause after its comma
    /// (PolNeAR marks it so), unless the clause reports on its own
    /// (", which the mayor called …").
    fn that_keeps_which(&self, from: usize, k: usize, end: usize) -> bool {
        from > 0 && self.doc.is(from - 1, "that") && !self.cue_ahead(k + 1, end)
    }

    /// "said the pipeline, which the party backs, would not be built": a
    /// relative clause on the claim's subject, closed by a comma its
    /// predicate follows, is inside the claim.
    fn embedded_which(&self, w: usize, end: usize) -> bool {
        (w + 1..end)
            .find(|&c| matches!(self.doc.tok(c), "," | ";") && !self.in_quote(c))
            .is_some_and(|c| self.doc.tok(c) == "," && self.predicate_at(c + 1))
    }

    /// "said he would pray for the nominee but did not say who": "but"
    /// and the speaker's own "did", "does" (not) close the claim.
    fn but_did(&self, k: usize) -> bool {
        self.doc.is(k, "but")
            && !self.in_quote(k)
            && self.doc.is_any(
                k + 1,
                &["did", "didn’t", "didn't", "does", "doesn’t", "doesn't"],
            )
            && !self.in_quote(k + 1)
    }

    fn stance_verb(&self, v: usize) -> bool {
        if self.doc.kind(v) != Some(Tok::Word) || self.doc.is_cap(v) {
            return false;
        }
        SECOND_PREDICATES.has(self.doc.tok(v))
    }

    /// Is there a cue word, outside quotations, from token `k` up to the
    /// next semicolon or `end`?
    fn cue_ahead(&self, k: usize, end: usize) -> bool {
        (k..end)
            .take_while(|&i| self.doc.tok(i) != ";")
            .any(|i| !self.in_quote(i) && self.cue_form(i).is_some())
    }

    /// Does a clause of the writer's own open at token `n` (just after a
    /// comma)?
    fn writers_clause(&self, n: usize, end: usize) -> bool {
        if n >= end || self.in_quote(n) {
            return false;
        }
        if self.doc.is_any(n, CONTRAST) {
            return true;
        }
        // ", even suggesting …", ", implicitly putting …", ", saying …".
        let mut v = n;
        let adverb = self.doc.tok(v).ends_with("ly") && self.doc.kind(v) == Some(Tok::Word);
        if adverb || self.doc.is(v, "even") {
            v += 1;
        }
        let w = self.doc.tok(v);
        v < end
            && self.doc.kind(v) == Some(Tok::Word)
            && w.len() > 4
            && w.ends_with("ing")
            // ", including …" lists what the claim names, no clause.
            && w != "including"
            && w.chars().next().is_some_and(char::is_lowercase)
            && !self.in_quote(v)
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{one, triples};

    #[test]
    fn the_claim_ends_where_a_clause_reports_again() {
        for (t, want) in [
            (
                "The mayor said the bridge would reopen in May, but the council has said that repairs will take longer.",
                "the bridge would reopen in May",
            ),
            (
                "Ms. Ortega said the audit found no fraud; her deputy has claimed otherwise.",
                "the audit found no fraud",
            ),
            (
                "The coach said his team had played well, even suggesting the referee was biased.",
                "his team had played well",
            ),
            (
                "The firm said sales had doubled, and in a later interview said profits had too.",
                "sales had doubled",
            ),
            (
                "The ministry vowed to rebuild the dam, which floods had destroyed in May.",
                "to rebuild the dam",
            ),
            (
                "The mayor said the ferry would stop, which the union called a betrayal.",
                "the ferry would stop",
            ),
        ] {
            let t = triples(t);
            assert!(t.iter().any(|x| x.2 == [want]), "{t:?}");
            assert!(t.iter().all(|x| x.2.len() == 1 && !x.2[0].contains(want) || x.2 == [want]), "{t:?}");
        }
    }

    #[test]
    fn a_second_predicate_of_the_speaker_ends_the_claim() {
        let (_, _, content, _) = one(
            "The mayor tweeted that the deal was “a con” and praised the voters who rejected it.",
        );
        assert_eq!(content, ["the deal was “a con”"]);
        // An adverb between "and" and the verb.
        let (_, _, content, _) =
            one("Holm said the port would close, and also praised the ferry crews.");
        assert_eq!(content, ["the port would close"]);
        // A new subject that reports or takes a stance.
        let t = triples(
            "Republicans said the agency had mishandled the case and Democrats accused them of playing politics.",
        );
        assert_eq!(t[0].2, ["the agency had mishandled the case"], "{t:?}");
        // A verb that is no stance stays in the claim.
        let (_, _, content, _) = one("The mayor said the plan was fragile and depended on growth.");
        assert_eq!(content, ["the plan was fragile and depended on growth"]);
        // After "but", the same verbs.
        let (_, _, content, _) =
            one("The clerk confirmed the vote had been delayed but declined to say for how long.");
        assert_eq!(content, ["the vote had been delayed"]);
        let (_, _, content, _) =
            one("The clerk said the vote had been delayed but the count went on.");
        assert_eq!(content, ["the vote had been delayed but the count went on"]);
    }

    #[test]
    fn but_did_not_is_the_speakers_own_act() {
        let (_, _, content, _) =
            one("The mayor said she would pray for the winner but did not say who that would be.");
        assert_eq!(content, ["she would pray for the winner"]);
        let (_, _, content, _) = one("The mayor said the plan was bold but risky for the town.");
        assert_eq!(content, ["the plan was bold but risky for the town"]);
    }

    #[test]
    fn a_claim_opened_by_that_keeps_its_relative_clause() {
        let (_, _, content, _) =
            one("The council warned that the levy would hurt the port, which employs nine hundred people.");
        assert_eq!(
            content,
            ["the levy would hurt the port, which employs nine hundred people"]
        );
        let (_, _, content, _) = one(
            "The council warned the levy would hurt the port, which employs nine hundred people.",
        );
        assert_eq!(content, ["the levy would hurt the port"]);
        // A relative clause that reports on its own still ends the claim.
        let t = triples(
            "The mayor said that the ferry would stop, which the union said was a betrayal.",
        );
        assert!(t.iter().any(|x| x.2 == ["the ferry would stop"]), "{t:?}");
    }

    #[test]
    fn a_relative_clause_on_the_claims_subject_stays() {
        let (_, _, content, _) = one(
            "The engineer said the new bridge, which the county built last year, has already cracked.",
        );
        assert_eq!(
            content,
            ["the new bridge, which the county built last year, has already cracked"]
        );
    }

    #[test]
    fn a_semicolon_ending_a_character_entity_is_no_boundary() {
        let t = triples("The clerk said the &lt;b&gt; tags were gone and told staff to check.");
        assert_eq!(t[0].2, ["the &lt;b&gt; tags were gone"], "{t:?}");
    }

    #[test]
    fn highlighting_or_celebrating_is_the_speakers_next_act() {
        for (t, want) in [
            (
                "The coach said the team had earned the title and highlighted the work of its young defenders.",
                "the team had earned the title",
            ),
            (
                "The governor vowed to keep the ferry running and celebrated the vote with the crews.",
                "to keep the ferry running",
            ),
        ] {
            assert_eq!(one(t).2, [want], "{t}");
        }
    }

    #[test]
    fn an_including_list_stays_in_the_claim() {
        let (_, _, content, _) = one(
            "The auditor said the agency had ignored several warnings, including reports of leaks at the dam.",
        );
        assert_eq!(
            content,
            ["the agency had ignored several warnings, including reports of leaks at the dam"]
        );
    }

    #[test]
    fn a_clause_that_does_not_report_stays_in_the_claim() {
        for (t, want) in [
            (
                "The company said sales had doubled, though profits were flat.",
                "sales had doubled, though profits were flat",
            ),
            (
                "The minister said prices, wages and rents had all risen this year.",
                "prices, wages and rents had all risen this year",
            ),
            (
                "The mayor said that “the bridge is safe, but old, she said” and must be repaired.",
                "“the bridge is safe, but old, she said” and must be repaired",
            ),
        ] {
            let (_, _, content, _) = one(t);
            assert_eq!(content, [want], "{t}");
        }
    }
}
