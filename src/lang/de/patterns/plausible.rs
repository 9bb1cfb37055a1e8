//! Checks that keep German cue verbs and contents that say nothing out:
//! - an infinitive after a modal verb, or a cue right after "nicht", reports no saying ("wollte nicht
//!   bestätigen, dass …", "kann nicht erklären, was …"); nor does an attributive participle ("der
//!   erwähnten Rede");
//! - a content before its cue must be a clause, not the subject's noun
//!   phrase ("Die Ministerin, Anna Muster, kritisierte die Pläne");
//! - a relative clause after a comma is no claim ("kritisiert eine
//!   Änderung, die im Mai in Kraft trat", "…, die jedoch verjährt sind");
//! - nor is a main clause's verb after the comma ("Als sie es erzählte,
//!   verdoppelte das Gericht …").

use std::ops::Range;

use super::adjective;
use crate::lexicon::{list_text, Class, CueForm, WordList};
use crate::patterns::Ctx;

/// Modal verbs: an infinitive after one is wanted, able or bound to say,
/// not said.
static MODALS: WordList = WordList::new(list_text!("de/modals"));

/// Is the cue form at `v` an infinitive governed by a modal verb in its
/// clause ("Ein Sprecher wollte nicht bestätigen, dass …"), or after "zu"
/// ("Positives ist zu berichten")?
pub(crate) fn modal_infinitive(ctx: &Ctx, v: usize, form: &CueForm) -> bool {
    let word = ctx.doc.tok(v).to_lowercase();
    let verb = form.lemma.rsplit('|').next().unwrap_or(form.lemma);
    let verb = verb.trim_end_matches('~');
    if !word.ends_with(verb) || !word.ends_with('n') {
        return false;
    }
    // "Positives ist zu berichten": an infinitive after "zu" says nothing.
    if v > 0 && ctx.doc.is(v - 1, "zu") {
        return true;
    }
    let s0 = super::clause_start(ctx, v);
    (s0..v).any(|k| MODALS.has(ctx.doc.tok(k)))
}

/// Is the cue form at `v` negated right before it ("hat den Verdacht nicht
/// bestätigt, dass …": nothing was said)?
pub(crate) fn negated(ctx: &Ctx, v: usize) -> bool {
    v > 0 && ctx.doc.is_any(v - 1, &["nicht", "nie", "niemals"])
}

/// Is the cue form at `v` an attributive participle: inflected, after a
/// preposition and its determiner (an adverb between them aside) and before
/// a noun ("in der bereits erwähnten Rede", "mit den genannten Zahlen")? A
/// determiner alone before the verb is a pronoun ("Das teilte X mit").
pub(crate) fn attributive(ctx: &Ctx, v: usize) -> bool {
    let w = ctx.doc.tok(v);
    let inflected = ["e", "en", "em", "er", "es"].iter().any(|e| w.ends_with(e));
    let det = |k: usize| k > 0 && ctx.class(k, Class::Det) && ctx.class(k - 1, Class::Prep);
    let before = v > 0 && det(v - 1)
        || v > 1 && det(v - 2) && !ctx.doc.is_cap(v - 1) && ctx.word(v - 1).closed();
    inflected && before && ctx.doc.is_cap(v + 1) && !ctx.word(v + 1).closed()
}

/// Does the unquoted range hold a word that can be a finite verb: an
/// auxiliary, a cue form, or a lowercase word that is not closed-class and
/// not an attributive adjective (one ending in -e, -en, … after a
/// determiner, a preposition, a number or another adjective: "der frühere
/// Bürgermeister")? A noun phrase with its appositive has none; "Die Firma
/// plane Entlassungen" has one.
pub(crate) fn has_verb(ctx: &Ctx, r: &Range<usize>) -> bool {
    if r.clone()
        .any(|k| ctx.opens_quote(k).is_some() || ctx.closes_quote(k).is_some())
    {
        return true;
    }
    let attributive = |k: usize| {
        adjective(ctx, k)
            && (k == r.start || {
                let p = k - 1;
                ctx.class(p, Class::Det)
                    || ctx.class(p, Class::Prep)
                    || ctx.class(p, Class::Number)
                    || ctx.doc.kind(p) == Some(crate::text::Tok::Num)
                    || adjective(ctx, p)
                    || !ctx.doc.is_word(p)
            })
    };
    r.clone().any(|k| {
        ctx.doc.kind(k) == Some(crate::text::Tok::Word)
            && (ctx.class(k, Class::Aux)
                || !ctx.doc.is_cap(k)
                    && (ctx.cue_form(k).is_some() || !ctx.word(k).closed() && !attributive(k)))
    })
}

