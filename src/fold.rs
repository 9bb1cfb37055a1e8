//! Case-folded views of text: compare and hash words and names the way a
//! reader does ("Rashwan" = "RASHWAN", "company’s" = "company's") without
//! building a lowercase copy of each.
//!
//! ```
//! use whosaid::fold::Folded;
//! assert_eq!(Folded("Ministry’s"), Folded("ministry's"));
//! assert!(Folded("Officials").plural_s() && !Folded("Congress").plural_s());
//! assert!(Folded("Ana Costa").starts_with(Folded("ana")));
//! ```

use std::hash::{Hash, Hasher};

use crate::lexicon::lower_ascii8;

/// Folds one char: lowercase, with the curly apostrophe made straight.
fn fold(c: char) -> impl Iterator<Item = char> {
    let straight = if c == '’' { '\'' } else { c };
    straight.to_lowercase()
}

/// A borrowed string compared, hashed and matched case-insensitively
/// (char-wise lowercase; ’ and ' alike).
#[derive(Clone, Copy, Debug)]
pub struct Folded<'t>(pub &'t str);

impl<'t> Folded<'t> {
    fn chars(self) -> impl Iterator<Item = char> + 't {
        self.0.chars().flat_map(fold)
    }

    /// Equal to `lower`, a lowercase ASCII word?
    pub fn is(self, lower: &str) -> bool {
        if self.0.is_ascii() {
            self.0.eq_ignore_ascii_case(lower)
        } else {
            self.chars().eq(lower.chars())
        }
    }

    pub fn is_any(self, words: &[&str]) -> bool {
        words.iter().any(|w| self.is(w))
    }

    /// Does the folded text start with the folded `prefix`?
    pub fn starts_with(self, prefix: Folded) -> bool {
        if self.0.is_ascii() && prefix.0.is_ascii() {
            return self.0.len() >= prefix.0.len()
                && self.0.as_bytes()[..prefix.0.len()].eq_ignore_ascii_case(prefix.0.as_bytes());
        }
        let mut mine = self.chars();
        prefix.chars().all(|c| mine.next() == Some(c))
    }

    /// Ends in one "s" but not "ss": a regular plural ("officials", not
    /// "congress").
    pub fn plural_s(self) -> bool {
        let mut back = self.0.chars().rev().map(|c| c.to_ascii_lowercase());
        back.next() == Some('s') && back.next() != Some('s')
    }

    /// Without its trailing "s"es ("officials" → "official").
    pub fn trim_s(self) -> Folded<'t> {
        Folded(self.0.trim_end_matches(['s', 'S']))
    }
}

/// The empty text: an unused slot of a short inline list
/// (`patterns::pieces::Inline`, the resolver's cluster heads).
impl Default for Folded<'_> {
    fn default() -> Self {
        Folded("")
    }
}

impl PartialEq for Folded<'_> {
    /// One pass while both are ASCII: up to the first non-ASCII byte each
    /// byte folds to one char, so an ASCII difference there is a difference
    /// of the folded texts, and a text that ends first is a shorter one.
    /// Only from a non-ASCII byte on are chars folded and compared.
    fn eq(&self, other: &Self) -> bool {
        let (a, b) = (self.0.as_bytes(), other.0.as_bytes());
        for (&x, &y) in a.iter().zip(b) {
            if x >= 0x80 || y >= 0x80 {
                return self.chars().eq(other.chars());
            }
            if !x.eq_ignore_ascii_case(&y) {
                return false;
            }
        }
        a.len() == b.len()
    }
}

impl Eq for Folded<'_> {}

/// One step of [`Folded`]'s hash: eight folded chars, packed a byte each.
fn mix(h: u64, chunk: u64) -> u64 {
    (h ^ chunk)
        .wrapping_mul(0x51_7c_c1_b7_27_22_0a_95)
        .rotate_left(29)
}

