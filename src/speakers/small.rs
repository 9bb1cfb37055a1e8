//! The resolver's two small collections, inline until they grow: `Done`
//! (the clusters of the sources resolved so far, by their token ranges) and
//! `Heads` (a cluster's head nouns and titles). Most hold one or two, and a
//! `Vec` or a map for each was an allocation the resolver made per source.

use crate::fold::Folded;
use crate::lexicon::FastMap as HashMap;

/// The clusters of the sources resolved so far (`resolve_with`), by the
/// sources' token ranges. The sources come in order of their start, so a
/// repeat has the start of the last ones: those of one start are compared
/// in a small array, and only a start with more than [`DONE_INLINE`]
/// sources spills into a map (which is no allocation until then).
#[derive(Default)]
pub(super) struct Done {
    start: usize,
    /// (end, cluster) of the sources starting at `start`: `ends[..len]`.
    ends: [(usize, usize); DONE_INLINE],
    len: usize,
    spill: HashMap<(usize, usize), usize>,
}

const DONE_INLINE: usize = 4;

impl Done {
    /// The cluster of the source `start..end`, if resolved; `start` is at
    /// least every start asked before.
    pub(super) fn get(&mut self, start: usize, end: usize) -> Option<usize> {
        if start != self.start {
            self.start = start;
            self.len = 0;
        }
        self.ends
            .iter()
            .take(self.len)
            .find(|&&(e, _)| e == end)
            .map(|&(_, c)| c)
            .or_else(|| self.spill.get(&(start, end)).copied())
    }

    /// Keeps cluster `c` for the source `start..end`, just asked of `get`.
    pub(super) fn insert(&mut self, start: usize, end: usize, c: usize) {
        match self.ends.get_mut(self.len) {
            Some(slot) if start == self.start => {
                *slot = (end, c);
                self.len += 1;
            }
            _ => {
                self.spill.insert((start, end), c);
            }
        }
    }
}

/// A cluster's head nouns and titles: most have one or two, kept inline (a
/// `Vec` a cluster was an allocation for most); a third moves them all to
/// a `Vec`. Reads as a slice, in order.
pub(super) type Heads<'t> = crate::patterns::pieces::Inline<Folded<'t>>;
