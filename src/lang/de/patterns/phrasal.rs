//! German phrasal cues:
//! - "laut X", "gemäß X", "nach Angaben X" (the source is "Angaben X", as the
//!   gold marks it), before or inside the claim (`phrasal_cues.txt`);
//! - "X zufolge" (the postposition, `post:` in `function_words.txt`);
//! - "…, so der Sprecher." after the claim (`attrib:`);
//! - "demnach", which points back to a source (`reportive:`; "wonach" was
//!   measured too: right 3 times of 9 on the German train set).

use std::ops::Range;

use super::{content_after, content_before, np_backward, np_forward};
use crate::lexicon::{list_text, Class, WordList};
use crate::patterns::{Ctx, Frame, Rule};

pub fn frame(ctx: &Ctx, i: usize) -> Option<Frame> {
    if ctx.word(i).is(crate::lexicon::WordInfo::PHRASE) {
        if let Some(f) = source_after(ctx, i) {
            return Some(f);
        }
    }
    if ctx.class(i, Class::Post) {
        return zufolge(ctx, i);
    }
    if ctx.doc.is(i, "nach") {
        return nach(ctx, i);
    }
    if ctx.class(i, Class::Attrib) {
        return so(ctx, i);
    }
    if ctx.class(i, Class::Reportive) {
        return reportive(ctx, i);
    }
    None
}

/// The sentence of token `i` without `cut` (a cue with its source): the
/// words before it and those after it, each a piece.
fn around(ctx: &Ctx, i: usize, cut: Range<usize>) -> Vec<Range<usize>> {
    let (s, e) = (ctx.sentence_start(i), ctx.sentence_end(i));
    let s = clause_start(ctx, s, e, cut.clone()).unwrap_or(s);
    let mut pieces = Vec::new();
    for r in [s..cut.start, cut.end..e] {
        if r.clone().filter(|&k| ctx.doc.is_word(k)).count() >= 1 {
            pieces.push(r);
        }
    }
    pieces
}

/// The start of the last clause of the sentence (`s..e`) when the phrase
/// `cut` stands inside it ("…, weil die Stadt laut X pleite ist", "…; laut X
/// waren es …"): after a semicolon, or after a comma that opens a clause
/// (a subordinator, a relative pronoun, a conjunction) with no comma after
/// the phrase; not when the phrase follows the comma right away.
fn clause_start(ctx: &Ctx, s: usize, e: usize, cut: Range<usize>) -> Option<usize> {
    let k = (s..cut.start)
        .rev()
        .find(|&k| matches!(ctx.doc.tok(k), "," | ";") && !ctx.in_quote_strict(k))?;
    if k + 1 >= cut.start {
        return None;
    }
    if ctx.doc.tok(k) == ";" {
        return Some(k + 1);
    }
    let n = k + 1;
    let opens = [Class::Rel, Class::Det, Class::Conj]
        .iter()
        .any(|&c| ctx.class(n, c))
        || super::verb::SUBORDINATE.has(ctx.doc.tok(n));
    let last = !(cut.end..e).any(|j| ctx.doc.tok(j) == ",");
    (opens && last).then_some(n)
}

/// "laut X", "gemäß X", "nach Angaben X": the longest phrase at `i`.
fn source_after(ctx: &Ctx, i: usize) -> Option<Frame> {
    let len = ctx
        .lex
        .phrasal_ids
        .iter()
        .filter(|p| ctx.phrase_at(i, p))
        .map(|p| p.len())
        .max()?;
    // "laut X": X follows; "nach Angaben X": the noun is the source's head.
    let end = ctx.sentence_end(i);
    let source = np_forward(ctx, i + 1, end).or_else(|| {
        // "laut bildblog.de": a name written in lowercase; "Kritik ist laut
        // geworden" is the adjective.
        let j = i + 1;
        let name = ctx.doc.is_word(j) && !ctx.word(j).closed() && !ctx.doc.is(j, "geworden");
        (len == 1 && j < end && name).then_some(j..j + 1)
    })?;
    if source.end < i + len || ctx.doc.is(i, "gemäß") && norm(ctx, &source) {
        return None;
    }
    let source = super::source_phrase::to_verb(ctx, i, source);
    let content = around(ctx, i, i..source.end);
    let mut f = Frame::new(i..i + 1, Some(source), Rule::AccordingTo);
    f.content = content.into();
    f.confidence = 0.8;
    Some(f)
}

