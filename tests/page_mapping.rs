//! Spans of a hand-made `Analysis` mapped back to text-node ranges (and to
//! UTF-16 ranges for analyzeText), independent of what the engine finds:
//! a name split across a link, non-ASCII names, emoji (surrogate pairs),
//! collapsed white space and no-break spaces, spans over paragraph breaks,
//! a capped text; and the JSON shape of the results.

#[path = "fixtures/pages/support.rs"]
mod support;

use support::*;
use whosaid::model::{Analysis, Attribution, Kind, Speaker, SpeakerKind};
use whosaid::page::{page_result, prepare, text_result, NodeRange, PageResult, DEFAULT_CAP};
use whosaid::span::Span;

fn attribution(
    source: Span,
    cue: Span,
    content: Vec<Span>,
    kind: Kind,
    speaker: usize,
) -> Attribution {
    Attribution {
        source: Some(source),
        cue: Some(cue),
        content,
        kind,
        speaker: Some(speaker),
        entity: None,
        confidence: 0.8,
    }
}

fn speaker(
    name: &str,
    kind: SpeakerKind,
    mentions: Vec<Span>,
    attributions: Vec<usize>,
) -> Speaker {
    Speaker {
        name: name.into(),
        kind,
        role: None,
        mentions,
        attributions,
    }
}

/// The bridge-closure page with three hand-made attributions.
fn bridge() -> (whosaid::page::PageInput, String, PageResult) {
    let input = load("bridge-closure");
    let p = prepare(&input, DEFAULT_CAP);
    let t = p.text.text.clone();
    let zoe = find(&t, "Zoë Ångström-Lindqvist");
    let analysis = Analysis {
        attributions: vec![
            attribution(
                zoe,
                find_nth(&t, "said", 1),
                vec![find(&t, "the closure could last “at least six weeks”")],
                Kind::Mixed,
                0,
            ),
            attribution(
                find(&t, "she"),
                find(&t, "told"),
                vec![
                    find(&t, "We are not taking any chances with people’s safety,"),
                    find(&t, "Nobody wants a repeat of 1998."),
                ],
                Kind::Direct,
                0,
            ),
            Attribution {
                entity: Some(zoe),
                ..attribution(
                    find(&t, "The mayor, Dr. Kwame Mensah-Hartley"),
                    find(&t, "said in a statement"),
                    vec![find(&t, "extra ferries would run every 15 minutes")],
                    Kind::Indirect,
                    1,
                )
            },
            Attribution {
                source: None,
                cue: None,
                content: vec![find(
                    &t,
                    "#BridgeOut🚧 was shared thousands of times by the evening 😤",
                )],
                kind: Kind::Indirect,
                speaker: None,
                entity: None,
                confidence: 0.2,
            },
        ],
        speakers: vec![
            speaker(
                "Zoë Ångström-Lindqvist",
                SpeakerKind::Person,
                vec![zoe, find(&t, "she")],
                vec![0, 1],
            ),
            speaker(
                "Kwame Mensah-Hartley",
                SpeakerKind::Person,
                vec![find(&t, "Dr. Kwame")],
                vec![2],
            ),
        ],
    };
    let result = page_result(p.article.clone(), &p.text, &analysis);
    (input, t, result)
}

#[test]
fn a_name_split_across_a_link_spans_two_nodes() {
    let (input, _, r) = bridge();
    let src = r.attributions[0].source.unwrap();
    assert_eq!(
        src,
        NodeRange {
            start_node: node(&input, "Zoë "),
            start_offset: 0,
            end_node: node(&input, "Ångström-Lindqvist"),
            end_offset: "Ångström-Lindqvist".encode_utf16().count(),
        }
    );
    assert_eq!(source_of(&input, src), "Zoë Ångström-Lindqvist");
    assert_eq!(
        r.attributions[0].source_text.as_deref(),
        Some("Zoë Ångström-Lindqvist")
    );
}

