//! A sentence closed by the report that carries it: "The council said the
//! bridge stays shut, the Courier reported." The closing report takes the
//! whole sentence, and the report inside it is part of what the Courier
//! says, not a second attribution: its frame goes.

use super::fronted::SUBORDINATORS;
use super::{Ctx, Frame};
use crate::lexicon::Class;
use crate::text::Tok;

impl Ctx<'_, '_> {
    /// Drops each frame whose source, cue and content lie inside the
    /// content of a report that closes the sentence after a comma and
    /// takes it from its start.
    pub fn fold_closing_reports(&self, frames: &mut Vec<Frame>) {
        // Frames by where their cue starts: a closing report looks only at
        // the cues inside its own content, so the fold stays linear.
        // Sized for every frame: a filter's collect grows its Vec.
        let mut by_cue: Vec<(usize, usize)> = Vec::with_capacity(frames.len());
        by_cue.extend(
            frames
                .iter()
                .enumerate()
                .filter(|(_, f)| f.source.is_some())
                .map(|(i, f)| (f.cue.start, i)),
        );
        by_cue.sort_unstable();
        let mut gone = super::Gone::default();
        for j in 0..frames.len() {
            if gone.is(j) {
                continue;
            }
            let Some(inside) = self.closing_content(&frames[j]) else {
                continue;
            };
            let lo = by_cue.partition_point(|&(c, _)| c < inside.start);
            let hi = by_cue.partition_point(|&(c, _)| c < inside.end);
            for &(_, i) in &by_cue[lo..hi] {
                let f = &frames[i];
                let within =
                    |r: &std::ops::Range<usize>| inside.start <= r.start && r.end <= inside.end;
                if i != j
                    && within(&f.cue)
                    && f.source.as_ref().is_some_and(within)
                    && f.content.iter().all(within)
                    && self.main_report(f)
                {
                    gone.mark(i, frames.len());
                }
            }
        }
        super::drop_marked(frames, &gone);
    }

    /// The tokens a closing report's content covers, when its source and
    /// cue come after the content and a comma, and the content starts the
    /// sentence.
    fn closing_content(&self, f: &Frame) -> Option<std::ops::Range<usize>> {
        let source = f.source.as_ref()?;
        let first = f.content.first()?;
        let last = f.content.last()?;
        let report = super::report_start(f);
        // The comma may stand inside the quotation's closing mark ("…,”
        // according to the report").
        let comma = report > 0
            && (self.doc.tok(report - 1) == ","
                || report > 1
                    && self.closes_quote(report - 1).is_some()
                    && self.doc.tok(report - 2) == ",");
        if last.end > report || !comma {
            return None;
        }
        let s = self.sentence_start(report);
        if first.start < s || (s..first.start).any(|k| self.doc.is_word(k)) {
            return None;
        }
        // "…, he said": the same speaker's words again, not a report of them.
        if source.len() == 1 && self.is_pronoun(source.start) {
            return None;
        }
        // The report ends the sentence: a few words of time or place and
        // its full stop ("…, the Courier reported on Tuesday.").
        let end = source.end.max(f.cue.end);
        let stop = self.sentence_end(end);
        let words = (end..stop).take_while(|&k| {
            self.doc.is_word(k) && !self.in_quote(k) && self.cue_form(k).is_none()
                || self.doc.is_punct(k, '.') && self.abbrev_period(k)
        });
        let k = end + words.count();
        let closed = k == stop
            || matches!(self.doc.tok(k), "." | "!" | "?")
                && (k + 1..stop).all(|q| self.doc.kind(q) == Some(Tok::Quote));
        if k - end > 10 || !closed {
            return None;
        }
        Some(first.start..last.end)
    }

    /// Is `f` a report the closing one carries: not one inside a clause of
    /// its own ("as the Post reported", "when filings revealed", "which he
    /// denied"), nor an indirect claim with its own closing cue ("…, the
    /// radio reported, while …")?
    fn main_report(&self, f: &Frame) -> bool {
        let first = super::report_start(f);
        if first > 0 {
            let w = self.doc.tok(first - 1);
            if SUBORDINATORS.has(w)
                || self.doc.is(first - 1, "as")
                || self.class(first - 1, Class::Rel)
            {
                return false;
            }
        }
        let before = f.content.iter().all(|c| c.end <= f.cue.start);
        let quoted = f
            .content
            .iter()
            .all(|c| c.clone().all(|k| !self.doc.is_word(k) || self.in_quote(k)));
        !before || quoted
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{s, triples};

    #[test]
    fn a_report_closed_by_a_papers_report_is_the_papers() {
        let t =
            triples("The council said the old bridge stays shut until May, the Courier reported.");
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].0, s("the Courier"));
        let t = triples(
            "“We will not pay the toll,” Ames said at a rally, according to a local radio station.",
        );
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].0, s("a local radio station"));
    }

    #[test]
    fn the_comma_before_the_closing_report_may_sit_inside_a_quotation_mark() {
        let t = triples(
            "The clerk said the vote was to “avoid delays in the budget,” according to the report.",
        );
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].0, s("the report"));
    }

    #[test]
    fn a_quotation_and_its_speaker_closed_by_a_papers_report_are_the_papers() {
        let t = triples("“Nobody reads the small print,” Ames said, the Courier reported.");
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].0, s("the Courier"));
    }

    #[test]
    fn reports_in_a_clause_of_their_own_keep_their_frames() {
        // The same speaker again, a pronoun.
        let t = triples("The farmers said the new levy was unfair, but it was law now, they said.");
        assert!(t.iter().any(|a| a.0 == s("The farmers")), "{t:?}");
        // An "as" clause, a subordinate clause.
        let t = triples(
            "As the Courier reported, the toll will rise in May, according to two officials.",
        );
        assert!(t.iter().any(|a| a.0 == s("the Courier")), "{t:?}");
        let t = triples(
            "The toll rose again when the auditors revealed that the books were short, according to the Courier.",
        );
        assert!(t.iter().any(|a| a.0 == s("the auditors")), "{t:?}");
        // An indirect claim closed by its own report.
        let t = triples(
            "In the north, the roads were shut, the radio reported, while in the south the rail lines were cut, the Courier reported.",
        );
        assert!(t.iter().any(|a| a.0 == s("the radio")), "{t:?}");
    }

    #[test]
    fn a_report_in_the_middle_of_the_sentence_keeps_its_frame() {
        let t = triples(
            "Ames said the toll would rise, according to the Courier, and drivers were angry.",
        );
        assert!(t.iter().any(|a| a.1 == "said"), "{t:?}");
        let t = triples(
            "Ames said the toll would rise, and the Courier reported that drivers were angry.",
        );
        assert!(t.iter().any(|a| a.1 == "said"), "{t:?}");
    }
}
