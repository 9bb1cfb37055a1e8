//! A noun-phrase chunker made of word lists and capitalisation.
//!
//! [`after`] reads a phrase forwards from its first word ("according to
//! *an Agence France-Presse tally* based on …"); [`before`] reads one
//! backwards from the word before a verb ("…, *the official* said").
//! Both stop before appositives, relative clauses, participles and
//! prepositional phrases, so "Diaa Rashwan, who heads …" gives "Diaa
//! Rashwan" and "a person familiar with the matter" gives "a person".

use std::ops::Range;

pub(crate) use super::word_shape::ly_adverb;
use super::word_shape::{ends_with_ci, verb_like};
use super::Ctx;
use crate::lexicon::{list_text, Class, WordInfo, WordList};
use crate::text::Tok;

const MAX_NP: usize = 12;

/// Adverbs before a quantity that belong to its noun phrase (`tails.rs` reads
/// them too).
pub(super) static QUANTITY_ADVERBS: WordList = WordList::new(list_text!("en/quantity_adverbs"));

/// Nouns a name follows as the subject of a clause with no relative word.
static CONTACT_NOUNS: WordList = WordList::new(list_text!("en/contact_nouns"));

impl Ctx<'_, '_> {
    /// A capitalised word that is not a sentence-initial function word
    /// ("Rashwan", not "The").
    pub fn is_cap_name(&self, i: usize) -> bool {
        self.doc.is_cap(i) && (!self.word(i).closed() || self.class(i, Class::Verb))
    }

    /// A pronoun that can stand as a whole source ("he", "they", "who").
    pub fn is_pronoun(&self, i: usize) -> bool {
        self.word(i).pronoun.is_some()
    }

    /// A word that can sit inside a noun phrase: a name, a noun, an
    /// adjective, a number.
    pub fn np_word(&self, i: usize) -> bool {
        match self.doc.kind(i) {
            Some(Tok::Num) => true,
            // "26%": the sign after a number.
            Some(Tok::Punct) => {
                i > 0 && self.doc.tok(i) == "%" && self.doc.kind(i - 1) == Some(Tok::Num)
            }
            Some(Tok::Word) => {
                let t = self.doc.tok(i);
                if self.closed(i) {
                    // "the Met Office": a capitalised verb form is a name;
                    // so is "Will" in "said Will Doyle" inside a sentence.
                    let first_name = self.doc.is_cap(i)
                        && i > self.sentence_start(i)
                        && self.class(i, Class::Aux)
                        && self.doc.is_cap(i + 1)
                        && !self.closed(i + 1);
                    // "Prime Minister Theresa May said": a last name, after a
                    // name and before a cue or the phrase's end.
                    let last_name = self.doc.is_cap(i)
                        && i > self.sentence_start(i)
                        && self.class(i, Class::Aux)
                        && self.is_cap_name(i - 1)
                        && !self.class(i - 1, Class::Aux)
                        && (self.doc.kind(i + 1) != Some(Tok::Word)
                            || !self.doc.is_cap(i + 1) && self.cue_form(i + 1).is_some());
                    let paper = self.capital_today(i);
                    return self.class(i, Class::Number)
                        || self.class(i, Class::Verb) && self.doc.is_cap(i)
                        || first_name
                        || last_name
                        || paper;
                }
                if self.doc.is_cap(i) {
                    return true;
                }
                if let Some(cue) = self.cue_form(i) {
                    // "report", "statement"-like nouns stay; verbs stop.
                    return cue.ambiguous && !t.ends_with("ed") && t != "said" && !cue.participle;
                }
                let w = self.word(i);
                !verb_like(t) || w.is(WordInfo::PERSON) || w.is(WordInfo::DOC)
            }
            _ => false,
        }
    }

    /// "USA Today", "USA TODAY": a capitalised "today" after a name is
    /// the name's, no time.
    pub(super) fn capital_today(&self, i: usize) -> bool {
        self.doc.is(i, "today")
            && self.doc.is_cap(i)
            && i > self.sentence_start(i)
            && self.is_cap_name(i - 1)
    }

