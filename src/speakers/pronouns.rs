//! Pronouns: the nearest compatible earlier speaker (gender and number),
//! or a person named as a subject since; relative "who" → its antecedent.

use super::*;

impl<'c, 'a, 't> Resolver<'c, 'a, 't> {
    pub(super) fn resolve_pronoun(&mut self, r: &Range<usize>) -> usize {
        let class = self.ctx.word(r.start).pronoun.unwrap_or(PronounClass::Any);
        self.resolve_pronoun_as(r, class)
    }

    /// The pronoun at `r` read as `class` (a language's rule may tell it:
    /// German "sie" with a plural verb).
    pub(super) fn resolve_pronoun_as(&mut self, r: &Range<usize>, class: PronounClass) -> usize {
        let at = r.start;
        let personish = |c: &Cluster| {
            matches!(
                c.kind,
                SpeakerKind::Person | SpeakerKind::Anonymous | SpeakerKind::Unknown
            ) && !c.plural
        };
        let found = match class {
            PronounClass::Male | PronounClass::Female => {
                let g = if class == PronounClass::Male {
                    Gender::Male
                } else {
                    Gender::Female
                };
                // A person named as a sentence's subject since the last
                // speaker counts too ("Trump visited Ohio. He said …").
                let speaker = self.recent(at, |c| personish(c) && c.gender.is_none_or(|x| x == g));
                let seen = speaker.map_or(0, |c| self.clusters[c].last_seen);
                let upto = self.runs.partition_point(|n| n.name.end <= at);
                let run = self.runs[..upto]
                    .iter()
                    .rev()
                    .take_while(|n| n.name.start > seen)
                    .find(|n| !n.org && n.subject && n.name.len() > 1)
                    .cloned();
                match run {
                    Some(n) => {
                        let c = self.name_cluster(n.name, false, n.titles);
                        (self.clusters[c].gender.is_none_or(|x| x == g))
                            .then_some(c)
                            .or(speaker)
                    }
                    None => speaker,
                }
                .inspect(|&c| {
                    self.clusters[c].gender.get_or_insert(g);
                })
            }
            PronounClass::Plural => {
                self.recent(at, |c| c.plural || c.kind == SpeakerKind::Organisation)
            }
            PronounClass::Thing => self.recent(at, |c| {
                matches!(c.kind, SpeakerKind::Organisation | SpeakerKind::Document)
            }),
            PronounClass::Any => {
                if self.ctx.doc.is_any(at, &["who", "which"]) {
                    // The relative pronoun's antecedent: the phrase before
                    // its comma.
                    let s = self.ctx.sentence_start(at);
                    let comma = at.checked_sub(1).filter(|&c| self.tok(c) == ",");
                    comma
                        .and_then(|c| self.ctx.np_before(c, s))
                        .filter(|np| !self.ctx.is_pronoun(np.start))
                        .map(|np| self.resolve_np(&np, None))
                } else {
                    self.recent(at, personish)
                }
            }
        };
        match found {
            Some(c) => c,
            None => {
                // One unknown speaker per pronoun class, not one per mention.
                if let Some(c) = self.unknown[class as usize] {
                    return c;
                }
                let c = self.new_cluster(SpeakerKind::Unknown, at);
                self.clusters[c].plural = class == PronounClass::Plural;
                self.unknown[class as usize] = Some(c);
                c
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::who;

    #[test]
    fn pronoun_gender_skips_the_wrong_person() {
        let t = "Ms. Ana Lopez said the vote was fair. Mr. Tom Reyes said it was rigged.\n\n\
                 “We will appeal,” she said.";
        let w = who(t);
        assert_eq!(w[2].1, "Ana Lopez");
    }
}
