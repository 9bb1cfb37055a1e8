//! The agent of a German passive cue: "Der Plan wurde vom Verband
//! kritisiert", "Von Seiten der Stadt wurde gefordert, …", "Es wurde von
//! ihrem Anwalt geäußert, …": the noun phrase after "von" / "vom" in the
//! cue's clause, without the preposition (as the gold marks it). A passive
//! with no such phrase has no source.

use std::ops::Range;

use super::np_forward;
use crate::lexicon::Class;
use crate::patterns::Ctx;

/// The agent of the passive cue `v` whose clause starts at `s0`.
pub(crate) fn agent(ctx: &Ctx, s0: usize, v: usize) -> Option<Range<usize>> {
    let Some(von) = (s0..v)
        .take(20)
        .find(|&k| ctx.doc.is_any(k, &["von", "vom"]) && !ctx.is_boundary(k.saturating_sub(1)))
    else {
        return in_document(ctx, s0, v);
    };
    // Before the auxiliary and after a noun, "von" is inside the subject
    // ("Die Freilassung von Gefangenen wurde gefordert"); after it, or
    // opening the clause, it brings the agent.
    let aux = (s0..v).find(|&k| ctx.class(k, Class::Aux)).unwrap_or(v);
    if von > s0 && von < aux && ctx.doc.is_cap(von - 1) && !ctx.word(von - 1).closed() {
        return None;
    }
    let np = np_forward(ctx, von + 1, v)?;
    let head = np.clone().rev().find(|&k| ctx.doc.is_cap(k))?;
    if ctx.class(head, Class::Time) || ctx.word(head).closed() && !ctx.class(np.start, Class::Det) {
        return None;
    }
    Some(np)
}

/// "In einem Bericht der Zeitung wurde vermutet, …": with no agent, a
/// document the clause opens with ("in", "im") right before the auxiliary.
fn in_document(ctx: &Ctx, s0: usize, v: usize) -> Option<Range<usize>> {
    if !ctx.doc.is_any(s0, &["in", "im"]) {
        return None;
    }
    let aux = (s0 + 1..v).find(|&k| ctx.class(k, Class::Aux))?;
    let np = np_forward(ctx, s0 + 1, aux).filter(|np| np.end == aux)?;
    let head = np
        .clone()
        .find(|&k| ctx.doc.is_cap(k) && !ctx.word(k).closed())?;
    ctx.word(head)
        .is(crate::lexicon::WordInfo::DOC)
        .then_some(np)
}

#[cfg(test)]
mod tests {
    use super::super::testing::{one, s};

    #[test]
    fn the_agent_after_von_is_the_source() {
        let (src, cue, c) =
            one("Zudem wurde die Stadt vom Mieterverein aufgefordert, die Pläne offenzulegen.");
        assert_eq!((src, cue.as_str()), (s("Mieterverein"), "aufgefordert"));
        assert_eq!(c, ["die Pläne offenzulegen"]);
        let (src, _, _) =
            one("Von Seiten der Opposition wurde gefordert, der Minister müsse gehen.");
        assert_eq!(src, s("Seiten der Opposition"));
        let (src, _, _) = one("Es wurde von ihrem Anwalt erklärt, sie sei unschuldig.");
        assert_eq!(src, s("ihrem Anwalt"));
    }

    #[test]
    fn a_document_the_clause_opens_with() {
        let (src, cue, c) =
            one("In einem Bericht der Zeitung wurde vermutet, dass keiner der Gäste überlebt hat.");
        assert_eq!(
            (src, cue.as_str()),
            (s("einem Bericht der Zeitung"), "vermutet")
        );
        assert_eq!(c, ["keiner der Gäste überlebt hat"]);
        let (src, _, _) = one("In der Halle wurde gefordert, die Türen zu öffnen.");
        assert_eq!(src, None);
    }

    #[test]
    fn a_von_inside_a_noun_phrase_is_no_agent() {
        let (src, _, _) =
            one("Die Gruppe von Anwohnern wurde aufgefordert, das Haus zu verlassen.");
        assert_eq!(src, None);
        let (src, _, _) = one("Ihm wird vorgeworfen, Geld unterschlagen zu haben.");
        assert_eq!(src, None);
    }
}
