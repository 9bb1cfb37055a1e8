//! The analysis: plain serde data, byte spans inside.

use serde::{Deserialize, Serialize};

use crate::span::Span;

/// Is all, some or none of the content inside quotation marks?
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Direct,
    Indirect,
    Mixed,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Direct => "direct",
            Kind::Indirect => "indirect",
            Kind::Mixed => "mixed",
        }
    }
}

/// What sort of speaker a source is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SpeakerKind {
    /// A named person: "Diaa Rashwan", "Mr Obama".
    Person,
    /// An unnamed person: "a Hamas official", "two people familiar with the matter".
    Anonymous,
    /// A company, ministry, party, agency, country…: "Gaza's health ministry".
    Organisation,
    /// A statement, report, filing, tally…: "Rashwan's statement".
    Document,
    /// Nothing in the text says (a pronoun with no antecedent, say).
    Unknown,
}

impl SpeakerKind {
    pub fn as_str(self) -> &'static str {
        match self {
            SpeakerKind::Person => "person",
            SpeakerKind::Anonymous => "anonymous",
            SpeakerKind::Organisation => "organisation",
            SpeakerKind::Document => "document",
            SpeakerKind::Unknown => "unknown",
        }
    }

    /// Named sources: persons and organisations the text names.
    pub fn is_named(self) -> bool {
        matches!(self, SpeakerKind::Person | SpeakerKind::Organisation)
    }
}

/// One claim tied to its source through a cue.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Attribution {
    /// The mention of the speaker nearest the cue; `None` when the text names
    /// none ("It was reported that …").
    pub source: Option<Span>,
    /// The cue ("said", "according to"); `None` for a quotation with no cue in
    /// sight, shown to readers as unattributed.
    pub cue: Option<Span>,
    /// What is claimed: one span, or several for a quote split by its cue.
    pub content: Vec<Span>,
    pub kind: Kind,
    /// Index into [`Analysis::speakers`].
    pub speaker: Option<usize>,
    /// The mention that names the speaker best, where the source itself is a
    /// pronoun, description, surname or possessive.
    pub entity: Option<Span>,
    /// 0..1: how sure the rule that found it is.
    pub confidence: f32,
}

/// One speaker of the article, with every mention of it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Speaker {
    /// The best name the text gives ("Diaa Rashwan", "a Hamas official").
    pub name: String,
    pub kind: SpeakerKind,
    /// Role or affiliation when the text gives it ("heads Egypt's State
    /// Information Services", "a spokesman for the utility").
    pub role: Option<String>,
    /// Every mention, in text order; the first is where it first appears.
    pub mentions: Vec<Span>,
    /// Indices into [`Analysis::attributions`], in text order.
    pub attributions: Vec<usize>,
}

/// The result of analysing one article.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    /// In text order of their first content span.
    pub attributions: Vec<Attribution>,
    /// The ledger: speakers in order of first appearance.
    pub speakers: Vec<Speaker>,
}

impl Analysis {
    /// Why this is not a valid analysis of `text`, if it is not: a span
    /// outside the text or off a char boundary, an attribution without
    /// content, a speaker or attribution index out of range, a confidence
    /// outside 0..=1. The tests and the fuzz targets assert it is `None`
    /// for every analysis the engine returns (ARCHITECTURE.md, invariants).
    pub fn problem(&self, text: &str) -> Option<String> {
        let span = |s: Span, what: &str| -> Option<String> {
            if s.start > s.end || s.end > text.len() {
                Some(format!(
                    "{what} {s:?} outside a text of {} bytes",
                    text.len()
                ))
            } else if !text.is_char_boundary(s.start) || !text.is_char_boundary(s.end) {
                Some(format!("{what} {s:?} not on char boundaries"))
            } else {
                None
            }
        };
        let (n_attr, n_spk) = (self.attributions.len(), self.speakers.len());
        for (i, a) in self.attributions.iter().enumerate() {
            let spans = a.source.map(|s| (s, "source")).into_iter();
            let spans = spans
                .chain(a.cue.map(|s| (s, "cue")))
                .chain(a.entity.map(|s| (s, "entity")))
                .chain(a.content.iter().map(|&s| (s, "content")));
            for (s, what) in spans {
                if let Some(p) = span(s, what) {
                    return Some(format!("attribution {i}: {p}"));
                }
            }
            if a.content.is_empty() {
                return Some(format!("attribution {i} has no content"));
            }
            if let Some(sp) = a.speaker.filter(|&sp| sp >= n_spk) {
                return Some(format!("attribution {i}: speaker {sp} of {n_spk}"));
            }
            if !(0.0..=1.0).contains(&a.confidence) {
                return Some(format!("attribution {i}: confidence {}", a.confidence));
            }
        }
        for (i, s) in self.speakers.iter().enumerate() {
            for &m in &s.mentions {
                if let Some(p) = span(m, "mention") {
                    return Some(format!("speaker {i}: {p}"));
                }
            }
            if let Some(k) = s.attributions.iter().find(|&&k| k >= n_attr) {
                return Some(format!("speaker {i}: attribution {k} of {n_attr}"));
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn problems_are_named() {
        let text = "“We will rebuild,” she said.";
        let good = crate::analyze(text);
        assert_eq!(good.problem(text), None);
        let mut bad = good.clone();
        bad.attributions[0].content[0] = Span::new(0, 1); // inside “
        assert!(bad.problem(text).unwrap().contains("char boundaries"));
        let mut bad = good.clone();
        bad.attributions[0].cue = Some(Span::new(3, 99));
        assert!(bad.problem(text).unwrap().contains("outside"));
        let mut bad = good.clone();
        bad.attributions[0].speaker = Some(7);
        assert!(bad.problem(text).unwrap().contains("speaker 7 of"));
        let mut bad = good.clone();
        bad.attributions[0].content.clear();
        assert!(bad.problem(text).unwrap().contains("no content"));
        let mut bad = good.clone();
        bad.attributions[0].confidence = 1.5;
        assert!(bad.problem(text).unwrap().contains("confidence"));
        let mut bad = good;
        bad.speakers[0].attributions.push(9);
        assert!(bad.problem(text).unwrap().contains("attribution 9 of"));
    }
}
