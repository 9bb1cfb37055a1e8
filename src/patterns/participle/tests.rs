//! The tests of `participle.rs`: participle cues and their speakers.

use crate::patterns::testing::{s, triples};

#[test]
fn participle_takes_the_sentence_subject() {
    let t = triples(
        "Finance Minister Ana Costa on Tuesday defended a budget, telling parliament that the country could no longer borrow.",
    );
    assert_eq!(t.len(), 1);
    assert_eq!(
        (t[0].0.clone(), t[0].1.as_str()),
        (s("Finance Minister Ana Costa"), "telling")
    );
    assert_eq!(t[0].2, ["the country could no longer borrow"]);
}

#[test]
fn participle_after_a_cue_shares_its_source() {
    let t = triples("“We will appeal,” she said, adding that the ruling was unfair.");
    assert_eq!(t.len(), 2);
    assert_eq!((t[1].0.clone(), t[1].1.as_str()), (s("she"), "adding"));
    assert_eq!(t[1].2, ["the ruling was unfair"]);
}

#[test]
fn with_an_adverb_or_a_bare_share_before_the_participle() {
    let t =
        triples("The vote split the town, with councillors openly hinting the rules would change.");
    let a = t
        .iter()
        .find(|a| a.1 == "hinting")
        .unwrap_or_else(|| panic!("{t:?}"));
    assert_eq!(a.0, s("councillors"));
    let t = triples("The two rivals parted, with each claiming the other had cheated at cards.");
    let a = t
        .iter()
        .find(|a| a.1 == "claiming")
        .unwrap_or_else(|| panic!("{t:?}"));
    assert_eq!(a.0, s("each"));
    assert_eq!(a.2, ["the other had cheated at cards"]);
    // Any quantifier of lang/en/partitives.txt heads the share alone.
    let t = triples(
        "The staff met the new owners, with half still insisting the plant would stay open.",
    );
    let a = t
        .iter()
        .find(|a| a.1 == "insisting")
        .unwrap_or_else(|| panic!("{t:?}"));
    assert_eq!(a.0, s("half"));
    assert_eq!(a.2, ["the plant would stay open"]);
}

#[test]
fn with_a_share_or_a_modified_head_saying() {
    let t = triples(
        "Most called themselves regulars, with about four in 10 saying they had just joined.",
    );
    let a = t
        .iter()
        .find(|a| a.1 == "saying")
        .unwrap_or_else(|| panic!("{t:?}"));
    assert_eq!(a.0, s("about four in 10"));
    let t = triples(
        "Holt turned on Ames, with the campaign of the former mayor saying Ames was no real reformer.",
    );
    let a = t
        .iter()
        .find(|a| a.1 == "saying")
        .unwrap_or_else(|| panic!("{t:?}"));
    assert_eq!(a.0, s("the campaign of the former mayor"));
    assert_eq!(a.2, ["Ames was no real reformer"]);
    // Precincts reporting say nothing; the clause after the comma is
    // the sentence's own.
    let t =
        triples("With nearly all of the wards reporting, the race was still too close to call.");
    assert!(t.iter().all(|a| a.1 != "reporting"), "{t:?}");
}

#[test]
fn a_quotation_right_after_the_participle_of_a_phrase() {
    let t = triples("The video shows footage of Mayor Lund asking, “Where did the money go?”");
    assert_eq!(t.len(), 1, "{t:?}");
    assert_eq!(
        (t[0].0.clone(), t[0].1.as_str()),
        (s("Mayor Lund"), "asking")
    );
    assert_eq!(t[0].2, ["Where did the money go?"]);
    // The one written to is no speaker.
    let t = triples("The campaign sent an email to supporters saying: “We won the county.”");
    assert!(t.iter().all(|x| x.0 != s("supporters")), "{t:?}");
    // With no quotation, a phrase and a participle stay no report.
    assert!(triples("The video shows footage of Mayor Lund asking for calm.").is_empty());
}

