//! "CLAIM, citing X": the claim before the comma, X its source
//! ("Prices will rise, the agency said, citing two officials" is handled by
//! the inverted pattern for "said"; here "Reuters reported a delay, citing
//! three people familiar with the plan").

use super::cue::CueHit;
use super::{Ctx, Frame, Rule};

impl Ctx<'_, '_> {
    pub fn citing_frame(&self, hit: &CueHit) -> Option<Frame> {
        let end = self.sentence_end(hit.verb);
        let comma = hit.range.start.checked_sub(1).filter(|&c| self.doc.tok(c) == ",")?;
        let src = self.np_after(hit.range.end, end).filter(|np| self.can_speak(np))?;
        // "citing concerns", "citing costs": a reason, not a source.
        let head = self.doc.tok(src.end - 1);
        if !(self.lex.is_person_word(head)
            || self.lex.is_document_word(head)
            || self.lex.is_org_word(head)
            || src.clone().any(|k| self.doc.is_cap_name(k)))
        {
            return None;
        }
        let content = self.clause_before(comma)?;
        let mut f = Frame::new(hit.range.clone(), Some(src), Rule::Citing);
        f.content.push(content);
        f.confidence = 0.7;
        Some(f)
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{s, triples};

    #[test]
    fn citing_a_source() {
        let t = triples("The talks collapsed on Friday, citing three people familiar with the plan.");
        assert_eq!(t.len(), 1);
        assert_eq!(t[0].0, s("three people"));
        assert_eq!(t[0].2, ["The talks collapsed on Friday"]);
    }

    #[test]
    fn citing_a_reason_is_not_a_source() {
        assert!(triples("The company raised prices, citing higher costs.").is_empty());
    }
}
