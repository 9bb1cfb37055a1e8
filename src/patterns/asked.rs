//! A question put to the speaker, opening the sentence or after "when"
//! inside it: "Asked whether the plan had failed, the mayor said …", "When
//! asked by a reporter if …", "…, he said when asked whether …". The
//! question is the content; the asker named after "by" is the source, else
//! there is none. "Asked about the delay, …" names a topic, not a question,
//! and is no attribution.

use super::{Ctx, Frame, Rule};

/// Words that open an indirect question.
const QUESTION: &[&str] = &[
    "whether", "if", "what", "why", "how", "which", "who", "whom", "whose", "when", "where",
];

impl Ctx<'_, '_> {
    /// Every sentence-opening "Asked …" / "When asked …" question.
    pub fn asked_frames(&self) -> Vec<Frame> {
        let doc = self.doc;
        let mut out = Vec::new();
        for cue in 0..self.len() {
            if !doc.is(cue, "asked") || self.in_quote(cue) {
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
            if doc.is_word(k) && doc.tok(k).ends_with("ly") && doc.is_any(k + 1, QUESTION) {
                k += 1;
            }
            // "Asked by Stephanopoulos to respond to …": a request.
            let opener = doc.is_any(k, QUESTION) || (source.is_some() && doc.is(k, "to"));
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
            if (k..close).filter(|&j| doc.is_word(j)).count() < 3 {
                continue;
            }
            out.push(Frame::one(cue..cue + 1, source, Rule::Asked, k..close, 0.7));
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
            .filter(|t| t.1.eq_ignore_ascii_case("asked"))
            .map(|(src, _, content, kind)| (src, content, kind))
            .collect()
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
    fn a_topic_is_no_question() {
        assert!(asked("Asked about the delay, Nair said the company needed time.").is_empty());
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
