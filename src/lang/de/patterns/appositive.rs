//! A name or a role set off by a comma after an inverted source, which the
//! annotators count as the source's own: "sagte der Sprecher der Stadt, Max
//! Muster, man prüfe …", "sagte Max Muster, der Sprecher der Stadt: „…“",
//! "„…“, sagte Max Muster, Sprecher der Stadt."

use super::np_forward;
use crate::lexicon::WordInfo;
use crate::patterns::Ctx;

/// The lowercase particles inside a name.
const NAME_PARTICLES: &[&str] = &[
    "al", "bin", "da", "de", "del", "der", "di", "du", "el", "ibn", "la", "le", "van", "von", "zu",
];

/// Where a name that starts at `from` ends: capitalised words, and after
/// the first a name's lowercase particles ("Mohammed el-Baradei", "Ursula
/// von der Leyen"); at most five words.
fn name_end(ctx: &Ctx, from: usize) -> Option<usize> {
    let part = |k: usize| {
        let t = ctx.doc.tok(k);
        NAME_PARTICLES.contains(&t)
            || t.split_once('-').is_some_and(|(p, rest)| {
                NAME_PARTICLES.contains(&p) && rest.starts_with(char::is_uppercase)
            })
    };
    let n = (from..ctx.len().min(from + 5))
        .take_while(|&k| {
            ctx.doc.is_word(k)
                && (ctx.doc.is_cap(k) && !ctx.word(k).closed() || k > from && part(k))
        })
        .count();
    (n >= 1).then_some(from + n)
}

/// Past a name set off by commas right after an inverted subject ("sagte
/// der Sprecher der Stadt, Max Muster, man prüfe …"): the second comma;
/// past a role before a colon ("sagte Max Muster, Sprecher der Stadt:
/// „…“"): the colon; else `from` itself.
pub(crate) fn past_appositive(ctx: &Ctx, from: usize) -> usize {
    if ctx.doc.tok(from) != "," {
        return from;
    }
    if let Some(close) = name_end(ctx, from + 1) {
        if ctx.doc.tok(close) == "," && ctx.doc.is_word(close + 1) {
            return close;
        }
    }
    let end = ctx.sentence_end(from);
    match np_forward(ctx, from + 1, end) {
        Some(np)
            if ctx.doc.tok(np.end) == ":"
                && (np.start..np.end)
                    .any(|k| ctx.word(k).is(WordInfo::PERSON | WordInfo::TITLE)) =>
        {
            np.end
        }
        _ => from,
    }
}

/// A name or a role after the comma at `comma` that ends the sentence of
/// the cue `v` ("„…“, sagte Max Muster, Sprecher der Stadt."): where it
/// ends.
pub(crate) fn closing_appositive(ctx: &Ctx, comma: usize, v: usize) -> Option<usize> {
    if ctx.doc.tok(comma) != "," {
        return None;
    }
    let end = ctx.sentence_end(v);
    let e = np_forward(ctx, comma + 1, end)
        .map(|np| np.end)
        .max(name_end(ctx, comma + 1))?;
    let last = e == end || e + 1 == end && ctx.doc.is_punct(e, '.');
    last.then_some(e)
}

#[cfg(test)]
mod tests {
    use super::super::testing::{one, s};

    #[test]
    fn a_name_after_an_inverted_source_is_its_own() {
        let (src, _, c) =
            one("Am Montag sagte der Sprecher der Stadt, Max Muster, man prüfe alles.");
        assert_eq!(src, s("der Sprecher der Stadt, Max Muster"));
        assert_eq!(c, ["man prüfe alles"]);
        let (src, _, _) = one(
            "Am Montag erklärte die Leiterin der Behörde, Anna von der Heide, man prüfe alles.",
        );
        assert_eq!(src, s("die Leiterin der Behörde, Anna von der Heide"));
    }

    #[test]
    fn a_role_before_a_colon_or_at_the_end_is_the_sources_own() {
        let (src, _, c) =
            one("Am Montag sagte Max Muster, der Sprecher der Stadt: „Wir prüfen alles.“");
        assert_eq!(src, s("Max Muster, der Sprecher der Stadt"));
        assert_eq!(c, ["Wir prüfen alles."]);
        let (src, _, c) = one("„Wir prüfen alles“, sagte Max Muster, Sprecher der Stadt.");
        assert_eq!(src, s("Max Muster, Sprecher der Stadt"));
        assert_eq!(c, ["Wir prüfen alles"]);
    }

    #[test]
    fn a_claim_after_the_comma_is_no_appositive() {
        let (src, _, c) = one("Am Montag sagte Max Muster, die Stadt prüfe alles.");
        assert_eq!(src, s("Max Muster"));
        assert_eq!(c, ["die Stadt prüfe alles"]);
    }
}
