//! The core never panics, every span sits on char boundaries inside the
//! text, and the output is deterministic: random Unicode, random quotation
//! marks, and large or pathological inputs.

use proptest::prelude::*;
use whosaid::{analyze, Analysis};

fn check(text: &str, a: &Analysis) {
    assert_eq!(a.problem(text), None);
}

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("said".to_string()),
        Just(" told ".to_string()),
        Just("according to ".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("‘".to_string()),
        Just("’".to_string()),
        Just("\"".to_string()),
        Just("'".to_string()),
        Just("«".to_string()),
        Just("»".to_string()),
        Just(", ".to_string()),
        Just(". ".to_string()),
        Just("\n\n".to_string()),
        Just("\r\n".to_string()),
        Just("The official ".to_string()),
        Just("Mr. Obama ".to_string()),
        Just(" he ".to_string()),
        Just(" who ".to_string()),
        Just("’s ".to_string()),
        Just("\u{00A0}".to_string()),
        Just("\u{00AD}".to_string()),
        Just("e\u{301}".to_string()),
        Just("👩‍👩‍👧".to_string()),
        Just("שלום ".to_string()),
        Just("مرحبا ".to_string()),
        any::<String>(),
        "[a-zA-Z ]{1,12}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn spans_are_valid_and_output_deterministic(parts in prop::collection::vec(piece(), 0..80)) {
        let text: String = parts.concat();
        let a = analyze(&text);
        check(&text, &a);
        prop_assert_eq!(a, analyze(&text));
    }

    #[test]
    fn arbitrary_unicode_never_panics(text in any::<String>()) {
        let a = analyze(&text);
        check(&text, &a);
    }
}

fn article() -> String {
    "“We will not leave until the water is safe,” said Maria Lopez, a resident. \
     The utility said it had fixed the pipe. According to the ministry, 40 homes were affected.\n\n\
     She told reporters that “nobody listened”, and the company’s statement said repairs were done.\n\n"
        .to_string()
}

#[test]
fn one_megabyte_article() {
    let text = article().repeat(1_000_000 / article().len() + 1);
    let a = analyze(&text);
    check(&text, &a);
    assert!(a.attributions.len() > 3000, "{}", a.attributions.len());
}

#[test]
fn five_megabytes_of_quotation_marks() {
    let text = "“”‘’\"«»'".repeat(5_000_000 / 20);
    let a = analyze(&text);
    check(&text, &a);
}

#[test]
fn a_hundred_thousand_saids() {
    let text = "said ".repeat(100_000);
    let a = analyze(&text);
    check(&text, &a);
    assert!(a.attributions.is_empty());
}

#[test]
fn one_megabyte_paragraph_without_punctuation() {
    let text = "the official said the plan would work and he told them it was fine ".repeat(15_000);
    let a = analyze(&text);
    check(&text, &a);
}

#[test]
fn unbalanced_marks_do_not_swallow_the_article() {
    let mut text = String::from("He called it “a disgrace.\n\n");
    text.push_str(&"The mayor said the bridge would reopen in May.\n\n".repeat(20));
    let a = analyze(&text);
    assert_eq!(
        a.attributions.iter().filter(|x| x.cue.is_some()).count(),
        20
    );
    assert!(a
        .attributions
        .iter()
        .all(|x| x.content.iter().all(|c| c.len() < 100)));
}
