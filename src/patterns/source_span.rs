//! Where a found source starts and ends: the whole noun phrase the
//! patterns' chunker cut short, widened after every pattern has run.
//!
//! The patterns find a source's head; this pass gives it back the words of
//! the same noun phrase that the chunker stopped before (GUIDELINES: "a noun
//! phrase with its determiner and pre-modifiers"): a plural possessor
//! ("Sanders’ aides"), a participle after a determiner ("the retired
//! surgeon"), a middle initial ("James A. Baker"), a name joined by a slash
//! ("a Times/CBS News poll"), a quantity's "of"-phrase ("55 percent of all
//! voters", "a handful of senators"), "four in 10 voters", coordinated
//! subjects and adverbs of degree (`source_conjuncts.rs`), the words a
//! chunker left before the cue (`phrase_rest.rs`). Appositives,
//! relative clauses and other post-modifiers stay out, as the guidelines say.

use std::ops::Range;

use super::{Ctx, Frame};
use crate::lexicon::{list_text, Class, WordList};
use crate::span::Span;
use crate::text::Tok;

/// Measure and collective nouns that head a phrase whose "of"-phrase
/// names who speaks ("a handful of senators", "three-quarters of voters").
static MEASURES: WordList = WordList::new(list_text!("en/measure_nouns"));

/// Words opening a free relative or question before its subject.
static WH_OPENERS: WordList = WordList::new(list_text!("en/wh_openers"));

/// Pronouns a contracted auxiliary is written onto ("I've", "they’d").
static CONTRACTING: WordList = WordList::new(list_text!("en/contracting_pronouns"));

/// "-ing" and "-ed" words that open a phrase of their own rather than
/// modify the noun after them.
pub(super) static NOT_MODIFIERS: WordList = WordList::new(list_text!("en/not_modifiers"));

impl Ctx<'_, '_> {
    /// Widens every frame's source to its whole noun phrase.
    pub fn widen_sources(&self, frames: &mut [Frame]) {
        for f in frames.iter_mut() {
            if let Some(s) = f.source.clone() {
                let w = self.widen(f, s);
                f.source = Some(w);
            }
        }
    }

    /// A source's characters: its tokens', but a lone pronoun with a
    /// contracted auxiliary ("I've", "they’d", "we'll") is the pronoun
    /// alone, as "he" in "he has said".
    pub fn source_chars(&self, s: &Range<usize>) -> Span {
        let span = self.doc.span(s.start, s.end);
        if s.len() != 1 {
            return span;
        }
        let t = self.doc.tok(s.start);
        let Some(k) = t.find(['\'', '’']) else {
            return span;
        };
        let rest = t[k..].trim_start_matches(['\'', '’']);
        let clitic = ["ve", "d", "ll", "re", "m"]
            .iter()
            .any(|c| rest.eq_ignore_ascii_case(c));
        if clitic && CONTRACTING.has(&t[..k]) {
            return Span::new(span.start, span.start + k);
        }
        span
    }

    /// Does a line break stand between token `k - 1` and token `k`?
    fn line_break_before(&self, k: usize) -> bool {
        k > 0
            && k < self.len()
            && self.doc.text[self.doc.tokens[k - 1].span.end..self.doc.tokens[k].span.start]
                .contains('\n')
    }

