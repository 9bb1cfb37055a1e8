//! Byte spans and their conversion to other offset units.
//!
//! Everything inside the engine is a byte range into the article text. The
//! edges convert: the CLI to Unicode code points (the scorer's unit), the
//! Wasm module to UTF-16 code units (JavaScript's).

use serde::{Deserialize, Serialize};

/// A half-open byte range `[start, end)` into a text. Both ends always sit on
/// `char` boundaries of the text it was made for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// The text this span covers, or `""` when it does not fit `text`.
    pub fn of<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }

    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The smallest span covering both.
    pub fn cover(&self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// This span with white space and the given edge characters removed from
    /// both ends.
    pub fn trim(&self, text: &str, edge: impl Fn(char) -> bool) -> Span {
        let s = self.of(text);
        let lead = s.len()
            - s.trim_start_matches(|c: char| c.is_whitespace() || edge(c))
                .len();
        let rest = &s[lead..];
        let kept = rest
            .trim_end_matches(|c: char| c.is_whitespace() || edge(c))
            .len();
        Span::new(self.start + lead, self.start + lead + kept)
    }
}

/// Converts byte offsets of one text to code-point and UTF-16 offsets.
///
/// Built once per text in O(n); each lookup is a binary search over the
/// text's non-ASCII characters only, so ASCII-heavy news costs almost nothing.
///
/// ```
/// use whosaid::span::OffsetMap;
/// let text = "“Hi,” he said. 😀 ok";
/// let map = OffsetMap::new(text);
/// let said = text.find("said").unwrap();
/// assert_eq!(map.to_char(said), text[..said].chars().count());
/// let ok = text.find("ok").unwrap();
/// assert_eq!(map.to_utf16(ok), text[..ok].encode_utf16().count());
/// ```
#[derive(Clone, Debug)]
pub struct OffsetMap {
    /// For each non-ASCII char: (byte offset just after it, extra bytes so far
    /// beyond one per char, extra UTF-16 units so far beyond one per char).
    marks: Vec<(usize, usize, usize)>,
    len: usize,
}

impl OffsetMap {
    pub fn new(text: &str) -> Self {
        let mut marks = Vec::new();
        let (mut extra_bytes, mut extra_units) = (0usize, 0usize);
        for (i, c) in text.char_indices() {
            let n = c.len_utf8();
            if n > 1 {
                extra_bytes += n - 1;
                extra_units += c.len_utf16() - 1;
                marks.push((i + n, extra_bytes, extra_units));
            }
        }
        OffsetMap {
            marks,
            len: text.len(),
        }
    }

    fn extras(&self, byte: usize) -> (usize, usize) {
        let byte = byte.min(self.len);
        let k = self.marks.partition_point(|m| m.0 <= byte);
        if k == 0 {
            (0, 0)
        } else {
            (self.marks[k - 1].1, self.marks[k - 1].2)
        }
    }

    /// Code-point offset of a byte offset (which must be a char boundary).
    pub fn to_char(&self, byte: usize) -> usize {
        let byte = byte.min(self.len);
        byte - self.extras(byte).0
    }

    /// UTF-16 offset of a byte offset (which must be a char boundary).
    pub fn to_utf16(&self, byte: usize) -> usize {
        let byte = byte.min(self.len);
        let (extra_bytes, extra_units) = self.extras(byte);
        byte - extra_bytes + extra_units
    }

    pub fn span_to_chars(&self, s: Span) -> [usize; 2] {
        [self.to_char(s.start), self.to_char(s.end)]
    }

    pub fn span_to_utf16(&self, s: Span) -> [usize; 2] {
        [self.to_utf16(s.start), self.to_utf16(s.end)]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_match_std_counts() {
        let text = "a “b” ‘c’ é 😀 d\u{301} x";
        let map = OffsetMap::new(text);
        for (i, _) in text.char_indices().chain([(text.len(), ' ')]) {
            assert_eq!(map.to_char(i), text[..i].chars().count(), "char at {i}");
            assert_eq!(
                map.to_utf16(i),
                text[..i].encode_utf16().count(),
                "utf16 at {i}"
            );
        }
    }

    #[test]
    fn trim_drops_marks_and_space() {
        let text = "  “hello”, ";
        let s = Span::new(0, text.len()).trim(text, |c| "“”,".contains(c));
        assert_eq!(s.of(text), "hello");
    }
}
