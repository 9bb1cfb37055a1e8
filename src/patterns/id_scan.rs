//! Whole-text scans for a word id that few tokens have (the "asked" of
//! asked.rs): the ids are
//! read sixteen at a time, and a block holding none of the wanted ones is
//! settled by one branch (its test compiles to vector compares), where a
//! search token by token took a branch and a few compares each. For ids
//! that one token in thirty has (nominal.rs's "that", "from", "by") most
//! blocks hold one, and a block read twice cost more than it saved
//! (callgrind, written-dev x10: +0.56M instructions; `find_cues`'s words
//! that may start a cue, +0.19M). The answers are the
//! token-by-token search's.

use crate::lexicon::WordId;

/// Ids read per block.
const BLOCK: usize = 16;

/// The first index at or after `from` whose id `wanted` accepts. Write
/// `wanted` without short circuits (`|`, not `||`), so a block's test
/// needs no branch per id.
#[inline]
pub(crate) fn next_id(
    ids: &[WordId],
    from: usize,
    wanted: impl Fn(WordId) -> bool,
) -> Option<usize> {
    let rest = ids.get(from..)?;
    let mut blocks = rest.chunks_exact(BLOCK);
    let mut at = from;
    for b in &mut blocks {
        if b.iter().fold(false, |any, &w| any | wanted(w)) {
            return b.iter().position(|&w| wanted(w)).map(|p| at + p);
        }
        at += BLOCK;
    }
    blocks
        .remainder()
        .iter()
        .position(|&w| wanted(w))
        .map(|p| at + p)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The first hit at or after `from`, token by token.
    fn plain(ids: &[WordId], from: usize, w: u16) -> Option<usize> {
        (from..ids.len()).find(|&k| ids[k].0 == w)
    }

    #[test]
    fn finds_what_a_plain_search_finds() {
        let ids: Vec<WordId> = (0..100u16).map(|k| WordId(k % 37)).collect();
        for from in [0, 1, 15, 16, 17, 40, 90, 99, 100, 150] {
            for w in [0, 5, 20, 36, 50] {
                assert_eq!(
                    next_id(&ids, from, |x| x.0 == w),
                    plain(&ids, from, w),
                    "{from} {w}"
                );
            }
        }
        assert_eq!(next_id(&[], 0, |_| true), None);
    }
}
