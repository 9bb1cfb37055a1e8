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
