//! Quotations: one linear scan pairing quotation marks.
//!
//! Curly “ ” and „ “, straight " ", British single ‘ ’ (and straight ' '),
//! guillemets « » and ‹ ›. Apostrophes inside single-quoted text ("don’t",
//! "the company’s", "’96") never close a quote. A quote left open at the end
//! of a paragraph carries on only when the next paragraph opens again with the
//! same mark (the news convention for quotes of several paragraphs);
//! otherwise it is dropped, so an unbalanced mark never swallows the article.

use crate::span::Span;
use crate::text::{Doc, Tok};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Style {
    Double,
    Single,
    Guillemet,
    SingleGuillemet,
    /// »…«, the German guillemets (the French pair reversed).
    ReverseGuillemet,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mark {
    Open(Style),
    Close(Style),
    /// Straight " or ': opens or closes by context.
    Either(Style),
}

/// Deepest nesting of open quotation marks kept while scanning.
const MAX_DEPTH: usize = 16;

/// One quotation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quote {
    /// Token index of the opening mark.
    pub open: usize,
    /// Token index of the closing mark (exclusive end of the inside is `close`).
    pub close: usize,
    /// The words inside the marks, trimmed of space.
    pub inner: Span,
    /// 0 for a top-level quote, 1 for a quote inside one, …
    pub depth: u32,
    /// Number of words inside.
    pub words: usize,
}

/// All quotations of a document, in order of their opening mark.
#[derive(Debug, Default)]
pub struct Quotes {
    pub all: Vec<Quote>,
    /// For each token, the index (into `all`) of the top-level quote whose
    /// marks enclose it, marks included.
    pub top_of: Vec<Option<u32>>,
}

impl Quotes {
    /// The top-level quote that token `i` sits in (or is a mark of).
    pub fn top(&self, i: usize) -> Option<&Quote> {
        self.top_of
            .get(i)
            .copied()
            .flatten()
            .map(|q| &self.all[q as usize])
    }

    /// Is any of tokens `r` in a top-level quote (or one of its marks)?
    /// What asking [`Quotes::top`] of each gives, read as a slice.
    pub fn any_in(&self, r: std::ops::Range<usize>) -> bool {
        let n = self.top_of.len();
        self.top_of
            .get(r.start.min(n)..r.end.min(n))
            .is_some_and(|qs| qs.iter().any(Option::is_some))
    }

    pub fn top_index(&self, i: usize) -> Option<usize> {
        self.top_of.get(i).copied().flatten().map(|q| q as usize)
    }

    /// The top-level quote whose opening mark is token `i`.
    pub fn opening_at(&self, i: usize) -> Option<usize> {
        self.top_index(i).filter(|&q| self.all[q].open == i)
    }

    /// The top-level quote whose closing mark is token `i`.
    pub fn closing_at(&self, i: usize) -> Option<usize> {
        self.top_index(i).filter(|&q| self.all[q].close == i)
    }
}

fn style_of(c: char) -> Option<Mark> {
    Some(match c {
        '“' | '„' => Mark::Open(Style::Double),
        '”' => Mark::Close(Style::Double),
        '«' => Mark::Open(Style::Guillemet),
        '»' => Mark::Close(Style::Guillemet),
        '‹' => Mark::Open(Style::SingleGuillemet),
        '›' => Mark::Close(Style::SingleGuillemet),
        '‘' | '‚' => Mark::Open(Style::Single),
        '’' => Mark::Either(Style::Single),
        '\'' => Mark::Either(Style::Single),
        '"' => Mark::Either(Style::Double),
        _ => return None,
    })
}

/// The German pairs: „…“ and ‚…‘ close with the marks that open English
/// quotations, and »…« is the guillemet pair reversed. Only a „ or ‚ still
/// open, or a » with no « before it, changes a mark, so English text (which
/// has none of them) pairs as before.
fn german(doc: &Doc, stack: &[(usize, Style, bool)], tok: &str, mark: Mark) -> Mark {
    let opened_by = |c: &str, style: Style| {
        stack
            .iter()
            .rev()
            .find(|&&(_, s, _)| s == style)
            .is_some_and(|&(o, _, _)| doc.tok(o) == c)
    };
    let open = |style: Style| stack.iter().any(|&(_, s, _)| s == style);
    match tok {
        "“" if opened_by("„", Style::Double) => Mark::Close(Style::Double),
        "‘" if opened_by("‚", Style::Single) => Mark::Close(Style::Single),
        "»" if !open(Style::Guillemet) => Mark::Open(Style::ReverseGuillemet),
        "«" if open(Style::ReverseGuillemet) => Mark::Close(Style::ReverseGuillemet),
        _ => mark,
    }
}

