//! Names: capitalised runs found anywhere in the text, and the clusters
//! of full names, surnames and honorifics.

use super::*;

impl<'c, 'a, 't> Resolver<'c, 'a, 't> {
    pub(super) fn is_title(&self, i: usize) -> bool {
        self.ctx.word(i).is(WordInfo::TITLE) || self.rules.title.is_some_and(|t| t(self.ctx, i))
    }

    /// Splits the capitalised tail of `r` into a name and the titles
    /// before it (a token range, empty when none).
    pub(super) fn name_in(&self, r: &Range<usize>) -> Option<(Range<usize>, Range<usize>)> {
        let doc = self.ctx.doc;
        let mut end = r.end;
        while end > r.start && doc.kind(end - 1) == Some(Tok::Poss) {
            end -= 1;
        }
        let mut start = end;
        while start > r.start {
            let k = start - 1;
            let ok = self.ctx.is_cap_name(k)
                || (doc.tok(k) == "." && k > r.start && doc.is_cap(k - 1))
                || (matches!(doc.tok(k), "of" | "for" | "and" | "&" | "de")
                    && k > r.start
                    && doc.is_cap(k - 1));
            if !ok {
                break;
            }
            start = k;
        }
        if start >= end {
            return None;
        }
        let mut titles = start..start;
        let mut n = start;
        // Titles before the name ("Finance Minister", "Dr.") are not the name.
        let last_title = (start..end)
            .rev()
            .find(|&k| self.is_title(k) && doc.is_cap(k));
        if let Some(t) = last_title {
            if t + 1 < end {
                titles = start..t + 1;
                n = t + 1;
                while n < end && doc.tok(n) == "." {
                    n += 1;
                }
            }
        }
        while n < end && !doc.is_cap(n) {
            n += 1;
        }
        (n < end).then_some((n..end, titles))
    }

    /// The appositive `a` when it is all a capitalised name ("…, Elena
    /// Sokolova, said"), as its noun phrase.
    pub(super) fn appositive_name(&self, a: &Range<usize>) -> Option<Range<usize>> {
        let doc = self.ctx.doc;
        let np = self.ctx.np_after(a.start, a.end)?;
        (np.end == a.end
            && np
                .clone()
                .filter(|&k| doc.is_word(k))
                .all(|k| doc.is_cap(k)))
        .then_some(np)
    }

    pub(super) fn has_org_word(&self, r: &Range<usize>) -> bool {
        r.clone().any(|k| self.ctx.word(k).is(WordInfo::ORG))
    }

