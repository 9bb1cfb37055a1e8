//! `whosaid`: who said what, from the command line.
//!
//! ```text
//! whosaid FILE.txt          the article with sources, cues and claims marked, then the ledger
//! whosaid -                 the same, reading standard input
//! whosaid --json FILE       the analysis as JSON (code-point offsets)
//! whosaid --jsonl < in > out   {"id","text"} lines in, the scorer's format out
//! whosaid --lang en ...     the language to read ("auto", the default, or a code)
//! ```
//!
//! Bad input is reported on stderr with the line it came from; every other
//! line is still processed, and the exit code is 2 at the end.

use std::io::{self, BufRead, BufWriter, IsTerminal, Read, Write};
use std::process::ExitCode;
use std::sync::mpsc;
use std::thread;

use whosaid::export::{read, record_in, Lang};
use whosaid::{Analysis, SpeakerKind};

const USAGE: &str = "usage: whosaid [--json] FILE|-   |   whosaid --jsonl < in.jsonl > out.jsonl
  FILE        an article as plain text (paragraphs separated by blank lines); - reads stdin
  --json      print the analysis as JSON (Unicode code-point offsets)
  --jsonl     read {\"id\",\"text\"} JSON lines on stdin, write one analysis a line
  --threads N worker threads for --jsonl (default: every core)
  --lang L    the language to read: auto (default) or an ISO 639-1 code; whosaid reads
              en and de, and another code gives an empty analysis with a note. A --jsonl
              line's own \"lang\" field overrides it";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut json = false;
    let mut jsonl = false;
    let mut threads = thread::available_parallelism().map_or(1, |n| n.get());
    let mut lang = Lang::Auto;
    let mut file = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--json" => json = true,
            "--jsonl" => jsonl = true,
            "--lang" => match it.next().map(|l| Lang::parse(l)) {
                Some(Ok(l)) => lang = l,
                Some(Err(e)) => return usage_error(&format!("--lang: {e}")),
                None => return usage_error("--lang takes \"auto\" or a language code"),
            },
            "--threads" => match it.next().and_then(|n| n.parse().ok()) {
                Some(n) if n > 0 => threads = n,
                _ => return usage_error("--threads takes a positive number"),
            },
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            f if file.is_none() && (f == "-" || !f.starts_with("--")) => file = Some(f.to_string()),
            other => return usage_error(&format!("unknown argument {other:?}")),
        }
    }
    if jsonl {
        return run_jsonl(threads, lang);
    }
    let Some(file) = file else {
        return usage_error("no input file");
    };
    let text = match read_input(&file) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("whosaid: {file}: {e}");
            return ExitCode::from(2);
        }
    };
    let reading = read(&text, lang);
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let result = if json {
        let mut r = record_in(&file, &reading.lang, &text, &reading.analysis);
        r.note = reading.note;
        serde_json::to_writer_pretty(&mut out, &r)
            .map_err(io::Error::from)
            .and_then(|_| writeln!(out))
    } else {
        if let Some(note) = &reading.note {
            eprintln!("whosaid: {file}: {note}");
        }
        write_marked(
            &mut out,
            &text,
            &reading.analysis,
            io::stdout().is_terminal(),
        )
    };
    match result.and_then(|_| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("whosaid: {e}");
            ExitCode::from(2)
        }
    }
}

fn usage_error(msg: &str) -> ExitCode {
    eprintln!("whosaid: {msg}\n{USAGE}");
    ExitCode::from(2)
}

fn read_input(file: &str) -> Result<String, String> {
    let mut bytes = Vec::new();
    let res = if file == "-" {
        io::stdin().lock().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::File::open(file)
            .and_then(|mut f| f.read_to_end(&mut bytes))
            .map(|_| ())
    };
    res.map_err(|e| format!("cannot read: {e}"))?;
    String::from_utf8(bytes)
        .map_err(|e| format!("not valid UTF-8 (at byte {})", e.utf8_error().valid_up_to()))
}

/// What a `--jsonl` line's analysis reads of it: its "id", "text" and
/// "lang", each the last of its name, as a JSON value; every other field is
/// skipped without being built.
#[derive(Default)]
struct Fields {
    id: Option<serde_json::Value>,
    text: Option<serde_json::Value>,
    lang: Option<serde_json::Value>,
}

