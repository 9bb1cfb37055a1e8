//! What the fuzz targets share: the invariants every result must keep, and
//! the structured page input the `page` target decodes its bytes into.
//!
//! Every check panics (so libFuzzer records a crash) with the offending
//! value in the message.

use arbitrary::Arbitrary;
use whosaid::page::{
    prepare, text_result, Element, NodeRange, PageInput, PageResult, TextNode, DEFAULT_CAP,
};
use whosaid::Analysis;

/// The engine's invariants (ARCHITECTURE.md): `Analysis::problem` (spans
/// inside the text on char boundaries, indices valid, confidences in 0..1),
/// deterministic output, and the UTF-16 conversion of `analyzeText` in range.
pub fn check_analysis(text: &str) {
    let a = whosaid::analyze(text);
    if let Some(p) = a.problem(text) {
        panic!("{p}");
    }
    let again = whosaid::analyze(text);
    assert!(a == again, "a second run differs:\n{a:?}\n{again:?}");
    check_text_result(text, &a);
}

/// `analyzeText`'s conversion: ranges in UTF-16 units of the text, on
/// character boundaries, non-empty; texts match the ranges.
fn check_text_result(text: &str, a: &Analysis) {
    let units: Vec<u16> = text.encode_utf16().collect();
    let r = text_result(text, a);
    assert_eq!(r.attributions.len(), a.attributions.len());
    let slice = |start: usize, end: usize| {
        assert!(
            start < end && end <= units.len(),
            "text range {start}..{end} of {} units",
            units.len()
        );
        String::from_utf16(&units[start..end])
            .unwrap_or_else(|_| panic!("text range {start}..{end} splits a surrogate pair"))
    };
    for at in &r.attributions {
        if let (Some(c), Some(t)) = (at.cue, &at.cue_text) {
            assert_eq!(&slice(c.start, c.end), t, "cue text");
        }
        if let (Some(s), Some(t)) = (at.source, &at.source_text) {
            assert_eq!(&slice(s.start, s.end), t, "source text");
        }
        assert_eq!(at.cue.is_some(), at.cue_text.is_some());
        assert_eq!(at.source.is_some(), at.source_text.is_some());
        assert_eq!(at.content.len(), at.content_text.len());
        for (c, t) in at.content.iter().zip(&at.content_text) {
            assert_eq!(&slice(c.start, c.end), t, "content text");
        }
    }
}

/// A node range points at existing nodes, its offsets lie inside them on
/// character boundaries, and it starts before it ends in document order.
pub fn check_range(input: &PageInput, r: NodeRange) {
    if let Some(problem) = r.problem(input) {
        panic!("{problem}");
    }
}

/// `analyzePage`'s invariants: the article text within the cap, its UTF-16
/// length reported, every character mapping back to itself in its node,
/// every range of the result valid, indices valid, output deterministic.
pub fn check_page(input: &PageInput, cap: usize) {
    let p = prepare(input, cap);
    if let Some(problem) = p.problem(input, cap) {
        panic!("{problem}");
    }

    let r = whosaid::page::analyze_page(input, cap);
    // The same article as prepare chose; the language is analyze_page's to
    // decide, and a language it does not read leaves no attributions and one
    // sentence in the note.
    let mut expected = p.article.clone();
    expected.lang = r.article.lang.clone();
    expected.lang_detected = r.article.lang_detected;
    expected.lang_read = r.article.lang_read;
    if !r.article.lang_read {
        assert!(
            r.attributions.is_empty(),
            "attributions in a language not read"
        );
        assert!(
            r.article.note.is_some(),
            "a language not read, and no note says so"
        );
        expected.note = r.article.note.clone();
    }
    assert_eq!(r.article, expected, "analyze_page and prepare disagree");
    check_page_result(input, &r);
    let again = whosaid::page::analyze_page(input, cap);
    assert!(r == again, "a second run differs");
}

