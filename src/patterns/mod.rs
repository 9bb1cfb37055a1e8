//! The attribution patterns, one a file, each with its tests beside it.
//!
//! Every pattern reads the same [`Ctx`] (tokens, quotations, lexicon) and
//! turns a cue into [`Frame`]s: source, cue and content as token ranges and
//! byte spans. `engine.rs` runs them in order and settles overlaps.

use std::ops::Range;

use crate::lexicon::{Class, CueForm, Lexicon, WordId, WordInfo};
use crate::quotes::Quotes;
use crate::span::Span;
use crate::text::{Doc, Tok};
pub use pieces::Pieces;

pub mod according_to;
pub mod adjuncts;
pub mod appositive;
pub mod as_clause;
pub mod asked;
pub mod bare_clause;
pub mod bare_opening;
pub mod broken_off;
pub mod capital_cue;
pub mod carried_tail;
pub mod causative;
pub mod clause;
pub mod closing_abbrev;
pub mod closing_report;
pub mod colon;
pub mod continuation;
pub mod coordinated;
pub mod cue;
pub mod cue_first;
pub mod cue_modifiers;
pub mod declined;
pub mod display;
pub mod fronted;
pub mod gerund;
pub mod headline;
mod id_scan;
pub mod interrupted;
pub mod inverted;
mod memo;
pub mod modified_plural;
pub mod nearer_subject;
pub mod negated;
pub mod nested_report;
pub mod nominal;
pub mod np;
pub mod openers;
pub mod opening_participle;
pub mod opening_setting;
pub mod parallel;
pub mod participle;
pub mod participle_chain;
pub mod partitive;
pub mod passive;
pub mod phrase_rest;
pub mod pieces;
pub mod present_verb;
pub mod pro_form;
pub mod quote_name;
pub mod relative;
pub mod reported_report;
pub mod sentence_subject;
pub mod signoff;
pub mod source_conjuncts;
pub mod source_span;
pub mod source_tail;
pub mod subject;
pub mod subject_fallback;
pub mod subject_parts;
pub mod subordinate_first;
pub mod tails;
pub mod topic;
pub mod topic_noun;
pub mod unattributed;
pub mod verb_group;
pub mod word_shape;

/// How far (in tokens) a pattern looks back or ahead within a sentence.
/// Real sentences are far shorter; the bound keeps pathological input linear.
pub const WINDOW: usize = 120;

/// Everything a pattern reads.
pub struct Ctx<'a, 't> {
    pub doc: &'a Doc<'t>,
    pub quotes: &'a Quotes,
    pub lex: &'static Lexicon,
    /// Each token's entry in the word lists, looked up once.
    ids: Vec<WordId>,
    /// The chunker's and the subject's answers, asked again by a cue's
    /// patterns (`memo.rs`).
    memo: memo::Memo,
}

/// Where a report starts: its source or its cue, whichever comes first
/// (the report folds, closing_report.rs and nested_report.rs, read it).
fn report_start(f: &Frame) -> usize {
    f.source
        .as_ref()
        .map_or(f.cue.start, |s| s.start.min(f.cue.start))
}

/// The frames a fold of one report into another drops (closing_report.rs,
/// nested_report.rs, reported_report.rs): one flag a frame, made only when
/// the first is marked (most texts fold none; the flags were an allocation
/// a fold).
#[derive(Default)]
struct Gone(Vec<bool>);

impl Gone {
    /// Is frame `i` marked?
    fn is(&self, i: usize) -> bool {
        self.0.get(i).copied().unwrap_or(false)
    }

    /// Marks frame `i` of `frames`.
    fn mark(&mut self, i: usize, frames: usize) {
        if self.0.is_empty() {
            self.0 = vec![false; frames];
        }
        if let Some(g) = self.0.get_mut(i) {
            *g = true;
        }
    }
}

/// Drop the frames marked in `gone`, keeping the others in order.
fn drop_marked(frames: &mut Vec<Frame>, gone: &Gone) {
    if gone.0.is_empty() {
        return;
    }
    let mut k = 0;
    frames.retain(|_| {
        k += 1;
        !gone.is(k - 1)
    });
}

/// An unlisted hyphenated word whose last part is a speaker's noun reads
/// as that noun ("ex-wife", "co-founder", "vice-chairman"): its entry.
fn compound_head(lex: &Lexicon, text: &str, start: usize, end: usize) -> Option<WordId> {
    let dash = start
        + text.as_bytes()[start..end]
            .iter()
            .rposition(|&b| b == b'-')?;
    let id = lex.id_at(text, dash + 1, end);
    let info = lex.info_of(id);
    (info.cue.is_none()
        && info.is(WordInfo::PERSON | WordInfo::ORG | WordInfo::TITLE | WordInfo::DOC))
    .then_some(id)
}

impl<'a, 't> Ctx<'a, 't> {
    pub fn new(doc: &'a Doc<'t>, quotes: &'a Quotes) -> Self {
        Self::with(doc, quotes, Lexicon::get())
    }

