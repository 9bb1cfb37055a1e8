//! For `source_span.rs`: the rest of a source's noun phrase that the
//! chunker stopped before, when only its cue (or, after a cue, the
//! phrase's end) follows: a modifier it read as a participle opening a
//! post-modifier ("a veteran unaligned pollster said"), a noun it read as
//! a verb ("according to recently leaked council memos,").

use std::ops::Range;

use super::np::ly_adverb;
use super::source_span::NOT_MODIFIERS;
use super::word_shape::verb_like;
use super::{Ctx, Frame};
use crate::lexicon::{Class, WordInfo};
use crate::text::Tok;

impl Ctx<'_, '_> {
    /// The end of the words of the same noun phrase that a source stopped
    /// before, when nothing but the phrase's end follows them: "a veteran
    /// unaligned strategist said", "the former senate majority leader has
    /// said", "according to recently leaked party memos," (a modifier the
    /// chunker read as a participle opening a post-modifier, or a noun it
    /// read as a verb). Times ("the aides Tuesday said") and a participle
    /// ending the run ("the men arrested said") stay out, and so does a
    /// capitalised word right after the source ("Holt Just Said": a
    /// headline's words).
    pub(super) fn rest_of_phrase(
        &self,
        f: &Frame,
        s: &Range<usize>,
        limit: usize,
    ) -> Option<usize> {
        let e = s.end;
        // "according to her account": a possessive determiner alone after
        // its cue ("his stern warning that": before a noun cue it speaks).
        let possessive = self
            .doc
            .is_any(s.start, &["his", "her", "their", "its", "our"])
            && f.cue.end <= s.start;
        if e >= limit
            || s.len() == 1 && self.word(s.start).closed() && !possessive && !self.partitive(e - 1)
            || self.doc.is_cap(e)
        {
            return None;
        }
        let word = |k: usize| {
            self.doc.kind(k) == Some(Tok::Word)
                && !self.word(k).closed()
                && self.word(k).pronoun.is_none()
                && !ly_adverb(self.doc.tok(k))
                && !self.class(k, Class::Time)
        };
        let modifier = |k: usize| {
            let t = self.doc.tok(k);
            word(k)
                && !self.doc.is_cap(k)
                && t.len() > 5
                && (t.ends_with("ed") || t.ends_with("ing"))
                && self.cue_form(k).is_none()
                && !self.word(k).closed()
                && !NOT_MODIFIERS.has(t)
        };
        let noun = |k: usize| word(k) && self.np_word(k) && !verb_like(self.doc.tok(k));
        let mut k = e;
        while k < limit && k < e + 5 {
            // A modifier before a noun of its own ("hacked party memos"),
            // not a participle before its object ("tracking Holt").
            // An "-ing" word modifies the last noun only ("lobbying
            // records", not "tracking such deaths").
            let last = |j: usize| !noun(j) || !self.doc.tok(k).ends_with("ing");
            if noun(k) || modifier(k) && noun(k + 1) && !self.doc.is_cap(k + 1) && last(k + 2) {
                k += 1;
            } else {
                break;
            }
        }
        // The phrase's head: a person's, a group's or a document's noun, or
        // a plural ("the unions too said", "the senator walked out" are no
        // phrase's words).
        let t = self.doc.tok(k - 1);
        let head = self
            .word(k - 1)
            .is(WordInfo::PERSON | WordInfo::ORG | WordInfo::DOC | WordInfo::TITLE)
            || t.len() > 3 && t.ends_with('s') && !t.ends_with("ss");
        if k == e || !noun(k - 1) || !head {
            return None;
        }
        // What follows: its cue, after the verb group's auxiliaries and
        // adverbs ("has also said"), or after a cue the phrase's end.
        let ends = if f.cue.start >= k {
            (k..f.cue.start).all(|j| self.class(j, Class::Aux) || ly_adverb(self.doc.tok(j)))
                && f.cue.start - k <= 3
        } else {
            f.cue.end <= s.start && (k == limit || matches!(self.doc.tok(k), "," | "." | ";"))
        };
        ends.then_some(k)
    }
}

#[cfg(test)]
mod tests {
    use crate::patterns::testing::{one, s};

    fn source(text: &str) -> Option<String> {
        one(text).0
    }

    #[test]
    fn the_rest_of_a_noun_phrase_before_its_cue_belongs_to_it() {
        assert_eq!(
            source("A veteran unaligned pollster said the count was far from over."),
            s("A veteran unaligned pollster")
        );
        assert_eq!(
            source("According to recently leaked council memos, the depot will close."),
            s("recently leaked council memos")
        );
        assert_eq!(
            source("According to her account, the ferry left an hour early."),
            s("her account")
        );
        // A time, a participle ending the run and a headline's capitals stay out.
        assert_eq!(
            source("The drivers Tuesday said the depot would close."),
            s("The drivers")
        );
        assert_eq!(
            source("The two men detained said they had done nothing wrong."),
            s("The two men")
        );
        assert_eq!(
            source("His pointed warning that the depot would close went unheeded."),
            s("His")
        );
    }
}
