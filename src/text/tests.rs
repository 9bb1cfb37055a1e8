//! Tests of the tokenizer and the token views (text.rs).

use super::*;

fn words(doc: &Doc) -> Vec<String> {
    doc.tokens
        .iter()
        .map(|t| t.span.of(doc.text).to_string())
        .collect()
}

#[test]
fn mojibake_letters_stay_in_their_word() {
    let doc = Doc::new(
        "Mayor JosÃ© PeÃ±a and FranÃ\u{83}Â§ois Roux spoke; 5 ± 2; LA\u{303}\u{83}A\u{302}\u{A7}e.",
    );
    assert_eq!(
        words(&doc),
        [
            "Mayor",
            "JosÃ",
            "©",
            "PeÃ±a",
            "and",
            "FranÃ\u{83}Â§ois",
            "Roux",
            "spoke",
            ";",
            "5",
            "±",
            "2",
            ";",
            "LA\u{303}\u{83}A\u{302}\u{A7}e",
            "."
        ]
    );
}

#[test]
fn token_texts_are_their_checked_slices() {
    // Multi-byte letters, marks, quotes, dashes, spaces and a possessive
    // at the very end: every token's text is the checked slice (a dash
    // typed as hyphens aside: below).
    for text in [
        "Ärzte’s „Gespräch“ — naïve café: 5,3 % «oui» ‘x’ e\u{301}tude\u{200B}end’s",
        "Q’s\u{2029}ü\r\nß-Straße, 46-year-old U.S. \u{FEFF}x’",
        "’",
        "a’s",
    ] {
        let doc = Doc::new(text);
        for (i, t) in doc.tokens.iter().enumerate() {
            assert_eq!(doc.tok(i), &text[t.span.start..t.span.end], "{text}");
            assert!(!doc.tok(i).is_empty());
        }
    }
}

