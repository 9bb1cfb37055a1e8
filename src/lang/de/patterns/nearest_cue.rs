//! Two cue verbs that claim the same words ("Die Behörde bestätigte den
//! Bericht und nannte die Meldung „reine Spekulation“"): the claim is the
//! nearer verb's, and the other frame is dropped. A phrasal cue and a verb
//! both report it (the gold marks "laut X" beside "sagte Y"), so only verb
//! frames are compared.

use std::ops::Range;

use crate::patterns::{Ctx, Frame, Rule};

/// How many frames back a frame with the same claim is looked for.
const BACK: usize = 4;

/// Drops every verb frame (`frames` in text order) whose claim a nearer cue
/// verb's frame claims too.
pub(super) fn keep_nearest(ctx: &Ctx, frames: &mut Vec<Frame>) {
    let verb = |f: &Frame| f.rule != Rule::AccordingTo && ctx.cue_form(f.cue.start).is_some();
    let mut drop = vec![false; frames.len()];
    for q in 0..frames.len() {
        for p in q.saturating_sub(BACK)..q {
            let (a, b) = (&frames[p], &frames[q]);
            if drop[p] || a.content != b.content || !verb(a) || !verb(b) {
                continue;
            }
            if distance(a) <= distance(b) {
                drop[q] = true;
            } else {
                drop[p] = true;
            }
        }
    }
    let mut k = 0;
    frames.retain(|_| {
        k += 1;
        !drop[k - 1]
    });
}

/// Tokens between a frame's cue and its claim.
fn distance(f: &Frame) -> usize {
    let (Some(first), Some(last)) = (f.content.first(), f.content.last()) else {
        return usize::MAX;
    };
    let span: Range<usize> = first.start..last.end;
    if f.cue.end <= span.start {
        span.start - f.cue.end
    } else {
        f.cue.start.saturating_sub(span.end)
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::triples;

    #[test]
    fn the_nearer_cue_verb_claims_the_words() {
        let t = triples(
            "Die Behörde bestätigte den Eingang des Briefes und nannte den Bericht „reine Spekulation“.",
        );
        let cues: Vec<&str> = t.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(cues, ["nannte"]);
        assert_eq!(t[0].2, ["reine Spekulation"]);
    }
}