    fn closed(&self, i: usize) -> bool {
        self.word(i).closed()
    }

    /// The period of "Dr." or of an initial ("J.") glued to its word.
    pub(crate) fn abbrev_period(&self, i: usize) -> bool {
        i > 0
            && self.doc.tok(i) == "."
            && self.doc.tokens[i - 1].span.end == self.doc.tokens[i].span.start
            && self.doc.kind(i - 1) == Some(Tok::Word)
            && {
                let p = self.doc.tok(i - 1);
                // "Dr.", "J.", and the last period of "F.B.I." or "U.S.".
                self.word(i - 1).is(WordInfo::ABBREV)
                    || (p.chars().count() == 1 && self.doc.is_cap(i - 1))
                    || (p.contains('.') && self.doc.is_cap(i - 1))
            }
    }

    /// "of", "for", "and", "&", "de" joining two capitalised words
    /// ("University of Elmfield", "Greece and Cyprus", "Crisp & Co").
    pub(crate) fn joins_names(&self, i: usize) -> bool {
        let t = self.doc.tok(i);
        let joiner = matches!(
            t,
            "of" | "for" | "and" | "&" | "de" | "del" | "la" | "al" | "von" | "van" | "bin"
        );
        // "the Commission on Harbor Safety": "on" after a body's
        // capitalised noun.
        let body = i > 0
            && t == "on"
            && self.doc.is_cap(i - 1)
            && self.word(i - 1).is(WordInfo::ORG)
            && !self.doc.tok(i - 1).ends_with('s');
        (joiner || body) && i > 0 && (self.doc.is_cap(i - 1) || self.abbrev_period(i - 1)) && {
            let mut j = i + 1;
            if self.doc.is(j, "the") {
                j += 1;
            }
            self.doc.is_cap(j) && !self.class(j, Class::Time)
        }
    }

    /// Does an anonymity phrase ("familiar with", "who spoke on condition of
    /// anonymity") start at token `i`? Returns its length in tokens.
    pub fn anonymity_at(&self, i: usize) -> Option<usize> {
        if !self.word(i).is(WordInfo::PHRASE) {
            return None;
        }
        // Only the phrases that start with this word are walked.
        self.lex
            .anonymity_from(self.id(i))
            .iter()
            .find(|p| self.phrase_at(i, p))
            .map(Vec::len)
    }

    /// The noun phrase starting at `start`, read forwards, not past `limit`.
    pub fn np_after(&self, start: usize, limit: usize) -> Option<Range<usize>> {
        self.np_after_cached(start, limit, || self.np_after_search(start, limit))
    }

