//! The results the Wasm module hands to JavaScript (docs/wasm-api.md):
//! `PageResult` for `analyzePage`, `TextResult` for `analyzeText`. Plain
//! serde data in camelCase; the ranges are converted here, once.

use serde::{Deserialize, Serialize};

use super::map::{NodeRange, PageText};
use crate::model::{Analysis, Kind, SpeakerKind};
use crate::span::{OffsetMap, Span};

/// A range of `analyzeText`'s text in UTF-16 units.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextRange {
    pub start: usize,
    pub end: usize,
}

/// One attribution, its spans as ranges of type `R`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AttributionOut<R> {
    pub id: usize,
    pub kind: Kind,
    pub cue: Option<R>,
    pub source: Option<R>,
    pub content: Vec<R>,
    pub cue_text: Option<String>,
    pub source_text: Option<String>,
    pub content_text: Vec<String>,
    /// Index into the result's `speakers`.
    pub speaker: Option<usize>,
    /// The mention that names the speaker best, as text.
    pub entity: Option<String>,
    pub confidence: f64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SpeakerOut {
    pub id: usize,
    pub name: String,
    pub kind: SpeakerKind,
    pub role: Option<String>,
    /// A person or organisation the text names.
    pub named: bool,
    /// How many times the text mentions it.
    pub mentions: usize,
    /// Indices into the result's `attributions`.
    pub attributions: Vec<usize>,
}

/// The article's sourcing at a glance.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Summary {
    /// Speakers with at least one attributed claim.
    pub sources: usize,
    /// Attributions with a cue (quotations without one are not counted).
    pub claims: usize,
    /// Share of the claims whose speaker is anonymous, rounded to 0.01.
    pub anonymous_share: f64,
    /// Share of the claims that are direct quotations, rounded to 0.01.
    pub direct_share: f64,
}

