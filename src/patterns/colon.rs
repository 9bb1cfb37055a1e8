//! A colon introducing someone's words, where no cue verb stands:
//! transcript labels ("PENCE: Well, look, …"), a speaker named before the
//! colon ("More from the report: “…”", "– Jane Doe: “…”") and a verb
//! phrase that is no cue ("Mr. Vance gloated: “…”", "As Ridge put it:
//! “…”"). The quotation follows in the same paragraph or opens the next.

use std::ops::Range;

use super::headline::LABELS;
use super::{Ctx, Frame, Rule};
use crate::lexicon::Class;
use crate::text::Tok;

/// Words that lead a speaker's name before a colon: "From the report:",
/// "More from Jones:", "Here's Clinton in 1992:".
const LEADS: &[&str] = &["from", "here’s", "here's", "here", "is"];

impl Ctx<'_, '_> {
    /// Is token `k` a word in capitals ("PENCE", "O'NEILL")?
    fn all_caps(&self, k: usize) -> bool {
        let t = self.doc.tok(k);
        self.doc.kind(k) == Some(Tok::Word)
            && t.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && !t.chars().any(char::is_lowercase)
    }

    /// "NAME: …" opening a paragraph of a transcript, the name in capitals,
    /// inside an opening quotation mark or not.
    fn transcript_frame(&self, p: &Range<usize>) -> Option<Frame> {
        let mut j = p.start;
        if self.doc.kind(j) == Some(Tok::Quote) {
            j += 1;
        }
        let c = (j..p.end.min(j + 4)).find(|&k| self.doc.tok(k) == ":")?;
        if c == j || !(j..c).all(|k| self.all_caps(k) || self.abbrev_dot(k)) {
            return None;
        }
        if (j..c).any(|k| LABELS.has(self.doc.tok(k))) {
            return None;
        }
        let content = c + 1..p.end;
        let words = self.doc.words_in(content.clone());
        if words < 2 || self.content_span(content.clone()).is_none() {
            return None;
        }
        let mut f = Frame::one(c..c + 1, Some(j..c), Rule::Headline, content, 0.6);
        f.confidence = 0.6;
        Some(f)
    }

    fn abbrev_dot(&self, k: usize) -> bool {
        self.doc.tok(k) == "." && k > 0 && self.all_caps(k - 1)
    }

    /// The quotation a colon at `k` introduces: one opening right after
    /// it, or one opening the next paragraph when the colon ends its own.
    fn quote_after_colon(&self, k: usize) -> Option<Range<usize>> {
        let next = k + 1;
        let q = self.opens_quote(next)?;
        let quote = &self.quotes.all[q];
        (quote.words >= 2).then_some(quote.open + 1..quote.close)
    }

    /// The speaker and cue of a colon at `k` that has a quotation after it.
    fn colon_speaker(&self, k: usize) -> Option<(Range<usize>, Range<usize>)> {
        let s = self.sentence_start(k);
        if k <= s {
            return None;
        }
        // "– HuffPollster: “…”", "More from the report: “…”": a name right
        // before the colon, after a dash, a lead word or nothing.
        if let Some(np) = self.np_before(k, s) {
            let lead = np.start.checked_sub(1).filter(|&b| b >= s);
            let led = match lead {
                None => true,
                Some(b) => matches!(self.doc.tok(b), "-" | "—" | "–") || self.doc.is_any(b, LEADS),
            };
            let named = self.can_speak(&np) || self.plural_speaker(np.end - 1);
            // "Mark Dahl agreed: “…”" is a name and a verb, no name alone.
            let verb_inside = self.name_then_verb(np.clone(), s) != np;
            if led && named && np.len() <= 6 && !verb_inside {
                // "Said Ellis: “…”": the capitalised cue opens the phrase.
                if np.len() > 1 && self.cue_form(np.start).is_some() {
                    return Some((np.start + 1..np.end, np.start..np.start + 1));
                }
                return Some((np, k..k + 1));
            }
        }
        // "Mr. Vance gloated: “…”": the sentence's subject, then a short
        // verb phrase.
        let mut start = s;
        if self
            .doc
            .is_any(start, &["as", "and", "but", "then", "yet", "so"])
        {
            start += 1; // "As Ridge put it: …", "And Vance gloated: …"
        }
        let np = if start == s {
            self.sentence_subject(k)?
        } else {
            let np = self.name_then_verb(self.np_after(start, k)?, start - 1);
            Some(np).filter(|np| self.can_speak(np))?
        };
        let mut verb = np.end;
        if self.doc.tok(verb) == "," {
            // "Mark Dahl, an analyst at a bank, agreed: “…”": the verb
            // after the subject's appositive.
            verb = (verb + 2..k).take(25).find(|&v| {
                self.doc.tok(v - 1) == "," && self.subject_before(v).is_some_and(|sb| sb.np == np)
            })?;
        }
        if verb >= k || k - verb > 10 {
            return None;
        }
        let t = self.doc.tok(verb);
        let verb_like = self.doc.kind(verb) == Some(Tok::Word)
            && !self.doc.is_cap(verb)
            && !self.word(verb).closed()
            || self.class(verb, Class::Aux)
            || self.class(verb, Class::Verb);
        // A list ("the following: …") or a title is no one's words. A cue
        // verb here ("responded, with a grin:") is the colon's cue when its
        // own patterns read no claim: a frame that holds the cue or the
        // quotation keeps it (engine::frames).
        let clean = (verb..k).all(|j| !self.is_boundary(j) || self.doc.tok(j) == ",");
        if !verb_like || !clean || t == "is" && k == verb + 1 {
            return None;
        }
        Some((np, verb..k + 1))
    }