impl Hash for Folded<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        // The folded chars eight at a time, each as its low byte, the last
        // group padded with zeros; fed to `state` once with their count.
        // It is a function of the folded chars alone, so equal folded texts
        // hash alike whatever their case or apostrophes; ASCII text (each
        // byte one folded char) is lowercased a machine word at a time.
        let mut h = 0u64;
        let mut n = 0u64;
        if self.0.is_ascii() {
            let bytes = self.0.as_bytes();
            let mut chunks = bytes.chunks_exact(8);
            for c in &mut chunks {
                let mut b = [0u8; 8];
                b.copy_from_slice(c);
                h = mix(h, lower_ascii8(u64::from_le_bytes(b)));
            }
            let rest = chunks.remainder();
            if !rest.is_empty() {
                let mut b = [0u8; 8];
                b[..rest.len()].copy_from_slice(rest);
                h = mix(h, lower_ascii8(u64::from_le_bytes(b)));
            }
            n = bytes.len() as u64;
        } else {
            let mut chunk = 0u64;
            let mut k = 0;
            for c in self.chars() {
                chunk |= u64::from(c as u32 as u8) << (8 * k);
                k += 1;
                n += 1;
                if k == 8 {
                    h = mix(h, chunk);
                    chunk = 0;
                    k = 0;
                }
            }
            if k > 0 {
                h = mix(h, chunk);
            }
        }
        state.write_u64(h ^ n);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::hash_map::DefaultHasher;

    fn hash(f: Folded) -> u64 {
        let mut h = DefaultHasher::new();
        f.hash(&mut h);
        h.finish()
    }

    #[test]
    fn equal_folds_hash_alike() {
        for (a, b) in [
            ("Rashwan", "RASHWAN"),
            ("company’s", "Company's"),
            ("Müller", "MÜLLER"),
            ("Ἀθῆναι", "ἀθῆναι"),
            // Past eight chars, and an apostrophe in each group of eight.
            ("Ministry’s Spokeswoman’s", "ministry's spokeswoman's"),
            (
                "Deputy Commissioner’s Office",
                "DEPUTY COMMISSIONER'S OFFICE",
            ),
            ("Éva Müller-Lüdenscheidt", "éva müller-lüdenscheidt"),
        ] {
            assert_eq!(Folded(a), Folded(b), "{a} {b}");
            assert_eq!(hash(Folded(a)), hash(Folded(b)), "{a} {b}");
        }
        assert_ne!(Folded("Rashwan"), Folded("Rashwa"));
        assert_ne!(Folded("a"), Folded(""));
    }

    #[test]
    fn equality_is_the_folded_chars_equality() {
        let words = [
            "",
            "a",
            "A",
            "ab",
            "aB",
            "abc",
            "it’s",
            "IT'S",
            "it's",
            "its",
            "Kelvin",
            "\u{212A}elvin",
            "kelvin",
            "Straße",
            "STRASSE",
            "straße",
            "İstanbul",
            "i\u{307}stanbul",
            "Müller",
            "muller",
            "ab\u{e9}",
            "AB\u{c9}",
            "ab\u{e9}x",
        ];
        for a in words {
            for b in words {
                let folded = Folded(a).chars().eq(Folded(b).chars());
                assert_eq!(Folded(a) == Folded(b), folded, "{a:?} {b:?}");
            }
        }
    }

    #[test]
    fn word_helpers() {
        assert!(Folded("Camp").is("camp") && !Folded("Camps").is("camp"));
        assert!(Folded("O’Neil").is("o'neil"));
        assert!(Folded("SPOKESMAN").is_any(&["team", "spokesman"]));
        assert!(Folded("Ana Costa").starts_with(Folded("ANA")));
        assert!(!Folded("Ana").starts_with(Folded("Ana Costa")));
        assert!(Folded("Élodie Roy").starts_with(Folded("élodie")));
        assert!(Folded("OFFICIALS").plural_s() && !Folded("boss").plural_s());
        assert!(!Folded("s").trim_s().is("s") && Folded("Officials").trim_s().is("official"));
    }
}