    /// A context whose tokens are looked up in `lex`, one language's lists
    /// ([`Lexicon::get`] for English, [`Lexicon::de`] for German).
    pub fn with(doc: &'a Doc<'t>, quotes: &'a Quotes, lex: &'static Lexicon) -> Self {
        let mut ids: Vec<WordId> = doc
            .tokens
            .iter()
            .map(|t| match t.kind {
                Tok::Word | Tok::Num => lex.id_at_inlined(doc.text, t.span.start, t.span.end),
                _ => WordId::default(),
            })
            .collect();
        // "ex-wife", "co-founder": a compound the lists lack reads as its last part.
        for &i in &doc.hyphenated {
            if ids[i] == WordId::default() {
                let t = &doc.tokens[i];
                ids[i] = compound_head(lex, doc.text, t.span.start, t.span.end).unwrap_or_default();
            }
        }
        Ctx {
            doc,
            quotes,
            lex,
            ids,
            memo: memo::Memo::default(),
        }
    }

    pub fn len(&self) -> usize {
        self.doc.tokens.len()
    }

    pub fn is_empty(&self) -> bool {
        self.doc.tokens.is_empty()
    }

    pub fn class(&self, i: usize, class: Class) -> bool {
        self.word(i).has(class)
    }

    /// Token `i`'s entry in the word lists (0 when not listed).
    pub fn id(&self, i: usize) -> WordId {
        self.ids.get(i).copied().unwrap_or_default()
    }

    /// Do the tokens from `i` on spell `phrase` (word ids)?
    pub fn phrase_at(&self, i: usize, phrase: &[WordId]) -> bool {
        phrase.iter().enumerate().all(|(k, &w)| self.id(i + k) == w)
    }

    /// What the word lists say of token `i`.
    pub fn word(&self, i: usize) -> WordInfo {
        self.lex
            .info_of(self.ids.get(i).copied().unwrap_or_default())
    }

    /// Is token `i` a cue form of the lexicon (whatever its context)?
    pub fn cue_form(&self, i: usize) -> Option<CueForm> {
        if self.doc.kind(i) != Some(Tok::Word) {
            return None;
        }
        self.word(i).cue
    }

    /// Is token `i` an opening quotation mark of a top-level quote?
    pub fn opens_quote(&self, i: usize) -> Option<usize> {
        self.quotes.opening_at(i)
    }

    /// Is token `i` a closing quotation mark of a top-level quote?
    pub fn closes_quote(&self, i: usize) -> Option<usize> {
        self.quotes.closing_at(i)
    }

    /// The words of a frame's claim, and whether any of it is quoted: what
    /// the packs weigh before they keep a claim as more than a scrap.
    pub fn claim_words(&self, f: &Frame) -> (usize, bool) {
        let words = f.content.iter().map(|r| self.doc.words_in(r.clone())).sum();
        let quoted = f.content.iter().any(|r| self.quotes.any_in(r.clone()));
        (words, quoted)
    }

    pub fn in_quote(&self, i: usize) -> bool {
        self.quotes.top(i).is_some()
    }

    /// End (exclusive) of token `i`'s sentence, extended to the close of a
    /// quotation still open there.
    pub fn sentence_end(&self, i: usize) -> usize {
        let s = self.doc.sentence(i);
        // A "sentence" of thousands of words (a page with no punctuation)
        // is read a window at a time, so every pattern stays linear.
        let mut end = s.end.min(i + WINDOW);
        if end > 0 {
            if let Some(q) = self.quotes.top(end - 1) {
                if q.open >= s.start || q.open < i {
                    end = end.max(q.close + 1);
                }
            }
        }
        end
    }

    /// Start of token `i`'s sentence (at most [`WINDOW`] tokens back).
    pub fn sentence_start(&self, i: usize) -> usize {
        self.doc.sentence(i).start.max(i.saturating_sub(WINDOW))
    }

    /// Is token `i` a clause boundary: , ; : — ( or a closing quote?
    pub fn is_boundary(&self, i: usize) -> bool {
        let t = self.doc.tok(i);
        matches!(t, "," | ";" | ":" | "—" | "–" | "(" | ")")
            || (t == "-" && self.doc.kind(i) == Some(Tok::Punct))
            || self.closes_quote(i).is_some()
    }

    /// Byte span of tokens `r`, trimmed of quotation marks and edge
    /// punctuation.
    pub fn content_span(&self, r: Range<usize>) -> Option<Span> {
        let (mut a, mut b) = (r.start, r.end.min(self.len()));
        while a < b && self.is_edge(a) {
            a += 1;
        }
        while b > a && self.is_edge(b - 1) {
            b -= 1;
        }
        // Exactly one quotation: its words, without the marks.
        if let (Some(q), true) = (self.opens_quote(a), b > a + 1) {
            if self.closes_quote(b - 1) == Some(q) {
                a += 1;
                b -= 1;
                while b > a && self.is_edge(b - 1) {
                    b -= 1;
                }
            }
        }
        (a < b).then(|| self.doc.span(a, b))
    }

