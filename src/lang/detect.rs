//! Which language a text is in, from the frequencies of its function words.
//!
//! Each language has a list of its most frequent closed-class words
//! (`src/lang/detect/*.txt`). The detector reads the text's first
//! [`MAX_WORDS`] words, counts for every language how many are on its list,
//! and takes the language with the most. The answer is *confident* when the
//! winner has at least [`MIN_MARGIN`] more function words than the
//! runner-up; below that a caller uses its hint (or English) and says the
//! language was not detected.
//!
//! Words shared between languages ("in", "die", "de") count for each; the
//! words only one language has decide. Linear in the text, and bounded: the
//! scan stops after [`MAX_WORDS`] words, so the cost per article is capped.

use std::sync::OnceLock;

use crate::lexicon::{list_text, FastMap};

/// The languages the detector knows, with their word lists. Adding one is
/// a line here and a file beside the others.
const LISTS: &[([u8; 2], &str)] = &[
    (*b"en", list_text!("detect/en")),
    (*b"de", list_text!("detect/de")),
    (*b"fr", list_text!("detect/fr")),
    (*b"es", list_text!("detect/es")),
    (*b"pt", list_text!("detect/pt")),
    (*b"it", list_text!("detect/it")),
    (*b"nl", list_text!("detect/nl")),
];

/// Words read at most: enough for every article, and a cap on the cost.
pub const MAX_WORDS: usize = 2000;

/// How many more function words the winner needs than the runner-up for a
/// confident answer. Measured (`examples/detect_margin.rs`) on every English
/// and German gold article (seed, written-dev, PolNeAR train/dev, German
/// train/dev) cut to its first 3, 4, … 79 words, about 140,000 cuts: at a
/// margin of 0, 44% of the answers are wrong; at 1, 9%; at 2, 1.5%; at 3,
/// 0.3%; from 4 on none. In words: from 50 words on every cut's winner is
/// right; at 40–49 words 4 in 18,000 are wrong, at 20–29 words 3 in 1,000.
pub const MIN_MARGIN: usize = 4;

/// What the detector found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Detection {
    /// The language with the most function words, or `None` when the text
    /// has none of any list.
    pub code: Option<[u8; 2]>,
    /// Whether the answer is sure enough to override a caller's hint.
    pub confident: bool,
    /// Function words of the winner, and words read.
    pub hits: usize,
    pub words: usize,
    /// Function words of the runner-up language.
    pub runner_up: usize,
}

/// Each listed word (lowercase) with the languages it marks: a word of at
/// most eight bytes by its bytes as one number ([`short_key`]), a longer one
/// by its bytes.
struct Table {
    short: Short,
    long: FastMap<Box<[u8]>, u8>,
    /// Bit `n` set: a long word of `n` bytes is listed (bit 31 for any
    /// longer); an ASCII word of another length is in no list.
    long_lens: u32,
}

/// The words of up to eight bytes by their keys, in open addressing at most
/// a third full: a lookup is a multiply and, nearly always, one or two
/// compares (key 0, which no word has, marks an empty slot). The keys apart
/// from their masks: the probe reads 16 KB, not 64.
struct Short {
    keys: Vec<u64>,
    masks: Vec<u8>,
    shift: u32,
}

impl Short {
    fn new(words: &FastMap<u64, u8>) -> Short {
        let size = (words.len() * 3).next_power_of_two().max(16);
        let mut short = Short {
            keys: vec![0; size],
            masks: vec![0; size],
            shift: 64 - size.trailing_zeros(),
        };
        // In key order: the table is the same from build to build.
        let mut sorted: Vec<(u64, u8)> = words.iter().map(|(&k, &m)| (k, m)).collect();
        sorted.sort_unstable();
        for (key, mask) in sorted {
            let mut i = short.place(key);
            while short.keys[i] != 0 {
                i = (i + 1) & (size - 1);
            }
            short.keys[i] = key;
            short.masks[i] = mask;
        }
        short
    }

