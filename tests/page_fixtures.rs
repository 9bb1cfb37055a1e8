//! The page path on hand-written news pages (tests/fixtures/pages/html,
//! turned into analyzePage inputs by make_fixtures.py): which article is
//! chosen, the text built from it, and every word of it mapped back to the
//! text nodes it came from.

#[path = "fixtures/pages/support.rs"]
mod support;

use support::*;
use whosaid::page::{prepare, PageInput, Prepared, DEFAULT_CAP};
use whosaid::span::Span;

const FIXTURES: &[&str] = &[
    "bridge-closure",
    "no-article-tag",
    "two-articles",
    "two-blocks",
    "table-br",
    "gallery-in-story",
];

fn prepared(name: &str) -> (PageInput, Prepared) {
    let input = load(name);
    let p = prepare(&input, DEFAULT_CAP);
    (input, p)
}

fn root_of(input: &PageInput, p: &Prepared) -> (String, String) {
    assert!(p.article.found, "no article found");
    let e = &input.elements[usize::try_from(p.article.root).expect("a root")];
    (e.tag.clone(), e.attrs.clone())
}

fn paragraphs(p: &Prepared) -> Vec<&str> {
    p.text.text.split("\n\n").collect()
}

#[test]
fn bridge_closure_takes_the_article_body_and_nothing_else() {
    let (input, p) = prepared("bridge-closure");
    assert_eq!(
        root_of(&input, &p),
        ("div".into(), "story-body itemprop:articlebody".into())
    );
    assert_eq!(
        paragraphs(&p),
        [
            "Engineers closed the Vestbro harbour bridge on Tuesday after inspectors found cracks in two of its steel supports, the city’s transport agency said.",
            "Zoë Ångström-Lindqvist, who heads the agency’s bridges unit, said the closure could last “at least six weeks”.",
            "“We are not taking any chances with people’s safety,” she told reporters at a briefing on Łódź Street. “Nobody wants a repeat of 1998.”",
            "Commuters vented online, where the tag #BridgeOut🚧 was shared thousands of times by the evening 😤 as queues grew.",
            "The mayor, Dr. Kwame Mensah-Hartley, said in a statement that extra ferries would run every 15 minutes while the bridge is shut.",
            "According to the agency, about 41,000 vehicles cross the bridge each day.",
            "What happens next",
            "A spokesperson for Nordvik Ferries said the company had “more than enough boats” to cope.",
            "Ferries will leave every 15 minutes from 6 a.m.",
            "Bus route 14 will be diverted over the Elm Street crossing.",
        ]
    );
    let a = &p.article;
    assert_eq!(a.first_words, "Engineers closed the Vestbro harbour bridge");
    assert_eq!(a.text_length, p.text.text.encode_utf16().count());
    assert!(!a.truncated && a.note.is_none());
}

#[test]
fn a_div_layout_without_markers_takes_both_halves_of_the_story() {
    let (input, p) = prepared("no-article-tag");
    assert_eq!(root_of(&input, &p), ("div".into(), "article-text".into()));
    let text = &p.text.text;
    assert_eq!(paragraphs(&p).len(), 5);
    assert!(text.starts_with("The Riverside public library reopened on Saturday"));
    assert!(text.ends_with("raised half a metre “so this never happens again”."));
    for absent in [
        "Advertisement",
        "cookies",
        "Bakery",
        "choir",
        "Sunshine",
        "Riverside Gazette",
    ] {
        assert!(!text.contains(absent), "{absent:?} leaked into the article");
    }
}

#[test]
fn of_two_articles_the_longer_wins_whatever_the_order() {
    let (input, p) = prepared("two-articles");
    let (tag, attrs) = root_of(&input, &p);
    assert_eq!((tag.as_str(), attrs.as_str()), ("article", "story"));
    assert_eq!(
        p.article.first_words,
        "Mountain observatory wins funding to stay"
    );
    assert_eq!(paragraphs(&p).len(), 6, "headline and five paragraphs");
    assert!(!p.text.text.contains("Ferry") && !p.text.text.contains("Comet"));

    // The same page with the stories swapped: still the observatory.
    let mut swapped = input.clone();
    let root = p.article.root as usize;
    let other = (0..input.elements.len())
        .find(|&e| e != root && input.elements[e].tag == "article")
        .unwrap();
    for n in swapped.nodes.iter_mut() {
        let mut anc = n.parent;
        while anc >= 0 && anc as usize != root && anc as usize != other {
            anc = input.elements[anc as usize].parent;
        }
        if anc >= 0 {
            // Cut each story's text in half or double it: the longer one wins.
            if anc as usize == root {
                n.text = n.text.chars().take(n.text.chars().count() / 3).collect();
            } else {
                n.text = format!("{} {}", n.text, n.text);
            }
        }
    }
    let q = prepare(&swapped, DEFAULT_CAP);
    assert_eq!(q.article.root, other as i64);
}

