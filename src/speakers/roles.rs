//! Roles: an appositive ("who heads …"), a description a name in
//! apposition makes a role, or the titles before a name.

use super::*;

impl<'c, 'a, 't> Resolver<'c, 'a, 't> {
    pub(super) fn role_of(&self, f: &Frame) -> Option<String> {
        let a = f.appositive.as_ref()?;
        let doc = self.ctx.doc;
        let mut s = a.start;
        if doc.is_any(s, &["who", "which"]) {
            s += 1;
        }
        let text = self.text(&(s..a.end));
        // An age ("61") or a name is not a role.
        if text.chars().all(|c| c.is_ascii_digit()) || self.ctx.anonymity_at(a.start).is_some() {
            return None;
        }
        if self.appositive_name(a).is_some() {
            return None;
        }
        Some(text)
    }

    /// A description that a name in apposition makes a role ("Vance’s
    /// lawyer, Elena Sokolova" → "Vance’s lawyer"), or a person noun with
    /// its affiliation ("a spokeswoman for Halvorsen" → "spokeswoman for
    /// Halvorsen").
    pub(super) fn description_role(&self, f: &Frame, r: &Range<usize>) -> Option<String> {
        let doc = self.ctx.doc;
        let start = if self.ctx.class(r.start, Class::Det) {
            r.start + 1
        } else {
            r.start
        };
        if start >= r.end || self.name_in(r).is_some_and(|(n, _)| n.end == r.end) {
            return None;
        }
        let head = r.end - 1;
        if !self.ctx.word(head).is(WordInfo::PERSON) && !self.ctx.word(head).is(WordInfo::TITLE) {
            return None;
        }
        let named_by_appositive = f
            .appositive
            .as_ref()
            .is_some_and(|a| self.appositive_name(a).is_some());
        if named_by_appositive {
            return Some(self.text(&(start..r.end)));
        }
        if doc.is_any(r.end, &["for", "at", "with", "of"]) {
            let org = self.ctx.np_after(r.end + 1, r.end + 10)?;
            return Some(self.text(&(start..org.end)));
        }
        None
    }

    pub(super) fn title_role(&self, r: &Range<usize>) -> Option<String> {
        let (nm, titles) = self.name_in(r)?;
        if titles.is_empty() && nm.start == r.start {
            return None;
        }
        let start = if self.ctx.class(r.start, Class::Det) {
            r.start + 1
        } else {
            r.start
        };
        (start < nm.start).then(|| self.text(&(start..nm.start)))
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::who;
    use crate::{analyze, SpeakerKind};

    #[test]
    fn appositive_name_and_organisations() {
        let t = "Vance’s lawyer, Elena Sokolova, said her client would appeal.\n\n\
                 Norvale Energy reported a loss, the company said on Thursday.";
        let a = analyze(t);
        let w = who(t);
        assert_eq!(w[0].1, "Elena Sokolova");
        let lawyer = a
            .speakers
            .iter()
            .find(|s| s.name == "Elena Sokolova")
            .unwrap();
        assert_eq!(lawyer.role.as_deref(), Some("Vance’s lawyer"));
        assert_eq!(w[1].1, "Norvale Energy");
        assert_eq!(w[1].2, SpeakerKind::Organisation);
    }
}
