//! Participle cues: "…, telling parliament that …", "…,” he said, adding
//! that …", "with the judge saying he had …". The source is the subject of
//! the clause the participle hangs on: the source of the cue before it in
//! the sentence, or the sentence's subject.

use super::cue::CueHit;
use super::{Ctx, Frame, Rule};
use crate::lexicon::{list_text, Class, WordInfo, WordList};

/// Lemmas that speak after "by", "after", "while", "before" ("by saying he
/// would …"); "by adding a few communities" is no speech.
pub(super) static SAYING: WordList = WordList::new(list_text!("en/saying_participles"));

/// Words of degree before a share ("with about three in 10 saying").
const DEGREE: &[&str] = &[
    "about", "nearly", "almost", "roughly", "only", "just", "over",
];

/// The words that hang a participle on its clause's subject ("by saying",
/// "while suggesting", "since announcing").
pub(super) const LINKS: &[&str] = &["by", "after", "while", "before", "since", "upon"];

impl Ctx<'_, '_> {
    /// An adverb standing before a participle: "falsely", "again".
    fn participle_adverb(&self, p: usize) -> bool {
        let w = self.doc.tok(p);
        self.doc.is_word(p)
            && !self.doc.is_cap(p)
            && (w.len() > 4 && w.ends_with("ly")
                || self.doc.is_any(p, &["again", "also", "then", "even"]))
    }

    /// Is token `p` the comma (or dash) that hangs a clause on the
    /// sentence: ", saying", "“…,” saying", "– saying"?
    fn clause_comma(&self, p: usize) -> bool {
        let t = self.doc.tok(p);
        t == ","
            || matches!(t, "—" | "–")
            || (p > 0 && self.closes_quote(p).is_some() && self.doc.tok(self.glued_mark(p)) == ",")
    }

    /// The token before a closing mark written as glued marks (the ''
    /// of ''…,'' is two tokens): what stands before the first of them.
    fn glued_mark(&self, p: usize) -> usize {
        let mut k = p - 1;
        while k > 0 && p - k < 3 && self.doc.kind(k) == Some(crate::text::Tok::Quote) {
            k -= 1;
        }
        k
    }

    /// The document noun phrase ("tweets", "a statement", "an ad") whose
    /// participle starts after token `p`, with at most a few words of time
    /// between ("tweets early Friday saying").
    fn document_before(&self, p: usize, floor: usize) -> Option<std::ops::Range<usize>> {
        let d = (floor..=p)
            .rev()
            .take(4)
            .find(|&k| self.word(k).is(WordInfo::DOC) && self.doc.is_word(k))?;
        let between_ok = (d + 1..=p).all(|k| {
            self.class(k, Class::Time)
                || self
                    .doc
                    .is_any(k, &["early", "late", "last", "on", "this", "posted"])
        });
        if !between_ok || self.in_quote(d) {
            return None;
        }
        let np = self.np_before(d + 1, floor)?;
        Some(np)
    }

    /// Is token `p` an adverb ("now", "still", "again", "publicly") right
    /// after a noun phrase that follows "with" ("with senators now
    /// saying")?
    fn absolute_adverb(&self, p: usize, s: usize) -> bool {
        p > s + 1
            && self.absolute_adverb_word(p)
            && (self.np_word(p - 1) || self.is_pronoun(p - 1))
            && self
                .np_before(p, s)
                .is_some_and(|np| np.start > 0 && self.doc.is(np.start - 1, "with"))
    }

    /// "with each saying", "with both now saying": a bare share right after
    /// "with" (a quantifier of lang/en/partitives.txt: "each", "half",
    /// "thousands"), at most an adverb before the participle.
    fn with_share_before(&self, p: usize, s: usize) -> Option<std::ops::Range<usize>> {
        let q = if p > s && self.absolute_adverb_word(p) {
            p - 1
        } else {
            p
        };
        (q > s && self.doc.is(q - 1, "with") && self.partitive(q)).then(|| q..q + 1)
    }

