//! Sentences: the shared split of each paragraph at its sentence-ending
//! marks (a period only where no abbreviation or initial holds it), closing
//! quotes and brackets kept with their sentence, and a language's own joins
//! of what the split cut ([`Doc::join_sentences`]).

use std::ops::Range;

use super::{Doc, Tok};
use crate::lexicon::{Lexicon, WordInfo};

impl Doc<'_> {
    /// Does a period at token `i` (after word `i - 1`) end a sentence?
    fn period_ends(&self, i: usize) -> bool {
        if i == 0 || self.tokens[i - 1].span.end != self.tokens[i].span.start {
            return true;
        }
        let prev = self.tok(i - 1);
        let lex = Lexicon::get();
        // "…, of Tampa, Fla. “We expect more.”": a quotation opening after
        // the space, on a capital, starts the next sentence (not after a
        // title: "Mr. “Jim” Holt").
        // A doubled apostrophe ('') is two marks: the word follows both.
        let mut q = i + 1;
        while self.kind(q + 1) == Some(Tok::Quote)
            && self.kind(q) == Some(Tok::Quote)
            && self.tokens[q].span.end == self.tokens[q + 1].span.start
        {
            q += 1;
        }
        let quote_opens = self.kind(i + 1) == Some(Tok::Quote)
            && self.tokens[i + 1].span.start > self.tokens[i].span.end
            && self
                .tok(q + 1)
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
            && !lex.flagged(prev, WordInfo::TITLE);
        if quote_opens {
            return true;
        }
        let single_cap = prev.chars().count() == 1 && prev.chars().all(char::is_uppercase);
        // The word read straight from the text (`Lexicon::id_at`, the
        // per-token lookup): what `flagged(prev, …)` gives, without copying
        // a word shorter than the lookup's block; a final period (which no
        // token has) is still trimmed by `flagged`.
        let span = self.tokens[i - 1].span;
        let abbrev = lex
            .info_of(lex.id_at(self.text, span.start, span.end))
            .is(WordInfo::ABBREV)
            || prev.ends_with('.') && lex.flagged(prev, WordInfo::ABBREV);
        if single_cap || (abbrev && !prev.eq_ignore_ascii_case("no")) {
            return false;
        }
        if prev.eq_ignore_ascii_case("no") {
            // "No. 10" is an abbreviation; "said no." ends a sentence.
            return !self.kind(i + 1).is_some_and(|k| k == Tok::Num);
        }
        true
    }

    pub(super) fn split_sentences(&mut self) {
        self.sentence_of = vec![0; self.tokens.len()];
        // The next punctuation or quotation mark in `marks` (`i` only
        // grows, so the cursor does too).
        let mut c = 0;
        for k in 0..self.paragraphs.len() {
            let p = self.paragraphs[k].clone();
            let mut start = p.start;
            let mut i = p.start;
            while i < p.end {
                // Only punctuation ends a sentence: skip to the next mark
                // without reading any word's text.
                while self.marks.get(c).is_some_and(|&m| {
                    m < i || self.tokens.get(m).is_some_and(|t| t.kind != Tok::Punct)
                }) {
                    c += 1;
                }
                match self.marks.get(c) {
                    Some(&m) if m < p.end => i = m,
                    _ => break,
                }
                let t = self.tok(i);
                let ender = matches!(t, "." | "!" | "?" | "…") && (t != "." || self.period_ends(i));
                if ender {
                    // Take closing quotes and brackets with the sentence.
                    let mut j = i + 1;
                    while j < p.end
                        && (matches!(self.tok(j), ")" | "]" | "." | "!" | "?")
                            || (self.kind(j) == Some(Tok::Quote)
                                && self.tokens[j].span.start == self.tokens[j - 1].span.end))
                    {
                        j += 1;
                    }
                    let next_starts = j >= p.end || {
                        let n = self.tok(j);
                        let c = n.chars().next().unwrap_or(' ');
                        c.is_uppercase()
                            || c.is_ascii_digit()
                            || self.kind(j) == Some(Tok::Quote)
                            || matches!(c, '(' | '[' | '—' | '-')
                    };
                    if next_starts {
                        self.push_sentence(start..j);
                        start = j;
                        i = j;
                        continue;
                    }
                }
                i += 1;
            }
            if start < p.end {
                self.push_sentence(start..p.end);
            }
        }
    }

    /// Joins a sentence to the one before it in its paragraph where
    /// `join(doc, k)` says so (`k`: the later one's first token): a
    /// language's own reading of a period the shared split took for an end
    /// (German "am 1. Juli"). One pass; tokens and paragraphs unchanged.
    pub fn join_sentences(&mut self, join: impl Fn(&Doc, usize) -> bool) {
        let old = std::mem::take(&mut self.sentences);
        let mut out: Vec<Range<usize>> = Vec::with_capacity(old.len());
        for r in old {
            match out.last_mut() {
                Some(prev)
                    if prev.end == r.start
                        && r.start < r.end
                        && self.same_para(prev.start, r.start)
                        && join(self, r.start) =>
                {
                    prev.end = r.end;
                }
                _ => out.push(r),
            }
        }
        for (k, r) in out.iter().enumerate() {
            for i in r.clone() {
                if let Some(s) = self.sentence_of.get_mut(i) {
                    *s = k as u32;
                }
            }
        }
        self.sentences = out;
    }

    fn push_sentence(&mut self, r: Range<usize>) {
        let k = self.sentences.len() as u32;
        if let Some(of) = self.sentence_of.get_mut(r.clone()) {
            of.fill(k);
        }
        self.sentences.push(r);
    }
}

#[cfg(test)]
mod tests {
    use super::super::Doc;

    fn sentences<'t>(doc: &Doc<'t>) -> Vec<&'t str> {
        doc.sentences
            .iter()
            .map(|r| doc.span(r.start, r.end).of(doc.text))
            .collect()
    }

    #[test]
    fn sentences_know_abbreviations_and_quotes() {
        let doc = Doc::new(
            "Dr. Ingrid Solberg spoke. “It worked,” she said. Mr. J. Smith left U.S. soil.",
        );
        let sents = sentences(&doc);
        assert_eq!(
            sents,
            [
                "Dr. Ingrid Solberg spoke.",
                "“It worked,” she said.",
                "Mr. J. Smith left U.S. soil."
            ]
        );
    }

    #[test]
    fn an_abbreviation_before_an_opening_quotation_ends_the_sentence() {
        let doc = Doc::new(
            "“It works,” said Ada Lowe of Tampa, Fla. “We expect more.” Mr. “Bud” Holt left.",
        );
        let sents = sentences(&doc);
        assert_eq!(
            sents,
            [
                "“It works,” said Ada Lowe of Tampa, Fla.",
                "“We expect more.”",
                "Mr. “Bud” Holt left."
            ]
        );
    }

    #[test]
    fn an_abbreviation_before_a_doubled_apostrophe_ends_the_sentence() {
        let doc = Doc::new("''It works,'' said Ada Lowe of Tampa, Fla. ''We expect more.''");
        assert_eq!(
            sentences(&doc),
            [
                "''It works,'' said Ada Lowe of Tampa, Fla.",
                "''We expect more.''"
            ]
        );
    }

    #[test]
    fn sentence_closing_quote_stays_with_sentence() {
        let doc = Doc::new("He said “it is over.” Then he left.");
        assert_eq!(doc.sentences.len(), 2);
        assert_eq!(
            doc.span(doc.sentences[0].start, doc.sentences[0].end)
                .of(doc.text),
            "He said “it is over.”"
        );
    }
}