    /// Where `key` starts probing (Fibonacci hashing: the product's top bits).
    #[inline]
    fn place(&self, key: u64) -> usize {
        (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize
    }

    #[inline]
    fn get(&self, key: u64) -> u8 {
        let mask = self.keys.len().wrapping_sub(1);
        let mut i = self.place(key);
        for _ in 0..self.keys.len() {
            match self.keys.get(i) {
                Some(&k) if k == key => return self.masks.get(i).copied().unwrap_or(0),
                Some(&k) if k != 0 => i = (i + 1) & mask,
                _ => return 0,
            }
        }
        0
    }
}

/// A word of one to eight bytes as a number, zero-padded: no letter is a
/// zero byte, so two words have the same key only if they are the same.
fn short_key(word: &[u8]) -> u64 {
    let mut b = [0u8; 8];
    b.iter_mut().zip(word).for_each(|(k, &w)| *k = w);
    u64::from_le_bytes(b)
}

impl Table {
    fn get(&self, word: &[u8]) -> u8 {
        if word.len() <= 8 {
            self.short.get(short_key(word))
        } else {
            self.long.get(word).copied().unwrap_or(0)
        }
    }
}

fn table() -> &'static Table {
    static T: OnceLock<Table> = OnceLock::new();
    T.get_or_init(|| {
        let mut short: FastMap<u64, u8> = FastMap::default();
        let mut long: FastMap<Box<[u8]>, u8> = FastMap::default();
        for (i, (_, list)) in LISTS.iter().enumerate() {
            for line in list.lines() {
                let line = line.split('#').next().unwrap_or("");
                for w in line.split_whitespace() {
                    let w = w.to_lowercase().into_bytes();
                    let mask = if w.len() <= 8 {
                        short.entry(short_key(&w)).or_insert(0)
                    } else {
                        long.entry(w.into()).or_insert(0)
                    };
                    *mask |= 1 << i;
                }
            }
        }
        let long_lens = long.keys().fold(0u32, |m, w| m | 1 << w.len().min(31));
        Table {
            short: Short::new(&short),
            long,
            long_lens,
        }
    })
}

/// The letters of `detect/letters.txt`, each with the languages it marks.
fn letters() -> &'static [(char, u8)] {
    static L: OnceLock<Vec<(char, u8)>> = OnceLock::new();
    L.get_or_init(|| {
        let mut out: Vec<(char, u8)> = Vec::new();
        for line in list_text!("detect/letters").lines() {
            let line = line.split('#').next().unwrap_or("");
            let Some((code, chars)) = line.split_once(':') else {
                continue;
            };
            let Some(i) = LISTS.iter().position(|(c, _)| c == code.trim().as_bytes()) else {
                continue;
            };
            for c in chars.split_whitespace().filter_map(|w| w.chars().next()) {
                match out.iter_mut().find(|(k, _)| *k == c) {
                    Some((_, m)) => *m |= 1 << i,
                    None => out.push((c, 1 << i)),
                }
            }
        }
        out
    })
}

/// Longest word kept for the lookup: a letter starts only below 24 bytes,
/// and one letter's lowercase is at most three chars of four bytes.
const WORD_BUF: usize = 24 + 12;

/// The char at byte `i` of `text` (`i` on a char boundary, below its end).
fn char_at(text: &str, i: usize) -> char {
    text.get(i..).and_then(|s| s.chars().next()).unwrap_or('\0')
}

/// Is the char at byte `i` a letter, and its length in bytes. ASCII is read
/// without decoding.
#[inline]
fn letter_at(text: &str, i: usize) -> Option<(bool, usize)> {
    let b = *text.as_bytes().get(i)?;
    if b < 0x80 {
        return Some((b.is_ascii_alphabetic(), 1));
    }
    let c = char_at(text, i);
    Some((c.is_alphabetic(), c.len_utf8()))
}

/// Each language's count in a 16-bit lane of one number (a count never
/// passes [`MAX_WORDS`]), so that a word adds its languages with one add:
/// `SPREAD[mask]` has a 1 in the lane of each language `mask` marks.
static SPREAD: [u128; 256] = {
    let mut t = [0u128; 256];
    let mut m = 0;
    while m < 256 {
        let mut i = 0;
        while i < LISTS.len() {
            t[m] |= ((m as u128 >> i) & 1) << (16 * i);
            i += 1;
        }
        m += 1;
    }
    t
};

const _: () = assert!(LISTS.len() <= 8 && MAX_WORDS < 1 << 16);

const LOW: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = LOW * 0x80;

/// The word `bytes` starts with, lowercased, as its [`short_key`], and its
/// length, when it is one to seven ASCII letters followed by an ASCII byte
/// that is not one (and eight bytes are there to read); `None` for any
/// other word, which the byte loop reads.
#[inline]
fn short_ascii_word(bytes: &[u8]) -> Option<(u64, usize)> {
    let chunk: [u8; 8] = bytes.get(..8)?.try_into().ok()?;
    let x = u64::from_le_bytes(chunk);
    // Each byte's low seven bits with the 0x20 bit set: ASCII letters
    // become 'a'..='z'; no byte carries into the next in the two adds.
    let lower = (x & !HIGH) | (LOW * 0x20);
    let in_az = lower.wrapping_add(LOW * u64::from(0x80 - b'a'))
        & !lower.wrapping_add(LOW * u64::from(0x7F - b'z'))
        & !x
        & HIGH;
    let run = (!in_az & HIGH).trailing_zeros() as usize / 8;
    // The byte after the run must be ASCII: past it a letter could go on.
    if run == 0 || run == 8 || chunk[run] >= 0x80 {
        return None;
    }
    Some((lower & (u64::MAX >> (64 - 8 * run)), run))
}

