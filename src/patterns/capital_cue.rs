//! A capitalised cue form: a verb only in a title-case headline after a
//! name ("Sanders Says He Will Stay", "Kasich Just Revealed …", "Holt
//! Promises Action …"), as a participle opening its sentence ("Claiming
//! the vote was rigged, Trump …") or as "Said Comey, “…”" (`cue_first.rs`);
//! elsewhere it is a name or a title ("United States", "the Post",
//! "Report:"). `cue.rs` asks here.

use super::Ctx;
use crate::lexicon::WordList;
use crate::lexicon::{list_text, CueForm};

/// Forms in -s that are also nouns and, after a name in a title-case
/// headline, are its verb ("Sanders Promises Action …", "Maher Tells …").
static HEADLINE_VERBS: WordList = WordList::new(list_text!("en/headline_verbs"));

impl Ctx<'_, '_> {
    /// Is the capitalised cue form at `i` a verb here?
    pub(super) fn capital_cue(&self, i: usize, form: CueForm) -> bool {
        let word = self.doc.tok(i);
        let headline = self.title_case_paragraph(i);
        // "Kasich Just Revealed …", "Trump Finally Says …": an adverb
        // between the name and its cue.
        let adverb = i > 1
            && self
                .doc
                .is_any(i - 1, &["just", "finally", "now", "also", "again"]);
        let after_name = i > 0 && self.is_cap_name(i - 1) || adverb && self.is_cap_name(i - 2);
        // "Sanders Promises Action …", "Maher Tells Guest …": after a
        // name in a title-case headline, a form in -s that is also a
        // noun is the verb.
        // ("Media Reports Reveal …": the cue after it is the verb.)
        let third_person = word.ends_with('s')
            && !form.participle
            && self.cue_form(i + 1).is_none()
            && HEADLINE_VERBS.has(form.lemma);
        // "Claiming the vote was rigged, Trump …": a participle opening
        // the sentence (patterns/opening_participle.rs reads it).
        let opening = form.participle && !headline && i == self.sentence_start(i);
        opening
            || headline && after_name && (!form.ambiguous || third_person) && !form.participle
            || !headline && self.cue_first_opening(i, form)
    }

    /// Is the paragraph of token `i` a title-case headline (most of its
    /// words capitalised, short)?
    fn title_case_paragraph(&self, i: usize) -> bool {
        let Some(p) = self.doc.tokens.get(i).map(|t| t.para as usize) else {
            return false;
        };
        let Some(r) = self.doc.paragraphs.get(p) else {
            return false;
        };
        // A headline is short: a long paragraph is none, without counting
        // its words (which would cost every capitalised cue a paragraph).
        if r.len() > 80 {
            return false;
        }
        let words: Vec<usize> = r
            .clone()
            .filter(|&k| self.doc.kind(k) == Some(crate::text::Tok::Word))
            .collect();
        if words.len() < 3 || words.len() > 30 {
            return false;
        }
        let caps = words.iter().filter(|&&k| self.doc.is_cap(k)).count();
        caps * 10 >= words.len() * 7
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::cue_words as cues;

    #[test]
    fn title_case_headline_verbs() {
        // A form that is also a noun, or one after "Just", after a name.
        assert_eq!(
            cues("Holt Promises Action On Roads In First 100 Days"),
            ["Promises"]
        );
        assert_eq!(
            cues("Holt Just Revealed The One Road She Would Close"),
            ["Revealed"]
        );
        // "Media Reports Reveal …": the noun, then the verb.
        assert_eq!(
            cues("Media Reports Reveal Reason Behind The Firing"),
            ["Reveal"]
        );
    }
}
