//! Throughput of the engine (not a timed test): MB/s on the seed article,
//! on written-dev, German dev (through the German pack), and on a 1 MB article assembled from them, plus a 10×
//! size step to check that time grows linearly.
//!
//! `cargo bench --bench throughput` (needs ../shared/corpus; otherwise it
//! uses the project's own sample articles in www/samples).

use std::time::{Duration, Instant};

fn texts_from_jsonl(path: &str) -> Vec<String> {
    let Ok(data) = std::fs::read_to_string(path) else {
        return Vec::new();
    };
    data.lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v.get("text").and_then(|t| t.as_str()).map(str::to_string))
        .collect()
}

fn own_samples() -> Vec<String> {
    let mut out = Vec::new();
    if let Ok(dir) = std::fs::read_dir("www/samples") {
        for e in dir.flatten() {
            if e.path().extension().is_some_and(|x| x == "txt") {
                if let Ok(t) = std::fs::read_to_string(e.path()) {
                    out.push(t);
                }
            }
        }
    }
    out
}

/// Seconds per pass of `f` over `texts`: the median and the fastest of
/// seven rounds, each at least `min / 7` long. On a shared machine other
/// work slows single rounds (never speeds them up), so the fastest round is
/// the code's own cost and the median what a busy machine gives.
fn round_secs(texts: &[String], min: Duration, f: &dyn Fn(&str)) -> (f64, f64) {
    let mut rounds: Vec<f64> = (0..7)
        .map(|_| {
            let start = Instant::now();
            let mut passes = 0u32;
            while start.elapsed() < min / 7 || passes == 0 {
                for t in texts {
                    f(std::hint::black_box(t));
                }
                passes += 1;
            }
            start.elapsed().as_secs_f64() / f64::from(passes)
        })
        .collect();
    rounds.sort_by(f64::total_cmp);
    (rounds[3], rounds[0])
}

/// The engine's speed over `texts`, from seven rounds.
struct Speed {
    /// MB/s of the median and of the fastest round.
    median: f64,
    best: f64,
    /// Seconds per pass, median and fastest.
    secs: (f64, f64),
}

impl std::fmt::Display for Speed {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(
            f,
            "{:8.1} MB/s median, {:6.1} fastest",
            self.median, self.best
        )
    }
}

fn measure(texts: &[String], min: Duration) -> Speed {
    measure_in(texts, min, *b"en")
}

/// [`measure`] in the language `code` (`whosaid::analyze_with`).
fn measure_in(texts: &[String], min: Duration, code: [u8; 2]) -> Speed {
    let bytes = texts.iter().map(String::len).sum::<usize>() as f64 / 1e6;
    let (median, best) = round_secs(texts, min, &|t| {
        std::hint::black_box(whosaid::analyze_with(t, code));
    });
    Speed {
        median: bytes / median,
        best: bytes / best,
        secs: (median, best),
    }
}

/// The speed of the CLI's default over `texts`: each text's language
/// detected, then read in it (`export::read` with `Lang::Auto`).
fn measure_read(texts: &[String], min: Duration) -> Speed {
    use whosaid::export::{read, Lang};
    let bytes = texts.iter().map(String::len).sum::<usize>() as f64 / 1e6;
    let (median, best) = round_secs(texts, min, &|t| {
        std::hint::black_box(read(t, Lang::Auto));
    });
    Speed {
        median: bytes / median,
        best: bytes / best,
        secs: (median, best),
    }
}

/// WHOSAID_PHASES=1: the cumulative time of the pipeline's first stages on
/// written-dev (tokens, + quotations, + word lists, + cues, whole run), to
/// see where the time goes.
fn phases(texts: &[String], min: Duration) {
    use whosaid::{patterns::Ctx, quotes, text::Doc};
    let bytes: usize = texts.iter().map(String::len).sum();
    let run = |name: &str, f: &dyn Fn(&str)| {
        let (secs, _) = round_secs(texts, min, f);
        println!("  {name:<28} {:>7.1} ns/byte", secs * 1e9 / bytes as f64);
    };
    run("tokens + sentences", &|t| {
        std::hint::black_box(Doc::new(t));
    });
    run("+ quotations", &|t| {
        let d = Doc::new(t);
        std::hint::black_box(quotes::find(&d));
    });
    run("+ word lists", &|t| {
        let d = Doc::new(t);
        let q = quotes::find(&d);
        std::hint::black_box(Ctx::new(&d, &q).len());
    });
    run("+ cues", &|t| {
        let d = Doc::new(t);
        let q = quotes::find(&d);
        let c = Ctx::new(&d, &q);
        std::hint::black_box(c.find_cues());
    });
    run("+ frames", &|t| {
        let d = Doc::new(t);
        let q = quotes::find(&d);
        let c = Ctx::new(&d, &q);
        std::hint::black_box(whosaid::engine::frames(&c));
    });
    run("+ speakers", &|t| {
        let d = Doc::new(t);
        let q = quotes::find(&d);
        let c = Ctx::new(&d, &q);
        let (f, _) = whosaid::engine::frames(&c);
        std::hint::black_box(whosaid::speakers::resolve(&c, &f));
    });
    run("whole analysis", &|t| {
        std::hint::black_box(whosaid::analyze(t));
    });
}

