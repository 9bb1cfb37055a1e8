//! Where each byte of the built article text came from, and byte spans
//! mapped back to text-node ranges.
//!
//! The built text is a sequence of segments. A sourced segment is a run of
//! output characters copied from one text node, in order, each output
//! character taking exactly as many UTF-16 units as the source character it
//! stands for (a collapsed run of white space becomes one space standing for
//! the run's first character; every white-space character is one unit). So a
//! position inside a segment maps to `node offset = segment offset + (UTF-16
//! position in the built text − segment's UTF-16 start)`. An unsourced
//! segment is a paragraph break the builder inserted ("\n\n").

use serde::{Deserialize, Serialize};

use crate::span::{OffsetMap, Span};

/// A range of the page's text: `[startNode:startOffset, endNode:endOffset)`,
/// node indices into the input's `nodes`, offsets in UTF-16 units of those
/// nodes' text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct NodeRange {
    pub start_node: usize,
    pub start_offset: usize,
    pub end_node: usize,
    pub end_offset: usize,
}

impl NodeRange {
    /// Why this range is not a valid range of `input`'s text nodes, if it is
    /// not: nodes out of range, offsets past their node's end or inside a
    /// surrogate pair, an empty or reversed range. The tests and the fuzz
    /// targets assert it is `None` for every range the page path returns.
    pub fn problem(&self, input: &super::PageInput) -> Option<String> {
        let r = self;
        let n = input.nodes.len();
        if r.start_node >= n || r.end_node >= n {
            return Some(format!("{r:?}: node out of range ({n} nodes)"));
        }
        // Is UTF-16 offset `off` a character boundary of node `i`'s text?
        let boundary = |i: usize, off: usize| {
            let mut at = 0;
            for c in input.nodes[i].text.chars() {
                if at >= off {
                    break;
                }
                at += c.len_utf16();
            }
            at == off
        };
        if !boundary(r.start_node, r.start_offset) {
            return Some(format!(
                "{r:?}: start past its node or inside a surrogate pair"
            ));
        }
        if !boundary(r.end_node, r.end_offset) {
            return Some(format!(
                "{r:?}: end past its node or inside a surrogate pair"
            ));
        }
        if (r.start_node, r.start_offset) >= (r.end_node, r.end_offset) {
            return Some(format!("{r:?}: empty or reversed"));
        }
        None
    }
}

/// A segment of the built text: from byte `out` (UTF-16 unit `out16`) up to
/// the next segment's start.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Seg {
    pub out: usize,
    pub out16: usize,
    /// The source text node, or `None` for an inserted paragraph break.
    pub node: Option<usize>,
    /// UTF-16 offset in the node's text of the segment's first character.
    pub off16: usize,
}

/// The article text with its provenance.
#[derive(Clone, Debug)]
pub struct PageText {
    pub text: String,
    segs: Vec<Seg>,
    units: OffsetMap,
}

impl PageText {
    /// `segs` must start at byte 0 (unless the text is empty), be sorted by
    /// `out`, and have UTF-16 starts consistent with `text`.
    pub fn new(text: String, segs: Vec<Seg>) -> PageText {
        let units = OffsetMap::new(&text);
        PageText { text, segs, units }
    }

    pub fn segments(&self) -> &[Seg] {
        &self.segs
    }

    /// Length of the text in UTF-16 units.
    pub fn len_utf16(&self) -> usize {
        self.units.to_utf16(self.text.len())
    }

    fn point(&self, k: usize, byte: usize) -> Option<(usize, usize)> {
        let s = self.segs[k];
        let node = s.node?;
        let delta = self.units.to_utf16(byte).saturating_sub(s.out16);
        Some((node, s.off16 + delta))
    }

    fn seg_end(&self, k: usize) -> usize {
        self.segs.get(k + 1).map_or(self.text.len(), |s| s.out)
    }

    /// The node and UTF-16 offset of the character starting at `byte` (or
    /// of the first sourced character after it), with that character's byte.
    fn start_of(&self, byte: usize) -> Option<(usize, (usize, usize))> {
        if byte >= self.text.len() {
            return None;
        }
        let k = self
            .segs
            .partition_point(|s| s.out <= byte)
            .checked_sub(1)?;
        (k..self.segs.len())
            .find(|&j| self.segs[j].node.is_some())
            .and_then(|j| {
                let at = byte.max(self.segs[j].out);
                Some((at, self.point(j, at)?))
            })
    }

    /// The node and UTF-16 offset just after the character ending at `byte`
    /// (or after the last sourced character before it), with that byte.
    fn end_of(&self, byte: usize) -> Option<(usize, (usize, usize))> {
        if byte == 0 {
            return None;
        }
        let k = self.segs.partition_point(|s| s.out < byte).checked_sub(1)?;
        (0..=k)
            .rev()
            .find(|&j| self.segs[j].node.is_some())
            .and_then(|j| {
                let at = byte.min(self.seg_end(j));
                Some((at, self.point(j, at)?))
            })
    }

    /// The node range of a byte span of the text, or `None` when it covers
    /// no sourced character (empty, out of the text, or only a paragraph
    /// break). Ends off a char boundary are widened to the enclosing
    /// characters; ends past the text are clamped.
    pub fn range(&self, span: Span) -> Option<NodeRange> {
        let len = self.text.len();
        let mut start = span.start.min(len);
        while !self.text.is_char_boundary(start) {
            start -= 1;
        }
        let mut end = span.end.min(len);
        while !self.text.is_char_boundary(end) {
            end += 1;
        }
        if start >= end {
            return None;
        }
        let (s, (start_node, start_offset)) = self.start_of(start)?;
        let (e, (end_node, end_offset)) = self.end_of(end)?;
        if s >= e {
            return None;
        }
        Some(NodeRange {
            start_node,
            start_offset,
            end_node,
            end_offset,
        })
    }

