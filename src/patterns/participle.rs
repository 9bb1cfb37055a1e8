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

/// The words that open an absolute participle phrase whose noun phrase
/// speaks: "with the judge saying …", "posts including one saying …",
/// "an ad featuring voters telling …", "has left most voters saying …".
const ABSOLUTE: &[&str] = &[
    "with",
    "including",
    "included",
    "includes",
    "featuring",
    "featured",
    "left",
];

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
                .is_some_and(|np| np.start > 0 && self.doc.is_any(np.start - 1, ABSOLUTE))
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
        (q > s && self.doc.is_any(q - 1, ABSOLUTE) && self.partitive(q)).then(|| q..q + 1)
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
            // "included one", "featuring voters": the link word is no
            // part of the phrase.
            if let Some(k) = np
                .clone()
                .rev()
                .find(|&k| k + 1 < np.end && self.doc.is_any(k, &ABSOLUTE[1..]))
            {
                np.start = k + 1;
            }
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
                && self.doc.is_any(np.start - 2, ABSOLUTE)
            {
                np.start -= 1;
            }
            // "with the office of the former governor saying": the head
            // before the phrase's prepositional post-modifier.
            if !(np.start > 0 && self.doc.is_any(np.start - 1, ABSOLUTE)) {
                let head = (np.start > s + 1
                    && self.doc.is_any(np.start - 1, &["of", "for", "in"]))
                .then(|| self.np_before(np.start - 1, s))
                .flatten()
                .filter(|h| {
                    h.end + 1 == np.start && h.start > 0 && self.doc.is_any(h.start - 1, ABSOLUTE)
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
            let with = np.start > 0 && self.doc.is_any(np.start - 1, ABSOLUTE);
            // "with footage of Ames saying …", "with a video of the mayor
            // telling …": the one the recording shows speaks.
            if let Some(o) = np.clone().find(|&o| {
                o > np.start
                    && self.doc.is(o, "of")
                    && (self.word(o - 1).is(WordInfo::DOC) || self.doc.is(o - 1, "footage"))
            }) {
                if with && o + 1 < np.end {
                    np.start = o + 1;
                }
            }
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
mod tests;
