//! Export formats shared by the CLI, the Wasm module and the Python package:
//! the scorer's JSON record (Unicode code-point offsets, see
//! ../shared/eval/README.md) with names, profiles and the language read, and
//! CSV. [`analyze_record`] is the one way from a text and a language choice
//! to a record; `whosaid --jsonl` and Python's `whosaid.analyze*` both call it.

use serde::Serialize;

use crate::model::{Analysis, Kind, Speaker};
use crate::span::{OffsetMap, Span};

pub(crate) mod decimal;

/// One attribution as the scorer reads it, with readable extras.
#[derive(Clone, Debug, Serialize)]
pub struct RecordAttribution {
    pub cue: Option<[usize; 2]>,
    pub source: Option<[usize; 2]>,
    pub content: Vec<[usize; 2]>,
    pub kind: Kind,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entity: Option<[usize; 2]>,
    /// The engine's `f32` as the shortest decimal that reads back to it
    /// (0.85, not 0.8500000238418579), so JSON, JavaScript and Python all
    /// see the number the rule wrote.
    pub confidence: f64,
    /// The source as written, the cue and the content, for readers.
    pub source_text: Option<String>,
    pub cue_text: Option<String>,
    pub content_text: Vec<String>,
    /// Index into `speakers`.
    pub speaker: Option<usize>,
}

/// A speaker's profile.
#[derive(Clone, Debug, Serialize)]
pub struct RecordSpeaker {
    pub name: String,
    pub kind: &'static str,
    pub role: Option<String>,
    pub mentions: Vec<[usize; 2]>,
    pub attributions: Vec<usize>,
}

/// One line of the CLI's `--jsonl` output.
#[derive(Clone, Debug, Serialize)]
pub struct Record {
    pub id: String,
    /// The language the text was read in (ISO 639-1), after `"auto"` is
    /// resolved.
    pub lang: String,
    /// Why the analysis is empty when it is empty for a reason other than
    /// the text: a language whosaid does not read yet.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    pub attributions: Vec<RecordAttribution>,
    pub speakers: Vec<RecordSpeaker>,
}

/// The languages whosaid reads, as ISO 639-1 codes. A second language adds
/// its code here and its engine in [`read`].
pub const LANGUAGES: &[&str] = &["en", "de"];

/// The language a caller asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    /// The language the text is in, detected from its function words
    /// ([`crate::lang::detect`]); English when it is too short to tell.
    Auto,
    /// A two-letter ISO 639-1 code, lowercase. A code not in [`LANGUAGES`]
    /// gives an empty analysis with a note, not an error ([`read`]).
    Code([u8; 2]),
}

impl Lang {
    /// `"auto"`, or a two-letter code (any case: "EN" is "en").
    pub fn parse(s: &str) -> Result<Lang, String> {
        match s.as_bytes() {
            b"auto" => Ok(Lang::Auto),
            &[a, b] if a.is_ascii_alphabetic() && b.is_ascii_alphabetic() => {
                Ok(Lang::Code([a.to_ascii_lowercase(), b.to_ascii_lowercase()]))
            }
            _ => Err(format!(
                "lang must be \"auto\" or a two-letter ISO 639-1 code such as \"en\", not {s:?}"
            )),
        }
    }

    /// The code the text is read in: the caller's, or for `Auto` the
    /// detected one ([`crate::lang::choose`]).
    pub fn resolve(self, text: &str) -> [u8; 2] {
        self.choose(text, None).code
    }

    /// How the language of `text` is chosen, with a hint (a page's
    /// `<html lang>`) that a weak detection follows.
    pub fn choose(self, text: &str, hint: Option<[u8; 2]>) -> crate::lang::Choice {
        let asked = match self {
            Lang::Auto => None,
            Lang::Code(c) => Some(c),
        };
        crate::lang::choose(text, asked, hint)
    }
}

/// A text read in one language: the code, the analysis, and a note when
/// the analysis is empty because whosaid does not read that language yet,
/// or when the language could not be detected and English was assumed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Reading {
    pub lang: String,
    pub note: Option<String>,
    pub analysis: Analysis,
}

