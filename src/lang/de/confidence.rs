//! German confidences, calibrated on the German WikiNews train set (dev
//! only checks them) as `crate::confidence` is on PolNeAR: 0.9 or more is
//! right about 98% of the time, [0.8, 0.9) about 93%, and below 0.8 a claim
//! is shown as uncertain. The cue kinds come from `plain_cues.txt`.
//!
//! | what was found | confidence |
//! |---|---|
//! | a "sure" cue ("teilte … mit"; "laut X" before its claim), a named source | 0.93 |
//! | a plain verb after its claim, "laut", "zufolge", "so", "nach X" + an unquoted claim, a named source | 0.85 |
//! | the rest, with a quotation / without / with no source | 0.75 / 0.7 / 0.6 |
//!
//! A named source has a capitalised word and is no pronoun or relative
//! word; the surest tier also wants no comma in it (an appositive or a
//! clause read as the source).

use crate::lexicon::list_text;
use crate::patterns::{Ctx, Frame};

const LIST: &str = list_text!("de/plain_cues");

/// The tier of a cue lemma or phrasal word: `Some(true)` sure, `Some(false)`
/// plain, `None` neither.
fn tier(word: &str) -> Option<bool> {
    LIST.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .find_map(|l| {
            let mut parts = l.split_whitespace();
            (parts.next() == Some(word)).then(|| parts.next() == Some("sure"))
        })
}

/// The calibrated confidence of a German frame.
pub fn of(ctx: &Ctx, f: &Frame) -> f32 {
    let quoted = f.content.iter().any(|r| r.clone().any(|k| ctx.in_quote(k)));
    let Some(source) = f.source.clone() else {
        return 0.6;
    };
    let low = if quoted { 0.75 } else { 0.7 };
    let named = source
        .clone()
        .any(|k| ctx.doc.is_cap(k) && !ctx.is_pronoun(k))
        && !(source.len() == 1 && (ctx.is_pronoun(source.start) || !ctx.doc.is_cap(source.start)));
    if !named {
        return low;
    }
    let cue = f.cue.start;
    let before = f.content.iter().all(|r| r.end <= cue);
    let after = f.content.iter().all(|r| r.start > cue);
    let comma = source.clone().any(|k| ctx.doc.tok(k) == ",");
    // A verb's lemma, or a phrasal cue's word.
    let (word, verb) = match ctx.cue_form(cue) {
        Some(form) => (form.lemma.trim_end_matches('~').to_string(), true),
        None => (ctx.doc.tok(cue).to_lowercase(), false),
    };
    match tier(&word) {
        Some(true) if !comma && (verb || after) => 0.93,
        Some(_) if verb && before => 0.85,
        Some(_) if !verb && (word != "nach" || after && !quoted) => 0.85,
        _ => low,
    }
}

#[cfg(test)]
mod tests {
    use crate::patterns::testing::confidences_of;

    fn confidences(text: &str) -> Vec<f32> {
        confidences_of(&crate::analyze_with(text, *b"de"))
    }

    #[test]
    fn the_tiers() {
        assert_eq!(
            confidences("Die Firma teilte mit, dass das Werk schließt."),
            [0.93]
        );
        assert_eq!(confidences("Laut Polizei wurde niemand verletzt."), [0.93]);
        assert_eq!(
            confidences("„Wir bleiben“, sagte der Sprecher der Stadt."),
            [0.85]
        );
        assert_eq!(
            confidences("Die Brücke bleibt gesperrt, so die Stadt."),
            [0.85]
        );
        assert_eq!(
            confidences("Nach Angaben der Polizei wurde niemand verletzt."),
            [0.85]
        );
        // A plain verb before its claim, a pronoun, another cue: uncertain.
        assert_eq!(
            confidences("Der Sprecher sagte, die Brücke sei gesperrt."),
            [0.7]
        );
        assert_eq!(confidences("Sie sagte: „Wir bleiben.“"), [0.75]);
        assert_eq!(
            confidences("Der Minister kritisierte, die Pläne seien falsch."),
            [0.7]
        );
    }

    #[test]
    fn the_list_is_read_by_word() {
        assert_eq!(super::tier("mit|teilen"), Some(true));
        assert_eq!(super::tier("sagen"), Some(false));
        assert_eq!(super::tier("kritisieren"), None);
        assert_eq!(super::tier("#"), None);
    }
}
