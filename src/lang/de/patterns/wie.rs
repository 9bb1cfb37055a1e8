//! A cue verb last in a clause opened by "wie": "…, wie der Sprecher
//! mitteilte." / "Wie die Polizei bekannt gab, …" / with an appositive
//! name, whose commas open no clause of their own: "Wie der Sprecher der
//! Stadt, Max Muster, mitteilte, …".

use super::{content_after, content_before, np_forward, particles};
use crate::patterns::{Ctx, Frame, Rule};

/// …, wie der Sprecher mitteilte. / Wie die Polizei bekannt gab, …
pub(super) fn frame(ctx: &Ctx, v: usize, s0: usize) -> Option<Frame> {
    if v > s0 + 24 {
        return None;
    }
    let form = ctx.cue_form(v)?;
    // A separable verb at the end of its clause has its particle before it
    // ("wie die Polizei bekannt gab") or joined ("mitteilte").
    if let Some(parts) = particles(&form, ctx.doc.tok(v)) {
        let before = ctx.doc.tok(v - 1);
        if !parts.split(',').any(|p| before.eq_ignore_ascii_case(p)) {
            return None;
        }
    }
    // "Wie schon die Polizei mitteilte": past an adverb.
    let mut j = s0 + 1;
    while j < v && !ctx.doc.is_cap(j) && ctx.class(j, crate::lexicon::Class::Intro) {
        j += 1;
    }
    // "Wie aus Kreisen der Partei verlautete": the source without "aus".
    if ctx.doc.is(j, "aus") {
        j += 1;
    }
    let source = np_forward(ctx, j, v);
    let sent = ctx.sentence_start(v);
    let content = if s0 > sent && ctx.doc.tok(s0 - 1) == "," {
        content_before(ctx, s0 - 1)?
    } else {
        content_after(ctx, v, v + 1)?
    };
    Some(Frame::one(v..v + 1, source, Rule::Inverted, content, 0.85))
}

/// The "wie" opening the clause of cue `v` across an appositive between
/// commas: "wie der Sprecher der Stadt, Max Muster, (am Montag) mitteilte".
pub(super) fn before_appositive(ctx: &Ctx, v: usize) -> Option<usize> {
    let sent = ctx.sentence_start(v);
    let w = (sent.max(v.saturating_sub(24))..v)
        .rev()
        .find(|&k| ctx.doc.is(k, "wie"))?;
    if w > sent && ctx.doc.tok(w - 1) != "," {
        return None;
    }
    let head = np_forward(ctx, w + 1, v)?;
    if ctx.doc.tok(head.end) != "," {
        return None;
    }
    np_forward(ctx, head.end + 1, v)?;
    // The appositive (a name, a function with its phrases) to its closing
    // comma, then at most a few adverbial words ("in Bangkok").
    let close = (head.end + 1..v.min(head.end + 15)).find(|&k| ctx.doc.tok(k) == ",")?;
    let words = |r: std::ops::Range<usize>| {
        r.into_iter()
            .all(|k| ctx.doc.is_word(k) || matches!(ctx.doc.tok(k), "(" | ")" | "-"))
    };
    (close + 5 >= v && words(head.end + 1..close) && words(close + 1..v)).then_some(w)
}

#[cfg(test)]
mod tests {
    use super::super::testing::{one, s};

    #[test]
    fn verb_final_after_wie() {
        let (src, cue, c) = one("Der Zug fuhr nicht, wie ein Sprecher der Bahn mitteilte.");
        assert_eq!(
            (src, cue.as_str()),
            (s("ein Sprecher der Bahn"), "mitteilte")
        );
        assert_eq!(c, ["Der Zug fuhr nicht"]);
        let (src, _, _) = one("Wie auch die Polizei bestätigte, wurde niemand verletzt.");
        assert_eq!(src, s("die Polizei"));
        let (src, _, c) = one("Wie die Polizei bekannt gab, wurde niemand verletzt.");
        assert_eq!(
            (src, c),
            (s("die Polizei"), vec!["wurde niemand verletzt".to_string()])
        );
    }

    #[test]
    fn an_appositive_name_after_wie() {
        let (src, cue, c) =
            one("Wie der Sprecher der Stadt, Max Muster, mitteilte, bleibt die Brücke gesperrt.");
        assert_eq!(
            (src, cue.as_str()),
            (s("der Sprecher der Stadt"), "mitteilte")
        );
        assert_eq!(c, ["bleibt die Brücke gesperrt"]);
        let (src, _, c) =
            one("Wie die Leiterin des Amtes, Anna Beispiel, am Montag erklärte, fehlen in der Stadt viele Lehrer.");
        assert_eq!(
            (src, c),
            (
                s("die Leiterin des Amtes"),
                vec!["fehlen in der Stadt viele Lehrer".to_string()]
            )
        );
    }
}
