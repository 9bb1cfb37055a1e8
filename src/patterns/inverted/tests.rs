//! The tests of `inverted.rs`: CONTENT, SOURCE CUE and CONTENT, CUE SOURCE on short sentences.

use super::super::testing::{one, s, triples};

#[test]
fn quote_then_source_then_cue() {
    let (src, cue, content, kind) =
        one("“A delegation will visit Cairo tomorrow to meet officials,” the official said.");
    assert_eq!(
        (src, cue.as_str(), kind),
        (s("the official"), "said", "direct")
    );
    assert_eq!(
        content,
        ["A delegation will visit Cairo tomorrow to meet officials"]
    );
}

#[test]
fn quote_then_cue_then_source_with_role() {
    let (src, cue, content, _) =
        one("“This is a winter tax on the poor,” said Luis Marin, the party’s finance spokesman.");
    assert_eq!((src, cue.as_str()), (s("Luis Marin"), "said"));
    assert_eq!(content, ["This is a winter tax on the poor"]);
}

#[test]
fn clause_then_source_then_cue() {
    let (src, _, content, kind) =
        one("Attendance rose to 210,000 from 185,000 last year, organizers said.");
    assert_eq!((src, kind), (s("organizers"), "indirect"));
    assert_eq!(
        content,
        ["Attendance rose to 210,000 from 185,000 last year"]
    );
}

#[test]
fn a_short_quotation_opening_the_sentence_is_speech() {
    let (src, _, content, kind) = one("“Savage,” she said, meaning he is bold.");
    assert_eq!((src, kind), (s("she"), "direct"));
    assert_eq!(content, ["Savage"]);
    // The same capitalised words as a title inside a sentence are not.
    let t = super::super::testing::triples("He told “Evening Report,” Holm said.");
    assert!(t.iter().all(|x| x.2 != ["Evening Report"]), "{t:?}");
}

#[test]
fn split_quote_is_one_attribution() {
    let (src, _, content, kind) =
        one("“In September he gets his answer,” he said, “only not the one he expects.”");
    assert_eq!((src, kind), (s("he"), "direct"));
    assert_eq!(
        content,
        [
            "In September he gets his answer",
            "only not the one he expects."
        ]
    );
}

#[test]
fn an_earlier_quotation_in_the_lead_is_part_of_the_claim() {
    for t in [
        "The levy is a “stopgap” that “buys the county a year,” the treasurer said.",
        "The ferry was a \"lifeline\" and \"the only road we have,\" Marsh said.",
    ] {
        let (_, cue, content, kind) = one(t);
        assert_eq!((cue.as_str(), kind), ("said", "mixed"), "{t}");
        assert_eq!(content.len(), 1, "{t}: {content:?}");
        assert!(content[0].starts_with("The "), "{t}: {content:?}");
    }
    // A quotation that opened before the sentence still ends the lead.
    let t = super::super::testing::triples(
        "“We shall see. Nobody knows,” he said, and “the vote is close,” Marsh said.",
    );
    assert!(t.iter().any(|x| x.2 == ["the vote is close"]), "{t:?}");
}

#[test]
fn split_quote_with_a_short_first_piece() {
    // One or two words before the cue are a piece of the speech when a
    // second piece follows it; curly, straight and doubled marks alike.
    for t in [
        "The hall went quiet. “Frankly,” the mayor said, “the budget is not enough.”",
        "The hall went quiet. \"My worry,\" Dr. Ruth Okafor said, \"is the budget.\"",
        "The hall went quiet. ''Honestly,'' she said, ''we expected more.''",
    ] {
        let (_, cue, content, kind) = one(t);
        assert_eq!((cue.as_str(), kind), ("said", "direct"), "{t}");
        assert_eq!(content.len(), 2, "{t}: {content:?}");
    }
    // A title before the source is still no one's words.
    let (_, _, content, _) =
        one("Speaking on “Morning Edition,” Rep. Dana Holt said, “we will vote no.”");
    assert_eq!(content, ["we will vote no."]);
    // A title right after the cue is the audience, not a second piece.
    let (_, _, content, _) =
        one("“He had it coming,” the driver told “Evening Report” after the crash.");
    assert_eq!(content, ["He had it coming"]);
}

#[test]
fn words_before_the_quotation_start_the_claim() {
    let (src, _, content, kind) =
        one("Paying no tax at all “is simply good business,” the developer said.");
    assert_eq!((src, kind), (s("the developer"), "mixed"));
    assert_eq!(content, ["Paying no tax at all “is simply good business,”"]);
    // A cue before the quotation reports it itself.
    let t = super::super::testing::triples(
        "The mayor warned “the bridge is closing for good,” the paper reported.",
    );
    assert!(
        t.iter().all(|x| x.2.iter().all(|c| !c.contains("mayor"))),
        "{t:?}"
    );
}

