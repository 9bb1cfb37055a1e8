//! Tests of the page input reader (json.rs): against serde_json.

use super::super::input::serde_reference;
use super::*;

/// The reader and serde_json (with the old mending of lone surrogates)
/// agree on `text`: the same input, or both an error.
fn agree(text: &str) {
    let ours = page_input(text);
    let theirs = serde_reference(text);
    match (&ours, &theirs) {
        (Ok(a), Ok(b)) => assert_eq!(a, b, "{text}"),
        (Err(_), Err(_)) => {}
        _ => panic!("{text:?}: ours {ours:?}, serde_json {theirs:?}"),
    }
}

#[test]
fn reads_the_fixture_pages_as_serde_json_does() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/pages");
    let mut read = 0;
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        if entry.path().extension().is_some_and(|x| x == "json") {
            let text = std::fs::read_to_string(entry.path()).unwrap();
            assert!(page_input(&text).is_ok());
            agree(&text);
            read += 1;
        }
    }
    assert!(read >= 5);
}

const GOOD: &str = r#" {"skip": {"a": [1, -2.5e3, "x\"", {}, [], true, null]},
    "elements": [ {"parent": -1, "tag": "article", "attrs": "story", "hidden": false, "x": [[]]},
                  {"tag": "p", "parent": 0, "hidden": true},
                  {"parent": -9223372036854775808, "tag": "p\u00e9\ud83d\ude00\n\t\/\\\b\f\r"} ],
    "nodes": [ {"text": "Diaa \ud800 b \udc00 \ud800\u0041 \ud800\ud800\udc00", "parent": 1},
               {"parent": 9223372036854775807, "text": "", "more": "\ud800"} ] } "#;

#[test]
fn good_inputs_read_as_serde_json_reads_them() {
    agree(GOOD);
    let input = page_input(GOOD).unwrap();
    assert_eq!(input.elements.len(), 3);
    assert_eq!(input.elements[1].attrs, "");
    assert!(input.elements[1].hidden);
    assert_eq!(
        input.nodes[0].text,
        "Diaa \u{fffd} b \u{fffd} \u{fffd}A \u{fffd}\u{10000}"
    );
    for text in [
        r#"{"elements":[],"nodes":[]}"#,
        r#"{"nodes":[],"elements":[]}"#,
        r#"{"elements":[{"parent":0,"tag":""}],"nodes":[],"elements2":{}}"#,
        r#"{"el\u0065ments":[],"nodes":[]}"#,
        "{\"elements\":[],\"nodes\":[],\"x\":\"\u{7f}é😀\"}",
    ] {
        assert!(page_input(text).is_ok(), "{text}");
        agree(text);
    }
}

