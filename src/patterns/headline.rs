//! "NAME: claim" headlines and teasers: "Clinton camp: Trump’s rhetoric
//! threatens security", "Poll: Trump ties Clinton". The colon is the cue.
//! Labels ("UPDATE:", "Watch:", "Editor’s note:") are not sources.

use super::{Ctx, Frame, Rule};
use crate::lexicon::{list_text, WordList};

/// A line's label before a colon ("UPDATE:", "Photo:"): no speaker.
pub(super) static LABELS: WordList = WordList::new(list_text!("en/headline_labels"));

/// The verbs that make a short teaser a clause ("speculation is bad").
const AUXILIARIES: &[&str] = &[
    "is", "are", "was", "were", "be", "has", "have", "had", "will", "would", "can", "could", "do",
    "does", "did", "should", "may", "might", "must", "won’t", "won't",
];

impl Ctx<'_, '_> {
    /// Frames for paragraphs shaped "NAME: claim".
    pub fn headline_frames(&self) -> Vec<Frame> {
        let mut out = Vec::new();
        for p in &self.doc.paragraphs {
            // "EXCLUSIVE – Roger Stone: …": a label and a dash first.
            // (The dash is read first: the label's lookup costs more.)
            let start = if matches!(self.doc.tok(p.start + 1), "–" | "—" | "-")
                && LABELS.has(self.doc.tok(p.start))
            {
                p.start + 2
            } else {
                p.start
            };
            // The colon within the first few tokens, outside quotations.
            // (A colon is a mark: only the marks are read.)
            let Some(colon) = self
                .doc
                .marks_in(start..p.end.min(start + 16))
                .iter()
                .copied()
                .find(|&k| self.doc.tok(k) == ":" && !self.in_quote(k))
            else {
                continue;
            };
            // 4 to 40 words (counted after the colon is found: most
            // paragraphs have none).
            let words = p.clone().filter(|&k| self.doc.is_word(k)).take(41).count();
            if !(4..=40).contains(&words) {
                continue;
            }
            if colon == start || colon + 1 >= p.end {
                continue;
            }
            if LABELS.has(self.doc.tok(start)) || LABELS.has(self.doc.tok(colon - 1)) {
                continue;
            }
            // A capitalised name or a speaking noun phrase, and nothing else
            // but a title-case topic, audience or place after "on", "to",
            // "at" ("Gillibrand on Clinton’s Speeches: …", "Clinton to
            // Planned Parenthood: …", "Mukasey at RNC: …").
            let Some(np) = self.np_after(start, colon).filter(|np| {
                np.end == colon || np.end - start <= 6 && self.headline_tail(np.end, colon)
            }) else {
                continue;
            };
            if np.end != colon && colon - start > 14 {
                continue;
            }
            let named = np
                .clone()
                .filter(|&k| self.doc.is_word(k))
                .all(|k| self.doc.is_cap(k));
            if !(named || self.can_speak(&np) && np.end == colon) || np.len() > 6 {
                continue;
            }
            // A cue inside the part before the colon makes it a sentence, and
            // so does a name and a verb ("Lund shot back: …", left to the
            // colon pattern).
            if self.name_then_verb(np.clone(), start) != np {
                continue;
            }
            if np.clone().any(|k| self.cue_form(k).is_some()) {
                continue;
            }
            let content = colon + 1..p.end;
            let claim_words = self.doc.words_in(content.clone());
            // "Full results: http://…": a link is no one's words.
            let link = self.doc.tok(colon + 1).starts_with("http");
            if link || claim_words < 3 || self.content_span(content.clone()).is_none() {
                continue;
            }
            // "Christie: A closing surge", "Cruz: Just hang on": a short
            // teaser with no clause of its own is a section title.
            if claim_words <= 4
                && self.opens_quote(colon + 1).is_none()
                && !self.has_clause(&content)
            {
                continue;
            }
            let mut f = Frame::new(colon..colon + 1, Some(np), Rule::Headline);
            f.content.push(content);
            f.confidence = 0.6;
            out.push(f);
        }
        out
    }
}