    /// Frames for colons that introduce a speaker's words.
    pub fn colon_frames(&self) -> Vec<Frame> {
        let mut out = Vec::new();
        for p in &self.doc.paragraphs {
            if let Some(f) = self.transcript_frame(p) {
                out.push(f);
                continue;
            }
            // Only punctuation can be a colon: the kinds are scanned, not
            // every word's text.
            for &k in self.doc.marks_in(p.clone()) {
                if self.doc.kind(k) != Some(Tok::Punct)
                    || self.doc.tok(k) != ":"
                    || self.in_quote(k)
                {
                    continue;
                }
                let Some(content) = self.quote_after_colon(k) else {
                    continue;
                };
                if let Some((src, cue)) = self.colon_speaker(k) {
                    out.push(Frame::one(cue, Some(src), Rule::Headline, content, 0.6));
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{s, triples};

    #[test]
    fn transcript_labels_are_speakers() {
        let t = triples(
            "HOST: Will the mayor attend the hearing tomorrow?\n\nVANCE: She will not, and she has said so twice.\n\n(CROSSTALK)",
        );
        assert_eq!(t.len(), 2, "{t:?}");
        assert_eq!((t[0].0.clone(), t[0].1.as_str()), (s("HOST"), ":"));
        assert_eq!(t[1].0, s("VANCE"));
        assert_eq!(t[1].2, ["She will not, and she has said so twice"]);
    }

    #[test]
    fn a_name_before_the_colon() {
        let t = triples(
            "Turnout was low in the east. More from the report: “Rural precincts reported half the usual count.”",
        );
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!((t[0].0.clone(), t[0].1.as_str()), (s("the report"), ":"));
        assert_eq!(t[0].2, ["Rural precincts reported half the usual count."]);
    }

    #[test]
    fn a_verb_phrase_before_the_colon() {
        let t = triples("And Mr. Vance gloated: “I told you the bill would fail.”");
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(
            (t[0].0.clone(), t[0].1.as_str()),
            (s("Mr. Vance"), "gloated:")
        );
        let t = triples("As Judge Ortiz put it: “The law is the law, even in August.”");
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].0, s("Judge Ortiz"));
    }

    #[test]
    fn a_subject_with_an_appositive_or_a_name_then_a_verb() {
        let lead = "The council met on Monday to discuss the bridge.\n\n";
        let t = triples(&format!(
            "{lead}Mark Dahl, an analyst at a bank, agreed: “They have a good brand and a plan.”"
        ));
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(
            (t[0].0.clone(), t[0].1.as_str()),
            (s("Mark Dahl"), "agreed:")
        );
        // A paragraph of its own is a sentence, not a "NAME: claim" headline.
        let t = triples(&format!(
            "{lead}Mark Lund shot back: “We all have him on our list.”"
        ));
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(
            (t[0].0.clone(), t[0].1.as_str()),
            (s("Mark Lund"), "shot back:")
        );
        // An irregular verb of the lists ("went") is a verb too.
        let t = triples(&format!(
            "{lead}In a later interview, Holm went even further: “If he runs and loses, it is over.”"
        ));
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(
            (t[0].0.clone(), t[0].1.as_str()),
            (s("Holm"), "went even further:")
        );
    }

    #[test]
    fn a_cue_verb_with_a_set_off_phrase_before_the_colon() {
        let t = triples("Nora Park responded, with a shrug: “Nobody pays it anyway.”");
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(
            (t[0].0.clone(), t[0].1.as_str()),
            (s("Nora Park"), "responded, with a shrug:")
        );
        assert_eq!(t[0].2, ["Nobody pays it anyway."]);
        // The cue's own frame keeps its claim: one attribution, not two.
        let t = triples("Nora Park responded: “Nobody pays it anyway.”");
        assert_eq!(t.len(), 1, "{t:?}");
    }

    #[test]
    fn labels_and_plain_colons_are_not() {
        assert!(triples("UPDATE: The bridge has reopened to all traffic.").is_empty());
        assert!(triples("The menu had three items: “soup”, “bread” and “tea”.").is_empty());
    }

    #[test]
    fn an_inverted_cue_before_the_colon() {
        let t = triples("The rates will rise. Said Ellis: “Nobody here wants a new tax.”");
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!((t[0].0.clone(), t[0].1.as_str()), (s("Ellis"), "Said"));
    }
}