/// Relative pronouns after a comma.
static RELATIVE: WordList = WordList::new(list_text!("de/relative_pronouns"));

/// Does token `a` (the first after a comma) open a relative clause: a
/// relative pronoun followed by a preposition, a number, an adverb of time
/// or a determiner ("…, die am Montag …", "…, das bis heute …", "…, was
/// eine Reaktion …")? An article before its noun ("…, die Lage sei ernst")
/// or a pronoun before its verb ("…, das sei falsch") opens a claim.
pub(crate) fn relative_clause(ctx: &Ctx, a: usize) -> bool {
    if !RELATIVE.has(ctx.doc.tok(a)) {
        return false;
    }
    let n = a + 1;
    if ctx
        .doc
        .is_any(a, &["denen", "dessen", "welcher", "welches", "wo"])
    {
        return true;
    }
    ctx.doc.is_word(n)
        && !ctx.doc.is_cap(n)
        && (ctx.class(n, Class::Prep)
            || ctx.class(n, Class::Number)
            || ctx.class(n, Class::Time)
            || ctx.class(n, Class::Intro) && !ctx.doc.is(n, "so")
            || ctx.doc.is(a, "was") && ctx.class(n, Class::Det))
        || ctx.doc.kind(n) == Some(crate::text::Tok::Num)
}

/// Indicative finite auxiliaries: a main clause's verb, not reported speech.
static INDICATIVE: WordList = WordList::new(list_text!("de/indicative_aux"));

/// Does the content of frame `f`, after its cue `v` and a comma, open with a
/// finite verb: an indicative auxiliary, or a lowercase past form in -te(n)
/// before a determiner (not a genitive one: "zugunsten des …"), a pronoun or
/// a lowercase word? That is the verb of
/// the sentence's own main clause ("Als sie davon erzählte, verdoppelte das
/// Gericht …") or a second predicate of the cue's subject ("Er hatte ihn
/// beschuldigt, wurde dann …"), no claim. A clause opened by "wie" puts its
/// main verb first (`wie.rs`: "Wie die Polizei mitteilte, ist …").
pub(crate) fn main_verb_first(ctx: &Ctx, v: usize, f: &crate::patterns::Frame) -> bool {
    let Some(c) = f.content.first().filter(|c| c.start > v) else {
        return false;
    };
    let k = c.start;
    if k == 0 || ctx.doc.tok(k - 1) != "," || ctx.doc.is_cap(k) || !ctx.doc.is_word(k) {
        return false;
    }
    let sent = ctx.sentence_start(v);
    let wie = (sent..v).any(|w| ctx.doc.is(w, "wie") && (w == sent || ctx.doc.tok(w - 1) == ","));
    if wie {
        return false;
    }
    let w = ctx.doc.tok(k);
    let n = k + 1;
    INDICATIVE.has(ctx.doc.tok(k))
        || !ctx.word(k).closed()
            && (w.ends_with("te") || w.ends_with("ten"))
            && !ctx.doc.is_any(n, &["des", "eines"])
            && (ctx.class(n, Class::Det)
                || ctx.class(n, Class::Pron)
                || ctx.doc.is_word(n) && !ctx.doc.is_cap(n))
}

#[cfg(test)]
mod tests {
    use super::super::testing::{one, s, triples};

    #[test]
    fn an_infinitive_after_zu_is_no_cue() {
        assert!(
            triples("Auch Gutes ist zu berichten: Die Halle wurde rechtzeitig fertig.").is_empty()
        );
        assert!(triples("Die Stadt plant, die Zahlen am Montag bekannt zu geben.").is_empty());
    }

