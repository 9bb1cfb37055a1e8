//! The cue lexicon covers the 100 most frequent in-scope cues of PolNeAR
//! train (read from ../shared when it is there; the corpus is not ours to
//! copy into the project, so the test reads it in place).

use std::collections::HashMap;

fn chars(text: &str, span: &serde_json::Value) -> Option<String> {
    let s = span.get(0)?.as_u64()? as usize;
    let e = span.get(1)?.as_u64()? as usize;
    Some(
        text.chars()
            .skip(s)
            .take(e - s)
            .collect::<String>()
            .to_lowercase(),
    )
}

#[test]
fn top_100_polnear_cues_are_in_the_lexicon() {
    let path = std::env::var("WHOSAID_SHARED").unwrap_or_else(|_| "../shared".into())
        + "/corpus/polnear/train.jsonl";
    let Ok(data) = std::fs::read_to_string(&path) else {
        eprintln!("{path} not found: nothing to check against (the project's own tests still run)");
        return;
    };
    let mut counts: HashMap<String, usize> = HashMap::new();
    for line in data.lines() {
        let v: serde_json::Value = serde_json::from_str(line).expect("PolNeAR line is JSON");
        let text = v["text"].as_str().unwrap_or_default();
        for a in v["attributions"].as_array().into_iter().flatten() {
            if a.get("optional").and_then(|o| o.as_bool()).unwrap_or(false) {
                continue;
            }
            if let Some(cue) = chars(text, &a["cue"]) {
                *counts.entry(cue).or_default() += 1;
            }
        }
    }
    let mut top: Vec<(String, usize)> = counts.into_iter().collect();
    top.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    assert!(top.len() >= 100);
    let lex = whosaid::lexicon::Lexicon::get();
    let phrasal: Vec<String> = lex.phrasal.iter().map(|p| p.join(" ")).collect();
    let missing: Vec<&(String, usize)> = top[..100]
        .iter()
        .filter(|(cue, _)| {
            let cue = cue.trim_end_matches(':').trim();
            // ":" alone is the headline pattern's cue.
            !(cue.is_empty()
                || phrasal.iter().any(|p| cue.contains(p.as_str()))
                || cue
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|w| lex.cue(w).is_some()))
        })
        .collect();
    assert!(
        missing.is_empty(),
        "cues not in src/lang/en/cues.txt: {missing:?}"
    );
}
