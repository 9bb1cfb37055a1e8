//! A pattern's own word list (`lang/CODE/NAME.txt`: one entry a line, `#`
//! comments, blank lines skipped) as a set: a word is looked up by one hash
//! probe instead of a scan over the file's lines. The set is built on the
//! first lookup, from the text the file was compiled into. A
//! [`PhraseList`] is the same kind of file with several words a line,
//! read into their words once.

use std::sync::OnceLock;

/// The text of a pattern's list file `src/lang/CODE/NAME.txt`, given as
/// `"CODE/NAME"`, as build.rs copies it: the same entries, without the
/// file's comments and blank lines (which would only add to the Wasm).
macro_rules! list_text {
    ($name:literal) => {
        include_str!(concat!(env!("OUT_DIR"), "/lists/", $name, ".txt"))
    };
}
pub(crate) use list_text;

use super::words::FastMap;

/// The longest entry a list may have; a longer one is never matched.
const MAX_ENTRY: usize = 48;

pub struct WordList {
    text: &'static str,
    set: OnceLock<Set>,
}

/// A list's entries, lowercased, and which (length, first byte) pairs they
/// have: a word whose pair no entry has is settled without hashing it (most
/// words a pattern looks up are in none of its lists).
struct Set {
    entries: FastMap<Box<[u8]>, ()>,
    /// Bit `first & 63` of `shapes[len]`: an entry of `len` bytes opens
    /// with `first` (lowercased).
    shapes: [u64; MAX_ENTRY + 1],
}

/// The bit of `shapes` for a word of (lowercased) first byte `first`.
fn shape_bit(first: u8) -> u64 {
    1 << (first & 63)
}

impl WordList {
    /// The list in `text` (an `include_str!` of its file).
    pub const fn new(text: &'static str) -> WordList {
        WordList {
            text,
            set: OnceLock::new(),
        }
    }

    /// The entries as the file spells them (trimmed), in file order.
    pub fn entries(&self) -> impl Iterator<Item = &'static str> {
        lines(self.text).filter(|l| l.len() <= MAX_ENTRY)
    }

    fn set(&self) -> &Set {
        self.set.get_or_init(|| {
            let entries: FastMap<Box<[u8]>, ()> = self
                .entries()
                .map(|e| (e.to_ascii_lowercase().into_bytes().into_boxed_slice(), ()))
                .collect();
            let mut shapes = [0u64; MAX_ENTRY + 1];
            for e in entries.keys() {
                if let Some(&first) = e.first() {
                    shapes[e.len()] |= shape_bit(first);
                }
            }
            Set { entries, shapes }
        })
    }

    /// Is `word` an entry, ASCII letters compared in any case (what
    /// `eq_ignore_ascii_case` against each line gives)? Inlined, the shape
    /// test settles most words in a few instructions at the caller; only a
    /// word of an entry's shape pays for the call and the hash
    /// (callgrind: the whole lookup in one function cost ~45 instructions a
    /// word, most of them saving and restoring registers). The Wasm build
    /// keeps it one call: inlined at its eighty callers it came to 1.9 KB
    /// more gzipped, over the size budget.
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn has(&self, word: &str) -> bool {
        let w = word.as_bytes();
        let Some(&first) = w.first() else {
            return false;
        };
        let set = self.set();
        let shape = set.shapes.get(w.len()).copied().unwrap_or(0);
        shape & shape_bit(first.to_ascii_lowercase()) != 0 && set.holds(w)
    }
}

impl Set {
    /// Is `w` (at most [`MAX_ENTRY`] bytes) an entry, in any ASCII case?
    /// (In the Wasm build, where `has` is one call, inlined into it.)
    #[cfg_attr(not(target_arch = "wasm32"), inline(never))]
    fn holds(&self, w: &[u8]) -> bool {
        let mut low = [0u8; MAX_ENTRY];
        let Some(low) = low.get_mut(..w.len()) else {
            return false;
        };
        // Lowercased byte by byte as copied (a copy of a slice of unknown
        // length was a call of `memcpy` a lookup).
        for (l, &b) in low.iter_mut().zip(w) {
            *l = b.to_ascii_lowercase();
        }
        self.entries.contains_key(&*low)
    }
}

/// A list file's lines: `#` comments and blank lines skipped, trimmed. build.rs
/// keeps the same lines when it copies a list (it includes this file).
pub fn lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .filter(|l| !l.starts_with('#'))
        .map(str::trim)
        .filter(|l| !l.is_empty())
}

/// A pattern's list of phrases (`lang/CODE/NAME.txt`: one phrase a line,
/// its words split at white space; comments and blank lines as in a
/// [`WordList`]), read into their words on first use.
pub struct PhraseList {
    text: &'static str,
    phrases: OnceLock<Vec<Vec<&'static str>>>,
}

impl PhraseList {
    /// The list in `text` (an `include_str!` of its file).
    pub const fn new(text: &'static str) -> PhraseList {
        PhraseList {
            text,
            phrases: OnceLock::new(),
        }
    }

    /// Each phrase's words, in file order.
    pub fn phrases(&self) -> &[Vec<&'static str>] {
        self.phrases.get_or_init(|| {
            lines(self.text)
                .map(|l| l.split_whitespace().collect())
                .collect()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::{PhraseList, WordList};

    #[test]
    fn phrases_are_their_words_in_file_order() {
        static PHRASES: PhraseList = PhraseList::new("# went on\nwent on\n\n  in  fact ,\nsay\n");
        assert_eq!(
            PHRASES.phrases(),
            [vec!["went", "on"], vec!["in", "fact", ","], vec!["say"]]
        );
    }

    static LIST: WordList = WordList::new("# a comment\nsaid\n  Warned \n\nsoft-spoken\n#said\n");

    #[test]
    fn entries_fold_ascii_case_only() {
        assert_eq!(
            LIST.entries().collect::<Vec<_>>(),
            ["said", "Warned", "soft-spoken"]
        );
        for yes in ["said", "SAID", "warned", "wArNeD", "Soft-Spoken"] {
            assert!(LIST.has(yes), "{yes}");
        }
        for no in [
            "",
            "# a comment",
            "#said",
            "sai",
            "saíd",
            "warned ",
            // The length and first letter of an entry, not an entry.
            "sand",
            "wander",
            &"x".repeat(60),
        ] {
            assert!(!LIST.has(no), "{no}");
        }
    }

    /// The set answers what a scan over the lines answers, for every word
    /// of the lists it serves and their neighbours.
    #[test]
    fn lookups_match_a_scan_of_the_lines() {
        let files = [
            list_text!("en/second_predicates"),
            list_text!("en/subordinators"),
            list_text!("en/collective_plurals"),
            list_text!("en/evidence_words"),
            list_text!("en/plain_cues"),
            list_text!("en/claim_nouns"),
        ];
        for text in files {
            let list = WordList::new(text);
            let scan = |w: &str| {
                text.lines()
                    .any(|l| !l.starts_with('#') && l.trim().eq_ignore_ascii_case(w))
            };
            for l in text.lines() {
                for w in l.split_whitespace() {
                    for probe in [
                        w.to_string(),
                        w.to_uppercase(),
                        format!("{w}s"),
                        w.chars().skip(1).collect(),
                    ] {
                        assert_eq!(list.has(&probe), scan(&probe), "{probe}");
                    }
                }
            }
        }
    }
}
