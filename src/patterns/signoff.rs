//! Dash sign-offs after a quotation: "“…” — Commissioner Jane Doe",
//! "“…” -Jane Doe, spokeswoman". The dash is the cue, the name after it
//! the source; nothing but a short title may follow in the paragraph.

use super::{Ctx, Frame, Rule};

impl Ctx<'_, '_> {
    /// Frames for quotations signed off with a dash and a name.
    pub fn signoff_frames(&self) -> Vec<Frame> {
        let mut out = Vec::new();
        for q in &self.quotes.all {
            if q.depth > 0 || q.words < 2 {
                continue;
            }
            let dash = q.close + 1;
            if !matches!(self.doc.tok(dash), "—" | "–" | "-") || !self.doc.same_para(q.close, dash)
            {
                continue;
            }
            let para = self.doc.tokens[dash].para as usize;
            let Some(end) = self.doc.paragraphs.get(para).map(|p| p.end) else {
                continue;
            };
            let Some(np) = self.np_after(dash + 1, end) else {
                continue;
            };
            if !self.doc.is_cap(np.start) || !self.can_speak(&np) {
                continue;
            }
            // After the name: the paragraph's end, a full stop, or a comma
            // and a short title.
            let tail = np.end..end;
            let tail_ok = tail.is_empty()
                || matches!(self.doc.tok(np.end), "." | "!")
                    && (np.end + 1..end).all(|k| !self.doc.is_word(k))
                || self.doc.tok(np.end) == ","
                    && tail.len() <= 12
                    && tail.clone().all(|k| self.cue_form(k).is_none());
            if !tail_ok {
                continue;
            }
            out.push(Frame::one(
                dash..dash + 1,
                Some(np),
                Rule::Inverted,
                q.open + 1..q.close,
                0.7,
            ));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{s, triples};

    #[test]
    fn a_name_after_a_dash() {
        let t = triples("“We will keep the clinic open all winter.” — Commissioner Rosa Delgado");
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(
            (t[0].0.clone(), t[0].1.as_str()),
            (s("Commissioner Rosa Delgado"), "—")
        );
        assert_eq!(t[0].2, ["We will keep the clinic open all winter."]);
        let t = triples("“The ferry runs at dawn.” -Mark Olsen, harbor master\n\nThe town voted.");
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].0, s("Mark Olsen"));
    }

    #[test]
    fn a_dash_that_goes_on_is_no_sign_off() {
        let t =
            triples("He called it “a good start” — Mayor Lind disagreed with the plan entirely.");
        assert!(t.iter().all(|x| x.1 != "—"), "{t:?}");
    }
}