impl<'de> serde::Deserialize<'de> for Fields {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Fields, D::Error> {
        struct Object;
        impl<'de> serde::de::Visitor<'de> for Object {
            type Value = Fields;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut m: A) -> Result<Fields, A::Error> {
                let mut out = Fields::default();
                while let Some(key) = m.next_key::<String>()? {
                    let slot = match key.as_str() {
                        "id" => &mut out.id,
                        "text" => &mut out.text,
                        "lang" => &mut out.lang,
                        _ => {
                            m.next_value::<serde::de::IgnoredAny>()?;
                            continue;
                        }
                    };
                    *slot = Some(m.next_value()?);
                }
                Ok(out)
            }
        }
        d.deserialize_map(Object)
    }
}

/// One line of input turned into one line of output, or an error message.
fn process_line(n: usize, line: Result<String, io::Error>, lang: Lang) -> Result<String, String> {
    let line = line.map_err(|e| {
        if e.kind() == io::ErrorKind::InvalidData {
            format!("line {n}: not valid UTF-8")
        } else {
            format!("line {n}: cannot read: {e}")
        }
    })?;
    // The three fields read, the rest of the line (a gold annotation, say)
    // parsed and skipped; a line that is not an object, or not JSON, is
    // read as a whole value, for the same answer and message as before.
    let v = match serde_json::from_str::<Fields>(&line) {
        Ok(f) => f,
        Err(_) => {
            let v: serde_json::Value =
                serde_json::from_str(&line).map_err(|e| format!("line {n}: not JSON: {e}"))?;
            Fields {
                id: v.get("id").cloned(),
                text: v.get("text").cloned(),
                lang: v.get("lang").cloned(),
            }
        }
    };
    let id = match v.id.as_ref() {
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(serde_json::Value::Number(x)) => x.to_string(),
        Some(_) => return Err(format!("line {n}: \"id\" must be a string or a number")),
        None => return Err(format!("line {n}: missing field \"id\"")),
    };
    let text = match v.text.as_ref() {
        Some(serde_json::Value::String(s)) => s,
        Some(_) => return Err(format!("line {n}: \"text\" must be a string")),
        None => return Err(format!("line {n}: missing field \"text\" (id {id:?})")),
    };
    let lang = match v.lang.as_ref() {
        None | Some(serde_json::Value::Null) => lang,
        Some(serde_json::Value::String(l)) => {
            Lang::parse(l).map_err(|e| format!("line {n}: \"lang\": {e} (id {id:?})"))?
        }
        Some(_) => return Err(format!("line {n}: \"lang\" must be a string (id {id:?})")),
    };
    serde_json::to_string(&whosaid::export::analyze_record(&id, text, lang))
        .map_err(|e| format!("line {n}: {e}"))
}

/// Reads lines as bytes so that one line of bad UTF-8 does not stop the run.
fn read_lines(tx: mpsc::SyncSender<(usize, usize, Result<String, io::Error>)>) {
    let stdin = io::stdin();
    let mut input = stdin.lock();
    let mut buf = Vec::new();
    let mut n = 0;
    let mut seq = 0;
    loop {
        buf.clear();
        match input.read_until(b'\n', &mut buf) {
            Ok(0) => break,
            Ok(_) => {
                n += 1;
                while buf.last().is_some_and(|b| *b == b'\n' || *b == b'\r') {
                    buf.pop();
                }
                if buf.iter().all(u8::is_ascii_whitespace) {
                    continue;
                }
                let line = String::from_utf8(std::mem::take(&mut buf))
                    .map_err(|_| io::Error::new(io::ErrorKind::InvalidData, "invalid UTF-8"));
                if tx.send((seq, n, line)).is_err() {
                    break;
                }
                seq += 1;
            }
            Err(e) => {
                let _ = tx.send((seq, n + 1, Err(e)));
                break;
            }
        }
    }
}

