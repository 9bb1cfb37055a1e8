//! SOURCE CUE CONTENT: "The official said (that) the talks failed",
//! "Diaa Rashwan, who heads …, confirmed on Thursday that …",
//! "Governor Ellen Park said: “…”".
//!
//! Also home of [`Ctx::subject_before`], the subject finder the inverted
//! pattern shares: it skips auxiliaries and comma-delimited appositives
//! backwards from the cue, then reads the noun phrase.

use std::ops::Range;

use super::cue::CueHit;
use super::{Ctx, Frame, Rule};
use crate::lexicon::Class;

/// A subject found before a cue.
#[derive(Clone, Debug, PartialEq)]
pub struct Subject {
    pub np: Range<usize>,
    /// The appositive or relative clause between the subject and the cue.
    pub appositive: Option<Range<usize>>,
    /// The token right before the subject's stretch (a comma, a closing
    /// quote…), if the subject does not open the sentence.
    pub boundary: Option<usize>,
}

/// Prepositions that also open a clause ("since she said", "after he
/// told", "more than the board says"): a noun phrase after them can be a subject.
pub(super) const CLAUSE_OPENERS: &[&str] =
    &["since", "after", "before", "until", "as", "because", "than"];

impl Ctx<'_, '_> {
    /// The subject of the cue starting at token `cue_start`, skipping at
    /// most `max_groups` comma-delimited appositives.
    pub fn subject_before(&self, cue_start: usize) -> Option<Subject> {
        self.subject_before_n(cue_start, 3)
    }

    pub fn subject_before_n(&self, cue_start: usize, max_groups: usize) -> Option<Subject> {
        self.subject_cached(cue_start, max_groups, || {
            let mut started = 0;
            let subject = self.subject_search(cue_start, max_groups, &mut started);
            (subject, started)
        })
    }