fn check_page_result(input: &PageInput, r: &PageResult) {
    let n_spk = r.speakers.len();
    let n_attr = r.attributions.len();
    for (i, a) in r.attributions.iter().enumerate() {
        assert_eq!(a.id, i);
        for range in a.cue.iter().chain(a.source.iter()).chain(a.content.iter()) {
            check_range(input, *range);
        }
        assert_eq!(a.cue.is_some(), a.cue_text.is_some());
        assert_eq!(a.source.is_some(), a.source_text.is_some());
        assert_eq!(a.content.len(), a.content_text.len());
        if let Some(s) = a.speaker {
            assert!(s < n_spk, "attribution {i}: speaker {s} of {n_spk}");
        }
        assert!(
            (0.0..=1.0).contains(&a.confidence),
            "attribution {i}: confidence {}",
            a.confidence
        );
    }
    for (i, s) in r.speakers.iter().enumerate() {
        assert_eq!(s.id, i);
        for &k in &s.attributions {
            assert!(k < n_attr, "speaker {i}: attribution {k} of {n_attr}");
        }
    }
    let sm = &r.summary;
    assert!(sm.claims <= n_attr && sm.sources <= n_spk, "{sm:?}");
    for share in [sm.anonymous_share, sm.direct_share] {
        assert!((0.0..=1.0).contains(&share), "{sm:?}");
    }
}

// ---------------------------------------------------------------------------
// The `page` target's structured input.

const TAGS: &[&str] = &[
    "html",
    "body",
    "main",
    "article",
    "div",
    "section",
    "p",
    "span",
    "a",
    "em",
    "strong",
    "b",
    "i",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "blockquote",
    "q",
    "pre",
    "figure",
    "figcaption",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "button",
    "label",
    "table",
    "tr",
    "td",
    "th",
    "time",
    "sup",
    "DIV",
    "P",
    "Article",
    "",
];

const ATTRS: &[&str] = &[
    "story",
    "content",
    "article-body",
    "itemprop:articlebody",
    "role:main",
    "role:navigation",
    "role:complementary",
    "role:banner",
    "related-links",
    "share_tools",
    "ad-slot",
    "ad",
    "comments",
    "comments-open",
    "has-sidebar",
    "sidebar",
    "sr-only",
    "visually-hidden",
    "newsletter-signup",
    "story-pull-quote",
    "commentary-body",
    "byline",
    "caption",
    "promo",
    "Related",
    "STORY",
    "-",
    "::",
    "itemprop:",
    "role:",
];

const PIECES: &[&str] = &[
    " ",
    "  ",
    "\n",
    "\n\n",
    "\t",
    "\r\n",
    "\u{a0}",
    "\u{ad}",
    "\u{200b}",
    "\u{feff}",
    "\u{2060}",
    "\u{2028}",
    "\u{fffd}",
    "😀",
    "🇫🇷",
    "é",
    "e\u{301}",
    "“",
    "”",
    "\"",
    "‘",
    "’",
    "'",
    "«",
    "»",
    ".",
    ",",
    ":",
    "—",
    "said",
    "says",
    "told reporters",
    "according to",
    "the mayor",
    "The minister",
    "a spokeswoman for the council",
    "Jane Okafor",
    "Okafor",
    "she",
    "he",
    "they",
    "Mr. Lindqvist",
    "officials",
    "on Tuesday",
    "that",
    "the bridge would reopen in spring",
    "We will rebuild",
    "in a statement",
    "who heads the agency",
    "added",
    "warned",
    "U.S.",
];

/// Picks from a list by index, or takes the fuzzer's own string.
#[derive(Arbitrary, Debug, Clone)]
pub enum Word {
    Known(u8),
    Raw(String),
}

impl Word {
    fn push(&self, list: &[&str], out: &mut String) {
        match self {
            Word::Known(i) => out.push_str(list[*i as usize % list.len()]),
            Word::Raw(s) => out.push_str(s),
        }
    }
}

