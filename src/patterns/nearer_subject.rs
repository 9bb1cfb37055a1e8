//! For `sentence_subject.rs`: the subject of the clause nearest a
//! participle's comma, when a conjunction opened that clause after the
//! sentence's subject: "Holt praised the plan, but Lowe voted no,
//! saying …" (Lowe says it), "… as the mayor echoed the charge, saying
//! …". The sentence's own subject speaks for a participle only when no
//! later clause has a subject of its own.
//! A relative clause still open at the participle or the joined verb is
//! the verb's ("…, Ms. Ortega, who stayed late and assured …": "who").

use std::ops::Range;

use super::Ctx;
use crate::lexicon::Class;

/// Conjunctions that open a clause with its own subject.
const OPENERS: &[&str] = &["but", "while", "as", "though", "although", "whereas", "and"];

impl Ctx<'_, '_> {
    /// The subject of the last clause that a conjunction opens between
    /// `from` (the end of the sentence's subject) and `link` (the comma
    /// before the participle), if it can speak and a verb follows it.
    pub(super) fn nearer_subject(&self, from: usize, link: usize) -> Option<Range<usize>> {
        let s = self.sentence_start(link);
        let and_link = self.doc.is(link, "and");
        for j in (from..link).rev() {
            if self.in_quote(j) {
                return None;
            }
            // "…, Holt, who answered the door and said …", "Ryan, who
            // surprised him by declaring …": a relative clause still open at
            // the link (no comma since "who") is the verb's.
            if self.doc.is(j, "who") && j > from && self.doc.tok(j - 1) == "," {
                let open = (j + 1..=link)
                    .all(|k| !matches!(self.doc.tok(k), "," | ";" | "—" | "–" | "-" | "(" | ")"));
                if open && j + 1 < link {
                    return Some(j..j + 1);
                }
                return None;
            }
            if !self.doc.is_any(j, OPENERS) {
                continue;
            }
            let start = j + 1;
            if start >= link || self.class(start, Class::Rel) {
                continue;
            }
            let np = if self.is_pronoun(start)
                && self.doc.is_any(start, &["he", "she", "they", "we", "i"])
            {
                start..start + 1
            } else {
                match self.np_after(start, link) {
                    Some(np) if self.can_speak(&np) || self.plural_speaker(np.end - 1) => np,
                    _ => continue,
                }
            };
            // "she and the board keep …": a pronoun before "and" makes it
            // one subject of two.
            if self.doc.is(j, "and") && j > 0 && self.is_pronoun(j - 1) {
                continue;
            }
            // "…, as they spoke, and assured …": a verb joined by "and" is
            // the main clause's; only a coordinate clause's subject is nearer.
            if and_link && !self.doc.is_any(j, &["and", "but"]) {
                continue;
            }
            // A finite verb after the subject, an adverb aside ("has
            // already sued", "quickly agreed").
            let mut verb = np.end;
            if verb + 1 < link
                && (super::np::ly_adverb(self.doc.tok(verb))
                    || self.doc.is_any(verb, &["also", "already", "then", "later"]))
            {
                verb += 1;
            }
            let verb_next = verb < link && !self.doc.is_cap(verb) && self.finite_at(verb);
            if verb_next && np.start >= s {
                return Some(np);
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{s, triples};

    #[test]
    fn the_nearer_clause_subject_speaks() {
        let t = triples(
            "The mayor praised the budget, but the official voted against it, saying the port would lose money.",
        );
        let saying = t.iter().find(|a| a.1 == "saying").expect("saying");
        assert_eq!(saying.0, s("the official"));
        let t = triples(
            "The senators left the room early as Ms. Ortega repeated the charge, saying the audit had been rigged.",
        );
        let saying = t.iter().find(|a| a.1 == "saying").expect("saying");
        assert_eq!(saying.0, s("Ms. Ortega"));
    }

    #[test]
    fn a_verb_joined_by_and_keeps_the_main_subject() {
        let t = triples(
            "The mayor teased the other candidates while they took questions, and then assured the crowd that taxes would fall.",
        );
        let assured = t.iter().find(|a| a.1 == "assured").expect("assured");
        assert_eq!(assured.0, s("The mayor"));
    }

    #[test]
    fn a_relative_clause_still_open_speaks() {
        let t = triples(
            "The council thanked Ms. Ortega, who had stayed late and assured the clerk that the audit was fair.",
        );
        let assured = t.iter().find(|a| a.1 == "assured").expect("assured");
        assert_eq!(assured.0, s("who"));
    }

    #[test]
    fn a_joined_object_is_no_clause() {
        let t = triples(
            "The mayor thanked the clerk and the treasurer, saying the audit had been fair.",
        );
        let saying = t.iter().find(|a| a.1 == "saying").expect("saying");
        assert_eq!(saying.0, s("The mayor"));
    }
}
