//! The page path: choosing the article among a page's text nodes, building
//! its text, mapping spans back to nodes.
//!
//! IO-free and JavaScript-free: [`analyze_page`] takes the `analyzePage`
//! input of docs/wasm-api.md as plain data and returns the `PageResult`;
//! `src/wasm.rs` only converts at the boundary.
//!
//! - [`input`]: the input shape, checked (bad parent indices, cycles) into a
//!   tree whose parents always come first;
//! - `article`: which element is the article, which of its parts are not;
//! - `build`: the article text, paragraphs, collapsed white space, and for
//!   every byte the text node and UTF-16 offset it came from;
//! - [`map`]: byte spans back to node ranges;
//! - [`result`]: the serde results, with speakers and the summary.
//!
//! Everything is linear in the input: no recursion, no ancestor walks, so
//! 5,000-deep nesting and 200,000 nodes are fine.

mod article;
mod build;
mod flags;
pub mod input;
pub mod json;
mod lang;
pub mod map;
mod prose;
pub mod result;

pub use article::MIN_PARAGRAPH;
pub use input::{Element, PageInput, TextNode};
pub use lang::analyze_page_hinted;
pub use map::{NodeRange, PageText, Seg};
pub use result::{
    page_result, summary, text_result, ArticleInfo, AttributionOut, PageResult, SpeakerOut,
    Summary, TextRange, TextResult,
};

use crate::span::Span;

/// The default cap on the article text: 2 MB of UTF-8.
pub const DEFAULT_CAP: usize = 2 * 1024 * 1024;

/// How many words `firstWords` shows.
const FIRST_WORDS: usize = 6;

/// The article of a page, ready for the engine.
#[derive(Clone, Debug)]
pub struct Prepared {
    pub article: ArticleInfo,
    pub text: PageText,
}

impl Prepared {
    /// Why this is not a valid preparation of `input` under `cap`, if it is
    /// not: text over the cap, its UTF-16 length misreported, a root out of
    /// range or text with no article, or a character of the text that does
    /// not map back to itself in one node (a space to white space; only
    /// inserted paragraph breaks have no source). The tests and the fuzz
    /// targets assert it is `None` (ARCHITECTURE.md, invariants).
    pub fn problem(&self, input: &PageInput, cap: usize) -> Option<String> {
        let text = &self.text.text;
        let a = &self.article;
        if text.len() > cap {
            return Some(format!("{} bytes over a cap of {cap}", text.len()));
        }
        if a.text_length != text.encode_utf16().count() {
            return Some(format!("text length {} misreported", a.text_length));
        }
        if a.found != (a.root >= 0) || a.root >= input.elements.len() as i64 {
            return Some(format!("{a:?} of {} elements", input.elements.len()));
        }
        if !a.found && !text.is_empty() {
            return Some(format!("no article but text {text:?}"));
        }
        for (i, c) in text.char_indices() {
            let Some(r) = self.text.range(Span::new(i, i + c.len_utf8())) else {
                if c != '\n' {
                    return Some(format!("byte {i}: {c:?} has no source"));
                }
                continue;
            };
            if let Some(p) = r.problem(input) {
                return Some(p);
            }
            if r.start_node != r.end_node {
                return Some(format!("byte {i}: one character, two nodes: {r:?}"));
            }
            let units: Vec<u16> = input.nodes[r.start_node].text.encode_utf16().collect();
            let src = String::from_utf16_lossy(&units[r.start_offset..r.end_offset]);
            let same = if c == ' ' {
                !src.is_empty() && src.chars().all(char::is_whitespace)
            } else {
                src == c.to_string()
            };
            if !same {
                return Some(format!("byte {i}: {c:?} maps to {src:?}"));
            }
        }
        None
    }
}

/// Chooses the article, builds its text and caps it at `cap` bytes.
pub fn prepare(input: &PageInput, cap: usize) -> Prepared {
    let tree = input::Tree::new(input);
    let sel = article::select(input, &tree);
    let mut text = build::build(input, &tree, &sel);
    let full_bytes = text.text.len();
    let full_units = text.len_utf16();
    let truncated = full_bytes > cap;
    if truncated {
        text.truncate(cut_point(&text.text, cap));
    }
    let found = sel.root.is_some() && (full_bytes > 0);
    let note = if truncated {
        Some(format!(
            "This article is long: only its first {} of {} characters were analysed (the limit is {}).",
            group(text.len_utf16()),
            group(full_units),
            human_size(cap)
        ))
    } else if !found {
        Some("No article text was found on this page.".to_string())
    } else {
        None
    };
    let article = ArticleInfo {
        found,
        root: match sel.root {
            Some(r) if found => r as i64,
            _ => -1,
        },
        first_words: first_words(&text.text),
        text_length: text.len_utf16(),
        truncated,
        note,
        lang: "en".to_string(),
        lang_detected: false,
        lang_read: true,
    };
    Prepared { article, text }
}

/// `analyzePage`: chooses the article, analyses it, maps the spans back.
pub fn analyze_page(input: &PageInput, cap: usize) -> PageResult {
    analyze_page_hinted(input, cap, "")
}

