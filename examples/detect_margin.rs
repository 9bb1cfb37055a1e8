//! How sure `Lang::detect` is by margin: every gold article cut to its first
//! 3..80 words, and for each margin (the winner's function words minus the
//! runner-up's) how many answers were right and wrong. The figures behind
//! `lang::detect::MIN_MARGIN`.
//!
//! cargo run --release --example detect_margin -- en=../shared/corpus/seed.jsonl de=../shared/corpus/german/dev.jsonl ...

use std::collections::BTreeMap;
use std::io::BufRead;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut arts: Vec<(String, [u8; 2])> = vec![];
    for arg in std::env::args().skip(1) {
        let Some((code, path)) = arg.split_once('=') else {
            eprintln!("detect_margin: {arg:?}: expected CODE=FILE.jsonl");
            return ExitCode::from(2);
        };
        let Ok(code) = <[u8; 2]>::try_from(code.as_bytes()) else {
            eprintln!("detect_margin: {code:?}: expected a two-letter code");
            return ExitCode::from(2);
        };
        let file = match std::fs::File::open(path) {
            Ok(f) => f,
            Err(e) => {
                eprintln!("detect_margin: {path}: {e}");
                return ExitCode::from(2);
            }
        };
        for (n, line) in std::io::BufReader::new(file).lines().enumerate() {
            let text = line
                .ok()
                .and_then(|l| serde_json::from_str::<serde_json::Value>(&l).ok())
                .and_then(|v| v["text"].as_str().map(str::to_string));
            match text {
                Some(t) => arts.push((t, code)),
                None => eprintln!("detect_margin: {path}: line {}: no \"text\"", n + 1),
            }
        }
    }
    let mut by_margin: BTreeMap<usize, (usize, usize)> = BTreeMap::new();
    let mut by_words: BTreeMap<usize, (usize, usize)> = BTreeMap::new();
    for n in 3..80 {
        for (text, code) in &arts {
            let cut = text
                .split_whitespace()
                .take(n)
                .collect::<Vec<_>>()
                .join(" ");
            let d = whosaid::lang::detect::detect(&cut);
            let right = d.code == Some(*code);
            for e in [
                by_margin.entry(d.hits - d.runner_up).or_default(),
                by_words.entry(n / 10 * 10).or_default(),
            ] {
                if right {
                    e.0 += 1;
                } else {
                    e.1 += 1;
                }
            }
        }
    }
    for (m, (r, w)) in by_margin.iter().take(10) {
        println!("margin {m:2}: right {r:6}  wrong {w:5}");
    }
    for (n, (r, w)) in &by_words {
        println!("{n:2}-{:2} words: right {r:6}  wrong {w:5}", n + 9);
    }
    ExitCode::SUCCESS
}
