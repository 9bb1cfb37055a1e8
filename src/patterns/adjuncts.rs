//! What follows a cue: audience objects ("told reporters"), adjuncts ("on
//! Thursday", "in a statement") and then either the content, a quotation, or
//! the end of the sentence (the content came before).

use super::Ctx;
use crate::lexicon::{Class, CueForm};

/// Where a cue's content begins, looking rightwards.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum After {
    /// Nothing but adjuncts up to the end of the sentence (or a comma and a
    /// participle clause): the content is before the cue.
    End,
    /// The content starts at this token (after "that" if there was one).
    Content(usize),
    /// A top-level quotation opens at this token.
    Quote(usize),
    /// A colon ends the paragraph ("Obama also said:"): the content is the
    /// paragraph (or quotation) that starts at this token.
    Block(usize),
}

/// Forms of verbs that ask someone a question ("asked Sanders whether …").
const ASKING: &[&str] = &[
    "asked",
    "asks",
    "asking",
    "ask",
    "pressed",
    "presses",
    "pressing",
    "questioned",
];

impl Ctx<'_, '_> {
    /// The content after cue `hit`, as a token range: to the end of the
    /// sentence, or the whole next paragraph (or quotation) after a colon.
    pub fn content_after(&self, hit: &super::cue::CueHit) -> Option<std::ops::Range<usize>> {
        let r = match self.after_cue(hit.range.end, hit.form) {
            After::End => return None,
            After::Content(j) => {
                let end = self.clause_end(j, self.sentence_end(hit.verb));
                j..self.cited_end(j, end, hit.form)
            }
            After::Quote(j) => j..self.sentence_end(hit.verb),
            After::Block(j) => {
                let end = match self.opens_quote(j) {
                    Some(q) => self.quotes.all[q].close + 1,
                    None => {
                        let para = self.doc.tokens[j].para as usize;
                        self.doc.paragraphs.get(para).map_or(j, |p| p.end)
                    }
                };
                j..end
            }
        };
        self.content_span(r.clone())?;
        Some(r)
    }

    /// Where what "cite" names ends: before a comma and a relative clause
    /// or an appositive on its last noun ("cited a poll by the Harbor
    /// Institute, a group that …", "cited Ames, who …"), as PolNeAR marks
    /// it.
    fn cited_end(&self, j: usize, end: usize, form: Option<CueForm>) -> usize {
        if form.is_none_or(|f| f.lemma != "cite") {
            return end;
        }
        (j + 2..end)
            .find(|&k| {
                self.doc.tok(k) == ","
                    && self.doc.is_any(k + 1, &["who", "which", "a", "an", "the"])
                    && !self.in_quote(k)
            })
            .unwrap_or(end)
    }

    /// Does the sentence end at token `j`? Not at the period of "Mr." or
    /// "J." inside it ("said of Mr. Cruz: …").
    fn ends_sentence(&self, j: usize, end: usize) -> bool {
        j >= end
            || matches!(self.doc.tok(j), "." | "!" | "?" | "…")
                && !self.in_quote(j)
                && !self.abbrev_period(j)
    }

    /// A short run of adjuncts from token `n` that ends in ", that" (the
    /// comma's index): no cue, relative word, quotation or clause break on
    /// the way.
    fn comma_then_that(&self, n: usize, end: usize) -> Option<usize> {
        (n..end.min(n + 16))
            .take_while(|&k| {
                !matches!(self.doc.tok(k), ";" | ":" | "—" | "–" | "(")
                    && self.doc.kind(k) != Some(crate::text::Tok::Quote)
                    && self.cue_form(k).is_none()
                    && !(self.class(k, Class::Rel) && self.doc.tok(k - 1) != ",")
                    && !self.ends_sentence(k, end)
            })
            .find(|&k| self.doc.tok(k) == "," && self.doc.is(k + 1, "that"))
    }

