//! Parses each language's word lists in `src/lang/CODE/*.txt` (the source of
//! truth) with the library's own parsing code (`src/lexicon/parse.rs`, over the
//! types of `src/lexicon/words.rs`) and
//! writes the finished word table, packed (`words::Packed`), as static data to
//! `$OUT_DIR/lexicon_CODE.rs`, which `src/lexicon.rs` includes: the engine
//! starts with its tables built, to be unpacked on first use. A language is
//! one entry of `LANGS`.
//!
//! The patterns' own lists (every `src/lang/CODE/*.txt`, and the language
//! detector's `src/lang/detect/*.txt`) are copied to
//! `$OUT_DIR/lists/CODE/` without their comments and blank lines, so the
//! engine compiles in the words and not the notes on them
//! (`lexicon::list_text!`).

#[path = "src/lexicon/words.rs"]
#[allow(dead_code)]
mod words;

#[path = "src/lexicon/parse.rs"]
#[allow(dead_code)]
mod parse;

#[path = "src/lexicon/list.rs"]
#[allow(dead_code, unused_imports, unused_macros)]
mod list;

use parse::Lists;
use std::fmt::Write as _;
use std::path::Path;
use words::WordId;

/// The languages with word lists, each a folder `src/lang/CODE/`.
const LANGS: &[&str] = &["en", "de"];

fn main() {
    println!("cargo:rerun-if-changed=src/lexicon/words.rs");
    println!("cargo:rerun-if-changed=src/lexicon/words/packed.rs");
    println!("cargo:rerun-if-changed=src/lexicon/words/hash.rs");
    println!("cargo:rerun-if-changed=src/lexicon/parse.rs");
    println!("cargo:rerun-if-changed=src/lexicon/list.rs");
    for code in LANGS {
        table(code);
    }
    for folder in LANGS.iter().chain(&["detect"]) {
        pattern_lists(folder);
    }
}

/// Copies each list file of `src/lang/FOLDER/` to `$OUT_DIR/lists/FOLDER/`,
/// keeping the lines `lexicon::WordList` reads (`list::lines`, the library's own
/// rule), so a list reads the same from either copy.
fn pattern_lists(folder: &str) {
    let dir = Path::new("src/lang").join(folder);
    println!("cargo:rerun-if-changed={}", dir.display());
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("lists")
        .join(folder);
    std::fs::create_dir_all(&out)
        .unwrap_or_else(|e| panic!("build.rs: cannot create {}: {e}", out.display()));
    let entries = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("build.rs: cannot list {}: {e}", dir.display()));
    for entry in entries.flatten() {
        let path = entry.path();
        if path.extension().is_none_or(|x| x != "txt") {
            continue;
        }
        println!("cargo:rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("build.rs: cannot read {}: {e}", path.display()));
        let mut kept = String::with_capacity(text.len());
        for line in list::lines(&text) {
            kept.push_str(line);
            kept.push('\n');
        }
        let dest = out.join(entry.file_name());
        std::fs::write(&dest, kept)
            .unwrap_or_else(|e| panic!("build.rs: cannot write {}: {e}", dest.display()));
    }
}

fn table(code: &str) {
    let dir = Path::new("src/lang").join(code);
    let lists = Lists::from(|name| {
        let path = dir.join(format!("{name}.txt"));
        println!("cargo:rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("build.rs: cannot read {}: {e}", path.display()));
        Box::leak(text.into_boxed_str())
    });
    let parsed = parse::parse(&lists);
    let t = &parsed.words;

    let mut out = format!("// Written by build.rs from src/lang/{code}/*.txt: do not edit.\n");
    // The table packed (see `words::Packed` for why); the library unpacks it on first use.
    let (words, infos, lemmas) = t.pack();
    let _ = writeln!(
        out,
        "pub(super) static PACKED: Packed = Packed {{ slots: {}, words: {words:?}, infos: &{infos:?}, lemmas: &{lemmas:?} }};",
        t.slots.len()
    );
    let _ = writeln!(
        out,
        "pub(super) const CUE_FORMS: usize = {};",
        parsed.cue_forms
    );
    let _ = writeln!(
        out,
        "pub(super) static PHRASAL: &[&[&str]] = &{};",
        nested(&parsed.phrasal, |w| format!("{w:?}"))
    );
    let id = |w: &WordId| format!("WordId({})", w.0);
    let _ = writeln!(
        out,
        "pub(super) static PHRASAL_IDS: &[&[WordId]] = &{};",
        nested(&parsed.phrasal_ids, id)
    );
    let _ = writeln!(
        out,
        "pub(super) static ANONYMITY_IDS: &[&[WordId]] = &{};",
        nested(&parsed.anonymity_ids, id)
    );

    let dest = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join(format!("lexicon_{code}.rs"));
    std::fs::write(&dest, out)
        .unwrap_or_else(|e| panic!("build.rs: cannot write {}: {e}", dest.display()));
}

fn nested<T>(lists: &[Vec<T>], item: impl Fn(&T) -> String) -> String {
    let inner: Vec<String> = lists
        .iter()
        .map(|l| format!("&[{}]", l.iter().map(&item).collect::<Vec<_>>().join(", ")))
        .collect();
    format!("[{}]", inner.join(", "))
}
