//! A participle of saying joined by "and" or "but" to an earlier participle clause
//! of the same sentence: "The senator mocked the plan, calling it a farce
//! and vowing to fight it", "He ducked the question, pointing to his
//! record and saying that …", "won the room by praising the staff and
//! promising …". The chain hangs on the sentence, so its subject speaks;
//! after a participle cue with its own speaker ("with the envoy noting …
//! and warning …") that speaker does. A lone "… and saying" with no chain before it stays
//! unread: on PolNeAR it costs more precision than it brings.

use super::cue::CueHit;
use super::{Ctx, Frame, Rule};
use crate::lexicon::Class;

impl Ctx<'_, '_> {
    pub fn participle_chain_frame(&self, hit: &CueHit, previous: Option<&Frame>) -> Option<Frame> {
        let form = hit.form?;
        if !form.participle {
            return None;
        }
        let s = self.sentence_start(hit.verb);
        // "and saying", "and pointedly saying", "and then saying"
        let mut k = hit.range.start;
        while k > s && k + 2 > hit.range.start && self.adverb(k - 1) {
            k -= 1;
        }
        let and = k
            .checked_sub(1)
            .filter(|&a| a > s && self.doc.is_any(a, &["and", "but"]))?;
        if self.in_quote(and) {
            return None;
        }
        // The chain's first link: ", VERBing" earlier in the sentence, or a
        // link word before it ("won the room by praising the staff and
        // promising …", "after thanking the crowd and saying …").
        let first = (s + 1..and).rev().take(40).find(|&c| {
            (self.doc.tok(c) == "," || self.doc.is_any(c, super::participle::LINKS))
                && !self.in_quote(c)
                && self.doc.kind(c + 1) == Some(crate::text::Tok::Word)
                && !self.doc.is_cap(c + 1)
                && self.doc.tok(c + 1).len() > 4
                && self.doc.tok(c + 1).ends_with("ing")
        });
        // Or the previous cue is a participle of the sentence with a source
        // ("with the envoys stressing the risk and warning that …").
        let chained = previous.filter(|f| {
            f.cue.len() == 1
                && f.cue.start > s
                && f.cue.start < and
                && f.source.is_some()
                && self.doc.tok(f.cue.start).ends_with("ing")
                && first.is_none_or(|c| f.cue.start > c)
        });
        let first = match chained {
            Some(f) => f.cue.start - 1,
            None => first?,
        };
        // No other clause between the link and "and" ("…, calling it a
        // farce, and the crowd, …").
        if (first + 1..and).any(|c| matches!(self.doc.tok(c), ";" | ":") && !self.in_quote(c)) {
            return None;
        }
        let source = self.clause_subject(hit, previous, first)?;
        let r = self.content_after(hit)?;
        Some(Frame::one(
            hit.range.clone(),
            source,
            Rule::Participle,
            r,
            0.7,
        ))
    }

    /// An adverb between an auxiliary and its verb ("is already
    /// claiming", "is not saying", "was repeatedly telling").
    pub fn adverb_before_verb(&self, k: usize) -> bool {
        let w = self.doc.tok(k);
        self.doc.is_word(k)
            && !self.doc.is_cap(k)
            && (w.len() > 4 && w.ends_with("ly")
                || self.doc.is_any(
                    k,
                    &[
                        "already", "not", "also", "still", "now", "again", "even", "n’t", "n't",
                    ],
                ))
    }

    /// An adverb before a participle ("pointedly", "then", "also").
    fn adverb(&self, k: usize) -> bool {
        let w = self.doc.tok(k);
        self.class(k, Class::Aux)
            && !self.doc.is_any(
                k,
                &[
                    "has", "have", "had", "is", "are", "was", "were", "be", "been", "being",
                ],
            )
            || (w.len() > 4 && w.ends_with("ly") && !self.doc.is_cap(k))
            || self.doc.is_any(k, &["then", "also"])
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{s, triples};

    #[test]
    fn a_second_link_of_a_participle_chain() {
        for (text, source, cue, claim) in [
            (
                "The senator mocked the plan, calling it a farce and vowing to fight it in court.",
                "The senator",
                "vowing",
                "to fight it in court",
            ),
            (
                "He ducked the question, pointing to his record and saying that senators are overrated.",
                "He",
                "saying",
                "senators are overrated",
            ),
            (
                "The mayor struck back, mocking the report and pointedly saying the city was never safer.",
                "The mayor",
                "saying",
                "the city was never safer",
            ),
            (
                "The governor issued a statement, praising the rescuers but insisting that the dam had been safe.",
                "The governor",
                "insisting",
                "the dam had been safe",
            ),
        ] {
            let t = triples(text);
            let a = t.iter().find(|a| a.1 == cue).unwrap_or_else(|| panic!("{text}: {t:?}"));
            assert_eq!(a.0, s(source), "{text}");
            assert_eq!(a.2, [claim], "{text}");
        }
    }

    #[test]
    fn a_chain_after_a_link_word_or_a_participle_cue() {
        for (text, source, cue, claim) in [
            (
                "The coach won over the crowd by thanking the volunteers and promising that the rink would stay open.",
                "The coach",
                "promising",
                "the rink would stay open",
            ),
            (
                "The council moved on after hearing from the residents and saying that the vote would wait.",
                "The council",
                "saying",
                "the vote would wait",
            ),
            // The first link is a cue with its own speaker ("with X noting").
            (
                "Critics piled on, with the union leader noting the low pay and warning that strikes would follow.",
                "the union leader",
                "warning",
                "strikes would follow",
            ),
        ] {
            let t = triples(text);
            let a = t.iter().find(|a| a.1 == cue).unwrap_or_else(|| panic!("{text}: {t:?}"));
            assert_eq!(a.0, s(source), "{text}");
            assert_eq!(a.2, [claim], "{text}");
        }
    }

    #[test]
    fn and_saying_without_a_chain_is_left() {
        assert!(triples("The board met the workers and saying goodbye was hard.").is_empty());
        assert!(triples("Fans kept singing and dancing and saying nothing at all.").is_empty());
    }
}
