//! "As SOURCE CUE, CLAUSE": "As the Post observed, Republicans now control
//! 30 chambers", "And as the mayor has said many times, the city cannot
//! afford it", "as the paper previously reported, she is the top
//! recipient". The "as" clause reports what the main clause says: the
//! claim is the clause after its comma, whatever the cue would take as an
//! object elsewhere ("observed", "wrote").

use super::cue::CueHit;
use super::{Ctx, Frame, Rule};
use crate::lexicon::Class;

impl Ctx<'_, '_> {
    pub fn as_clause_frame(&self, hit: &CueHit) -> Option<Frame> {
        let s = self.sentence_start(hit.verb);
        let mut k = hit.range.start;
        while k > s && (self.class(k - 1, Class::Aux) || self.ly_adverb(k - 1)) {
            k -= 1;
        }
        let end = self.sentence_end(hit.verb);
        // "As reported by the Ledger, …": the agent after "by" speaks.
        let agent = (k > 0 && self.doc.is(k - 1, "as") && self.doc.is(hit.range.end, "by"))
            .then(|| self.np_after(hit.range.end + 1, end))
            .flatten()
            .filter(|np| self.can_speak(np));
        let (np, as_, after) = match agent {
            Some(np) => (np.clone(), k - 1, np.end),
            None => {
                let np = self.np_before(k, s)?;
                if np.end != k || np.start == 0 || !self.can_speak(&np) {
                    return None;
                }
                let as_ = np.start - 1;
                (np, as_, hit.range.end)
            }
        };
        if !self.doc.is(as_, "as") || self.in_quote(as_) {
            return None;
        }
        // "As" opens the sentence or follows a conjunction or a comma.
        let opens = as_ == s
            || as_ > s
                && (self.doc.is_any(as_ - 1, &["and", "but", "so", "yet"])
                    || self.doc.tok(as_ - 1) == ",")
                && (as_ - 1 == s || self.doc.tok(as_ - 1) == ",");
        if !opens {
            return None;
        }
        // After the cue: a few words of adjunct ("many times", "in
        // April", "on Twitter"), then the comma.
        let comma = (after..end.min(after + 8)).find(|&c| self.is_boundary(c))?;
        if self.doc.tok(comma) != ","
            || (after..comma).any(|c| self.doc.is(c, "that") || self.in_quote(c))
        {
            return None;
        }
        let from = comma + 1;
        // "…, as the Ledger reported on Tuesday, and he will …": after a
        // comma, with a new clause after it, the "as" clause reports the
        // clause before.
        if as_ > s && self.doc.tok(as_ - 1) == "," && self.doc.is_any(from, &["and", "but", "so"]) {
            let before = self.content_before(as_ - 1)?;
            return Some(Frame::one(
                hit.range.clone(),
                Some(np),
                Rule::AsClause,
                before,
                0.8,
            ));
        }
        let to = self.clause_end(from, end);
        if to <= from + 2 {
            return None;
        }
        Some(Frame::one(
            hit.range.clone(),
            Some(np),
            Rule::AsClause,
            from..to,
            0.8,
        ))
    }

    /// A lowercase adverb in -ly ("previously", "famously").
    fn ly_adverb(&self, k: usize) -> bool {
        let w = self.doc.tok(k);
        w.len() > 4 && w.ends_with("ly") && !self.doc.is_cap(k) && self.doc.is_word(k)
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{s, triples};

    #[test]
    fn the_main_clause_is_the_claim() {
        for (text, source, claim) in [
            (
                "As the Washington Post observed, Republicans now control both chambers in 30 states.",
                "the Washington Post",
                "Republicans now control both chambers in 30 states",
            ),
            (
                "And as the mayor has said many times, the city cannot afford a new stadium.",
                "the mayor",
                "the city cannot afford a new stadium",
            ),
            (
                "Yet as the Herald previously reported, the senator is the top recipient of the fund.",
                "the Herald",
                "the senator is the top recipient of the fund",
            ),
        ] {
            let t = triples(text);
            assert_eq!(t.len(), 1, "{text}: {t:?}");
            assert_eq!(t[0].0, s(source), "{text}");
            assert_eq!(t[0].2, [claim], "{text}");
        }
    }

    #[test]
    fn as_reported_by_an_agent() {
        let t = triples("As reported by the Daily Ledger, the mayor knew about the leak in March.");
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].0, s("the Daily Ledger"));
        assert_eq!(t[0].2, ["the mayor knew about the leak in March"]);
    }

    #[test]
    fn as_after_its_claim_then_a_new_clause() {
        let t = triples(
            "The chairman also met the mayor that day, as the Ledger reported on Tuesday, and he will join the effort.",
        );
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].0, s("the Ledger"));
        assert_eq!(t[0].2, ["The chairman also met the mayor that day"]);
    }

    #[test]
    fn as_in_the_middle_of_a_clause_is_no_report_opener() {
        // "as" comparing, not opening a clause of its own.
        assert!(triples("The team played as the coach observed, with no comment.").is_empty());
    }
}
