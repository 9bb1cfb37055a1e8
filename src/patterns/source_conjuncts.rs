//! Sources of several conjuncts and sources after an adverb of degree, for
//! `source_span.rs`: "Clinton and the State Department", "Safety experts
//! and state officials", "Pilots and even some airline managers", "Farm
//! unions, river groups, and many county lawmakers"; two modifiers or
//! titles of one head ("three current and former employees", "Danish
//! journalist and critic Ana Berg"); "at least a dozen members", "Virtually all
//! economists", "as many as 35 percent of voters".

use std::ops::Range;

use super::{Ctx, Frame};
use crate::lexicon::{Class, WordInfo};
use crate::text::Tok;

impl Ctx<'_, '_> {
    /// A new start for a source whose first word follows token `p`, if `p`
    /// is the "and" (or "nor") of a coordinated subject.
    pub(super) fn coordinated_before(&self, p: usize, floor: usize) -> Option<usize> {
        // "Clinton and the State Department", "She and her aides",
        // "Current and former officials": a subject of two conjuncts
        // ("Politicians and even some technologists": an adverb between).
        let and = if self.doc.is_any(p, &["even", "also", "especially"]) && p > floor {
            p - 1
        } else {
            p
        };
        if self.doc.is_any(and, &["and", "nor"]) && !self.in_quote(and) && and > floor {
            // "A, B, and C": a serial comma only ends a list.
            let mut start = if self.doc.tok(and - 1) == "," {
                let x = self.conjunct_before(and - 1, floor)?;
                self.list_before(x, floor)?
            } else {
                let x = self.conjunct_before(and, floor)?;
                self.list_before(x, floor).unwrap_or(x)
            };
            if start > floor && self.doc.is_any(start - 1, &["both", "neither", "either"]) {
                start -= 1;
            }
            return self.clause_opens(start).then_some(start);
        }
        None
    }

    /// A new end for a source after its cue ("according to the book and
    /// the film", "said Doyle and others", "according to Democratic and
    /// independent analysts"), if "and" joins it to a second conjunct that
    /// ends the clause.
    pub(super) fn conjunct_after(
        &self,
        f: &Frame,
        s: &Range<usize>,
        limit: usize,
    ) -> Option<usize> {
        let and = s.end;
        if f.cue.end > s.start || and + 1 >= limit || !self.doc.is(and, "and") || self.in_quote(and)
        {
            return None;
        }
        let np = self
            .np_after(and + 1, limit)
            .filter(|np| np.start == and + 1)?;
        let ends = np.end >= limit
            || matches!(
                self.doc.tok(np.end),
                "," | "." | ";" | ":" | "—" | "–" | ")"
            ) && !self.abbrev_period(np.end);
        (ends && self.cue_form(np.end - 1).is_none()).then_some(np.end)
    }

    /// A new start for source `s` when "and"/"or" before it joins two
    /// modifiers of its head ("three current and former employees", "rural
    /// and urban groups") or two titles of one name ("Danish journalist and
    /// critic Ana Berg"): the first modifier, with its number or
    /// determiner, opening the clause.
    pub(super) fn modifier_pair_before(&self, s: &Range<usize>, floor: usize) -> Option<usize> {
        let and = s.start.checked_sub(1).filter(|&a| a > floor)?;
        if !self.doc.is_any(and, &["and", "or"]) || self.in_quote(and) || s.len() < 2 {
            return None;
        }
        let last = and - 1;
        let lower_word = |k: usize| {
            self.doc.kind(k) == Some(Tok::Word)
                && !self.doc.is_cap(k)
                && self.np_word(k)
                && self.cue_form(k).is_none()
        };
        // "rural and Catholic groups": a capitalised modifier before a
        // common noun.
        let modifier = |k: usize| {
            lower_word(k)
                || self.doc.kind(k) == Some(Tok::Word)
                    && self.doc.is_cap(k)
                    && !self.word(k).closed()
                    && lower_word(s.start + 1)
        };
        if !lower_word(last) || !modifier(s.start) {
            return None;
        }
        let title = |k: usize| self.word(k).is(WordInfo::PERSON | WordInfo::TITLE);
        // Two titles before a name: "writer and critic Ana Berg".
        let titles = title(last) && title(s.start) && self.is_cap_name(s.start + 1);
        // Two modifiers: neither reads as a plural noun of its own.
        let modifiers = !self.doc.tok(last).ends_with('s')
            && !self.doc.tok(s.start).ends_with('s')
            && !self.word(last).is(WordInfo::PERSON)
            && !self.word(s.start).is(WordInfo::PERSON);
        if !titles && !modifiers {
            return None;
        }
        let np = self.np_before(and, floor)?;
        // Before the first modifier only a number, a determiner or a
        // nationality ("Danish").
        let lead_ok = (np.start..last).all(|k| {
            self.numeric(k)
                || self.class(k, Class::Det) && !self.doc.is(k, "that")
                || titles && self.doc.is_cap(k)
        });
        (lead_ok && np.len() <= 2 && self.clause_opens(np.start)).then_some(np.start)
    }

