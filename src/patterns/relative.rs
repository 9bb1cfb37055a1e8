//! Reports inside a relative clause: "the new rules, which officials said
//! will take effect in spring, …", "a plan that the mayor said would cut
//! traffic", "his sons, who he said were studying abroad", "adapt to what
//! the bank said is a lasting change". The relative word stands in the
//! claim for what it refers to, so the claim is two pieces: the relative
//! word and the clause after the cue, whose verb has no subject of its own
//! ("… said will take effect"). Written that way the claim after the cue
//! would read as a scrap, which is why the other patterns leave it.

use super::cue::CueHit;
use super::{Ctx, Frame, Rule};
use crate::lexicon::Class;

/// Relative words that can be the subject of the reported clause.
const RELATIVE: &[&str] = &["which", "that", "who", "what"];

impl Ctx<'_, '_> {
    /// Is the cue starting at `cue` the verb of the relative clause that
    /// opens at `rel` ("…, who acknowledged …", "…, who has long argued
    /// …")? Such a clause reports in its own right: its source is the
    /// relative word.
    pub fn relative_verb(&self, rel: usize, cue: usize) -> bool {
        self.doc.is_any(rel, &["who", "which"])
            && cue > rel
            && cue - rel <= 3
            && (rel + 1..cue).all(|k| self.class(k, Class::Aux))
    }

    pub fn relative_frame(&self, hit: &CueHit) -> Option<Frame> {
        let s = self.sentence_start(hit.verb);
        let mut k = hit.range.start;
        // "which officials have long said", "who he now says"
        // "which she has repeatedly said": an adverb in -ly, then "has".
        while k > s
            && (self.class(k - 1, Class::Aux) && !self.finite_aux(k - 1)
                || super::np::ly_adverb(self.doc.tok(k - 1)) && !self.doc.is_cap(k - 1)
                || self.doc.is_any(k - 1, &["has", "have", "had"]) && k < hit.range.start)
        {
            k -= 1;
        }
        let np = self.np_before(k, s)?;
        if np.end != k || np.start <= s || !self.can_speak(&np) {
            return None;
        }
        let rel = np.start - 1;
        if !self.doc.is_any(rel, RELATIVE) || self.in_quote(rel) != self.in_quote(hit.verb) {
            return None;
        }
        // The word before the relative: a noun it refers to ("the rules,
        // which", "a plan that"), or a preposition or verb governing
        // "what" ("adapt to what"). Not a cue ("said that the board …")
        // and not the sentence's start ("What he said was wrong": the
        // writer's verdict on it).
        let before = rel.checked_sub(1).filter(|&b| b >= s)?;
        if self.cue_form(before).is_some() || self.class(before, Class::Conj) {
            return None;
        }
        let what = self.doc.is(rel, "what");
        if what && !(self.class(before, Class::Prep) || self.doc.is_word(before)) {
            return None;
        }
        if !(what || self.doc.tok(before) == "," || self.np_word(before)) {
            return None;
        }
        // "which he said will …": the verb right after the cue, or after
        // a time word ("said Tuesday would …").
        let mut j = hit.range.end;
        while self.class(j, Class::Time) {
            j += 1;
        }
        // … or a past form: "a result that he said beat the odds".
        let past = self.doc.kind(j) == Some(crate::text::Tok::Word)
            && !self.doc.is_cap(j)
            && (self.doc.tok(j).len() > 4 && self.doc.tok(j).ends_with("ed")
                || self.class(j, Class::Verb))
            && self.cue_form(j).is_none()
            && !hit.form.is_some_and(|f| f.ambiguous);
        if !(self.finite_aux(j) || past || self.set_off_relative(rel, before, j)) {
            return None;
        }
        let sentence_end = self.sentence_end(hit.verb);
        // After a comma the relative clause ends at the next comma outside
        // a quotation ("the rules, which officials said will take effect
        // in spring, do not …"); else where its clause ends.
        let end = if self.doc.tok(before) == "," {
            (j..sentence_end)
                .find(|&c| matches!(self.doc.tok(c), "," | ";" | "—" | "–") && !self.in_quote(c))
                .unwrap_or(sentence_end)
        } else {
            self.clause_end(j, sentence_end)
        };
        if end <= j + 1 {
            return None;
        }
        let mut f = Frame::new(hit.range.clone(), Some(np), Rule::Relative);
        f.content = [rel..rel + 1, j..end].into();
        f.confidence = 0.8;
        Some(f)
    }
}