/// What was taken as the article.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ArticleInfo {
    pub found: bool,
    /// Element index of the article container, -1 if none.
    pub root: i64,
    /// The first few words of the article text.
    pub first_words: String,
    /// Length of the analysed article text in UTF-16 units.
    pub text_length: usize,
    pub truncated: bool,
    /// A sentence for the reader when the text was capped, no article was
    /// found, or the article is in a language whosaid does not read.
    pub note: Option<String>,
    /// The language the article was read in (ISO 639-1): detected, else
    /// the page's `<html lang>` hint, else `"en"`.
    #[serde(default)]
    pub lang: String,
    /// Whether the language was detected from the text (not the hint's or
    /// English by default, for a text too short to tell).
    #[serde(default)]
    pub lang_detected: bool,
    /// Whether whosaid reads that language; when not, the analysis is empty
    /// and `note` says so in one sentence.
    #[serde(default)]
    pub lang_read: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PageResult {
    pub article: ArticleInfo,
    pub attributions: Vec<AttributionOut<NodeRange>>,
    pub speakers: Vec<SpeakerOut>,
    pub summary: Summary,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TextResult {
    pub attributions: Vec<AttributionOut<TextRange>>,
    pub speakers: Vec<SpeakerOut>,
    pub summary: Summary,
}

/// 0..1, three decimals (an `f32` printed as JSON shows its binary noise
/// otherwise); not-a-number becomes 0.
fn confidence(c: f32) -> f64 {
    if c.is_nan() {
        return 0.0;
    }
    f64::from((c.clamp(0.0, 1.0) * 1000.0).round()) / 1000.0
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// The summary of an analysis.
pub fn summary(analysis: &Analysis) -> Summary {
    let claims: Vec<_> = analysis
        .attributions
        .iter()
        .filter(|a| a.cue.is_some())
        .collect();
    let speaker = |i: Option<usize>| i.and_then(|i| analysis.speakers.get(i));
    let mut sources: Vec<usize> = claims
        .iter()
        .filter_map(|a| a.speaker.filter(|&i| i < analysis.speakers.len()))
        .collect();
    sources.sort_unstable();
    sources.dedup();
    let share = |n: usize| {
        if claims.is_empty() {
            0.0
        } else {
            round2(n as f64 / claims.len() as f64)
        }
    };
    let anonymous = claims
        .iter()
        .filter(|a| speaker(a.speaker).is_some_and(|s| s.kind == SpeakerKind::Anonymous))
        .count();
    let direct = claims.iter().filter(|a| a.kind == Kind::Direct).count();
    Summary {
        sources: sources.len(),
        claims: claims.len(),
        anonymous_share: share(anonymous),
        direct_share: share(direct),
    }
}

/// Attributions and speakers with every span converted by `range`. A span
/// `range` cannot place is dropped (its text with it); indices out of range
/// become `None` or are left out.
pub(crate) fn convert<R>(
    text: &str,
    analysis: &Analysis,
    range: impl Fn(Span) -> Option<R>,
) -> (Vec<AttributionOut<R>>, Vec<SpeakerOut>) {
    let placed = |s: Span| range(s).map(|r| (r, s.of(text).to_string()));
    let attributions = analysis
        .attributions
        .iter()
        .enumerate()
        .map(|(id, a)| {
            let cue = a.cue.and_then(placed);
            let source = a.source.and_then(placed);
            let (content, content_text) = a.content.iter().filter_map(|&c| placed(c)).unzip();
            AttributionOut {
                id,
                kind: a.kind,
                cue_text: cue.as_ref().map(|c| c.1.clone()),
                cue: cue.map(|c| c.0),
                source_text: source.as_ref().map(|s| s.1.clone()),
                source: source.map(|s| s.0),
                content,
                content_text,
                speaker: a.speaker.filter(|&i| i < analysis.speakers.len()),
                entity: a
                    .entity
                    .map(|e| e.of(text).to_string())
                    .filter(|e| !e.is_empty()),
                confidence: confidence(a.confidence),
            }
        })
        .collect();
    let n = analysis.attributions.len();
    let speakers = analysis
        .speakers
        .iter()
        .enumerate()
        .map(|(id, s)| SpeakerOut {
            id,
            name: s.name.clone(),
            kind: s.kind,
            role: s.role.clone(),
            named: s.kind.is_named(),
            mentions: s.mentions.len(),
            attributions: s.attributions.iter().copied().filter(|&i| i < n).collect(),
        })
        .collect();
    (attributions, speakers)
}

/// The `analyzeText` result for `text` and its analysis.
pub fn text_result(text: &str, analysis: &Analysis) -> TextResult {
    let units = OffsetMap::new(text);
    let len = text.len();
    let (attributions, speakers) = convert(text, analysis, |s| {
        let (start, end) = (s.start.min(len), s.end.min(len));
        (start < end).then(|| {
            let [start, end] = units.span_to_utf16(Span::new(start, end));
            TextRange { start, end }
        })
    });
    TextResult {
        attributions,
        speakers,
        summary: summary(analysis),
    }
}

/// The `analyzePage` result for an article text and its analysis.
pub fn page_result(article: ArticleInfo, text: &PageText, analysis: &Analysis) -> PageResult {
    let (attributions, speakers) = convert(&text.text, analysis, |s| text.range(s));
    PageResult {
        article,
        attributions,
        speakers,
        summary: summary(analysis),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Attribution, Speaker};

    fn sample() -> (String, Analysis) {
        let text = "“Ça va,” said the mayor 😀. A Hamas official said no.".to_string();
        let at = |s: &str| {
            let i = text.find(s).unwrap();
            Span::new(i, i + s.len())
        };
        let analysis = Analysis {
            attributions: vec![
                Attribution {
                    source: Some(at("the mayor")),
                    cue: Some(at("said")),
                    content: vec![at("Ça va")],
                    kind: Kind::Direct,
                    speaker: Some(0),
                    entity: None,
                    confidence: 0.9,
                },
                Attribution {
                    source: Some(at("A Hamas official")),
                    cue: Some(Span::new(at("said no").start, at("said no").start + 4)),
                    content: vec![at("no")],
                    kind: Kind::Indirect,
                    speaker: Some(1),
                    entity: Some(at("A Hamas official")),
                    confidence: 0.7,
                },
                Attribution {
                    source: None,
                    cue: None,
                    content: vec![at("Ça va")],
                    kind: Kind::Direct,
                    speaker: Some(9),
                    entity: None,
                    confidence: 0.3,
                },
            ],
            speakers: vec![
                Speaker {
                    name: "the mayor".into(),
                    kind: SpeakerKind::Person,
                    role: Some("mayor".into()),
                    mentions: vec![at("the mayor")],
                    attributions: vec![0, 7],
                },
                Speaker {
                    name: "a Hamas official".into(),
                    kind: SpeakerKind::Anonymous,
                    role: None,
                    mentions: vec![at("A Hamas official")],
                    attributions: vec![1],
                },
            ],
        };
        (text, analysis)
    }

    #[test]
    fn text_ranges_are_utf16() {
        let (text, analysis) = sample();
        let r = text_result(&text, &analysis);
        let units: Vec<u16> = text.encode_utf16().collect();
        let a = &r.attributions[1];
        let src = a.source.unwrap();
        assert_eq!(
            String::from_utf16(&units[src.start..src.end]).unwrap(),
            "A Hamas official"
        );
        assert_eq!(a.source_text.as_deref(), Some("A Hamas official"));
        assert_eq!(a.entity.as_deref(), Some("A Hamas official"));
        assert_eq!(a.confidence, 0.7);
        assert_eq!(confidence(f32::NAN), 0.0);
        assert_eq!(confidence(1.5), 1.0);
        assert_eq!(
            r.attributions[2].speaker, None,
            "speaker index out of range"
        );
        assert_eq!(r.speakers[0].attributions, vec![0]);
        assert!(r.speakers[0].named && !r.speakers[1].named);
    }

    #[test]
    fn summary_counts_cued_claims() {
        let (_, analysis) = sample();
        let s = summary(&analysis);
        assert_eq!(
            s,
            Summary {
                sources: 2,
                claims: 2,
                anonymous_share: 0.5,
                direct_share: 0.5
            }
        );
        assert_eq!(summary(&Analysis::default()).anonymous_share, 0.0);
    }

    #[test]
    fn serializes_in_camel_case() {
        let (text, analysis) = sample();
        let v = serde_json::to_value(text_result(&text, &analysis)).unwrap();
        assert_eq!(v["attributions"][0]["cueText"], "said");
        assert_eq!(v["attributions"][0]["kind"], "direct");
        assert!(v["attributions"][2]["cue"].is_null());
        assert_eq!(v["speakers"][1]["kind"], "anonymous");
        assert_eq!(v["summary"]["anonymousShare"], 0.5);
        assert!(v["summary"].get("directShare").is_some());
    }
}
