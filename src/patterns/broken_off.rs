//! A quotation that ends a sentence of its own with "?" or "!" right before
//! its speaker: "“But why?” the reporter asked him.", "“Not one cent!” Holm
//! shouted to a crowd." The words are the speaker's whatever follows the
//! cue, unless a quotation or a clause of the speaker's own follows it
//! ("“Is it over?” She answered, “…”"). After a full stop the next sentence
//! is a claim of its own ("“….” She says it …"). `inverted.rs` asks here.

use super::adjuncts::After;
use super::Ctx;
use crate::lexicon::Class;
use crate::quotes::Quote;
use crate::text::Tok;

impl Ctx<'_, '_> {
    /// The last token inside quotation `q` that is no quotation mark: its
    /// closing punctuation ("," "?" "!") or its last word.
    pub(super) fn last_mark(&self, q: &Quote) -> &str {
        (q.open + 1..q.close)
            .rev()
            .find(|&k| self.doc.kind(k) != Some(Tok::Quote))
            .map_or("", |k| self.doc.tok(k))
    }

    /// Does the quotation closing at `closing` (before the subject) end with
    /// "?" or "!", with nothing of the speaker's own after the cue (`after`,
    /// within the sentence up to `end`)? Then it is the speaker's, though it
    /// ended a sentence.
    pub(super) fn broke_off_before(
        &self,
        closing: Option<usize>,
        after: After,
        end: usize,
    ) -> bool {
        // Not when a quotation or a clause of its own follows the cue ("“…?”
        // He answered, “…”", "“…?” Critics cited it as …").
        let own_content = match after {
            After::Quote(_) => true,
            // "asked the mogul.": an object alone is the one asked.
            After::Content(j) => {
                let object = self.np_after(j, end).is_some_and(|np| np.end + 1 >= end);
                !object
                    && (self.is_pronoun(j) || self.class(j, Class::Det) || self.doc.is(j, "that"))
            }
            _ => false,
        };
        !own_content
            && closing.is_some_and(|q| matches!(self.last_mark(&self.quotes.all[q]), "!" | "?"))
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{one, s};

    #[test]
    fn a_question_or_exclamation_ending_its_sentence_before_the_speaker() {
        let (src, cue, content, _) = one("“But why?” the reporter asked him.");
        assert_eq!((src, cue.as_str()), (s("the reporter"), "asked"));
        assert_eq!(content, ["But why?"]);
        let (src, _, content, _) = one("“Will the ferry ever run again?” Holm asked reporters.");
        assert_eq!(src, s("Holm"));
        assert_eq!(content, ["Will the ferry ever run again?"]);
        let (src, _, content, _) = one("“Not one cent!” Holm shouted at the rally in the square.");
        assert_eq!(src, s("Holm"));
        assert_eq!(content, ["Not one cent!"]);
        // The one asked, a noun phrase ending the sentence, is no claim.
        let (src, _, content, _) = one("“Is the ferry safe?” Holm asked the harbour master.");
        assert_eq!(src, s("Holm"));
        assert_eq!(content, ["Is the ferry safe?"]);
        // Someone else's question before an answer in quotation marks, or
        // before a claim of the speaker's own, is no part of it.
        let t = super::super::testing::triples(
            "“Is it over?” She answered, “Not yet, not by a long way.”",
        );
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].2, ["Not yet, not by a long way."]);
        let t = super::super::testing::triples(
            "“Who cares?” Critics cited it as proof that the board had given up.",
        );
        assert!(t.iter().all(|x| x.2 != ["Who cares?"]), "{t:?}");
    }
}