#[test]
fn with_a_recording_of_someone_saying() {
    for text in [
        "The mailer closes with footage of Lund saying at a forum in May that the levy was needed.",
        "The site opened with a video of Lund telling the crowd that the levy was needed.",
    ] {
        let t = triples(text);
        let a = t
            .iter()
            .find(|a| a.1 == "saying" || a.1 == "telling")
            .unwrap_or_else(|| panic!("{text}: {t:?}"));
        assert_eq!(a.0, s("Lund"), "{text}");
    }
}

#[test]
fn a_link_word_then_any_participle_with_a_quotation() {
    let t = triples("Lund laughed it off by interjecting, “Only on Tuesdays.”");
    assert_eq!(t.len(), 1, "{t:?}");
    assert_eq!(
        (t[0].0.clone(), t[0].1.as_str()),
        (s("Lund"), "interjecting")
    );
    assert_eq!(t[0].2, ["Only on Tuesdays."]);
}

#[test]
fn citing_takes_what_is_cited_as_content() {
    let t = triples("The ministry banned the app, citing concerns that user data could leak.");
    assert_eq!(t.len(), 1);
    assert_eq!(
        (t[0].0.clone(), t[0].1.as_str()),
        (s("The ministry"), "citing")
    );
    assert_eq!(t[0].2, ["concerns that user data could leak"]);
}

#[test]
fn participle_after_by_takes_the_subject() {
    let t = triples("Ames distanced himself from the group by saying he would be glad to help.");
    assert_eq!(t.len(), 1);
    assert_eq!((t[0].0.clone(), t[0].1.as_str()), (s("Ames"), "saying"));
    assert_eq!(t[0].2, ["he would be glad to help"]);
    // "citing", "emphasizing", "mentioning", "repeating" speak after a
    // link word too (lang/en/saying_participles.txt).
    for (text, source, cue, claim) in [
        (
            "The mayor defended the curfew by citing a spike in thefts downtown.",
            "The mayor",
            "citing",
            "a spike in thefts downtown",
        ),
        (
            "The senators backed the bill, while emphasizing it is only a first step.",
            "The senators",
            "emphasizing",
            "it is only a first step",
        ),
    ] {
        let t = triples(text);
        assert_eq!(t.len(), 1, "{text}: {t:?}");
        assert_eq!((t[0].0.clone(), t[0].1.as_str()), (s(source), cue));
        assert_eq!(t[0].2, [claim]);
    }
}

#[test]
fn any_cue_with_that_after_a_link_word_and_an_adverb_between() {
    let t = triples("“Thank you, son,” Holm replied, before adding that children should listen.");
    assert_eq!(t.len(), 2, "{t:?}");
    assert_eq!((t[1].0.clone(), t[1].1.as_str()), (s("Holm"), "adding"));
    assert_eq!(t[1].2, ["children should listen"]);
    let t = triples(
        "The mayor has promised to build a wall, while also suggesting that the old bridge should close.",
    );
    assert_eq!(t.len(), 2, "{t:?}");
    assert_eq!(
        (t[1].0.clone(), t[1].1.as_str()),
        (s("The mayor"), "suggesting")
    );
    // "by adding" with a plain object is no speech.
    assert!(triples("The city grew by adding three farms to its land.").is_empty());
}

#[test]
fn a_participle_after_an_inverted_source() {
    let t = triples(
        "“The spring was hotter,” said Devine, suggesting that the next contests would be calmer.",
    );
    assert_eq!(t.len(), 2, "{t:?}");
    assert_eq!(
        (t[1].0.clone(), t[1].1.as_str()),
        (s("Devine"), "suggesting")
    );
    assert_eq!(t[1].2, ["the next contests would be calmer"]);
}

#[test]
fn a_share_of_people_in_the_absolute_construction() {
    let t = triples("Many shrugged off the pick, with three in 10 saying a mate had no effect.");
    assert_eq!(t.len(), 1, "{t:?}");
    assert_eq!(t[0].0, s("three in 10"));
    let t = triples("The mayor came second, with 31 percent saying they would not back him.");
    assert_eq!(t.len(), 1, "{t:?}");
    assert_eq!(t[0].2, ["they would not back him"]);
    assert!(triples("The storm hit the coast, with winds reaching 90 miles an hour.").is_empty());
}