/// Analyses `text` in the language `lang` chooses. A language whosaid does
/// not read yet gives no attributions and a note saying so; a text too short
/// to detect its language is read as English with a note saying that.
pub fn read(text: &str, lang: Lang) -> Reading {
    read_hinted(text, lang, None)
}

/// [`read`] with a hint for `Auto` (a page's `<html lang>`): a confident
/// detection overrides it, a weak one follows it.
pub fn read_hinted(text: &str, lang: Lang, hint: Option<[u8; 2]>) -> Reading {
    read_choosing(text, lang, hint).1
}

/// The longest text whose language [`read_choosing`] detects from its
/// tokens: past it the detector's own pass over its first
/// [`crate::lang::detect::MAX_WORDS`] words is the cheaper, should the
/// language be one whosaid does not read (its tokens are then never made).
const DETECT_FROM_TOKENS: usize = 1 << 16;

/// [`read_hinted`], and how its language was chosen. For `Auto` the text
/// is cut into tokens once: the detector reads its words from them
/// ([`crate::lang::choose_doc`]) and the language's engine goes on from
/// the same tokens.
pub fn read_choosing(
    text: &str,
    lang: Lang,
    hint: Option<[u8; 2]>,
) -> (crate::lang::Choice, Reading) {
    let (choice, doc) = match lang {
        // A long text is detected from its first words alone (the same
        // answer, at a bounded cost) and cut into tokens only if it is read.
        Lang::Auto if text.len() <= DETECT_FROM_TOKENS => {
            let doc = crate::text::Doc::new(text);
            (crate::lang::choose_doc(&doc, hint), Some(doc))
        }
        _ => (lang.choose(text, hint), None),
    };
    // Two ASCII letters (Lang::parse, lang::hint_from_tag, the detector's
    // lists), so always valid UTF-8.
    let code = std::str::from_utf8(&choice.code).unwrap_or("??");
    if LANGUAGES.contains(&code) {
        let analysis = match doc {
            Some(doc) => crate::analyze_doc(doc, choice.code),
            None => crate::analyze_with(text, choice.code),
        };
        let reading = Reading {
            lang: code.to_string(),
            note: crate::lang::undetected_note(choice),
            analysis,
        };
        return (choice, reading);
    }
    let reads: Vec<[u8; 2]> = LANGUAGES
        .iter()
        .filter_map(|l| l.as_bytes().try_into().ok())
        .collect();
    let reading = Reading {
        lang: code.to_string(),
        note: Some(crate::lang::unread_note(choice.code, &reads)),
        analysis: Analysis::default(),
    };
    (choice, reading)
}

/// Reads `text` ([`read`]) and builds its record: the CLI's `--jsonl` line,
/// Python's `whosaid.analyze`.
pub fn analyze_record(id: &str, text: &str, lang: Lang) -> Record {
    let r = read(text, lang);
    let mut rec = record_in(id, &r.lang, text, &r.analysis);
    rec.note = r.note;
    rec
}

/// The shortest decimal that reads back to `x`, as the `f64` nearest it:
/// 0.85f32 becomes 0.85, where `x as f64` would be 0.8500000238418579
/// ([`decimal::shortest`]: exact for every confidence, without the float
/// formatting code).
pub fn exact_decimal(x: f32) -> f64 {
    decimal::shortest(x)
}

/// Converts an analysis by the English engine ([`crate::analyze`]) to the
/// scorer's format, offsets in code points.
pub fn record(id: &str, text: &str, analysis: &Analysis) -> Record {
    record_in(id, "en", text, analysis)
}