    /// "said in the spring, when the story broke, “…”": adjuncts after the
    /// cue's comma, then a comma and the quotation (its opening mark). A
    /// clause of the claim's own ("that if …", ", who …") or another
    /// speaker's ("but …, “…” said Kunin") is none.
    fn comma_then_quote(&self, n: usize, end: usize) -> Option<usize> {
        (n..end.min(n + 16))
            .take_while(|&k| {
                !matches!(self.doc.tok(k), ";" | ":" | "—" | "–" | "(")
                    && self.doc.kind(k) != Some(crate::text::Tok::Quote)
                    && self.cue_form(k).is_none()
                    && !self.ends_sentence(k, end)
                    && !self.class(k, Class::Rel)
                    && !(self.class(k, Class::Conj)
                        && (k != n || self.doc.is_any(k, &["and", "but", "or", "yet", "so"])))
            })
            .find(|&k| self.doc.tok(k) == "," && self.opens_quote(k + 1).is_some())
            .map(|k| k + 1)
    }

    /// Does a figure open at token `k` ("about half", "about 40 percent",
    /// "about one-third"), making "about" before it the figure's, not a
    /// topic's?
    pub(super) fn figure_at(&self, k: usize) -> bool {
        let t = self.doc.tok(k);
        self.doc.kind(k) == Some(crate::text::Tok::Num)
            || self.class(k, Class::Number)
            || self.doc.is_any(k, &["half", "a", "an"])
            || ["third", "thirds", "quarter", "quarters", "fifth", "fifths"]
                .iter()
                .any(|f| t.ends_with(f) && t.contains('-'))
    }