/// The language of `text` by its function words (see the module's doc).
pub fn detect(text: &str) -> Detection {
    let mut count = Count::new(text);
    count.words_in(0, text.len());
    count.done()
}

/// The detector's running count over a text: each language's function
/// words ([`SPREAD`]'s lanes) and the words read.
struct Count<'t> {
    text: &'t str,
    table: &'static Table,
    letters: &'static [(char, u8)],
    lanes: u128,
    words: usize,
}

impl<'t> Count<'t> {
    fn new(text: &'t str) -> Count<'t> {
        Count {
            text,
            table: table(),
            letters: letters(),
            lanes: 0,
            words: 0,
        }
    }

    /// Counts the words (runs of letters) that start in bytes `from..to`
    /// of the text, up to [`MAX_WORDS`] in all. A run is read to its end,
    /// past `to` if it goes on (the tokens' never do).
    #[inline(never)]
    fn words_in(&mut self, from: usize, to: usize) {
        let (text, t) = (self.text, self.table);
        let bytes = text.as_bytes();
        // The word, lowercased, its first 24 bytes' letters: in place, no
        // allocation, ASCII a byte at a time.
        let mut buf = [0u8; WORD_BUF];
        let mut i = from;
        while self.words < MAX_WORDS {
            // Skip to the next letter, then read the run of letters.
            while i < to {
                match letter_at(text, i) {
                    Some((false, n)) => i += n,
                    _ => break,
                }
            }
            if i >= to {
                break;
            }
            // The commonest word, up to seven ASCII letters and then an ASCII
            // non-letter, is its own key: eight bytes read as one number.
            if let Some((key, run)) = short_ascii_word(bytes.get(i..).unwrap_or_default()) {
                self.words += 1;
                i += run;
                self.lanes += SPREAD[usize::from(t.short.get(key))];
                continue;
            }
            let mut len = 0;
            let mut ascii = true;
            loop {
                // ASCII letters: a byte each, lowercased by their 0x20 bit.
                while let Some(&b) = bytes.get(i) {
                    if !b.is_ascii_alphabetic() {
                        break;
                    }
                    if len < 24 {
                        buf[len] = b | 0x20;
                        len += 1;
                    }
                    i += 1;
                }
                if bytes.get(i).is_none_or(|&b| b < 0x80) {
                    break;
                }
                let c = char_at(text, i);
                if !c.is_alphabetic() {
                    break;
                }
                if len < 24 {
                    for l in c.to_lowercase() {
                        ascii &= l.is_ascii();
                        len += l.encode_utf8(&mut buf[len..]).len();
                    }
                }
                i += c.len_utf8();
            }
            if len == 0 {
                break;
            }
            self.words += 1;
            let word = &buf[..len];
            let mut mask = t.get(word);
            if !ascii {
                // Whole chars, each encoded whole: always UTF-8.
                let word = std::str::from_utf8(word).unwrap_or("");
                for c in word.chars().filter(|c| !c.is_ascii()) {
                    if let Some((_, m)) = self.letters.iter().find(|(k, _)| *k == c) {
                        mask |= m;
                    }
                }
            }
            self.lanes += SPREAD[usize::from(mask)];
        }
    }

    fn done(&self) -> Detection {
        let lanes = self.lanes;
        let counts: [usize; LISTS.len()] =
            std::array::from_fn(|i| usize::from((lanes >> (16 * i)) as u16));
        decide(counts, self.words)
    }
}

/// The detection from each language's count of words over `words` words: the
/// language with the most, confident by a margin of `MIN_MARGIN` over the
/// runner-up.
fn decide(counts: [usize; LISTS.len()], words: usize) -> Detection {
    let mut best = 0;
    for i in 1..counts.len() {
        if counts[i] > counts[best] {
            best = i;
        }
    }
    let hits = counts[best];
    let runner_up = counts
        .iter()
        .enumerate()
        .filter(|&(i, _)| i != best)
        .map(|(_, &n)| n)
        .max()
        .unwrap_or(0);
    Detection {
        code: (hits > 0).then_some(LISTS[best].0),
        confident: hits >= runner_up + MIN_MARGIN,
        hits,
        words,
        runner_up,
    }
}

/// The English name of a language the detector knows ("French" for `fr`),
/// for the note a reader sees; the code itself for any other.
pub fn name(code: [u8; 2]) -> String {
    match &code {
        b"en" => "English".into(),
        b"de" => "German".into(),
        b"fr" => "French".into(),
        b"es" => "Spanish".into(),
        b"pt" => "Portuguese".into(),
        b"it" => "Italian".into(),
        b"nl" => "Dutch".into(),
        _ => String::from_utf8_lossy(&code).into_owned(),
    }
}

mod doc;
#[cfg(test)]
mod tests;

pub use doc::detect_doc;