/// How an element or node names its parent: relative to itself (which may
/// point before the first element), the one just before, the root marker,
/// or any number at all (forward references, cycles, huge or negative).
#[derive(Arbitrary, Debug, Clone)]
pub enum Parent {
    Back(u8),
    Previous,
    Root,
    Any(i64),
}

impl Parent {
    /// The index for element or node `i`, with `len` elements in all.
    fn index(&self, i: usize, len: usize) -> i64 {
        let i = i.min(len) as i64;
        match self {
            Parent::Back(k) => i - 1 - i64::from(*k),
            Parent::Previous => i - 1,
            Parent::Root => -1,
            Parent::Any(v) => *v,
        }
    }
}

#[derive(Arbitrary, Debug, Clone)]
pub struct FuzzElement {
    pub parent: Parent,
    pub tag: Word,
    pub attrs: Vec<Word>,
    pub hidden: bool,
}

#[derive(Arbitrary, Debug, Clone)]
pub struct FuzzNode {
    pub parent: Parent,
    pub text: Vec<Word>,
}

#[derive(Arbitrary, Debug, Clone)]
pub enum Cap {
    Default,
    Small(u16),
    Tiny(u8),
}

#[derive(Arbitrary, Debug, Clone)]
pub struct FuzzPage {
    pub cap: Cap,
    pub elements: Vec<FuzzElement>,
    pub nodes: Vec<FuzzNode>,
}

impl FuzzPage {
    pub fn cap(&self) -> usize {
        match self.cap {
            Cap::Default => DEFAULT_CAP,
            Cap::Small(n) => usize::from(n),
            Cap::Tiny(n) => usize::from(n),
        }
    }

    pub fn input(&self) -> PageInput {
        let n = self.elements.len();
        let elements = self
            .elements
            .iter()
            .enumerate()
            .map(|(i, e)| {
                let mut tag = String::new();
                e.tag.push(TAGS, &mut tag);
                let mut attrs = String::new();
                for (k, w) in e.attrs.iter().enumerate() {
                    if k > 0 {
                        attrs.push(' ');
                    }
                    w.push(ATTRS, &mut attrs);
                }
                Element {
                    parent: e.parent.index(i, n),
                    tag,
                    attrs,
                    hidden: e.hidden,
                }
            })
            .collect();
        let nodes = self
            .nodes
            .iter()
            .map(|t| {
                let mut text = String::new();
                for w in &t.text {
                    w.push(PIECES, &mut text);
                }
                TextNode {
                    text,
                    // Relative to the last element: nodes mostly land on
                    // the deepest elements, as on a real page.
                    parent: t.parent.index(n, n),
                }
            })
            .collect();
        PageInput { elements, nodes }
    }
}

// ---------------------------------------------------------------------------
// The `quotes` target's alphabet: quotation marks, apostrophes, letters,
// line breaks and a few words, one piece per input byte.

const QUOTE_PIECES: &[&str] = &[
    "“",
    "”",
    "\"",
    "‘",
    "’",
    "'",
    "«",
    "»",
    "‹",
    "›",
    "„",
    "‚",
    "「",
    "」",
    "`",
    "´",
    "″",
    "a",
    "b",
    "s",
    "t",
    "X",
    "Ann",
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    "\u{a0}",
    ".",
    ",",
    "?",
    "!",
    ":",
    ";",
    "(",
    ")",
    "—",
    "-",
    "said",
    "says",
    "told",
    "he",
    "she",
    "the man",
    "don",
    "’s",
    "’em",
    "rock ’n’ roll",
    "’90s",
    "O’Neil",
    "according to",
    "that",
    "1",
];

/// The text a `quotes` input stands for.
pub fn quote_text(data: &[u8]) -> String {
    let mut out = String::with_capacity(data.len() * 2);
    for &b in data {
        out.push_str(QUOTE_PIECES[b as usize % QUOTE_PIECES.len()]);
    }
    out
}