#[test]
fn participle_after_its_subject() {
    let t = triples("He was sentenced, with the judge saying he had treated the budget as a bank.");
    assert_eq!(t.len(), 1);
    assert_eq!(t[0].0, s("the judge"));
}

#[test]
fn participle_after_a_quotation_comma_or_a_dash() {
    let t =
        triples("The mayor praised the “river plan,” saying the new dikes would protect the town.");
    assert_eq!(t.len(), 1, "{t:?}");
    assert_eq!(
        (t[0].0.clone(), t[0].1.as_str()),
        (s("The mayor"), "saying")
    );
    assert_eq!(t[0].2, ["the new dikes would protect the town"]);
    // A closing mark of two apostrophes.
    let t = triples(
        "Ms. Ray told investors that fears were ''overblown,'' adding that the harbor had ''real upside.''",
    );
    assert_eq!(t.len(), 2, "{t:?}");
    assert_eq!((t[1].0.clone(), t[1].1.as_str()), (s("Ms. Ray"), "adding"));
    assert_eq!(t[0].2, ["fears were ''overblown,''"]);
    let t = triples("Lena Holt changed her mind on the spot – saying she would run after all.");
    assert_eq!(t.len(), 1, "{t:?}");
    assert_eq!(t[0].0, s("Lena Holt"));
}

#[test]
fn participle_after_a_plural_organisation_subject() {
    let t = triples(
        "The ministries declined to release the files, saying they could not discuss an open case.",
    );
    assert_eq!(t.len(), 1, "{t:?}");
    assert_eq!(t[0].0, s("The ministries"));
}

#[test]
fn a_document_with_a_participle() {
    let t = triples(
        "The senator posted a series of tweets late Sunday saying that the port deal was a mistake.",
    );
    assert_eq!(t.len(), 1, "{t:?}");
    assert_eq!(
        (t[0].0.clone(), t[0].1.as_str()),
        (s("The senator"), "saying")
    );
    assert_eq!(t[0].2, ["the port deal was a mistake"]);
    // In an opening phrase, the document speaks and the claim ends at
    // the comma.
    let t =
        triples("In a statement announcing the harbor merger, the bank said it would cut fees.");
    assert_eq!(t.len(), 2, "{t:?}");
    assert_eq!(
        (t[0].0.clone(), t[0].1.as_str()),
        (s("a statement"), "announcing")
    );
    assert_eq!(t[0].2, ["the harbor merger"]);
    assert_eq!(t[1].0, s("the bank"));
}

#[test]
fn an_absolute_phrase_after_including_featuring_or_left() {
    let t = triples("The board read the letters, including one saying that the chief had lied.");
    let a = t
        .iter()
        .find(|a| a.1 == "saying")
        .unwrap_or_else(|| panic!("{t:?}"));
    assert_eq!(a.0, s("one"));
    assert_eq!(a.2, ["the chief had lied"]);
    let t = triples("The clip featured two farmers warning that the river was drying up.");
    let a = t
        .iter()
        .find(|a| a.1 == "warning")
        .unwrap_or_else(|| panic!("{t:?}"));
    assert_eq!(a.0, s("two farmers"));
    let t = triples("The strike has left most parents saying the schools are failing.");
    let a = t
        .iter()
        .find(|a| a.1 == "saying")
        .unwrap_or_else(|| panic!("{t:?}"));
    assert_eq!(a.0, s("most parents"));
}

#[test]
fn a_speaker_named_by_a_noun_of_person_words() {
    // "operative", "backers", "speechwriter" (lang/en/person_words.txt) name
    // the speaker the participle hangs on.
    let t = triples(
        "One operative at the depot tried to play down the row, saying it was “no big deal at all.”",
    );
    assert_eq!(t.len(), 1, "{t:?}");
    assert_eq!(
        (t[0].0.clone(), t[0].1.as_str()),
        (s("One operative"), "saying")
    );
}
