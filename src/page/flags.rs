//! Per-element flags from the tag, the role and the class words: what the
//! article chooser reads of an element ([`element_flags`]).

use super::input::Element;

/// Starts a new line in a browser's default style sheet.
pub(crate) const BLOCK: u16 = 1 << 0;
/// A link (`a`).
pub(crate) const LINK: u16 = 1 << 1;
/// Keeps its white space (`pre`).
pub(crate) const PRE: u16 = 1 << 2;
/// A paragraph-like block (p, li, headings, blockquote…): holds text, never
/// chosen as the article itself.
pub(crate) const PARA: u16 = 1 << 3;
pub(crate) const HEADING: u16 = 1 << 4;
/// A block that groups other blocks (div, ul, section, table…): may be a
/// link list.
pub(crate) const CONTAINER: u16 = 1 << 5;
/// `<article>`.
pub(crate) const ARTICLE: u16 = 1 << 6;
/// `itemprop="articleBody"`.
pub(crate) const ARTICLE_BODY: u16 = 1 << 7;
/// Never article text whatever its size: hidden, nav, figcaption.
pub(crate) const STRONG_SKIP: u16 = 1 << 8;
/// Usually not article text (header, footer, aside, form, "related",
/// "share", "ad" class words…), unless it holds most of the page's prose.
pub(crate) const WEAK_SKIP: u16 = 1 << 9;
/// Never skipped for its tag or class words (html, body, main, role:main).
pub(crate) const EXEMPT: u16 = 1 << 10;
/// An image gallery, slideshow or carousel: its slides' captions, like
/// `figcaption`, are never article text whatever their size (strongly
/// skipped unless it is the article, main or body itself).
pub(crate) const GALLERY: u16 = 1 << 11;

fn tag_flags(tag: &str) -> u16 {
    match tag {
        "a" => LINK,
        "p" | "li" | "dd" | "dt" | "blockquote" | "th" | "caption" | "summary" | "legend" => {
            BLOCK | PARA
        }
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => BLOCK | PARA | HEADING,
        "pre" | "listing" | "plaintext" | "xmp" => BLOCK | PARA | PRE,
        "figcaption" => BLOCK | PARA | STRONG_SKIP,
        "nav" => BLOCK | CONTAINER | STRONG_SKIP,
        "header" | "footer" | "aside" | "form" | "menu" | "dialog" | "fieldset" => {
            BLOCK | CONTAINER | WEAK_SKIP
        }
        "button" | "select" | "option" | "optgroup" | "datalist" | "label" => WEAK_SKIP,
        "html" | "body" | "main" => BLOCK | CONTAINER | EXEMPT,
        "article" => BLOCK | CONTAINER | ARTICLE,
        "div" | "section" | "ul" | "ol" | "dl" | "dir" | "table" | "tbody" | "thead" | "tfoot"
        | "tr" | "td" | "figure" | "address" | "center" | "details" | "hgroup" | "search"
        | "frameset" | "frame" | "noframes" => BLOCK | CONTAINER,
        "hr" | "br" | "video" | "audio" | "canvas" | "iframe" | "object" | "embed" | "img"
        | "picture" | "map" => BLOCK,
        _ => 0,
    }
}

fn role_flags(role: &str) -> u16 {
    match role {
        "navigation" | "menu" | "menubar" | "menuitem" | "tablist" | "toolbar" | "tooltip" => {
            STRONG_SKIP
        }
        "banner" | "contentinfo" | "complementary" | "search" | "dialog" | "alertdialog"
        | "alert" | "form" => WEAK_SKIP,
        "main" => EXEMPT,
        _ => 0,
    }
}

/// Class or id tokens (words split at `-`, `_`, `:` and `.`) that mark a
/// block as something other than the story.
const SKIP_TOKENS: &[&str] = &[
    "ad",
    "ads",
    "adslot",
    "adunit",
    "advert",
    "adverts",
    "advertisement",
    "advertising",
    "banner",
    "breadcrumb",
    "breadcrumbs",
    "byline",
    "caption",
    "comment",
    "comments",
    "consent",
    "cookie",
    "cookies",
    "credit",
    "credits",
    "disqus",
    "footer",
    "header",
    "masthead",
    "menu",
    "modal",
    "nav",
    "navbar",
    "navigation",
    "newsletter",
    "outbrain",
    "pagination",
    "pager",
    "popular",
    "popup",
    "promo",
    "promotion",
    "recirc",
    "recirculation",
    "recommended",
    "recommendations",
    "related",
    "share",
    "sharing",
    "sidebar",
    "signup",
    "skip",
    "social",
    "sponsor",
    "sponsored",
    "subscribe",
    "subscription",
    "taboola",
    "tags",
    "toolbar",
    "trending",
    "vid",
    "video",
    "player",
    "widget",
];

/// Class or id tokens of image collections (see [`GALLERY`]).
const GALLERY_TOKENS: &[&str] = &[
    "gallery",
    "galleries",
    "slideshow",
    "slideshows",
    "carousel",
    "lightbox",
];

/// Whole words for text that is there for screen readers only.
const SKIP_WORDS: &[&str] = &[
    "sr-only",
    "visually-hidden",
    "visuallyhidden",
    "screen-reader-text",
    "screen-reader-only",
    "screenreader-only",
];

/// Parts of a class or id word that mark boilerplate wherever they appear in
/// it ("emailoptin", "commentlist"; pull quotes, which repeat the text).
const SKIP_PARTS: &[&str] = &[
    "advert",
    "breadcrumb",
    "comment",
    "cookie",
    "disqus",
    "newsletter",
    "optin",
    "outbrain",
    "paywall",
    "popup",
    "pullquote",
    "pull-quote",
    "pull_quote",
    "recirc",
    "related",
    "sidebar",
    "signup",
    "social",
    "sponsor",
    "subscribe",
    "taboola",
];

