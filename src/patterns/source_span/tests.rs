//! The tests of `source_span.rs`: sources widened to their whole noun phrase.

use crate::patterns::testing::{one, s};

fn source(text: &str) -> Option<String> {
    one(text).0
}

#[test]
fn a_source_stays_inside_its_line() {
    let t = crate::patterns::testing::triples(
        "The grain went to the U.S.\n\nIowa Sen. Ada Lowe said the harvest was poor.",
    );
    assert_eq!(t[0].0, s("Iowa Sen. Ada Lowe"));
}

#[test]
fn a_wh_word_before_the_subject_stays_out() {
    let t =
        crate::patterns::testing::triples("Voters ask why critics argue that the levy will fail.");
    assert_eq!(t[1].0, s("critics"));
}

#[test]
fn a_contracted_auxiliary_leaves_the_pronoun_alone() {
    assert_eq!(source("As I've argued, the levy will fail."), s("I"));
    assert_eq!(
        source("They’d warned that the bridge was unsafe."),
        s("They")
    );
    assert_eq!(
        source("Toni Marsh said the bridge was unsafe."),
        s("Toni Marsh")
    );
}

#[test]
fn plural_possessors_belong_to_the_source() {
    assert_eq!(
        source("Reyes’ aides said the campaign would not respond to the ad."),
        s("Reyes’ aides")
    );
    assert_eq!(
        source("“We will appeal the ruling,” Hendricks' lawyers said."),
        s("Hendricks' lawyers")
    );
}

#[test]
fn demonstratives_and_quantities_before_a_pronoun_belong_to_the_source() {
    assert_eq!(
        source("That person said the ferry would stop running in May."),
        s("That person")
    );
    assert_eq!(
        source("Many of you have said the ferry should keep running."),
        s("Many of you")
    );
    // After a cue "that" opens the clause.
    assert_eq!(
        source("Holt said that officials knew the ferry was unsafe."),
        s("Holt")
    );
}

#[test]
fn participles_before_a_noun_are_modifiers() {
    assert_eq!(
        source("“We will see,” the retired surgeon told reporters."),
        s("the retired surgeon")
    );
    assert_eq!(
        source("In the end, the gambling magnate said the deal was fair."),
        s("the gambling magnate")
    );
    // "something a caller told": no modifier before an article.
    assert_eq!(
        source("The bus was late — something a driver told reporters on Monday."),
        s("a driver")
    );
}

#[test]
fn middle_initials_and_dotted_initials_stay_in_the_name() {
    assert_eq!(
        source("Deputy Counsel Mark T. Ellery said the review was complete."),
        s("Deputy Counsel Mark T. Ellery")
    );
    assert_eq!(
        source("“The network is growing,” said R.J. Talbot, a researcher at the institute."),
        s("R.J. Talbot")
    );
    assert_eq!(
        source("Caucus Chairman T.J. Wardell said the vote would be close."),
        s("Caucus Chairman T.J. Wardell")
    );
    assert_eq!(
        source("Sens. Ada Lowe and Tom Birch said the bill would pass."),
        s("Sens. Ada Lowe and Tom Birch")
    );
}

#[test]
fn slashes_join_the_names_of_a_poll() {
    assert_eq!(
        source("The levy is unpopular, according to a Herald/KTVB News survey."),
        s("a Herald/KTVB News survey")
    );
}

#[test]
fn quantities_keep_who_they_count() {
    assert_eq!(
        source("About four in 10 rural voters say the roads matter most."),
        s("About four in 10 rural voters")
    );
    assert_eq!(
        source("More than 6 in 10 said the mayor had done well."),
        s("More than 6 in 10")
    );
    assert_eq!(
        source("But a handful of senators said the vote would be delayed."),
        s("a handful of senators")
    );
}

#[test]
fn party_labels_follow_the_name() {
    assert_eq!(
        source("Sen. Tara Holm (D-Ore.) said the bill would pass."),
        s("Sen. Tara Holm (D-Ore.)")
    );
    assert_eq!(
        source("“It is done,” said Rep. Ned Lyle (R)."),
        s("Rep. Ned Lyle (R)")
    );
    // Other parentheses stay out.
    assert_eq!(
        source("Dana Cole (who ran in 2014) said the race was close."),
        s("Dana Cole")
    );
}

#[test]
fn pre_modifiers_after_a_possessor_an_article_or_a_degree() {
    assert_eq!(
        source("Ames’s leading Labour rivals have urged him to quit."),
        s("Ames’s leading Labour rivals")
    );
    assert_eq!(
        source("The newly elected council members said the levy would stay."),
        s("The newly elected council members")
    );
    assert_eq!(
        source("On the levy, nearly two-thirds of rural voters said that it was fair."),
        s("nearly two-thirds of rural voters")
    );
}

#[test]
fn an_amount_of_money_before_the_speakers_stays_out() {
    let t = crate::patterns::testing::triples(
        "That is well below the $40 million planners say the tunnel needs.",
    );
    assert_eq!(t[0].0, s("planners"), "{t:?}");
}