impl Ctx<'_, '_> {
    /// ", which he argued help ease …", ", which the mayor says she is
    /// keeping open", ", which Beijing has vowed to ignore": after a comma,
    /// "which" or "who" before the speaker opens a relative clause whatever
    /// follows the cue (a verb of any form, a clause, an infinitive, a
    /// quotation), not only a finite verb.
    fn set_off_relative(&self, rel: usize, before: usize, j: usize) -> bool {
        self.doc.is_any(rel, &["which", "who"])
            && self.doc.tok(before) == ","
            && j < self.len()
            && !matches!(self.doc.tok(j), "," | "." | ";" | ":" | "!" | "?")
            // "which the agency said nothing about": no claim.
            && !self
                .doc
                .is_any(j, &["nothing", "little", "much", "anything", "something"])
            && self.cue_form(j).is_none()
    }

    /// Does a predicate open at token `n`, after the comma that closes a
    /// relative clause ("…, does not expect", "…, has lost", "…, resigned",
    /// "…, later voted")?
    pub(super) fn predicate_at(&self, mut n: usize) -> bool {
        if super::np::ly_adverb(self.doc.tok(n)) || self.doc.is_any(n, &["also", "later", "then"]) {
            n += 1;
        }
        let t = self.doc.tok(n);
        self.doc.is_word(n)
            && !self.doc.is_cap(n)
            && !self.in_quote(n)
            && (self.finite_at(n)
                || t.ends_with("n't")
                || t.ends_with("n’t")
                || self.cue_form(n).is_some_and(|c| !c.participle && !c.base))
    }

    /// A report inside a relative clause set off by commas ends with the
    /// clause: "Holt, who says the levy is fair, has lost two votes" claims
    /// "the levy is fair" for "who", whatever the main verb after it.
    pub fn end_relative_clause(&self, f: &mut Frame) {
        let Some(src) = f.source.clone() else {
            return;
        };
        if src.len() != 1
            || !self.doc.is(src.start, "who")
            || src.start == 0
            || self.doc.tok(src.start - 1) != ","
        {
            return;
        }
        for piece in f.content.iter_mut() {
            if piece.start < f.cue.end {
                continue;
            }
            let close = piece.clone().find(|&c| {
                c > piece.start
                    && self.doc.tok(c) == ","
                    && !self.in_quote(c)
                    && self.predicate_at(c + 1)
            });
            if let Some(c) = close {
                piece.end = c;
            }
        }
    }
}

