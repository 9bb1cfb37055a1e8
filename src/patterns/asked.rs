//! A question put to the speaker, opening the sentence or after "when"
//! inside it: "Asked whether the plan had failed, the mayor said …", "When
//! asked by a reporter if …", "…, he said when asked whether …". The
//! question is the content; the asker named after "by" is the source, else
//! there is none. "Asked about the delay, …" opening the sentence names a
//! topic and is no attribution; inside the sentence ("…, she said when
//! asked about the fees.") the topic is what was asked, as PolNeAR reads
//! it: the cue runs to "about", the topic is the content.

use super::{Ctx, Frame, Rule};
use crate::lexicon::{list_text, WordId, WordList};

/// Words that open an indirect question.
pub(super) static QUESTION: WordList = WordList::new(list_text!("en/question_words"));

/// The question words that may follow a setting after "asked" ("asked on
/// Monday whether …"); "when", "where" and "which" there open a relative.
const AFTER_SETTING: &[&str] = &["whether", "if", "what", "why", "how", "who"];

impl Ctx<'_, '_> {
    /// "on Monday", "during a January debate", "in Iowa recently", "last
    /// month": a short setting at `k` (a preposition or a time first, no
    /// comma, quotation or cue), then a question word: its token.
    pub(super) fn question_after_setting(&self, k: usize, end: usize) -> Option<usize> {
        let doc = self.doc;
        let opens = self.class(k, crate::lexicon::Class::Prep)
            && !doc.is_any(k, &["about", "to", "for", "of"])
            || self.class(k, crate::lexicon::Class::Time)
            || doc.is_any(k, &["later", "recently", "again", "last", "this"]);
        if !opens {
            return None;
        }
        (k + 1..end.min(k + 10))
            .take_while(|&j| {
                doc.is_word(j) && self.cue_form(j).is_none() && !self.in_quote(j)
                    || doc.tok(j) == "."
            })
            .find(|&j| doc.is_any(j, AFTER_SETTING))
    }

