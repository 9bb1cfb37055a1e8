//! The `analyzePage` input (docs/wasm-api.md) and its sanitised form.
//!
//! The content script sends two flat lists: the elements that hold text
//! (parents before children) and the text nodes in document order. Nothing
//! here trusts them: a parent index that is out of range, negative or not
//! smaller than the element's own index makes that element a root, so the
//! tree is always acyclic and every later pass is one linear sweep.

use serde::{Deserialize, Serialize};

/// What the content script reads off a page.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PageInput {
    /// Every element that is an ancestor of a sent text node, parents first.
    pub elements: Vec<Element>,
    /// Every non-empty text node under the root, in document order.
    pub nodes: Vec<TextNode>,
}

#[cfg(test)]
impl PageInput {
    /// A page for tests: elements as (parent, tag, attrs), nodes as
    /// (parent, text).
    pub(crate) fn from_tuples(elements: &[(i64, &str, &str)], nodes: &[(i64, &str)]) -> PageInput {
        PageInput {
            elements: elements
                .iter()
                .map(|&(parent, tag, attrs)| Element {
                    parent,
                    tag: tag.into(),
                    attrs: attrs.into(),
                    hidden: false,
                })
                .collect(),
            nodes: nodes
                .iter()
                .map(|&(parent, text)| TextNode {
                    text: text.into(),
                    parent,
                })
                .collect(),
        }
    }
}

/// One element of the page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Element {
    /// Index of the parent in [`PageInput::elements`], -1 for the root.
    pub parent: i64,
    /// Lowercase tag name.
    pub tag: String,
    /// Class and id words, plus `itemprop:` and `role:` values, lowercased.
    #[serde(default)]
    pub attrs: String,
    /// Not rendered (display:none, visibility:hidden, aria-hidden, zero size…).
    #[serde(default)]
    pub hidden: bool,
}

impl Element {
    /// A shown element under `parent` (-1: the root) with its tag and
    /// attribute words, as a caller building a [`PageInput`] by hand writes it.
    pub fn new(parent: i64, tag: &str, attrs: &str) -> Element {
        Element {
            parent,
            tag: tag.into(),
            attrs: attrs.into(),
            hidden: false,
        }
    }
}

/// One text node of the page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TextNode {
    pub text: String,
    /// Index of the parent in [`PageInput::elements`].
    pub parent: i64,
}

impl PageInput {
    /// The page input read from its JSON text (the content script's
    /// `JSON.stringify`). That writes a lone surrogate (a page's broken text)
    /// as a `\uXXXX` escape no Rust string holds: such an escape is read as
    /// U+FFFD, one UTF-16 unit as the surrogate was, so the offsets stay. Only
    /// a text that fails to read is mended (one more pass).
    ///
    /// Read by the page's own reader (`page/json.rs`, which says why),
    /// with serde_json's rules: the tests compare the two, serde_json with
    /// this mending ([`mend_surrogates`]) first.
    pub fn from_json(text: &str) -> Result<PageInput, super::json::InputError> {
        super::json::page_input(text)
    }
}

/// What `from_json` gives, as serde_json reads it (the reader it replaced,
/// and the tests' reference): a text that fails to read is mended and read
/// again.
#[cfg(test)]
pub(super) fn serde_reference(text: &str) -> Result<PageInput, serde_json::Error> {
    serde_json::from_str(text).or_else(|e| match mend_surrogates(text) {
        Some(mended) => serde_json::from_str(&mended),
        None => Err(e),
    })
}

/// `text` with every `\uXXXX` escape of a lone surrogate replaced by
/// `\ufffd` (a pair stays), or `None` when it holds none. One pass; the
/// escapes are read as JSON reads them (`\\u…` is a backslash, then text).
#[cfg(test)]
fn mend_surrogates(text: &str) -> Option<String> {
    let b = text.as_bytes();
    let hex = |i: usize| -> Option<u16> {
        let h = b.get(i..i + 4)?;
        u16::from_str_radix(std::str::from_utf8(h).ok()?, 16).ok()
    };
    // A `\uXXXX` escape at i, and its unit.
    let unit_at = |i: usize| -> Option<u16> {
        if b.get(i) == Some(&b'\\') && b.get(i + 1) == Some(&b'u') {
            hex(i + 2)
        } else {
            None
        }
    };
    let mut out: Option<String> = None;
    let mut copied = 0; // text[..copied] is in out
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'\\' {
            i += 1;
            continue;
        }
        let Some(u) = unit_at(i) else {
            i += 2; // any other escape, `\\` included
            continue;
        };
        let lone = match u {
            0xd800..=0xdbff => match unit_at(i + 6) {
                Some(0xdc00..=0xdfff) => {
                    i += 12; // a pair
                    continue;
                }
                _ => true,
            },
            0xdc00..=0xdfff => true,
            _ => false,
        };
        if lone {
            let o = out.get_or_insert_with(|| String::with_capacity(text.len()));
            o.push_str(&text[copied..i]);
            o.push_str("\\ufffd");
            copied = i + 6;
        }
        i += 6;
    }
    out.map(|mut o| {
        o.push_str(&text[copied..]);
        o
    })
}

/// "No element" in the `u32` index arrays.
pub(crate) const NONE: u32 = u32::MAX;

pub(crate) use super::flags::*;