#[test]
fn cue_inside_the_claim() {
    let (src, _, content, _) = one("This campaign, he says, is different from all the others.");
    assert_eq!(src, s("he"));
    assert_eq!(
        content,
        ["This campaign", "is different from all the others"]
    );
}

#[test]
fn quote_before_wins_over_what_follows() {
    let (src, cue, content, _) =
        one("“We have come a long way,” he told cheering supporters in Nashua on Monday.");
    assert_eq!((src, cue.as_str()), (s("he"), "told"));
    assert_eq!(content, ["We have come a long way"]);
}

#[test]
fn a_subordinator_before_the_source_opens_a_new_clause() {
    // The quotation belongs to the sentence's first clause, not to the
    // speaker of the clause "until …" opens.
    let t = super::super::testing::triples(
        "Ortiz says he was “still weighing it” until the mayor said she would back the levy.",
    );
    let mayor: Vec<_> = t.iter().filter(|x| x.0 == s("the mayor")).collect();
    assert_eq!(mayor.len(), 1, "{t:?}");
    assert_eq!(mayor[0].2, ["she would back the levy"]);
    let t = super::super::testing::triples(
        "Crews worked “around the clock” after the governor said the bridge would reopen.",
    );
    assert!(t.iter().all(|x| x.2 != ["around the clock"]), "{t:?}");
}

#[test]
fn question_then_asked() {
    let (src, cue, content, _) = one("“Why did nobody act sooner?” she asked.");
    assert_eq!((src, cue.as_str()), (s("she"), "asked"));
    assert_eq!(content, ["Why did nobody act sooner?"]);
}

#[test]
fn a_claim_split_by_its_cue_goes_on_with_a_capital() {
    let (src, _, content, _) =
        one("In Harwich, the mayor said, Mr. Lund is seen as an outsider by most voters.");
    assert_eq!(src, s("the mayor"));
    assert_eq!(
        content,
        [
            "In Harwich",
            "Mr. Lund is seen as an outsider by most voters"
        ]
    );
}

#[test]
fn a_quotation_inside_the_tail_is_no_second_piece() {
    let t = super::super::testing::triples(
        "“Let the council decide,” said Mayor Ann Lott, urging critics to “give it time.”",
    );
    assert_eq!(t[0].2, ["Let the council decide"]);
    let (_, _, content, _) =
        one("“Being a parent is my job,” Lott said in May on the podcast “Open Doors Tonight.”");
    assert_eq!(content, ["Being a parent is my job"]);
    let (_, _, content, _) = one("“Let me explain,” Lott said after a brief “sorry” to the host.");
    assert_eq!(content, ["Let me explain"]);
    // After the comma it is the split quotation's second piece.
    let (_, _, content, _) = one("“The ferry,” Lott said in May, “will run again.”");
    assert_eq!(content, ["The ferry", "will run again."]);
}

#[test]
fn a_quotation_inside_the_opening_phrase_is_no_content_before_the_cue() {
    // "Recalling “…,” the council urged …": the quotation sits in the
    // sentence's opening phrase; the cue's own claim follows it.
    let t = triples(
        "Recalling “the floods that ruined the lower town,” the council urged residents to leave before dark.",
    );
    let a = t
        .iter()
        .find(|a| a.1 == "urged")
        .unwrap_or_else(|| panic!("{t:?}"));
    assert_eq!(a.0, s("the council"));
    assert_eq!(a.2, ["residents to leave before dark"]);
    // A quotation opening the sentence, or set off by a dash, stays the
    // content.
    let t = triples("Holt was unmoved — “Not a chance,” she told the board on Monday.");
    let a = t
        .iter()
        .find(|a| a.1 == "told")
        .unwrap_or_else(|| panic!("{t:?}"));
    assert!(a.2[0].ends_with("“Not a chance,”"), "{t:?}");
}

#[test]
fn a_subject_whose_appositive_ends_in_a_quotation_speaks_after_it() {
    // "Joe Lowe, host of the station’s “Farm Hour,” suggested …": the
    // quotation ends the subject's appositive; no CONTENT, CUE SOURCE.
    let t = triples(
        "Dana Lowe, host of the station’s “Farm Hour,” suggested the mayor’s silence on the levy could cost him the race.",
    );
    let a = t
        .iter()
        .find(|a| a.1 == "suggested")
        .unwrap_or_else(|| panic!("{t:?}"));
    assert_eq!(a.0, s("Dana Lowe"));
    assert_eq!(
        a.2,
        ["the mayor’s silence on the levy could cost him the race"]
    );
}

#[test]
fn a_linking_word_before_the_attribution_is_the_writers() {
    let (_, _, content, _) =
        one("Still, the mayor said, the council has to decide who gets the money.");
    assert_eq!(content, ["the council has to decide who gets the money"]);
    // An adverb of the speaker's own stays ("Now, …").
    let (_, _, content, _) =
        one("Now, the mayor said, the council has to decide who gets the money.");
    assert_eq!(
        content,
        ["Now", "the council has to decide who gets the money"]
    );
}