    /// The start of a list of conjuncts ("labor unions, farm groups, and …")
    /// whose last item before "and" starts at `x`: earlier items after
    /// commas, the first opening the sentence. None if there is no list.
    fn list_before(&self, x: usize, floor: usize) -> Option<usize> {
        let mut start = x;
        let mut found = None;
        // The list opens the sentence, or its clause after "But".
        let opens = |k: usize| {
            k == floor || k == floor + 1 && self.doc.is_any(floor, &["but", "and", "yet"])
        };
        for _ in 0..4 {
            if start <= floor + 1 || self.doc.tok(start - 1) != "," {
                break;
            }
            let item = self.conjunct_before(start - 1, floor)?;
            start = item;
            if opens(start) {
                found = Some(start);
                break;
            }
        }
        found
    }

    /// A new start for a source opening at `a` with a quantity or a
    /// determiner, if an adverb of degree stands before it at the clause's
    /// start.
    pub(super) fn degree_before(&self, a: usize, floor: usize) -> Option<usize> {
        // "two-thirds", "three-quarters": a fraction in words.
        let fraction = self
            .doc
            .tok(a)
            .split_once('-')
            .is_some_and(|(n, rest)| !rest.is_empty() && self.lex.info(n).has(Class::Number));
        if a <= floor || !(self.class(a, Class::Det) || self.numeric(a) || fraction) {
            return None;
        }
        let p = a - 1;
        let start = if self.doc.is(p, "least") && p > floor && self.doc.is(p - 1, "at") {
            p - 1
        } else if self.doc.is(p, "as")
            && p >= floor + 2
            && self.doc.is_any(p - 1, &["many", "few", "much"])
            && self.doc.is(p - 2, "as")
            && self.numeric(a)
        {
            // "as many as 35 percent of voters"
            p - 2
        } else if self.doc.is_any(
            p,
            &[
                "virtually",
                "nearly",
                "almost",
                "roughly",
                "only",
                "practically",
            ],
        ) {
            p
        } else {
            return None;
        };
        self.clause_opens(start).then_some(start)
    }

    /// The first conjunct of a coordinated subject ending before `and`: a
    /// pronoun, a run of names, or a phrase opening with an article or a
    /// possessive. None when the words before read as anything else.
    fn conjunct_before(&self, and: usize, floor: usize) -> Option<usize> {
        let mut and = and;
        // "Martin Holt (D) and …", "Sen. Ada Lowe (R-Ore.) and …": the
        // name before its party label.
        if and > 0 && self.doc.tok(and - 1) == ")" {
            let close = and - 1;
            let open = (close.saturating_sub(6).max(floor)..close)
                .rev()
                .find(|&k| self.doc.tok(k) == "(")
                .filter(|&k| k > floor)?;
            self.party_label(open, and)?;
            and = open;
        }
        let last = and.checked_sub(1).filter(|&l| l >= floor)?;
        if self.is_pronoun(last) {
            let subject = self
                .doc
                .is_any(last, &["he", "she", "they", "we", "i", "you"]);
            return subject.then_some(last);
        }
        let np = self.np_before(and, floor)?;
        let names = (np.clone()).all(|k| {
            self.doc.is_cap(k)
                || self.abbrev_period(k)
                || self.doc.kind(k) == Some(Tok::Poss)
                || self.joins_names(k)
        });
        let det = self.class(np.start, Class::Det) && !self.doc.is(np.start, "that")
            || self.is_pronoun(np.start);
        // "Security experts and officials": a bare plural noun phrase that
        // opens the clause.
        let bare = self.doc.tok(last).ends_with('s')
            && !self.doc.is_cap(last)
            && self.doc.kind(last) == Some(Tok::Word)
            && self.cue_form(last).is_none()
            && self.clause_opens(np.start);
        (names || det && np.len() > 1 || bare).then_some(np.start)
    }
}

