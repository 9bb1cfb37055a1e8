//! German noun phrases, forwards (a source after its cue) and backwards (a
//! source before "zufolge"). Every German noun is capitalised, so capitals
//! mark nouns here, not names.

use std::ops::Range;

use super::{adjective, is_det, is_pron};
use crate::lexicon::Class;
use crate::patterns::Ctx;
use crate::text::Tok;

/// The noun phrase that starts at `j` (a source after its cue): a pronoun,
/// or determiners, adjectives, capitalised words (nouns and names), genitive
/// attributes ("des Ministeriums"), "von" + a name, a parenthesis ("(SPD)")
/// and a short quoted name. Stops before an adverbial ("am Montag",
/// "gegenüber der Zeitung") and before a second, dative determiner ("sagte
/// der Minister dem Sender").
pub(crate) fn np_forward(ctx: &Ctx, j: usize, end: usize) -> Option<Range<usize>> {
    let end = end.min(ctx.len()).min(j + 30);
    if j >= end {
        return None;
    }
    if is_pron(ctx, j) {
        return Some(j..j + 1);
    }
    let mut k = j;
    let mut noun = false; // a noun or name read since the last determiner
    let mut last_good = j;
    while k < end {
        if let Some(q) = ctx.opens_quote(k) {
            let quote = &ctx.quotes.all[q];
            let after_von = k > j && ctx.doc.is_any(k - 1, &["von", "vom"]);
            // "der neue „Rat für Demokratie“".
            let after_adjective = k > j + 1 && adjective(ctx, k - 1) && is_det(ctx, k - 2);
            // A quoted phrase in lowercase after the noun is no name ("nach
            // Angaben des Amtes „sehr sorgfältig“ geprüft").
            let spaced = ctx
                .doc
                .span(k + 1, quote.close)
                .of(ctx.doc.text)
                .contains(' ');
            let lowercase = spaced && ctx.doc.is_word(k + 1) && !ctx.doc.is_cap(k + 1);
            let named = k == j || is_det(ctx, k - 1) || after_von || after_adjective;
            if quote.words <= 6 && quote.close < end && (named || noun && !lowercase) {
                k = quote.close + 1;
                noun = true;
                last_good = k;
                continue;
            }
            break;
        }
        let t = ctx.doc.tok(k);
        if t == "(" {
            let close = (k + 1..end.min(k + 12)).find(|&x| ctx.doc.tok(x) == ")");
            match close {
                Some(c) if noun => {
                    k = c + 1;
                    last_good = k;
                    continue;
                }
                _ => break,
            }
        }
        // A name's initial keeps its period ("George W. Bush").
        let initial = |p: usize| {
            ctx.doc.tok(p).len() == 1 && ctx.doc.tok(p).bytes().all(|b| b.is_ascii_uppercase())
        };
        if t == "." && noun && k > j && initial(k - 1) && ctx.doc.is_cap(k + 1) {
            k += 1;
            continue;
        }
        if !matches!(ctx.doc.kind(k), Some(Tok::Word | Tok::Num)) {
            break;
        }
        if is_det(ctx, k) {
            let genitive = [
                "des", "der", "eines", "einer", "dessen", "deren", "seines", "ihres",
            ]
            .iter()
            .any(|g| t.eq_ignore_ascii_case(g));
            if noun && !genitive {
                break;
            }
            noun = false;
        } else if noun
            && ctx.doc.kind(k) == Some(Tok::Num)
            && !ctx.doc.tok(k).starts_with('0')
            && ctx.doc.is_cap(k + 1)
            && !ctx.word(k + 1).closed()
        {
            // A number and its noun after the phrase are a phrase of their own
            // ("laut Angaben der Behörde 350 Passagiere"; "Bayer 04 Leverkusen"
            // is a name).
            break;
        } else if ctx.doc.is_cap(k) || ctx.doc.kind(k) == Some(Tok::Num) {
            if ctx.doc.is_cap(k) && ctx.word(k).closed() && k > j && !is_det(ctx, k) {
                break;
            }
            noun = true;
            last_good = k + 1;
        } else if t == "von" || t == "vom" {
            let quoted_name = noun && ctx.opens_quote(k + 1).is_some();
            if !(noun && ctx.doc.is_cap(k + 1) || is_det(ctx, k + 1) || quoted_name) {
                break;
            }
            noun = false;
        } else if let Some(m) = (!noun && k > j && is_det(ctx, k - 1))
            .then(|| extended_attribute(ctx, k, end))
            .flatten()
        {
            // "einer am Dienstag veröffentlichten Mitteilung", "der für die
            // Region zuständige Koordinator": to the attribute's adjective.
            k = m;
            continue;
        } else if adjective(ctx, k) && !noun {
            // An adjective before its noun, or a noun itself after its
            // determiner ("der 81-jährige").
            if k > j && is_det(ctx, k - 1) {
                last_good = k + 1;
            }
        } else {
            break;
        }
        k += 1;
    }
    (last_good > j).then_some(j..last_good)
}

