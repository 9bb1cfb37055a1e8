//! Cues: verbs of saying in a verb's position, and phrasal cues.
//!
//! A cue form inside someone's quotation is never a cue. A form that is also
//! a noun or adjective ("the said property", "a report", "all told") is a cue
//! only where a verb can stand. Passives ("was asked") and subjectless
//! sentence openers ("Asked about the delay, …") are left out.

use std::ops::Range;

use super::Ctx;
use crate::lexicon::{list_text, Class, CueForm, WordInfo, WordList};

/// The kind of a phrasal cue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phrasal {
    /// "according to X", "in the words of X", "as quoted by X".
    AccordingTo,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CueHit {
    /// The cue's tokens, with an adjacent "has"/"had"/"have" ("has vowed").
    pub range: Range<usize>,
    /// The verb token itself.
    pub verb: usize,
    pub form: Option<CueForm>,
    pub phrasal: Option<Phrasal>,
    /// A passive ("it was reported that", "residents had been told to"):
    /// the range starts at the auxiliary.
    pub passive: bool,
}

pub(super) const BE: &[&str] = &["is", "are", "was", "were", "be", "been", "being", "am"];
pub(super) const HAVE: &[&str] = &["has", "have", "had"];
const MODAL: &[&str] = &[
    "will", "would", "could", "should", "may", "might", "must", "can", "did", "does", "do", "to",
];

/// "didn't", "can’t": an auxiliary with its negation glued on.
pub(super) fn negated_aux(word: &str) -> bool {
    word.ends_with("n't") || word.ends_with("n’t")
}

/// Plurals of people not ending in "s" ("police", "people").
static COLLECTIVE: WordList = WordList::new(list_text!("en/collective_plurals"));

fn collective_plural(word: &str) -> bool {
    COLLECTIVE.has(word)
}

impl Ctx<'_, '_> {
    fn phrasal_at(&self, i: usize) -> Option<(usize, Phrasal)> {
        if !self.word(i).is(WordInfo::PHRASE) {
            return None;
        }
        let first = self.id(i);
        self.lex
            .phrasal_ids
            .iter()
            .find(|p| p.len() > 1 && p[0] == first && self.phrase_at(i, p))
            .map(|p| (p.len(), Phrasal::AccordingTo))
    }