    fn np_after_search(&self, start: usize, limit: usize) -> Option<Range<usize>> {
        let limit = limit.min(self.len());
        if start >= limit {
            return None;
        }
        if self.is_pronoun(start)
            && !(self.doc.is(start + 1, "of") && self.partitive(start))
            && !self.quantified_modifier(start + 1)
        {
            return Some(start..start + 1);
        }
        let mut i = start;
        // "about half of …", "more than 200 …", "nearly two-thirds of …"
        let quantity_next = |j: usize| {
            self.class(j, Class::Number)
                || self.doc.kind(j) == Some(Tok::Num)
                || self.doc.is_any(j, &["half", "a", "than"])
        };
        if QUANTITY_ADVERBS.has(self.doc.tok(i)) && quantity_next(i + 1) {
            i += 1;
            if self.doc.is(i, "than") {
                i += 1;
            }
        }
        while i < limit && self.class(i, Class::Det) && !self.doc.is(i, "that") {
            i += 1;
        }
        // "most of the candidates", "several of them", "many of whom",
        // "one of the family's attorneys", "73 percent of voters".
        if i < limit && i > start && self.doc.is(i, "of") && self.partitive(i - 1) {
            if self.is_pronoun(i + 1) || self.doc.is_any(i + 1, &["them", "us", "whom", "which"]) {
                return (i + 2 <= limit).then_some(start..i + 2);
            }
            i += 1;
            while i < limit && self.class(i, Class::Det) && !self.doc.is(i, "that") {
                i += 1;
            }
        }
        if i < limit && self.those_polled(i) {
            return Some(start..i + 1);
        }
        // "Another said", "Several told": a quantifier standing alone.
        let modified = self.quantified_modifier(i);
        if i > start
            && self.partitive(i - 1)
            && !self.np_word(i)
            && !modified
            && !self.doc.is(i, "of")
        {
            let alone = self.doc.kind(i) != Some(Tok::Poss);
            return alone.then_some(start..i);
        }
        let body = i;
        let mut last_head = None;
        // "retired Army Gen. …", "undecided voter …": a participle before a
        // name or a person's noun modifies it; so does an "-ing" word after
        // a quantifier ("Another leading Ohio advocate").
        let participle = self.doc.kind(i) == Some(Tok::Word)
            && !self.doc.is_cap(i)
            && ends_with_ci(self.doc.tok(i), "ed")
            && (self.doc.is_cap(i + 1) || self.word(i + 1).is(WordInfo::PERSON | WordInfo::TITLE))
            && self.cue_form(i).is_none();
        if i + 1 < limit && (modified || participle) {
            i += 1;
        }
        while i < limit && i - start < MAX_NP {
            if self.anonymity_at(i).is_some() {
                break;
            }
            // "Jock A. Finlayson": an initial, not the article "a".
            if i > body
                && self.is_cap_name(i - 1)
                && self.doc.tok(i).len() == 1
                && self.doc.is_cap(i)
                && self.abbrev_period(i + 1)
            {
                i += 1;
                continue;
            }
            if self.np_word(i) {
                last_head = Some(i);
                i += 1;
            } else if i > start
                && self.doc.is_any(i, &["first", "last"])
                && self.np_word(i + 1)
                && (i == body || !self.doc.is_cap(i - 1) && self.np_word(i - 1))
            {
                // "the first lady": an ordinal after the determiner.
                i += 1;
            } else if i > body && (self.attributive_participle(i) || self.quantified_modifier(i)) {
                // "Democratic registered voters", "media buying sources".
                i += 1;
            } else if self.doc.is(i, "of") && i > body && self.partitive(i - 1) && i + 1 < limit {
                // "73 percent of voters", "one of the attorneys"
                if self.doc.is_any(i + 1, &["them", "us", "whom", "which"]) {
                    return Some(start..i + 2);
                }
                i += 1;
                while i < limit && self.class(i, Class::Det) && !self.doc.is(i, "that") {
                    i += 1;
                }
            } else if (self.doc.kind(i) == Some(Tok::Poss) && i > body)
                // "9/11 widow", "24/7 news": a slash between numbers.
                || i > body
                    && self.doc.tok(i) == "/"
                    && self.doc.kind(i - 1) == Some(Tok::Num)
                    && self.doc.kind(i + 1) == Some(Tok::Num)
                || self.abbrev_period(i)
                || (self.joins_names(i) && i > body)
            {
                i += 1;
            } else if self.doc.kind(i) == Some(Tok::Quote)
                && self.doc.tok(i) != "\""
                && i > body
                && self.doc.tokens[i - 1].span.end == self.doc.tokens[i].span.start
                && self.doc.tok(i + 1) == "s"
            {
                // "Halvorsen’ s"-style split possessives do not occur; a
                // plural possessive "parents’" ends the word: keep it.
                i += 1;
            } else {
                break;
            }
        }
        let head = last_head?;
        if head < body {
            return None;
        }
        Some(start..self.np_end_after(head, limit))
    }

