//! `engine.rs`'s tests: progressive and negated progressive cues, a subject
//! that opens its own clause after a comma, cues that need a clause and not a
//! plain object.

use crate::patterns::testing::triples;

#[test]
fn progressive_cues_with_an_adverb_between() {
    let t = triples("The campaign is already claiming that it won the county.");
    assert_eq!(t.len(), 1, "{t:?}");
    assert_eq!(t[0].1, "claiming");
    let t = triples(
        "Holt is telling a full hall in Dover that he has fond memories of his first race.",
    );
    assert_eq!(t.len(), 1, "{t:?}");
    assert_eq!(t[0].2, ["he has fond memories of his first race"]);
    let t = triples("He’s predicting he will do very well in the next contest.");
    assert_eq!(t.len(), 1, "{t:?}");
    assert_eq!(
        (t[0].0.as_deref(), t[0].1.as_str()),
        (Some("He"), "predicting")
    );
    // A possessive is no contracted "is": "Lund’s saying" is a noun.
    assert!(triples("Lund’s saying about the harbor became a motto.").is_empty());
    // A participle after a noun is no progressive.
    assert!(triples("The campaign already claiming the county was a rumour.").is_empty());
}

#[test]
fn a_negated_progressive_still_reports() {
    // "isn’t saying whether …": what the speaker keeps back is reported.
    for text in [
        "The warden isn’t saying whether the ferry will run on Sunday.",
        "The pilots aren't saying if the strike will end soon.",
    ] {
        let t = triples(text);
        assert_eq!(t.len(), 1, "{text}: {t:?}");
        assert_eq!(t[0].1, "saying", "{t:?}");
    }
}

#[test]
fn a_subject_after_a_comma_opens_its_own_clause() {
    let t = triples(
        "The mayor has pledged to finish the tram by May, the engineer warned that the tunnel was still flooded.",
    );
    assert_eq!(t.len(), 2, "{t:?}");
    assert_eq!(t[0].2, ["to finish the tram by May"], "{t:?}");
    assert_eq!(t[1].2, ["the tunnel was still flooded"], "{t:?}");
    // "According to X, Y said that …" keeps the report it frames.
    let t = triples("According to the Herald, the mayor said that the tram would be late.");
    assert!(
        t.iter()
            .any(|x| x.1 == "According to"
                && x.2 == ["the mayor said that the tram would be late"]),
        "{t:?}"
    );
}

#[test]
fn verbs_that_take_plain_objects_need_a_clause() {
    // "write", "pledge", "promise" (marked ~ in cues.txt) report only
    // a clause, a quotation or an infinitive, not a plain object.
    for plain in [
        "The senator wrote a letter to the board last week.",
        "The totals include early ballots and mailed ballots.",
        "The mayor promised new parks for every district.",
    ] {
        assert!(triples(plain).is_empty(), "{plain}");
    }
    for claim in [
        "The senator wrote that the board had broken its own rules.",
        "The governor pledged to cut the state income tax by half.",
        "The mayor promised that every district would get a new park.",
        // A clause with no "that": a subject and a finite verb.
        "The mayor promised the city would pay for every new park.",
        "The auditor wrote they may have lost the files in the move.",
    ] {
        assert_eq!(triples(claim).len(), 1, "{claim}");
    }
}