fn assemble(parts: &[String], size: usize) -> String {
    let mut out = String::with_capacity(size + 10_000);
    'outer: loop {
        for p in parts {
            if out.len() >= size {
                break 'outer;
            }
            out.push_str(p);
            out.push_str("\n\n");
        }
        if parts.is_empty() {
            break;
        }
    }
    out
}

fn main() {
    let shared = std::env::var("WHOSAID_SHARED").unwrap_or_else(|_| "../shared".into());
    let mut seed = texts_from_jsonl(&format!("{shared}/corpus/seed.jsonl"));
    let mut dev = texts_from_jsonl(&format!("{shared}/corpus/written-dev.jsonl"));
    if seed.is_empty() || dev.is_empty() {
        eprintln!("(../shared/corpus not found: using www/samples)");
        seed = own_samples().into_iter().take(1).collect();
        dev = own_samples();
    }
    // WHOSAID_PROFILE=1: analyse the assembled 1 MB article once and stop
    // (WHOSAID_PROFILE_BYTES: another size, to compare growth);
    // WHOSAID_PROFILE=dev: written-dev ten times (WHOSAID_PASSES) (for callgrind / perf; not
    // a measurement).
    if let Some(which) = std::env::var_os("WHOSAID_PROFILE") {
        if which == "dev" {
            let passes: usize = std::env::var("WHOSAID_PASSES")
                .ok()
                .and_then(|p| p.parse().ok())
                .unwrap_or(10);
            for t in dev.iter().cycle().take(dev.len() * passes) {
                std::hint::black_box(whosaid::analyze(t));
            }
            return;
        }
        // WHOSAID_PROFILE=dev-auto: the same through the CLI's default,
        // the language detected first (`export::read`, `Lang::Auto`).
        if which == "dev-auto" {
            let passes: usize = std::env::var("WHOSAID_PASSES")
                .ok()
                .and_then(|p| p.parse().ok())
                .unwrap_or(10);
            for t in dev.iter().cycle().take(dev.len() * passes) {
                std::hint::black_box(whosaid::export::read(t, whosaid::export::Lang::Auto));
            }
            return;
        }
        let mut all = seed.clone();
        all.extend(dev.iter().cloned());
        let size = std::env::var("WHOSAID_PROFILE_BYTES")
            .ok()
            .and_then(|p| p.parse().ok())
            .unwrap_or(1_000_000);
        let text = assemble(&all, size);
        std::hint::black_box(whosaid::analyze(&text));
        return;
    }
    let min = Duration::from_millis(1500);
    if std::env::var_os("WHOSAID_PHASES").is_some() {
        phases(&dev, min);
        return;
    }
    let mut all = seed.clone();
    all.extend(dev.iter().cloned());
    let one_mb = assemble(&all, 1_000_000);
    let tenth = assemble(&all, 100_000);
    println!("whosaid throughput, one core, release build");
    let speed = measure(&seed, min);
    println!(
        "  seed article ({:>7} bytes)                {speed}",
        seed.iter().map(String::len).sum::<usize>()
    );
    let speed = measure(&dev, min);
    println!(
        "  written-dev ({:>2} articles, {:>7} bytes)   {speed}",
        dev.len(),
        dev.iter().map(String::len).sum::<usize>()
    );
    // What the CLI does by default (`--lang auto`): the language detected
    // from the text, then read in it (`export::read`).
    let auto = measure_read(&dev, min);
    println!(
        "  written-dev, language detected              {auto}  ({:.1}% of written-dev's median; the quality issue's target is >= 50 MB/s on this line)",
        100.0 * auto.median / speed.median
    );
    let german = texts_from_jsonl(&format!("{shared}/corpus/german/dev.jsonl"));
    if !german.is_empty() {
        let de = measure_in(&german, min, *b"de");
        println!(
            "  German dev ({:>3} articles, {:>7} bytes)   {de}  ({:.0}% of written-dev's median; target >= 80%)",
            german.len(),
            german.iter().map(String::len).sum::<usize>(),
            100.0 * de.median / speed.median
        );
    }
    let small = measure(std::slice::from_ref(&tenth), min);
    let big = measure(std::slice::from_ref(&one_mb), min);
    println!("  assembled 100 KB article                    {small}");
    println!("  assembled 1 MB article                      {big}");
    println!(
        "  growth: 10x the text took {:.2}x the time (medians; fastest rounds {:.2}x; linear is 10x, target <= 11x)",
        big.secs.0 / small.secs.0,
        big.secs.1 / small.secs.1
    );
    println!("pathological inputs (time for one run, and per MB)");
    let cases: [(&str, String); 4] = [
        (
            "5 MB of quotation marks",
            "“”‘’\"«»'".repeat(5_000_000 / 20),
        ),
        ("100,000 'said'", "said ".repeat(100_000)),
        (
            "1 MB paragraph, no punctuation",
            "the official said the plan would work and he told them it was fine ".repeat(15_000),
        ),
        (
            "1 MB of one-line quotes",
            "“We will not leave,” she said. ".repeat(32_000),
        ),
    ];
    for (name, text) in &cases {
        let start = Instant::now();
        std::hint::black_box(whosaid::analyze(text));
        let secs = start.elapsed().as_secs_f64();
        println!(
            "  {name:<34} {:>8.1} ms  {:>8.1} ms/MB",
            secs * 1e3,
            secs * 1e3 / (text.len() as f64 / 1e6)
        );
    }
}
