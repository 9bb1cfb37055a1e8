//! The tests of `subject.rs`: SOURCE CUE CONTENT with what stands between a subject and its cue, on short sentences.

use super::super::testing::{one, s, triples};

#[test]
fn adverbs_before_the_cue_are_skipped() {
    let (src, cue, _, _) =
        one("The farmers’ union has traditionally argued that the tariff protects growers.");
    assert_eq!((src, cue.as_str()), (s("The farmers’ union"), "argued"));
    let (src, _, _, _) = one("The mayor also said the pool would reopen in June.");
    assert_eq!(src, s("The mayor"));
    // An adverb of frequency with no "-ly" (function_words.txt's aux line).
    let (src, _, _, _) = one("The mayor has sometimes conceded that the pool is too small.");
    assert_eq!(src, s("The mayor"));
    // And a time: "later Thursday", "just this month".
    let (src, _, _, _) = one("Priebus later Thursday told Fox News that the men will meet.");
    assert_eq!(src, s("Priebus"));
    let (src, _, _, _) = one("The bank just this month announced it would drop the fees.");
    assert_eq!(src, s("The bank"));
    // A passive with an adverb has no speaker for a subject.
    assert!(triples("Gifts are usually listed in broad ranges, not exact sums.").is_empty());
}

#[test]
fn a_conjunction_opening_the_clause_is_no_part_of_the_subject() {
    let (src, _, content, _) =
        one("But those who opposed the toll said the bridge should stay free.");
    assert_eq!(src, s("those"));
    assert_eq!(content, ["the bridge should stay free"]);
    let (src, _, _, _) = one("And some who opposed the toll argued that it was unfair.");
    assert_eq!(src, s("some"));
}

#[test]
fn a_clause_before_and_is_no_post_modifier() {
    let (src, _, _, _) = one("The motion failed and the council said it would try again in June.");
    assert_eq!(src, s("the council"));
}

#[test]
fn subject_said_that() {
    let (src, cue, content, kind) =
        one("The official said that these observations focus on exchanges.");
    assert_eq!(
        (src, cue.as_str(), kind),
        (s("The official"), "said", "indirect")
    );
    assert_eq!(content, ["these observations focus on exchanges"]);
}

#[test]
fn appositive_and_relative_clauses_are_skipped() {
    let (src, cue, content, kind) = one(
        "Diaa Rashwan, who heads Egypt’s State Information Services, confirmed on Thursday that Cairo had put forward “a framework”.",
    );
    assert_eq!(
        (src, cue.as_str(), kind),
        (s("Diaa Rashwan"), "confirmed", "mixed")
    );
    assert_eq!(content, ["Cairo had put forward “a framework”"]);
}

#[test]
fn colon_then_quote_is_direct() {
    let (src, _, content, kind) = one(
        "At a briefing in Hollis, Governor Ellen Park said: “We are asking people to leave. Now.”",
    );
    assert_eq!(src, s("Governor Ellen Park"));
    assert_eq!(
        (content[0].as_str(), kind),
        ("We are asking people to leave. Now.", "direct")
    );
}

#[test]
fn colon_at_the_paragraph_end_introduces_the_next_paragraph() {
    let (src, _, content, _) =
        one("In a wide-ranging interview, President Obama also said:\n\nThe UK must stay in the EU to have influence.");
    assert_eq!(src, s("President Obama"));
    assert_eq!(content, ["The UK must stay in the EU to have influence"]);
}

#[test]
fn audience_object_is_not_content() {
    let (src, cue, content, _) = one("Lind told reporters the first priority would be a tax cut.");
    assert_eq!((src, cue.as_str()), (s("Lind"), "told"));
    assert_eq!(content, ["the first priority would be a tax cut"]);
}

#[test]
fn to_infinitive_content() {
    let (src, cue, content, _) = one("Israel has vowed to destroy Hamas.");
    assert_eq!((src, cue.as_str()), (s("Israel"), "has vowed"));
    assert_eq!(content, ["to destroy Hamas"]);
}

#[test]
fn anonymous_source_with_post_modifier() {
    let (src, _, content, _) = one(
        "A person familiar with the investigation, who asked not to be named, said the breach was found late.",
    );
    assert_eq!(src, s("A person"));
    assert_eq!(content, ["the breach was found late"]);
}

#[test]
fn quantifiers_and_partitives_are_subjects() {
    for (text, source) in [
        ("Yet another said the bridge would never reopen.", "another"),
        ("Several said they would vote against the levy.", "Several"),
        (
            "Most of the tenants said the rent had doubled.",
            "Most of the tenants",
        ),
        (
            "Several of them told reporters that the pier was unsafe.",
            "Several of them",
        ),
        (
            "Sixty percent of growers say the frost ruined the crop.",
            "Sixty percent of growers",
        ),
        (
            "One of the club’s lawyers, Ada Quist, said the ban would be appealed.",
            "One of the club’s lawyers",
        ),
    ] {
        let (src, _, content, _) = one(text);
        assert_eq!(src, s(source), "{text}");
        assert!(!content.is_empty(), "{text}");
    }
}

#[test]
fn a_long_subject_opening_the_sentence() {
    let (src, _, content, _) = one(
        "Large numbers of farmers in the valleys north of the river said they had lost their harvest.",
    );
    assert_eq!(src, s("Large numbers"));
    assert_eq!(content, ["they had lost their harvest"]);
}