    fn is_edge(&self, i: usize) -> bool {
        match self.doc.kind(i) {
            Some(Tok::Punct) => match self.doc.tok(i) {
                "," | ";" | ":" | "—" | "–" | "-" | "(" | ")" => true,
                // A full stop ends the claim, but inside a quotation it is
                // the speaker's own.
                "." | "!" | "?" => !self.in_quote_strict(i),
                _ => false,
            },
            // A stray mark is trimmed; a quotation's marks are trimmed only
            // when the whole content is that quotation (content_span), so a
            // mixed claim keeps them.
            Some(Tok::Quote) => self.quotes.top(i).is_none(),
            _ => false,
        }
    }

    /// Is `i` strictly inside a quotation (not one of its marks)?
    pub fn in_quote_strict(&self, i: usize) -> bool {
        self.quotes
            .top(i)
            .is_some_and(|q| q.open < i && i < q.close)
    }
}

/// Which rule found a frame (shown in debugging output and used to rank).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rule {
    Subject,
    Inverted,
    AccordingTo,
    Participle,
    Coordinated,
    Headline,
    Passive,
    Asked,
    Relative,
    AsClause,
}

/// One attribution as token ranges, before speakers are resolved.
#[derive(Clone, Debug, PartialEq)]
pub struct Frame {
    pub cue: Range<usize>,
    pub source: Option<Range<usize>>,
    /// Content pieces as token ranges (quote marks excluded).
    pub content: Pieces,
    /// An appositive or relative clause about the source ("who heads …",
    /// "the party's finance spokesman", a name after a description).
    pub appositive: Option<Range<usize>>,
    pub rule: Rule,
    /// The pattern's own prior; `confidence::of` calibrates the
    /// attribution's confidence from it and the frame's features.
    pub confidence: f32,
}

impl Frame {
    /// Sorts `frames` by where their cues start, keeping the order of those
    /// with one start (a stable sort). Every sort of frames by cue goes
    /// through here: each call of `sort_by_key` with its own closure
    /// instantiated the library's stable sort once more, several KB of the
    /// Wasm each.
    pub fn sort_by_cue(frames: &mut [Frame]) {
        frames.sort_by_key(|f| f.cue.start);
    }

    pub fn new(cue: Range<usize>, source: Option<Range<usize>>, rule: Rule) -> Frame {
        Frame {
            cue,
            source,
            content: Pieces::new(),
            appositive: None,
            rule,
            confidence: 0.8,
        }
    }

    /// A frame with one content piece.
    pub fn one(
        cue: Range<usize>,
        source: Option<Range<usize>>,
        rule: Rule,
        content: Range<usize>,
        confidence: f32,
    ) -> Frame {
        Frame {
            cue,
            source,
            content: Pieces::one(content),
            appositive: None,
            rule,
            confidence,
        }
    }
}
#[cfg(test)]
pub(crate) mod testing {
    //! Helpers for the patterns' tests: run the whole engine on a sentence
    //! and read back (source, cue, content) strings.
    pub fn triples(text: &str) -> Vec<(Option<String>, String, Vec<String>, &'static str)> {
        triples_of(text, &crate::analyze(text))
    }

    /// (source, cue, content, kind) of an analysis of `text`, cued ones only.
    pub fn triples_of(
        text: &str,
        a: &crate::Analysis,
    ) -> Vec<(Option<String>, String, Vec<String>, &'static str)> {
        a.attributions
            .iter()
            .filter(|x| x.cue.is_some())
            .map(|x| {
                (
                    x.source.map(|s| s.of(text).to_string()),
                    x.cue.map(|s| s.of(text).to_string()).unwrap_or_default(),
                    x.content.iter().map(|c| c.of(text).to_string()).collect(),
                    x.kind.as_str(),
                )
            })
            .collect()
    }

    /// The cues `Ctx::find_cues` finds in `text`, as their words; a passive
    /// cue is written "passive:WORDS".
    pub fn cue_words(text: &str) -> Vec<String> {
        let doc = crate::text::Doc::new(text);
        let q = crate::quotes::find(&doc);
        let ctx = super::Ctx::new(&doc, &q);
        ctx.find_cues()
            .iter()
            .map(|h| {
                let cue = doc.span(h.range.start, h.range.end).of(text).to_string();
                if h.passive {
                    format!("passive:{cue}")
                } else {
                    cue
                }
            })
            .collect()
    }

    /// The confidences of an analysis's cued attributions, in order.
    pub fn confidences_of(a: &crate::Analysis) -> Vec<f32> {
        a.attributions
            .iter()
            .filter(|x| x.cue.is_some())
            .map(|x| x.confidence)
            .collect()
    }

    /// The single attribution of `text`, as strings.
    pub fn one(text: &str) -> (Option<String>, String, Vec<String>, &'static str) {
        let mut t = triples(text);
        assert_eq!(
            t.len(),
            1,
            "expected one attribution in {text:?}, got {t:?}"
        );
        t.remove(0)
    }

    pub fn s(x: &str) -> Option<String> {
        Some(x.to_string())
    }
}
