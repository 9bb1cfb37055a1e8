//! CONTENT, SOURCE CUE and CONTENT, CUE SOURCE: the claim comes first.
//!
//! "“…,” the official said." / "Attendance rose, organizers said." /
//! "“…,” said Luis Marin, the party’s finance spokesman." A quote split by
//! its cue ("“First,” she said, “second.”") gives one frame with both pieces.

use std::ops::Range;

use super::adjuncts::After;
use super::cue::CueHit;
use super::{Ctx, Frame, Rule};

impl Ctx<'_, '_> {
    /// The content that ends at boundary token `b` (a comma or a closing
    /// quotation mark): the quotation that closes there, or the clause from
    /// the sentence's start.
    pub fn content_before(&self, b: usize) -> Option<Range<usize>> {
        self.content_before_min(b, 3)
    }

    /// [`Ctx::content_before`] with a clause of at least `min_words` words.
    pub fn content_before_min(&self, b: usize, min_words: usize) -> Option<Range<usize>> {
        let quote = self.closes_quote(b).or_else(|| {
            (b > 0 && matches!(self.doc.tok(b), "," | "—"))
                .then(|| self.closes_quote(b - 1))
                .flatten()
        });
        if let Some(q) = quote {
            let q = &self.quotes.all[q];
            if q.words == 0 {
                return None;
            }
            // "Not paying taxes “makes me smart,” he said": the words before
            // the quotation in its sentence are the claim's start, unless
            // they report on their own or introduce it ("He said “…”", "From
            // the chair: “…”"). A whole quotation among those words is a
            // piece of the same claim ("The levy is a “stopgap” that “buys us
            // a year,” she said").
            let s = self.sentence_start(q.open);
            let lead = self.doc.words_in(s..q.open);
            let own = (s..q.open).any(|k| {
                self.cue_form(k).is_some()
                    || matches!(self.doc.tok(k), ":" | "(" | ")")
                    || self.doc.kind(k) == Some(crate::text::Tok::Quote)
                        && !self
                            .quotes
                            .top(k)
                            .is_some_and(|o| o.open >= s && o.close < q.open)
            });
            if lead > 0 && !own && s < q.open && self.doc.same_para(s, q.open) {
                return Some(s..q.close + 1);
            }
            return Some(q.open + 1..q.close);
        }
        let s = self.sentence_start(b);
        let mut start = s;
        // A lone closing mark at the start is the end of an earlier quote.
        while start < b
            && self.doc.kind(start) == Some(crate::text::Tok::Quote)
            && self.opens_quote(start).is_none()
        {
            start += 1;
        }
        // "But …", "In fact, …", "WASHINGTON (AP) — …" (openers.rs).
        let start = self.claim_opening(start, b);
        let words = self.doc.words_in(start..b);
        (words >= min_words).then_some(start..b)
    }

    /// A short quotation of capitalised words ("“Sunday Morning Futures”"):
    /// a title, no one's words.
    pub(super) fn title_like(&self, q: usize) -> bool {
        let quote = &self.quotes.all[q];
        quote.words < 5
            && !self.speech_like(q)
            && (quote.open + 1..quote.close)
                .filter(|&k| self.doc.is_word(k))
                .all(|k| self.doc.is_cap(k))
    }

    /// The quotation that opens right after a split ("…,” she said, “…”).
    fn second_piece(&self, j: usize) -> Option<Range<usize>> {
        let q = self.opens_quote(j).or_else(|| {
            (self.doc.tok(j) == ",")
                .then(|| self.opens_quote(j + 1))
                .flatten()
        })?;
        if self.title_like(q) {
            return None; // "told “Evening Report”": the audience
        }
        let q = &self.quotes.all[q];
        Some(q.open + 1..q.close)
    }

    /// The second piece of a claim split by "…, SOURCE said, …" when it
    /// opens with a capitalised word: the rest of the sentence, unless it
    /// is another cue's clause ("…, Jones said") or a participle.
    fn capital_piece(&self, hit: &CueHit) -> Option<Range<usize>> {
        let j = hit.range.end + 1;
        // "In the long run, economists say, this effect could …": a
        // subject pronoun or a demonstrative opens the claim's clause too.
        let subject_word = self.is_pronoun(j) && !self.class(j, crate::lexicon::Class::Obj)
            || self.doc.is_any(j, &["this", "these", "there"]);
        if self.doc.tok(hit.range.end) != "," || !(self.doc.is_cap(j) || subject_word) {
            return None;
        }
        let end = self.sentence_end(hit.verb);
        let cue_near = (j..(j + 5).min(end)).any(|k| self.cue_form(k).is_some());
        let words = self.doc.words_in(j..end);
        let opener = !subject_word && self.class(j, crate::lexicon::Class::Intro)
            || self.class(j, crate::lexicon::Class::Prep)
            || self.class(j, crate::lexicon::Class::Conj);
        (!cue_near && !opener && words >= 3 && self.opens_quote(j).is_none()).then_some(j..end)
    }

