//! The tests of `np.rs`: the noun-phrase chunker forwards and backwards on short sentences.

use super::*;
use crate::quotes;
use crate::text::Doc;

fn after(text: &str, start_word: &str) -> String {
    let doc = Doc::new(text);
    let q = quotes::find(&doc);
    let ctx = Ctx::new(&doc, &q);
    let s = (0..doc.tokens.len())
        .find(|&i| doc.tok(i) == start_word)
        .unwrap();
    let r = ctx.np_after(s, doc.tokens.len()).unwrap();
    doc.span(r.start, r.end).of(text).to_string()
}

#[test]
fn a_participle_after_a_quantifier_modifies_the_noun() {
    assert_eq!(
        after("One unaligned strategist said the race was over.", "One"),
        "One unaligned strategist"
    );
    assert_eq!(
        after(
            "Several retired Ohio officials said the ruling stands.",
            "Several"
        ),
        "Several retired Ohio officials"
    );
    // The verb after a quantifier stays out: "Many expected Holt to win".
    assert_eq!(after("Many expected Holt to win.", "Many"), "Many");
}

#[test]
fn on_inside_a_bodys_name() {
    let c = after("the Commission on Harbor Safety says the pier", "the");
    assert_eq!(c, "the Commission on Harbor Safety");
    // Not a day, not a plural's post-modifier.
    assert_eq!(after("the Council on Monday said", "the"), "the Council");
    assert_eq!(
        after("Democrats on Capitol Hill said", "Democrats"),
        "Democrats"
    );
}

fn before(text: &str, end_word: &str) -> String {
    let doc = Doc::new(text);
    let q = quotes::find(&doc);
    let ctx = Ctx::new(&doc, &q);
    let e = (0..doc.tokens.len())
        .find(|&i| doc.tok(i) == end_word)
        .unwrap();
    let r = ctx.np_before(e, 0).unwrap();
    doc.span(r.start, r.end).of(text).to_string()
}

#[test]
fn forward_phrases_stop_before_modifiers() {
    assert_eq!(
        after("to an Agence France-Presse tally based on figures", "an"),
        "an Agence France-Presse tally"
    );
    assert_eq!(
        after("to Hamas-run Gaza’s health ministry.", "Hamas-run"),
        "Hamas-run Gaza’s health ministry"
    );
    assert_eq!(
        after("A person familiar with the matter said", "A"),
        "A person"
    );
    assert_eq!(after("Diaa Rashwan, who heads", "Diaa"), "Diaa Rashwan");
    assert_eq!(
        after("the University of Elmfield study published", "the"),
        "the University of Elmfield study"
    );
    assert_eq!(
        after("Dr. Ingrid Solberg, the author", "Dr"),
        "Dr. Ingrid Solberg"
    );
    assert_eq!(
        after("Chief Executive Laura Brennan on a call", "Chief"),
        "Chief Executive Laura Brennan"
    );
    assert_eq!(after("he said", "he"), "he");
    // An initial, and a participle before a title or a name.
    assert_eq!(
        after("Jock A. Finlayson, head", "Jock"),
        "Jock A. Finlayson"
    );
    assert_eq!(after("said Will Doyle, a professor", "Will"), "Will Doyle");
    assert_eq!(after("Premier Ann May said", "Premier"), "Premier Ann May");
    assert_eq!(
        after("retired Gen. Mick Bednar, who", "retired"),
        "retired Gen. Mick Bednar"
    );
    assert_eq!(
        after("said 9/11 widow Ada Lowe.", "9"),
        "9/11 widow Ada Lowe"
    );
    // A person's noun from person_words.txt ("neurosurgeon", "widow").
    assert_eq!(
        after("retired neurosurgeon Ada Lowe, asked", "retired"),
        "retired neurosurgeon Ada Lowe"
    );
    // A participle before a person's noun modifies it; before other
    // words it opens a post-modifier.
    assert_eq!(
        after("Most rural registered voters say", "Most"),
        "Most rural registered voters"
    );
    assert_eq!(
        after("city planning officials told", "city"),
        "city planning officials"
    );
    assert_eq!(
        after("residents opposing the road said", "residents"),
        "residents"
    );
}

#[test]
fn backward_phrases_take_determiners_and_possessives() {
    assert_eq!(
        before("mostly civilians, the official said", "said"),
        "the official"
    );
    assert_eq!(
        before("“Stages,” Rashwan’s statement said", "said"),
        "Rashwan’s statement"
    );
    assert_eq!(
        before("growth, a Hamas official said", "said"),
        "a Hamas official"
    );
    assert_eq!(
        before("Greece and Cyprus argued", "argued"),
        "Greece and Cyprus"
    );
}

#[test]
fn a_capitalised_today_after_a_name_is_the_names() {
    assert_eq!(
        after("according to USA TODAY columnist Dora Lowe, the", "USA"),
        "USA TODAY columnist Dora Lowe"
    );
    assert_eq!(after("told USA Today that", "USA"), "USA Today");
    assert_eq!(after("Lowe said today that", "Lowe"), "Lowe");
    // Nor a time between a subject and its cue (subject_parts.rs).
    let t = crate::patterns::testing::triples("USA TODAY reported that the levy would pass.");
    assert_eq!(t[0].0.as_deref(), Some("USA TODAY"));
}
