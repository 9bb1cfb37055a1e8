//! The tests of `adjuncts.rs`: what after_cue reads after a cue (audience,
//! adjuncts, the question asked, a topic) on short sentences.

use super::*;
use crate::quotes;
use crate::text::Doc;

fn after(text: &str) -> String {
    let doc = Doc::new(text);
    let q = quotes::find(&doc);
    let ctx = Ctx::new(&doc, &q);
    let hit = ctx.find_cues().remove(0);
    match ctx.after_cue(hit.range.end, hit.form) {
        After::End => "END".into(),
        After::Content(j) => format!("C:{}", doc.tok(j)),
        After::Quote(j) => format!("Q:{}", doc.tok(j + 1)),
        After::Block(j) => format!("B:{}", doc.tok(j)),
    }
}

#[test]
fn adjuncts_and_objects_are_skipped() {
    assert_eq!(after("He said on Thursday that the talks failed."), "C:the");
    assert_eq!(after("It said in a statement that it was sorry."), "C:it");
    assert_eq!(after("Lind told reporters the plan would pass."), "C:the");
    // A show's title after the network's possessive is the audience's.
    assert_eq!(
        after("Lind told KLTV’s “Evening Report” that the plan would pass."),
        "C:the"
    );
    assert_eq!(
        after("The official said these observations focus."),
        "C:these"
    );
    assert_eq!(after("Park said: “Leave now.”"), "Q:Leave");
    // "against" is the cue's; a topic after "about" is the content's.
    assert_eq!(after("The mayor argued against a new toll."), "C:a");
    assert_eq!(after("The aide told AFP about the visit."), "C:about");
    // Right after the cue, "about" is the cue's; not before a figure.
    assert_eq!(after("The mayor complained about the new toll."), "C:the");
    assert_eq!(after("Voters wonder about his quieter style."), "C:his");
    assert_eq!(
        after("The board said about half the seats were empty."),
        "C:about"
    );
    assert_eq!(
        after("The board said about one-third of the seats were empty."),
        "C:about"
    );
    assert_eq!(
        after("In an interview, Obama also said:\n\nThe UK must stay in the EU."),
        "B:The"
    );
}

#[test]
fn the_person_asked_is_no_part_of_the_question() {
    assert_eq!(
        after("A reporter asked the mayor whether the bridge was safe."),
        "C:whether"
    );
    assert_eq!(after("Holm asked Lund how he felt."), "C:how");
    // "her" before a noun is the audience's determiner.
    assert_eq!(
        after("Holm has told her supporters that the fight goes on."),
        "C:the"
    );
    assert_eq!(after("Holm told her the plan was dead."), "C:the");
    // Not before an infinitive: the one asked is part of what is asked.
    assert_eq!(after("Holm asked the council to delay the vote."), "C:the");
}

#[test]
fn a_clause_with_no_that_after_an_adjunct() {
    assert_eq!(after("Holm said in an interview he would not run."), "C:he");
    assert_eq!(
        after("Holm said in a statement the city had paid."),
        "C:the"
    );
    assert_eq!(
        after("Lund told reporters after the vote they had a deal."),
        "C:they"
    );
    assert_eq!(after("Lund said in politics there is no rush."), "C:there");
    // A clause of the adjunct's own, a question word or a second cue
    // before the pronoun: no claim there.
    assert_eq!(
        after("Lund said after Holm failed to show up at the hearing he skipped."),
        "END"
    );
    assert_eq!(
        after("Lund told a host on Monday how surprised he was that it rained."),
        "C:it"
    );
}

#[test]
fn abbreviations_and_the_particle_back() {
    assert_eq!(after("Diaz said of Mr. Holm: “He is loyal.”"), "Q:He");
    assert_eq!(after("Lund wrote back: “We have him.”"), "Q:We");
    assert_eq!(after("Lund wrote back that the vote was rigged."), "C:the");
}

#[test]
fn adjuncts_between_commas_then_that() {
    assert_eq!(
        after("She said, without evidence, that the videos were real."),
        "C:the"
    );
    assert_eq!(
        after("Cruz said Thursday during a visit to Buffalo, New York, that the ban is wrong."),
        "C:the"
    );
    // A relative clause on the way is the writer's, not an adjunct.
    assert_eq!(
        after("It rose, the people said, who told me that it fell."),
        "END"
    );
}

#[test]
fn nothing_after_means_the_content_came_before() {
    assert_eq!(after("It failed, the official said."), "END");
    assert_eq!(after("“Go,” Strand told the jury."), "END");
    assert_eq!(after("“Go,” she said outside the courthouse."), "END");
    assert_eq!(
        after("It rose, the people said, speaking on condition of anonymity."),
        "END"
    );
}

#[test]
fn adjuncts_or_an_adverb_then_a_quotation() {
    assert_eq!(
        after("Holt replied evenly, “I think the fee is wrong.”"),
        "Q:I"
    );
    assert_eq!(
        after("Holt said in the spring, when the story broke, “I sent no files.”"),
        "Q:I"
    );
    // A clause of the claim's own before the quotation: no jump to it.
    assert_ne!(
        after("He said, perhaps, the museum could help officers who, “in fits and starts,” learn."),
        "Q:in"
    );
}

#[test]
fn an_infinitive_in_a_title_case_headline() {
    assert_eq!(
        after("Holt Vows To Eliminate Tax Breaks For Developers"),
        "C:To"
    );
    // "Responds To …" names what is answered.
    assert_ne!(after("Holt Responds To Question About Wages"), "C:To");
}

#[test]
fn what_is_cited_ends_before_a_gloss_on_its_last_noun() {
    use crate::patterns::testing::triples;
    let t = triples(
        "The mayor cited a survey by the Harbor Institute, the group in charge of the ferries, at the hearing.",
    );
    assert_eq!(t.len(), 1, "{t:?}");
    assert_eq!(t[0].2, ["a survey by the Harbor Institute"]);
    let t = triples("The mayor cited a letter from Dana Voss, who runs the ferry line.");
    assert_eq!(t[0].2, ["a letter from Dana Voss"], "{t:?}");
    // A list goes on.
    let t = triples("The mayor cited rising fares, longer waits and fewer boats.");
    assert_eq!(
        t[0].2,
        ["rising fares, longer waits and fewer boats"],
        "{t:?}"
    );
}
