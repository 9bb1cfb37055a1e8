//! A report that is itself reported: "“…,” the mayor said, according to the
//! Courier." The phrase names who vouches for the words; the guidelines
//! give the whole report to it. The frame of "according to X" takes the
//! content of the cue right before it, and that cue's own frame goes.

use super::{Ctx, Frame, Rule};

impl Ctx<'_, '_> {
    /// Folds each cue's frame that is followed, in the same sentence and
    /// after at most a few words and a comma, by an "according to" frame
    /// into that frame ("Ames said Tuesday, according to the Courier").
    pub fn fold_reported_reports(&self, frames: &mut Vec<Frame>) {
        // Most texts have no "according to" frame with a source to fold into.
        if !frames
            .iter()
            .any(|f| f.rule == Rule::AccordingTo && f.source.is_some())
        {
            return;
        }
        // The reports that may be folded, by where they end: an "according
        // to" looks only at those ending a few words before it, so one
        // sentence of many reports stays linear.
        let mut by_end: Vec<(usize, usize)> = frames
            .iter()
            .enumerate()
            .filter(|(_, f)| {
                f.rule != Rule::AccordingTo && f.source.is_some() && !f.content.is_empty()
            })
            .map(|(i, f)| (report_end(f), i))
            .collect();
        by_end.sort_unstable();
        let mut gone = super::Gone::default();
        for j in 0..frames.len() {
            if frames[j].rule != Rule::AccordingTo || frames[j].source.is_none() {
                continue;
            }
            let a = &frames[j];
            let start = a.cue.start;
            let lo = by_end.partition_point(|&(e, _)| e + 8 < start);
            let hi = by_end.partition_point(|&(e, _)| e < start);
            let Some(i) = by_end[lo..hi]
                .iter()
                .map(|&(_, i)| i)
                .filter(|&i| i != j && !gone.is(i) && self.report_then_according(&frames[i], a))
                .min()
            else {
                continue;
            };
            let content = frames[i].content.clone();
            frames[j].content = content;
            gone.mark(i, frames.len());
        }
        super::drop_marked(frames, &gone);
    }

    /// Does "according to" (`a`'s cue) follow `f`'s cue and source after a
    /// few words of time or place and a comma, in one sentence, with none
    /// of `f`'s content after its cue?
    fn report_then_according(&self, f: &Frame, a: &Frame) -> bool {
        let end = report_end(f);
        let start = a.cue.start;
        if start <= end || start - end > 8 || self.doc.tok(start - 1) != "," {
            return false;
        }
        if f.content.iter().any(|c| c.end > f.cue.start) {
            return false;
        }
        let s = self.sentence_start(start);
        s <= f.cue.start
            && (end..start - 1).all(|k| {
                self.doc.is_word(k) && !self.in_quote(k) && self.cue_form(k).is_none()
                    || self.doc.is_punct(k, '.') && self.abbrev_period(k)
            })
    }
}

/// Where a report's cue and source end.
fn report_end(f: &Frame) -> usize {
    f.source
        .as_ref()
        .map_or(f.cue.end, |s| s.end.max(f.cue.end))
}

#[cfg(test)]
mod tests {
    use super::super::testing::{s, triples};

    #[test]
    fn a_quoted_report_according_to_a_paper_is_the_papers() {
        let t = triples("“The bridge stays shut,” the mayor said, according to the Courier.");
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].0, s("the Courier"));
        assert_eq!(t[0].2, ["The bridge stays shut"]);
        let t = triples(
            "“We will not pay the toll,” Ames said at a rally on Monday, according to a local radio station.",
        );
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].0, s("a local radio station"));
        assert_eq!(t[0].2, ["We will not pay the toll"]);
    }

    #[test]
    fn a_report_with_its_content_after_the_cue_is_carried_whole() {
        // Not this fold's: the closing report takes the whole sentence
        // (closing_report.rs).
        let t = triples("Ames said the toll would rise, according to the Courier.");
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].0, s("the Courier"));
        assert_eq!(t[0].2, ["Ames said the toll would rise"]);
    }
}