#[test]
fn contents_over_inline_elements_and_quotes() {
    let (input, _, r) = bridge();
    let a = &r.attributions[1];
    assert_eq!(a.content.len(), 2);
    // "any" is in an <em>: the first piece starts in one node and ends in the
    // one after the emphasis.
    let first = a.content[0];
    assert_eq!(first.start_node, node(&input, "“We are not taking "));
    assert_eq!(first.start_offset, 1, "after the opening quotation mark");
    assert!(first.end_node > first.start_node + 1);
    assert_eq!(
        source_of(&input, first),
        "We are not taking any chances with people’s safety,"
    );
    assert_eq!(
        normalize(&source_of(&input, a.content[1])),
        "Nobody wants a repeat of 1998."
    );
    assert_eq!(
        a.content_text,
        [
            "We are not taking any chances with people’s safety,",
            "Nobody wants a repeat of 1998."
        ]
    );
    let cue = a.cue.unwrap();
    assert_eq!(source_of(&input, cue), "told");
}

#[test]
fn emoji_offsets_count_surrogate_pairs() {
    let (input, _, r) = bridge();
    let c = r.attributions[3].content[0];
    let tag = node(&input, "#BridgeOut🚧");
    assert_eq!((c.start_node, c.start_offset), (tag, 0));
    let tail = &input.nodes[c.end_node].text;
    assert_eq!(c.end_node, tag + 1);
    // " was shared thousands of times by the evening 😤": the end falls after
    // both units of the emoji.
    assert_eq!(c.end_offset, tail.find('😤').unwrap() + 2);
    assert_eq!(
        utf16_slice(tail, c.end_offset - 2, c.end_offset).unwrap(),
        "😤"
    );
    assert_eq!(
        source_of(&input, c),
        "#BridgeOut🚧 was shared thousands of times by the evening 😤"
    );
    assert!(r.attributions[3].cue.is_none() && r.attributions[3].source.is_none());
}

#[test]
fn collapsed_white_space_maps_back_into_the_original_run() {
    let (input, _, r) = bridge();
    let a = &r.attributions[2];
    let src = a.source.unwrap();
    let raw = "The mayor,\u{a0}Dr.\u{a0}Kwame  Mensah-Hartley";
    assert_eq!(
        source_of(&input, src),
        raw,
        "the node's own characters, no-break spaces and all"
    );
    assert_eq!(
        a.source_text.as_deref(),
        Some("The mayor, Dr. Kwame Mensah-Hartley")
    );
    assert_eq!(a.entity.as_deref(), Some("Zoë Ångström-Lindqvist"));
    // "said in a\n          statement": the cue crosses a source line break.
    let cue = a.cue.unwrap();
    assert_eq!(normalize(&source_of(&input, cue)), "said in a statement");
    assert!(source_of(&input, cue).contains('\n'));
}

#[test]
fn speakers_and_summary() {
    let (_, _, r) = bridge();
    assert_eq!(r.speakers.len(), 2);
    assert_eq!(r.speakers[0].mentions, 2);
    assert_eq!(r.speakers[0].attributions, [0, 1]);
    assert!(r.speakers[0].named);
    assert_eq!(
        r.summary.claims, 3,
        "the quotation without a cue is not a claim"
    );
    assert_eq!(r.summary.sources, 2);
    assert_eq!(r.summary.direct_share, 0.33);
    assert_eq!(r.summary.anonymous_share, 0.0);
}