/// An extended attribute after a determiner, from `k`: a preposition and
/// its words, then a lowercase adjective right before a noun; the
/// adjective's token.
fn extended_attribute(ctx: &Ctx, k: usize, end: usize) -> Option<usize> {
    if !ctx.class(k, Class::Prep) || ctx.doc.is_cap(k) {
        return None;
    }
    (k + 1..(k + 7).min(end))
        .take_while(|&m| ctx.doc.is_word(m) || ctx.doc.kind(m) == Some(Tok::Num))
        .find(|&m| adjective(ctx, m) && ctx.doc.is_cap(m + 1) && !ctx.word(m + 1).closed())
}

/// The noun phrase that ends just before `e` (a source before "zufolge"),
/// read backwards to its determiner; `start` bounds it.
pub(crate) fn np_backward(ctx: &Ctx, start: usize, e: usize) -> Option<Range<usize>> {
    let mut k = e;
    let lo = start.max(e.saturating_sub(20));
    let mut first = e;
    while k > lo {
        let p = k - 1;
        if let Some(q) = ctx.closes_quote(p) {
            let quote = &ctx.quotes.all[q];
            if quote.words <= 6 && quote.open >= lo {
                k = quote.open;
                first = k;
                continue;
            }
            break;
        }
        if !matches!(ctx.doc.kind(p), Some(Tok::Word | Tok::Num)) {
            break;
        }
        if is_det(ctx, p) {
            first = p;
            // A genitive attribute goes on to its head noun ("dem Bericht
            // der Zeitung"); a determiner with nothing before it ends the phrase.
            k = p;
            if !(p > lo && ctx.doc.is_cap(p - 1) && !ctx.word(p - 1).closed()) {
                break;
            }
            continue;
        }
        let cap = ctx.doc.is_cap(p) && (!ctx.word(p).closed() || is_det(ctx, p));
        // The phrase ends in a noun: an adjective only before one.
        if cap || ctx.doc.kind(p) == Some(Tok::Num) || adjective(ctx, p) && first < e {
            first = p;
            k = p;
            continue;
        }
        break;
    }
    (first < e).then_some(first..e)
}

#[cfg(test)]
mod tests {
    use super::super::testing::{one, s};

    #[test]
    fn an_extended_attribute_in_a_source() {
        let (src, _, _) = one(
            "Laut einer am Dienstag veröffentlichten Mitteilung des Amtes wurden alle versorgt.",
        );
        assert_eq!(
            src,
            s("einer am Dienstag veröffentlichten Mitteilung des Amtes")
        );
        let (src, _, _) =
            one("So sagte der für die Region zuständige Koordinator, es fehle an Booten.");
        assert_eq!(src, s("der für die Region zuständige Koordinator"));
        let (src, _, _) = one("Nach Angaben seines Anwalts ist der Mann unschuldig.");
        assert_eq!(src, s("Angaben seines Anwalts"));
    }

    #[test]
    fn a_name_keeps_its_initial() {
        let (src, cue, c) = one("Ähnlich äußerte sich der Präsident Max W. Muster: „Wir helfen.“");
        assert_eq!(
            (src, cue.as_str()),
            (s("der Präsident Max W. Muster"), "äußerte")
        );
        assert_eq!(c, ["Wir helfen."]);
    }
}
