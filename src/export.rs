//! Export formats shared by the CLI and the Wasm module: the scorer's JSON
//! record (Unicode code-point offsets, see ../shared/eval/README.md) with
//! names and profiles, and CSV.

use serde::Serialize;

use crate::model::{Analysis, Kind};
use crate::span::{OffsetMap, Span};

/// One attribution as the scorer reads it, with readable extras.
#[derive(Clone, Debug, Serialize)]
pub struct RecordAttribution {
    pub cue: Option<[usize; 2]>,
    pub source: Option<[usize; 2]>,
    pub content: Vec<[usize; 2]>,
    pub kind: Kind,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entity: Option<[usize; 2]>,
    pub confidence: f32,
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
    pub attributions: Vec<RecordAttribution>,
    pub speakers: Vec<RecordSpeaker>,
}

/// Converts an analysis to the scorer's format, offsets in code points.
pub fn record(id: &str, text: &str, analysis: &Analysis) -> Record {
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
            confidence: a.confidence,
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

/// One row per attribution: speaker, speaker kind, role, source as written,
/// cue, kind, content (pieces joined by " … "), confidence, and the
/// code-point offsets of the first content piece.
pub fn csv(text: &str, analysis: &Analysis) -> String {
    let map = OffsetMap::new(text);
    let mut out = String::from(
        "speaker,speaker_kind,role,source,cue,kind,content,confidence,content_start,content_end\n",
    );
    for a in &analysis.attributions {
        let sp = a.speaker.and_then(|i| analysis.speakers.get(i));
        let first = a
            .content
            .first()
            .map(|&c| map.span_to_chars(c))
            .unwrap_or([0, 0]);
        let content: Vec<&str> = a.content.iter().map(|c| c.of(text)).collect();
        let row = [
            sp.map(|s| s.name.clone()).unwrap_or_default(),
            sp.map(|s| s.kind.as_str().to_string())
                .unwrap_or_else(|| "unknown".into()),
            sp.and_then(|s| s.role.clone()).unwrap_or_default(),
            a.source.map(|s| s.of(text).to_string()).unwrap_or_default(),
            a.cue.map(|s| s.of(text).to_string()).unwrap_or_default(),
            a.kind.as_str().to_string(),
            content.join(" … "),
            format!("{:.2}", a.confidence),
            first[0].to_string(),
            first[1].to_string(),
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
}
