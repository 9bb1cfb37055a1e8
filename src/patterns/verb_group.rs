//! The verb group around a cue form, for `cue.rs`: the phrase before a cue's
//! "to" that leaves the cue a report ("went on to say", "appeared to
//! suggest"; `lang/en/raising_verbs.txt`), and the auxiliary a passive cue
//! starts at ("was reported", "had been told").

use super::cue::{BE, HAVE};
use super::Ctx;
use crate::lexicon::{list_text, CueForm, PhraseList};

/// Phrases before "to" that leave the cue after it a report ("went on to
/// say", "appeared to suggest").
static RAISING: PhraseList = PhraseList::new(list_text!("en/raising_verbs"));

impl Ctx<'_, '_> {
    /// The start of a phrase of `RAISING` ending right before the "to" at
    /// token `to` ("went on" in "went on to say").
    pub fn raising_before(&self, to: usize) -> Option<usize> {
        if !self.doc.is(to, "to") {
            return None;
        }
        RAISING.phrases().iter().find_map(|words| {
            let start = to.checked_sub(words.len())?;
            words
                .iter()
                .enumerate()
                .all(|(k, w)| self.doc.is(start + k, w))
                .then_some(start)
        })
    }

    /// The first auxiliary of a passive cue ("was reported", "had been
    /// told", "is not said"), for the verbs whose passive reports speech.
    pub(super) fn passive_aux(&self, i: usize, form: CueForm) -> Option<usize> {
        const PASSIVE: &[&str] = &[
            "report", "tell", "say", "announce", "claim", "allege", "ask", "state", "declare",
        ];
        let word = self.doc.tok(i);
        if form.participle || form.base || !PASSIVE.contains(&form.lemma) || word.ends_with('s') {
            return None;
        }
        let s = self.sentence_start(i);
        let mut k = i;
        while k > s
            && self.doc.is_any(
                k - 1,
                &[
                    "not",
                    "also",
                    "widely",
                    "previously",
                    "reportedly",
                    "first",
                    "initially",
                    "originally",
                ],
            )
        {
            k -= 1;
        }
        let be = k
            .checked_sub(1)
            .filter(|&b| b >= s && self.doc.is_any(b, BE))?;
        let mut start = be;
        if be > s && self.doc.is(be, "been") && self.doc.is_any(be - 1, HAVE) {
            start = be - 1;
        }
        Some(start)
    }
}