    fn widen(&self, f: &Frame, mut s: Range<usize>) -> Range<usize> {
        let first = s.start;
        // A pronoun ("he", "who") is a whole source; "Many of you": the
        // quantity before it too.
        if s.len() == 1 && (self.is_pronoun(s.start) || self.class(s.start, Class::Rel)) {
            let a = s.start;
            let floor = self.sentence_start(a);
            let of = a >= floor + 2 && self.doc.is(a - 1, "of") && self.partitive(a - 2);
            if of && self.clause_opens(a - 2) {
                return a - 2..s.end;
            }
            return s;
        }
        let free =
            |r: &Range<usize>| !overlaps(r, &f.cue) && !f.content.iter().any(|c| overlaps(r, c));
        // A bounded number of steps: each one only grows the range.
        for _ in 0..4 {
            let next = self
                .widen_left(s.clone())
                .filter(|&a| a < s.start && free(&(a..s.start)))
                .map(|a| a..s.end)
                .or_else(|| {
                    let limit = self.right_limit(f, &s);
                    self.widen_right(s.clone(), limit)
                        .or_else(|| self.conjunct_after(f, &s, limit))
                        .or_else(|| self.rest_of_phrase(f, &s, limit))
                        .or_else(|| self.source_tail(f, &s, limit))
                        .filter(|&b| b > s.end && free(&(s.end..b)))
                        .map(|b| s.start..b)
                });
            match next {
                Some(n) => s = n,
                None => break,
            }
        }
        // A source stays inside its line: "the U.S." ending a paragraph is
        // no part of the name that opens the next.
        let head = s.start.max(first);
        if let Some(k) = (s.start + 1..=head.min(s.end.saturating_sub(1)))
            .rev()
            .find(|&k| self.line_break_before(k))
        {
            s.start = k;
        }
        // "the $20 million experts say it costs": an amount of money before
        // the speakers is no part of them.
        if s.start > 0 && matches!(self.doc.tok(s.start - 1), "$" | "£" | "€") {
            let mut k = s.start;
            while k + 1 < s.end
                && (self.numeric(k)
                    || self
                        .doc
                        .is_any(k, &["million", "billion", "trillion", "thousand"]))
            {
                k += 1;
            }
            s.start = k;
        }
        // "what Ames said", "how experts say": the subject after the word.
        let opener = s.len() >= 2
            && WH_OPENERS.has(self.doc.tok(s.start))
            && !self.doc.is(s.start + 1, "many")
            && !self.doc.is(s.start + 1, "much");
        if opener {
            s.start += 1;
        }
        s
    }

    /// How far right a source may grow: to its cue when the cue follows it,
    /// else to the next content piece or the sentence's end.
    fn right_limit(&self, f: &Frame, s: &Range<usize>) -> usize {
        let mut limit = self.sentence_end(s.end.saturating_sub(1)).max(s.end);
        if f.cue.start >= s.end {
            limit = limit.min(f.cue.start);
        }
        for c in &f.content {
            if c.start >= s.end {
                limit = limit.min(c.start);
            }
        }
        limit
    }

    fn glued(&self, i: usize) -> bool {
        i > 0 && i < self.len() && self.doc.tokens[i - 1].span.end == self.doc.tokens[i].span.start
    }

    /// Dotted initials as one word: "J.M", "G.K".
    fn dotted(&self, i: usize) -> bool {
        let w = self.doc.tok(i);
        w.contains('.') && w.split('.').all(|p| p.chars().count() == 1) && self.doc.is_cap(i)
    }

    /// A number: digits or a number word ("four", "Six").
    pub(super) fn numeric(&self, i: usize) -> bool {
        self.doc.kind(i) == Some(Tok::Num) || self.class(i, Class::Number)
    }

    /// Does the clause open at `i` (its sentence's start, or after a comma,
    /// a semicolon, a dash or "but")?
    pub(super) fn clause_opens(&self, i: usize) -> bool {
        i <= self.sentence_start(i)
            || matches!(self.doc.tok(i - 1), "," | ";" | "—" | "–")
            || self.doc.is(i - 1, "but")
            || self.closes_quote(i - 1).is_some()
    }