    /// Drops everything from byte `cut` on (a char boundary).
    pub(crate) fn truncate(&mut self, cut: usize) {
        if cut >= self.text.len() {
            return;
        }
        let mut cut = cut;
        while !self.text.is_char_boundary(cut) {
            cut -= 1;
        }
        self.text.truncate(cut);
        self.segs.retain(|s| s.out < cut);
        self.units = OffsetMap::new(&self.text);
    }
}

#[cfg(test)]
mod problem_tests {
    use super::NodeRange;
    use crate::page::PageInput;

    #[test]
    fn problems_are_named() {
        let input = PageInput::from_tuples(&[(-1, "p", "")], &[(0, "a😀b")]);
        let r = |a, b, c, d| NodeRange {
            start_node: a,
            start_offset: b,
            end_node: c,
            end_offset: d,
        };
        assert_eq!(r(0, 0, 0, 4).problem(&input), None);
        assert!(r(0, 0, 1, 0)
            .problem(&input)
            .unwrap()
            .contains("out of range"));
        assert!(r(0, 2, 0, 4).problem(&input).unwrap().contains("surrogate"));
        assert!(r(0, 0, 0, 5)
            .problem(&input)
            .unwrap()
            .contains("past its node"));
        assert!(r(0, 3, 0, 1).problem(&input).unwrap().contains("reversed"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// "Diaa Rashwan\n\nsaid 😀 é." from nodes 0 "Diaa ", 1 "Rashwan",
    /// 2 "  said 😀 é."
    fn sample() -> PageText {
        let text = "Diaa Rashwan\n\nsaid 😀 é.".to_string();
        let segs = vec![
            Seg {
                out: 0,
                out16: 0,
                node: Some(0),
                off16: 0,
            },
            Seg {
                out: 5,
                out16: 5,
                node: Some(1),
                off16: 0,
            },
            Seg {
                out: 12,
                out16: 12,
                node: None,
                off16: 0,
            },
            Seg {
                out: 14,
                out16: 14,
                node: Some(2),
                off16: 2,
            },
        ];
        PageText::new(text, segs)
    }

    fn span_of(t: &PageText, s: &str) -> Span {
        let i = t.text.find(s).unwrap();
        Span::new(i, i + s.len())
    }

    fn r(a: usize, b: usize, c: usize, d: usize) -> NodeRange {
        NodeRange {
            start_node: a,
            start_offset: b,
            end_node: c,
            end_offset: d,
        }
    }

    #[test]
    fn a_name_split_across_a_link() {
        let t = sample();
        assert_eq!(t.range(span_of(&t, "Diaa Rashwan")), Some(r(0, 0, 1, 7)));
        assert_eq!(t.range(span_of(&t, "Rashwan")), Some(r(1, 0, 1, 7)));
        assert_eq!(t.range(span_of(&t, "Diaa ")), Some(r(0, 0, 0, 5)));
    }

    #[test]
    fn breaks_are_skipped_at_both_ends() {
        let t = sample();
        assert_eq!(t.range(span_of(&t, "Rashwan\n\nsaid")), Some(r(1, 0, 2, 6)));
        assert_eq!(t.range(span_of(&t, "\n\nsaid")), Some(r(2, 2, 2, 6)));
        assert_eq!(t.range(span_of(&t, "Rashwan\n\n")), Some(r(1, 0, 1, 7)));
        assert_eq!(t.range(span_of(&t, "\n\n")), None);
        assert_eq!(t.range(Span::new(13, 14)), None);
    }

    #[test]
    fn utf16_offsets_after_astral_characters() {
        let t = sample();
        // node 2 is "  said 😀 é.": "said" at 2, 😀 at 7..9, é at 10.
        assert_eq!(t.range(span_of(&t, "😀")), Some(r(2, 7, 2, 9)));
        assert_eq!(t.range(span_of(&t, "é.")), Some(r(2, 10, 2, 12)));
    }

    #[test]
    fn bad_spans_do_not_panic() {
        let t = sample();
        let emoji = t.text.find('😀').unwrap();
        // Inside the emoji: widened to the whole character.
        assert_eq!(
            t.range(Span::new(emoji + 1, emoji + 2)),
            Some(r(2, 7, 2, 9))
        );
        assert_eq!(t.range(Span::new(5, 3)), None);
        assert_eq!(t.range(Span::new(900, 1000)), None);
        assert_eq!(t.range(Span::new(0, usize::MAX)), Some(r(0, 0, 2, 12)));
        let empty = PageText::new(String::new(), vec![]);
        assert_eq!(empty.range(Span::new(0, 3)), None);
    }

    #[test]
    fn truncate_keeps_segments_consistent() {
        let mut t = sample();
        t.truncate(14);
        assert_eq!(t.text, "Diaa Rashwan\n\n");
        assert_eq!(t.segments().len(), 3);
        assert_eq!(t.range(Span::new(0, 14)), Some(r(0, 0, 1, 7)));
        assert_eq!(t.len_utf16(), 14);
    }
}