fn run_jsonl(threads: usize, lang: Lang) -> ExitCode {
    let progress = io::stderr().is_terminal();
    let (line_tx, line_rx) =
        mpsc::sync_channel::<(usize, usize, Result<String, io::Error>)>(threads * 4);
    let line_rx = std::sync::Mutex::new(line_rx);
    let (out_tx, out_rx) = mpsc::channel::<(usize, Result<String, String>)>();
    let mut failed = false;
    thread::scope(|scope| {
        scope.spawn(move || read_lines(line_tx));
        for _ in 0..threads {
            let out_tx = out_tx.clone();
            let line_rx = &line_rx;
            scope.spawn(move || loop {
                let next = line_rx.lock().map(|rx| rx.recv());
                let Ok(Ok((seq, n, line))) = next else { break };
                if out_tx.send((seq, process_line(n, line, lang))).is_err() {
                    break;
                }
            });
        }
        drop(out_tx);
        let stdout = io::stdout();
        let mut out = BufWriter::new(stdout.lock());
        let mut pending = std::collections::BTreeMap::new();
        let mut done = 0usize;
        for (seq, res) in out_rx {
            pending.insert(seq, res);
            // Emit in input order: hold early finishers until their turn.
            while let Some(res) = pending.remove(&done) {
                match res {
                    Ok(line) => {
                        if writeln!(out, "{line}").is_err() {
                            return;
                        }
                    }
                    Err(msg) => {
                        failed = true;
                        eprintln!("whosaid: {msg}");
                    }
                }
                done += 1;
                if progress && done % 50 == 0 {
                    eprint!("\rwhosaid: {done} articles");
                }
            }
        }
        let _ = out.flush();
        if progress {
            eprintln!("\rwhosaid: {done} articles");
        }
    });
    if failed {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    }
}

const RESET: &str = "\x1b[0m";

fn write_marked(out: &mut impl Write, text: &str, a: &Analysis, color: bool) -> io::Result<()> {
    // Marks: (byte, order, opening?, style). Sources [[…]], cues <<…>>, claims {…}.
    let mut marks: Vec<(usize, u8, &str)> = Vec::new();
    for at in &a.attributions {
        let (open_c, close_c) = if at.cue.is_none() {
            ("{?", "?}")
        } else {
            ("{", "}")
        };
        for c in &at.content {
            marks.push((c.start, 2, if color { "\x1b[4m" } else { open_c }));
            marks.push((c.end, 0, if color { RESET } else { close_c }));
        }
        if let Some(s) = at.source {
            marks.push((s.start, 3, if color { "\x1b[1;36m" } else { "[[" }));
            marks.push((s.end, 1, if color { RESET } else { "]]" }));
        }
        if let Some(c) = at.cue {
            marks.push((c.start, 3, if color { "\x1b[1;33m" } else { "<<" }));
            marks.push((c.end, 1, if color { RESET } else { ">>" }));
        }
    }
    marks.sort_by_key(|&(pos, order, _)| (pos, order));
    let mut last = 0;
    for (pos, _, m) in marks {
        if pos < last || !text.is_char_boundary(pos) {
            continue;
        }
        out.write_all(&text.as_bytes()[last..pos])?;
        out.write_all(m.as_bytes())?;
        last = pos;
    }
    out.write_all(&text.as_bytes()[last..])?;
    writeln!(out, "\n\n== Sources ({}) ==", a.speakers.len())?;
    for (i, s) in a.speakers.iter().enumerate() {
        let kind = match s.kind {
            SpeakerKind::Person => "named person",
            SpeakerKind::Anonymous => "anonymous",
            SpeakerKind::Organisation => "organisation",
            SpeakerKind::Document => "document",
            SpeakerKind::Unknown => "unknown",
        };
        let role = s
            .role
            .as_deref()
            .map(|r| format!(" — {r}"))
            .unwrap_or_default();
        writeln!(
            out,
            "{:>2}. {} ({kind}){role}: {} claim(s), {} mention(s)",
            i + 1,
            s.name,
            s.attributions.len(),
            s.mentions.len()
        )?;
        for &k in &s.attributions {
            let at = &a.attributions[k];
            let cue = at.cue.map(|c| c.of(text)).unwrap_or("");
            let claim: Vec<&str> = at.content.iter().map(|c| c.of(text)).collect();
            let claim = claim.join(" … ");
            let short: String = claim.chars().take(100).collect();
            let more = if claim.chars().count() > 100 {
                "…"
            } else {
                ""
            };
            writeln!(out, "      {cue} [{}]: {short}{more}", at.kind.as_str())?;
        }
    }
    let unattributed = a.attributions.iter().filter(|x| x.cue.is_none()).count();
    if unattributed > 0 {
        writeln!(
            out,
            "    + {unattributed} quotation(s) with no speaker in sight"
        )?;
    }
    Ok(())
}
