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
        let raising = k.checked_sub(1).and_then(|t| self.raising_before(t));
        if let Some(r) = raising {
            k = r.max(s);
        }
        // Auxiliaries and adverbs: "has not", "has traditionally argued",
        // "also said"; none for a passive (subject_parts.rs).
        k = self.past_verb_group(k, s, cue_start, raising.is_some())?;
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
            // "Ames and others who opposed the toll said": coordinated
            // phrases before the relative clause.
            .map(|np| {
                match self
                    .doc
                    .is_any(np.end, &["and", "or"])
                    .then(|| self.np_after(np.end + 1, k))
                    .flatten()
                {
                    Some(n) if n.start == np.end + 1 && self.doc.is(n.end, "who") => {
                        np.start..n.end
                    }
                    _ => np,
                }
            })
            .filter(|np| {
                np.end == k
                    || self.post_modifier(np.end, k)
                    // A long subject opening its sentence: "Large majorities
                    // of voters in four states heading to the polls said".
                    || np.start == s
                        && k - np.end <= 20
                        && self.class(np.end, Class::Prep)
                        // "News of the deal spread just as the union
                        // announced": a clause of its own before the cue.
                        && !(np.end..k).any(|j| self.doc.is_any(j, CLAUSE_OPENERS))
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
        // "The gap between what Ames says his plan would do …", "regardless
        // of how many voters believe …": the post-modifier's embedded
        // question has the cue's own subject ("how many" keeps its "how").
        if let Some(w) = (np.end..k)
            .rev()
            .find(|&j| self.doc.is_any(j, &["what", "how"]))
        {
            if self
                .np_after(w + 1, k)
                .is_some_and(|x| x.start == w + 1 && x.end == k)
            {
                let start = if self.doc.is_any(w + 1, &["many", "much"]) {
                    w
                } else {
                    w + 1
                };
                return Some(Subject {
                    np: start..k,
                    appositive,
                    boundary: Some(start - 1),
                });
            }
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
        let dash = |k: usize| matches!(self.doc.tok(k), "—" | "–" | "-");
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
mod tests;
