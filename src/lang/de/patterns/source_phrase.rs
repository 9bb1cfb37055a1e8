//! The source of a phrasal cue that opens its sentence is the whole
//! constituent before the finite verb (German puts one phrase there): "Nach
//! Angaben des Amtes in Bonn kommt …", "Laut Oberst Max Muster vom
//! Landeskriminalamt hatten …", "Nach Angaben von Anna Beispiel, der
//! Dekanin, befanden sich …". Only attributes of place and origin ("in",
//! "aus", "von", "für") and an appositive in commas are taken; "gegenüber
//! der Zeitung", "unter Berufung auf …" and relative clauses are not the
//! source's.

use std::ops::Range;

use super::np_forward;
use crate::lexicon::Class;
use crate::patterns::Ctx;

/// Prepositions of an attribute inside the source.
const ATTRIBUTE: &[&str] = &[
    "von", "vom", "aus", "in", "im", "für", "ohne", "bei", "beim",
];

/// The source `np` of the phrasal cue `cue`, run on to the finite verb when
/// the cue opens its sentence and the verb follows within a few words.
pub(super) fn to_verb(ctx: &Ctx, cue: usize, np: Range<usize>) -> Range<usize> {
    if cue != ctx.sentence_start(cue) {
        return np;
    }
    let end = ctx.sentence_end(cue).min(np.end + 16);
    let mut e = np.end;
    while e < end {
        if finite_verb(ctx, e) {
            return np.start..e;
        }
        // A second noun phrase ("… sowie anderer Zeugen", "aus A und B")
        // or a genitive with no article ("Angaben gut informierter Kreise").
        let joined = ctx.doc.is_any(e, &["und", "sowie"]);
        let from = if joined { e + 1 } else { e };
        // (a genitive plural's adjective with no article ends in "-er")
        let genitive = ctx.doc.is_word(e)
            && !ctx.doc.is_cap(e)
            && !ctx.word(e).closed()
            && ctx.doc.tok(e).ends_with("er");
        if joined || genitive {
            match np_forward(ctx, from, end) {
                Some(next) if next.start == from && next.end > from + usize::from(!joined) => {
                    e = next.end;
                    continue;
                }
                _ => return np,
            }
        }
        if ctx.doc.is_any(e, ATTRIBUTE) {
            match np_forward(ctx, e + 1, end) {
                Some(next) if next.start == e + 1 => {
                    e = next.end;
                    continue;
                }
                _ => return np,
            }
        }
        if ctx.doc.tok(e) == "," {
            // An appositive in commas, then the verb: the source ends with it.
            return match np_forward(ctx, e + 1, end) {
                Some(app)
                    if app.start == e + 1
                        && ctx.doc.tok(app.end) == ","
                        && finite_verb(ctx, app.end + 1)
                        && (!ctx.class(e + 1, Class::Rel) || ctx.doc.is_cap(e + 2)) =>
                {
                    np.start..app.end
                }
                _ => np,
            };
        }
        return np;
    }
    np
}

/// Can token `k` be the finite verb after the prefield: an auxiliary, or a
/// lowercase open-class word before a closed-class word, a number or
/// another lowercase word ("verstarb er", "betrug das", "fahren derzeit")?
fn finite_verb(ctx: &Ctx, k: usize) -> bool {
    if !ctx.doc.is_word(k) || ctx.doc.is_cap(k) {
        return false;
    }
    if ctx.class(k, Class::Aux) {
        return true;
    }
    let n = k + 1;
    !ctx.word(k).closed()
        && (ctx.word(n).closed()
            || ctx.doc.kind(n) == Some(crate::text::Tok::Num)
            || ctx.doc.is_word(n) && !ctx.doc.is_cap(n))
}

#[cfg(test)]
mod tests {
    use super::super::testing::{one, s};

    #[test]
    fn the_prefield_to_the_verb_is_the_source() {
        let (src, _, c) =
            one("Nach Angaben des Amtes in Bonn fahren derzeit etwa 500 Busse mit Gas.");
        assert_eq!(src, s("Angaben des Amtes in Bonn"));
        assert_eq!(c, ["fahren derzeit etwa 500 Busse mit Gas"]);
        let (src, _, _) =
            one("Laut Oberst Max Muster vom Landeskriminalamt hatten die Piloten genug Erfahrung.");
        assert_eq!(src, s("Oberst Max Muster vom Landeskriminalamt"));
        let (src, _, c) =
            one("Nach Angaben von Anna Beispiel, der Dekanin, befanden sich dort viele Gäste.");
        assert_eq!(src, s("Angaben von Anna Beispiel, der Dekanin"));
        assert_eq!(c, ["befanden sich dort viele Gäste"]);
    }

    #[test]
    fn a_second_phrase_or_a_bare_genitive_stays_the_source() {
        let (src, _, _) =
            one("Nach Angaben unterrichteter Kreise betrug der Schaden eine Million.");
        assert_eq!(src, s("Angaben unterrichteter Kreise"));
        let (src, _, _) =
            one("Nach Aussagen eines Arztes sowie mehrerer Nachbarn soll das Feuer nachts ausgebrochen sein.");
        assert_eq!(src, s("Aussagen eines Arztes sowie mehrerer Nachbarn"));
        // A verb after the source is not its ("… (ABC) sandten Händler …").
        let (src, _, _) =
            one("Nach Angaben des Verbands (VDX) sandten Händler im Mai mehr Waren ins Ausland.");
        assert_eq!(src, s("Angaben des Verbands (VDX)"));
    }

    #[test]
    fn an_adverbial_after_the_source_is_not_its() {
        let (src, _, _) =
            one("Nach Angaben der Sprecherin gegenüber dem Sender ist der Hafen wieder offen.");
        assert_eq!(src, s("Angaben der Sprecherin"));
        let (src, _, _) = one(
            "Nach offiziellen Angaben, die nicht geprüft werden können, waren alle Opfer Zivilisten.",
        );
        assert_eq!(src, s("offiziellen Angaben"));
    }
}