#[test]
fn bad_inputs_fail_as_with_serde_json() {
    for text in [
        "",
        "nope",
        "{",
        "[]",
        "null",
        r#"{"nodes":[]}"#,
        r#"{"elements":[]}"#,
        r#"{"elements":[],"nodes":[],"nodes":[]}"#,
        r#"{"elements":[],"nodes":[]} x"#,
        r#"{"elements":[],"nodes":[],}"#,
        r#"{"elements":[,],"nodes":[]}"#,
        r#"{"elements":[{"parent":0}],"nodes":[]}"#,
        r#"{"elements":[{"parent":0.5,"tag":"p"}],"nodes":[]}"#,
        r#"{"elements":[{"parent":1e2,"tag":"p"}],"nodes":[]}"#,
        r#"{"elements":[{"parent":01,"tag":"p"}],"nodes":[]}"#,
        r#"{"elements":[{"parent":-0,"tag":"p"}],"nodes":[]}"#,
        r#"{"elements":[{"parent":-,"tag":"p"}],"nodes":[]}"#,
        r#"{"elements":[{"parent":9223372036854775808,"tag":"p"}],"nodes":[]}"#,
        r#"{"elements":[{"parent":"0","tag":"p"}],"nodes":[]}"#,
        r#"{"elements":[{"parent":0,"tag":7}],"nodes":[]}"#,
        r#"{"elements":[{"parent":0,"tag":"p","attrs":null}],"nodes":[]}"#,
        r#"{"elements":[{"parent":0,"tag":"p","hidden":0}],"nodes":[]}"#,
        r#"{"elements":[{"parent":0,"tag":"p","hidden":tru}],"nodes":[]}"#,
        r#"{"elements":[{"parent":0,"tag":"p","tag":"q"}],"nodes":[]}"#,
        r#"{"elements":5,"nodes":[]}"#,
        r#"{"elements":[],"nodes":[{"text":7,"parent":0}]}"#,
        r#"{"elements":[],"nodes":[{"text":"x"}]}"#,
        r#"{"elements":[],"nodes":[{"text":"\x","parent":0}]}"#,
        r#"{"elements":[],"nodes":[{"text":"\uzzzz","parent":0}]}"#,
        r#"{"elements":[],"nodes":[{"text":"\ud8","parent":0}]}"#,
        "{\"elements\":[],\"nodes\":[{\"text\":\"a\u{1}b\",\"parent\":0}]}",
        r#"{"elements":[],"nodes":[],"x":[1,]}"#,
        r#"{"elements":[],"nodes":[],"x":{"a":1,}}"#,
        r#"{"elements":[],"nodes":[],"x":{"a" 1}}"#,
        r#"{"elements":[],"nodes":[],"x":{1:1}}"#,
        r#"{"elements":[],"nodes":[],"x":[1 2]}"#,
        r#"{"elements":[],"nodes":[],"x":nul}"#,
        r#"{"elements":[],"nodes":[],"x":1.}"#,
        r#"{"elements":[],"nodes":[],"x":1e}"#,
        r#"{"elements":[],"nodes":[],"x":"\q"}"#,
        r#"{"elements" [],"nodes":[]}"#,
        r#"{elements:[],"nodes":[]}"#,
    ] {
        assert!(page_input(text).is_err(), "{text}");
        agree(text);
    }
}

#[test]
fn messages_say_what_and_where() {
    let e = page_input(r#"{"elements": [], "nodes": [{"text": "x"}]}"#).unwrap_err();
    assert!(
        e.to_string()
            .starts_with("missing field `parent` at line 1 column"),
        "{e}"
    );
    let text = "{\n\"elements\": 5}";
    let e = page_input(text).unwrap_err().to_string();
    assert_eq!(e, serde_reference(text).unwrap_err().to_string());

    let e = page_input(r#"{"elements":[{"parent":0.5,"tag":"p"}],"nodes":[]}"#).unwrap_err();
    assert!(
        e.to_string()
            .starts_with("invalid type: floating point `0.5`, expected i64"),
        "{e}"
    );
    // The same words and places as serde_json's.
    for text in [
        "nope",
        r#"{"elements":[{"parent":0.5,"tag":"p"}],"nodes":[]}"#,
        r#"{"elements":[],"nodes":[],"x":[tru]}"#,
        r#"{"elements":[],"nodes":[],"x":nul"#,
    ] {
        let ours = page_input(text).unwrap_err().to_string();
        assert_eq!(ours, serde_reference(text).unwrap_err().to_string());
    }
    assert!(page_input("{").unwrap_err().is_eof());
    assert!(!page_input("nope").unwrap_err().is_eof());
    let deep = format!(r#"{{"x":{}{}}}"#, "[".repeat(200), "]".repeat(200));
    assert!(page_input(&deep)
        .unwrap_err()
        .to_string()
        .contains("recursion limit"));
}

/// Every one-byte edit of a good input (a byte left out, or one of
/// JSON's own characters put in) is read alike by both readers.
#[test]
fn every_small_edit_reads_as_with_serde_json() {
    let base = r#"{"elements":[{"parent":-1,"tag":"p","attrs":"a b","hidden":false,"z":[1.5,{"q":null}]}],"nodes":[{"text":"x\u00e9\ud83d\ude00y\"","parent":0}]}"#;
    let inserts = [
        "\"", "\\", ",", ":", "{", "}", "[", "]", " ", "0", "1", "-", ".", "e", "+", "u", "\\u",
        "\\ud800", "\\udc00", "n", "t", "f", "null", "true", "x", "é", "\u{1}",
    ];
    for i in 0..=base.len() {
        if !base.is_char_boundary(i) {
            continue;
        }
        if i < base.len() {
            let mut cut = base.to_string();
            cut.remove(i);
            agree(&cut);
        }
        for s in inserts {
            let mut edited = base.to_string();
            edited.insert_str(i, s);
            agree(&edited);
        }
    }
}