#[test]
fn plural_and_counted_subjects_of_say() {
    for (text, source) in [
        (
            "Neighbors say the plant has been quiet for weeks.",
            "Neighbors",
        ),
        (
            "In the latest poll, 38% say the tunnel is worth its cost.",
            "38%",
        ),
        (
            "By a wide margin, those surveyed say the ferry should run all year.",
            "those surveyed",
        ),
        (
            "Insiders close to the council say the vote will be delayed.",
            "Insiders",
        ),
    ] {
        let (src, _, _, _) = one(text);
        assert_eq!(src, s(source), "{text}");
    }
}

#[test]
fn an_opening_adverbial_then_the_subject_with_its_name() {
    let (src, _, content, _) =
        one("Late on Friday, the club’s treasurer, Ines Moreau, says the debt has been paid.");
    assert_eq!(src, s("the club’s treasurer"));
    assert_eq!(content, ["the debt has been paid"]);
}

#[test]
fn a_subject_after_a_clause_opening_conjunction() {
    let t = crate::patterns::testing::triples(
        "The feud has run on since Mayor Quist, at a town hall, said the harbor had lost money.",
    );
    assert_eq!(t.len(), 1, "{t:?}");
    assert_eq!(t[0].0, s("Mayor Quist"));
}

#[test]
fn an_opening_adverb_participle_or_place_is_no_subject() {
    for t in [
        "Similarly, Ada Lowe, a former mayor, said she could not support the plan.",
        "Recalling that night, Ada Lowe, a former mayor, said the harbor had flooded.",
        "Worried by the floods, Ada Lowe, a former mayor, said the dikes were too low.",
        "At the harbor, where the fees are high, Ada Lowe, a former mayor, said they must fall.",
    ] {
        let t = crate::patterns::testing::triples(t);
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].0, s("Ada Lowe"), "{t:?}");
    }
    // A name that opens with an "-ing" word.
    let t = crate::patterns::testing::triples(
        "Rolling Stone Media, a music publisher, says the tour was cancelled.",
    );
    assert_eq!(t[0].0, s("Rolling Stone Media"), "{t:?}");
}

#[test]
fn a_span_of_time_before_a_clause_opener_is_no_subject() {
    let t = crate::patterns::testing::triples(
        "Weeks after the governor announced that the plant would close, workers left.",
    );
    assert_eq!(t.len(), 1, "{t:?}");
    assert_eq!(t[0].0, s("the governor"));
}

#[test]
fn a_subject_inside_dashes_speaks_inside_them() {
    let t = crate::patterns::testing::triples(
        "Ninety mayors -- most of whom had earlier announced their support for the bill -- signed the letter.",
    );
    assert_eq!(t.len(), 1, "{t:?}");
    assert_eq!(t[0].0, s("most of whom"));
    assert_eq!(t[0].2, ["their support for the bill"]);
}

#[test]
fn that_as_the_claims_subject() {
    let (src, _, content, _) = one("But the lawyers said that is highly unlikely.");
    assert_eq!(src, s("the lawyers"));
    assert_eq!(content, ["that is highly unlikely"]);
}

#[test]
fn a_time_word_in_capitals_after_capitals_is_part_of_a_name() {
    // "TODAY" after "USA" names a paper, not a time (np.rs's capital_today).
    let (src, cue, _, _) = one("HARBOR TODAY reported that the ferry fares would rise.");
    assert_eq!((src, cue.as_str()), (s("HARBOR TODAY"), "reported"));
    // In ordinary case the time word still reads as a time.
    let (src, _, _, _) = one("The Harbor Gazette today reported that the fares would rise.");
    assert_eq!(src, s("The Harbor Gazette"));
}

#[test]
fn an_embedded_question_in_a_post_modifier_has_its_own_subject() {
    let (src, _, content, _) =
        one("The distance between what Ames says his budget will do and what it can do has grown.");
    assert_eq!(src, s("Ames"));
    assert_eq!(content[0].split(' ').next(), Some("his"));
    let (src, _, _, _) = one(
        "The board can change the rule at any time, regardless of how many clerks assure residents that the forms are optional.",
    );
    assert_eq!(src, s("how many clerks"));
}

#[test]
fn coordinated_phrases_before_a_relative_clause() {
    let (src, _, content, _) =
        one("Lowe and others who opposed the levy said the school vote will be close.");
    assert_eq!(src, s("Lowe and others"));
    assert_eq!(content, ["the school vote will be close"]);
    let (src, _, _, _) =
        one("Past and present clerks who worked with the board said the files had been lost.");
    assert_eq!(src, s("Past and present clerks"));
}

#[test]
fn a_long_opening_subject_stops_before_a_clause_opener() {
    let (src, _, _, _) = one(
        "Talk of the soon-to-be finished harbor bridge spreads just as Lowe Brothers announced a hiring fair for the port.",
    );
    assert_eq!(src, s("Lowe Brothers"));
}

#[test]
fn an_adverb_before_a_raising_phrase_leaves_the_report_active() {
    // "are slightly more likely to say": no passive ("are typically
    // reported"), the subject speaks.
    let t = triples("Rural drivers were notably more likely to say that the ferry matters most.");
    assert_eq!(t.len(), 1, "{t:?}");
    assert_eq!(t[0].0, s("Rural drivers"));
    assert_eq!(t[0].2, ["the ferry matters most"]);
}

#[test]
fn an_appositive_ending_in_a_quoted_name() {
    // The appositive's comma sits inside the closing mark: ", the hacker
    // known as “Ghost,” stated".
    let t = triples(
        "Pat Okafor, the hacker known as “Nightjar,” stated that he had read the council’s mail.",
    );
    let a = t
        .iter()
        .find(|a| a.1 == "stated")
        .unwrap_or_else(|| panic!("{t:?}"));
    assert_eq!(a.0, s("Pat Okafor"));
    assert_eq!(a.2, ["he had read the council’s mail"]);
}
