//! Building the article text from the chosen elements' text nodes.
//!
//! - Text nodes under different block elements are different paragraphs,
//!   joined by "\n\n"; so are two under the same block when a skipped block
//!   (an ad slot, a caption) sits between them.
//! - Inline text joins up: "Diaa " + `<a>`"Rashwan"`</a>` is "Diaa Rashwan".
//! - White space collapses as a browser does it: a run of it (across nodes
//!   too) is one space, none at a paragraph's start or end; inside `pre` it is
//!   kept. No-break spaces count as white space (the engine reads words).
//! - Soft hyphens, zero-width spaces and byte-order marks are dropped.
//! - Two text nodes of the same parent with no text between them were split
//!   by an element the content script does not send: `<br>` or an image, or
//!   a comment. When the first ends a sentence and the second starts one,
//!   they are taken as two paragraphs (`<br><br>` layouts); otherwise they
//!   join as they are.

use super::article::Selection;
use super::input::{PageInput, Tree, NONE};
use super::map::{PageText, Seg};

/// Builds the text of the selected elements, with its segments.
pub(crate) fn build(input: &PageInput, tree: &Tree, sel: &Selection) -> PageText {
    let mut b = Builder::default();
    let mut last: Option<(u32, u32)> = None; // (parent, block) of the last included node
    let mut skipped_block = false; // a skipped node in another block since then
    for (i, node) in input.nodes.iter().enumerate() {
        let p = tree.node_parent[i];
        if p == NONE {
            continue;
        }
        let block = sel.block_of[p as usize];
        if !sel.include[p as usize] {
            if let Some((_, lb)) = last {
                skipped_block |= block != lb;
            }
            continue;
        }
        if let Some((lp, lb)) = last {
            if block != lb || skipped_block || (lp == p && sentence_boundary(&b.text, &node.text)) {
                b.pending_break = true;
            }
        }
        last = Some((p, block));
        skipped_block = false;
        b.node(i, &node.text, sel.pre[p as usize]);
    }
    PageText::new(b.text, b.segs)
}

/// The previous output ends a sentence and `next` starts one.
fn sentence_boundary(prev: &str, next: &str) -> bool {
    let ends = prev
        .trim_end()
        .chars()
        .next_back()
        .is_some_and(|c| matches!(c, '.' | '!' | '?' | ':' | '"' | '”' | '’' | ')' | '…'));
    let starts = next.trim_start().chars().next().is_some_and(|c| {
        c.is_uppercase()
            || c.is_ascii_digit()
            || matches!(c, '"' | '“' | '‘' | '\'' | '«' | '—' | '–' | '-')
    });
    ends && starts
}

fn dropped(c: char) -> bool {
    matches!(c, '\u{ad}' | '\u{200b}' | '\u{feff}' | '\u{2060}')
}

#[derive(Default)]
struct Builder {
    text: String,
    out16: usize,
    segs: Vec<Seg>,
    /// UTF-16 offset just after the last sourced character of the last
    /// segment (for extending it).
    next16: usize,
    pending_break: bool,
    /// The first white-space character of a run not yet written.
    pending_ws: Option<(usize, usize)>,
}

impl Builder {
    fn node(&mut self, node: usize, text: &str, pre: bool) {
        let bytes = text.as_bytes();
        let mut off16 = 0;
        let mut at = 0; // byte offset of the next char in `text`
        while let Some(c) = text.get(at..).and_then(|rest| rest.chars().next()) {
            // A run of visible ASCII (no white space, nothing dropped): the
            // first character as any other, the rest appended at once, since
            // each would only extend the segment the one before it made.
            let run = bytes
                .get(at..)
                .unwrap_or_default()
                .iter()
                .take_while(|&&b| b > b' ' && b < 0x7F)
                .count();
            if run > 1 {
                self.emit(node, off16, c);
                let rest = text.get(at + 1..at + run).unwrap_or_default();
                self.text.push_str(rest);
                self.out16 += rest.len();
                self.next16 += rest.len();
                off16 += run;
                at += run;
                continue;
            }
            at += c.len_utf8();
            let here = off16;
            off16 += c.len_utf16();
            if dropped(c) || (pre && c == '\r') {
                continue;
            }
            if c.is_whitespace() && !(pre && !self.pending_break && !self.text.is_empty()) {
                if self.pending_ws.is_none() {
                    self.pending_ws = Some((node, here));
                }
                continue;
            }
            let c = if c.is_whitespace() && c != '\n' && c != '\t' {
                ' '
            } else {
                c
            };
            self.emit(node, here, c);
        }
    }

