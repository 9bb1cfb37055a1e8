//! A topic as the claim: "The mayor boasted of the new bridge", "Holt joked
//! about moving abroad", "she mused about a second term". Only the verbs of
//! `lang/en/topic_cues.txt`, whose topic after "about" or "of" is what was
//! said; the preposition goes with the cue. The engine asks this pattern
//! when a cue's own patterns found no plausible claim.

use super::cue::CueHit;
use super::{Ctx, Frame, Rule};
use crate::lexicon::{list_text, Class, WordList};

static TOPIC_CUES: WordList = WordList::new(list_text!("en/topic_cues"));
static SAID_NOUNS: WordList = WordList::new(list_text!("en/repeated_nouns"));
static SHORT_OBJECT_CUES: WordList = WordList::new(list_text!("en/short_object_cues"));
static WRITTEN_OBJECTS: WordList = WordList::new(list_text!("en/written_objects"));

/// The cue lemmas whose written object is the claim (written_objects.txt).
const WRITING: &[&str] = &["write", "post"];

impl Ctx<'_, '_> {
    /// Is `f`'s claim a two-word object right after a cue of
    /// `short_object_cues.txt`: a determiner or possessive and its noun
    /// ("announced his resignation", "denied the charges")?
    pub fn short_object(&self, f: &Frame) -> bool {
        let [c] = f.content.as_slice() else {
            return false;
        };
        let lemma = self
            .cue_form(f.cue.end - 1)
            .filter(|x| !x.participle)
            .map(|x| x.lemma);
        c.start == f.cue.end
            && self.doc.words_in(c.clone()) == 2
            && lemma.is_some_and(|l| SHORT_OBJECT_CUES.has(l))
            && self.class(c.start, Class::Det)
            && !self.doc.is(c.start, "that")
            && self.doc.is_word(c.start + 1)
            && !self.in_quote(c.start)
    }

    /// Does the plain object at `from` name something said: a determiner or
    /// possessive, at most two modifiers, then a noun of saying ("a false
    /// claim that …", "his earlier promise to …", "the refrain")? Then a
    /// verb that often takes a plain object ("repeated", marked ~ in
    /// cues.txt) reports it.
    pub fn said_object(&self, from: usize, end: usize) -> bool {
        if !self.class(from, Class::Det) || self.in_quote(from) {
            return false;
        }
        (from + 1..end.min(from + 4)).any(|k| {
            let w = self.doc.tok(k);
            (super::nominal::NOUNS.has(w) || SAID_NOUNS.has(w))
                && (from + 1..k).all(|m| self.doc.is_word(m) && !self.class(m, Class::Prep))
        })
    }

    /// Is the plain object at `from` of the cue ending at `cue_end` a piece
    /// that was written or posted: "wrote" or "posted", a determiner or
    /// possessive, at most two modifiers, then a noun of
    /// `written_objects.txt` ("posted a photo of …",
    /// "wrote an op-ed urging …")?
    pub fn written_object(&self, cue_end: usize, from: usize, end: usize) -> bool {
        let writing = cue_end
            .checked_sub(1)
            .and_then(|c| self.cue_form(c))
            .is_some_and(|x| WRITING.contains(&x.lemma));
        if !writing || from != cue_end || !self.class(from, Class::Det) || self.in_quote(from) {
            return false;
        }
        (from + 1..end.min(from + 4)).any(|k| {
            let w = self.doc.tok(k);
            WRITTEN_OBJECTS.has(w)
                && self.doc.is_word(k)
                && (from + 1..k).all(|m| self.doc.is_word(m) && !self.class(m, Class::Prep))
        })
    }

    pub fn topic_frame(&self, hit: &CueHit) -> Option<Frame> {
        let form = hit.form?;
        if form.participle || !TOPIC_CUES.has(form.lemma) || self.in_quote(hit.verb) {
            return None;
        }
        // "bragged openly about": one adverb between.
        let mut p = hit.range.end;
        if self.adverb_before_verb(p) && !self.doc.is_any(p, &["not", "n’t", "n't"]) {
            p += 1;
        }
        // "hinted at a run", "commented on the ruling", "declined to comment
        // on the fares" (topic_cues.txt, declined.rs).
        let at = form.lemma == "hint" && self.doc.is(p, "at")
            || form.lemma == "comment" && self.doc.is(p, "on");
        if !self.doc.is_any(p, &["about", "of"]) && !at {
            return None;
        }
        let from = p + 1;
        let mut end = self.clause_end(from, self.sentence_end(hit.verb));
        let subj = self.subject_before(hit.range.start)?;
        // "…, who wrote about the port's debts, left": the relative clause
        // ends at its comma.
        if self.class(subj.np.start, Class::Rel) {
            if let Some(c) = (from..end).find(|&k| self.doc.tok(k) == "," && !self.in_quote(k)) {
                end = c;
            }
        }
        self.content_span(from..end)?;
        let mut f = Frame::one(
            hit.range.start..from,
            Some(subj.np),
            Rule::Subject,
            from..end,
            0.72,
        );
        f.appositive = subj.appositive;
        Some(f)
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{s, triples};

    #[test]
    fn the_topic_of_a_boast_or_a_joke_is_the_claim() {
        let t = triples("The harbour master boasted of a record season for the ferries.");
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].0, s("The harbour master"));
        assert_eq!(t[0].1, "boasted of");
        assert_eq!(t[0].2, ["a record season for the ferries"]);
        let t = triples("Ms. Varga joked about selling the farm to a chess club.");
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].2, ["selling the farm to a chess club"]);
        let t =
            triples("“We will rebuild,” the mayor said, repeating a promise that dates from May.");
        assert!(
            t.iter()
                .any(|x| x.1 == "repeating" && x.2 == ["a promise that dates from May"]),
            "{t:?}"
        );
        let t = triples("The auditor, who wrote about the port's debts, left in May.");
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].2, ["the port's debts"]);
    }

    #[test]
    fn a_two_word_object_of_an_announcement_is_the_claim() {
        let t = triples("The harbour master announced his retirement.");
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].2, ["his retirement"]);
        // Other cues need three words.
        assert!(triples("The harbour master explained his retirement.").is_empty());
    }

    #[test]
    fn a_posted_or_written_piece_is_the_claim() {
        let t = triples("The harbour master posted a photo of the flooded quay.");
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].2, ["a photo of the flooded quay"]);
        let t = triples("Ms. Varga wrote an essay defending the ferry subsidy.");
        assert_eq!(t.len(), 1, "{t:?}");
        // A figure posted is no piece of writing.
        assert!(triples("The ferry company posted a record loss.").is_empty());
    }

    #[test]
    fn other_verbs_and_objects_keep_no_topic() {
        // "talked about" is no listed verb; a plain object is no topic.
        assert!(triples("The harbour master talked about a record season.").is_empty());
        assert!(triples("The harbour master boasted a record season.").is_empty());
    }

    #[test]
    fn hint_takes_its_topic_after_at() {
        let t = triples("The harbour master hinted at a second term on the board.");
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(
            (t[0].0.clone(), t[0].1.as_str()),
            (s("The harbour master"), "hinted at")
        );
        assert!(triples("The harbour master joked at the dinner.").is_empty());
    }

    #[test]
    fn comment_takes_its_topic_after_on() {
        let t = triples("The harbour master has also commented on the flooded quay.");
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(
            (t[0].1.as_str(), t[0].2[0].as_str()),
            ("commented on", "the flooded quay")
        );
        // With no topic after it, no claim ("declined to comment on …" is
        // declined.rs's).
        assert!(triples("The harbour master has commented.").is_empty());
    }
}