/// Finds the quotations of `doc`.
pub fn find(doc: &Doc) -> Quotes {
    let n = doc.tokens.len();
    // About a pair in forty tokens of news text: one allocation each.
    let mut found: Vec<(usize, usize, u32)> = Vec::with_capacity(n / 32 + 4);
    // Open marks: (token, style, straight).
    let mut stack: Vec<(usize, Style, bool)> = Vec::with_capacity(8);
    for (pi, p) in doc.paragraphs.iter().enumerate() {
        // A quote still open from the paragraph before carries on only if
        // this paragraph opens with the same style, and the same mark: a
        // straight " left open is a stray, not a quote that a curly “
        // continues.
        if let Some(&(_, style, straight)) = stack.first() {
            let first = p.start;
            let reopens = doc.kind(first) == Some(Tok::Quote)
                && matches!(doc.tok(first), "\"" | "'") == straight
                && doc
                    .tok(first)
                    .chars()
                    .next()
                    .and_then(style_of)
                    .is_some_and(|m| match m {
                        Mark::Open(s) | Mark::Either(s) => s == style,
                        Mark::Close(_) => false,
                    });
            if reopens {
                stack.truncate(1);
            } else {
                stack.clear();
            }
        }
        let carried = !stack.is_empty();
        // Only the marks are read, not every word.
        for &i in doc.marks_in(p.clone()) {
            if doc.kind(i) != Some(Tok::Quote) {
                continue;
            }
            if carried && i == p.start {
                continue; // the repeated opening mark of a continued quote
            }
            let Some(mark) = doc.tok(i).chars().next().and_then(style_of) else {
                continue;
            };
            let mark = german(doc, &stack, doc.tok(i), mark);
            // A run of marks with no space between ("''", ",'''" closing a
            // quote inside a quote) is glued where the run is glued.
            let (first, last) = doc.mark_run(i, p.clone());
            let glued_before = first > p.start
                && doc.tokens[first - 1].span.end == doc.tokens[first].span.start
                && doc.is_word_or_punct(first - 1);
            let glued_after = last + 1 < p.end
                && doc.tokens[last + 1].span.start == doc.tokens[last].span.end
                && !doc.is_space_like(last + 1);
            let t = doc.tokens[i].span;
            let word_before = i > p.start
                && doc.tokens[i - 1].span.end == t.start
                && matches!(doc.kind(i - 1), Some(Tok::Word | Tok::Num));
            // A typo'd curly mark: “ glued to the word before it and not to
            // the next closes an open double quotation (“…,“ she said); ”
            // glued only to the next word, with none open, opens one.
            let double_open = stack.iter().any(|&(_, s, _)| s == Style::Double);
            let mark = match mark {
                Mark::Open(Style::Double) if glued_before && !glued_after && double_open => {
                    Mark::Close(Style::Double)
                }
                Mark::Close(Style::Double) if glued_after && !glued_before && !double_open => {
                    Mark::Open(Style::Double)
                }
                m => m,
            };
            let mark = match mark {
                Mark::Either(style) => {
                    let straight = doc.tok(i) == "\"" || doc.tok(i) == "'";
                    let open_here = stack.iter().any(|&(_, s, _)| s == style);
                    if glued_after && !glued_before {
                        // ’96 is an apostrophe; ‘word or "word opens.
                        let digit_after = doc.kind(i + 1) == Some(Tok::Num);
                        if style == Style::Single && !straight && digit_after {
                            continue;
                        }
                        if style == Style::Single && !straight {
                            // A curly ’ glued to the next word only: an elided
                            // word ("’em"), unless nothing else could open.
                            continue;
                        }
                        Mark::Open(style)
                    } else if glued_before && !glued_after {
                        if open_here {
                            Mark::Close(style)
                        } else if style == Style::Single {
                            continue; // plural possessive "parents’"
                        } else {
                            Mark::Close(style)
                        }
                    } else if open_here {
                        Mark::Close(style)
                    } else if style == Style::Double {
                        Mark::Open(style)
                    } else {
                        continue;
                    }
                }
                m => m,
            };
            match mark {
                Mark::Open(style) => {
                    // An apostrophe-like ‘ inside a word never gets here (the
                    // tokenizer keeps it in the word).
                    let straight = matches!(doc.tok(i), "\"" | "'");
                    if stack.len() >= MAX_DEPTH {
                        // Real quotes nest two or three deep; a wall of
                        // opening marks is not worth pairing (and would
                        // make the scan quadratic).
                        stack.remove(1.min(stack.len() - 1));
                    }
                    stack.push((i, style, straight));
                }
                Mark::Close(style) => {
                    if let Some(k) = stack.iter().rposition(|&(_, s, _)| s == style) {
                        // A single ’ right after a word inside a double quote
                        // that has no single quote open is an apostrophe; only
                        // pairs are recorded.
                        let (open, _, _) = stack[k];
                        stack.truncate(k);
                        found.push((open, i, k as u32));
                    } else if word_before && style == Style::Single {
                        continue;
                    }
                }
                Mark::Either(_) => {}
            }
        }
        // What is still open at the paragraph's end: only a top-level quote
        // can carry over, and only if the next paragraph reopens it.
        let last = pi + 1 == doc.paragraphs.len();
        if last {
            stack.clear();
        } else {
            stack.truncate(1);
        }
    }
    found.sort_unstable();
    let mut quotes = Quotes {
        all: Vec::with_capacity(found.len()),
        top_of: vec![None; n],
    };
    for (open, close, depth) in found {
        let inner = doc.span(open + 1, close);
        let inner = if open + 1 < close {
            inner
        } else {
            Span::new(doc.tokens[open].span.end, doc.tokens[open].span.end)
        };
        let words = doc.words_in(open + 1..close);
        quotes.all.push(Quote {
            open,
            close,
            inner,
            depth,
            words,
        });
    }
    // Depth from nesting among the pairs themselves (the stack depth can
    // miss an outer quote dropped at a paragraph end).
    let mut outer: Vec<usize> = Vec::with_capacity(8);
    for q in 0..quotes.all.len() {
        let (o, c) = (quotes.all[q].open, quotes.all[q].close);
        while outer.last().is_some_and(|&k| quotes.all[k].close < o) {
            outer.pop();
        }
        quotes.all[q].depth = outer.len() as u32;
        if outer.is_empty() {
            for t in o..=c.min(n.saturating_sub(1)) {
                quotes.top_of[t] = Some(q as u32);
            }
        }
        outer.push(q);
    }
    quotes
}

