//! Passive reports with no source: "It was reported that several villages
//! had been cut off", "Residents had been told to wait". Who reported or
//! told is not in the text; the source is null, as the guidelines say. An
//! agent ("was announced by the ministry") is the source. "Ames was
//! declared the winner in Ohio" declares its subject and complement.

use super::cue::CueHit;
use super::{Ctx, Frame, Rule};

impl Ctx<'_, '_> {
    pub fn passive_frame(&self, hit: &CueHit) -> Option<Frame> {
        if !hit.passive {
            return None;
        }
        let end = self.sentence_end(hit.verb);
        let mut j = hit.range.end;
        // "was announced by the ministry that …"
        let mut source = None;
        if self.doc.is(j, "by") {
            let np = self.np_after(j + 1, end).filter(|np| self.can_speak(np))?;
            j = np.end;
            source = Some(np);
        }
        // "News of the deal was first reported by the Herald.", "Both
        // attacks were claimed by the group.": with an agent and nothing
        // after it, the subject is what was reported.
        if source.is_some()
            && matches!(self.doc.tok(j), "." | "," | ";")
            && matches!(
                hit.form.map(|f| f.lemma),
                Some("report" | "disclose" | "reveal" | "announce" | "claim")
            )
        {
            let s = self.sentence_start(hit.verb);
            let lead = s..hit.range.start;
            let words = self.doc.words_in(lead.clone());
            let clean = lead
                .clone()
                .all(|k| !self.is_boundary(k) && !self.in_quote(k));
            if (2..=15).contains(&words) && clean && self.content_span(lead.clone()).is_some() {
                return Some(Frame::one(
                    hit.range.clone(),
                    source,
                    Rule::Passive,
                    lead,
                    0.6,
                ));
            }
        }
        // "Ames was declared the winner in Ohio", "she was announced the
        // winner": the subject and its complement are what was declared.
        if source.is_none()
            && hit
                .form
                .is_some_and(|f| matches!(f.lemma, "declare" | "announce"))
            && self.class(j, crate::lexicon::Class::Det)
            && !self.doc.is(j, "that")
        {
            let s = self.sentence_start(hit.verb);
            let subject = self.np_before(hit.range.start, s).filter(|np| {
                np.end == hit.range.start && !self.class(np.start, crate::lexicon::Class::Rel)
            })?;
            // The complement runs to a comma before "and" or "but" ("…, and
            // it is clear …"); "by news outlets" after it names who
            // declared.
            let mut stop = self.clause_end(j, end);
            stop = (j..stop)
                .find(|&k| self.doc.tok(k) == "," && self.doc.is_any(k + 1, &["and", "but"]))
                .unwrap_or(stop);
            let by = (j + 2..stop).find(|&k| self.doc.is(k, "by"));
            let agent = by
                .and_then(|b| self.np_after(b + 1, stop))
                .filter(|np| self.can_speak(np));
            if agent.is_some() {
                stop = by.unwrap_or(stop);
            }
            let complement = j..stop;
            if self.doc.words_in(complement.clone()) < 2 {
                return None;
            }
            let mut f = Frame::new(hit.range.clone(), agent, Rule::Passive);
            f.content.push(subject);
            f.content.push(complement);
            f.confidence = 0.6;
            return Some(f);
        }
        // Only a clause or an infinitive follows a passive report.
        let start = if self.doc.is(j, "that") {
            j + 1
        } else if self.doc.is(j, "about") && !self.figure_at(j + 1) {
            // "was asked about the tone": "about" is the cue's (adjuncts.rs).
            j + 1
        } else if self.doc.is_any(j, &["to", "whether", "if", "about"])
            || self.opens_quote(j).is_some()
            // "was asked by a caller why …", "was asked what happened …"
            || hit.form.is_some_and(|f| f.lemma == "ask")
                && self.doc.is_any(j, &["what", "why", "how", "who"])
        {
            j
        } else {
            return None;
        };
        let r = start..end;
        self.content_span(r.clone())?;
        Some(Frame::one(hit.range.clone(), source, Rule::Passive, r, 0.6))
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{one, triples};

    #[test]
    fn it_was_reported_that() {
        let (src, cue, content, _) =
            one("It was reported that several villages had been cut off by landslides.");
        assert_eq!((src, cue.as_str()), (None, "was reported"));
        assert_eq!(content, ["several villages had been cut off by landslides"]);
    }

    #[test]
    fn asked_a_question_in_the_passive() {
        let t = triples("In an interview last year, Holt was asked what happened to the ferry.");
        let a = t
            .iter()
            .find(|a| a.1 == "was asked")
            .unwrap_or_else(|| panic!("{t:?}"));
        assert_eq!(a.0, None);
        assert_eq!(a.2, ["what happened to the ferry"]);
        // "was told what" is no question put to the speaker.
        assert!(triples("Holt was told what the plan would cost.")
            .iter()
            .all(|a| a.1 != "was told"));
    }

    #[test]
    fn told_to_has_no_source() {
        let (src, cue, content, kind) =
            one("Residents had been told to “wait until after the election”.");
        assert_eq!((src, cue.as_str(), kind), (None, "had been told", "mixed"));
        assert_eq!(content, ["to “wait until after the election”"]);
    }

    #[test]
    fn asked_about_a_topic_in_the_passive() {
        let t = triples("At the hearing, Holt was asked about the ferry contract.");
        let a = t
            .iter()
            .find(|a| a.1 == "was asked")
            .unwrap_or_else(|| panic!("{t:?}"));
        assert_eq!(a.2, ["the ferry contract"]);
    }

    #[test]
    fn reported_by_an_agent_reports_its_subject() {
        let (src, cue, content, _) =
            one("News of the merger was first reported by the Lund Herald.");
        assert_eq!(
            (src, cue.as_str()),
            (Some("the Lund Herald".to_string()), "was first reported")
        );
        assert_eq!(content, ["News of the merger"]);
        // No agent, or an agent that cannot speak: no report.
        assert!(triples("News of the merger was first reported on Monday.").is_empty());
        // A two-word subject; a claim with its agent.
        let (src, _, content, _) = one("The merger was first reported by the Lund Herald.");
        assert_eq!(src, Some("the Lund Herald".to_string()));
        assert_eq!(content, ["The merger"]);
        let (src, cue, content, _) = one("Both raids were claimed by the rebel council.");
        assert_eq!(
            (src, cue.as_str()),
            (Some("the rebel council".to_string()), "were claimed")
        );
        assert_eq!(content, ["Both raids"]);
    }

    #[test]
    fn declared_the_winner() {
        let t = triples("After the count, Ames was declared the winner in the river ward.");
        let a = t
            .iter()
            .find(|a| a.1 == "was declared")
            .unwrap_or_else(|| panic!("{t:?}"));
        assert_eq!(a.0, None);
        assert_eq!(a.2, ["Ames", "the winner in the river ward"]);
        let (src, _, content, _) =
            one("Holt was declared the winner in Akron by the county board, and she thanked them.");
        assert_eq!(src, Some("the county board".to_string()));
        assert_eq!(content, ["Holt", "the winner in Akron"]);
        let t = triples("Late on Tuesday she was announced the winner of the ward.");
        let a = t.iter().find(|a| a.1 == "was announced");
        assert_eq!(
            a.map(|a| a.2.clone()),
            Some(vec![
                "she".to_string(),
                "the winner of the ward".to_string()
            ]),
            "{t:?}"
        );
        // No complement, or a relative pronoun as the subject: no report.
        assert!(triples("The result was declared at noon.").is_empty());
    }

    #[test]
    fn a_passive_without_a_clause_is_no_report() {
        assert!(triples("The fire was reported at noon.").is_empty());
        assert!(triples("He was asked twice.").is_empty());
    }
}
