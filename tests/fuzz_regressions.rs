//! Failures found by fuzzing (fuzz/, fuzz/regressions/), reproduced without
//! the fuzzer.

use std::time::{Duration, Instant};

use whosaid::analyze;

/// `unit` repeated to about `small_bytes`, and eight times that: the larger
/// must take under 14× the time of the smaller (+100 ms), where a quadratic
/// takes ~64×.
///
/// A machine under load can stall one run (seen in full test runs beside
/// browser tests): the pair is measured again, up to three times, before the
/// test fails. Quadratic work fails every time; the bound itself is unchanged.
fn assert_linear(unit: &str, small_bytes: usize) {
    let small = unit.repeat(small_bytes / unit.len());
    let big = unit.repeat(8 * small_bytes / unit.len());
    let mut tries = Vec::new();
    for _ in 0..3 {
        let (small_time, big_time) = (best_time(&small, 3), best_time(&big, 1));
        if big_time < small_time * 14 + Duration::from_millis(100) {
            return;
        }
        tries.push((small_time, big_time));
    }
    panic!(
        "not linear: {} bytes against {} bytes took (small, big) {tries:?}",
        small.len(),
        big.len()
    );
}

/// Best of `runs` runs, against timing noise.
fn best_time(text: &str, runs: usize) -> Duration {
    (0..runs)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(analyze(text));
            t.elapsed()
        })
        .min()
        .unwrap()
}

/// fuzz/regressions/quotes/quadratic-one-speaker-many-mentions: the `quotes`
/// corpus unit "“according to X", repeated into one long paragraph. Every
/// repetition is a frame whose source is the same speaker, and
/// `speakers::resolve` checks each new mention against all of that
/// speaker's mentions so far (`Vec::contains` on `mentions`): O(n²) in the
/// number of mentions. Release build: 1 MB took 1.3 s and 2 MB 4.9 s (4×
/// per doubling); the page path allows 2 MB. Debug build (this test): 64 KB
/// 0.14 s, 512 KB 3.3 s before 116f441 (a new mention is compared with the
/// last one only).
///
/// Eight times the text must take about eight times as long, not 64 (the
/// bound leaves room for noise and allocation; the quadratic gives ~22×).
#[test]
fn one_speaker_mentioned_in_every_sentence_is_linear() {
    assert_linear("“according to X", 64 * 1024);
}

/// fuzz/regressions/engine/quadratic-capitalised-cues: "Said " repeated
/// into one paragraph (the engine corpus unit next to it, "…]Said, citi.[they…",
/// scaled up, showed it first). Every capitalised cue asks
/// `Ctx::title_case_paragraph` (src/patterns/cue.rs) whether its paragraph
/// is a title-case headline, which collects every word of the paragraph
/// before checking that there are at most 30: O(paragraph) per cue, O(n²)
/// in all. Release build: 128 KB 1.0 s, 256 KB 3.5 s, 512 KB 13.3 s; debug
/// build (8 KB vs 64 KB): 0.14 s vs 6.8 s. Fixed in 338ff6d.
#[test]
fn capitalised_cues_in_one_long_paragraph_are_linear() {
    assert_linear("Said ", 4 * 1024);
}

/// fuzz/regressions/engine/quadratic-unresolved-pronoun-sources: "“Yes,” said
/// it. " repeated into one paragraph (the engine corpus unit next to it, "…
/// She called it  said she w~masterMolled it …", scaled up, showed it
/// first). Each pronoun source goes through `Resolver::resolve_pronoun`
/// (src/speakers/pronouns.rs), whose `recent` walks every earlier sighting in
/// `by_seen` back to the start when no speaker fits the pronoun: O(n) per
/// pronoun, O(n²) in all. Release build: 128 KB 0.10 s, 512 KB 1.3 s, 1 MB
/// about 2.6 s ("Ann left. “Yes,” said it. ").
#[test]
fn pronoun_sources_with_no_antecedent_are_linear() {
    assert_linear("“Yes,” said it. ", 8 * 1024);
}