/// A report inside a speaker's relative clause ends with the clause:
/// "Cruz, who says A, said B" claims A for "who" and B for Cruz. The outer
/// frame's appositive is that clause; frames are in text order, so the
/// inner frame is one of its near neighbours.
pub fn end_with_appositive(frames: &mut [Frame]) {
    for k in 0..frames.len() {
        let Some(a) = frames[k].appositive.clone() else {
            continue;
        };
        let near = k.saturating_sub(3)..(k + 4).min(frames.len());
        for j in near {
            if j == k || !a.contains(&frames[j].cue.start) {
                continue;
            }
            for piece in frames[j].content.iter_mut() {
                if piece.start >= frames[j].cue.end && piece.start < a.end && piece.end > a.end {
                    piece.end = a.end;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{s, triples};

    #[test]
    fn a_relative_clause_inside_an_appositive_reports() {
        // engine.rs lets a cue inside a recent frame's appositive through
        // when a relative pronoun opens its clause there.
        let t = triples(
            "“We will see,” said Lena Ortiz, a county planner who said she would not back the levy.",
        );
        let a = t
            .iter()
            .find(|a| a.1 == "said" && a.0.as_deref() == Some("who"))
            .unwrap_or_else(|| panic!("{t:?}"));
        assert_eq!(a.2, ["she would not back the levy"]);
    }

    fn the(text: &str, cue: &str) -> (Option<String>, Vec<String>) {
        let t = triples(text);
        let a = t
            .iter()
            .find(|a| a.1 == cue)
            .unwrap_or_else(|| panic!("no {cue:?} in {text:?}: {t:?}"));
        (a.0.clone(), a.2.clone())
    }

    #[test]
    fn a_speakers_relative_clause_ends_before_the_main_verb() {
        for (t, cue, want) in [
            (
                "Holt, who says he has held more than 100 meetings in the county, does not expect to win.",
                "says",
                "he has held more than 100 meetings in the county",
            ),
            (
                "Holt, who claims the levy is fair, has lost two votes this year.",
                "claims",
                "the levy is fair",
            ),
            (
                "The mayor, who insisted the bridge was safe, resigned on Monday.",
                "insisted",
                "the bridge was safe",
            ),
            (
                "Holt, who said the plan would fail, later voted for it.",
                "said",
                "the plan would fail",
            ),
        ] {
            let (src, content) = the(t, cue);
            assert_eq!((src, content), (s("who"), vec![want.to_string()]), "{t}");
        }
        // A comma inside the claim, before no predicate, stays.
        let (_, content) = the(
            "Holt, who says that if the levy fails, the pool will close, is worried.",
            "says",
        );
        assert_eq!(content, ["if the levy fails, the pool will close"]);
    }

    #[test]
    fn which_after_a_comma_ends_at_the_next_comma() {
        let (src, content) = the(
            "The new rules, which officials said will take effect next spring, do not cover farm workers.",
            "said",
        );
        assert_eq!(src, s("officials"));
        assert_eq!(content, ["which", "will take effect next spring"]);
    }

    #[test]
    fn a_past_form_after_the_cue_and_an_adverb_before_it() {
        let (src, content) = the(
            "Holm came second, a finish that he said defied the polls.",
            "said",
        );
        assert_eq!(src, s("he"));
        assert_eq!(content, ["that", "defied the polls"]);
        let (src, content) = the(
            "The dam vote, which she has publicly said was a mistake, hurt her.",
            "said",
        );
        assert_eq!(src, s("she"));
        assert_eq!(content, ["which", "was a mistake"]);
    }

    #[test]
    fn that_and_who_and_what() {
        let (src, content) = the(
            "The council backed a plan that the mayor said would cut traffic by a third.",
            "said",
        );
        assert_eq!(src, s("the mayor"));
        assert_eq!(content, ["that", "would cut traffic by a third"]);
        let (src, content) = the(
            "He visited his two sons, who he said were studying in Ohio.",
            "said",
        );
        assert_eq!(src, s("he"));
        assert_eq!(content, ["who", "were studying in Ohio"]);
        let (src, content) = the(
            "Clubs have had to adapt to what the agency says is a lasting change in taste.",
            "says",
        );
        assert_eq!(src, s("the agency"));
        assert_eq!(content, ["what", "is a lasting change in taste"]);
    }

    #[test]
    fn a_speakers_relative_clause_reports_and_ends_with_the_clause() {
        let t = triples(
            "Lowe, who says her rival is attacking her because the race has narrowed, said voters should choose her.",
        );
        assert_eq!(t.len(), 2, "{t:?}");
        assert_eq!((t[0].0.clone(), t[0].1.as_str()), (s("who"), "says"));
        assert_eq!(
            t[0].2,
            ["her rival is attacking her because the race has narrowed"]
        );
        assert_eq!(
            (t[1].0.clone(), t[1].2.clone()),
            (s("Lowe"), vec!["voters should choose her".to_string()])
        );
        let (src, content) = the(
            "“We will win,” said Harvey, who acknowledged the race was close.",
            "acknowledged",
        );
        assert_eq!(src, s("who"));
        assert_eq!(content, ["the race was close"]);
        // A relative clause with no cue verb of its own reports nothing.
        assert_eq!(
            triples("“We will win,” said Harvey, who runs the county party.").len(),
            1
        );
    }

    #[test]
    fn a_set_off_relative_takes_any_rest_after_its_cue() {
        for (t, rest) in [
            (
                "The levy funds the parks, which the mayor argued help poor families most.",
                "help poor families most",
            ),
            (
                "They closed the old quarry, which the owner says he is trying to sell.",
                "he is trying to sell",
            ),
            (
                "Fire gutted the old mill, which the owner declared a total loss.",
                "a total loss",
            ),
        ] {
            let t = triples(t);
            assert!(t.iter().any(|x| x.2 == ["which", rest]), "{t:?}");
        }
    }

    #[test]
    fn no_report_without_a_relative_clause() {
        // "what" opening the sentence: the writer's verdict, not a report.
        assert!(triples("What he said was wrong.")
            .iter()
            .all(|a| a.2.first().map(String::as_str) != Some("What")));
        // A complementiser after a cue is no relative word.
        let t = triples("She said that he said they would come.");
        assert!(t
            .iter()
            .all(|a| a.2.first().map(String::as_str) != Some("that")));
        // The clause after the cue has its own subject: not this pattern.
        assert!(
            triples("The report, which the agency said nothing about, was late.")
                .iter()
                .all(|a| a.2.first().map(String::as_str) != Some("which"))
        );
    }
}