/// Nouns of a rule or a norm (`norm_words.txt`).
static NORMS: crate::lexicon::WordList = crate::lexicon::WordList::new(list_text!("de/norm_words"));

/// Is the head of `source` (its first noun) a rule or a norm, alone or as
/// the end of a compound: "gemäß den Strafrechtsbestimmungen" is no source?
fn norm(ctx: &Ctx, source: &Range<usize>) -> bool {
    let Some(k) = source
        .clone()
        .find(|&k| ctx.doc.is_cap(k) && !ctx.word(k).closed())
    else {
        return false;
    };
    let w = ctx.doc.tok(k);
    w.char_indices()
        .filter(|&(p, _)| w.len() - p >= 4)
        .any(|(p, _)| NORMS.has(&w[p..]))
}

/// Is token `k` a noun of saying or a document, alone or as the end of a
/// compound ("Polizeiangaben", "Medienberichten")?
fn report_noun(ctx: &Ctx, k: usize) -> bool {
    let w = ctx.doc.tok(k);
    let doc = crate::lexicon::WordInfo::DOC;
    ctx.doc.is_cap(k)
        && w.char_indices()
            .filter(|&(p, _)| w.len() - p >= 5)
            .any(|(p, _)| ctx.lex.info(&w[p..]).is(doc))
}

/// "Nach einer Studie der Universität …" / "Dem Vernehmen nach …",
/// "eigenen Angaben nach": "nach" with a noun of saying or a document
/// (`document_words.txt`) as the head of its noun phrase, before or after it.
fn nach(ctx: &Ctx, i: usize) -> Option<Frame> {
    let end = ctx.sentence_end(i);
    // "Zwei Monate nach dem Urteil", "kurz nach der Meldung": time, not a source.
    if i > 0 && (ctx.class(i - 1, Class::Time) || AFTER_TIME.has(ctx.doc.tok(i - 1))) {
        return None;
    }
    // "Gerüchte, nach denen …": the relative pronoun stands for the source,
    // a noun of saying or a document just before the comma ("in die Pause,
    // nach der …" is time).
    if i > 0
        && ctx.doc.tok(i - 1) == ","
        && ctx
            .doc
            .is_any(i + 1, &["denen", "dem", "der", "welchem", "welcher"])
        && (ctx.sentence_start(i)..i - 1)
            .rev()
            .take(8)
            .take_while(|&k| !ctx.is_boundary(k))
            .any(|k| report_noun(ctx, k))
    {
        let rel = i + 1;
        let mut f = Frame::new(i..i + 1, Some(rel..rel + 1), Rule::AccordingTo);
        f.content.push(rel + 1..end);
        f.confidence = 0.7;
        return Some(f);
    }
    let forward = np_forward(ctx, i + 1, end).filter(|np| {
        np.clone()
            .find(|&k| ctx.doc.is_cap(k))
            .is_some_and(|k| report_noun(ctx, k))
    });
    let source = match forward {
        Some(np) => super::source_phrase::to_verb(ctx, i, np),
        None => {
            // The postposition: no noun phrase of its own follows.
            if i == 0 || ctx.doc.is_cap(i + 1) || ctx.class(i + 1, Class::Det) {
                return None;
            }
            let np = np_backward(ctx, ctx.sentence_start(i), i)?;
            if !report_noun(ctx, i - 1) {
                return None;
            }
            np
        }
    };
    let cut = source.start.min(i)..source.end.max(i + 1);
    let mut f = Frame::new(i..i + 1, Some(source), Rule::AccordingTo);
    f.content = around(ctx, i, cut).into();
    f.confidence = 0.75;
    Some(f)
}

/// Words before a temporal "nach" ("zwei Tage nach dem Bericht").
static AFTER_TIME: WordList = WordList::new(list_text!("de/before_temporal_nach"));

