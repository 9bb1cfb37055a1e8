//! A refusal to comment on a topic: "The spokeswoman declined to comment on
//! the fares", "the mayor would not comment on the plan". The annotators
//! mark the topic as what was (not) said, with "declined to comment on" as
//! its cue; a bare "declined to comment" has no claim and stays out.
//! `cue.rs` finds the cue; `topic.rs` reads its topic.

use super::Ctx;

/// The forms of "decline" and "refuse" before "to comment".
const REFUSALS: &[&str] = &[
    "declined",
    "declines",
    "decline",
    "declining",
    "refused",
    "refuses",
    "refuse",
    "refusing",
];

/// "would not", "will not" ("wouldn't" is one token).
const WOULD: &[&str] = &["would", "will"];
const WOULD_NOT: &[&str] = &["wouldn't", "wouldn’t", "won't", "won’t"];

impl Ctx<'_, '_> {
    /// Is the "comment" at `i` refused, its topic after "on" or "about"?
    /// Then where the cue starts: at the refusal, or at a "has" before it.
    pub fn declined_comment(&self, i: usize) -> Option<usize> {
        let doc = self.doc;
        if i < 2 || !doc.is(i, "comment") || !doc.is_any(i + 1, &["on", "about"]) {
            return None;
        }
        let start = if doc.is(i - 1, "to") && doc.is_any(i - 2, REFUSALS) {
            i - 2
        } else if doc.is_any(i - 1, WOULD_NOT) {
            i - 1
        } else if doc.is(i - 1, "not") && doc.is_any(i - 2, WOULD) {
            i - 2
        } else {
            return None;
        };
        let s = self.sentence_start(i);
        Some(if start > s && doc.is_any(start - 1, super::cue::HAVE) {
            start - 1
        } else {
            start
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{s, triples};

    #[test]
    fn the_topic_of_a_refused_comment_is_the_claim() {
        let t = triples("A ferry company spokeswoman declined to comment on the new fares.");
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].0, s("A ferry company spokeswoman"));
        assert_eq!(t[0].1, "declined to comment on");
        assert_eq!(t[0].2, ["the new fares"]);
        let t =
            triples("The port authority has refused to comment on whether the quay will close.");
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].1, "has refused to comment on");
        assert_eq!(t[0].2, ["whether the quay will close"]);
        let t = triples("The mayor would not comment on the harbor plan.");
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].1, "would not comment on");
    }

    #[test]
    fn a_refusal_without_a_topic_is_no_claim() {
        assert!(triples("The mayor declined to comment.").is_empty());
        assert!(triples("The mayor declined to comment, citing the inquiry.").is_empty());
    }
}
