//! Participle cues: "…, telling parliament that …", "…,” he said, adding
//! that …", "with the judge saying he had …". The source is the subject of
//! the clause the participle hangs on: the source of the cue before it in
//! the sentence, or the sentence's subject.

use super::cue::CueHit;
use super::{Ctx, Frame, Rule};
use crate::lexicon::Class;

/// Lemmas that speak after "by", "after", "while", "before" ("by saying he
/// would …"); "by adding a few communities" is no speech.
const SAYING: &[&str] = &[
    "say",
    "tell",
    "claim",
    "argue",
    "insist",
    "suggest",
    "warn",
    "deny",
    "promise",
    "vow",
    "declare",
    "announce",
    "acknowledge",
    "admit",
    "assert",
    "explain",
    "predict",
    "state",
];

impl Ctx<'_, '_> {
    /// The sentence's grammatical subject, skipping an opening adverbial
    /// phrase ("On Tuesday, …").
    pub fn sentence_subject(&self, i: usize) -> Option<std::ops::Range<usize>> {
        let s = self.sentence_start(i);
        let mut start = s;
        // A dateline ("ORLANDO, Fla. (Reuters) - President Obama …").
        if let Some(d) = (s..(s + 12).min(i)).find(|&k| matches!(self.doc.tok(k), "-" | "—" | "–"))
        {
            let all_caps_or_punct = (s..d).all(|k| {
                !self.doc.is_word(k)
                    || self.doc.is_cap(k)
                    || self.doc.kind(k) == Some(crate::text::Tok::Num)
            });
            if all_caps_or_punct && d > s {
                start = d + 1;
            }
        }
        let s = start;
        // "Chastened by the defeat, Trump …": an opening participle phrase.
        let opening_participle = self.doc.kind(s) == Some(crate::text::Tok::Word) && {
            let w = self.doc.tok(s);
            w.len() > 4 && (w.ends_with("ed") || w.ends_with("ing"))
        };
        if self.class(s, Class::Intro) || self.class(s, Class::Prep) || opening_participle {
            let comma = (s..i).find(|&k| self.doc.tok(k) == ",")?;
            start = comma + 1;
        }
        self.np_after(start, i).filter(|np| self.can_speak(np))
    }

    /// Who speaks in a clause that hangs on the sentence (a participle, a
    /// coordinated verb): the source of the cue before it in the sentence,
    /// else the sentence's subject, which must end before token `link`.
    pub fn clause_subject(
        &self,
        hit: &CueHit,
        previous: Option<&Frame>,
        link: usize,
    ) -> Option<Option<std::ops::Range<usize>>> {
        let s = self.sentence_start(hit.verb);
        match previous.filter(|f| f.cue.start >= s && f.cue.start < hit.verb && f.source.is_some())
        {
            Some(f) => Some(f.source.clone()),
            None => Some(Some(
                self.sentence_subject(hit.verb)
                    .filter(|np| np.end <= link)?,
            )),
        }
    }

    pub fn participle_frame(&self, hit: &CueHit, previous: Option<&Frame>) -> Option<Frame> {
        let form = hit.form?;
        if !form.participle {
            return None;
        }
        let p = hit.range.start.checked_sub(1)?;
        let s = self.sentence_start(hit.verb);
        if p < s {
            return None;
        }
        // "…, saying", "… by saying", "after saying": the clause's subject
        // speaks. ("… and saying" and "voters saying" cost more precision
        // on PolNeAR than they bring recall.)
        let clause_link = self.doc.tok(p) == ","
            || self.doc.is_any(p, &["by", "after", "while", "before"])
                && SAYING.contains(&form.lemma);
        let source = if clause_link {
            self.clause_subject(hit, previous, p)?
        } else if self.np_word(p) || self.is_pronoun(p) {
            // Only the absolute construction "with the judge saying …".
            let np = self
                .np_before(hit.range.start, s)
                .filter(|np| self.can_speak(np))?;
            if !(np.start > 0 && self.doc.is(np.start - 1, "with")) {
                return None;
            }
            Some(np)
        } else {
            return None;
        };
        let r = self.content_after(hit)?;
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
        let t = triples(
            "Bolton distanced himself from the movement by saying he would be willing to serve.",
        );
        assert_eq!(t.len(), 1);
        assert_eq!((t[0].0.clone(), t[0].1.as_str()), (s("Bolton"), "saying"));
        assert_eq!(t[0].2, ["he would be willing to serve"]);
    }

    #[test]
    fn participle_after_its_subject() {
        let t =
            triples("He was sentenced, with the judge saying he had treated the budget as a bank.");
        assert_eq!(t.len(), 1);
        assert_eq!(t[0].0, s("the judge"));
    }
}
