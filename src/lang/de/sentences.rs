//! German periods that end no sentence, which the shared split (English
//! abbreviations) takes for ends: an ordinal number ("am 1. Juli", "in der
//! 75. Minute", "der 1. FC") and the German abbreviations of
//! `abbreviations.txt` ("bzw.", "ca.", "Nr."). `run` joins such sentences
//! back before anything reads them.

use crate::lexicon::{list_text, Class, Lexicon, WordInfo};
use crate::text::{Doc, Tok};

/// Joins the sentences of `doc` that a German reading of the period before
/// them keeps together.
pub fn join(doc: &mut Doc, lex: &Lexicon) {
    doc.join_sentences(|doc, k| no_end_before(doc, k, lex));
}

/// Is the period before token `k` (a sentence's first) no sentence end?
fn no_end_before(doc: &Doc, k: usize, lex: &Lexicon) -> bool {
    if k < 2 || doc.tok(k - 1) != "." || doc.kind(k - 1) != Some(Tok::Punct) {
        return false;
    }
    let (p, dot) = (k - 2, k - 1);
    if doc.tokens[p].span.end != doc.tokens[dot].span.start {
        return false;
    }
    let word = doc.tok(p);
    match doc.kind(p) {
        Some(Tok::Word) => lex.flagged(word, WordInfo::ABBREV),
        Some(Tok::Num) if word.len() <= 3 && word.bytes().all(|b| b.is_ascii_digit()) => {
            ordinal(doc, p, k, lex)
        }
        _ => false,
    }
}

/// Is number `p`, its period before word `k`, an ordinal: before a month
/// ("1. Juli"), or after an article or a preposition with one ("der 75.
/// Minute", "am 3. Spieltag", "zum 20. Mal")?
fn ordinal(doc: &Doc, p: usize, k: usize, lex: &Lexicon) -> bool {
    if doc.kind(k) != Some(Tok::Word) {
        return false;
    }
    if is_month(doc.tok(k)) {
        return true;
    }
    if p == 0 || doc.kind(p - 1) != Some(Tok::Word) {
        return false;
    }
    let before = doc.tok(p - 1);
    lex.info(before).has(Class::Det)
        || ["am", "im", "vom", "zum", "zur", "beim"]
            .iter()
            .any(|w| before.eq_ignore_ascii_case(w))
}

/// A month's name (`months.txt`), any case.
fn is_month(word: &str) -> bool {
    list_text!("de/months")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .any(|m| !m.is_empty() && word.chars().flat_map(char::to_lowercase).eq(m.chars()))
}

#[cfg(test)]
mod tests {
    use crate::lexicon::Lexicon;
    use crate::text::Doc;

    fn sentences(text: &str) -> Vec<&str> {
        let mut doc = Doc::new(text);
        super::join(&mut doc, Lexicon::de());
        doc.sentences
            .iter()
            .map(|r| doc.span(r.start, r.end).of(text))
            .collect()
    }

    #[test]
    fn an_ordinal_is_no_sentence_end() {
        assert_eq!(
            sentences("Er sagte am 3. März, das Werk schließe. Es kam in der 75. Minute zum Tor."),
            [
                "Er sagte am 3. März, das Werk schließe.",
                "Es kam in der 75. Minute zum Tor."
            ]
        );
        assert_eq!(
            sentences("Die Sitzung des 1. FC tagte zum 20. Mal bzw. zum letzten Mal."),
            ["Die Sitzung des 1. FC tagte zum 20. Mal bzw. zum letzten Mal."]
        );
    }

    #[test]
    fn a_number_that_ends_a_sentence_still_ends_it() {
        assert_eq!(
            sentences("Der Verein wurde im Mai 75. Die Feier war groß. Das war 2005. Juli kam."),
            [
                "Der Verein wurde im Mai 75.",
                "Die Feier war groß.",
                "Das war 2005.",
                "Juli kam."
            ]
        );
    }
}