/// Converts an analysis read in `lang` to the scorer's format, offsets in
/// code points.
pub fn record_in(id: &str, lang: &str, text: &str, analysis: &Analysis) -> Record {
    let map = OffsetMap::new(text);
    let chars = |s: Span| map.span_to_chars(s);
    let attributions = analysis
        .attributions
        .iter()
        .map(|a| RecordAttribution {
            cue: a.cue.map(chars),
            source: a.source.map(chars),
            content: a.content.iter().map(|&c| chars(c)).collect(),
            kind: a.kind,
            entity: a.entity.map(chars),
            confidence: exact_decimal(a.confidence),
            source_text: a.source.map(|s| s.of(text).to_string()),
            cue_text: a.cue.map(|s| s.of(text).to_string()),
            content_text: a.content.iter().map(|c| c.of(text).to_string()).collect(),
            speaker: a.speaker,
        })
        .collect();
    let speakers = analysis
        .speakers
        .iter()
        .map(|s| RecordSpeaker {
            name: s.name.clone(),
            kind: s.kind.as_str(),
            role: s.role.clone(),
            mentions: s.mentions.iter().map(|&m| chars(m)).collect(),
            attributions: s.attributions.clone(),
        })
        .collect();
    Record {
        id: id.to_string(),
        lang: lang.to_string(),
        note: None,
        attributions,
        speakers,
    }
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// One attribution as a flat row: what the CSV export and the Python
/// package's Arrow table (one row per attribution) are both made of.
#[derive(Clone, Debug, PartialEq)]
pub struct Row<'a> {
    /// The attribution's index in the analysis.
    pub attribution: usize,
    pub kind: Kind,
    /// As the engine gives it; [`exact_decimal`] for a decimal.
    pub confidence: f32,
    pub cue: Option<&'a str>,
    pub source: Option<&'a str>,
    /// The content's pieces (several for a quote split by its cue).
    pub content: Vec<&'a str>,
    /// Code-point offsets of the first content piece.
    pub content_start: usize,
    pub content_end: usize,
    /// The speaker's profile, when the source resolves to one.
    pub speaker: Option<&'a Speaker>,
    /// The mention that names the speaker best, as written.
    pub entity: Option<&'a str>,
}

/// The rows of an analysis of `text`, in attribution order.
pub fn rows<'a>(text: &'a str, analysis: &'a Analysis) -> Vec<Row<'a>> {
    let map = OffsetMap::new(text);
    analysis
        .attributions
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let first = a
                .content
                .first()
                .map(|&c| map.span_to_chars(c))
                .unwrap_or([0, 0]);
            Row {
                attribution: i,
                kind: a.kind,
                confidence: a.confidence,
                cue: a.cue.map(|s| s.of(text)),
                source: a.source.map(|s| s.of(text)),
                content: a.content.iter().map(|c| c.of(text)).collect(),
                content_start: first[0],
                content_end: first[1],
                speaker: a.speaker.and_then(|k| analysis.speakers.get(k)),
                entity: a.entity.map(|s| s.of(text)),
            }
        })
        .collect()
}

/// What joins a content's pieces in a flat row: "A … B".
pub const PIECE_JOINER: &str = " … ";