    /// [`Ctx::subject_before_n`]'s search; `started` counts the rounds of
    /// its loop over comma groups (`memo.rs` reads it).
    fn subject_search(
        &self,
        cue_start: usize,
        max_groups: usize,
        started: &mut usize,
    ) -> Option<Subject> {
        let s = self.sentence_start(cue_start);
        let mut k = cue_start;
        // "led Republicans to say": the phrase the causative acts on.
        if let Some(np) = k.checked_sub(1).and_then(|t| self.causative_speaker(t)) {
            return Some(Subject {
                boundary: Some(np.start - 1),
                np,
                appositive: None,
            });
        }
        // "went on to say", "are quick to point out"
        if let Some(r) = k.checked_sub(1).and_then(|t| self.raising_before(t)) {
            k = r.max(s);
        }
        // Auxiliaries and adverbs: "has not", "has traditionally argued",
        // "also said"; none for a passive (subject_parts.rs).
        k = self.past_verb_group(k, s, cue_start)?;
        // "He’s predicting": the contracted "is" after a pronoun.
        if k > s + 1
            && self.doc.kind(k - 1) == Some(crate::text::Tok::Poss)
            && self.is_pronoun(k - 2)
        {
            k -= 1;
        }
        k = self.past_floating_quantifier(k, s);
        let mut appositive: Option<Range<usize>> = None;
        // A parenthesis or a pair of dashes right before the cue: "Sen.
        // Elizabeth Warren (D-MA) said", "Kasich (R-OH), said", "Many
        // speakers — including … — said".
        if k > s + 2 && self.doc.tok(k - 1) == "," && self.doc.tok(k - 2) == ")" {
            k -= 1;
        }
        self.skip_insertion(s, &mut k, &mut appositive);
        // "Holt, who calls the plan a “farce,” said": the relative clause's
        // comma sits inside its closing quotation mark.
        if k > s + 2 && self.doc.tok(k - 2) == "," && self.relative_ends_in_quote(s, k - 1) {
            k -= 1;
        }
        if k > s + 1 && self.doc.tok(k - 1) == "," {
            let mut e = k - 1;
            for _ in 0..max_groups {
                *started += 1;
                let Some(c) = (s..e)
                    .rev()
                    .find(|&c| self.doc.tok(c) == "," && !self.in_quote_strict(c))
                else {
                    break;
                };
                let g = c + 1..e;
                // "…, however, said", "…, too, said": an adverb, not an
                // appositive.
                if self.adverbial_group(g.clone()) && c > s {
                    e = c;
                    continue;
                }
                // A parenthesis before the group's comma: "Rep. Elijah
                // Cummings (D-Md.), chair of …, said".
                let mut before = c;
                if c > s + 1 && self.doc.tok(c - 1) == ")" {
                    if let Some(o) = (s..c - 1).rev().take(20).find(|&o| self.doc.tok(o) == "(") {
                        before = o;
                    }
                }
                // Any short group counts when a whole noun phrase opens the
                // clause before it ("Mary Susan, clad in a red cape, said").
                let lead = (s..before)
                    .rev()
                    .find(|&b| self.is_boundary(b) && !self.in_quote_strict(b))
                    .map_or(s, |b| b + 1);
                let lead = self.past_focus(lead, before);
                // "Similarly, NAME, …, said", "Recalling that moment, NAME, …":
                // an opening adverb or participle phrase is no noun phrase.
                let lead_word = self.doc.tok(lead);
                // So is "Alarmed by the unrest, NAME, …".
                let opening = super::np::ly_adverb(lead_word) && before == lead + 1
                    || self.doc.is_cap(lead)
                        && lead_word.len() > 4
                        && lead_word.ends_with("ing")
                        && !self.doc.is_cap(lead + 1)
                    || self.doc.is_cap(lead)
                        && lead_word.len() > 4
                        && lead_word.ends_with("ed")
                        && self.class(lead + 1, Class::Prep);
                if opening && lead == s {
                    break;
                }
                let np_before_group = g.len() <= 25
                    && !self.class(lead, Class::Intro)
                    && self
                        .np_after(lead, before)
                        .is_some_and(|np| np.end == before);
                if !(self.appositive_group(g.clone()) || np_before_group) || c <= s {
                    break;
                }
                appositive = Some(g.start..appositive.map_or(g.end, |a| a.end));
                e = c;
            }
            if appositive.is_some() || e < k - 1 {
                k = e;
                // "Sen. Ada Lowe (R-Ore.), facing a hard race, noted"
                self.skip_insertion(s, &mut k, &mut appositive);
            } else {
                return None;
            }
        }
        if k <= s {
            return None;
        }
        // The stretch from the nearest clause boundary to the subject's end.
        let b = (s..k).rev().find(|&b| {
            // "groups that have backed the mayor say": a relative "that"
            // before its verb group is no clause boundary.
            (self.is_boundary(b)
                || self.doc.is(b, "that") && b + 1 < k && !self.class(b + 1, Class::Aux))
                && !self.in_quote_strict(b)
        });
        let mut start = b.map_or(s, |b| b + 1);
        // "But some who opposed the toll argued": a conjunction opening the
        // clause is no part of its subject.
        if start + 1 < k && self.doc.is_any(start, &["but", "and", "yet"]) {
            start += 1;
        }
        let start = self.past_focus(start, k);
        // "Earlier Tuesday, her campaign manager, Ada Lowe, says": an
        // opening adverbial, then the subject as the first group.
        // "…, where fees are high, Jay Dorn, …, said": a relative clause of
        // place or time has a subject of its own.
        let adverbial = self.class(start, Class::Intro)
            || self.class(start, Class::Prep)
            || self.doc.is_any(start, &["where", "when"]) && start > s
            || (start..k).all(|j| {
                self.class(j, Class::Time)
                    || self.class(j, Class::Aux)
                    || self.class(j, Class::Prep)
                    || self
                        .doc
                        .is_any(j, &["early", "late", "last", "this", "next"])
            });
        if let (true, Some(a)) = (adverbial, appositive.clone()) {
            if a.start == k + 1 {
                // "At the club, where …, Jay Dorn, its president, said": the
                // opening phrase's relative clause is passed over too.
                let mut g = a.start;
                for _ in 0..3 {
                    let g_end = (g..a.end)
                        .find(|&c| self.doc.tok(c) == "," && !self.in_quote_strict(c))
                        .unwrap_or(a.end);
                    if let Some(np) = self
                        .np_after(g, g_end)
                        .filter(|np| np.start == g && np.end == g_end && self.can_speak(np))
                    {
                        return Some(Subject {
                            np,
                            appositive: (g_end + 1 < a.end).then_some(g_end + 1..a.end),
                            boundary: Some(g - 1),
                        });
                    }
                    if !self.class(g, Class::Rel) || g_end >= a.end {
                        break;
                    }
                    g = g_end + 1;
                }
            }
        }
        // A pronoun right before the cue is the subject ("neighbors who argued").
        // An object pronoun ends a post-modifier: "Those close to him say".
        let object = self.doc.is_any(k - 1, &["him", "them", "us", "me"]) && k - 1 > start;
        let intro = self.class(start, Class::Intro)
            || self.class(start, Class::Prep)
            || self.is_pronoun(k - 1) && !object;
        let np = (!intro)
            .then(|| self.np_after(start, k))
            .flatten()
            .filter(|np| {
                np.end == k
                    || self.post_modifier(np.end, k)
                    // A long subject opening its sentence: "Large majorities
                    // of voters in four states heading to the polls said".
                    || np.start == s
                        && k - np.end <= 20
                        && self.class(np.end, Class::Prep)
                        && !self.doc.is_any(np.end, CLAUSE_OPENERS)
                        && self.np_chain(np.start, k).is_some_and(|e| e + 8 >= k)
            })
            .filter(|np| !self.class(np.end - 1, Class::Time))
            .or_else(|| self.those_who(start, k))
            .or_else(|| self.np_before_pp(k, start))?;
        // "what Trump says his plan would do": an embedded question, not
        // a report.
        if np.start > 0 && self.doc.is_any(np.start - 1, &["what", "how"]) {
            return None;
        }
        Some(Subject {
            np,
            appositive,
            boundary: b,
        })
    }