/// FNV-1a over the parts.
fn fnv(parts: &[&[u8]]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in parts.iter().flat_map(|p| p.iter()) {
        h = (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// The input's tree with its indices checked: `parent[i] < i` or [`NONE`].
#[derive(Debug)]
pub(crate) struct Tree {
    pub parent: Vec<u32>,
    pub flags: Vec<u16>,
    /// A hash of the tag and attribute words, to find look-alike siblings.
    pub kind: Vec<u64>,
    /// The parent element of each text node, or [`NONE`] when its index is
    /// not an element.
    pub node_parent: Vec<u32>,
}

impl Tree {
    pub fn new(input: &PageInput) -> Tree {
        let n = input.elements.len().min(NONE as usize - 1);
        let elements = &input.elements[..n];
        let parent = elements
            .iter()
            .enumerate()
            .map(|(i, e)| match usize::try_from(e.parent) {
                Ok(p) if p < i => p as u32,
                _ => NONE,
            })
            .collect();
        let flags = elements.iter().map(element_flags).collect();
        let kind = elements
            .iter()
            .map(|e| fnv(&[e.tag.as_bytes(), b"\0", e.attrs.as_bytes()]))
            .collect();
        let node_parent = input
            .nodes
            .iter()
            .map(|t| match usize::try_from(t.parent) {
                Ok(p) if p < n => p as u32,
                _ => NONE,
            })
            .collect();
        Tree {
            parent,
            flags,
            kind,
            node_parent,
        }
    }

    pub fn len(&self) -> usize {
        self.parent.len()
    }

    pub fn has(&self, e: usize, flag: u16) -> bool {
        self.flags[e] & flag != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn el(parent: i64, tag: &str, attrs: &str) -> Element {
        Element::new(parent, tag, attrs)
    }

    #[test]
    fn bad_parents_become_roots() {
        let input = PageInput {
            elements: vec![
                el(-1, "body", ""),
                el(0, "div", ""),
                el(5, "p", ""),
                el(2, "p", ""),
            ],
            nodes: vec![
                TextNode {
                    text: "a".into(),
                    parent: 3,
                },
                TextNode {
                    text: "b".into(),
                    parent: 4,
                },
                TextNode {
                    text: "c".into(),
                    parent: -7,
                },
            ],
        };
        let t = Tree::new(&input);
        assert_eq!(t.parent, vec![NONE, 0, NONE, 2]);
        assert_eq!(t.node_parent, vec![3, NONE, NONE]);
    }

    #[test]
    fn deserializes_the_contract_shape() {
        let json = r#"{"elements":[{"parent":-1,"tag":"article","attrs":"story itemprop:articlebody","hidden":false}],
                       "nodes":[{"text":"Diaa ","parent":0}]}"#;
        let input: PageInput = serde_json::from_str(json).unwrap();
        assert_eq!(input.elements[0].tag, "article");
        assert_eq!(input.nodes[0].text, "Diaa ");
        let lenient: PageInput =
            serde_json::from_str(r#"{"elements":[{"parent":-1,"tag":"p"}],"nodes":[]}"#).unwrap();
        assert_eq!(lenient.elements[0].attrs, "");
        assert!(serde_json::from_str::<PageInput>(r#"{"nodes":[]}"#).is_err());
    }

    /// A JSON string holding `s` as its text: `{"elements":[],"nodes":[{"text":s,"parent":0}]}`.
    fn page_json(escaped: &str) -> String {
        format!(
            r#"{{"elements":[{{"parent":-1,"tag":"p"}}],"nodes":[{{"text":"{escaped}","parent":0}}]}}"#
        )
    }

    fn text_of(escaped: &str) -> Result<String, crate::page::json::InputError> {
        PageInput::from_json(&page_json(escaped)).map(|p| p.nodes[0].text.clone())
    }

    #[test]
    fn lone_surrogates_read_as_replacement_characters() {
        // A lone high, a lone low, a high at the very end, a high before a non-surrogate escape.
        assert_eq!(text_of(r"a\ud800b").unwrap(), "a\u{fffd}b");
        assert_eq!(text_of(r"a\udc00b").unwrap(), "a\u{fffd}b");
        assert_eq!(text_of(r"ab\ud83d").unwrap(), "ab\u{fffd}");
        assert_eq!(text_of(r"\ud83d\u0041").unwrap(), "\u{fffd}A");
        // Two highs in a row, then a pair: each lone one mended, the pair kept.
        assert_eq!(text_of(r"\ud800\ud83d\ude00").unwrap(), "\u{fffd}\u{1f600}");
        // One UTF-16 unit each, as the page's text had: the offsets stay.
        let broken = text_of(r"x\udfffy").unwrap();
        assert_eq!(broken.encode_utf16().count(), 3);
    }

    #[test]
    fn pairs_and_other_escapes_are_left_alone() {
        assert_eq!(mend_surrogates(&page_json(r"\ud83d\ude00 \u00e9 \n")), None);
        assert_eq!(text_of(r"\ud83d\ude00").unwrap(), "\u{1f600}");
        // An escaped backslash then "ud800" is text, not an escape.
        assert_eq!(mend_surrogates(r#""\\ud800""#), None);
        assert_eq!(text_of(r"\\ud800").unwrap(), r"\ud800");
        // After an escaped backslash, a real escape still counts.
        assert_eq!(
            mend_surrogates(r#""\\\ud800""#).as_deref(),
            Some(r#""\\\ufffd""#)
        );
        // Short or bad hex after \u: nothing to mend, and the reader's own error stays.
        assert_eq!(mend_surrogates(r#""\ud8"#), None);
        assert_eq!(mend_surrogates(r#""\uzzzz""#), None);
        let e = text_of(r"\uzzzz").unwrap_err().to_string();
        assert!(e.contains("escape"), "{e}");
    }

    #[test]
    fn a_bad_input_keeps_its_own_error() {
        // A lone surrogate and another fault: the fault is what is reported.
        let e = PageInput::from_json(r#"{"nodes":[{"text":"\ud800","parent":0}]}"#).unwrap_err();
        assert!(e.to_string().contains("elements"), "{e}");
        let e = PageInput::from_json("{").unwrap_err();
        assert!(e.is_eof(), "{e}");
    }
}
