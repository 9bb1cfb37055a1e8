//! The subject a clause hangs on, for cues that have none of their own
//! (participles, coordinated verbs): the sentence's grammatical subject past
//! an opening phrase ("On Tuesday, …", "Chastened by the defeat, Trump …",
//! "Shortly after the vote, …", "Back in 1999, …"),
//! or the subject opening the clause before a comma.

use super::cue::CueHit;
use super::{Ctx, Frame};
use crate::lexicon::{Class, WordInfo};

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
        // "Therefore, Gulf sources …", "In fact, the mayor …" (openers.rs).
        let s = self.claim_opening(start, i);
        let mut start = s;
        // "Chastened by the defeat, Trump …": an opening participle phrase.
        let participle_at = |k: usize| {
            self.doc.kind(k) == Some(crate::text::Tok::Word) && {
                let w = self.doc.tok(k);
                w.len() > 4 && (w.ends_with("ed") || w.ends_with("ing"))
            }
        };
        // "Hastily politicizing the attack, Trump …", "Similarly, …": an
        // adverb opening the phrase.
        // "Shortly after the vote, …", "Back in 1999, …", "Here in Ames,
        // …", "There, …": an adverb of time or place before a preposition.
        let place_or_time = self.doc.is_any(
            s,
            &[
                "back", "here", "there", "soon", "later", "earlier", "once", "long",
            ],
        );
        let opening_adverb = (super::np::ly_adverb(self.doc.tok(s)) || place_or_time)
            && (self.doc.tok(s + 1) == ","
                || participle_at(s + 1)
                || self.class(s + 1, Class::Prep) && !self.doc.is(s + 1, "of"));
        // "Late on Friday …", "Early Tuesday, …": a time after "late" or
        // "early" opens the sentence ("Early results show" does not).
        let lead = self.doc.is_any(s, &["late", "early"])
            && (self.class(s + 1, Class::Time)
                || self.class(s + 1, Class::Prep) && self.class(s + 2, Class::Time));
        let opening_participle = participle_at(s) || opening_adverb || lead;
        // "But Trump later blamed …": a conjunction opening the sentence
        // with no comma after it is passed over.
        let conj = self
            .doc
            .is_any(s, &["but", "and", "so", "yet", "still", "also", "then"])
            && self.doc.tok(s + 1) != ","
            && (self.doc.is_cap(s + 1) || self.class(s + 1, Class::Det) || self.is_pronoun(s + 1));
        // "On Sunday the mayor made …": a day or a time after a preposition,
        // with no comma before the subject.
        let b = s + usize::from(lead);
        let t0 = if self.class(b, Class::Prep) { b + 1 } else { b };
        let mut t = t0;
        while t < i && t < t0 + 3 && self.class(t, Class::Time) {
            t += 1;
        }
        let bare_time = (self.class(b, Class::Prep) || lead)
            && t > t0
            && t < i
            && self.doc.tok(t) != ","
            && (self.class(t, Class::Det) || self.doc.is_cap(t) || self.is_pronoun(t));
        if conj {
            start = s + 1;
        } else if let Some(b) = self.bare_opening_time(s, i) {
            start = b;
        } else if bare_time {
            start = t;
        } else if self.class(s, Class::Intro)
            || self.class(s, Class::Prep)
            || opening_participle
            || self.time_opening(s, i)
        {
            let mut comma = (s..i).find(|&k| self.doc.tok(k) == ",")?;
            // "At an event in Ames, Iowa, on Sunday, …", "At the club, where
            // …, Dole …": the opening phrase goes on past a place's state, a
            // preposition or a relative clause.
            for _ in 0..3 {
                let next = comma + 1;
                let goes_on = self.place_comma(comma)
                    || self.class(next, Class::Prep)
                    || self.class(next, Class::Rel);
                match (next..i)
                    .find(|&k| self.doc.tok(k) == ",")
                    .filter(|_| goes_on)
                {
                    Some(c) => comma = c,
                    None => break,
                }
            }
            start = comma + 1;
            // "On Thursday, however, Trump …"
            while start + 1 < i && self.class(start, Class::Aux) && self.doc.tok(start + 1) == "," {
                start += 2;
            }
        }
        // "And even the mayor tried …": a focus adverb before the subject
        // (after the conjunction passed over above).
        let start = self.past_focus(start, i);
        let mut np = self.speaker_phrase(start, i, s)?;
        // "It is remarkable that Ames demands …, yet refuses to explain":
        // the subject of the clause the expletive "it" stands for.
        if self.doc.is(start, "it") && self.doc.is_any(start + 1, &["is", "was"]) {
            if let Some(t) = (start + 2..(start + 5).min(i)).find(|&t| self.doc.is(t, "that")) {
                np = self.speaker_phrase(t + 1, i, s)?;
            }
        }
        (self.can_speak(&np) || self.plural_speaker(np.end - 1)).then_some(np)
    }

    /// "Hours later, …", "Two days earlier, …": a sentence opening with a
    /// span of time, up to its comma before `i`.
    fn time_opening(&self, s: usize, i: usize) -> bool {
        (s + 1..(s + 4).min(i)).any(|k| {
            self.doc
                .is_any(k, &["later", "earlier", "ago", "afterward", "afterwards"])
                && self.doc.tok(k + 1) == ","
        })
    }

    /// "Mr. Obama made a priority …": a lowercase word right after a name
    /// (not opening the sentence at `s`) that is no speaking noun is the
    /// verb, and the phrase ends before it.
    pub fn name_then_verb(
        &self,
        mut np: std::ops::Range<usize>,
        s: usize,
    ) -> std::ops::Range<usize> {
        if let Some(k) = np.clone().find(|&k| {
            k + 1 < np.end
                && k > s
                && self.is_cap_name(k)
                && self.doc.kind(k + 1) == Some(crate::text::Tok::Word)
                && !self.doc.is_cap(k + 1)
                && !self
                    .word(k + 1)
                    .is(WordInfo::PERSON | WordInfo::ORG | WordInfo::DOC)
                && !self.joins_names(k + 1)
                // "Republican candidates", "Republican presidential nominee
                // Donald Trump": a speaking plural, or a name further on,
                // makes the word a pre-modifier.
                && !self.plural_speaker(k + 1)
                && !(k + 2..np.end).any(|j| self.is_cap_name(j))
        }) {
            np.end = k + 1;
        }
        np
    }

    /// The speaker's noun phrase from `start` before `end` (in the sentence
    /// from `s`), ending before its verb: a name's (`name_then_verb`) or
    /// another speaker's (`verb_after_speaker`).
    fn speaker_phrase(&self, start: usize, end: usize, s: usize) -> Option<std::ops::Range<usize>> {
        Some(self.verb_after_speaker(self.name_then_verb(self.np_after(start, end)?, s)))
    }

    /// "Holt shot back, …", "The governor left the room, …": a lowercase
    /// word after a name or a person's noun, before a particle ("back",
    /// "out", "off") or, ending the phrase, before an article, is the verb,
    /// and the phrase ends before it.
    fn verb_after_speaker(&self, mut np: std::ops::Range<usize>) -> std::ops::Range<usize> {
        let verb = |k: usize| {
            let particle = self.doc.is_any(k + 1, &["back", "out", "off", "away"]);
            // "The mayor left no doubt …", "… gave his word": a determiner
            // or a possessive after the word opens its object.
            let article = k + 1 == np.end
                && (self.doc.is_any(
                    k + 1,
                    &["the", "a", "an", "no", "his", "her", "their", "its"],
                ) || self.class(k + 1, Class::Det) && !self.doc.is(k + 1, "that"));
            // "The mayor agreed, but added …": a past form ending the phrase
            // before a comma or a conjunction.
            let past = k + 1 == np.end
                && self.doc.tok(k).ends_with("ed")
                && (matches!(self.doc.tok(k + 1), "," | ";")
                    || self.doc.is_any(k + 1, &["and", "but"]));
            let word = self.doc.kind(k) == Some(crate::text::Tok::Word)
                && !self.doc.is_cap(k)
                && !self
                    .word(k)
                    .is(WordInfo::PERSON | WordInfo::ORG | WordInfo::DOC);
            word && (self.is_cap_name(k - 1)
                || self.word(k - 1).is(WordInfo::PERSON | WordInfo::ORG))
                && (particle || article || past)
                || word && self.present_verb(k, np.end)
        };
        if let Some(k) = (np.start + 1..np.end).find(|&k| verb(k)) {
            np.end = k;
        }
        np
    }

    /// A plural of a person's or organisation's noun ("departments",
    /// "lawmakers" when only "lawmaker" is listed).
    pub fn plural_speaker(&self, k: usize) -> bool {
        let Some(t) = self.doc.tokens.get(k) else {
            return false;
        };
        let w = self.doc.tok(k);
        let speaker = WordInfo::PERSON | WordInfo::ORG | WordInfo::TITLE;
        if w.len() > 4 && w.ends_with("ies") {
            // "agencies" → "agency"
            let base = format!("{}y", &w[..w.len() - 3]);
            return self.lex.info(&base.to_ascii_lowercase()).is(speaker);
        }
        w.len() > 3
            && w.ends_with('s')
            && self
                .lex
                .info_of(self.lex.id_at(self.doc.text, t.span.start, t.span.end - 1))
                .is(speaker)
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
        // "When my mother asked, I laughed and said …": the subject pronoun
        // right before the first verb.
        if link >= s + 2
            && self.doc.is(link, "and")
            && self.doc.is_any(link - 2, &["i", "he", "she", "we", "they"])
            && self.doc.kind(link - 1) == Some(crate::text::Tok::Word)
            && !self.doc.is_cap(link - 1)
            && !self.in_quote(link - 2)
        {
            return Some(Some(link - 2..link - 1));
        }
        match previous.filter(|f| f.cue.start >= s && f.cue.start < hit.verb && f.source.is_some())
        {
            Some(f) => Some(f.source.clone()),
            None => {
                let np = self
                    .sentence_subject(hit.verb)
                    .filter(|np| np.end <= link)
                    .or_else(|| self.clause_start_subject(link))?;
                // "Ames, though she praised the plan and said …", "a forum
                // in which he mocked …, saying": the nearest clause's own
                // subject pronoun, after "which", "though" or "and".
                let near = (np.end + 1..link).rev().find(|&j| {
                    self.doc.is_any(j, &["he", "she", "they"])
                        && self.doc.is_any(j - 1, &["which", "though", "and"])
                        && !self.in_quote(j)
                });
                if let Some(j) = near {
                    return Some(Some(j..j + 1));
                }
                // "…, but Lowe voted no, saying …" (nearer_subject.rs).
                Some(Some(self.nearer_subject(np.end, link).unwrap_or(np)))
            }
        }
    }

    /// The subject opening the clause that ends at `link` ("After the
    /// analyses, as well as complaints, Trump revised his plan, promising"):
    /// a speaking phrase right after the last comma, followed by a verb.
    fn clause_start_subject(&self, link: usize) -> Option<std::ops::Range<usize>> {
        let s = self.sentence_start(link);
        // "When Holt thanked the crowd and said …, …": with no comma
        // before it, the clause opens the sentence.
        let c = (s..link)
            .rev()
            .find(|&k| self.doc.tok(k) == "," && !self.in_quote(k))
            .map_or(s, |c| c + 1);
        let mut start = c;
        // "…, and when Holt thanked the crowd and said …": the clause's
        // conjunctions before its subject.
        while start + 1 < link
            && start < c + 2
            && self.doc.is_any(
                start,
                &[
                    "and", "but", "when", "while", "as", "after", "because", "though", "although",
                    "since", "if",
                ],
            )
        {
            start += 1;
        }
        if self.class(start, Class::Rel) || self.class(start, Class::Intro) {
            return None;
        }
        let np = self.speaker_phrase(start, link, s)?;
        let verb = np.end;
        let verb_next = verb < link
            && self.doc.kind(verb) == Some(crate::text::Tok::Word)
            && !self.doc.is_cap(verb)
            && !self.class(verb, Class::Prep)
            && !self.class(verb, Class::Conj);
        (verb_next && (self.can_speak(&np) || self.plural_speaker(np.end - 1))).then_some(np)
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{s, triples};

    #[test]
    fn a_pronoun_before_the_first_of_two_verbs_speaks() {
        let t =
            triples("When her aunt called about the farm, she laughed and said the sale was off.");
        let said = t.iter().find(|x| x.1 == "said").expect("a claim of said");
        assert_eq!(said.0, s("she"));
    }

    #[test]
    fn an_opening_phrase_runs_past_a_state_a_preposition_and_a_relative_clause() {
        for (t, want) in [
            (
                "At a town hall in Ames, Iowa, on Sunday, the senator defended her plan, saying that the country should lead.",
                "the senator",
            ),
            (
                "At the club, where it costs members $70,000 to join, its president praised the staff, saying that rivals were badly run.",
                "its president",
            ),
            (
                "Hours later, the mayor returned the favor, telling reporters that the deal was done.",
                "the mayor",
            ),
            (
                "Hastily blaming the storm, the mayor closed the port, saying that ships were at risk.",
                "the mayor",
            ),
            // An adverb of time or place before a preposition or a comma.
            (
                "Shortly after the storm, the port authority issued a statement saying that ships were safe.",
                "the port authority",
            ),
            (
                "Back in 2009, the mayor praised the port, telling reporters that it was the best in the state.",
                "the mayor",
            ),
            (
                "There, the county chairman waved at the crowd, saying that the season had begun.",
                "the county chairman",
            ),
        ] {
            let t = triples(t);
            assert_eq!(t.len(), 1, "{t:?}");
            assert_eq!(t[0].0, s(want), "{t:?}");
        }
    }

    #[test]
    fn late_or_early_before_a_time_opens_the_sentence() {
        for text in [
            "Late on Friday the mayor closed the road, saying the river was too high.",
            "Early Tuesday, the mayor closed the road, saying the river was too high.",
        ] {
            let t = triples(text);
            assert_eq!(t.len(), 1, "{text}: {t:?}");
            assert_eq!(t[0].0, s("the mayor"), "{text}");
        }
        // "Early" before a noun is the phrase's own word.
        let t = triples("Early returns put the mayor ahead, officials said.");
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].0, s("officials"));
    }

    #[test]
    fn an_opening_connective_is_no_subject() {
        let t = triples(
            "Therefore, harbour officials rejected the plan, and admit that the port is full.",
        );
        let admit = t.iter().find(|x| x.1 == "admit").expect("admit");
        assert_eq!(admit.0, s("harbour officials"), "{t:?}");
    }

    #[test]
    fn a_name_then_a_verb_is_not_one_phrase() {
        let t =
            triples("Ms. Arden made the harbor a priority, announcing a new ferry line in June.");
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].0, s("Ms. Arden"));
        // A lowercase pre-modifier before a name or a speaking plural.
        for (text, who) in [
            (
                "Likely Green party nominee Ada Holm joined the debate, announcing she would run.",
                "Likely Green party nominee Ada Holm",
            ),
            (
                "Other Green candidates followed her lead, saying the tax was unfair.",
                "Other Green candidates",
            ),
        ] {
            let t = triples(text);
            assert_eq!(t[0].0, s(who), "{t:?}");
        }
    }

    #[test]
    fn a_verb_before_a_particle_or_an_article_ends_the_speaker() {
        for (text, who) in [
            (
                "Okafor fired back on Monday, saying the audit was flawed.",
                "Okafor",
            ),
            (
                "The chairwoman left the hearing, saying the vote was a sham.",
                "The chairwoman",
            ),
            (
                "Her office put out a note claiming the data had leaked.",
                "Her office",
            ),
            (
                "The chairwoman left no room for doubt, saying the vote was a sham.",
                "The chairwoman",
            ),
            (
                "The chairwoman gave her blessing, saying the vote was fair.",
                "The chairwoman",
            ),
        ] {
            let t = triples(text);
            assert_eq!(t[0].0, s(who), "{t:?}");
        }
    }

    #[test]
    fn participle_after_an_adverb_or_a_later_clause() {
        let t = triples(
            "On Friday, however, the governor met the farmers, promising to open more land to grazing.",
        );
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].0, s("the governor"));
        let t = triples(
            "After the audits, as well as protests over the fees, Mayor Lund revised the plan, promising to cut the fees by half.",
        );
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].0, s("Mayor Lund"));
    }

    #[test]
    fn an_adverb_before_the_participle_and_a_conjunction_before_the_subject() {
        let t = triples(
            "The mayor has raised questions about the budget, falsely suggesting that the city was broke.",
        );
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(
            (t[0].0.clone(), t[0].1.as_str()),
            (s("The mayor"), "suggesting")
        );
        let t = triples(
            "But Mayor Lund later blamed a “bad line,” claiming he had already refused the offer.",
        );
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].0, s("Mayor Lund"));
        assert_eq!(t[0].2, ["he had already refused the offer"]);
    }

    #[test]
    fn a_focus_adverb_before_the_subject_and_families_speaking() {
        let t = triples("And even the mayor tried to help, noting that she would do the same.");
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(
            (t[0].0.clone(), t[0].1.as_str()),
            (s("the mayor"), "noting")
        );
        let t = triples(
            "The families have filed a lawsuit against the maker, alleging that its ads inspired the attack.",
        );
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].0, s("The families"));
        assert_eq!(t[0].2, ["its ads inspired the attack"]);
    }

    #[test]
    fn a_day_after_a_preposition_with_no_comma() {
        let t = triples(
            "On Sunday the mayor answered the council again, writing in her newsletter that the real issue was the budget.",
        );
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(
            (t[0].0.clone(), t[0].1.as_str()),
            (s("the mayor"), "writing")
        );
        assert_eq!(t[0].2, ["the real issue was the budget"]);
    }
}