    /// Does the noun at `k` stand in a prepositional phrase that opens the
    /// sentence ("At the moment", "In a speech")?
    fn opening_setting_at(&self, k: usize, floor: usize) -> bool {
        let mut j = k;
        while j > floor && j + 4 > k && (self.np_word(j - 1) || self.class(j - 1, Class::Det)) {
            j -= 1;
        }
        j > floor && j - 1 == self.sentence_start(k) && self.class(j - 1, Class::Prep)
    }

    /// The noun phrase ending just before `end`, read backwards, not before
    /// `floor`.
    pub fn np_before(&self, end: usize, floor: usize) -> Option<Range<usize>> {
        self.np_before_cached(end, floor, || self.np_before_search(end, floor))
    }

    fn np_before_search(&self, end: usize, floor: usize) -> Option<Range<usize>> {
        if end == 0 || end <= floor {
            return None;
        }
        let last = end - 1;
        if self.is_pronoun(last) || self.partitive(last) && !self.np_word(last) {
            return Some(last..end);
        }
        if self.those_polled(last) {
            // "Thirty-one percent of those surveyed": read on before "those".
            let mut i = last - 1;
            if i >= floor + 2 && self.doc.is(i - 1, "of") {
                if let Some(q) = self.np_before(i - 1, floor) {
                    i = q.start;
                }
            }
            return (i >= floor).then_some(i..end);
        }
        if !self.np_word(last) {
            return None;
        }
        let mut i = end;
        while i > floor && end - i < MAX_NP {
            let k = i - 1;
            // "… party convention Sen. Elizabeth Warren": a titled name
            // starts its own phrase after a noun that is not a person's.
            if self.doc.is_cap(k + 1)
                && !self.doc.is_cap(k)
                && self.np_word(k)
                && self.word(k + 1).is(WordInfo::TITLE)
                && !self.word(k).is(WordInfo::PERSON | WordInfo::TITLE)
            {
                break;
            }
            // "the third time Holt said", "the story Kennedy told": a name
            // after a noun that takes a clause with no relative word (not in
            // a setting that opens the sentence: "At the moment Holt
            // announced his bid, …").
            if self.is_cap_name(k + 1)
                && !self.doc.is_cap(k)
                && self.doc.kind(k) == Some(Tok::Word)
                && (CONTACT_NOUNS.has(self.doc.tok(k)) || self.word(k).is(WordInfo::DOC))
                && !self.opening_setting_at(k, floor)
            {
                break;
            }
            let of_phrase = self.doc.is(k, "of")
                && k + 1 < end
                && k > floor
                && (self.np_word(k - 1) && !self.doc.is_cap(k - 1)
                    || self.doc.is_any(
                        k - 1,
                        &["half", "most", "many", "some", "all", "none", "each"],
                    ));
            // "the (former) first lady": an ordinal after the determiner.
            let ordinal = self.doc.is_any(k, &["first", "last"])
                && k > floor + 1
                && k + 1 < end
                && (self.class(k - 1, Class::Det)
                    || self.np_word(k - 1)
                        && !self.doc.is_cap(k - 1)
                        && self.class(k - 2, Class::Det));
            if self.np_word(k)
                || ordinal
                || self.doc.kind(k) == Some(Tok::Poss)
                || self.abbrev_period(k)
                || (self.joins_names(k) && k + 1 < end)
                || of_phrase
            {
                i = k;
            } else if self.class(k, Class::Det) && !self.doc.is(k, "that") {
                i = k;
                break;
            } else {
                break;
            }
        }
        // A phrase cannot start with a possessive ending or a joiner.
        while i < end && (self.doc.kind(i) == Some(Tok::Poss) || self.doc.tok(i) == "of") {
            i += 1;
        }
        // "about half of …": the quantity adverb belongs to the phrase.
        let quantity = self.class(i, Class::Number)
            || self.doc.kind(i) == Some(Tok::Num)
            || self.doc.is(i, "half");
        if i > floor && quantity && QUANTITY_ADVERBS.has(self.doc.tok(i - 1)) {
            i -= 1;
        }
        (i < end).then_some(i..end)
    }
}

#[cfg(test)]
mod tests;
