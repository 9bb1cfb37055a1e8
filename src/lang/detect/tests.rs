//! The detector's tests: each language, short texts, a quoting article, the
//! cap, and the byte reading against the char-by-char one.

use super::*;
use crate::text::Doc;

// Paragraphs written for the project, one per language: news prose of
// about 60 words, the shortest an article's first paragraph tends to be.
const EN: &str = "The city council voted on Tuesday to close the old bridge for repairs, \
    and the mayor said that the work would take at least two years. Residents who live \
    near the river have complained for months about the noise of the traffic, but the \
    council has not yet decided where the buses will go while the bridge is closed.";
const DE: &str = "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke für eine \
    Sanierung zu sperren. Die Bürgermeisterin sagte, die Arbeiten würden mindestens \
    zwei Jahre dauern. Anwohner am Fluss hatten sich seit Monaten über den Lärm \
    beschwert, doch der Rat hat noch nicht entschieden, wo die Busse fahren sollen, \
    solange die Brücke gesperrt ist.";
const FR: &str = "Le conseil municipal a voté mardi la fermeture du vieux pont pour des \
    travaux, et la maire a déclaré que le chantier durerait au moins deux ans. Les \
    habitants qui vivent près de la rivière se plaignent depuis des mois du bruit de la \
    circulation, mais le conseil n'a pas encore décidé où passeront les bus pendant la \
    fermeture du pont.";
const ES: &str = "El ayuntamiento votó el martes cerrar el viejo puente para hacer \
    obras, y la alcaldesa dijo que los trabajos durarán al menos dos años. Los vecinos \
    que viven cerca del río se quejan desde hace meses del ruido del tráfico, pero el \
    consejo todavía no ha decidido por dónde pasarán los autobuses mientras el puente \
    esté cerrado.";
const PT: &str = "A câmara municipal votou na terça-feira o fecho da velha ponte para \
    obras, e a presidente disse que os trabalhos vão durar pelo menos dois anos. Os \
    moradores que vivem perto do rio queixam-se há meses do barulho do trânsito, mas a \
    câmara ainda não decidiu por onde vão passar os autocarros enquanto a ponte estiver \
    fechada.";
const IT: &str = "Il consiglio comunale ha votato martedì la chiusura del vecchio ponte \
    per i lavori, e la sindaca ha detto che il cantiere durerà almeno due anni. Gli \
    abitanti che vivono vicino al fiume si lamentano da mesi del rumore del traffico, ma \
    il consiglio non ha ancora deciso dove passeranno gli autobus mentre il ponte sarà \
    chiuso.";
const NL: &str = "De gemeenteraad heeft dinsdag besloten de oude brug te sluiten voor \
    onderhoud, en de burgemeester zei dat het werk minstens twee jaar zal duren. \
    Bewoners die bij de rivier wonen klagen al maanden over het lawaai van het verkeer, \
    maar de raad heeft nog niet besloten waar de bussen moeten rijden zolang de brug \
    dicht is.";

#[test]
fn each_language_is_detected_confidently() {
    for (text, code) in [
        (EN, b"en"),
        (DE, b"de"),
        (FR, b"fr"),
        (ES, b"es"),
        (PT, b"pt"),
        (IT, b"it"),
        (NL, b"nl"),
    ] {
        let d = detect(text);
        assert_eq!(d.code, Some(*code), "{d:?} for {text}");
        assert!(d.confident, "{d:?} for {text}");
    }
}

#[test]
fn a_few_words_are_not_an_answer() {
    for short in [
        "",
        "  12 345 ",
        "Der Minister",
        "Il a dit",
        "The mayor said so.",
    ] {
        assert!(!detect(short).confident, "{short:?}");
    }
    assert_eq!(detect("").code, None);
    assert_eq!(detect("123 !!").words, 0);
}

#[test]
fn an_english_article_quoting_german_stays_english() {
    let text = format!(
        "{EN} The German minister, asked about the plan, replied: „Wir werden die \
         Brücke nicht sperren, solange es keine Umleitung gibt.“ {EN}"
    );
    let d = detect(&text);
    assert_eq!((d.code, d.confident), (Some(*b"en"), true), "{d:?}");
}

#[test]
fn the_scan_is_capped() {
    let long = EN.repeat(100);
    let d = detect(&long);
    assert_eq!(d.words, MAX_WORDS);
    assert_eq!(d.code, Some(*b"en"));
}

#[test]
fn names_are_english() {
    assert_eq!(name(*b"fr"), "French");
    assert_eq!(name(*b"xx"), "xx");
}
/// The detector's words and counts, read char by char with a `String`
/// (the first implementation): the byte reading must give the same.
fn detect_by_chars(text: &str) -> Detection {
    let t = table();
    let mut counts = [0usize; LISTS.len()];
    let mut words = 0;
    let mut word = String::new();
    let mut chars = text.chars().peekable();
    while words < MAX_WORDS {
        word.clear();
        while chars.peek().is_some_and(|c| !c.is_alphabetic()) {
            chars.next();
        }
        while let Some(&c) = chars.peek() {
            if !c.is_alphabetic() {
                break;
            }
            chars.next();
            if word.len() < 24 {
                word.extend(c.to_lowercase());
            }
        }
        if word.is_empty() {
            break;
        }
        words += 1;
        let mut mask = t.get(word.as_bytes());
        for c in word.chars().filter(|c| !c.is_ascii()) {
            if let Some((_, m)) = letters().iter().find(|(k, _)| *k == c) {
                mask |= m;
            }
        }
        for (i, n) in counts.iter_mut().enumerate() {
            *n += usize::from(mask >> i & 1);
        }
    }
    decide(counts, words)
}

#[test]
fn bytes_read_as_chars_would() {
    let odd = "İSTANBUL ĞÜŞ straße STRASSE Ǆemal ǅ ß ﬁnal É\u{301}crit \u{212A}elvin \
               12ab-cd’ef 日本語 Ωμέγα aaaaaaaaaaaaaaaaaaaaaaİİİİ bbbbbbbbbbbbbbbbbbbbbbbÄÖ \
               ЖУРНАЛ ½ ⅷ \u{AD}x";
    for text in [EN, DE, FR, ES, PT, IT, NL, odd] {
        for cut in 0..text.len() {
            if let Some(t) = text.get(cut..) {
                assert_eq!(detect(t), detect_by_chars(t), "{t:?}");
            }
        }
    }
}

#[test]
fn the_tokens_give_the_texts_words() {
    let odd = "İSTANBUL ĞÜŞ straße STRASSE Ǆemal ǅ ß ﬁnal É\u{301}crit \u{212A}elvin \
               12ab-cd’ef 日本語 Ωμέγα aaaaaaaaaaaaaaaaaaaaaaİİİİ bbbbbbbbbbbbbbbbbbbbbbbÄÖ \
               ЖУРНАЛ ½ ⅷ \u{AD}x don’t the mayor’s U.S. Salon.com 4th 1,140 ‘96 PeÃ±a \
               notamment NOTAMMENT notamments the boss's aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    for text in [EN, DE, FR, ES, PT, IT, NL, odd] {
        for cut in 0..text.len() {
            if let Some(t) = text.get(cut..) {
                assert_eq!(detect_doc(&Doc::new(t)), detect(t), "{t:?}");
            }
        }
    }
    let long = format!("{EN} {DE} ").repeat(60);
    assert_eq!(detect_doc(&Doc::new(&long)), detect(&long));
}