    /// A new start for source `s`, if words of its phrase stand before it.
    fn widen_left(&self, s: Range<usize>) -> Option<usize> {
        let a = s.start;
        // "CBC Chairman G.K. Butterfield": dotted initials the splitter
        // read as a sentence's end.
        if a >= 2 && self.doc.tok(a - 1) == "." && self.glued(a - 1) && self.dotted(a - 2) {
            let floor = self.sentence_start(a - 2);
            return self.np_before(a - 1, floor).map(|np| np.start);
        }
        let floor = self.sentence_start(a);
        if a <= floor {
            return None;
        }
        let p = a - 1;
        let t = self.doc.tok(p);
        // "That person", "These groups": a demonstrative opening the
        // sentence (after a cue "that" opens a clause instead).
        if p == floor
            && self.doc.is_any(p, &["that", "this", "these", "those"])
            && self.doc.kind(a) == Some(Tok::Word)
            && !self.doc.is_cap(a)
            && self.np_word(a)
        {
            return Some(p);
        }
        // "Sanders’ aides", "Sanders's team": the possessor.
        let plural_possessive = self.doc.kind(p) == Some(Tok::Quote)
            && self.glued(p)
            && !self.glued(a)
            && self.opens_quote(p).is_none()
            && self.closes_quote(p).is_none()
            && p > floor
            && self.doc.tok(p - 1).ends_with(['s', 'S']);
        if plural_possessive || self.doc.kind(p) == Some(Tok::Poss) {
            return self.np_before(p, floor).map(|np| np.start);
        }
        // "James A. Baker", "I. Charles McCullough": the initial was read as
        // an article or a sentence's end.
        let initial = |i: usize| {
            self.doc.tok(i).len() == 1 && self.doc.is_cap(i) && self.doc.is_punct(i + 1, '.')
        };
        if (initial(a) && self.glued(a + 1)) || (t.len() == 1 && initial(p) && self.glued(a)) {
            let from = if initial(a) { a } else { p };
            if from > floor
                && self.doc.is_cap(from - 1)
                && self.doc.kind(from - 1) == Some(Tok::Word)
            {
                return self
                    .np_before(from, floor)
                    .map(|np| np.start)
                    .or(Some(from));
            }
            return (from < a).then_some(from);
        }
        // "the retired surgeon", "the gambling tycoon": a participle as a
        // pre-modifier, after an article or opening the clause.
        let lower = self.doc.kind(p) == Some(Tok::Word) && !self.doc.is_cap(p);
        let participle = lower
            && t.len() > 5
            && (t.ends_with("ing") || t.ends_with("ed"))
            && self.cue_form(p).is_none()
            && !NOT_MODIFIERS.has(t)
            && !self.class(p, Class::Prep)
            && !t.ends_with("thing")
            && self.doc.kind(a) == Some(Tok::Word)
            && !self.class(a, Class::Det);
        if participle {
            if p > floor && self.class(p - 1, Class::Det) && !self.doc.is(p - 1, "that") {
                return Some(p - 1);
            }
            // "the newly elected members": an adverb before it.
            if p > floor + 1
                && super::word_shape::ly_adverb(self.doc.tok(p - 1))
                && !self.doc.is_cap(p - 1)
                && self.doc.is_any(p - 2, &["the", "a", "an"])
            {
                return Some(p - 2);
            }
            // "Ames’s leading rivals": after a possessor.
            if p > floor + 1 && self.doc.kind(p - 1) == Some(Tok::Poss) {
                return self.np_before(p - 1, floor).map(|np| np.start);
            }
            // "…, where restructuring lawyers say": after a relative word or
            // a conjunction too.
            let after_link =
                p > floor && (self.class(p - 1, Class::Rel) || self.class(p - 1, Class::Conj));
            if self.clause_opens(p) || after_link {
                return Some(p);
            }
            return None;
        }
        // "the publicly available data": an adverb before a modifier,
        // after an article.
        if lower
            && p > floor
            && super::word_shape::ly_adverb(t)
            && self.cue_form(p).is_none()
            && self.doc.is_any(p - 1, &["the", "a", "an"])
            && self.doc.kind(a) == Some(Tok::Word)
            && !self.doc.is_cap(a)
            && s.len() >= 2
        {
            return Some(p - 1);
        }
        // "four in 10 voters", "nine out of 10 voters".
        if let Some(q) = self.in_ten_before(a, floor) {
            return Some(q);
        }
        // "Clinton and the State Department", "at least a dozen members"
        // (source_conjuncts.rs).
        self.coordinated_before(p, floor)
            .or_else(|| self.modifier_pair_before(&s, floor))
            .or_else(|| self.degree_before(a, floor))
            .or_else(|| self.handle_before(a, floor))
    }