/// The longest run of quotation marks glued to each other around token `i`,
/// at most [`RUN`] marks each way (first and last token index).
const RUN: usize = 3;

impl Doc<'_> {
    fn mark_run(&self, i: usize, p: std::ops::Range<usize>) -> (usize, usize) {
        let glued = |a: usize, b: usize| {
            self.kind(a) == Some(Tok::Quote)
                && self.kind(b) == Some(Tok::Quote)
                && self.tokens[a].span.end == self.tokens[b].span.start
        };
        let mut first = i;
        while first > p.start && i - first < RUN && glued(first - 1, first) {
            first -= 1;
        }
        let mut last = i;
        while last + 1 < p.end && last - i < RUN && glued(last, last + 1) {
            last += 1;
        }
        (first, last)
    }

    fn is_word_or_punct(&self, i: usize) -> bool {
        matches!(
            self.kind(i),
            Some(Tok::Word | Tok::Num | Tok::Punct | Tok::Poss)
        ) && !matches!(self.tok(i), "(" | "[" | "—" | "–")
    }

    fn is_space_like(&self, i: usize) -> bool {
        matches!(self.tok(i), ")" | "]" | "," | "." | ";" | ":" | "!" | "?")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inner(text: &str) -> Vec<(String, u32)> {
        let doc = Doc::new(text);
        let q = find(&doc);
        q.all
            .iter()
            .map(|q| (q.inner.of(text).to_string(), q.depth))
            .collect()
    }

    #[test]
    fn pairs_each_style() {
        assert_eq!(inner("“a b,” he said."), [("a b,".into(), 0)]);
        assert_eq!(
            inner("He said \"a b\" and \"c\"."),
            [("a b".into(), 0), ("c".into(), 0)]
        );
        assert_eq!(inner("«a» ‘b’"), [("a".into(), 0), ("b".into(), 0)]);
    }

    #[test]
    fn german_marks_pair() {
        assert_eq!(
            inner("Er sagte: „Wir kommen ‚bald‘ zurück.“ Dann »ging« er."),
            vec![
                ("Wir kommen ‚bald‘ zurück.".to_string(), 0),
                ("bald".to_string(), 1),
                ("ging".to_string(), 0)
            ]
        );
        // The English pairs are untouched: “…” and ‘…’ as before.
        assert_eq!(inner("“It is ‘fine’,” she said.").len(), 2);
    }

    #[test]
    fn apostrophes_do_not_close_single_quotes() {
        assert_eq!(
            inner("‘I don’t know the company’s plans,’ she said of the players’ union in ’96."),
            [("I don’t know the company’s plans,".into(), 0)]
        );
    }

    #[test]
    fn nested_quotes_have_depth() {
        let got = inner("“He called it ‘a farce’ today,” she said.");
        assert_eq!(got[0], ("He called it ‘a farce’ today,".into(), 0));
        assert_eq!(got[1], ("a farce".into(), 1));
    }

    #[test]
    fn doubled_apostrophes_close_a_quote_inside_a_quote() {
        // ''…'' quotations with a single quote closing at their end (',''').
        let got = inner("''We call it 'a new start,''' said Ben Tarr. ''Yes.''");
        assert_eq!(got.iter().filter(|q| q.1 == 0).count(), 2, "{got:?}");
        assert!(got[0].0.contains("We call it"), "{got:?}");
        assert!(
            got.iter().any(|q| q.0 == "a new start," && q.1 > 0),
            "{got:?}"
        );
    }

    #[test]
    fn a_wrong_curly_mark_still_pairs() {
        assert_eq!(
            inner("“It is rare,“ said Ann Dunn. “It is hard.”"),
            [("It is rare,".into(), 0), ("It is hard.".into(), 0)]
        );
        assert_eq!(
            inner("”The dam is old,” said Jon Krist."),
            [("The dam is old,".into(), 0)]
        );
        // A “ glued to the next word opens as before.
        assert_eq!(
            inner("“He said “yes” twice,” she said."),
            [("He said “yes” twice,".into(), 0), ("yes".into(), 1)]
        );
    }

    #[test]
    fn quote_continues_over_paragraphs_that_reopen() {
        let text = "“First part.\n\n“Second part.\n\n“Third,” he said.";
        assert_eq!(
            inner(text),
            [("First part.\n\n“Second part.\n\n“Third,".into(), 0)]
        );
    }

    #[test]
    fn a_straight_mark_left_open_is_not_continued_by_a_curly_one() {
        let text = "\"The fair opened late.\n\n“We are ready,” she said.";
        assert_eq!(inner(text), [("We are ready,".into(), 0)]);
    }

    #[test]
    fn unbalanced_mark_stays_in_its_paragraph() {
        let text = "He said “this never closes.\n\nNext paragraph has “a quote” here.";
        assert_eq!(inner(text), [("a quote".into(), 0)]);
    }

    #[test]
    fn top_of_marks_tokens_inside() {
        let doc = Doc::new("x “a b” y");
        let q = find(&doc);
        let top: Vec<bool> = (0..doc.tokens.len()).map(|i| q.top(i).is_some()).collect();
        assert_eq!(top, [false, true, true, true, true, false]);
        assert_eq!(q.opening_at(1), Some(0));
        assert_eq!(q.closing_at(4), Some(0));
    }
}