    fn absolute_adverb_word(&self, p: usize) -> bool {
        self.participle_adverb(p) || self.doc.is_any(p, &["now", "still"])
    }

    pub fn participle_frame(&self, hit: &CueHit, previous: Option<&Frame>) -> Option<Frame> {
        let form = hit.form?;
        if !form.participle {
            return None;
        }
        let mut p = hit.range.start.checked_sub(1)?;
        // "…, falsely suggesting", "…, again telling": an adverb in -ly
        // (or "again", "also") between the comma and the participle.
        if p > 0
            && self.participle_adverb(p)
            && (self.clause_comma(p - 1) || self.doc.is_any(p - 1, LINKS))
        {
            p -= 1;
        }
        let s = self.sentence_start(hit.verb);
        if p < s {
            return None;
        }
        // "…, saying", "… by saying", "after saying": the clause's subject
        // speaks. ("… and saying" and "voters saying" cost more precision
        // on PolNeAR than they bring recall.)
        // Any cue there with a "that" clause ("before adding that …").
        let that = self.doc.is(hit.range.end, "that");
        // Or any with a quotation ("before asking her, “…”", "by
        // interjecting, “…”").
        let quote_next = || {
            matches!(
                self.after_cue(hit.range.end, hit.form),
                super::adjuncts::After::Quote(j) if j <= hit.range.end + 3
            )
        };
        let clause_link = self.clause_comma(p)
            || self.doc.is_any(p, LINKS) && (SAYING.has(form.lemma) || that || quote_next())
            || self.gerund_link(p, hit.range.end);
        let source = if clause_link {
            self.clause_subject(hit, previous, p)?
        } else if let Some(d) = self.display_before(hit, p, s) {
            // "a sign saying …", "calls saying …" (display.rs).
            Some(d)
        } else if let Some(d) = self.document_before(p, s) {
            // "a series of tweets on Friday saying …", "a statement
            // announcing …": the sentence's subject wrote it, else the
            // document speaks.
            match self
                .sentence_subject(hit.verb)
                .filter(|np| np.end <= d.start)
            {
                Some(np) => Some(np),
                None => Some(d),
            }
        } else if let Some(np) = self.with_share_before(p, s) {
            // "with each saying …", "with both now saying …": a bare
            // share of the people named before.
            Some(np)
        } else if let Some(end) = if self.absolute_adverb(p, s) {
            Some(p)
        } else {
            (self.np_word(p) || self.is_pronoun(p)).then_some(hit.range.start)
        } {
            // Only the absolute construction "with the judge saying …".
            // "with 40 percent saying", "with three in 10 saying", "with
            // most voters saying": a share of people speaks too.
            // "with senators now saying": an adverb before the participle
            // (the noun phrase ends before it).
            let mut np = self.np_before(end, s)?;
            // "most of them", "three in 10": the share before "of" / "in".
            if np.start > s + 1
                && self.doc.is_any(np.start - 1, &["of", "in"])
                && (self.partitive(np.start - 2)
                    || self.doc.kind(np.start - 2) == Some(crate::text::Tok::Num))
            {
                np.start -= 2;
            }
            // "with about three in 10 saying": a degree before the share.
            if np.start > s + 1
                && self.doc.is_any(np.start - 1, DEGREE)
                && self.doc.is(np.start - 2, "with")
            {
                np.start -= 1;
            }
            // "with the office of the former governor saying": the head
            // before the phrase's prepositional post-modifier.
            if !(np.start > 0 && self.doc.is(np.start - 1, "with")) {
                let head = (np.start > s + 1
                    && self.doc.is_any(np.start - 1, &["of", "for", "in"]))
                .then(|| self.np_before(np.start - 1, s))
                .flatten()
                .filter(|h| {
                    h.end + 1 == np.start && h.start > 0 && self.doc.is(h.start - 1, "with")
                });
                if let Some(head) = head {
                    np.start = head.start;
                }
            }
            let mut np = Some(np).filter(|np| {
                self.can_speak(np)
                    || self.plural_speaker(np.end - 1)
                    || np.clone().any(|k| {
                        self.partitive(k) || self.doc.kind(k) == Some(crate::text::Tok::Num)
                    })
            })?;
            // "footage of Clinton asking, “…”", "a voice saying: “…”": a
            // quotation right after the participle is that phrase's words.
            let quoted = matches!(
                self.after_cue(hit.range.end, hit.form),
                super::adjuncts::After::Quote(j) if j <= hit.range.end + 2
            );
            // "With most precincts reporting, the race …": what follows the
            // comma is the sentence's own clause.
            let with = np.start > 0 && self.doc.is(np.start - 1, "with");
            if !(with || quoted)
                || self.doc.tok(hit.range.end) == ","
                    && self.opens_quote(hit.range.end + 1).is_none()
            {
                return None;
            }
            if !with {
                // "emailed supporters saying: “…”": the one sent to is no
                // speaker; the phrase must follow "of" or open the clause,
                // and only a share keeps its "of" ("most of them saying";
                // "footage of Clinton asking").
                let of = np.clone().rev().find(|&k| self.doc.is(k, "of"));
                if let Some(o) = of.filter(|&o| o > np.start && !self.partitive(o - 1)) {
                    np.start = o + 1;
                }
                // Not the one written to ("an email to supporters
                // stating"), nor a medium ("on Facebook writing").
                let before = np.start.checked_sub(1).filter(|&b| b >= s);
                if before.is_some_and(|b| !self.doc.is(b, "of") && !self.is_boundary(b)) {
                    return None;
                }
            }
            Some(np)
        } else {
            return None;
        };
        let mut r = self.content_after(hit)?;
        // "In a statement announcing the choice, the union said …": inside a
        // sentence's opening phrase, the claim ends at its comma.
        if self.class(s, Class::Prep) && !(s..p).any(|k| self.doc.tok(k) == ",") {
            if let Some(c) = (r.start..r.end).find(|&k| self.doc.tok(k) == "," && !self.in_quote(k))
            {
                r.end = c;
            }
        }
        Some(Frame::one(
            hit.range.clone(),
            source,
            Rule::Participle,
            r,
            0.75,
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{s, triples};

    #[test]
    fn participle_takes_the_sentence_subject() {
        let t = triples(
            "Finance Minister Ana Costa on Tuesday defended a budget, telling parliament that the country could no longer borrow.",
        );
        assert_eq!(t.len(), 1);
        assert_eq!(
            (t[0].0.clone(), t[0].1.as_str()),
            (s("Finance Minister Ana Costa"), "telling")
        );
        assert_eq!(t[0].2, ["the country could no longer borrow"]);
    }

    #[test]
    fn participle_after_a_cue_shares_its_source() {
        let t = triples("“We will appeal,” she said, adding that the ruling was unfair.");
        assert_eq!(t.len(), 2);
        assert_eq!((t[1].0.clone(), t[1].1.as_str()), (s("she"), "adding"));
        assert_eq!(t[1].2, ["the ruling was unfair"]);
    }

    #[test]
    fn with_an_adverb_or_a_bare_share_before_the_participle() {
        let t = triples(
            "The vote split the town, with councillors openly hinting the rules would change.",
        );
        let a = t
            .iter()
            .find(|a| a.1 == "hinting")
            .unwrap_or_else(|| panic!("{t:?}"));
        assert_eq!(a.0, s("councillors"));
        let t =
            triples("The two rivals parted, with each claiming the other had cheated at cards.");
        let a = t
            .iter()
            .find(|a| a.1 == "claiming")
            .unwrap_or_else(|| panic!("{t:?}"));
        assert_eq!(a.0, s("each"));
        assert_eq!(a.2, ["the other had cheated at cards"]);
        // Any quantifier of lang/en/partitives.txt heads the share alone.
        let t = triples(
            "The staff met the new owners, with half still insisting the plant would stay open.",
        );
        let a = t
            .iter()
            .find(|a| a.1 == "insisting")
            .unwrap_or_else(|| panic!("{t:?}"));
        assert_eq!(a.0, s("half"));
        assert_eq!(a.2, ["the plant would stay open"]);
    }

    #[test]
    fn with_a_share_or_a_modified_head_saying() {
        let t = triples(
            "Most called themselves regulars, with about four in 10 saying they had just joined.",
        );
        let a = t
            .iter()
            .find(|a| a.1 == "saying")
            .unwrap_or_else(|| panic!("{t:?}"));
        assert_eq!(a.0, s("about four in 10"));
        let t = triples(
            "Holt turned on Ames, with the campaign of the former mayor saying Ames was no real reformer.",
        );
        let a = t
            .iter()
            .find(|a| a.1 == "saying")
            .unwrap_or_else(|| panic!("{t:?}"));
        assert_eq!(a.0, s("the campaign of the former mayor"));
        assert_eq!(a.2, ["Ames was no real reformer"]);
        // Precincts reporting say nothing; the clause after the comma is
        // the sentence's own.
        let t = triples(
            "With nearly all of the wards reporting, the race was still too close to call.",
        );
        assert!(t.iter().all(|a| a.1 != "reporting"), "{t:?}");
    }

    #[test]
    fn a_quotation_right_after_the_participle_of_a_phrase() {
        let t = triples("The video shows footage of Mayor Lund asking, “Where did the money go?”");
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(
            (t[0].0.clone(), t[0].1.as_str()),
            (s("Mayor Lund"), "asking")
        );
        assert_eq!(t[0].2, ["Where did the money go?"]);
        // The one written to is no speaker.
        let t = triples("The campaign sent an email to supporters saying: “We won the county.”");
        assert!(t.iter().all(|x| x.0 != s("supporters")), "{t:?}");
        // With no quotation, a phrase and a participle stay no report.
        assert!(triples("The video shows footage of Mayor Lund asking for calm.").is_empty());
    }

    #[test]
    fn a_link_word_then_any_participle_with_a_quotation() {
        let t = triples("Lund laughed it off by interjecting, “Only on Tuesdays.”");
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(
            (t[0].0.clone(), t[0].1.as_str()),
            (s("Lund"), "interjecting")
        );
        assert_eq!(t[0].2, ["Only on Tuesdays."]);
    }

    #[test]
    fn citing_takes_what_is_cited_as_content() {
        let t = triples("The ministry banned the app, citing concerns that user data could leak.");
        assert_eq!(t.len(), 1);
        assert_eq!(
            (t[0].0.clone(), t[0].1.as_str()),
            (s("The ministry"), "citing")
        );
        assert_eq!(t[0].2, ["concerns that user data could leak"]);
    }

    #[test]
    fn participle_after_by_takes_the_subject() {
        let t =
            triples("Ames distanced himself from the group by saying he would be glad to help.");
        assert_eq!(t.len(), 1);
        assert_eq!((t[0].0.clone(), t[0].1.as_str()), (s("Ames"), "saying"));
        assert_eq!(t[0].2, ["he would be glad to help"]);
        // "citing", "emphasizing", "mentioning", "repeating" speak after a
        // link word too (lang/en/saying_participles.txt).
        for (text, source, cue, claim) in [
            (
                "The mayor defended the curfew by citing a spike in thefts downtown.",
                "The mayor",
                "citing",
                "a spike in thefts downtown",
            ),
            (
                "The senators backed the bill, while emphasizing it is only a first step.",
                "The senators",
                "emphasizing",
                "it is only a first step",
            ),
        ] {
            let t = triples(text);
            assert_eq!(t.len(), 1, "{text}: {t:?}");
            assert_eq!((t[0].0.clone(), t[0].1.as_str()), (s(source), cue));
            assert_eq!(t[0].2, [claim]);
        }
    }

    #[test]
    fn any_cue_with_that_after_a_link_word_and_an_adverb_between() {
        let t =
            triples("“Thank you, son,” Holm replied, before adding that children should listen.");
        assert_eq!(t.len(), 2, "{t:?}");
        assert_eq!((t[1].0.clone(), t[1].1.as_str()), (s("Holm"), "adding"));
        assert_eq!(t[1].2, ["children should listen"]);
        let t = triples(
            "The mayor has promised to build a wall, while also suggesting that the old bridge should close.",
        );
        assert_eq!(t.len(), 2, "{t:?}");
        assert_eq!(
            (t[1].0.clone(), t[1].1.as_str()),
            (s("The mayor"), "suggesting")
        );
        // "by adding" with a plain object is no speech.
        assert!(triples("The city grew by adding three farms to its land.").is_empty());
    }

    #[test]
    fn a_participle_after_an_inverted_source() {
        let t = triples(
            "“The spring was hotter,” said Devine, suggesting that the next contests would be calmer.",
        );
        assert_eq!(t.len(), 2, "{t:?}");
        assert_eq!(
            (t[1].0.clone(), t[1].1.as_str()),
            (s("Devine"), "suggesting")
        );
        assert_eq!(t[1].2, ["the next contests would be calmer"]);
    }

    #[test]
    fn a_share_of_people_in_the_absolute_construction() {
        let t =
            triples("Many shrugged off the pick, with three in 10 saying a mate had no effect.");
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].0, s("three in 10"));
        let t = triples("The mayor came second, with 31 percent saying they would not back him.");
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].2, ["they would not back him"]);
        assert!(
            triples("The storm hit the coast, with winds reaching 90 miles an hour.").is_empty()
        );
    }

    #[test]
    fn participle_after_its_subject() {
        let t =
            triples("He was sentenced, with the judge saying he had treated the budget as a bank.");
        assert_eq!(t.len(), 1);
        assert_eq!(t[0].0, s("the judge"));
    }

    #[test]
    fn participle_after_a_quotation_comma_or_a_dash() {
        let t = triples(
            "The mayor praised the “river plan,” saying the new dikes would protect the town.",
        );
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(
            (t[0].0.clone(), t[0].1.as_str()),
            (s("The mayor"), "saying")
        );
        assert_eq!(t[0].2, ["the new dikes would protect the town"]);
        // A closing mark of two apostrophes.
        let t = triples(
            "Ms. Ray told investors that fears were ''overblown,'' adding that the harbor had ''real upside.''",
        );
        assert_eq!(t.len(), 2, "{t:?}");
        assert_eq!((t[1].0.clone(), t[1].1.as_str()), (s("Ms. Ray"), "adding"));
        assert_eq!(t[0].2, ["fears were ''overblown,''"]);
        let t = triples("Lena Holt changed her mind on the spot – saying she would run after all.");
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].0, s("Lena Holt"));
    }

    #[test]
    fn participle_after_a_plural_organisation_subject() {
        let t = triples(
            "The ministries declined to release the files, saying they could not discuss an open case.",
        );
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].0, s("The ministries"));
    }

    #[test]
    fn a_document_with_a_participle() {
        let t = triples(
            "The senator posted a series of tweets late Sunday saying that the port deal was a mistake.",
        );
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(
            (t[0].0.clone(), t[0].1.as_str()),
            (s("The senator"), "saying")
        );
        assert_eq!(t[0].2, ["the port deal was a mistake"]);
        // In an opening phrase, the document speaks and the claim ends at
        // the comma.
        let t = triples(
            "In a statement announcing the harbor merger, the bank said it would cut fees.",
        );
        assert_eq!(t.len(), 2, "{t:?}");
        assert_eq!(
            (t[0].0.clone(), t[0].1.as_str()),
            (s("a statement"), "announcing")
        );
        assert_eq!(t[0].2, ["the harbor merger"]);
        assert_eq!(t[1].0, s("the bank"));
    }
}
