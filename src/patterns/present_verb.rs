//! A present-tense verb inside what the chunker read as one noun phrase:
//! "Ames backs the fee", "The new ad hits Ames for …", "Some strategists
//! fear that …" (`sentence_subject.rs` ends the speaker's phrase before it).

use super::word_shape::verb_like;
use super::Ctx;
use crate::lexicon::{Class, WordInfo};
use crate::text::Tok;

impl Ctx<'_, '_> {
    /// "Ames backs the fee, …", "The new ad hits Ames for …", "Some
    /// strategists fear that …": an unlisted lowercase word after a name or
    /// a speaker's noun (a document's too), in the present tense (an "-s"
    /// form after a singular, any form after a plural), before its object:
    /// a name or a determiner inside the phrase, or a quotation or "that"
    /// right after its `end`.
    pub(super) fn present_verb(&self, k: usize, end: usize) -> bool {
        let w = self.doc.tok(k);
        let prev = k - 1;
        let plural = self.plural_speaker(prev)
            || self.doc.tok(prev).ends_with('s')
                && self.word(prev).is(WordInfo::PERSON | WordInfo::ORG);
        let singular = self.is_cap_name(prev)
            || self
                .word(prev)
                .is(WordInfo::PERSON | WordInfo::ORG | WordInfo::DOC);
        let form = w.len() > 2
            && w.bytes().all(|b| b.is_ascii_lowercase())
            && !self.word(k).closed()
            && self.cue_form(k).is_none()
            && !verb_like(w)
            && (plural || singular && w.len() > 3 && w.ends_with('s') && !w.ends_with("ss"));
        let object = k + 1 < end && (self.is_cap_name(k + 1) || self.class(k + 1, Class::Det))
            || k + 1 == end
                && (self.doc.is(k + 1, "that") || self.doc.kind(k + 1) == Some(Tok::Quote));
        form && object
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{s, triples};

    #[test]
    fn a_present_verb_after_the_speaker_ends_its_phrase() {
        for (text, cue, who) in [
            (
                "Ames backs the fee increases, opposes any new tax and recalled the hiring freeze of 2009.",
                "recalled",
                "Ames",
            ),
            (
                "The new ad hits Ames for taking money from builders and claims that the town deserves better.",
                "claims",
                "The new ad",
            ),
            (
                "But some union strategists fear that the mayor has lost the vote and warn that the strike is risky.",
                "warn",
                "some union strategists",
            ),
            (
                "Farmers see Ames as a cause of the slump, arguing that his tariffs have hurt the county.",
                "arguing",
                "Farmers",
            ),
        ] {
            let t = triples(text);
            let f = t.iter().find(|x| x.1 == cue).unwrap_or_else(|| panic!("{text}: {t:?}"));
            assert_eq!(f.0, s(who), "{text}");
        }
    }

    #[test]
    fn a_speaker_noun_or_a_cue_after_the_name_is_no_verb() {
        let t = triples("Ames supporters say the toll is fair.");
        assert_eq!(t[0].0, s("Ames supporters"));
    }
}
