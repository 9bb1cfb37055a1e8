//! Words of a noun phrase by their shape, for the chunker (`np.rs`): the
//! "-ly" words that are nouns or adjectives ("family", "elderly"), words
//! that look like verbs or adverbs by their ending, and an "-ed"/"-ing"
//! word that modifies the noun after it ("registered voters").

use super::Ctx;
use crate::lexicon::WordList;
use crate::lexicon::{list_text, WordInfo};
use crate::text::Tok;

/// Does `word` end with the lowercase ASCII `suffix`, in any case?
pub(super) fn ends_with_ci(word: &str, suffix: &str) -> bool {
    word.len() >= suffix.len()
        && word.as_bytes()[word.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
}

/// Nouns and adjectives that only look like adverbs.
static LY_NOUNS: WordList = WordList::new(list_text!("en/ly_nouns"));

/// A word ending in "-ly" that is an adverb, not one of the nouns and
/// adjectives that only look like one ("family", "elderly").
pub(crate) fn ly_adverb(word: &str) -> bool {
    word.len() > 4 && ends_with_ci(word, "ly") && !LY_NOUNS.has(word)
}

/// Words that look like verbs or adverbs by their ending.
pub(super) fn verb_like(word: &str) -> bool {
    // "just-released", "Hamas-run", "well-known": compound adjectives.
    if word.contains('-') {
        return false;
    }
    let ends = |s| ends_with_ci(word, s);
    let n = word.len();
    if ends("ly") && !ly_adverb(word) {
        return false;
    }
    (ends("ed") && n > 4 && !ends("eed"))
        || (ends("ing") && n > 5)
        || (ends("ly") && n > 4 && !ends("ally") || ends("ically"))
}

impl Ctx<'_, '_> {
    /// An "-ed" or "-ing" word inside a phrase, after a modifier and before
    /// a person's, a title's or a document's noun, that modifies it ("registered
    /// voters", "buying sources", "lobbying records", "planning director")
    /// rather than opening a post-modifier or being the verb.
    pub(super) fn attributive_participle(&self, i: usize) -> bool {
        let t = self.doc.tok(i);
        let shape = self.doc.kind(i) == Some(Tok::Word)
            && !self.doc.is_cap(i)
            && t.len() > 5
            && (ends_with_ci(t, "ed") || ends_with_ci(t, "ing"))
            && !t.contains('-')
            && self.cue_form(i).is_none()
            && !self.word(i).closed()
            && i > 0
            && self.np_word(i - 1);
        // After a person's noun or a name it is the verb ("the aide rallied
        // supporters", "Holt pressed Senator Ames"); a modifier only after
        // another modifier ("Democratic", "policy").
        let p = self.word(i - 1);
        let after_modifier =
            !p.is(WordInfo::PERSON) && (!self.doc.is_cap(i - 1) || p.is(WordInfo::TITLE));
        let n = i + 1;
        // "supporting Mr. Cruz": a participle with its object.
        let noun = self.doc.kind(n) == Some(Tok::Word)
            && !self.doc.is_cap(n)
            && self.np_word(n)
            && self
                .word(n)
                .is(WordInfo::PERSON | WordInfo::DOC | WordInfo::TITLE);
        shape && after_modifier && noun
    }

    /// An "-ed" or "-ing" word right after a quantifier that modifies the
    /// person's noun after it, or after one name before it ("One unaligned
    /// strategist", "Another leading Florida advocate"), rather than being
    /// the verb ("Many expected Holt to win", "Several pointed out …").
    pub(super) fn quantified_modifier(&self, i: usize) -> bool {
        let t = self.doc.tok(i);
        let shape = i > 0
            && self.partitive(i - 1)
            && self.doc.kind(i) == Some(Tok::Word)
            && !self.doc.is_cap(i)
            && t.len() > 5
            && (ends_with_ci(t, "ed") || ends_with_ci(t, "ing"))
            && self.cue_form(i).is_none()
            && !self.word(i).closed();
        let person = |n: usize| {
            self.doc.kind(n) == Some(Tok::Word)
                && !self.doc.is_cap(n)
                && self.word(n).is(WordInfo::PERSON | WordInfo::TITLE)
        };
        let n = i + 1;
        shape && (person(n) || self.is_cap_name(n) && person(n + 1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_of_words() {
        assert!(ly_adverb("quickly"));
        assert!(!ly_adverb("family"));
        assert!(verb_like("announced"));
        assert!(!verb_like("well-known"));
        assert!(!verb_like("elderly"));
        assert!(ends_with_ci("SAID", "id"));
    }
}
