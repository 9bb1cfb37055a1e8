//! [`Pieces`]: a frame's content pieces (token ranges), the first two kept
//! inline. Most frames have one piece or two, and every candidate frame a
//! cue's patterns build was a heap allocation for them (callgrind,
//! written-dev x10: some 4,000 allocations and frees, more than a tenth of
//! the engine's); a third piece moves them all to a `Vec`. Reads as a
//! slice of ranges (`Deref`), in order, like the `Vec` it replaces.

use std::ops::{Deref, DerefMut, Range};

/// Pieces kept without an allocation.
const INLINE: usize = 2;

/// A frame's content pieces, in order.
#[derive(Clone, Default)]
pub struct Pieces {
    /// The pieces while there are at most [`INLINE`]: `inline[..len]`.
    inline: [Range<usize>; INLINE],
    /// How many of `inline` are pieces (0 once they are in `heap`).
    len: u8,
    /// All the pieces once there were more than [`INLINE`] (else empty).
    heap: Vec<Range<usize>>,
}

impl Pieces {
    pub const fn new() -> Pieces {
        Pieces {
            inline: [0..0, 0..0],
            len: 0,
            heap: Vec::new(),
        }
    }

    /// One piece.
    pub const fn one(r: Range<usize>) -> Pieces {
        Pieces {
            inline: [r, 0..0],
            len: 1,
            heap: Vec::new(),
        }
    }

    pub fn as_slice(&self) -> &[Range<usize>] {
        if self.heap.is_empty() {
            self.inline.get(..usize::from(self.len)).unwrap_or_default()
        } else {
            &self.heap
        }
    }

    pub fn as_mut_slice(&mut self) -> &mut [Range<usize>] {
        if self.heap.is_empty() {
            self.inline
                .get_mut(..usize::from(self.len))
                .unwrap_or_default()
        } else {
            &mut self.heap
        }
    }

    pub fn push(&mut self, r: Range<usize>) {
        if !self.heap.is_empty() {
            self.heap.push(r);
            return;
        }
        match self.inline.get_mut(usize::from(self.len)) {
            Some(slot) => {
                *slot = r;
                self.len += 1;
            }
            None => {
                let mut heap = Vec::with_capacity(2 * INLINE);
                heap.extend(self.inline.iter_mut().map(std::mem::take));
                heap.push(r);
                self.heap = heap;
                self.len = 0;
            }
        }
    }

    /// Keeps the pieces `keep` accepts, in order.
    pub fn retain(&mut self, mut keep: impl FnMut(&Range<usize>) -> bool) {
        if !self.heap.is_empty() {
            self.heap.retain(keep);
            return;
        }
        let mut kept = 0;
        for k in 0..usize::from(self.len).min(INLINE) {
            if keep(&self.inline[k]) {
                self.inline.swap(kept, k);
                kept += 1;
            }
        }
        self.len = kept as u8;
    }

    /// Puts `r` at index `at` (at most the length), shifting the rest.
    pub fn insert(&mut self, at: usize, r: Range<usize>) {
        let mut all = self.as_slice().to_vec();
        all.insert(at.min(all.len()), r);
        *self = Pieces::from(all);
    }

    pub fn clear(&mut self) {
        self.heap.clear();
        self.len = 0;
    }
}

impl Deref for Pieces {
    type Target = [Range<usize>];
    fn deref(&self) -> &[Range<usize>] {
        self.as_slice()
    }
}

impl DerefMut for Pieces {
    fn deref_mut(&mut self) -> &mut [Range<usize>] {
        self.as_mut_slice()
    }
}

impl PartialEq for Pieces {
    fn eq(&self, other: &Pieces) -> bool {
        self.as_slice() == other.as_slice()
    }
}

impl std::fmt::Debug for Pieces {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        self.as_slice().fmt(f)
    }
}

impl From<Vec<Range<usize>>> for Pieces {
    fn from(v: Vec<Range<usize>>) -> Pieces {
        if v.len() > INLINE {
            Pieces {
                heap: v,
                ..Pieces::new()
            }
        } else {
            v.into_iter().collect()
        }
    }
}

impl<const N: usize> From<[Range<usize>; N]> for Pieces {
    fn from(rs: [Range<usize>; N]) -> Pieces {
        rs.into_iter().collect()
    }
}

impl Extend<Range<usize>> for Pieces {
    fn extend<I: IntoIterator<Item = Range<usize>>>(&mut self, rs: I) {
        for r in rs {
            self.push(r);
        }
    }
}

impl FromIterator<Range<usize>> for Pieces {
    fn from_iter<I: IntoIterator<Item = Range<usize>>>(rs: I) -> Pieces {
        let mut p = Pieces::new();
        p.extend(rs);
        p
    }
}

impl<'a> IntoIterator for &'a Pieces {
    type Item = &'a Range<usize>;
    type IntoIter = std::slice::Iter<'a, Range<usize>>;
    fn into_iter(self) -> Self::IntoIter {
        self.as_slice().iter()
    }
}

impl<'a> IntoIterator for &'a mut Pieces {
    type Item = &'a mut Range<usize>;
    type IntoIter = std::slice::IterMut<'a, Range<usize>>;
    fn into_iter(self) -> Self::IntoIter {
        self.as_mut_slice().iter_mut()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every operation agrees with a `Vec`'s.
    #[test]
    fn reads_as_the_vec_it_replaces() {
        for n in 0..6 {
            let v: Vec<Range<usize>> = (0..n).map(|k| k..k + 2).collect();
            let mut p: Pieces = v.iter().cloned().collect();
            assert_eq!(p.as_slice(), v.as_slice());
            assert_eq!(Pieces::from(v.clone()), p);
            let mut w = v.clone();
            w.retain(|r| r.start % 2 == 0);
            let mut q = p.clone();
            q.retain(|r| r.start % 2 == 0);
            assert_eq!(q.as_slice(), w.as_slice());
            for at in 0..=n {
                let mut w = v.clone();
                w.insert(at, 9..9);
                let mut q = p.clone();
                q.insert(at, 9..9);
                assert_eq!(q.as_slice(), w.as_slice(), "{n} {at}");
            }
            for r in p.iter_mut() {
                r.end += 1;
            }
            assert!(p.iter().zip(&v).all(|(a, b)| a.end == b.end + 1));
            p.clear();
            assert!(p.is_empty());
            p.push(1..2);
            assert_eq!(p.as_slice(), std::slice::from_ref(&(1..2)));
        }
        assert_eq!(Pieces::one(3..4).as_slice(), std::slice::from_ref(&(3..4)));
        assert_eq!(format!("{:?}", Pieces::from([1..2, 4..5])), "[1..2, 4..5]");
    }
}