    pub(super) fn scan_names(&mut self) {
        let doc = self.ctx.doc;
        let n = doc.tokens.len();
        let mut i = 0;
        while i < n {
            if !doc.is_cap(i) || self.ctx.in_quote(i) {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            while j < n
                && (doc.is_cap(j)
                    || (doc.tok(j) == "."
                        && doc.is_cap(j - 1)
                        && doc.tokens[j - 1].span.end == doc.tokens[j].span.start)
                    || (matches!(doc.tok(j), "of" | "for" | "&" | "de") && doc.is_cap(j + 1)))
                && doc.same_para(i, j)
            {
                j += 1;
            }
            let r = i..j;
            i = j;
            let Some((name, titles)) = self.name_in(&r) else {
                continue;
            };
            let words = doc.words_in(name.clone());
            let prev = r.start.checked_sub(1);
            let org_before = prev.is_some_and(|p| self.ctx.word(p).is(WordInfo::ORG));
            let org = self.has_org_word(&r) || org_before || prev.is_some_and(|p| doc.is(p, "the"));
            if words < 2 && !org_before {
                continue;
            }
            let s = self.ctx.sentence_start(r.start);
            let subject = r.start == s
                || prev.is_some_and(|p| doc.tok(p) == "," || doc.is(p, "the") && p == s);
            let mut d = r.start;
            while d > s
                && r.start - d < 3
                && doc.is_word(d - 1)
                && !self.ctx.class(d - 1, Class::Det)
                && !self.ctx.class(d - 1, Class::Prep)
            {
                d -= 1;
            }
            self.runs.push(NameRun {
                name,
                org,
                subject,
                titles,
                before: d..r.start,
            });
        }
    }

    /// The cluster of a person or organisation name (tokens `name`), with
    /// the titles before it (tokens `titles`).
    pub(super) fn name_cluster(
        &mut self,
        name: Range<usize>,
        org: bool,
        titles: Range<usize>,
    ) -> usize {
        let doc: &Doc<'t> = self.ctx.doc;
        let mut words = 0usize;
        let (mut first, mut last) = (name.start, name.start);
        for k in name.clone().filter(|&k| doc.is_word(k)) {
            if words == 0 {
                first = k;
            }
            last = k;
            words += 1;
        }
        let last = self.word_at(last);
        let key = self.fold(&name);
        let span = self.span(&name);
        let score = 3 + words.min(4) as u8;
        if let Some(&c) = self.by_text.get(&key) {
            self.offer_best(c, span, score);
            return c;
        }
        if !org {
            if let Some(&c) = self.by_surname.get(&last) {
                // Same surname, and not a different first name.
                let cl_best = Folded(self.clusters[c].best.map_or("", |(s, _)| s.of(doc.text)));
                let first_ok = words < 2
                    || !cl_best.0.contains(' ')
                    || cl_best.starts_with(self.word_at(first));
                if first_ok {
                    self.offer_best(c, span, score);
                    self.by_text.insert(key, c);
                    return c;
                }
            }
            if words == 1 {
                // A surname: look for the full name anywhere in the text.
                let run = self.runs_by_last.get(&last).map(|&k| self.runs[k].clone());
                if let Some(run) = run {
                    let c = self.name_cluster(run.name, false, run.titles);
                    self.by_text.insert(key, c);
                    return c;
                }
            }
        }
        let single_unknown = words == 1 && !org;
        let kind = if org || single_unknown {
            SpeakerKind::Organisation
        } else {
            SpeakerKind::Person
        };
        let c = self.new_cluster(kind, name.start);
        self.offer_best(c, span, score);
        if kind == SpeakerKind::Person {
            self.by_surname.insert(last, c);
            for t in titles.filter(|&k| doc.is_word(k)) {
                let w = self.word_at(t);
                self.clusters[c].heads.push(w);
                self.gender_from_word(c, t);
            }
        } else if single_unknown {
            // A single capitalised word nobody else names: an organisation
            // or a place until a first name turns up.
            self.by_surname.entry(last).or_insert(c);
        }
        self.by_text.insert(key, c);
        c
    }

    /// A gendered word at token `i` ("Mr", "spokeswoman") sets cluster
    /// `c`'s gender, if nothing has yet.
    pub(super) fn gender_from_word(&mut self, c: usize, i: usize) {
        let w = self.ctx.word(i);
        let g = if w.is(WordInfo::MALE) {
            Some(Gender::Male)
        } else if w.is(WordInfo::FEMALE) {
            Some(Gender::Female)
        } else {
            None
        };
        if g.is_some() && self.clusters[c].gender.is_none() {
            self.clusters[c].gender = g;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::who;
    use crate::{analyze, SpeakerKind};

    #[test]
    fn surname_and_possessive_document_resolve_to_the_full_name() {
        let t =
            "Diaa Rashwan, who heads the information service, confirmed that talks had begun.\n\n\
                 “It has three stages,” Rashwan’s statement said. Rashwan said talks would resume.";
        let w = who(t);
        assert_eq!(w.len(), 3);
        assert!(
            w.iter()
                .all(|x| x.1 == "Diaa Rashwan" && x.2 == SpeakerKind::Person),
            "{w:?}"
        );
        let a = analyze(t);
        assert_eq!(a.speakers.len(), 1);
        assert_eq!(
            a.speakers[0].role.as_deref(),
            Some("heads the information service")
        );
    }
}