/// "Dem Bericht zufolge …" / "…, der Polizei zufolge, …".
fn zufolge(ctx: &Ctx, i: usize) -> Option<Frame> {
    // The whole phrase from its clause's start when it holds no verb
    // ("Ersten Angaben vom Mittwoch zufolge", "Einer Erklärung des Verbands
    // (VDR) zufolge", "Dem Sender al-Dschasira zufolge", "Ihnen zufolge").
    let s0 = super::clause_start(ctx, i);
    let phrase = s0..i;
    let whole = (1..=12).contains(&phrase.len())
        && (ctx.class(s0, Class::Det) || ctx.doc.is_cap(s0))
        && !super::plausible::has_verb(ctx, &phrase)
        && phrase
            .clone()
            .all(|k| ctx.doc.is_word(k) || matches!(ctx.doc.tok(k), "(" | ")" | "."));
    let source = if whole {
        phrase
    } else {
        np_backward(ctx, ctx.sentence_start(i), i)?
    };
    let content = around(ctx, i, source.start..i + 1);
    let mut f = Frame::new(i..i + 1, Some(source), Rule::AccordingTo);
    f.content = content.into();
    f.confidence = 0.8;
    Some(f)
}

/// "„…“, so der Sprecher." / "Die Lage sei ernst, so Müller weiter."
fn so(ctx: &Ctx, i: usize) -> Option<Frame> {
    // After a comma, or a dash: "A – so die Sprecherin –, B".
    if i == 0 || !matches!(ctx.doc.tok(i - 1), "," | "–" | "—") {
        return None;
    }
    let end = ctx.sentence_end(i);
    // "„…“, so schrieb die Sängerin": a cue verb after "so", its subject
    // after it; the verb is the cue.
    // ("so heißt ein Projekt" names it.)
    let verb = ctx.cue_form(i + 1).is_some_and(|f| f.lemma != "heißen") && !ctx.doc.is_cap(i + 1);
    let from = if verb { i + 2 } else { i + 1 };
    let source = np_forward(ctx, from, end)?;
    let first = source.start;
    // "so heißt es in der Erklärung", "so gab es …": the verb's own pattern.
    if verb && ctx.doc.is(first, "es") {
        return None;
    }
    if !super::prefield::starts_np(ctx, first) {
        return None;
    }
    // What may follow the source: the end, a mark, or the words of an
    // adverbial or an attribute ("so die Sprecherin am Abend weiter", "so
    // eine Studie mit dem Titel „…“ der Stiftung"), with no verb.
    let mut k = source.end;
    while k < end && k < source.end + 12 && !ctx.class(k, Class::Aux) && ctx.cue_form(k).is_none() {
        if let Some(q) = ctx.opens_quote(k).filter(|&q| ctx.quotes.all[q].words <= 6) {
            k = ctx.quotes.all[q].close + 1;
            continue;
        }
        if !(ctx.doc.is_word(k) || matches!(ctx.doc.tok(k), "(" | ")")) {
            break;
        }
        k += 1;
    }
    let t = ctx.doc.tok(k);
    let cue = if verb { i + 1..i + 2 } else { i..i + 1 };
    let before = content_before(ctx, i - 1);
    if t == ":" {
        // "A, so der Sprecher weiter: „B“": the claim before the cue.
        if let Some(b) = before.filter(|b| super::plausible::has_verb(ctx, b)) {
            return Some(Frame::one(cue, Some(source), Rule::Inverted, b, 0.8));
        }
        let c = content_after(ctx, i, k)?;
        return Some(Frame::one(cue, Some(source), Rule::Inverted, c, 0.8));
    }
    let dash = matches!(t, "–" | "—");
    if !(k >= end
        || matches!(t, "." | "," | ";" | "!" | "?" | "(" | ")")
        || dash
        || ctx.closes_quote(k).is_some())
    {
        return None;
    }
    // "Der Mann, so die Richterin, habe …": the claim goes on after the
    // source (past a closing dash and its comma).
    let next = if dash && ctx.doc.tok(k + 1) == "," {
        k + 2
    } else {
        k + 1
    };
    if (t == "," || dash) && k == source.end && next < end {
        let mut f = Frame::new(cue, Some(source), Rule::Inverted);
        f.content.extend(before);
        f.content.push(next..end);
        f.confidence = 0.8;
        return Some(f);
    }
    Some(Frame::one(cue, Some(source), Rule::Inverted, before?, 0.85))
}