    fn emit(&mut self, node: usize, off16: usize, c: char) {
        if !self.text.is_empty() {
            if self.pending_break {
                self.segs.push(Seg {
                    out: self.text.len(),
                    out16: self.out16,
                    node: None,
                    off16: 0,
                });
                self.text.push_str("\n\n");
                self.out16 += 2;
            } else if let Some((n, o)) = self.pending_ws {
                self.push(n, o, ' ');
            }
        }
        self.pending_break = false;
        self.pending_ws = None;
        self.push(node, off16, c);
    }

    fn push(&mut self, node: usize, off16: usize, c: char) {
        let extends = self
            .segs
            .last()
            .is_some_and(|s| s.node == Some(node) && self.next16 == off16);
        if !extends {
            self.segs.push(Seg {
                out: self.text.len(),
                out16: self.out16,
                node: Some(node),
                off16,
            });
        }
        self.text.push(c);
        self.out16 += c.len_utf16();
        self.next16 = off16 + c.len_utf16();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A selection that includes everything, blocks from the tags.
    fn build_all(elements: &[(i64, &str)], nodes: &[(i64, &str)]) -> PageText {
        let elements: Vec<(i64, &str, &str)> = elements.iter().map(|&(p, t)| (p, t, "")).collect();
        let input = PageInput::from_tuples(&elements, nodes);
        let tree = Tree::new(&input);
        let n = tree.len();
        let mut block_of = vec![NONE; n];
        let mut pre = vec![false; n];
        for e in 0..n {
            let p = tree.parent[e];
            let pb = if p == NONE {
                NONE
            } else {
                block_of[p as usize]
            };
            block_of[e] = if tree.has(e, crate::page::input::BLOCK) {
                e as u32
            } else {
                pb
            };
            pre[e] = (p != NONE && pre[p as usize]) || tree.has(e, crate::page::input::PRE);
        }
        let sel = Selection {
            root: Some(0),
            include: vec![true; n],
            block_of,
            pre,
        };
        build(&input, &tree, &sel)
    }

    #[test]
    fn inline_text_joins_and_blocks_break() {
        let t = build_all(
            &[(-1, "div"), (0, "p"), (1, "a"), (0, "p"), (3, "em")],
            &[
                (1, "  Diaa "),
                (2, "Rashwan"),
                (1, " said.\n"),
                (3, "\n  It was "),
                (4, "late"),
                (3, ".  "),
            ],
        );
        assert_eq!(t.text, "Diaa Rashwan said.\n\nIt was late.");
    }

    #[test]
    fn whitespace_collapses_across_nodes() {
        let t = build_all(
            &[(-1, "p"), (0, "span")],
            &[
                (0, "a \t\n b   "),
                (1, "  c\u{a0}\u{a0}d"),
                (0, "\u{ad}e\u{200b}f"),
            ],
        );
        assert_eq!(t.text, "a b c def");
        // "c" comes from node 1 at offset 2; the space before it from node 0.
        let c = t.text.find('c').unwrap();
        let seg = t.segments().iter().rev().find(|s| s.out <= c).unwrap();
        assert_eq!((seg.node, seg.off16 + (c - seg.out)), (Some(1), 2));
    }

    #[test]
    fn br_separated_sentences_become_paragraphs() {
        let t = build_all(
            &[(-1, "div"), (0, "b")],
            &[
                (0, "First paragraph ends."),
                (0, "Second one starts"),
                (0, " and goes on"),
                (1, "!"),
            ],
        );
        assert_eq!(
            t.text,
            "First paragraph ends.\n\nSecond one starts and goes on!"
        );
    }

    #[test]
    fn react_style_split_text_joins() {
        let t = build_all(&[(-1, "p")], &[(0, "Posted "), (0, "3"), (0, " hours ago")]);
        assert_eq!(t.text, "Posted 3 hours ago");
    }

    #[test]
    fn pre_keeps_its_lines() {
        let t = build_all(
            &[(-1, "div"), (0, "pre")],
            &[(1, "  line one\r\n  line two")],
        );
        assert_eq!(t.text, "line one\n  line two");
    }

    #[test]
    fn utf16_positions_are_tracked() {
        let t = build_all(&[(-1, "p")], &[(0, "😀  é x")]);
        assert_eq!(t.text, "😀 é x");
        let segs = t.segments();
        assert_eq!(
            segs[0],
            Seg {
                out: 0,
                out16: 0,
                node: Some(0),
                off16: 0
            }
        );
        // "😀 " extends seg 0; "é" starts a new one at UTF-16 offset 4 (two spaces).
        assert_eq!(segs[1].off16, 4);
        assert_eq!(segs[1].out16, 3);
    }
}
