//! What the patterns of one cue ask again and again, kept while that cue is
//! read: the noun phrase before or after a token (`np.rs`) and the subject
//! before a cue (`subject.rs`). The patterns of a cue ask the same
//! questions ("the phrase ending before the cue" for the relative and the
//! "as" frames, "the subject before the cue" for the inverted and the
//! subject frames): each is answered once.
//!
//! Every answer kept is a pure function of the context and its arguments,
//! so an answer read from here is the one a fresh search gives. The tables
//! are small and of fixed size (a few entries, the newest replacing the
//! oldest): no memory grows with the text, and `Cell` / `RefCell::try_borrow`
//! never panic (a call made while a table is borrowed just searches).

use std::cell::{Cell, RefCell};
use std::ops::Range;

use super::subject::Subject;
use super::Ctx;

/// Entries of each noun-phrase table (a power of two): a slot by the
/// arguments' hash.
const NP_SLOTS: usize = 16;

/// A noun-phrase search: its arguments and its answer.
type NpEntry = Option<((usize, usize), Option<(usize, usize)>)>;

/// A subject search: its cue, the most groups it could skip, how many loop
/// rounds it started ([`subject_valid`]), its answer.
type SubjectEntry = Option<(usize, usize, usize, Option<Subject>)>;

/// Subject answers kept: the cues of a sentence are read in order, so the
/// last few cover every repeat.
const SUBJECT_SLOTS: usize = 4;

#[derive(Default)]
pub(crate) struct Memo {
    np_after: [Cell<NpEntry>; NP_SLOTS],
    np_before: [Cell<NpEntry>; NP_SLOTS],
    subjects: RefCell<([SubjectEntry; SUBJECT_SLOTS], usize)>,
}

fn slot(a: usize, b: usize) -> usize {
    let h = (a as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15)
        ^ (b as u64).wrapping_mul(0xC2B2_AE3D_27D4_EB4F);
    (h >> 59) as usize & (NP_SLOTS - 1)
}

/// The kept answer for `(a, b)` in `table`, else `search`'s, kept.
fn np_cached(
    table: &[Cell<NpEntry>; NP_SLOTS],
    a: usize,
    b: usize,
    search: impl FnOnce() -> Option<Range<usize>>,
) -> Option<Range<usize>> {
    let cell = &table[slot(a, b)];
    if let Some((key, answer)) = cell.get() {
        if key == (a, b) {
            return answer.map(|(s, e)| s..e);
        }
    }
    let answer = search();
    cell.set(Some(((a, b), answer.as_ref().map(|r| (r.start, r.end)))));
    answer
}

/// Does a subject search with at most `n` groups, which started `started`
/// rounds of its loop over comma groups, answer for at most `want` groups
/// too? The rounds are the same up to where the loop stopped: a search
/// that stopped before its last round (`started < n`) stopped on its own,
/// so any search allowed that many rounds stops there too.
fn subject_valid(n: usize, started: usize, want: usize) -> bool {
    want == n || started < n && want >= started
}

impl Ctx<'_, '_> {
    /// [`Ctx::np_after`]'s answer, searched once per arguments.
    pub(super) fn np_after_cached(
        &self,
        start: usize,
        limit: usize,
        search: impl FnOnce() -> Option<Range<usize>>,
    ) -> Option<Range<usize>> {
        np_cached(&self.memo.np_after, start, limit, search)
    }

    /// [`Ctx::np_before`]'s answer, searched once per arguments.
    pub(super) fn np_before_cached(
        &self,
        end: usize,
        floor: usize,
        search: impl FnOnce() -> Option<Range<usize>>,
    ) -> Option<Range<usize>> {
        np_cached(&self.memo.np_before, end, floor, search)
    }

    /// [`Ctx::subject_before_n`]'s answer: a kept one when a search for the
    /// same cue answers for `n` groups too, else `search`'s (which returns
    /// its answer and the loop rounds it started), kept.
    pub(super) fn subject_cached(
        &self,
        cue_start: usize,
        n: usize,
        search: impl FnOnce() -> (Option<Subject>, usize),
    ) -> Option<Subject> {
        if let Ok(memo) = self.memo.subjects.try_borrow() {
            let kept = memo.0.iter().flatten().find(|(cue, max, started, _)| {
                *cue == cue_start && subject_valid(*max, *started, n)
            });
            if let Some((_, _, _, answer)) = kept {
                return answer.clone();
            }
        }
        let (answer, started) = search();
        if let Ok(mut memo) = self.memo.subjects.try_borrow_mut() {
            let (entries, next) = &mut *memo;
            let at = *next % SUBJECT_SLOTS;
            entries[at] = Some((cue_start, n, started, answer.clone()));
            *next = at + 1;
        }
        answer
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quotes;
    use crate::text::Doc;

    #[test]
    fn a_subject_search_answers_for_the_rounds_it_stopped_in() {
        // Stopped in its first round of three: any bound from one answers.
        assert!(subject_valid(3, 1, 1) && subject_valid(3, 1, 5));
        // Never entered the loop: every bound.
        assert!(subject_valid(1, 0, 3) && subject_valid(3, 0, 0));
        // Ran all its rounds: only its own bound (another may go on, or stop
        // sooner).
        assert!(subject_valid(1, 1, 1) && !subject_valid(1, 1, 3));
        assert!(!subject_valid(3, 3, 1) && !subject_valid(3, 3, 4));
        // Stopped in round two: a bound of one stops before it.
        assert!(!subject_valid(3, 2, 1) && subject_valid(3, 2, 2));
    }

    /// Every noun phrase and subject, asked twice and in both orders of
    /// bounds, is what a fresh context answers.
    #[test]
    fn kept_answers_are_fresh_answers() {
        let text = "Sen. Mary Holt, who chairs the panel, a former judge, said on Monday \
                    that the bill, which the mayor, Jay Dorn, opposed, would pass. \
                    Most of the residents, several of them farmers, told reporters the \
                    road was unsafe, said Holt. “It will close,” the official, 41, said.";
        let doc = Doc::new(text);
        let q = quotes::find(&doc);
        let kept = Ctx::new(&doc, &q);
        let n = doc.tokens.len();
        for a in 0..=n {
            for b in [0, a / 2, a, a + 3, n] {
                for _ in 0..2 {
                    let fresh = Ctx::new(&doc, &q);
                    assert_eq!(kept.np_after(a, b), fresh.np_after(a, b), "after {a} {b}");
                    assert_eq!(
                        kept.np_before(a, b),
                        fresh.np_before(a, b),
                        "before {a} {b}"
                    );
                }
            }
            for groups in [1, 3, 2, 1, 3, 0] {
                let fresh = Ctx::new(&doc, &q);
                let (x, y) = (
                    kept.subject_before_n(a, groups),
                    fresh.subject_before_n(a, groups),
                );
                assert_eq!(
                    x.map(|s| (s.np, s.appositive, s.boundary)),
                    y.map(|s| (s.np, s.appositive, s.boundary)),
                    "subject before {a}, {groups} groups"
                );
            }
        }
    }
}
