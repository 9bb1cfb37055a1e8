//! The `whosaid` command line: marked text, --json, --jsonl and bad input.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_whosaid"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs");
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

const ARTICLE: &str = "The mayor defended the plan on Monday.\n\n“We will rebuild the bridge by spring,” Mayor Ana Ruiz said. “Nobody will pay more.”\n\nThe council’s finance chair, Tom Eld, said the cost had doubled.\n";

#[test]
fn marks_sources_cues_and_claims_then_prints_the_ledger() {
    let out = run(&["-"], ARTICLE.as_bytes());
    assert!(out.status.success());
    let s = String::from_utf8(out.stdout).unwrap();
    assert!(s.contains("[[Mayor Ana Ruiz]] <<said>>"), "{s}");
    assert!(s.contains("{We will rebuild the bridge by spring}"), "{s}");
    assert!(s.contains("== Sources (2) =="), "{s}");
    assert!(s.contains("Ana Ruiz (named person)"), "{s}");
}

#[test]
fn json_uses_code_points() {
    let dir = std::env::temp_dir().join(format!("whosaid-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("a.txt");
    std::fs::write(&path, ARTICLE).unwrap();
    let out = run(&["--json", path.to_str().unwrap()], b"");
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let a = &v["attributions"][0];
    let cue = a["cue"].as_array().unwrap();
    let chars: Vec<char> = ARTICLE.chars().collect();
    let (s, e) = (
        cue[0].as_u64().unwrap() as usize,
        cue[1].as_u64().unwrap() as usize,
    );
    assert_eq!(chars[s..e].iter().collect::<String>(), "said");
    assert_eq!(a["source_text"], "Mayor Ana Ruiz");
    assert_eq!(v["speakers"][0]["kind"], "person");
}

#[test]
fn jsonl_keeps_order_reports_bad_lines_and_exits_2() {
    let mut input = Vec::new();
    for i in 0..40 {
        input.extend(
            format!(
                "{{\"id\": \"a{i}\", \"text\": {}}}\n",
                serde_json::to_string(ARTICLE).unwrap()
            )
            .bytes(),
        );
        if i == 5 {
            input.extend(b"this is not json\n");
        }
        if i == 9 {
            input.extend(b"{\"id\": \"no-text\"}\n");
        }
        if i == 13 {
            input.extend(b"{\"id\": \"bad\", \"text\": \"\xff\xfe\"}\n");
        }
    }
    let out = run(&["--jsonl"], &input);
    assert_eq!(out.status.code(), Some(2));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let ids: Vec<String> = stdout
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["id"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    let want: Vec<String> = (0..40).map(|i| format!("a{i}")).collect();
    assert_eq!(ids, want, "every good line, in input order");
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("line 7: not JSON"), "{err}");
    assert!(err.contains("line 12: missing field \"text\""), "{err}");
    assert!(err.contains("line 17: not valid UTF-8"), "{err}");
    let first: serde_json::Value = serde_json::from_str(stdout.lines().next().unwrap()).unwrap();
    assert!(first["attributions"].as_array().unwrap().len() >= 2);
}

#[test]
fn unreadable_file_is_a_clear_error() {
    let out = run(&["/nonexistent/whosaid/article.txt"], b"");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("/nonexistent/whosaid/article.txt: cannot read"),
        "{err}"
    );
}

#[test]
fn invalid_utf8_file_is_a_clear_error() {
    let out = run(&["-"], b"caf\xe9 said");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8(out.stderr)
        .unwrap()
        .contains("not valid UTF-8"));
}

#[test]
fn jsonl_records_carry_their_language_and_lang_picks_it() {
    let line = |lang: &str| {
        format!(
            "{{\"id\": \"x\", {lang}\"text\": {}}}\n",
            serde_json::to_string(ARTICLE).unwrap()
        )
    };
    let input = [
        line(""),
        line("\"lang\": \"fr\", "),
        line("\"lang\": \"EN\", "),
    ]
    .concat();
    let out = run(&["--jsonl"], input.as_bytes());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let recs: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(recs.len(), 3);
    assert_eq!(
        (&recs[0]["lang"], &recs[0]["note"]),
        (&"en".into(), &serde_json::Value::Null)
    );
    assert_eq!(recs[1]["lang"], "fr", "a line's own lang overrides --lang");
    assert!(recs[1]["attributions"].as_array().unwrap().is_empty());
    assert!(recs[1]["note"]
        .as_str()
        .unwrap()
        .contains("This article is in French: whosaid reads English and German."));
    assert_eq!(recs[2]["lang"], "en");
    assert!(!recs[2]["attributions"].as_array().unwrap().is_empty());
    let all_de = run(&["--jsonl", "--lang", "de"], line("").as_bytes());
    assert!(String::from_utf8(all_de.stdout)
        .unwrap()
        .contains("\"lang\":\"de\""));
    let bad = run(&["--jsonl"], line("\"lang\": \"english\", ").as_bytes());
    assert_eq!(bad.status.code(), Some(2));
    let err = String::from_utf8(bad.stderr).unwrap();
    assert!(
        err.contains("line 1: \"lang\": lang must be \"auto\" or a two-letter"),
        "{err}"
    );
    let usage = run(&["--lang", "xyz", "-"], b"");
    assert_eq!(usage.status.code(), Some(2));
    assert!(String::from_utf8(usage.stderr)
        .unwrap()
        .contains("--lang: lang must be"));
}

#[test]
fn jsonl_reads_the_last_of_each_field_and_skips_the_others() {
    let text = serde_json::to_string(ARTICLE).unwrap();
    let input = format!(
        "{{\"id\": \"x\", \"gold\": {{\"spans\": [[1, 2], {{\"k\": null}}], \"n\": 3.5}}, \
         \"text\": \"Nobody spoke.\", \"te\\u0078t\": {text}, \"id\": 9}}\n\
         [\"not\", \"an\", \"object\"]\n"
    );
    let out = run(&["--jsonl"], input.as_bytes());
    assert_eq!(out.status.code(), Some(2));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let rec: serde_json::Value = serde_json::from_str(stdout.lines().next().unwrap()).unwrap();
    assert_eq!(rec["id"], "9", "the last \"id\", a number, as text");
    assert!(
        rec["attributions"].as_array().unwrap().len() >= 2,
        "the last \"text\" (its key escaped) is the one read: {rec}"
    );
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("line 2: missing field \"id\""), "{err}");
}
