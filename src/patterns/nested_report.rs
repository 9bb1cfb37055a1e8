//! A report whose claim is itself a report: "The mayor said the council had
//! voted to close the bridge", "Ames noted the auditors estimated a loss".
//! The outer speaker vouches for the inner report, which is part of the
//! claim and not a second attribution: its frame goes. A report made to
//! the outer speaker ("Ames said the auditors told her …") stays: the outer
//! speaker heard it.

use super::fronted::SUBORDINATORS;
use super::{Ctx, Frame, WINDOW};

impl Ctx<'_, '_> {
    /// Drops each frame whose source (or cue, with no source) opens the
    /// content of a report whose cue comes before that content.
    pub fn fold_nested_reports(&self, frames: &mut Vec<Frame>) {
        // Frames by where they start: a report looks only at those
        // starting where its content starts, so the fold stays linear.
        let mut by_start: Vec<(usize, usize)> = frames
            .iter()
            .enumerate()
            .map(|(i, f)| (super::report_start(f), i))
            .collect();
        by_start.sort_unstable();
        let mut gone = super::Gone::default();
        for j in 0..frames.len() {
            let a = &frames[j];
            let (Some(first), Some(last)) = (a.content.first(), a.content.last()) else {
                continue;
            };
            if gone.is(j) || a.source.is_none() || first.start < a.cue.end {
                continue;
            }
            // The reports starting where the content starts, or after a
            // "that" inside it ("cited reports that the gunman said …"),
            // a window's worth of tokens at most.
            let reach = last.end.min(first.start + WINDOW);
            let lo = by_start.partition_point(|&(s, _)| s < first.start);
            let hi = by_start.partition_point(|&(s, _)| s < reach);
            for &(s, i) in &by_start[lo..hi] {
                let opens = s == first.start
                    || s > first.start && self.doc.is(s - 1, "that") && !self.in_quote(s - 1)
                    || s > first.start && self.relative_speaker(&frames[i], s)
                    || s > first.start && self.subordinate_pronoun(&frames[i], s);
                if i != j && opens && self.inner_report(&frames[i], a, last.end) {
                    gone.mark(i, frames.len());
                }
            }
        }
        super::drop_marked(frames, &gone);
    }

    /// Is `f`, opening `a`'s content, a report inside it: its cue and
    /// content before `end`, its content after its cue, not `a`'s own
    /// source read twice, and not a report to `a`'s speaker ("told her")?
    fn inner_report(&self, f: &Frame, a: &Frame, end: usize) -> bool {
        let (Some(first), Some(last)) = (f.content.first(), f.content.last()) else {
            return false;
        };
        // One speaker read twice ("Ames responded … insist"): the frames
        // share their source's words.
        let same = f.source.is_some() && f.source == a.source;
        let to_speaker = self
            .doc
            .is_any(f.cue.end, &["her", "him", "them", "me", "us"]);
        f.cue.end <= first.start && last.end <= end && !same && !to_speaker
    }
}

impl Ctx<'_, '_> {
    /// Is `f`'s source a relative "who" at `s` after a noun that is no
    /// count of respondents ("a former aide who said …", not "23 percent
    /// who said …", a poll's own figure)?
    fn relative_speaker(&self, f: &Frame, s: usize) -> bool {
        let who = f
            .source
            .as_ref()
            .is_some_and(|r| r.len() == 1 && r.start == s)
            && self.doc.is_any(s, &["who", "whom"]);
        let head = s - 1;
        let count = !self.doc.is_word(head)
            || self.numeric(head)
            || self.doc.is_any(
                head,
                &[
                    "percent", "%", "number", "many", "few", "those", "some", "others",
                ],
            );
        who && !count && !self.in_quote(s)
    }
}

impl Ctx<'_, '_> {
    /// Is `f`'s source a pronoun at `s` right after a subordinating
    /// conjunction inside the claim ("Ames said the mayor was right when
    /// he said …", "… before he announced …")?
    fn subordinate_pronoun(&self, f: &Frame, s: usize) -> bool {
        f.source
            .as_ref()
            .is_some_and(|r| r.len() == 1 && r.start == s)
            && self.doc.is_any(s, &["he", "she", "they", "it", "i", "we"])
            && SUBORDINATORS.has(self.doc.tok(s - 1))
            && !self.in_quote(s)
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{s, triples};

    #[test]
    fn a_report_opening_a_claim_is_part_of_it() {
        let t = triples("The mayor said the council had voted to close the bridge.");
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].0, s("The mayor"));
        let t = triples("Ames noted that the auditors estimated a loss of two million.");
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].0, s("Ames"));
        // After a "that" inside the claim; the speaker again, a pronoun.
        let t = triples("Ames cited reports that the driver said he had been asleep.");
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].0, s("Ames"));
        let t = triples("She said she recalls the meeting being short.");
        assert_eq!(t.len(), 1, "{t:?}");
    }

    #[test]
    fn a_report_to_the_speaker_or_deeper_in_the_claim_keeps_its_frame() {
        let t = triples("Ames said the auditors had told her that the books were short.");
        assert!(t.iter().any(|a| a.0 == s("the auditors")), "{t:?}");
        let t = triples("Ames said the toll was fair, but the drivers said it was not.");
        assert!(t.iter().any(|a| a.0 == s("the drivers")), "{t:?}");
        // A poll's own figure.
        let t = triples(
            "Ames said that 40 percent of voters now oppose the plan, compared with 12 percent who said so in May.",
        );
        assert!(t.iter().any(|a| a.0 == s("who")), "{t:?}");
    }

    #[test]
    fn a_pronoun_report_after_a_subordinator_is_part_of_the_claim() {
        let t = triples("Ames said the mayor was right when he warned that the bridge was unsafe.");
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].0, s("Ames"));
    }

    #[test]
    fn a_relative_speaker_inside_a_claim_is_part_of_it() {
        let t = triples("Ames said the council ignored residents who complained about the noise.");
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].0, s("Ames"));
    }
}