#[cfg(test)]
mod tests {
    use crate::patterns::testing::{one, s};

    fn source(text: &str) -> Option<String> {
        one(text).0
    }

    #[test]
    fn a_source_after_its_cue_keeps_its_second_conjunct() {
        assert_eq!(
            source("According to the report and the minutes, the board never met."),
            s("the report and the minutes")
        );
        assert_eq!(
            source("The ferry was late again, said Ames and others."),
            s("Ames and others")
        );
        assert_eq!(
            source("The race is close, according to Labour and independent pollsters."),
            s("Labour and independent pollsters")
        );
        // "and" opening a clause of its own.
        assert_eq!(
            source("The ferry was late, said Ames and left the pier."),
            s("Ames")
        );
    }

    #[test]
    fn a_party_label_after_the_first_conjunct() {
        assert_eq!(
            source("Former Gov. Martin Holt (D) and Sen. Ada Lowe (R-Ore.) announced that they would run."),
            s("Former Gov. Martin Holt (D) and Sen. Ada Lowe (R-Ore.)")
        );
    }

    #[test]
    fn coordinated_subjects_are_one_source() {
        assert_eq!(
            source("Halloran and the Transport Ministry said the bridge would reopen in May."),
            s("Halloran and the Transport Ministry")
        );
        assert_eq!(
            source("She and her advisers have said the tax plan is fair."),
            s("She and her advisers")
        );
        assert_eq!(
            source("Current and former employees said the plant had cut corners."),
            s("Current and former employees")
        );
        assert_eq!(
            source("Safety experts and state officials said the dam was sound."),
            s("Safety experts and state officials")
        );
        assert_eq!(
            source("Pilots and even some airline managers say the rules are too strict."),
            s("Pilots and even some airline managers")
        );
        assert_eq!(
            source(
                "Farm unions, river groups, and many county lawmakers claim the plan will fail."
            ),
            s("Farm unions, river groups, and many county lawmakers")
        );
        // A list opening its clause after "But".
        assert_eq!(
            source("But the growers, shippers and county officials said that the levy was fair."),
            s("the growers, shippers and county officials")
        );
        // A list after an opening phrase: only its own conjuncts.
        assert_eq!(
            source("After the storms, farmers and ranchers said the aid came too late."),
            s("farmers and ranchers")
        );
        assert_eq!(
            source("Despite the floods, farm unions and many lawmakers said the dam was safe."),
            s("farm unions and many lawmakers")
        );
        // Two modifiers or two titles of one head.
        assert_eq!(
            source("Three current and former plant employees said the line had cut corners."),
            s("Three current and former plant employees")
        );
        assert_eq!(
            source("Nine secular and Jewish charities said the map was unfair."),
            s("Nine secular and Jewish charities")
        );
        assert_eq!(
            source("Rural and urban groups said the map was unfair."),
            s("Rural and urban groups")
        );
        assert_eq!(
            source("Danish journalist and critic Ana Berg said the novel was too long."),
            s("Danish journalist and critic Ana Berg")
        );
        assert_eq!(
            source("The ferry was late and city officials said the pier was unsafe."),
            s("city officials")
        );
        // A verb before "and" ends another clause.
        assert_eq!(
            source("The motion failed and the council said it would try again in June."),
            s("the council")
        );
        assert_eq!(
            source("The board met the mayor and the governor said the budget was final."),
            s("the governor")
        );
    }

    #[test]
    fn adverbs_of_degree_before_a_quantity_belong_to_the_source() {
        assert_eq!(
            source("At least a dozen members of the council told the paper she would run."),
            s("At least a dozen members")
        );
        assert_eq!(
            source("Virtually all economists say the tariff will raise prices."),
            s("Virtually all economists")
        );
        assert_eq!(
            source("As many as 40 percent of the drivers said the fee was too high."),
            s("As many as 40 percent of the drivers")
        );
        assert_eq!(
            source("Even a senior aide said the plan was dead."),
            s("a senior aide")
        );
        // Not at the clause's start: the adverb is someone else's.
        assert_eq!(
            source("The vote was nearly the end, but only two senators said it was fair."),
            s("only two senators")
        );
    }
}