/// A first token that makes a class word describe something else ("has-sidebar",
/// "no-comments", "tag-related", "with-ads").
const BENIGN_FIRST: &[&str] = &[
    "has", "no", "with", "without", "tag", "category", "topic", "is", "enable", "enabled", "allow",
    "show",
];

/// A last token that makes a class word a state ("comments-open").
const BENIGN_LAST: &[&str] = &["open", "closed", "enabled", "disabled", "allowed", "count"];

fn attr_flags(attrs: &str) -> u16 {
    let mut flags = 0;
    for word in attrs.split_ascii_whitespace() {
        if let Some(role) = word.strip_prefix("role:") {
            flags |= role_flags(role);
            continue;
        }
        if let Some(prop) = word.strip_prefix("itemprop:") {
            if prop == "articlebody" {
                flags |= ARTICLE_BODY;
            }
            continue;
        }
        if SKIP_WORDS.contains(&word) {
            flags |= WEAK_SKIP;
            continue;
        }
        let mut tokens = word.split(['-', '_', ':', '.']).filter(|t| !t.is_empty());
        let first = tokens.clone().next().unwrap_or("");
        let last = tokens.clone().next_back().unwrap_or("");
        if BENIGN_FIRST.contains(&first) || BENIGN_LAST.contains(&last) {
            continue;
        }
        if tokens.clone().any(|t| GALLERY_TOKENS.contains(&t)) {
            flags |= GALLERY;
        }
        if tokens.any(|t| SKIP_TOKENS.contains(&t))
            || (SKIP_PARTS.iter().any(|p| word.contains(p)) && !word.contains("commentary"))
        {
            flags |= WEAK_SKIP;
        }
    }
    flags
}

/// Flags of one element, from its tag and attribute words. Tags are compared
/// in lower case whatever the input says.
pub(crate) fn element_flags(e: &Element) -> u16 {
    let mut flags = if e.tag.bytes().any(|b| b.is_ascii_uppercase()) {
        tag_flags(&e.tag.to_ascii_lowercase())
    } else {
        tag_flags(&e.tag)
    };
    flags |= if e.attrs.bytes().any(|b| b.is_ascii_uppercase()) {
        attr_flags(&e.attrs.to_ascii_lowercase())
    } else {
        attr_flags(&e.attrs)
    };
    if e.hidden {
        flags |= STRONG_SKIP;
    }
    if flags & (EXEMPT | ARTICLE | ARTICLE_BODY) != 0 {
        // An article, main or body is not a sidebar because of a class word.
        flags &= !WEAK_SKIP;
    } else if flags & GALLERY != 0 {
        flags |= STRONG_SKIP;
    }
    flags
}

#[cfg(test)]
mod tests {
    use super::*;

    fn el(parent: i64, tag: &str, attrs: &str) -> Element {
        Element::new(parent, tag, attrs)
    }

    #[test]
    fn class_words_mark_boilerplate() {
        let skip = |attrs: &str| element_flags(&el(-1, "div", attrs)) & WEAK_SKIP != 0;
        assert!(skip("related-links"));
        assert!(skip("story share_tools"));
        assert!(skip("ad-slot top"));
        assert!(skip("site-newsletter-signup"));
        assert!(skip("comments"));
        assert!(skip("sr-only"));
        assert!(skip("emailoptin desktop"));
        assert!(skip("commentlist"));
        assert!(skip("story-pull-quote"));
        assert!(skip("js-vid-hed-cvp_story_0 cnnheadline"));
        assert!(skip("role:complementary"));
        assert!(!skip("story-body content"));
        assert!(!skip("has-sidebar layout"));
        assert!(!skip("comments-open"));
        assert!(!skip("shareable headline loaded"));
        assert!(!skip("overflow-hidden md:block"));
        assert!(!skip("commentary-body"));
    }

    #[test]
    fn articles_and_bodies_are_exempt_from_class_words() {
        let f = element_flags(&el(-1, "article", "post related-post"));
        assert_eq!(f & WEAK_SKIP, 0);
        assert_ne!(f & ARTICLE, 0);
        let f = element_flags(&el(-1, "div", "sidebar itemprop:articlebody"));
        assert_eq!(f & WEAK_SKIP, 0);
        assert_ne!(f & ARTICLE_BODY, 0);
        let f = element_flags(&el(-1, "DIV", "Related"));
        assert_ne!(f & WEAK_SKIP, 0);
        assert_ne!(f & BLOCK, 0);
    }

    #[test]
    fn hidden_and_nav_are_strong() {
        let mut e = el(-1, "p", "");
        e.hidden = true;
        assert_ne!(element_flags(&e) & STRONG_SKIP, 0);
        assert_ne!(element_flags(&el(-1, "nav", "")) & STRONG_SKIP, 0);
        assert_ne!(element_flags(&el(-1, "figcaption", "")) & STRONG_SKIP, 0);
        let strong = |tag: &str, attrs: &str| element_flags(&el(-1, tag, attrs)) & STRONG_SKIP != 0;
        // Slides' captions, however long: like figcaption.
        assert!(strong("div", "embed-wrapper type-gallery"));
        assert!(strong("ul", "photo-slideshow slides"));
        assert!(strong("section", "story_carousel"));
        assert!(!strong("div", "has-gallery story-body"));
        assert!(!strong("article", "post gallery"));
        assert!(!strong("div", "itemprop:articlebody gallery-layout"));
        assert!(!strong("div", "galleryless story"));
        assert_ne!(
            element_flags(&el(-1, "ul", "role:navigation")) & STRONG_SKIP,
            0
        );
    }
}