    /// The start of "N in 10" / "N out of 10" ending just before `a`.
    fn in_ten_before(&self, a: usize, floor: usize) -> Option<usize> {
        let ten = a.checked_sub(1)?;
        if !(self.doc.is_any(ten, &["10", "ten"])) || ten < floor + 2 {
            return None;
        }
        let mut n = if self.doc.is(ten - 1, "in") {
            ten - 2
        } else if self.doc.is(ten - 1, "of") && ten >= floor + 3 && self.doc.is(ten - 2, "out") {
            ten - 3
        } else {
            return None;
        };
        if !self.numeric(n) {
            return None;
        }
        if n > floor && self.doc.is(n - 1, "than") {
            n -= 1;
        }
        if n > floor
            && self.doc.is_any(
                n - 1,
                &[
                    "about", "nearly", "almost", "roughly", "around", "over", "more", "fewer",
                    "some", "only",
                ],
            )
        {
            n -= 1;
        }
        Some(n)
    }

    /// A new end for source `s` (not past `limit`), if its phrase goes on.
    fn widen_right(&self, s: Range<usize>, limit: usize) -> Option<usize> {
        let e = s.end;
        if e >= limit || e == 0 {
            return None;
        }
        let last = e - 1;
        let t = self.doc.tok(e);
        // "a Boston Globe/WBUR survey".
        if t == "/" && self.glued(e) && self.glued(e + 1) && self.doc.is_cap(e + 1) {
            return self.np_after(e + 1, limit).map(|np| np.end);
        }
        // "J.M. Berger": initials the sentence splitter read as an end.
        let initials = self.dotted(last);
        // The splitter ended the sentence there, so the limit is the next one's.
        let limit = if initials && limit == e + 1 && t == "." {
            self.sentence_end(e + 1).min(e + 8)
        } else {
            limit
        };
        if initials && t == "." && self.glued(e) && e + 1 < limit && self.is_cap_name(e + 1) {
            let mut k = e + 1;
            while k < limit && k < e + 5 && (self.is_cap_name(k) || self.abbrev_period(k)) {
                k += 1;
            }
            let ends = k >= limit || matches!(self.doc.tok(k), "," | "." | "(" | ";");
            return ends.then_some(k);
        }
        // "55 percent of all voters", "a handful of senators".
        if t == "of" && MEASURES.has(self.doc.tok(last)) && e + 1 < limit {
            return self
                .np_after(e + 1, limit)
                .filter(|np| np.start == e + 1)
                .map(|np| np.end);
        }
        // "four in 10", "More than 4 in 10 voters", "eight of 10 voters".
        if self.numeric(last) && (t == "in" || t == "of") && self.doc.is_any(e + 1, &["10", "ten"])
        {
            let ten = e + 2;
            if ten <= limit {
                let more = self.np_after(ten, limit).filter(|np| np.start == ten);
                return Some(more.map_or(ten, |np| np.end));
            }
        }
        // "Sen. Ted Cruz (R-Tex.)": a party and state label.
        if t == "(" {
            return self.party_label(e, limit);
        }
        None
    }

    /// The end of "(D-Md.)", "(R)", "(I-Vt.)", "(Tex.)" opening at `open`.
    pub(super) fn party_label(&self, open: usize, limit: usize) -> Option<usize> {
        let close = (open + 1..(open + 5).min(limit)).find(|&k| self.doc.tok(k) == ")")?;
        if close == open + 1 || !self.is_cap_name(open - 1) && !self.abbrev_period(open - 1) {
            return None;
        }
        let first = self.doc.tok(open + 1);
        let party = |w: &str| {
            let mut c = w.chars();
            matches!(c.next(), Some('D' | 'R' | 'I'))
                && matches!(c.next(), None | Some('-'))
                && w.len() <= 8
        };
        let state = |k: usize| {
            self.doc.is_cap(k) && self.doc.tok(k).len() <= 5 && self.doc.is_punct(k + 1, '.')
        };
        let ok = (party(first) || state(open + 1))
            && (open + 2..close).all(|k| self.doc.tok(k) == "." || self.doc.is_cap(k));
        ok.then_some(close + 1)
    }
}

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

#[cfg(test)]
mod tests;