/// "Demnach sei …": the word points back to a source (a report just named)
/// and stands for it; after a comma ("…, wonach …") the source is the noun
/// phrase before the comma.
fn reportive(ctx: &Ctx, i: usize) -> Option<Frame> {
    let source = if i > 1 && ctx.doc.tok(i - 1) == "," {
        np_backward(ctx, ctx.sentence_start(i), i - 1).unwrap_or(i..i + 1)
    } else {
        i..i + 1
    };
    let content = if source.start < i {
        std::iter::once(i + 1..ctx.sentence_end(i)).collect()
    } else {
        around(ctx, i, i..i + 1)
    };
    let mut f = Frame::new(i..i + 1, Some(source), Rule::AccordingTo);
    f.content = content.into();
    f.confidence = 0.7;
    Some(f)
}

#[cfg(test)]
mod tests {
    use super::super::testing::{one, s, triples};

    #[test]
    fn inside_a_later_clause_the_claim_is_that_clause() {
        let (src, _, c) = one(
            "Die Brücke bleibt zu, weil der Beton nach Angaben der Stadt stark beschädigt ist.",
        );
        assert_eq!(src, s("Angaben der Stadt"));
        assert_eq!(c, ["weil der Beton", "stark beschädigt ist"]);
        let (_, _, c) =
            one("Die Veranstalter zählten 900 Gäste; es waren laut der Polizei nur 500.");
        assert_eq!(c, ["es waren", "nur 500"]);
        // A comma closing an appositive opens no clause.
        let (_, _, c) = one("Der Leiter, Max Muster, hatte laut der Zeitung das Geld erhalten.");
        assert_eq!(c, ["Der Leiter, Max Muster, hatte", "das Geld erhalten"]);
    }

    #[test]
    fn so_between_dashes() {
        let (src, cue, c) =
            one("Man sei froh – so Anna Beispiel –, trotzdem suche man weitere Partner.");
        assert_eq!((src, cue.as_str()), (s("Anna Beispiel"), "so"));
        assert_eq!(c, ["Man sei froh", "trotzdem suche man weitere Partner"]);
        let (src, _, c) = one("Die Lage sei ernst – so der Sprecher der Feuerwehr.");
        assert_eq!(src, s("der Sprecher der Feuerwehr"));
        assert_eq!(c, ["Die Lage sei ernst"]);
    }

    #[test]
    fn laut_and_nach_angaben() {
        let (src, cue, c) = one("Laut Polizei wurden zwei Menschen leicht verletzt.");
        assert_eq!((src, cue.as_str()), (s("Polizei"), "Laut"));
        assert_eq!(c, ["wurden zwei Menschen leicht verletzt"]);
        let (src, cue, c) = one("Das Dorf ist nach Angaben der Behörden weiter ohne Strom.");
        assert_eq!((src, cue.as_str()), (s("Angaben der Behörden"), "nach"));
        assert_eq!(c, ["Das Dorf ist", "weiter ohne Strom"]);
        let (src, _, c) = one("Nach einer Studie der Universität schlafen Kinder zu wenig.");
        assert_eq!(
            (src, c),
            (
                s("einer Studie der Universität"),
                vec!["schlafen Kinder zu wenig".to_string()]
            )
        );
        let (src, _, _) = one("Dem Vernehmen nach will die Ministerin zurücktreten.");
        assert_eq!(src, s("Dem Vernehmen"));
        assert!(triples("Zwei Tage nach dem Bericht der Zeitung trat er zurück.").is_empty());
        // "nach" in time, "laut" as an adverb: no cue.
        assert!(triples("Nach dem Spiel sprach er laut und lange mit den Fans.").is_empty());
    }

