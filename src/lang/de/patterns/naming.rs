//! Verbs of naming ("nennen", "sprechen von"): "X nannte den Plan einen „Fehler“" /
//! "nannte die Bewerbung „sehr respektabel“" say something; "VW nennt die
//! Modelle „Touareg“ und „Phaeton“", "wie er sich selbst nannte", "Dies
//! nennt man einen „Aktiensplit“" only name. Such a verb's claim is the
//! quoted predicate alone: after an article ("einen „Fehler“") or opening
//! in lowercase ("„sehr respektabel“"), in a clause with no reflexive
//! "sich" and no "man".

use crate::patterns::{Ctx, Frame};

/// Lemmas of naming verbs (`cues.txt`).
const NAMING: &[&str] = &["nennen", "sprechen"];

/// Is `lemma` a verb of naming?
pub(crate) fn is_naming(lemma: &str) -> bool {
    NAMING.contains(&lemma)
}

/// Does the frame of naming verb `v` say something?
pub(crate) fn says(ctx: &Ctx, v: usize, f: &Frame) -> bool {
    let [c] = f.content.as_slice() else {
        return false;
    };
    // The content is one quotation, with its marks.
    let (open, close) = (c.start, c.end.saturating_sub(1));
    let Some(q) = ctx.opens_quote(open) else {
        return false;
    };
    if close <= open + 1 || ctx.closes_quote(close) != Some(q) {
        return false;
    }
    let s0 = super::clause_start(ctx, v);
    let e = ctx.sentence_end(v).min(open);
    if (s0..e).any(|k| ctx.doc.is_any(k, &["sich", "man"])) {
        return false;
    }
    let det = open > 0
        && (ctx.class(open - 1, crate::lexicon::Class::Det)
            || ctx.doc.is_any(open - 1, &["von", "vom"]));
    det || ctx.doc.is_word(open + 1) && !ctx.doc.is_cap(open + 1)
}

#[cfg(test)]
mod tests {
    use super::super::testing::{one, s, triples};

    #[test]
    fn a_quoted_predicate_is_the_claim() {
        let (src, cue, c) = one("Die Ministerin nannte den Bericht eine „grobe Fälschung“.");
        assert_eq!((src, cue.as_str()), (s("Die Ministerin"), "nannte"));
        assert_eq!(c, ["grobe Fälschung"]);
        let (_, _, c) = one("Der Verband nannte die Pläne am Montag „völlig verfehlt“.");
        assert_eq!(c, ["völlig verfehlt"]);
        let (_, cue, c) = one("Der Bürgermeister sprach von „Gefahr für die Altstadt“.");
        assert_eq!(
            (cue.as_str(), c),
            ("sprach", vec!["Gefahr für die Altstadt".to_string()])
        );
    }

    #[test]
    fn naming_says_nothing() {
        assert!(triples("Als Beispiel nennt die Firma das Modell „Sturmvogel“.").is_empty());
        assert!(triples("Das nennt man einen „Bumerang“.").is_empty());
        assert!(triples("Die Gruppe nennt sich seit Mai „neue Mitte“.").is_empty());
        assert!(triples("Der Minister nannte drei Gründe für den Rücktritt.").is_empty());
        assert!(triples("Sie sprach sich für den „Neustart“ aus.").is_empty());
        assert!(triples("Er sprach mit Reportern über die Pläne.").is_empty());
    }
}
