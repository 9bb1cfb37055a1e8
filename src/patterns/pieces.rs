//! [`Inline`], a short list kept inline up to two items, and [`Pieces`], a
//! frame's content pieces (token ranges) in one. Most frames have one piece
//! or two, and every candidate frame a cue's patterns build was a heap allocation for them (callgrind,
//! written-dev x10: some 4,000 allocations and frees, more than a tenth of
//! the engine's); a third piece moves them all to a `Vec`. Reads as a
//! slice of ranges (`Deref`), in order, like the `Vec` it replaces.

use std::ops::{Deref, DerefMut, Range};

/// Pieces kept without an allocation.
const INLINE: usize = 2;

/// A short list, its first [`INLINE`] items kept inline: a third moves
/// them all to a `Vec`. Reads as a slice (`Deref`), in order. A frame's
/// content pieces are one ([`Pieces`]); the resolver's cluster heads are
/// another (`speakers::small::Heads`).
#[derive(Clone)]
pub struct Inline<T> {
    /// The items while there are at most [`INLINE`]: `inline[..len]`.
    inline: [T; INLINE],
    /// How many of `inline` are items (0 once they are in `heap`).
    len: u8,
    /// All the items once there were more than [`INLINE`] (else empty).
    heap: Vec<T>,
}

/// A frame's content pieces, in order.
pub type Pieces = Inline<Range<usize>>;

impl Pieces {
    pub const fn new() -> Pieces {
        Inline {
            inline: [0..0, 0..0],
            len: 0,
            heap: Vec::new(),
        }
    }

    pub const fn one(r: Range<usize>) -> Pieces {
        Inline {
            inline: [r, 0..0],
            len: 1,
            heap: Vec::new(),
        }
    }
}

impl<T: Default> Default for Inline<T> {
    fn default() -> Self {
        Inline {
            inline: [T::default(), T::default()],
            len: 0,
            heap: Vec::new(),
        }
    }
}

impl<T> Inline<T> {
    pub fn as_slice(&self) -> &[T] {
        if self.heap.is_empty() {
            self.inline.get(..usize::from(self.len)).unwrap_or_default()
        } else {
            &self.heap
        }
    }

    pub fn as_mut_slice(&mut self) -> &mut [T] {
        if self.heap.is_empty() {
            self.inline
                .get_mut(..usize::from(self.len))
                .unwrap_or_default()
        } else {
            &mut self.heap
        }
    }

    pub fn retain(&mut self, mut keep: impl FnMut(&T) -> bool) {
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

    pub fn clear(&mut self) {
        self.heap.clear();
        self.len = 0;
    }
}

impl<T: Default> Inline<T> {
    pub fn push(&mut self, r: T) {
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
}

impl<T: Default + Clone> Inline<T> {
    pub fn insert(&mut self, at: usize, r: T) {
        let mut all = self.as_slice().to_vec();
        all.insert(at.min(all.len()), r);
        *self = Inline::from(all);
    }
}

impl<T> Deref for Inline<T> {
    type Target = [T];
    fn deref(&self) -> &[T] {
        self.as_slice()
    }
}

impl<T> DerefMut for Inline<T> {
    fn deref_mut(&mut self) -> &mut [T] {
        self.as_mut_slice()
    }
}

impl<T: PartialEq> PartialEq for Inline<T> {
    fn eq(&self, other: &Inline<T>) -> bool {
        self.as_slice() == other.as_slice()
    }
}

impl<T: std::fmt::Debug> std::fmt::Debug for Inline<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        self.as_slice().fmt(f)
    }
}

impl<T: Default> From<Vec<T>> for Inline<T> {
    fn from(v: Vec<T>) -> Inline<T> {
        if v.len() > INLINE {
            Inline {
                heap: v,
                ..Inline::default()
            }
        } else {
            v.into_iter().collect()
        }
    }
}

impl<T: Default, const N: usize> From<[T; N]> for Inline<T> {
    fn from(rs: [T; N]) -> Inline<T> {
        rs.into_iter().collect()
    }
}

impl<T: Default> Extend<T> for Inline<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, rs: I) {
        for r in rs {
            self.push(r);
        }
    }
}

impl<T: Default> FromIterator<T> for Inline<T> {
    fn from_iter<I: IntoIterator<Item = T>>(rs: I) -> Inline<T> {
        let mut p = Inline::default();
        p.extend(rs);
        p
    }
}

impl<'a, T> IntoIterator for &'a Inline<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.as_slice().iter()
    }
}

impl<'a, T> IntoIterator for &'a mut Inline<T> {
    type Item = &'a mut T;
    type IntoIter = std::slice::IterMut<'a, T>;
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