impl Ctx<'_, '_> {
    /// Does a short headline claim have a clause: a pronoun subject first
    /// ("I support …"), an auxiliary ("speculation is bad") or a present or
    /// past verb form ("Trump stirs …")?
    fn has_clause(&self, r: &std::ops::Range<usize>) -> bool {
        let mut words = r.clone().filter(|&k| self.doc.is_word(k));
        let first = words.clone().next();
        first.is_some_and(|k| self.is_pronoun(k))
            || words.any(|k| {
                let t = self.doc.tok(k);
                self.doc.is_any(k, AUXILIARIES)
                    || !self.doc.is_cap(k)
                        && t.len() > 3
                        && (t.ends_with('s') && !t.ends_with("ss") || t.ends_with("ed"))
            })
    }

    /// Is `from..colon` "on/to/at" and a title-case phrase ("on Trump",
    /// "to Planned Parenthood", "On Hillary Releasing Her Speeches")?
    fn headline_tail(&self, from: usize, colon: usize) -> bool {
        from + 1 < colon
            && self.doc.is_any(from, &["on", "to", "at"])
            && (from + 1..colon).all(|k| {
                !self.doc.is_word(k)
                    || self.doc.is_cap(k)
                    || self
                        .doc
                        .is_any(k, &["of", "the", "a", "an", "and", "for", "in"])
            })
            && self.doc.is_cap(from + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{s, triples};

    #[test]
    fn a_short_teaser_with_no_clause_is_a_section_title() {
        let lead = "\n\nThe count went on late into the night.";
        for title in [
            "Lund: A late surge",
            "Holm: Hang on till June",
            "Ames: Now or never",
        ] {
            assert!(triples(&format!("{title}{lead}")).is_empty(), "{title}");
        }
        // A short clause stays a claim.
        for claim in [
            "Lund: I back the levy",
            "Holm: Turnout is low",
            "Ames: Lund stirs anger",
        ] {
            assert_eq!(triples(&format!("{claim}{lead}")).len(), 1, "{claim}");
        }
    }

    #[test]
    fn name_colon_claim() {
        let t = triples(
            "Clinton camp: Trump’s rhetoric threatens national security.\n\nThe race goes on.",
        );
        assert_eq!(t.len(), 1);
        assert_eq!((t[0].0.clone(), t[0].1.as_str()), (s("Clinton camp"), ":"));
        assert_eq!(t[0].2, ["Trump’s rhetoric threatens national security"]);
    }

    #[test]
    fn name_on_topic_colon_claim() {
        for (text, source, claim) in [
            (
                "Mayor Lund on Harbor Plan: ‘It Will Pass This Year.’\n\nThe race goes on.",
                "Mayor Lund",
                "It Will Pass This Year.",
            ),
            (
                "Senator Ortiz to Farm Bureau: the drought aid is coming soon.\n\nMore follows.",
                "Senator Ortiz",
                "the drought aid is coming soon",
            ),
            (
                "EXCLUSIVE – Jane Moss: Do Not Trust the New Voting Machines.\n\nMore follows.",
                "Jane Moss",
                "Do Not Trust the New Voting Machines",
            ),
        ] {
            let t = triples(text);
            assert_eq!(t.len(), 1, "{text}: {t:?}");
            assert_eq!(
                (t[0].0.clone(), t[0].1.as_str()),
                (s(source), ":"),
                "{text}"
            );
            assert_eq!(t[0].2, [claim], "{text}");
        }
        // A lowercase topic is a sentence, not a headline.
        assert!(
            triples("Mayor Lund on the harbor plan: it will pass this year.\n\nMore.").is_empty()
        );
    }

    #[test]
    fn labels_are_not_sources() {
        assert!(triples("UPDATE: The bridge has reopened to traffic.").is_empty());
        assert!(triples("Editor’s note: This story has been corrected.").is_empty());
        assert!(triples("The Latest: Holt wins the county vote by a wide margin").is_empty());
        assert!(triples("Contributing: Ada Lind and Sam Roe, The Valley Times").is_empty());
        assert!(triples("View full county results: http://example.com/results-2024").is_empty());
    }
}
