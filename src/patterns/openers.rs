//! What opens a sentence and belongs to no claim that stands before its
//! cue: a connective that ties the sentence to the one before ("And the
//! plan failed, she said", "In fact, the plan failed, she said", "Still,
//! …"), and a dateline ("HARWICH (Reuters) — The plan failed, …"). The
//! claim starts after them.

use super::Ctx;
use crate::lexicon::{list_text, PhraseList};
use crate::text::Tok;

/// The connectives, one a line (`lang/en/openers.txt`); a line ending in
/// " ," needs its comma after it.
static OPENERS: PhraseList = PhraseList::new(list_text!("en/openers"));

impl Ctx<'_, '_> {
    /// Where a claim that opens its sentence at `start` (and ends before
    /// `to`) really starts: past a dateline and an opening connective.
    pub fn claim_opening(&self, start: usize, to: usize) -> usize {
        let mut k = self.past_dateline(start, to);
        for phrase in OPENERS.phrases() {
            let (words, comma) = match phrase.split_last() {
                Some((&",", words)) => (words, true),
                _ => (&phrase[..], false),
            };
            let n = words.len();
            let here = words.iter().enumerate().all(|(i, w)| self.doc.is(k + i, w));
            if !here {
                continue;
            }
            let next = self.doc.tok(k + n);
            if !comma && next != "," && k + n < to {
                return k + n;
            }
            if comma && next == "," {
                k += n + 1;
                break;
            }
        }
        if k + 2 < to {
            k
        } else {
            start
        }
    }

    /// Past a dateline opening a paragraph: capitalised words, commas,
    /// abbreviations and a news agency in parentheses before a dash
    /// ("WASHINGTON (AP) —", "LOS ANGELES, Feb. 2 (UPI) —", "Paris (AFP) –").
    fn past_dateline(&self, start: usize, to: usize) -> usize {
        let para_start = self
            .doc
            .tokens
            .get(start)
            .and_then(|t| self.doc.paragraphs.get(t.para as usize))
            .is_some_and(|r| r.start == start);
        if !para_start {
            return start;
        }
        let Some(dash) =
            (start..(start + 10).min(to)).find(|&k| matches!(self.doc.tok(k), "—" | "–"))
        else {
            return start;
        };
        let mut shouted = false;
        let mut agency = false;
        for k in start..dash {
            let t = self.doc.tok(k);
            match self.doc.kind(k) {
                Some(Tok::Word) | Some(Tok::Num) => {
                    if !(self.doc.is_cap(k) || t.bytes().all(|b| b.is_ascii_digit())) {
                        return start;
                    }
                    shouted |= t.len() > 2 && t.bytes().all(|b| b.is_ascii_uppercase());
                }
                _ if matches!(t, "," | "." | "(" | ")" | "/") => agency |= t == "(",
                _ => return start,
            }
        }
        if (shouted || agency) && dash > start && dash + 3 < to {
            dash + 1
        } else {
            start
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::one;

    #[test]
    fn a_connective_is_no_part_of_the_claim() {
        for (t, want) in [
            (
                "And the new bridge will cost far more, the mayor said.",
                "the new bridge will cost far more",
            ),
            (
                "But the new bridge will cost more, the mayor said.",
                "But the new bridge will cost more",
            ),
            (
                "In fact, the new bridge will cost far more, the mayor said.",
                "the new bridge will cost far more",
            ),
            (
                "Still, the new bridge will cost far more, engineers say.",
                "the new bridge will cost far more",
            ),
            (
                "The bridge will cost far more, according to the council’s own figures.",
                "The bridge will cost far more",
            ),
        ] {
            let (_, _, content, _) = one(t);
            assert_eq!(content, [want], "{t}");
        }
    }

    #[test]
    fn a_dateline_is_no_part_of_the_claim() {
        for t in [
            "HARWICH (Reuters) — The new bridge will cost far more, the mayor said on Monday.",
            "Harwich, May 2 (UPI) — The new bridge will cost far more, the mayor said on Monday.",
        ] {
            let (_, _, content, _) = one(t);
            assert_eq!(content, ["The new bridge will cost far more"], "{t}");
        }
        // A dash inside the claim stays.
        let (_, _, content, _) =
            one("The bridge — the town’s oldest — will close in May, the mayor said.");
        assert_eq!(
            content,
            ["The bridge — the town’s oldest — will close in May"]
        );
    }
}
