//! The name right after a quotation, for `inverted.rs`: in "“…,” NAME,
//! GROUP, GROUP, said" the name is the subject and both comma groups are
//! its appositives ("“…,” Ada Lowe, the attorney general of Ohio, one of the
//! states suing, said"; "“…,” Mr. Lind, now 81 and retired in Dayton, Ohio,
//! said").

use super::cue::CueHit;
use super::subject::Subject;
use super::Ctx;

impl Ctx<'_, '_> {
    /// "“…,” Ada Lowe, the attorney general of Ohio, one of the states
    /// suing, said": a name alone between the quotation and the comma
    /// before `subj` is the subject, and both groups are its appositives.
    pub(super) fn name_after_quote(&self, hit: &CueHit, subj: &Subject) -> Option<Subject> {
        let b = subj.boundary.filter(|&b| self.doc.tok(b) == ",")?;
        let full = self.subject_before_n(hit.range.start, 3)?;
        // "“…,” Mr. Lind, now 81 and retired in Dayton, Ohio, said": the
        // name right after the quotation, whatever the groups after it hold.
        let after_quote = full.np.start > 0
            && full.np.start < subj.np.start
            && self.closes_quote(full.np.start - 1).is_some()
            && self.is_cap_name(full.np.start);
        if after_quote {
            return Some(full);
        }
        let q = (b.saturating_sub(6)..b)
            .rev()
            .find(|&k| self.closes_quote(k).is_some())?;
        let name = self
            .np_after(q + 1, b)
            .filter(|np| np.start == q + 1 && np.end == b)?;
        if !self.is_cap_name(name.start) {
            return None;
        }
        Some(full).filter(|s| s.np == name)
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{one, s};

    #[test]
    fn a_name_with_two_appositives_after_the_quotation() {
        for t in [
            "“It is an invasion of our domain,” Ada Lowe, the attorney general of Ohio, one of the states suing the agency, said at an event.",
            "“We will win,” Ada Lowe, the mayor of Selvan, a town of 4,000, said.",
        ] {
            let (src, _, content, _) = one(t);
            assert_eq!(src, s("Ada Lowe"), "{t}");
            assert_eq!(content.len(), 1, "{t}");
            assert!(!content[0].contains("Lowe"), "{t}: {content:?}");
        }
    }

    #[test]
    fn a_name_with_a_home_town_and_state_after_the_quotation() {
        let (src, _, content, _) =
            one("“I left,” Mr. Lind, now 81 and retired in Dayton, Ohio, said.");
        assert_eq!((src, content[0].as_str()), (s("Mr. Lind"), "I left"));
    }
}
