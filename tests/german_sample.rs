//! The German sample article (www/samples/strassenbahn-lindenau.txt, written
//! for the project) against its hand-made expected attributions
//! (tests/fixtures/german-sample-gold.json): every one found with its spans,
//! read as German by detection, and nothing else with a cue.

use whosaid::export::{analyze_record, Lang};

#[test]
fn the_german_sample_gives_its_expected_attributions() {
    let root = env!("CARGO_MANIFEST_DIR");
    let text = std::fs::read_to_string(format!("{root}/www/samples/strassenbahn-lindenau.txt"))
        .expect("the German sample");
    let text = text.trim_end_matches('\n');
    let gold: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(format!("{root}/tests/fixtures/german-sample-gold.json"))
            .expect("the German sample's gold"),
    )
    .expect("gold JSON");
    let rec = analyze_record("de-sample", text, Lang::Auto);
    assert_eq!(rec.lang, "de");
    let got = serde_json::to_value(&rec).expect("record JSON");
    let preds: Vec<&serde_json::Value> = got["attributions"]
        .as_array()
        .expect("attributions")
        .iter()
        .filter(|a| !a["cue"].is_null())
        .collect();
    let want = gold["attributions"].as_array().expect("gold attributions");
    for g in want {
        let found = preds.iter().any(|p| {
            p["cue"] == g["cue"] && p["source"] == g["source"] && p["content"] == g["content"]
        });
        assert!(found, "missing {}", g["as_text"]);
    }
    assert_eq!(preds.len(), want.len(), "extra attributions: {preds:#?}");
}