/// One row per attribution: speaker, speaker kind, role, source as written,
/// cue, kind, content (pieces joined by " … "), confidence, and the
/// code-point offsets of the first content piece.
pub fn csv(text: &str, analysis: &Analysis) -> String {
    let mut out = String::from(
        "speaker,speaker_kind,role,source,cue,kind,content,confidence,content_start,content_end\n",
    );
    for r in rows(text, analysis) {
        let sp = r.speaker;
        let row = [
            sp.map(|s| s.name.clone()).unwrap_or_default(),
            sp.map(|s| s.kind.as_str().to_string())
                .unwrap_or_else(|| "unknown".into()),
            sp.and_then(|s| s.role.clone()).unwrap_or_default(),
            r.source.unwrap_or_default().to_string(),
            r.cue.unwrap_or_default().to_string(),
            r.kind.as_str().to_string(),
            r.content.join(PIECE_JOINER),
            decimal::two_places(r.confidence),
            r.content_start.to_string(),
            r.content_end.to_string(),
        ];
        let row: Vec<String> = row.iter().map(|f| csv_field(f)).collect();
        out.push_str(&row.join(","));
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Attribution;

    fn sample() -> (String, Analysis) {
        let text = "“Ça va, \"mes amis\",” the mayor said.".to_string();
        let cue = text.find("said").unwrap();
        let src = text.find("the mayor").unwrap();
        let a = Attribution {
            source: Some(Span::new(src, src + 9)),
            cue: Some(Span::new(cue, cue + 4)),
            content: vec![Span::new(3, text.find(",”").unwrap())],
            kind: Kind::Direct,
            speaker: None,
            entity: None,
            confidence: 0.9,
        };
        (
            text,
            Analysis {
                attributions: vec![a],
                speakers: vec![],
            },
        )
    }

    #[test]
    fn record_uses_code_points() {
        let (text, an) = sample();
        let r = record("x", &text, &an);
        let cue = r.attributions[0].cue.unwrap();
        let chars: Vec<char> = text.chars().collect();
        assert_eq!(chars[cue[0]..cue[1]].iter().collect::<String>(), "said");
    }

    #[test]
    fn csv_quotes_fields_with_commas_and_quotes() {
        let (text, an) = sample();
        let out = csv(&text, &an);
        let line = out.lines().nth(1).unwrap();
        assert!(line.contains(",\"Ça va, \"\"mes amis\"\"\","), "{line}");
        assert_eq!(out.lines().count(), 2);
    }

    #[test]
    fn confidences_are_the_decimals_the_rules_wrote() {
        for (x, want) in [
            (0.85f32, 0.85f64),
            (0.9, 0.9),
            (0.5, 0.5),
            (1.0, 1.0),
            (0.0, 0.0),
        ] {
            assert_eq!(exact_decimal(x), want);
        }
        assert_ne!(f64::from(0.85f32), 0.85, "the cast is what this avoids");
        let (text, an) = sample();
        let json = serde_json::to_string(&record("x", &text, &an)).unwrap();
        assert!(json.contains("\"confidence\":0.9,"), "{json}");
    }

    #[test]
    fn lang_parses_auto_and_two_letter_codes_only() {
        assert_eq!(Lang::parse("auto"), Ok(Lang::Auto));
        assert_eq!(Lang::parse("EN"), Ok(Lang::Code(*b"en")));
        assert_eq!(Lang::parse("de"), Ok(Lang::Code(*b"de")));
        for bad in ["", "e", "eng", "english", "e1", "Auto", "é"] {
            let err = Lang::parse(bad).unwrap_err();
            assert!(err.contains(&format!("{bad:?}")), "{err}");
        }
    }

    #[test]
    fn a_record_carries_its_language_and_an_unread_one_a_note() {
        let text = "\u{201c}We will rebuild,\u{201d} the mayor said.";
        let en = analyze_record("a", text, Lang::Code(*b"en"));
        assert_eq!((en.lang.as_str(), en.note.as_ref()), ("en", None));
        assert_eq!(en.attributions.len(), 1);
        let json = serde_json::to_string(&en).unwrap();
        assert!(
            json.starts_with("{\"id\":\"a\",\"lang\":\"en\",\"attributions\":"),
            "{json}"
        );
        // Too short to detect: read as English, and said so.
        let short = analyze_record("a", text, Lang::Auto);
        assert_eq!(short.lang, "en");
        assert_eq!(short.attributions.len(), 1);
        assert!(short.note.unwrap().contains("not detected"));
        let long = format!(
            "{text} The council said that the bridge would be closed for two years, and \
             residents who live near the river have asked where the buses will go."
        );
        // Detected from its tokens, or past DETECT_FROM_TOKENS from its
        // first words: the same reading as the language asked for.
        for text in [long.clone(), format!("{long}\n\n").repeat(400)] {
            let auto = read(&text, Lang::Auto);
            assert_eq!((auto.lang.as_str(), auto.note.as_ref()), ("en", None));
            assert_eq!(auto.analysis, read(&text, Lang::Code(*b"en")).analysis);
        }
        let long = analyze_record("a", &long, Lang::Auto);
        assert_eq!((long.lang.as_str(), long.note), ("en", None));
        let fr = analyze_record("b", text, Lang::Code(*b"fr"));
        assert_eq!(fr.lang, "fr");
        assert!(fr.attributions.is_empty() && fr.speakers.is_empty());
        let note = fr.note.unwrap();
        assert_eq!(
            note,
            "This article is in French: whosaid reads English and German."
        );
        // German is read by its own pack.
        let de = analyze_record(
            "c",
            "Die Lage sei ernst, sagte die Ministerin.",
            Lang::Code(*b"de"),
        );
        assert_eq!(
            (de.lang.as_str(), de.note, de.attributions.len()),
            ("de", None, 1)
        );
    }
}