/// `analyzeText`: analyses a plain text in its language (detected; English
/// when too short to tell); ranges in UTF-16 units of it.
pub fn analyze_text(text: &str) -> TextResult {
    // The text's language decides (English when too short to tell).
    let reading = crate::export::read(text, crate::export::Lang::Auto);
    text_result(text, &reading.analysis)
}

/// Where to cut a text longer than `cap` bytes: at the last paragraph break
/// in the second half of the allowance, else at the last white space there,
/// else at a char boundary; trailing white space dropped.
fn cut_point(text: &str, cap: usize) -> usize {
    let mut cut = cap.min(text.len());
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let head = &text[..cut];
    let at = head
        .rfind("\n\n")
        .filter(|&i| i >= cut / 2)
        .or_else(|| head.rfind(char::is_whitespace).filter(|&i| i >= cut / 2))
        .unwrap_or(cut);
    text[..at].trim_end().len()
}

fn first_words(text: &str) -> String {
    let mut out = String::new();
    for w in text.split_whitespace().take(FIRST_WORDS) {
        if out.len() + w.len() > 80 {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// 1234567 → "1,234,567".
fn group(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn human_size(bytes: usize) -> String {
    if bytes >= 1024 * 1024 {
        let s = crate::export::decimal::one_place(bytes as u64, 20); // MB, as "{:.1}" writes it
        format!("{} MB", s.strip_suffix(".0").unwrap_or(&s))
    } else if bytes >= 1024 {
        format!("{} KB", group(bytes / 1024))
    } else {
        format!("{} bytes", group(bytes))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn preparation_problems_are_named() {
        let input = one_paragraph("The minister said on Monday that the bridge would reopen.");
        let p = prepare(&input, DEFAULT_CAP);
        assert_eq!(p.problem(&input, DEFAULT_CAP), None);
        assert!(p.problem(&input, 10).unwrap().contains("over a cap"));
        let mut bad = p.clone();
        bad.article.text_length += 1;
        assert!(bad
            .problem(&input, DEFAULT_CAP)
            .unwrap()
            .contains("misreported"));
        let mut bad = p.clone();
        bad.article.root = 5;
        assert!(bad
            .problem(&input, DEFAULT_CAP)
            .unwrap()
            .contains("elements"));
        let mut bad = p;
        bad.text.text.replace_range(0..1, "X");
        assert!(bad
            .problem(&input, DEFAULT_CAP)
            .unwrap()
            .contains("maps to"));
    }

    /// An article element with one text node a paragraph (also for the
    /// other page modules' tests).
    pub(super) fn article_page(paragraphs: &[&str]) -> PageInput {
        PageInput {
            elements: vec![Element {
                parent: -1,
                tag: "article".into(),
                attrs: String::new(),
                hidden: false,
            }],
            nodes: paragraphs
                .iter()
                .map(|t| TextNode {
                    text: (*t).into(),
                    parent: 0,
                })
                .collect(),
        }
    }

    fn one_paragraph(text: &str) -> PageInput {
        article_page(&[text])
    }

    #[test]
    fn small_helpers() {
        assert_eq!(group(1234567), "1,234,567");
        assert_eq!(group(12), "12");
        assert_eq!(human_size(DEFAULT_CAP), "2 MB");
        assert_eq!(human_size(64 * 1024), "64 KB");
        assert_eq!(human_size(5 * 1024 * 1024 / 2), "2.5 MB");
        assert_eq!(human_size(100), "100 bytes");
        assert_eq!(
            first_words("The plan  was put\n\nlast week by the"),
            "The plan was put last week"
        );
    }

    #[test]
    fn cut_prefers_paragraph_breaks_then_spaces() {
        let text = "aaaa bbbb\n\ncccc dddd eeee";
        assert_eq!(&text[..cut_point(text, 18)], "aaaa bbbb");
        assert_eq!(&text[..cut_point(text, 24)], "aaaa bbbb\n\ncccc dddd");
        assert_eq!(&"ééééé"[..cut_point("ééééé", 5)], "éé");
        assert_eq!(cut_point("abc", 0), 0);
    }

    #[test]
    fn capped_text_says_so() {
        let words = "word ".repeat(100);
        let p = prepare(&one_paragraph(&words), 52);
        assert!(p.article.truncated);
        assert_eq!(p.text.text, "word ".repeat(10).trim_end());
        assert_eq!(p.article.text_length, 49);
        let note = p.article.note.unwrap();
        assert!(note.contains("49 of 499 characters"), "{note}");
        let p = prepare(&one_paragraph(&words), DEFAULT_CAP);
        assert!(!p.article.truncated && p.article.note.is_none() && p.article.found);
        assert_eq!(p.article.first_words, "word word word word word word");
    }

    #[test]
    fn no_article_no_analysis() {
        let r = analyze_page(&PageInput::default(), DEFAULT_CAP);
        assert!(!r.article.found);
        assert_eq!(r.article.root, -1);
        assert!(r.article.note.is_some());
        assert!(r.attributions.is_empty());
    }
}
