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
            let lead = (s..q.open).filter(|&k| self.doc.is_word(k)).count();
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
        let words = (start..b).filter(|&k| self.doc.is_word(k)).count();
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
        let words = (j..end).filter(|&k| self.doc.is_word(k)).count();
        let opener = !subject_word && self.class(j, crate::lexicon::Class::Intro)
            || self.class(j, crate::lexicon::Class::Prep)
            || self.class(j, crate::lexicon::Class::Conj);
        (!cue_near && !opener && words >= 3 && self.opens_quote(j).is_none()).then_some(j..end)
    }

    pub fn inverted_frame(&self, hit: &CueHit) -> Option<Frame> {
        let p = hit.range.start.checked_sub(1)?;
        let end = self.sentence_end(hit.verb);
        // CONTENT, CUE SOURCE — unless a subject with an appositive stands
        // before the comma ("Aminata Sow, who heads the mission, told …").
        let quote_before =
            self.closes_quote(p).is_some() || p > 0 && self.closes_quote(p - 1).is_some();
        let has_subject = self.doc.tok(p) == "," && self.subject_before(hit.range.start).is_some();
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
            // follows ("“…,” Trump told NBC’s “Today” on Monday").
            After::Content(_) if quote_before => {}
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
        f.content.push(content);
        f.content.extend(second);
        f.appositive = subj.appositive;
        f.confidence = 0.9;
        Some(f)
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{one, s};

    #[test]
    fn quote_then_source_then_cue() {
        let (src, cue, content, kind) =
            one("“A delegation will visit Cairo tomorrow to meet officials,” the official said.");
        assert_eq!(
            (src, cue.as_str(), kind),
            (s("the official"), "said", "direct")
        );
        assert_eq!(
            content,
            ["A delegation will visit Cairo tomorrow to meet officials"]
        );
    }

    #[test]
    fn quote_then_cue_then_source_with_role() {
        let (src, cue, content, _) = one(
            "“This is a winter tax on the poor,” said Luis Marin, the party’s finance spokesman.",
        );
        assert_eq!((src, cue.as_str()), (s("Luis Marin"), "said"));
        assert_eq!(content, ["This is a winter tax on the poor"]);
    }

    #[test]
    fn clause_then_source_then_cue() {
        let (src, _, content, kind) =
            one("Attendance rose to 210,000 from 185,000 last year, organizers said.");
        assert_eq!((src, kind), (s("organizers"), "indirect"));
        assert_eq!(
            content,
            ["Attendance rose to 210,000 from 185,000 last year"]
        );
    }

    #[test]
    fn a_short_quotation_opening_the_sentence_is_speech() {
        let (src, _, content, kind) = one("“Savage,” she said, meaning he is bold.");
        assert_eq!((src, kind), (s("she"), "direct"));
        assert_eq!(content, ["Savage"]);
        // The same capitalised words as a title inside a sentence are not.
        let t = super::super::testing::triples("He told “Evening Report,” Holm said.");
        assert!(t.iter().all(|x| x.2 != ["Evening Report"]), "{t:?}");
    }

    #[test]
    fn split_quote_is_one_attribution() {
        let (src, _, content, kind) =
            one("“In September he gets his answer,” he said, “only not the one he expects.”");
        assert_eq!((src, kind), (s("he"), "direct"));
        assert_eq!(
            content,
            [
                "In September he gets his answer",
                "only not the one he expects."
            ]
        );
    }

    #[test]
    fn an_earlier_quotation_in_the_lead_is_part_of_the_claim() {
        for t in [
            "The levy is a “stopgap” that “buys the county a year,” the treasurer said.",
            "The ferry was a \"lifeline\" and \"the only road we have,\" Marsh said.",
        ] {
            let (_, cue, content, kind) = one(t);
            assert_eq!((cue.as_str(), kind), ("said", "mixed"), "{t}");
            assert_eq!(content.len(), 1, "{t}: {content:?}");
            assert!(content[0].starts_with("The "), "{t}: {content:?}");
        }
        // A quotation that opened before the sentence still ends the lead.
        let t = super::super::testing::triples(
            "“We shall see. Nobody knows,” he said, and “the vote is close,” Marsh said.",
        );
        assert!(t.iter().any(|x| x.2 == ["the vote is close"]), "{t:?}");
    }

    #[test]
    fn split_quote_with_a_short_first_piece() {
        // One or two words before the cue are a piece of the speech when a
        // second piece follows it; curly, straight and doubled marks alike.
        for t in [
            "The hall went quiet. “Frankly,” the mayor said, “the budget is not enough.”",
            "The hall went quiet. \"My worry,\" Dr. Ruth Okafor said, \"is the budget.\"",
            "The hall went quiet. ''Honestly,'' she said, ''we expected more.''",
        ] {
            let (_, cue, content, kind) = one(t);
            assert_eq!((cue.as_str(), kind), ("said", "direct"), "{t}");
            assert_eq!(content.len(), 2, "{t}: {content:?}");
        }
        // A title before the source is still no one's words.
        let (_, _, content, _) =
            one("Speaking on “Morning Edition,” Rep. Dana Holt said, “we will vote no.”");
        assert_eq!(content, ["we will vote no."]);
        // A title right after the cue is the audience, not a second piece.
        let (_, _, content, _) =
            one("“He had it coming,” the driver told “Evening Report” after the crash.");
        assert_eq!(content, ["He had it coming"]);
    }

    #[test]
    fn words_before_the_quotation_start_the_claim() {
        let (src, _, content, kind) =
            one("Paying no tax at all “is simply good business,” the developer said.");
        assert_eq!((src, kind), (s("the developer"), "mixed"));
        assert_eq!(content, ["Paying no tax at all “is simply good business,”"]);
        // A cue before the quotation reports it itself.
        let t = super::super::testing::triples(
            "The mayor warned “the bridge is closing for good,” the paper reported.",
        );
        assert!(
            t.iter().all(|x| x.2.iter().all(|c| !c.contains("mayor"))),
            "{t:?}"
        );
    }

    #[test]
    fn cue_inside_the_claim() {
        let (src, _, content, _) = one("This campaign, he says, is different from all the others.");
        assert_eq!(src, s("he"));
        assert_eq!(
            content,
            ["This campaign", "is different from all the others"]
        );
    }

    #[test]
    fn quote_before_wins_over_what_follows() {
        let (src, cue, content, _) =
            one("“We have come a long way,” he told cheering supporters in Nashua on Monday.");
        assert_eq!((src, cue.as_str()), (s("he"), "told"));
        assert_eq!(content, ["We have come a long way"]);
    }

    #[test]
    fn a_subordinator_before_the_source_opens_a_new_clause() {
        // The quotation belongs to the sentence's first clause, not to the
        // speaker of the clause "until …" opens.
        let t = super::super::testing::triples(
            "Ortiz says he was “still weighing it” until the mayor said she would back the levy.",
        );
        let mayor: Vec<_> = t.iter().filter(|x| x.0 == s("the mayor")).collect();
        assert_eq!(mayor.len(), 1, "{t:?}");
        assert_eq!(mayor[0].2, ["she would back the levy"]);
        let t = super::super::testing::triples(
            "Crews worked “around the clock” after the governor said the bridge would reopen.",
        );
        assert!(t.iter().all(|x| x.2 != ["around the clock"]), "{t:?}");
    }

    #[test]
    fn question_then_asked() {
        let (src, cue, content, _) = one("“Why did nobody act sooner?” she asked.");
        assert_eq!((src, cue.as_str()), (s("she"), "asked"));
        assert_eq!(content, ["Why did nobody act sooner?"]);
    }

    #[test]
    fn a_claim_split_by_its_cue_goes_on_with_a_capital() {
        let (src, _, content, _) =
            one("In Harwich, the mayor said, Mr. Lund is seen as an outsider by most voters.");
        assert_eq!(src, s("the mayor"));
        assert_eq!(
            content,
            [
                "In Harwich",
                "Mr. Lund is seen as an outsider by most voters"
            ]
        );
    }

    #[test]
    fn a_quotation_inside_the_tail_is_no_second_piece() {
        let t = super::super::testing::triples(
            "“Let the council decide,” said Mayor Ann Lott, urging critics to “give it time.”",
        );
        assert_eq!(t[0].2, ["Let the council decide"]);
        let (_, _, content, _) = one(
            "“Being a parent is my job,” Lott said in May on the podcast “Open Doors Tonight.”",
        );
        assert_eq!(content, ["Being a parent is my job"]);
        let (_, _, content, _) =
            one("“Let me explain,” Lott said after a brief “sorry” to the host.");
        assert_eq!(content, ["Let me explain"]);
        // After the comma it is the split quotation's second piece.
        let (_, _, content, _) = one("“The ferry,” Lott said in May, “will run again.”");
        assert_eq!(content, ["The ferry", "will run again."]);
    }
}