    /// Is the cue form at `i` used as a verb here?
    fn verb_position(&self, i: usize, form: CueForm) -> bool {
        let doc = self.doc;
        let word = doc.tok(i);
        // Cues are lowercase ("United States", "the Post", "Report:" are
        // not), except in a title-case headline: "Sanders Says He Will Stay".
        if word.chars().next().is_some_and(char::is_uppercase) {
            return self.capital_cue(i, form);
        }
        let start = self.sentence_start(i);
        let prev = (i > start).then(|| i - 1);
        let Some(p) = prev else {
            // A sentence opening with a bare verb: "Asked about …, she …".
            return false;
        };
        let pt = doc.tok(p);
        // "Another said", "several told": a quantifier standing alone.
        let quantifier = doc.is_any(
            p,
            &[
                "another", "several", "many", "most", "some", "both", "each", "few", "all",
            ],
        );
        let all_told = doc.is(p, "all") && doc.is(i, "told");
        // "of all reported gifts": the quantifier of a noun phrase.
        // "with each saying …" is the absolute construction (participle.rs).
        let in_phrase =
            p > 0 && self.class(p - 1, Class::Prep) && !(form.participle && doc.is(p - 1, "with"));
        let alone = quantifier && !form.ambiguous && !all_told && !in_phrase;
        // "He’s predicting", "she’s saying": a contracted "is".
        let contracted_is = form.participle
            && doc.kind(p) == Some(crate::text::Tok::Poss)
            && p > start
            && doc.is_any(p - 1, &["he", "she", "it", "who", "that"]);
        // "he’s said", "she's told": a contracted "has" before a past form.
        let contracted_has = !form.participle
            && !form.base
            && !word.ends_with('s')
            && doc.kind(p) == Some(crate::text::Tok::Poss)
            && p > start
            && doc.is_any(p - 1, &["he", "she", "it", "who", "that", "there"]);
        if contracted_is || contracted_has {
            return true;
        }
        if self.class(p, Class::Det) && !doc.is(p, "that") && !alone
            || doc.kind(p) == Some(crate::text::Tok::Poss)
        {
            return false; // "the said property", "a report", "Smith’s claims"
        }
        // "was first reported by …": a passive (passive_aux reads it).
        if !form.participle
            && p > start
            && doc.is_any(p, &["first", "initially", "originally"])
            && doc.is_any(p - 1, BE)
        {
            return false;
        }
        if doc.is_any(p, BE) {
            // "is saying" is progressive; "was asked", "is said to" passive;
            // "had been writing songs" is no cue, but "has been saying that
            // …" is.
            // "has been saying that …", "will be arguing “…”" are.
            let perfect = doc.is(i + 1, "that") || self.opens_quote(i + 1).is_some();
            return form.participle && (!doc.is_any(p, &["been", "be", "being"]) || perfect);
        }
        if form.lemma == "continue" && doc.is(i + 1, "to") {
            return false; // "continues to grow": aspect, not speech
        }
        if word.ends_with("ed")
            && (doc.kind(p) == Some(crate::text::Tok::Num) || self.class(p, Class::Number))
        {
            return false; // "758 pledged delegates", "three reported cases"
        }
        if form.lemma == "state" && self.word(i + 1).is(WordInfo::TITLE) {
            return false; // "state Sen. Jo Holt", "state Attorney General …"
        }
        if form.lemma == "point" && !doc.is(i + 1, "out") {
            return false; // "pointed to the record"; "pointed out that …" is a cue
        }
        if form.lemma == "add" && doc.is_any(i + 1, &["up", "to"]) {
            return false; // "adding up to 15 minutes", "added to the pressure"
        }
        if form.lemma == "ask" && doc.is_any(i + 1, &["for", "to"]) {
            return false; // a request, not a question: "asked for the files"
        }
        if doc.is(p, "having") {
            return false; // "Having said that, …"
        }
        if doc.is(p, "what") {
            return false; // "what Liz Wahl said when …"
        }
        if doc.is(i, "told") && doc.is(p, "all") {
            return false;
        }
        if matches!(pt, "to") && !form.participle && !form.base && p > 0 {
            // "The people we spoke to said …": a stranded "to", no infinitive.
            let v = doc.tok(p - 1).as_bytes();
            let ed = v.len() >= 2 && v[v.len() - 2..].eq_ignore_ascii_case(b"ed");
            if ed || doc.is_any(p - 1, &["spoke", "spoken", "wrote", "written"]) {
                return true;
            }
        }
        if matches!(pt, "to") && !form.participle {
            // "declined to say", "refused to comment" are no report; "went
            // on to say", "was quick to point out" are.
            // "led Republicans to say" (causative.rs) is one too.
            return self.raising_before(p).is_some() || self.causative_speaker(p).is_some();
        }
        if form.participle {
            // "…, saying", "with the judge saying", "is saying"; not "for
            // saying", "without saying".
            // "aside from stating that …" (gerund.rs).
            return !self.class(p, Class::Prep)
                || doc.is_any(p, &["by", "after", "while", "before"])
                || self.gerund_link(p, i + 1);
        }
        if doc.is_any(p, &["and", "but", "or"]) {
            return true; // "… and warned that", "… but said"
        }
        if form.base && self.negated_report(i, form.lemma) {
            return true; // "did not mention", "doesn’t explain" (negated.rs)
        }
        if form.base {
            // "voters still say", "most now say": the word before the
            // adverb decides ("I can't say": a negated one is no report).
            let (p, pt) = {
                let mut q = p;
                while q > start
                    && p - q < 2
                    && self.class(q, Class::Aux)
                    && !negated_aux(doc.tok(q))
                    && !doc.is_any(q, HAVE)
                    && !doc.is_any(q, BE)
                    && !doc.is_any(q, MODAL)
                {
                    q -= 1;
                }
                (q, doc.tok(q))
            };
            // "the AP report", "a news report": the noun (modified_plural.rs).
            if form.ambiguous && !collective_plural(pt) && self.singular_np_before(p, start) {
                return false;
            }
            // Present plural: "they say", "officials say", "Democrats say".
            let plural_head = self.np_word(p)
                && (pt.ends_with('s') && self.word(p).is(WordInfo::PERSON | WordInfo::ORG)
                    || self.is_cap_name(p) && p > self.sentence_start(i)
                    || collective_plural(pt));
            // "Six in 10 say", "voters in five states Tuesday say", "leaders
            // who say".
            // "One tweet said": a form that is also a noun, after "one", is
            // the noun.
            let one_noun = form.ambiguous && doc.is_any(p, &["one", "1"]);
            let counted = (doc.kind(p) == Some(crate::text::Tok::Num)
                || self.class(p, Class::Number)
                || pt == "%"
                || doc.is(p, "percent"))
                && !one_noun;
            // "Allies say" opening the sentence is capitalised.
            let plural_noun = self.np_word(p)
                && pt.ends_with('s')
                && !pt.ends_with("ss")
                && (!doc.is_cap(p) || p == start && !self.is_cap_name(p + 1));
            // "sources close to the campaign say", "those surveyed say".
            let modified = (start..p).rev().take(8).any(|k| {
                self.anonymity_at(k).is_some() && k > start && self.doc.tok(k - 1).ends_with('s')
            }) || self.those_polled(p)
                // "supporters who have heard from the campaign say"
                || self.plural_head_before_modifier(form.lemma, p, start);
            // "did say", "does also say", "would only say": a report,
            // unlike a bare "would say" or "will say" (and "did not say",
            // which costs more precision on PolNeAR than it brings).
            let (d, hedged) = match i.checked_sub(2) {
                Some(d) if d >= start && doc.is_any(i - 1, &["only", "also"]) => (d, true),
                _ => (i - 1, false),
            };
            let done = doc.is_any(d, &["did", "does"]) || hedged && doc.is(d, "would");
            return doc.is_any(
                p,
                &[
                    "they", "we", "i", "you", "who", "that", "whom", "them", "us",
                ],
            ) || done
                || alone
                || plural_head
                || plural_noun
                || modified
                || counted
                || self.class(p, Class::Time)
                || self.closes_quote(p).is_some()
                || pt == ",";
        }
        if form.ambiguous
            && word.ends_with('s')
            && self.cue_form(i + 1).is_some_and(|f| !f.participle)
        {
            // "Media reports said", "News reports suggest": the noun, the
            // subject of the cue after it.
            return false;
        }
        if form.ambiguous {
            // "he reports", "the company claims", "Bloomberg reports"; not
            // "derogatory comments", "member states", "1.2 million reports".
            let singular_head = self.np_word(p)
                && doc.kind(p) != Some(crate::text::Tok::Num)
                && !self.class(p, Class::Number)
                && (self.is_cap_name(p)
                    || self
                        .word(p)
                        .is(WordInfo::PERSON | WordInfo::ORG | WordInfo::DOC));
            return self.is_pronoun(p)
                || doc.is(p, "that")
                || self.class(p, Class::Aux)
                || doc.is_any(p, HAVE)
                || doc.is_any(p, MODAL)
                || self.closes_quote(p).is_some()
                || pt == ","
                || singular_head;
        }
        true
    }