#[test]
fn page_result_json_has_the_contract_shape() {
    let (_, _, r) = bridge();
    let v = serde_json::to_value(&r).unwrap();
    let art = &v["article"];
    assert_eq!(art["found"], true);
    assert!(art["root"].as_i64().unwrap() >= 0);
    assert_eq!(
        art["firstWords"],
        "Engineers closed the Vestbro harbour bridge"
    );
    assert!(art["textLength"].as_u64().unwrap() > 500);
    assert_eq!(art["truncated"], false);
    assert!(art["note"].is_null());
    let a = &v["attributions"][0];
    for key in ["startNode", "startOffset", "endNode", "endOffset"] {
        assert!(a["source"][key].is_u64(), "source.{key}");
    }
    assert_eq!(a["id"], 0);
    assert_eq!(a["kind"], "mixed");
    assert_eq!(a["cueText"], "said");
    assert_eq!(a["speaker"], 0);
    assert!(a["entity"].is_null());
    assert!(a["contentText"].is_array());
    assert_eq!(a["confidence"], 0.8);
    assert!(v["attributions"][3]["cue"].is_null());
    let s = &v["speakers"][1];
    assert_eq!(s["id"], 1);
    assert_eq!(s["kind"], "person");
    assert!(s["role"].is_null());
    assert_eq!(s["mentions"], 1);
    for key in ["sources", "claims", "anonymousShare", "directShare"] {
        assert!(v["summary"][key].is_number(), "summary.{key}");
    }
}

#[test]
fn spans_across_paragraph_breaks_and_bad_spans() {
    let input = load("bridge-closure");
    let p = prepare(&input, DEFAULT_CAP);
    let t = &p.text.text;
    let brk = t.find("\n\n").unwrap();
    // From the end of one paragraph into the next.
    let r = p.text.range(Span::new(brk - 5, brk + 2 + 3)).unwrap();
    check_range(&input, r);
    assert_eq!(
        source_of(&input, r).split_whitespace().next(),
        Some("said.")
    );
    assert!(source_of(&input, r).ends_with("Zoë"));
    // Only the break: nothing.
    assert_eq!(p.text.range(Span::new(brk, brk + 2)), None);
    // Inside a multi-byte character: widened to it.
    let e = t.find('ë').unwrap();
    let r = p.text.range(Span::new(e + 1, e + 2)).unwrap();
    assert_eq!(source_of(&input, r), "ë");
    // Past the end: clamped; reversed: nothing.
    assert!(p.text.range(Span::new(t.len() - 3, t.len() + 50)).is_some());
    assert_eq!(p.text.range(Span::new(10, 5)), None);
}

#[test]
fn capped_text_maps_and_says_so() {
    let input = load("bridge-closure");
    let full = prepare(&input, DEFAULT_CAP);
    let p = prepare(&input, 300);
    assert!(p.article.truncated);
    assert!(p.text.text.len() <= 300);
    assert!(full.text.text.starts_with(&p.text.text));
    assert!(
        p.text.text.ends_with("“at least six weeks”."),
        "cut at a paragraph break"
    );
    let note = p.article.note.as_deref().unwrap();
    assert!(
        note.contains("300 bytes") && note.contains(&format!("of {}", full.article.text_length)),
        "{note}"
    );
    assert_eq!(p.article.text_length, p.text.text.encode_utf16().count());
    let zoe = find(&p.text.text, "Ångström");
    let r = p.text.range(zoe).unwrap();
    assert_eq!(source_of(&input, r), "Ångström");
}

#[test]
fn text_results_use_utf16_offsets() {
    let text = "Zoë said 😀 “fine”, the mayor said.";
    let analysis = Analysis {
        attributions: vec![attribution(
            find(text, "the mayor"),
            find_nth(text, "said", 1),
            vec![find(text, "fine")],
            Kind::Direct,
            0,
        )],
        speakers: vec![speaker(
            "the mayor",
            SpeakerKind::Anonymous,
            vec![find(text, "the mayor")],
            vec![0],
        )],
    };
    let r = text_result(text, &analysis);
    let a = &r.attributions[0];
    let s = a.source.unwrap();
    assert_eq!(utf16_slice(text, s.start, s.end).unwrap(), "the mayor");
    let c = a.content[0];
    assert_eq!(utf16_slice(text, c.start, c.end).unwrap(), "fine");
    assert_eq!(c.start, "Zoë said 😀 “".encode_utf16().count());
    assert_eq!(r.summary.anonymous_share, 1.0);
    let v = serde_json::to_value(&r).unwrap();
    assert!(v.get("article").is_none());
    assert_eq!(v["attributions"][0]["content"][0]["start"], c.start);
}