    /// Every sentence-opening "Asked …" / "When asked …" question.
    pub fn asked_frames(&self) -> Vec<Frame> {
        let doc = self.doc;
        let mut out = Vec::new();
        // "asked" by its entry in the word lists (a cue form): one compare
        // a token (the word itself where a language's lists lack it).
        // Where the lists lack "asked", its tokens have the unlisted id
        // (the lookup folds case as `Doc::is` does), and the word decides.
        let asked = self.lex.id_at("asked", 0, 5);
        let unlisted = asked == WordId::default();
        // The ids are read as a slice, up to the next "asked" ("continue"
        // goes on after it: `from` has moved past).
        let mut from = 0;
        while let Some(cue) = super::id_scan::next_id(&self.ids, from, |id| id == asked) {
            from = cue + 1;
            if unlisted && !doc.is(cue, "asked") || self.in_quote(cue) {
                continue;
            }
            let s = self.sentence_start(cue);
            // Opening the sentence, or "… said when asked whether …" inside
            // it (where the question may run to the sentence's end).
            let inside = cue > s + 1 && doc.is_any(cue - 1, &["when", "whenever"]);
            if !(cue == s || cue == s + 1 && doc.is(s, "when") || inside) {
                continue;
            }
            let end = self.sentence_end(cue);
            let mut k = cue + 1;
            let mut source = None;
            if doc.is(k, "by") {
                let Some(np) = self.np_after(k + 1, end) else {
                    continue;
                };
                k = np.end;
                source = Some(np);
            }
            // "Asked specifically what …": one adverb before the question.
            if doc.is_word(k) && doc.tok(k).ends_with("ly") && QUESTION.has(doc.tok(k + 1)) {
                k += 1;
            }
            // "Asked on Monday whether …", "Asked during a debate why …":
            // a setting, then the question.
            if !QUESTION.has(doc.tok(k)) {
                if let Some(q) = self.question_after_setting(k, end) {
                    k = q;
                }
            }
            // "Asked about the delay", "Asked Tuesday about the audit": a
            // topic, the cue running to "about".
            let mut cue_end = cue + 1;
            let mut j = k;
            while j < k + 2
                && (self.class(j, crate::lexicon::Class::Time)
                    || doc.is_any(
                        j,
                        &["again", "later", "recently", "repeatedly", "specifically"],
                    ))
            {
                j += 1;
            }
            // Only inside the sentence: an opening "Asked about the delay,
            // …" sets the scene for the reply (written-dev leaves it
            // unmarked), "…, she said when asked about the fees" reports
            // what the speaker answered.
            let topic = inside && doc.is(j, "about") && j + 1 < end;
            if topic {
                cue_end = j + 1;
                k = j + 1;
            }
            // "Asked by Stephanopoulos to respond to …": a request.
            let opener = topic || QUESTION.has(doc.tok(k)) || (source.is_some() && doc.is(k, "to"));
            if !opener {
                continue;
            }
            // The question runs to the comma that closes it (one ending a
            // quotation, ",”", closes it after the mark).
            let close = (k + 1..end).find_map(|j| {
                if self.closes_quote(j).is_some() && doc.tok(j - 1) == "," {
                    Some(j + 1)
                } else if doc.tok(j) == "," && !self.in_quote_strict(j) {
                    Some(j)
                } else {
                    None
                }
            });
            let close = match close {
                Some(c) => c,
                None if inside => {
                    let mut e = end;
                    while e > k && matches!(doc.tok(e - 1), "." | "?" | "!") {
                        e -= 1;
                    }
                    e
                }
                None => continue,
            };
            let words = (k..close).filter(|&j| doc.is_word(j)).count();
            if words < 3 && !(topic && words >= 1) {
                continue;
            }
            out.push(Frame::one(cue..cue_end, source, Rule::Asked, k..close, 0.7));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use crate::patterns::testing::{s, triples};

    fn asked(text: &str) -> Vec<(Option<String>, Vec<String>, &'static str)> {
        triples(text)
            .into_iter()
            .filter(|t| t.1.to_lowercase().starts_with("asked"))
            .map(|(src, _, content, kind)| (src, content, kind))
            .collect()
    }

    #[test]
    fn a_setting_between_asked_and_the_question() {
        assert_eq!(
            asked("Asked on Monday whether the mayor would run again, Holt shook her head."),
            [(
                None,
                vec!["whether the mayor would run again".to_string()],
                "indirect"
            )]
        );
        assert_eq!(
            asked("Asked at a May forum why he trailed so badly, Holt said he would catch up."),
            [(
                None,
                vec!["why he trailed so badly".to_string()],
                "indirect"
            )]
        );
        // A topic opening the sentence is no question.
        assert!(
            asked("Asked on Monday about the delay, Holt said the count was not done.").is_empty()
        );
    }

    #[test]
    fn a_question_opening_the_sentence_is_its_content() {
        assert_eq!(
            asked("Asked whether the plan had failed, the mayor said it had not."),
            [(
                None,
                vec!["whether the plan had failed".to_string()],
                "indirect"
            )]
        );
        assert_eq!(
            asked("When asked why the vote was delayed, she said the count was not done."),
            [(
                None,
                vec!["why the vote was delayed".to_string()],
                "indirect"
            )]
        );
        assert_eq!(
            asked("Asked directly what the fund would buy, the trustees were divided."),
            [(
                None,
                vec!["what the fund would buy".to_string()],
                "indirect"
            )]
        );
    }

    #[test]
    fn the_asker_after_by_is_the_source() {
        assert_eq!(
            asked("Asked by a reporter if the talks would resume, Okafor shrugged."),
            [(
                s("a reporter"),
                vec!["if the talks would resume".to_string()],
                "indirect"
            )]
        );
        assert_eq!(
            asked("Asked by the judge to explain the missing invoices, the clerk was silent."),
            [(
                s("the judge"),
                vec!["to explain the missing invoices".to_string()],
                "indirect"
            )]
        );
    }

    #[test]
    fn a_quoted_question_ends_at_its_closing_mark() {
        assert_eq!(
            asked(
                "Asked if the mayor is “ready to govern,” 61 percent of voters said yes in the poll."
            ),
            [(
                None,
                vec!["if the mayor is “ready to govern,”".to_string()],
                "mixed"
            )]
        );
    }

    #[test]
    fn a_topic_after_about_inside_the_sentence_is_what_was_asked() {
        assert!(asked("Asked about the delay, Nair said the company needed time.").is_empty());
        assert_eq!(
            asked("“Not yet,” the clerk said when asked again about the recount."),
            [(None, vec!["the recount".to_string()], "indirect")]
        );
        assert_eq!(
            asked("“We will see,” the mayor said when asked about the ferry fares."),
            [(None, vec!["the ferry fares".to_string()], "indirect")]
        );
    }

    #[test]
    fn a_request_is_no_question() {
        assert!(asked("Asked to leave, the protesters sat down in the road.").is_empty());
        assert!(asked("She was asked whether it mattered, and she laughed.").is_empty());
    }

    #[test]
    fn when_asked_inside_the_sentence() {
        assert_eq!(
            asked("“Of course,” the mayor said when asked whether she would run again."),
            [(
                None,
                vec!["whether she would run again".to_string()],
                "indirect"
            )]
        );
    }
}