    #[test]
    fn the_source_ends_before_a_count_or_a_lowercase_quotation() {
        let (src, _, c) = one("An Bord waren laut Behördenangaben 120 Passagiere.");
        assert_eq!(src, s("Behördenangaben"));
        assert_eq!(c, ["An Bord waren", "120 Passagiere"]);
        let (src, _, _) =
            one("Der Antrag wird nach Angaben des Gerichts „mit aller Sorgfalt“ geprüft.");
        assert_eq!(src, s("Angaben des Gerichts"));
        // A name with a number, a quoted name: the source's own.
        let (src, _, _) =
            one("Laut dem Trainer von Eintracht 05 Musterstadt bleibt der Stürmer im Verein.");
        assert_eq!(src, s("dem Trainer von Eintracht 05 Musterstadt"));
        let (src, _, _) = one("Laut der Zeitung „Neue Post“ bleibt der Minister im Amt.");
        assert_eq!(src, s("der Zeitung „Neue Post“"));
        // "laut werden" is no cue.
        assert!(triples("Früh war Kritik laut geworden, doch sie blieb.").is_empty());
    }

    #[test]
    fn gemaess_a_rule_is_no_source() {
        assert!(triples("Gemäß den Bestimmungen der Stadt darf dort niemand parken.").is_empty());
        assert!(triples("Gemäß der neuen Parkregelung zahlen Anwohner nichts.").is_empty());
        let (src, cue, _) = one("Gemäß einem Sprecher der Stadt zahlen Anwohner nichts.");
        assert_eq!(
            (src, cue.as_str()),
            (s("einem Sprecher der Stadt"), "Gemäß")
        );
    }

    #[test]
    fn so_with_a_cue_verb() {
        let (src, cue, c) =
            one("„Das ist eine große Ehre für uns“, so schrieb die Sängerin auf ihrer Seite.");
        assert_eq!((src, cue.as_str()), (s("die Sängerin"), "schrieb"));
        assert_eq!(c, ["Das ist eine große Ehre für uns"]);
    }

    #[test]
    fn zufolge_so_and_demnach() {
        let (src, cue, c) = one("Einem Gutachten der Hochschule zufolge ist der Damm stabil.");
        assert_eq!(
            (src, cue.as_str()),
            (s("Einem Gutachten der Hochschule"), "zufolge")
        );
        assert_eq!(c, ["ist der Damm stabil"]);
        let (src, _, _) = one("Ersten Angaben vom Mittwoch zufolge ist der Damm stabil.");
        assert_eq!(src, s("Ersten Angaben vom Mittwoch"));
        let (src, _, _) = one("Einer Erklärung des Verbands (VDR) zufolge streiken die Lehrer.");
        assert_eq!(src, s("Einer Erklärung des Verbands (VDR)"));
        let (src, cue, c) = one("„Wir machen weiter“, so die Trainerin.");
        assert_eq!((src, cue.as_str()), (s("die Trainerin"), "so"));
        assert_eq!(c, ["Wir machen weiter"]);
        let (src, cue, c) = one("Demnach steigen die Mieten um drei Prozent.");
        assert_eq!((src, cue.as_str()), (s("Demnach"), "Demnach"));
        assert_eq!(c, ["steigen die Mieten um drei Prozent"]);
        // "so" that is no attribution.
        assert!(triples("Es regnete stark, so dass das Fest ausfiel.").is_empty());
        let (src, _, c) = one("Der Mann, so die Richterin, habe sich schuldig gemacht.");
        assert_eq!(src, s("die Richterin"));
        assert_eq!(c, ["Der Mann", "habe sich schuldig gemacht"]);
        let (src, _, c) =
            one("Der Damm ist stabil, so eine Studie mit dem Titel „Wasser“ der Hochschule.");
        assert_eq!(src, s("eine Studie"));
        assert_eq!(c, ["Der Damm ist stabil"]);
        let t = triples("Die Lage sei ernst, so der Sprecher weiter: „Wir helfen, wo wir können.“");
        assert_eq!(t[0].2, ["Die Lage sei ernst"]);
        let (src, cue, _) = one("Es gibt Berichte, nach denen der Damm bald bricht.");
        assert_eq!((src, cue.as_str()), (s("denen"), "nach"));
    }
}