    /// The subject pattern for one cue.
    pub fn subject_frame(&self, hit: &CueHit) -> Option<Frame> {
        let subj = self
            .subject_before(hit.range.start)
            .or_else(|| self.subject_fallback(hit))?;
        let mut content = self.content_after(hit)?;
        // "-- most of whom had announced their support --": a subject
        // inside dashes says no more than the dashes hold.
        let dash = |k: usize| matches!(self.doc.tok(k), "—" | "–" | "―" | "-" | "--");
        if subj.np.start > 0 && dash(subj.np.start - 1) {
            if let Some(d) = content.clone().find(|&k| dash(k) && !self.in_quote(k)) {
                content.end = d;
            }
        }
        let mut f = Frame::new(hit.range.clone(), Some(subj.np), Rule::Subject);
        f.content.push(content);
        f.appositive = subj.appositive;
        f.confidence = 0.85;
        Some(f)
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{one, s, triples};

    #[test]
    fn adverbs_before_the_cue_are_skipped() {
        let (src, cue, _, _) =
            one("The farmers’ union has traditionally argued that the tariff protects growers.");
        assert_eq!((src, cue.as_str()), (s("The farmers’ union"), "argued"));
        let (src, _, _, _) = one("The mayor also said the pool would reopen in June.");
        assert_eq!(src, s("The mayor"));
        // And a time: "later Thursday", "just this month".
        let (src, _, _, _) = one("Priebus later Thursday told Fox News that the men will meet.");
        assert_eq!(src, s("Priebus"));
        let (src, _, _, _) = one("The bank just this month announced it would drop the fees.");
        assert_eq!(src, s("The bank"));
        // A passive with an adverb has no speaker for a subject.
        assert!(triples("Gifts are usually listed in broad ranges, not exact sums.").is_empty());
    }

    #[test]
    fn a_conjunction_opening_the_clause_is_no_part_of_the_subject() {
        let (src, _, content, _) =
            one("But those who opposed the toll said the bridge should stay free.");
        assert_eq!(src, s("those"));
        assert_eq!(content, ["the bridge should stay free"]);
        let (src, _, _, _) = one("And some who opposed the toll argued that it was unfair.");
        assert_eq!(src, s("some"));
    }

    #[test]
    fn a_clause_before_and_is_no_post_modifier() {
        let (src, _, _, _) =
            one("The motion failed and the council said it would try again in June.");
        assert_eq!(src, s("the council"));
    }

    #[test]
    fn subject_said_that() {
        let (src, cue, content, kind) =
            one("The official said that these observations focus on exchanges.");
        assert_eq!(
            (src, cue.as_str(), kind),
            (s("The official"), "said", "indirect")
        );
        assert_eq!(content, ["these observations focus on exchanges"]);
    }

    #[test]
    fn appositive_and_relative_clauses_are_skipped() {
        let (src, cue, content, kind) = one(
            "Diaa Rashwan, who heads Egypt’s State Information Services, confirmed on Thursday that Cairo had put forward “a framework”.",
        );
        assert_eq!(
            (src, cue.as_str(), kind),
            (s("Diaa Rashwan"), "confirmed", "mixed")
        );
        assert_eq!(content, ["Cairo had put forward “a framework”"]);
    }

    #[test]
    fn colon_then_quote_is_direct() {
        let (src, _, content, kind) =
            one("At a briefing in Hollis, Governor Ellen Park said: “We are asking people to leave. Now.”");
        assert_eq!(src, s("Governor Ellen Park"));
        assert_eq!(
            (content[0].as_str(), kind),
            ("We are asking people to leave. Now.", "direct")
        );
    }

    #[test]
    fn colon_at_the_paragraph_end_introduces_the_next_paragraph() {
        let (src, _, content, _) =
            one("In a wide-ranging interview, President Obama also said:\n\nThe UK must stay in the EU to have influence.");
        assert_eq!(src, s("President Obama"));
        assert_eq!(content, ["The UK must stay in the EU to have influence"]);
    }

    #[test]
    fn audience_object_is_not_content() {
        let (src, cue, content, _) =
            one("Lind told reporters the first priority would be a tax cut.");
        assert_eq!((src, cue.as_str()), (s("Lind"), "told"));
        assert_eq!(content, ["the first priority would be a tax cut"]);
    }

    #[test]
    fn to_infinitive_content() {
        let (src, cue, content, _) = one("Israel has vowed to destroy Hamas.");
        assert_eq!((src, cue.as_str()), (s("Israel"), "has vowed"));
        assert_eq!(content, ["to destroy Hamas"]);
    }

    #[test]
    fn anonymous_source_with_post_modifier() {
        let (src, _, content, _) = one(
            "A person familiar with the investigation, who asked not to be named, said the breach was found late.",
        );
        assert_eq!(src, s("A person"));
        assert_eq!(content, ["the breach was found late"]);
    }

    #[test]
    fn quantifiers_and_partitives_are_subjects() {
        for (text, source) in [
            ("Yet another said the bridge would never reopen.", "another"),
            ("Several said they would vote against the levy.", "Several"),
            (
                "Most of the tenants said the rent had doubled.",
                "Most of the tenants",
            ),
            (
                "Several of them told reporters that the pier was unsafe.",
                "Several of them",
            ),
            (
                "Sixty percent of growers say the frost ruined the crop.",
                "Sixty percent of growers",
            ),
            (
                "One of the club’s lawyers, Ada Quist, said the ban would be appealed.",
                "One of the club’s lawyers",
            ),
        ] {
            let (src, _, content, _) = one(text);
            assert_eq!(src, s(source), "{text}");
            assert!(!content.is_empty(), "{text}");
        }
    }

    #[test]
    fn a_long_subject_opening_the_sentence() {
        let (src, _, content, _) = one(
            "Large numbers of farmers in the valleys north of the river said they had lost their harvest.",
        );
        assert_eq!(src, s("Large numbers"));
        assert_eq!(content, ["they had lost their harvest"]);
    }

    #[test]
    fn plural_and_counted_subjects_of_say() {
        for (text, source) in [
            (
                "Neighbors say the plant has been quiet for weeks.",
                "Neighbors",
            ),
            (
                "In the latest poll, 38% say the tunnel is worth its cost.",
                "38%",
            ),
            (
                "By a wide margin, those surveyed say the ferry should run all year.",
                "those surveyed",
            ),
            (
                "Insiders close to the council say the vote will be delayed.",
                "Insiders",
            ),
        ] {
            let (src, _, _, _) = one(text);
            assert_eq!(src, s(source), "{text}");
        }
    }

    #[test]
    fn an_opening_adverbial_then_the_subject_with_its_name() {
        let (src, _, content, _) =
            one("Late on Friday, the club’s treasurer, Ines Moreau, says the debt has been paid.");
        assert_eq!(src, s("the club’s treasurer"));
        assert_eq!(content, ["the debt has been paid"]);
    }

    #[test]
    fn a_subject_after_a_clause_opening_conjunction() {
        let t = crate::patterns::testing::triples(
            "The feud has run on since Mayor Quist, at a town hall, said the harbor had lost money.",
        );
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].0, s("Mayor Quist"));
    }

    #[test]
    fn an_opening_adverb_participle_or_place_is_no_subject() {
        for t in [
            "Similarly, Ada Lowe, a former mayor, said she could not support the plan.",
            "Recalling that night, Ada Lowe, a former mayor, said the harbor had flooded.",
            "Worried by the floods, Ada Lowe, a former mayor, said the dikes were too low.",
            "At the harbor, where the fees are high, Ada Lowe, a former mayor, said they must fall.",
        ] {
            let t = crate::patterns::testing::triples(t);
            assert_eq!(t.len(), 1, "{t:?}");
            assert_eq!(t[0].0, s("Ada Lowe"), "{t:?}");
        }
        // A name that opens with an "-ing" word.
        let t = crate::patterns::testing::triples(
            "Rolling Stone Media, a music publisher, says the tour was cancelled.",
        );
        assert_eq!(t[0].0, s("Rolling Stone Media"), "{t:?}");
    }

    #[test]
    fn a_span_of_time_before_a_clause_opener_is_no_subject() {
        let t = crate::patterns::testing::triples(
            "Weeks after the governor announced that the plant would close, workers left.",
        );
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].0, s("the governor"));
    }

    #[test]
    fn a_subject_inside_dashes_speaks_inside_them() {
        let t = crate::patterns::testing::triples(
            "Ninety mayors -- most of whom had earlier announced their support for the bill -- signed the letter.",
        );
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].0, s("most of whom"));
        assert_eq!(t[0].2, ["their support for the bill"]);
    }

    #[test]
    fn that_as_the_claims_subject() {
        let (src, _, content, _) = one("But the lawyers said that is highly unlikely.");
        assert_eq!(src, s("the lawyers"));
        assert_eq!(content, ["that is highly unlikely"]);
    }
}
