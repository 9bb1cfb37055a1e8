//! Appositives and insertions between a subject and its cue: "Diaa
//! Rashwan, who heads …, said", "Rep. Nora Vale (D-Ore.), chair of the
//! harbor committee, said", "Rosa Lind, 41, of Dayton, Ohio, says", "…,
//! however, said". The subject pattern (`subject.rs`) skips what these
//! say is no subject.

use std::ops::Range;

use super::Ctx;
use crate::lexicon::{list_text, Class, WordList};

/// Words that open an appositive or relative comma group.
static APPOSITIVE_OPENERS: WordList = WordList::new(list_text!("en/appositive_openers"));

impl Ctx<'_, '_> {
    /// Does the comma-delimited group `g` read as an appositive or relative
    /// clause ("who heads …", "the party's leader", "61", "speaking on
    /// condition of anonymity", a name after a description)?
    pub(super) fn appositive_group(&self, g: Range<usize>) -> bool {
        if g.is_empty() || g.len() > 30 {
            return false;
        }
        let first = g.start;
        // A short quoted title (", “Farm Hour,” said"), alone or before a
        // relative clause (", “Star Search,” who later ran for mayor,").
        if let Some(q) = self.opens_quote(first) {
            let q = &self.quotes.all[q];
            if q.words <= 6 && q.close + 1 >= g.end {
                return true;
            }
            if q.words <= 6 && self.class(q.close + 1, Class::Rel) {
                return self.appositive_group(q.close + 1..g.end);
            }
        }
        // "…, the vote will be close, said": a clause with its own verb, no
        // appositive (a relative "who is …", "that has …" is one): a finite
        // auxiliary outside a relative clause.
        let clause = g
            .clone()
            .take_while(|&k| !self.class(k, Class::Rel))
            .any(|k| self.finite_aux(k));
        if clause {
            return false;
        }
        let participle = self.doc.kind(first) == Some(crate::text::Tok::Word) && {
            let t = self.doc.tok(first);
            t.len() > 4 && (t.ends_with("ed") || t.ends_with("ing")) && !self.doc.is_cap(first)
                || matches!(t, "led" | "known" | "born" | "run" | "held" | "seen")
        };
        // "…, of Flint, Mich., said", "…, at the Royal Institute, said".
        let place = self.doc.is_any(first, &["of", "from", "at"]) && self.doc.is_cap(first + 1)
            || self.doc.is_any(first, &["at"]) && self.np_chain(first + 1, g.end) == Some(g.end);
        participle
            || place
            || APPOSITIVE_OPENERS.has(self.doc.tok(first))
            || self.doc.kind(first) == Some(crate::text::Tok::Num)
            || self.anonymity_at(first).is_some()
            || self.np_chain(first, g.end) == Some(g.end)
    }

    /// Is the comma-delimited group `g` an adverb or a short adjunct
    /// ("however", "too", "for his part", "in turn")?
    pub(super) fn adverbial_group(&self, g: Range<usize>) -> bool {
        match g.len() {
            1 => self.doc.is_any(
                g.start,
                &["however", "too", "though", "meanwhile", "instead", "also"],
            ),
            2 | 3 => {
                self.doc.is_any(g.start, &["for", "in", "of", "at"])
                    && self.doc.is_any(
                        g.end - 1,
                        &[
                            "part", "turn", "response", "instance", "example", "fact", "course",
                            "least",
                        ],
                    )
            }
            _ => false,
        }
    }

    /// Where a noun phrase with its prepositional and coordinated tails
    /// ends: "chair of the Platform Committee", "Pyongyang's only ally and
    /// its lifeline to the outside world".
    pub(super) fn np_chain(&self, start: usize, end: usize) -> Option<usize> {
        let mut at = self.np_after(start, end)?.end;
        // "Mich." ends on its period.
        if at < end && self.abbrev_period(at) {
            at += 1;
        }
        for _ in 0..4 {
            if at >= end {
                break;
            }
            let joiner = self.class(at, Class::Prep) || self.doc.is_any(at, &["and", "or"]);
            if !joiner {
                break;
            }
            match self.np_after(at + 1, end) {
                Some(np) => at = np.end,
                None => break,
            }
        }
        Some(at)
    }

    /// Skips a parenthesis or a pair of dashes that ends right before token
    /// `k`, widening `appositive` over it.
    pub(super) fn skip_insertion(
        &self,
        s: usize,
        k: &mut usize,
        appositive: &mut Option<Range<usize>>,
    ) {
        let closer = self.doc.tok(k.saturating_sub(1));
        if *k > s + 1 && matches!(closer, ")" | "—" | "–") {
            let opener = if closer == ")" { "(" } else { closer };
            if let Some(o) = (s..*k - 1)
                .rev()
                .take(20)
                .find(|&o| self.doc.tok(o) == opener)
            {
                let end = appositive.as_ref().map_or(*k - 1, |a| a.end);
                *appositive = Some(o + 1..end);
                *k = o;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{one, s};

    #[test]
    fn appositives_with_prepositional_tails_are_skipped() {
        let (src, _, content, _) = one(
            "Rep. Nora Vale (D-Ore.), chair of the harbor committee, said that the dredging would start in May.",
        );
        // The party label belongs to the name (source_span.rs); the
        // appositive after it does not.
        assert_eq!(src, s("Rep. Nora Vale (D-Ore.)"));
        assert_eq!(content, ["the dredging would start in May"]);
        let (src, _, _, _) = one(
            "Tom Reyes, a senior adviser to the mayor, said on Friday that the budget was balanced.",
        );
        assert_eq!(src, s("Tom Reyes"));
    }

    #[test]
    fn appositives_between_dashes_typed_as_hyphens() {
        for text in [
            "Mara Lind -- author of two books on the port -- said the cranes were idle.",
            "Mara Lind — author of two books on the port — said the cranes were idle.",
        ] {
            let (src, _, content, _) = one(text);
            assert_eq!(src, s("Mara Lind"), "{text}");
            assert_eq!(content, ["the cranes were idle"], "{text}");
        }
    }

    #[test]
    fn adverbs_between_commas_and_floating_quantifiers() {
        let (src, _, content, _) =
            one("Port officials, however, said the cranes had been repaired.");
        assert_eq!(src, s("Port officials"));
        assert_eq!(content, ["the cranes had been repaired"]);
        let (src, cue, _, _) = one("The three councillors all argued that the vote was rushed.");
        assert_eq!((src, cue.as_str()), (s("The three councillors"), "argued"));
    }

    #[test]
    fn age_home_town_and_state_are_appositives() {
        let (src, _, content, _) =
            one("Rosa Lind, 41, of Dayton, Ohio, says her biggest worry is the rent.");
        assert_eq!(src, s("Rosa Lind"));
        assert_eq!(content, ["her biggest worry is the rent"]);
        let (src, _, _, _) =
            one("Ken Ortiz, 29, of Tampa, Fla., said he had waited six hours to vote.");
        assert_eq!(src, s("Ken Ortiz"));
    }
}
