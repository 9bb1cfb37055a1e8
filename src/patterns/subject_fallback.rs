//! A subject the comma groups hid: where `subject.rs`'s own search before a
//! cue gives up on long set-off groups ("Ada Lowe, senior associate for
//! rural planning at the Institute for Town Studies and a former mill owner,
//! said …") or a relative clause, the sentence's subject
//! (`sentence_subject.rs`) is the cue's.

use super::cue::CueHit;
use super::subject::Subject;
use super::Ctx;
use crate::lexicon::Class;

impl Ctx<'_, '_> {
    /// The sentence's subject (`sentence_subject.rs`) for a cue whose own
    /// search found none, where set-off groups the search gives up on stand
    /// between them: "Ada Lowe, senior associate for … at …, said …", "The
    /// planner -- co-author of …, a book … -- said …", or a relative clause
    /// ("Officials who spoke with the paper said …"). Not for forms that are
    /// also nouns or take plain objects, an aside ("instead of, say, a
    /// toll"), a participle ("— later revealed to be …"), or another cue's
    /// attribution in between ("…, Holt recalled, asked").
    pub(super) fn subject_fallback(&self, hit: &CueHit) -> Option<Subject> {
        let form = hit.form?;
        if form.participle || hit.passive || form.ambiguous || form.weak {
            return None;
        }
        let s = self.sentence_start(hit.range.start);
        let k = self.past_verb_group(hit.range.start, s, hit.range.start, false)?;
        let np = self.sentence_subject(hit.range.start)?;
        if np.end >= k {
            return None;
        }
        let mut b = k - 1;
        if b > np.end && self.closes_quote(b).is_some() {
            b -= 1;
        }
        let set_off = matches!(self.doc.tok(b), "," | "-" | "—" | "–" | ")");
        let relative = self.doc.is(np.end, "who") && !self.class(b, Class::Conj);
        // "The people we spoke to said …": a relative clause without "who".
        let contact = k - np.end <= 5
            && self
                .doc
                .is_any(np.end, &["i", "we", "you", "they", "he", "she"])
            && (np.end + 1..k).all(|j| self.doc.tok(j).chars().all(char::is_alphabetic));
        // "…, she recalled, asked": another cue's attribution in between.
        let other_cue = (np.end..k).any(|j| self.cue_form(j).is_some_and(|f| !f.participle));
        // "instead of, say, …": "say" for "for example".
        let aside = form.lemma == "say" && self.doc.tok(hit.range.end) == ","
            // "— later revealed to be unsecured —": a participle, no report.
            || self.doc.is(hit.range.end, "to") && self.doc.is(hit.range.end + 1, "be");
        if !(set_off || relative || contact) || other_cue || aside {
            return None;
        }
        // The clause without "who" is part of the source.
        let np = if contact && !set_off && !relative {
            np.start..k
        } else {
            np
        };
        Some(Subject {
            boundary: (np.start > s).then(|| np.start - 1),
            np,
            appositive: None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{one, s, triples};

    #[test]
    fn a_subject_behind_long_set_off_groups_is_the_sentence_subject() {
        let (src, _, content, _) = one(
            "Ada Lowe, senior associate for rural planning at the Institute for Town Studies and a former mill owner, said farmers still want local mills.",
        );
        assert_eq!(src, s("Ada Lowe"));
        assert_eq!(content, ["farmers still want local mills"]);
    }

    #[test]
    fn a_subject_with_a_relative_clause_without_who() {
        let (src, _, content, _) =
            one("The farmers we visited last spring said the river had flooded twice.");
        assert_eq!(src, s("The farmers we visited last spring"));
        assert_eq!(content, ["the river had flooded twice"]);
        let (src, _, _, _) = one("The nurses we spoke to said the ward was full.");
        assert_eq!(src, s("The nurses we spoke to"));
    }

    #[test]
    fn no_sentence_subject_for_an_aside_a_participle_or_another_attribution() {
        assert!(
            triples("A levy on trucks instead of, say, a toll would pay for the road.").is_empty()
        );
        assert!(
            triples("The ferry's log — later revealed to be a forgery — was read aloud.")
                .is_empty()
        );
        let t = triples("The clerk who filed the report on the bridge, Holt recalled, asked whether the fee was due.");
        assert!(t.iter().all(|a| a.1 != "asked"), "{t:?}");
    }
}
