//! A phrasal cue in the clause of a cue verb ("Heute bestätigte der
//! Minister laut Agentur, dass …") reports the verb's claim, not the whole
//! sentence around it; inside the verb's claim ("Er sagte, laut Polizei sei
//! niemand verletzt worden") it reports that claim less its own words.
//! After the verb's claim ("„…“, sagte er laut Agentur") it reports the
//! whole sentence, as the gold marks it.

use std::ops::Range;

use crate::patterns::{Ctx, Frame, Rule};

/// Gives each phrasal frame whose claim holds a cue verb of its sentence
/// that verb's claim (`frames` in text order; a few neighbours looked at).
pub(super) fn share(ctx: &Ctx, frames: &mut [Frame]) {
    for p in 0..frames.len() {
        if frames[p].rule != Rule::AccordingTo {
            continue;
        }
        let at = frames[p].cue.start;
        let sent = ctx.doc.sentence(at);
        let verb = (p.saturating_sub(3)..frames.len().min(p + 4)).find(|&q| {
            let v = frames[q].cue.start;
            q != p
                && frames[q].rule != Rule::AccordingTo
                && sent.contains(&v)
                && frames[p].content.iter().any(|c| c.contains(&v))
                // The verb's claim follows the phrasal cue: "„…“, sagte er
                // laut Agentur" reports the whole sentence.
                && frames[q].content.iter().all(|c| c.end > at)
        });
        let Some(q) = verb else {
            continue;
        };
        let own = own_words(&frames[p]);
        let claim = &frames[q].content;
        let inside = claim.iter().any(|c| c.contains(&at));
        let content: crate::patterns::Pieces = if inside {
            claim
                .iter()
                .flat_map(|c| {
                    [
                        c.start..own.start.max(c.start).min(c.end),
                        own.end.max(c.start).min(c.end)..c.end,
                    ]
                })
                .filter(|r| r.clone().any(|k| ctx.doc.is_word(k)))
                .collect()
        } else {
            claim.clone()
        };
        if !content.is_empty() {
            frames[p].content = content;
        }
    }
}

/// Cuts a claim before a later cue verb's clause joined to it by ", doch",
/// ", aber", ", sondern" or ", während" ("A sagte, X sei tot, doch B
/// erklärte, …" claims "X sei tot").
pub(super) fn cut_at_next_speaker(ctx: &Ctx, frames: &mut [Frame]) {
    for p in 0..frames.len() {
        let cue = frames[p].cue.start;
        let next = (p + 1..frames.len().min(p + 4)).find_map(|q| {
            let g = &frames[q];
            let first = own_words(g).start;
            let joined = first >= 2
                && ctx
                    .doc
                    .is_any(first - 1, &["doch", "aber", "sondern", "während"])
                && ctx.doc.tok(first - 2) == ",";
            (g.rule != Rule::AccordingTo && joined).then(|| first - 2)
        });
        let Some(comma) = next else {
            continue;
        };
        let f = &mut frames[p];
        for piece in f.content.iter_mut().filter(|c| c.start >= cue) {
            if piece.contains(&comma) && comma > piece.start {
                piece.end = comma;
            }
        }
    }
}

/// The tokens of a frame's cue and source together.
fn own_words(f: &Frame) -> Range<usize> {
    match &f.source {
        Some(s) => s.start.min(f.cue.start)..s.end.max(f.cue.end),
        None => f.cue.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::triples;

    fn claims_of(text: &str, cue: &str) -> Vec<String> {
        triples(text)
            .into_iter()
            .find(|t| t.1 == cue)
            .map(|t| t.2)
            .unwrap_or_default()
    }

    #[test]
    fn a_phrasal_cue_in_a_verbs_clause_reports_its_claim() {
        let text =
            "Am Montag bestätigte der Minister laut der Agentur, dass die Grenze offen bleibe.";
        assert_eq!(claims_of(text, "laut"), ["die Grenze offen bleibe"]);
        assert_eq!(claims_of(text, "bestätigte"), ["die Grenze offen bleibe"]);
    }

    #[test]
    fn a_second_speaker_after_doch_ends_the_first_claim() {
        let text = "Der Bürgermeister sagte, die Brücke sei sicher, doch die Prüferin erklärte, sie müsse gesperrt werden.";
        assert_eq!(claims_of(text, "sagte"), ["die Brücke sei sicher"]);
        assert_eq!(claims_of(text, "erklärte"), ["sie müsse gesperrt werden"]);
    }

    #[test]
    fn inside_the_verbs_claim_it_reports_the_rest() {
        let text = "Der Sprecher sagte, nach Angaben der Polizei sei niemand verletzt worden.";
        assert_eq!(claims_of(text, "nach"), ["sei niemand verletzt worden"]);
    }
}