#[test]
fn alnum_runs_match_a_byte_loop() {
    let sample = "Rashwan’s 46-year-old U.S. zA9@[`{/: é\u{7F}x 12345678901234567890abc!";
    let bytes = sample.as_bytes();
    for start in 0..bytes.len() {
        let want = bytes[start..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        assert_eq!(alnum_run(&bytes[start..]), want, "at {start}");
    }
    for b in 0..=255u8 {
        let mut chunk = [b'a'; 12];
        chunk[3] = b;
        let want = if b.is_ascii_alphanumeric() { 12 } else { 3 };
        assert_eq!(alnum_run(&chunk), want, "byte {b:#x}");
    }
}

#[test]
fn words_keep_inner_marks_and_split_possessives() {
    let doc = Doc::new("Rashwan’s don’t Hamas-run U.S. 1,140 4.6 parents’ ’96");
    assert_eq!(
        words(&doc),
        [
            "Rashwan",
            "’s",
            "don’t",
            "Hamas-run",
            "U.S",
            ".",
            "1,140",
            "4.6",
            "parents",
            "’",
            "’",
            "96"
        ]
    );
    assert_eq!(doc.tokens[1].kind, Tok::Poss);
    assert_eq!(doc.tokens[9].kind, Tok::Quote);
}

#[test]
fn a_decimal_comma_stays_in_its_number() {
    let doc = Doc::new("5,3 Prozent, 1,2,3 und 7, 8");
    assert_eq!(
        words(&doc),
        ["5,3", "Prozent", ",", "1,2,3", "und", "7", ",", "8"]
    );
    assert_eq!(doc.tokens[0].kind, Tok::Num);
}

#[test]
fn paragraphs_split_at_line_breaks() {
    let doc = Doc::new("One two.\n\nThree.\r\nFour\n");
    assert_eq!(doc.paragraphs.len(), 3);
    assert_eq!(doc.sentences.len(), 3);
    assert_eq!(doc.tokens.last().unwrap().para, 2);
}

#[test]
fn a_dash_typed_as_hyphens_is_one_em_dash() {
    let text = "Lind -- an author --- said; the bar \u{2015} too; a-b - c";
    let doc = Doc::new(text);
    assert_eq!(
        words(&doc),
        [
            "Lind", "--", "an", "author", "---", "said", ";", "the", "bar", "\u{2015}", "too", ";",
            "a-b", "-", "c"
        ]
    );
    // The patterns read one spelling; the spans keep the text's own.
    let dashes: Vec<usize> = (0..doc.tokens.len())
        .filter(|&i| doc.tok(i) == "—")
        .collect();
    assert_eq!(dashes, [1, 4, 9]);
    assert_eq!(doc.tok(13), "-");
}

/// The tokens, paragraphs and hyphen and dash marks of `text` from the
/// tokenizer with or without its shortcut for plain ASCII words.
type Tokenized = (
    Vec<Token>,
    Vec<Range<usize>>,
    Vec<usize>,
    Vec<usize>,
    Vec<usize>,
);

fn tokenized(text: &str, fast: bool) -> Tokenized {
    let mut doc = Doc {
        text,
        ..Default::default()
    };
    doc.tokenize_with(fast);
    // The marks are every punctuation and quotation-mark token.
    let marks: Vec<usize> = (0..doc.tokens.len())
        .filter(|&i| matches!(doc.tokens[i].kind, Tok::Punct | Tok::Quote))
        .collect();
    assert_eq!(doc.marks, marks, "{text:?}");
    (
        doc.tokens,
        doc.paragraphs,
        doc.hyphenated,
        doc.other_dashes,
        doc.marks,
    )
}

#[test]
fn the_ascii_word_shortcut_gives_the_general_tokens() {
    let samples = [
        "U.S. officials, 1,140 of them, met in D.C. at 4.6 p.m. on Jan. 5.",
        "Rashwan’s 46-year-old co-founder said: “It’s over.” 20-date tour; a.b",
        "5,3 Prozent, 1,2,3 und 7, 8. PeÃ±a JosÃ© 3D 4x4 x2.5 A. B.C,d e-",
        "word-\nnext'\n'quoted' don't Q'S Holt's 1990s 12,abc 7.a 7.5. end",
        "ab.c a.b.c AB., x, 9, 9. Z",
        "Salon.com said. www.whitehouse.gov, ndr.de’s site.de Politico.comic it.org.",
        "\"Yes,\" (he) said -- and ~ ends; [x] {y} @z #1 $2 %3 &4 *5 +6 /7 <8> =9 ?! ^_`|\u{7F}",
        "“Done”—said Ada… 1990”s 7— x“y Hamas–run “’Tis” 5…6 a—b",
    ];
    for text in samples {
        assert_eq!(tokenized(text, true), tokenized(text, false), "{text}");
    }
    // Every short string over an alphabet of the marks the loop tests.
    let alphabet = [
        'a', 'B', '7', '-', '\'', '.', ',', ' ', '’', 'é', '\n', 's', '–', '"', '(', '\t',
        '\u{7F}', '”', '—', '…', '“',
    ];
    let mut text = String::new();
    for n in 0..alphabet.len().pow(4) {
        text.clear();
        let mut k = n;
        for _ in 0..4 {
            text.push(alphabet[k % alphabet.len()]);
            k /= alphabet.len();
        }
        assert_eq!(tokenized(&text, true), tokenized(&text, false), "{text:?}");
    }
}

#[test]
fn a_web_address_is_one_word() {
    let doc = Doc::new("Salon.com said it. See www.harbor-news.org, ndr.de’s page. It.Com ends.");
    assert_eq!(
        words(&doc),
        [
            "Salon.com",
            "said",
            "it",
            ".",
            "See",
            "www.harbor-news.org",
            ",",
            "ndr.de",
            "’s",
            "page",
            ".",
            "It",
            ".",
            "Com",
            "ends",
            "."
        ]
    );
    // A period before a lowercase word that is no domain still ends the word.
    assert_eq!(words(&Doc::new("Salon.comic"))[0], "Salon");
}