    /// Reads what follows cue `form` ending at token `j`.
    pub fn after_cue(&self, mut j: usize, form: Option<CueForm>) -> After {
        let end = self.sentence_end(j.saturating_sub(1));
        let cue_end = j;
        if form.is_some_and(|f| f.audience)
            && !self.ends_sentence(j, end)
            && !self.doc.is(j, "that")
        {
            // "told her supporters that …": "her" before a noun is its
            // determiner, and the audience is the whole phrase.
            let noun_next = self.doc.kind(j + 1) == Some(crate::text::Tok::Word)
                && !self.doc.is_cap(j + 1)
                && !self.class(j + 1, Class::Det)
                && !self.class(j + 1, Class::Prep)
                && !self.is_pronoun(j + 1)
                && !self.doc.is(j + 1, "that");
            let her_np = (self.doc.is(j, "her") && noun_next)
                .then(|| self.np_after(j, end))
                .flatten()
                .filter(|np| np.start == j && np.len() > 1);
            if let Some(np) = her_np {
                j = np.end;
            } else if self.class(j, Class::Obj) || self.is_pronoun(j) {
                j += 1;
            } else if self.opens_quote(j).is_none() {
                if let Some(np) = self.np_after(j, end) {
                    j = np.end;
                    // "told MSNBC’s “Morning Joe” that …": the show's
                    // title is the audience's too.
                    if matches!(self.doc.tok(j), "’s" | "'s") {
                        if let Some(q) = self.opens_quote(j + 1).filter(|&q| self.title_like(q)) {
                            j = self.quotes.all[q].close + 1;
                        }
                    }
                } else {
                    // "told cheering supporters": an adjective the chunker
                    // reads as a verb, then the noun.
                    let mut k = j;
                    while k < end
                        && k - j < 4
                        && self.doc.kind(k) == Some(crate::text::Tok::Word)
                        && !self.doc.is_cap(k)
                        && !self.class(k, Class::Prep)
                        && !self.doc.is(k, "that")
                    {
                        k += 1;
                    }
                    if k > j && k - j < 4 {
                        j = k;
                    }
                }
            }
        }
        // "asked Sanders whether …": the person asked is no part of the
        // question.
        // The question only: "urged voters to …" keeps its object (the
        // one urged is part of what is urged, as PolNeAR marks it).
        if j > 0
            && self.doc.is_any(j - 1, ASKING)
            && self.np_after(j, end).is_some_and(|np| np.start == j)
        {
            let question = (j + 1..(j + 7).min(end))
                .take_while(|&k| self.doc.is_word(k) && !self.in_quote(k))
                .find(|&k| self.doc.is_any(k, &["whether", "if", "how", "why", "what"]));
            if let Some(k) = question {
                j = k;
            }
        }
        let mut steps = 0;
        loop {
            steps += 1;
            if steps > 8 || self.ends_sentence(j, end) {
                return After::End;
            }
            // "admitted as much in a memo" (pro_form.rs).
            if j == cue_end && self.pro_form_at(j) {
                return After::Content(j);
            }
            j = self.skip_time(self.skip_cue_modifiers(j));
            // "has not said when it would vote": after a negated cue, the
            // question kept back (negated.rs), not a time ("said when
            // asked", "did not comment when asked").
            if steps == 1
                && self.doc.is_any(j, &["when", "where"])
                && self.cue_form(j + 1).is_none()
                && form.is_some_and(|f| self.negated_question_cue(cue_end - 1, f.lemma))
            {
                return After::Content(j);
            }
            j = self.skip_audience_to(j, form.map(|f| f.lemma));
            // "wrote back: …", "shot back that …": the particle of the cue.
            if steps == 1 && self.doc.is(j, "back") && !self.doc.is(j + 1, "to") {
                j += 1;
            }
            if self.ends_sentence(j, end) {
                return After::End;
            }
            if let Some(_q) = self.opens_quote(j) {
                return After::Quote(j);
            }
            let t = self.doc.tok(j);
            match t {
                // "said that is unlikely": "that" is the claim's subject.
                "that"
                    if self
                        .doc
                        .is_any(j + 1, &["is", "was", "would", "will", "could", "has"]) =>
                {
                    return After::Content(j)
                }
                "that" => return After::Content(j + 1),
                ":" => {
                    if !self.doc.same_para(j, j + 1) {
                        return if j + 1 < self.len() {
                            After::Block(j + 1)
                        } else {
                            After::End
                        };
                    }
                    j += 1;
                    continue;
                }
                "," => {
                    if self.opens_quote(j + 1).is_some() {
                        return After::Quote(j + 1);
                    }
                    // ", adding that …", ", speaking on …", ", in what …",
                    // ", who …" end the clause; "says, win or lose, he’s
                    // staying" goes on with the content.
                    let mut n = j + 1;
                    // "He said, however, that …"
                    if self.doc.is_any(
                        n,
                        &[
                            "however",
                            "though",
                            "too",
                            "also",
                            "moreover",
                            "nonetheless",
                            "again",
                        ],
                    ) && self.doc.tok(n + 1) == ","
                    {
                        j = n + 2;
                        continue;
                    }
                    if n >= end {
                        n = end;
                    }
                    // "said, without evidence, that …", "said Thursday in
                    // Buffalo, New York, that …": adjuncts, then "that".
                    if let Some(k) = self.comma_then_that(n, end) {
                        return After::Content(k + 2);
                    }
                    // "said, if elected, she would …": the claim opens there.
                    if self.subordinate_then_clause(n, end) {
                        return After::Content(n);
                    }
                    // "said in the spring, when the story broke, “…”"
                    if let Some(q) = self.comma_then_quote(n, end) {
                        return After::Quote(q);
                    }
                    let w = self.doc.tok(n);
                    let lower = w.chars().next().is_some_and(char::is_lowercase);
                    let clause_end = self.ends_sentence(n, end)
                        || !lower
                        || (w.ends_with("ing") && w.len() > 4)
                        || self.class(n, Class::Prep)
                        || self.class(n, Class::Conj)
                        || self.class(n, Class::Rel)
                        || self.class(n, Class::Intro)
                        || self.class(n, Class::Time)
                        || self.cue_form(n).is_some();
                    return if clause_end {
                        After::End
                    } else {
                        After::Content(n)
                    };
                }
                _ => {}
            }
            // "replied evenly, “…”": an adverb, then the quotation.
            if super::np::ly_adverb(t)
                && !self.doc.is_cap(j)
                && self.doc.tok(j + 1) == ","
                && self.opens_quote(j + 2).is_some()
            {
                return After::Quote(j + 2);
            }
            // "reiterated his claim that …" (cue_modifiers.rs).
            if let Some(k) = self.claim_noun_clause(j) {
                return After::Content(k);
            }
            // "to" before a verb is an infinitive: "vowed to destroy …".
            // (In a title-case headline, "Vows To Eliminate …", a capital
            // after "To" is no name.)
            let infinitive = self.doc.is(j, "to")
                && !(self.class(j + 1, Class::Det)
                    || self.doc.is_cap(j + 1)
                        && (!self.doc.is_cap(j)
                            || form.is_some_and(|f| matches!(f.lemma, "respond" | "reply")))
                    || self.class(j + 1, Class::Obj));
            if infinitive {
                return After::Content(j);
            }
            if self.class(j, Class::Adjunct) {
                // A prepositional phrase: it runs to "that", a comma, a
                // colon, a quotation, or the sentence's end.
                let mut k = j + 1;
                let limit = (j + 40).min(end);
                let mut bare = !self.doc.is(j, "about");
                while k < limit
                    && !matches!(self.doc.tok(k), "that" | "," | ":" | ";" | "about")
                    && self.opens_quote(k).is_none_or(|q| self.title_like(q))
                    && !self.ends_sentence(k, end)
                    && !self.adjunct_ends_before(j, k)
                {
                    // "said on MSNBC’s “Morning Joe”": a title in the phrase.
                    if let Some(q) = self.opens_quote(k) {
                        k = self.quotes.all[q].close + 1;
                        // "on “Morning Joe,” adding …": its comma ends the phrase.
                        if self.doc.tok(k - 2) == "," && !self.doc.is(k, "that") {
                            return After::End;
                        }
                        continue;
                    }
                    // "said in an interview he would …", "said in a statement
                    // the city had …": a clause opens inside the phrase.
                    // Not after a clause of its own ("after Lund failed to
                    // show up at the hearing he …") or a question word.
                    bare &= !self.finite_at(k)
                        && !self.class(k, Class::Rel)
                        && !self.class(k, Class::Conj)
                        && self.cue_form(k).is_none()
                        && !self
                            .doc
                            .is_any(k, &["how", "why", "what", "whether", "if", "when"]);
                    if bare && k > j + 1 && self.bare_clause_at(k, limit) {
                        return After::Content(k);
                    }
                    k += 1;
                }
                if k >= limit && !self.ends_sentence(k, end) {
                    // Too long to be an adjunct: the content starts here.
                    return After::Content(j);
                }
                if self.doc.is(k, "that") && self.doc.tok(j) != "about" {
                    return After::Content(k + 1);
                }
                if self.doc.is(j, "about") || self.doc.is(k, "about") {
                    let j = if self.doc.is(k, "about") { k } else { j };
                    // "… said about its plans:" then the statement itself.
                    let last = end.saturating_sub(1);
                    if self.doc.tok(last) == ":"
                        && !self.doc.same_para(last, last + 1)
                        && last + 1 < self.len()
                    {
                        return After::Block(last + 1);
                    }
                    // "told AFP about the planned visit": the topic is the content.
                    // Right after the cue, "about" is the cue's ("complained
                    // about the tone": the content is the topic), unless a
                    // figure follows ("said about half of …").
                    if j == cue_end && j + 1 < end && !self.figure_at(j + 1) {
                        return After::Content(j + 1);
                    }
                    return After::Content(j);
                }
                j = k;
                continue;
            }
            // "argued against intervention": the preposition is the cue's
            // (a topic after "about" stays the content's, as in the seed's
            // gold; "for" is often the claim's: "said for her the case …").
            if self.doc.is(j, "against") && j + 1 < end {
                return After::Content(j + 1);
            }
            return After::Content(j);
        }
    }
}

#[cfg(test)]
mod tests;