    /// All cues of the document, in text order.
    pub fn find_cues(&self) -> Vec<CueHit> {
        let n = self.len();
        // About a cue in thirty tokens of news text.
        let mut hits = Vec::with_capacity(n / 24 + 4);
        let mut i = 0;
        while i < n {
            // Most words start no phrase and are no cue: one look at each
            // id settles it, the ids read as a slice up to the next that
            // does.
            // With the ids of such words numbered first, one compare of
            // each id (sixteen at a time, id_scan.rs, cost more: one token
            // in a few starts a cue or a phrase, "on", "who", "in").
            let next = match self.lex.cue_ids {
                Some(n) => self.ids.get(i..).and_then(|ids| {
                    ids.iter()
                        .position(|&id| id.0.wrapping_sub(1) < n)
                        .map(|skip| i + skip)
                }),
                None => self.ids.get(i..).and_then(|ids| {
                    ids.iter()
                        .position(|&id| crate::lexicon::starts_cue(&self.lex.info_of(id)))
                        .map(|skip| i + skip)
                }),
            };
            match next {
                Some(at) => i = at,
                None => break,
            }
            if self.in_quote(i) || !self.doc.is_word(i) {
                i += 1;
                continue;
            }
            if let Some(len) = self.anonymity_at(i) {
                // "who asked not to be named" is not a cue.
                i += len;
                continue;
            }
            if let Some((len, phrasal)) = self.phrasal_at(i) {
                hits.push(CueHit {
                    range: i..i + len,
                    verb: i,
                    form: None,
                    phrasal: Some(phrasal),
                    passive: false,
                });
                i += len;
                continue;
            }
            if let Some(form) = self.cue_form(i) {
                if self.verb_position(i, form) {
                    let mut start = i;
                    if i > 0 && self.doc.is_any(i - 1, HAVE) && !form.participle {
                        start = i - 1;
                    }
                    // A particle belongs to the cue: "pointed out".
                    let end = if form.lemma == "point" { i + 2 } else { i + 1 };
                    hits.push(CueHit {
                        range: start..end,
                        verb: i,
                        form: Some(form),
                        phrasal: None,
                        passive: false,
                    });
                } else if let Some(aux) = self.passive_aux(i, form) {
                    hits.push(CueHit {
                        range: aux..i + 1,
                        verb: i,
                        form: Some(form),
                        phrasal: None,
                        passive: true,
                    });
                } else if let Some(start) = self.declined_comment(i) {
                    // "declined to comment on the fares" (declined.rs).
                    hits.push(CueHit {
                        range: start..i + 1,
                        verb: i,
                        form: Some(form),
                        phrasal: None,
                        passive: false,
                    });
                }
            }
            i += 1;
        }
        hits
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::cue_words as cues;

    #[test]
    fn state_before_a_title_is_no_verb() {
        assert_eq!(
            cues("“It is unfair,” state Sen. Jo Holt said. They state that it is."),
            ["said", "state"]
        );
    }

    #[test]
    fn verbs_of_saying_are_cues() {
        assert_eq!(
            cues("The official said it. Israel has vowed to act."),
            ["said", "has vowed"]
        );
        assert_eq!(
            cues("Officials report that it rained, according to X."),
            ["report", "according to"]
        );
        assert_eq!(
            cues("“Go,” he told them, adding that it was late."),
            ["told", "adding"]
        );
    }

    #[test]
    fn a_cue_after_went_on_to_or_appeared_to() {
        use crate::patterns::testing::{s, triples};
        let t = triples("Holm then went on to explain how he would pay for the plan.");
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!((t[0].0.clone(), t[0].1.as_str()), (s("Holm"), "explain"));
        let t = triples("Her aides are quick to point out that she has placed second.");
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].2, ["she has placed second"]);
        for set in [
            "The treasurer continued to insist that the levy is unfair.",
            "The treasurer will continue to insist that the levy is fair.",
        ] {
            assert_eq!(triples(set).len(), 1, "{set}");
        }
        // What a speaker is expected to say is not said yet, as after "will".
        assert!(triples("The council is expected to confirm Ada Holm as mayor.").is_empty());
        // Nothing was said.
        assert!(triples("Holm declined to say whether he would run.").is_empty());
        assert!(triples("Holm wanted to explain how he would pay for it.").is_empty());
    }

    #[test]
    fn base_forms_after_did_or_would_only() {
        use crate::patterns::testing::triples;
        assert_eq!(triples("Holm did say that he won the race.").len(), 1);
        assert_eq!(
            triples("Holm would only say that he won the race.").len(),
            1
        );
        assert!(triples("Holm would say that he won the race.").is_empty());
        assert!(triples("Holm will say that he won the race.").is_empty());
        // A negated auxiliary: no report, and no word of its subject.
        assert!(triples("We can’t say we liked the plan.").is_empty());
        let t = triples("The ferry board hasn't said whether it will sail.");
        assert_eq!(t[0].0, crate::patterns::testing::s("The ferry board"));
    }

    #[test]
    fn present_plurals_of_collective_nouns() {
        let t =
            crate::patterns::testing::triples("Police say he posed a grave danger to the crowd.");
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].0, crate::patterns::testing::s("Police"));
        assert!(crate::patterns::testing::triples("The bakery say it is closed today.").is_empty());
    }

    #[test]
    fn present_plurals_after_an_adverb_or_a_share() {
        assert_eq!(
            cues("Most voters still say no. A mere 9 percent say yes."),
            ["say", "say"]
        );
    }

    #[test]
    fn nouns_adjectives_and_passives_are_not() {
        assert!(cues("The said property was sold. All told, it cost $5.").is_empty());
        assert!(cues("A report in the United States. His claims were false.").is_empty());
        assert!(cues("Asked about the delay, the minister smiled.").is_empty());
        assert_eq!(
            cues("He was asked twice. It is said to work."),
            ["passive:was asked", "passive:is said"]
        );
        assert!(cues("She declined to say more.").is_empty());
        // "One tweet said": the noun, then the cue.
        assert_eq!(cues("One tweet said the show was over."), ["said"]);
        // "Media reports said": the noun, then the cue.
        assert_eq!(cues("Media reports said the show was over."), ["said"]);
        assert_eq!(cues("Local news reports suggest it is over."), ["suggest"]);
        assert_eq!(cues("Two in 10 say the show is over."), ["say"]);
        // After "been", a participle is a cue only with its clause or words.
        assert!(cues("She had been writing songs for years.").is_empty());
        assert_eq!(
            cues("She has been saying that the show is over."),
            ["saying"]
        );
    }

    #[test]
    fn cues_inside_quotations_are_not_cues() {
        assert_eq!(cues("“He said no, and I said yes,” she said."), ["said"]);
    }

    #[test]
    fn a_contracted_has_before_a_past_form() {
        assert_eq!(
            cues("He’s said the toll will go. She's told them no."),
            ["said", "told"]
        );
        // A possessive before a noun stays no cue.
        assert!(cues("Smith’s claims were false.").is_empty());
    }
}
