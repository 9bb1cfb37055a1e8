//! [`detect_doc`]: the detector reading a text's tokens (the CLI's and the
//! page's default path, which cuts the text into tokens once for both the
//! detector and the engine), its ASCII words eight bytes at a time.

use super::{Count, Detection, HIGH, LOW, MAX_WORDS, SPREAD};
use crate::text::{Doc, Tok};

/// [`detect`] of `doc.text`, from its tokens: the same words and the same
/// answer, without a second pass over the text's spaces and marks. Every
/// letter of a text is in one of its words or possessives, and a run of
/// letters never crosses a token's edge (a token ends before a non-letter),
/// so the letter runs of these tokens are the text's; a token of digits or
/// marks has none.
pub fn detect_doc(doc: &Doc) -> Detection {
    let mut count = Count::new(doc.text);
    let (bytes, t) = (doc.text.as_bytes(), count.table);
    let (mut lanes, mut words) = (0u128, 0usize);
    for tok in &doc.tokens {
        if words >= MAX_WORDS {
            break;
        }
        let (a, b) = (tok.span.start, tok.span.end);
        match tok.kind {
            Tok::Word => {}
            // "’s": its one letter is the word "s".
            Tok::Poss => {
                words += 1;
                lanes += SPREAD[usize::from(t.short.get(u64::from(b's')))];
                continue;
            }
            _ => continue,
        }
        // The commonest token, ASCII letters only, is one word (its end is
        // the token's: no letter follows a token), of up to eight its own
        // key; a longer one is looked up only if a list has its length.
        match ascii_letters(bytes, a, b) {
            Letters::Short(key) => {
                words += 1;
                lanes += SPREAD[usize::from(t.short.get(key))];
                continue;
            }
            Letters::Long(len, lower) => {
                words += 1;
                if t.long_lens & 1 << len.min(31) != 0 {
                    let mut w = [0u8; 16];
                    w[..8].copy_from_slice(&lower[0].to_le_bytes());
                    w[8..].copy_from_slice(&lower[1].to_le_bytes());
                    lanes += SPREAD[usize::from(t.get(&w[..len]))];
                }
                continue;
            }
            Letters::Other => {}
        }
        count.lanes = lanes;
        count.words = words;
        count.words_in(a, b);
        (lanes, words) = (count.lanes, count.words);
    }
    count.lanes = lanes;
    count.words = words;
    count.done()
}

/// What a token's bytes are, for [`detect_doc`].
enum Letters {
    /// One to eight ASCII letters: their [`short_key`], lowercased.
    Short(u64),
    /// Nine to sixteen ASCII letters, this many, lowercased (the bytes
    /// past them set).
    Long(usize, [u64; 2]),
    /// Anything else (or fewer than sixteen bytes left to read).
    Other,
}

/// Each byte of `x` lowercased by its 0x20 bit, and the high bit of each
/// byte that is an ASCII letter. With the 0x20 bit set, ASCII letters are
/// 'a'..='z'; no byte carries into the next in the two adds.
#[inline]
fn letters8(x: u64) -> (u64, u64) {
    let lower = (x & !HIGH) | (LOW * 0x20);
    let in_az = lower.wrapping_add(LOW * u64::from(0x80 - b'a'))
        & !lower.wrapping_add(LOW * u64::from(0x7F - b'z'))
        & !x
        & HIGH;
    (lower, in_az)
}

/// Which of [`Letters`] `bytes[a..b]` is.
#[inline]
fn ascii_letters(bytes: &[u8], a: usize, b: usize) -> Letters {
    let len = b.wrapping_sub(a);
    let Some(chunk) = bytes.get(a..a.wrapping_add(8)) else {
        return Letters::Other;
    };
    let mut w = [0u8; 8];
    w.copy_from_slice(chunk);
    let (lower, in_az) = letters8(u64::from_le_bytes(w));
    if len.wrapping_sub(1) < 8 {
        let keep = u64::MAX >> (64 - 8 * len);
        return if in_az & keep == HIGH & keep {
            Letters::Short(lower & keep)
        } else {
            Letters::Other
        };
    }
    long_letters(bytes, a, len, (lower, in_az))
}

/// [`ascii_letters`] of a token longer than eight bytes (its first eight
/// as [`letters8`] reads them).
#[inline(never)]
fn long_letters(bytes: &[u8], a: usize, len: usize, (lower0, in_az): (u64, u64)) -> Letters {
    let Some(chunk) = bytes.get(a.wrapping_add(8)..a.wrapping_add(16)) else {
        return Letters::Other;
    };
    if !(9..=16).contains(&len) || in_az != HIGH {
        return Letters::Other;
    }
    let mut w = [0u8; 8];
    w.copy_from_slice(chunk);
    let (lower1, in_az) = letters8(u64::from_le_bytes(w));
    let keep = u64::MAX >> (64 - 8 * (len - 8));
    if in_az & keep == HIGH & keep {
        Letters::Long(len, [lower0, lower1])
    } else {
        Letters::Other
    }
}