#[test]
fn of_two_blocks_the_one_with_more_prose_wins() {
    let (input, p) = prepared("two-blocks");
    assert_eq!(root_of(&input, &p), ("div".into(), "entry-content".into()));
    let parent = input.elements[p.article.root as usize].parent as usize;
    assert_eq!(
        input.elements[input.elements[parent].parent as usize].attrs,
        "col col-main"
    );
    assert_eq!(paragraphs(&p).len(), 4);
    assert!(!p.text.text.contains("ferry captain") && !p.text.text.contains("Leave a reply"));
}

#[test]
fn br_layouts_become_paragraphs() {
    let (input, p) = prepared("table-br");
    assert_eq!(root_of(&input, &p), ("td".into(), "content".into()));
    assert_eq!(
        paragraphs(&p),
        [
            // The headline in <font><b> runs into the first line: a <br>
            // between nodes of different parents cannot be seen.
            "Water main repairs finished early Repairs to the burst water main under Station Road were finished two days ahead of schedule, the water board said on Friday.",
            "Site manager Tomás Ó Briain said crews had worked through the night.",
            // A comment between two sentences reads as a break.
            "The road reopened at 6 a.m.",
            "Residents said they were relieved. “Three days without water is enough for anyone,” said Priya Raghunathan, who lives on the corner.",
        ]
    );
    assert!(!p.text.text.contains("Archive"));
}

#[test]
fn a_gallery_inside_the_story_is_left_out_however_long_its_captions() {
    let (input, p) = prepared("gallery-in-story");
    assert_eq!(
        root_of(&input, &p),
        ("article".into(), "full-article".into())
    );
    let text = &p.text.text;
    assert!(text.starts_with("Harbour town votes to keep its fishing fleet"));
    assert!(text.ends_with("said Jory Penhallow, who skippers one of the boats."));
    assert_eq!(paragraphs(&p).len(), 6, "headline and five paragraphs");
    for absent in ["lighthouse", "auctioneer", "1/10", "Harbour cafe"] {
        assert!(
            !text.contains(absent),
            "{absent:?}: a caption leaked into the article"
        );
    }
    // Without the gallery words the slides are ordinary blocks of the story.
    let mut plain = input.clone();
    for e in plain.elements.iter_mut() {
        e.attrs = e
            .attrs
            .replace("type-gallery", "type-embed")
            .replace("full-gallery", "full-set");
    }
    assert!(prepare(&plain, DEFAULT_CAP)
        .text
        .text
        .contains("lighthouse"));
}

/// Every word of every fixture's article maps back to exactly that word in
/// the page's text nodes.
#[test]
fn every_word_round_trips_to_its_nodes() {
    for name in FIXTURES {
        let (input, p) = prepared(name);
        let text = &p.text.text;
        let mut words = 0;
        for (start, word) in text
            .split_whitespace()
            .map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
        {
            let r = p
                .text
                .range(Span::new(start, start + word.len()))
                .expect("a word maps");
            check_range(&input, r);
            assert_eq!(normalize(&source_of(&input, r)), word, "{name}: {r:?}");
            words += 1;
        }
        assert!(words > 50, "{name}: only {words} words");
        let whole = p
            .text
            .range(Span::new(0, text.len()))
            .expect("the whole text maps");
        check_range(&input, whole);
    }
}

/// Every character of the built text, white space included, comes from a
/// character of the same node text (collapsed runs from their first
/// character, which is white space too).
#[test]
fn every_character_round_trips() {
    for name in FIXTURES {
        let (input, p) = prepared(name);
        let text = &p.text.text;
        for (i, c) in text.char_indices() {
            let r = p.text.range(Span::new(i, i + c.len_utf8()));
            if c == '\n' {
                assert_eq!(r, None, "{name}: paragraph breaks have no source");
                continue;
            }
            let r = r.expect("a sourced character");
            check_range(&input, r);
            assert_eq!(r.start_node, r.end_node);
            let src = source_of(&input, r);
            if c == ' ' {
                assert!(
                    src.chars().all(char::is_whitespace),
                    "{name}: {src:?} for a space"
                );
            } else {
                assert_eq!(src, c.to_string(), "{name}: byte {i}");
            }
        }
    }
}