    /// Does the quotation `closing` (right before the subject) open after
    /// words of the sentence holding the cue at `verb` ("Recalling “…,”
    /// the council urged …", "She admitted they had “been friends,” he
    /// claimed …")?
    fn quote_inside_opening(&self, closing: Option<usize>, verb: usize) -> bool {
        closing.is_some_and(|q| {
            let q = &self.quotes.all[q];
            let s = self.sentence_start(verb);
            // After a dash or a colon the quotation is set off as the
            // speaker's own ("Ames was unmoved — “Not a chance,” she
            // said, …").
            q.open > s
                && (s..q.open).any(|k| self.doc.is_word(k))
                && !matches!(self.doc.tok(q.open - 1), "—" | "–" | "-" | ":" | ";")
        })
    }

    pub fn inverted_frame(&self, hit: &CueHit) -> Option<Frame> {
        let p = hit.range.start.checked_sub(1)?;
        let end = self.sentence_end(hit.verb);
        // CONTENT, CUE SOURCE — unless a subject with an appositive stands
        // before the comma ("Aminata Sow, who heads the mission, told …").
        let quote_before =
            self.closes_quote(p).is_some() || p > 0 && self.closes_quote(p - 1).is_some();
        // (Or a subject whose appositive ends in a short quotation: "Joe
        // Lowe, host of the station's “Farm Hour,” suggested …".)
        let set_off = self.doc.tok(p) == ","
            || p > 0
                && self.doc.tok(p - 1) == ","
                && self.relative_ends_in_quote(self.sentence_start(hit.verb), p)
                // (not a quotation set off by its own commas: "despite the
                // tone, “I think he will,” said Kunin").
                && self
                    .closes_quote(p)
                    .is_some_and(|q| self.quotes.all[q].open > 0 && self.doc.tok(self.quotes.all[q].open - 1) != ",");
        let has_subject = set_off && self.subject_before(hit.range.start).is_some();
        let audience = hit.form.is_some_and(|f| f.audience);
        if (self.doc.tok(p) == "," || self.closes_quote(p).is_some())
            && p >= self.sentence_start(hit.verb)
            && !has_subject
            && (quote_before || !audience)
        {
            if let Some(np) = self
                .np_after(hit.range.end, end)
                .filter(|np| !self.is_pronoun(np.start) || np.len() == 1)
            {
                let j = np.end;
                let tail_ok = j >= end
                    || matches!(self.doc.tok(j), "," | "." | "!" | "?" | ";")
                    || self.class(j, crate::lexicon::Class::Prep)
                    || self.class(j, crate::lexicon::Class::Conj)
                    || self.class(j, crate::lexicon::Class::Time)
                    || self.doc.is(j, "who")
                    || self.doc.tok(j) == "("
                    || self.anonymity_at(j).is_some()
                    // "says a source involved in the talks"
                    || self.doc.kind(j) == Some(crate::text::Tok::Word)
                        && !self.doc.is_cap(j)
                        && (self.doc.tok(j).ends_with("ed") || self.doc.tok(j).ends_with("ing"));
                if tail_ok {
                    if let Some(content) = self.content_before(p) {
                        let mut f = Frame::new(hit.range.clone(), Some(np.clone()), Rule::Inverted);
                        f.content.push(content);
                        if self.doc.tok(j) == "," {
                            let stop = (j + 1..end)
                                .find(|&k| {
                                    matches!(self.doc.tok(k), "," | "." | ";")
                                        || self.opens_quote(k).is_some()
                                })
                                .unwrap_or(end);
                            // "…,” said Devine, suggesting that …": a
                            // participle of saying is a clause, no appositive.
                            let participle = self.cue_form(j + 1).is_some_and(|c| c.participle);
                            if stop > j + 1 && !participle {
                                f.appositive = Some(j + 1..stop);
                            }
                            // The second piece of a split quotation opens
                            // right after a comma ("…,” said X, “…” or
                            // "…,” said X, the mayor, “…”), not inside the
                            // participle's clause ("…, urging critics to
                            // “give it time”").
                            let split = stop == j + 1 || self.doc.tok(stop) == ",";
                            if let Some(second) =
                                self.second_piece(stop).filter(|_| split && !participle)
                            {
                                f.content.push(second);
                            }
                        } else if let Some(second) = self.second_piece(j) {
                            f.content.push(second);
                        }
                        f.confidence = 0.9;
                        return Some(f);
                    }
                }
            }
        }
        // CONTENT, SOURCE CUE (the subject nearest the cue: in "…, their
        // record label, Northern Sound, announced" it is "their record label").
        let subj = self.subject_before_n(hit.range.start, 1)?;
        let subj = self.name_after_quote(hit, &subj).unwrap_or(subj);
        if self.class(subj.np.start, crate::lexicon::Class::Rel) {
            return None; // "…, who said" never has its content before
        }
        // "“…,” while most voters said the same", "“…” until the mayor said": a
        // new clause, not an inverted report.
        if subj.np.start > 0
            && self.doc.is_any(
                subj.np.start - 1,
                &[
                    "while", "whereas", "although", "but", "and", "until", "when", "before",
                    "after", "because", "since", "unless", "once", "whenever",
                ],
            )
        {
            return None;
        }
        // "“Who are they?” Trump said.": the question mark ended the
        // sentence, but the quotation just before is the content.
        let b = match subj.boundary {
            Some(b) => b,
            None => {
                let s = self.sentence_start(hit.verb);
                let q = s
                    .checked_sub(1)
                    .filter(|&q| self.closes_quote(q).is_some() && self.doc.same_para(q, s))?;
                // "“But why?” the reporter asked": a lowercase word goes on
                // with the sentence a question or exclamation broke off.
                let broke_off = q > 0 && matches!(self.doc.tok(q - 1), "?" | "!");
                if subj.np.start != s || !self.doc.is_cap(s) && !self.is_pronoun(s) && !broke_off {
                    return None;
                }
                q
            }
        };
        let after = self.after_cue(hit.range.end, hit.form);
        // Only a quotation closing in this very sentence outweighs content
        // after the cue ("“…” She pledged to donate …" is a new claim).
        let closing = self
            .closes_quote(b)
            .or_else(|| self.closes_quote(b.saturating_sub(1)));
        // A quotation split by its cue ("“My hope,” he said, “is …”"): the
        // first piece opens the sentence and breaks off at a comma, and the
        // second opens right after the cue, so the first is speech however
        // short it is.
        // "“But why?” Ann Lee asked him." (broken_off.rs).
        let own_sentence = subj.boundary.is_none() && self.broke_off_before(closing, after, end);
        let opens_sentence = closing.is_some_and(|q| {
            let q = &self.quotes.all[q];
            let s = self.sentence_start(if own_sentence { q.open } else { hit.verb });
            q.open >= s
                && (s..q.open).all(|k| !self.doc.is_word(k))
                && matches!(self.last_mark(q), "," | "!" | "?")
        });
        let split = matches!(after, After::Quote(_)) && opens_sentence;
        // A title in quotation marks ("on “Sunday Morning Futures,” Rep.
        // Issa said …") is no one's words; a short quotation that opens the
        // sentence and breaks off at its comma right before "SOURCE said"
        // is ("“Savage,” she said.").
        let short_speech = opens_sentence
            && (own_sentence || subj.boundary.is_some_and(|b| b + 1 == subj.np.start));
        if !split && !short_speech && closing.is_some_and(|q| self.title_like(q)) {
            return None;
        }
        let quote_before = split
            || short_speech
            || (b >= self.sentence_start(hit.verb) || own_sentence)
                && closing.is_some_and(|q| self.speech_like(q));
        let mut second = None;
        match after {
            // "In Miami, the mayor said, Mr. Trump is seen as …": the
            // claim goes on after the cue's comma with a capitalised word.
            After::End if self.doc.tok(b) == "," => {
                second = self.capital_piece(hit).or_else(|| {
                    let s = self.sentence_start(hit.verb);
                    (self.doc.tok(hit.range.end) == ",")
                        .then(|| self.piece_after_adverb(s, b, hit.range.end + 1, end))
                        .flatten()
                })
            }
            After::End => {}
            // The second piece opens after the cue's comma ("“…,” he said,
            // “…”"); a quotation inside an adjunct is a title or an object
            // ("said after a brief “I’m sorry”", "on the podcast “…”").
            After::Quote(j) if quote_before => {
                if j == hit.range.end || j > 0 && self.doc.tok(j - 1) == "," {
                    second = self.second_piece(j);
                }
            }
            // A quotation right before "she told X …" is the content, whatever
            // follows ("“…,” Trump told NBC’s “Today” on Monday"); not one
            // inside the sentence's opening phrase, before a claim of the
            // cue's own ("Recalling “…,” the council urged voters to …").
            After::Content(_) if quote_before && !self.quote_inside_opening(closing, hit.verb) => {}
            // "This campaign, he says, is different": the cue sits inside
            // the claim, which has two pieces.
            After::Content(j) if j > 0 && self.doc.tok(j - 1) == "," && self.doc.tok(b) == "," => {
                let r = j..self.sentence_end(hit.verb);
                if self.content_span(r.clone()).is_some() {
                    second = Some(r);
                }
            }
            _ => return None,
        }
        if !(self.doc.tok(b) == "," || self.closes_quote(b).is_some() || self.doc.tok(b) == "—") {
            return None;
        }
        let content = self.content_before_min(b, if second.is_some() { 1 } else { 3 })?;
        // "On Oct. 23, during a visit, the candidate boasted of …": the
        // sentence's opening setting is no claim (`opening_setting.rs`).
        // A comma after the cue carries the claim on past it ("In the long
        // run, economists say, the tax …"): `interrupted.rs` joins it.
        if second.is_none()
            && closing.is_none()
            && self.doc.tok(hit.range.end) != ","
            && self.only_setting(content.start, content.end)
        {
            return None;
        }
        let mut f = Frame::new(hit.range.clone(), Some(subj.np), Rule::Inverted);
        // "Still, he said, …": the link before the cue is the writer's.
        if second.is_none() || !self.linking_lead_in(&content) {
            f.content.push(content);
        }
        f.content.extend(second);
        f.appositive = subj.appositive;
        f.confidence = 0.9;
        Some(f)
    }
}

#[cfg(test)]
mod tests;
