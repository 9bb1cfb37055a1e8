//! Languages: which one a text is in ([`detect`]) and how a caller's choice
//! and hint are resolved ([`choose`]).

pub mod de;
pub mod detect;

use crate::text::Doc;

/// The language a text is read in, and how it was decided.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Choice {
    pub code: [u8; 2],
    /// How the code was decided.
    pub by: DecidedBy,
}

/// How a [`Choice`] was decided.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DecidedBy {
    /// The caller asked for this language.
    Caller,
    /// Detected from the text with confidence (a hint, if any, was
    /// overridden or agreed).
    Detected,
    /// The text was too short or too mixed to tell: the caller's hint.
    Hint,
    /// Too short or mixed to tell and no hint: English.
    Default,
}

/// Resolves `auto` (`asked` is `None`) for `text`: a confident detection
/// wins over the hint (pages mislabel themselves), a weak one follows the
/// hint, and with no hint the text is read as English.
pub fn choose(text: &str, asked: Option<[u8; 2]>, hint: Option<[u8; 2]>) -> Choice {
    if let Some(code) = asked {
        return Choice {
            code,
            by: DecidedBy::Caller,
        };
    }
    decided(detect::detect(text), hint)
}

/// [`choose`] for `Auto` of a text already cut into tokens: the same
/// detection, read from its tokens ([`detect::detect_doc`]).
pub fn choose_doc(doc: &Doc, hint: Option<[u8; 2]>) -> Choice {
    decided(detect::detect_doc(doc), hint)
}

/// The choice a detection makes, with the caller's hint.
fn decided(d: detect::Detection, hint: Option<[u8; 2]>) -> Choice {
    match (d.code, d.confident, hint) {
        (Some(code), true, _) => Choice {
            code,
            by: DecidedBy::Detected,
        },
        (_, _, Some(code)) => Choice {
            code,
            by: DecidedBy::Hint,
        },
        _ => Choice {
            code: *b"en",
            by: DecidedBy::Default,
        },
    }
}

/// The hint a page's `<html lang>` gives: its primary subtag ("de-CH" is
/// `de`), or `None` for an empty or malformed value.
pub fn hint_from_tag(tag: &str) -> Option<[u8; 2]> {
    let primary = tag.trim().split(['-', '_']).next().unwrap_or("");
    match primary.as_bytes() {
        &[a, b] if a.is_ascii_alphabetic() && b.is_ascii_alphabetic() => {
            Some([a.to_ascii_lowercase(), b.to_ascii_lowercase()])
        }
        _ => None,
    }
}

/// The sentence a reader sees when whosaid does not read the text's
/// language: "This article is in French: whosaid reads English."
pub fn unread_note(code: [u8; 2], reads: &[[u8; 2]]) -> String {
    let names: Vec<String> = reads.iter().map(|&c| detect::name(c)).collect();
    let reads = match names.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    };
    format!(
        "This article is in {}: whosaid reads {reads}.",
        detect::name(code)
    )
}

/// The note for a text whose language could not be told apart.
pub fn undetected_note(choice: Choice) -> Option<String> {
    let name = detect::name(choice.code);
    match choice.by {
        DecidedBy::Caller | DecidedBy::Detected => None,
        DecidedBy::Hint => Some(format!(
            "The language was not detected (the text is too short to tell); read as {name}, as the page says."
        )),
        DecidedBy::Default => Some(format!(
            "The language was not detected (the text is too short to tell); read as {name}."
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FR: &str = "Le gouvernement a annoncé mardi qu'il allait réduire les impôts des \
        ménages les plus modestes, une mesure que les syndicats réclament depuis des mois. \
        Selon le ministre, le coût de cette réforme sera compensé par des économies dans \
        les dépenses de l'État, mais l'opposition estime que le calcul ne tient pas.";

    #[test]
    fn confident_detection_overrides_a_wrong_hint() {
        let c = choose(FR, None, Some(*b"en"));
        assert_eq!((c.code, c.by), (*b"fr", DecidedBy::Detected));
    }

    #[test]
    fn a_weak_detection_follows_the_hint_else_english() {
        let c = choose("Der Minister", None, Some(*b"de"));
        assert_eq!((c.code, c.by), (*b"de", DecidedBy::Hint));
        let c = choose("Der Minister", None, None);
        assert_eq!((c.code, c.by), (*b"en", DecidedBy::Default));
        assert!(undetected_note(c).unwrap().contains("not detected"));
    }

    #[test]
    fn the_caller_wins_over_everything() {
        let c = choose(FR, Some(*b"de"), Some(*b"en"));
        assert_eq!((c.code, c.by), (*b"de", DecidedBy::Caller));
        assert_eq!(undetected_note(c), None);
    }

    #[test]
    fn html_lang_tags_give_their_primary_subtag() {
        assert_eq!(hint_from_tag("de-CH"), Some(*b"de"));
        assert_eq!(hint_from_tag(" EN_us "), Some(*b"en"));
        for bad in ["", "x", "deu", "1a", "é"] {
            assert_eq!(hint_from_tag(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn the_unread_note_names_the_language_and_what_is_read() {
        assert_eq!(
            unread_note(*b"fr", &[*b"en"]),
            "This article is in French: whosaid reads English."
        );
        assert_eq!(
            unread_note(*b"es", &[*b"en", *b"de"]),
            "This article is in Spanish: whosaid reads English and German."
        );
    }
}