    #[test]
    fn a_modal_before_the_infinitive_says_nothing() {
        assert!(
            triples("Ein Sprecher wollte nicht bestätigen, dass das Werk schließt.").is_empty()
        );
        assert!(triples("Ich kann nicht erklären, was mich so müde macht.").is_empty());
        assert!(
            triples("Der Test hat den Verdacht nicht bestätigt, dass er krank ist.").is_empty()
        );
        // The same form as a finite plural is a cue.
        let (src, _, c) = one("Die Ärzte bestätigen, dass der Patient außer Gefahr ist.");
        assert_eq!(src, s("Die Ärzte"));
        assert_eq!(c, ["der Patient außer Gefahr ist"]);
    }

    #[test]
    fn a_noun_phrase_before_the_verb_is_its_subject_not_a_claim() {
        assert!(triples(
            "Die Sprecherin von Bündnis 90/Die Grünen, Anna Beispiel, kritisierte die Pläne der Regierung."
        )
        .is_empty());
        // A clause before the cue is one.
        let (src, _, c) = one("Die Brücke bleibt gesperrt, erklärte die Stadt.");
        assert_eq!(src, s("die Stadt"));
        assert_eq!(c, ["Die Brücke bleibt gesperrt"]);
    }

    #[test]
    fn a_relative_clause_after_the_comma_is_no_claim() {
        assert!(
            triples("Der Bericht kritisiert eine Reform, die am Montag in Kraft trat.").is_empty()
        );
        assert!(triples("Die Stadt meldete neue Zahlen, was eine Debatte auslöste.").is_empty());
        assert!(
            triples("Der Mann hat zwei Taten zugegeben, die jedoch längst verjährt sind.")
                .is_empty()
        );
        let (_, _, c) = one("Der Minister sagte, das sei falsch.");
        assert_eq!(c, ["das sei falsch"]);
    }

    #[test]
    fn an_attributive_participle_is_no_cue() {
        let (src, cue, c) =
            one("Der Minister sagte in der bereits erwähnten Rede, die Steuern würden sinken.");
        assert_eq!((src, cue.as_str()), (s("Der Minister"), "sagte"));
        assert_eq!(c, ["die Steuern würden sinken"]);
        assert!(triples("Mit den genannten Zahlen rechnet die Stadt seit Jahren.").is_empty());
    }

    #[test]
    fn a_main_clause_verb_after_the_comma_is_no_claim() {
        let t =
            triples("Als die Lehrerin davon erzählte, verdoppelte die Schule die Zahl der Kurse.");
        assert!(t.is_empty());
        let t = triples(
            "Der Anwalt hatte den Richter der Befangenheit beschuldigt, wurde dann aber selbst angeklagt.",
        );
        assert!(t.is_empty());
        // After "wie" the main clause's verb comes first; a genitive is no verb's object.
        let (_, _, c) = one("Wie die Polizei mitteilte, wurde niemand verletzt.");
        assert_eq!(c, ["wurde niemand verletzt"]);
        let (_, _, c) =
            one("Er hat sich bereit erklärt, zugunsten des Vereins auf sein Amt zu verzichten.");
        assert_eq!(c, ["zugunsten des Vereins auf sein Amt zu verzichten"]);
        let (_, _, c) = one("Die Ärztin sagte, weitere Tests seien nötig.");
        assert_eq!(c, ["weitere Tests seien nötig"]);
    }

    #[test]
    fn a_causal_da_or_a_new_main_clause_is_no_claim() {
        assert!(
            triples("Der Verband warf ihm Wortbruch vor, da er die Zusage gebrochen hatte.")
                .is_empty()
        );
        assert!(
            triples("Die Stadt hat den Plan erklärt, jedoch wurden keine Mittel bewilligt.")
                .is_empty()
        );
        assert!(triples("Sie sagen das oft, aber die Lage ist ernst.").is_empty());
        // The reason the speaker gave, in Konjunktiv I, is a claim.
        let (_, _, c) = one("Der Sprecher erklärte, da der Vertrag noch gültig sei, bleibe alles.");
        assert_eq!(c, ["da der Vertrag noch gültig sei, bleibe alles"]);
    }
}
