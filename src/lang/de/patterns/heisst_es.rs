//! "heißt es" / "hieß es": the impersonal report, with its source in a
//! prepositional phrase before or after it, or none ("Es hieß, …"); `verb.rs`
//! asks it for the lemma "heißen".

use super::{clause_start, content_after, content_before, np_forward};
use crate::lexicon::Class;
use crate::patterns::{Ctx, Frame, Rule};

/// "heißt es" / "hieß es": In der Erklärung heißt es, … / „…“, hieß es aus
/// Regierungskreisen. / Es hieß, … (no source).
pub(super) fn frame(ctx: &Ctx, v: usize) -> Option<Frame> {
    let es_after = ctx.doc.is(v + 1, "es");
    let es_before = v > 0 && ctx.doc.is(v - 1, "es");
    if !es_after && !es_before {
        return None;
    }
    let sent = ctx.sentence_start(v);
    let s0 = clause_start(ctx, v);
    let cue = v..v + 1;
    let end = ctx.sentence_end(v);
    if let Some(np) = super::prefield::pp_with_relative(ctx, sent, v).filter(|_| es_after) {
        // "In dem Bericht, der am Montag erschien, heißt es, …".
        let content = content_after(ctx, v, v + 2)?;
        return Some(Frame::one(cue, Some(np), Rule::Subject, content, 0.75));
    }
    if s0 == v && v > sent && (ctx.doc.tok(v - 1) == "," || ctx.closes_quote(v - 1).is_some()) {
        // „…“, heißt es in der Erklärung.
        let mut j = v + 2;
        let prep = ctx.class(j, Class::Prep) || ctx.doc.is(j, "seitens");
        if prep {
            j += 1;
        }
        let source = if prep { np_forward(ctx, j, end) } else { None };
        let comma = if ctx.doc.tok(v - 1) == "," { v - 1 } else { v };
        let before = content_before(ctx, comma)?;
        return Some(Frame::one(cue, source, Rule::Inverted, before, 0.8));
    }
    let mut from = if es_after { v + 2 } else { v + 1 };
    let source = if es_after && s0 < v && ctx.class(s0, Class::Prep) {
        // "Aus Kreisen des Rats hieß es": the source without its preposition.
        np_forward(ctx, s0 + 1, v)
    } else if es_after
        && ctx
            .doc
            .is_any(v + 2, &["in", "im", "aus", "bei", "beim", "seitens"])
    {
        // "Nun heißt es im Abschlussbericht, …".
        let np = np_forward(ctx, v + 3, end);
        from = np.as_ref().map_or(from, |np| np.end);
        np
    } else {
        None
    };
    let content = content_after(ctx, v, from)?;
    Some(Frame::one(cue, source, Rule::Subject, content, 0.75))
}

#[cfg(test)]
mod tests {
    use super::super::testing::{one, s};

    #[test]
    fn heisst_es_with_or_without_a_source() {
        let (src, cue, c) = one("In dem Schreiben heißt es, die Frist laufe ab.");
        assert_eq!((src, cue.as_str()), (s("dem Schreiben"), "heißt"));
        assert_eq!(c, ["die Frist laufe ab"]);
        let (src, _, c) = one(
            "In dem Brief, den der Verband am Montag verschickte, heißt es, die Frist sei zu kurz.",
        );
        assert_eq!(
            (src, c),
            (s("dem Brief"), vec!["die Frist sei zu kurz".to_string()])
        );
        let (src, _, c) = one("Nun heißt es im Bericht der Kommission, die Wahl sei fair gewesen.");
        assert_eq!(
            (src, c),
            (
                s("Bericht der Kommission"),
                vec!["die Wahl sei fair gewesen".to_string()]
            )
        );
        let (src, _, c) = one("„Die Gespräche sind gescheitert“, hieß es aus Verhandlungskreisen.");
        assert_eq!(src, s("Verhandlungskreisen"));
        assert_eq!(c, ["Die Gespräche sind gescheitert"]);
    }
}
