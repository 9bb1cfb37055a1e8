//! The page path's language: the article's text decides (a confident
//! detection overrides the page's `<html lang>`, a weak one follows it), and
//! an article in a language whosaid does not read gets no attributions and
//! one sentence for the reader in `article.note`.

use super::{page_result, prepare, PageInput, PageResult};
use crate::export::{read_choosing, Lang, LANGUAGES};
use crate::lang::{hint_from_tag, DecidedBy};
use crate::model::Analysis;

/// [`super::analyze_page`] with the page's `<html lang>` (`""` when it has
/// none) as a hint.
pub fn analyze_page_hinted(input: &PageInput, cap: usize, html_lang: &str) -> PageResult {
    let mut prepared = prepare(input, cap);
    let hint = hint_from_tag(html_lang);
    let article = &mut prepared.article;
    let analysis = if prepared.text.text.is_empty() {
        article.lang = String::from_utf8_lossy(&hint.unwrap_or(*b"en")).into_owned();
        article.lang_read = LANGUAGES.contains(&article.lang.as_str());
        Analysis::default()
    } else {
        let (choice, reading) = read_choosing(&prepared.text.text, Lang::Auto, hint);
        article.lang_detected = choice.by == DecidedBy::Detected;
        article.lang_read = LANGUAGES.contains(&reading.lang.as_str());
        if !article.lang_read {
            article.note = reading.note;
        }
        article.lang = reading.lang;
        reading.analysis
    };
    page_result(prepared.article, &prepared.text, &analysis)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::page::tests::article_page as page;
    use crate::page::DEFAULT_CAP;

    // Written for the project.
    const FR: &str = "Le maire a annoncé lundi que la piscine municipale resterait fermée \
        tout l'été, faute de personnel. « Nous n'avons pas trouvé assez de maîtres-nageurs », \
        a déclaré l'adjoint chargé des sports, qui promet une réouverture à la rentrée. Les \
        parents d'élèves, eux, dénoncent une décision prise sans aucune concertation avec \
        les familles du quartier.";
    const EN: &str = "The mayor announced on Monday that the town pool would stay closed \
        for the whole summer because it has too few staff. “We could not find enough \
        lifeguards,” said the deputy in charge of sport, who promised to reopen it in \
        September. Parents, for their part, say the decision was taken without any talks \
        with the families of the area.";

    #[test]
    fn a_french_article_gets_no_highlights_and_one_sentence() {
        let r = analyze_page_hinted(&page(&[FR]), DEFAULT_CAP, "fr-FR");
        assert!(r.article.found && r.attributions.is_empty() && r.speakers.is_empty());
        assert_eq!(
            (r.article.lang.as_str(), r.article.lang_read),
            ("fr", false)
        );
        assert!(r.article.lang_detected);
        let note = r.article.note.unwrap();
        assert!(
            note.starts_with("This article is in French: whosaid reads English"),
            "{note}"
        );
        // A wrong hint does not make French English.
        let r = analyze_page_hinted(&page(&[FR]), DEFAULT_CAP, "en");
        assert_eq!(r.article.lang, "fr");
    }

    #[test]
    fn a_mislabelled_english_page_is_read_as_english() {
        let r = analyze_page_hinted(&page(&[EN]), DEFAULT_CAP, "de");
        assert_eq!((r.article.lang.as_str(), r.article.lang_read), ("en", true));
        assert!(r.article.lang_detected && r.article.note.is_none());
        assert!(r
            .attributions
            .iter()
            .any(|a| a.content_text == ["We could not find enough lifeguards"]));
        assert_eq!(r, crate::page::analyze_page(&page(&[EN]), DEFAULT_CAP));
    }

    #[test]
    fn an_english_article_quoting_german_stays_english() {
        let quoting = "The German minister answered in his own language: „Wir werden \
            die Brücke nicht sperren, solange es keine Umleitung gibt“, he told reporters.";
        let r = analyze_page_hinted(&page(&[EN, quoting]), DEFAULT_CAP, "");
        assert_eq!(r.article.lang, "en");
        let quoted: Vec<&str> = r
            .attributions
            .iter()
            .flat_map(|a| a.content_text.iter().map(String::as_str))
            .collect();
        assert!(
            quoted
                .iter()
                .any(|c| c.starts_with("Wir werden die Brücke")),
            "{quoted:?}"
        );
    }

    #[test]
    fn a_short_text_follows_the_hint() {
        let r = analyze_page_hinted(&page(&["Le maire a parlé."]), DEFAULT_CAP, "fr");
        assert_eq!(
            (r.article.lang.as_str(), r.article.lang_detected),
            ("fr", false)
        );
        assert!(r.attributions.is_empty() && r.article.note.is_some());
        let r = analyze_page_hinted(&page(&["The mayor spoke."]), DEFAULT_CAP, "");
        assert_eq!((r.article.lang.as_str(), r.article.lang_read), ("en", true));
    }
}
