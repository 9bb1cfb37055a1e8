//! A cue opening its sentence, then the speaker, then the quotation:
//! "Said Comey, “The thought that …”", "Said Dora Pinter, who grew up with
//! him, “We all looked up to him.”" (with a colon: `colon.rs`).

use super::cue::CueHit;
use super::{Ctx, Frame, Rule};

/// How far past the speaker an appositive may run before ", “".
const REACH: usize = 30;

/// The verbs that open a sentence so ("Said Comey, …", "Wrote Lee, …",
/// "Added the mayor, …"); "Asked …" opens a question (`asked.rs`).
const OPENERS: &[&str] = &["say", "write", "add", "recall", "explain", "note"];

impl Ctx<'_, '_> {
    /// Is the capitalised cue form at `i` such an opening: the sentence's
    /// first word, a past form, a name or a determiner right after it?
    pub fn cue_first_opening(&self, i: usize, form: crate::lexicon::CueForm) -> bool {
        i == self.sentence_start(i)
            && !form.participle
            && !form.base
            && !form.ambiguous
            && OPENERS.contains(&form.lemma)
            && self.doc.tok(i).ends_with(['d', 'e', 't'])
            && (self.is_cap_name(i + 1) || self.doc.is_any(i + 1, &["the", "a", "an", "one"]))
    }

    pub fn cue_first_frame(&self, hit: &CueHit) -> Option<Frame> {
        let s = self.sentence_start(hit.verb);
        // The cue is the sentence's first word, capitalised ("Said", "Wrote").
        if (s..hit.range.start).any(|k| self.doc.is_word(k)) || !self.doc.is_cap(hit.range.start) {
            return None;
        }
        let end = self.sentence_end(hit.verb);
        let np = self.np_after(hit.range.end, end)?;
        if np.start != hit.range.end || !(self.can_speak(&np) || self.plural_speaker(np.end - 1)) {
            return None;
        }
        if self.doc.tok(np.end) != "," {
            return None;
        }
        // The quotation right after the comma, or after an appositive
        // that holds no cue and no quotation of its own.
        let (open, appositive) = if self.opens_quote(np.end + 1).is_some() {
            (np.end + 1, None)
        } else {
            let c = (np.end + 1..(np.end + REACH).min(end))
                .take_while(|&k| {
                    !self.in_quote(k)
                        && self.doc.kind(k) != Some(crate::text::Tok::Quote)
                        && self.cue_form(k).is_none_or(|c| c.participle)
                        && !matches!(self.doc.tok(k), ";" | ":" | "." | "!" | "?")
                })
                .find(|&k| self.doc.tok(k) == "," && self.opens_quote(k + 1).is_some())?;
            (c + 1, Some(np.end + 1..c))
        };
        let q = &self.quotes.all[self.opens_quote(open)?];
        if q.words < 2 {
            return None;
        }
        let mut f = Frame::one(
            hit.range.clone(),
            Some(np),
            Rule::Inverted,
            q.open + 1..q.close,
            0.9,
        );
        f.appositive = appositive;
        Some(f)
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{s, triples};

    #[test]
    fn said_then_the_speaker_then_the_quotation() {
        let t = triples("The park is closed. Said Holt, “Nobody here wants a new fence.”");
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!((t[0].0.clone(), t[0].1.as_str()), (s("Holt"), "Said"));
        assert_eq!(t[0].2, ["Nobody here wants a new fence."]);
        assert_eq!(t[0].3, "direct");
    }

    #[test]
    fn said_then_the_speaker_with_an_appositive() {
        let t = triples(
            "A shrine grew on the corner. Said Dora Pinter, who grew up with him on the block, “We all looked up to him.”",
        );
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].0, s("Dora Pinter"));
        assert_eq!(t[0].2, ["We all looked up to him."]);
    }

    #[test]
    fn no_quotation_no_claim() {
        assert!(triples("Said Holt, the mayor, nothing at all.").is_empty());
    }
}
