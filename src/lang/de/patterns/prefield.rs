//! What stands before a German finite verb (its "Vorfeld") when that is no
//! subject:
//! - a dative, accusative or genitive opening the sentence ("Den
//!   Flüchtlingen sicherte der Präsident zu, …", "Des Weiteren verwies …");
//! - an adverbial participle or adverb ("Relativierend fügte sie hinzu",
//!   "Stellvertretend für die Kommission empfahl …");
//! - a second verb phrase joined by "und" ("Er sagte, A, und fügte hinzu:
//!   …", "Zuschauer standen am Rand und forderten, …"): the subject is the
//!   sentence's first noun phrase;
//! - nothing: an auxiliary first after a fronted clause ("Nachdem …, hat
//!   der Minister gefordert, …");
//! - where the words came from: "Aus Regierungskreisen verlautete, …".

use std::ops::Range;

use super::{content_after, np_forward};
use crate::lexicon::Class;
use crate::patterns::{Ctx, Frame, Rule};

/// Does the word `first`, opening the verb's clause, make the subject
/// follow the verb?
pub(crate) fn fronted(ctx: &Ctx, first: usize) -> bool {
    if ctx
        .doc
        .is_any(first, &["den", "dem", "einem", "einen", "des"])
    {
        return true;
    }
    // An adverbial participle or adverb ("Relativierend", "Abschließend",
    // "Unmissverständlich", "Glücklicherweise", "Andererseits").
    let t = ctx.doc.tok(first);
    ctx.doc.is_cap(first)
        && t.chars().count() > 6
        && ["end", "lich", "weise", "seits"]
            .iter()
            .any(|s| t.ends_with(s))
        && !ctx.word(first).closed()
}

/// Does a noun phrase open the sentence at `sent` and end at a comma before
/// `end`, with its attributes of place and origin ("Der Vorsitzende des
/// Verbands in Bayern, Max Muster, kritisierte …")?
pub(crate) fn np_then_comma(ctx: &Ctx, sent: usize, end: usize) -> bool {
    let Some(np) = np_forward(ctx, sent, end).filter(|np| np.start == sent) else {
        return false;
    };
    let mut e = np.end;
    while ctx
        .doc
        .is_any(e, &["in", "im", "aus", "von", "vom", "für", "bei", "beim"])
    {
        match np_forward(ctx, e + 1, end) {
            Some(next) if next.start == e + 1 => e = next.end,
            _ => return false,
        }
    }
    ctx.doc.tok(e) == ","
}

/// The auxiliary opening the clause of cue `v` right after a relative
/// clause on the subject ("Der Verein, der von X gegründet wurde, hat …
/// mitgeteilt"): a relative clause ends in its lowercase verb.
pub(crate) fn aux_after_relative(ctx: &Ctx, s0: usize, v: usize) -> Option<usize> {
    let own = super::clause_start(ctx, v);
    let ok = own > s0 + 1
        && own < v
        && ctx.class(own, Class::Aux)
        && ctx.doc.tok(own - 1) == ","
        && ctx.doc.is_word(own - 2)
        && !ctx.doc.is_cap(own - 2)
        && (s0 + 1..own - 1).any(|k| {
            ctx.doc.tok(k) == "," && (ctx.class(k + 1, Class::Rel) || ctx.class(k + 1, Class::Det))
        });
    ok.then_some(own)
}

/// The subject without its relative clause: up to the first comma.
pub(crate) fn cut_relative(ctx: &Ctx, source: &mut Range<usize>) {
    if let Some(c) = (source.start + 1..source.end).find(|&k| ctx.doc.tok(k) == ",") {
        source.end = c;
    }
}

/// Focus particles (`focus_particles.txt`).
static FOCUS: crate::lexicon::WordList =
    crate::lexicon::WordList::new(crate::lexicon::list_text!("de/focus_particles"));

/// The subject's first token past a focus particle before it: "Auch der
/// Minister sagte, …" (`finite` the verb after the subject).
pub(crate) fn past_focus(ctx: &Ctx, first: usize, finite: usize) -> usize {
    let subject = first + 1 < finite
        && FOCUS.has(ctx.doc.tok(first))
        && starts_np(ctx, first + 1)
        && np_forward(ctx, first + 1, finite).is_some_and(|np| np.end == finite);
    if subject {
        first + 1
    } else {
        first
    }
}

/// Does a fronted adverbial open the clause at `first` ("Schon am Abend",
/// "In der Halle")? A focus particle before a noun phrase ("Auch der
/// Minister …") is none.
pub(crate) fn fronted_adverbial(ctx: &Ctx, first: usize) -> bool {
    !ctx.class(first, Class::Det)
        && !ctx.class(first, Class::Pron)
        && (ctx.class(first, Class::Prep)
            || ctx.class(first, Class::Time)
            || (ctx.class(first, Class::Intro) || ctx.class(first, Class::Adjunct))
                && !starts_np(ctx, first + 1))
}

/// Can a noun phrase start at `k`: an article, a pronoun or a capital?
pub(crate) fn starts_np(ctx: &Ctx, k: usize) -> bool {
    ctx.class(k, Class::Det) || ctx.class(k, Class::Pron) || ctx.doc.is_cap(k)
}

/// The finite verb after a fronted adverbial opening at `first`, before
/// `end`: a lowercase word outside quotation marks, after no article,
/// before its subject (or "sich" and its subject).
pub(crate) fn verb_after_adverbial(ctx: &Ctx, first: usize, end: usize) -> Option<usize> {
    (first + 1..end).find(|&k| {
        ctx.doc.is_word(k)
            && !ctx.doc.is_cap(k)
            && !ctx.word(k).closed()
            && !ctx.in_quote_strict(k)
            && !ctx.class(k - 1, Class::Det)
            && (starts_np(ctx, k + 1) || ctx.doc.is(k + 1, "sich") && starts_np(ctx, k + 2))
    })
}

/// The subject of a verb joined to an earlier verb phrase by "und" right
/// before it (`join` is the "und"): the noun phrase that opens the
/// sentence, or `None` when none does.
pub(crate) fn joined_subject(ctx: &Ctx, join: usize) -> Option<Option<Range<usize>>> {
    if !ctx.doc.is_any(join, &["und", "sowie"]) {
        return None;
    }
    let sent = ctx.sentence_start(join);
    let first = sent;
    // A fronted adverbial ("Schon am Abend zogen Studenten … und riefen"):
    // the subject follows the first verb.
    if fronted_adverbial(ctx, first) {
        let np = verb_after_adverbial(ctx, first, join)
            .and_then(|k| np_forward(ctx, k + 1, join))
            .filter(|np| np.end < join);
        return Some(np);
    }
    let np = starts_np(ctx, first)
        .then(|| np_forward(ctx, first, join))
        .flatten()
        .filter(|np| np.end < join && !ctx.doc.is_cap(np.end));
    Some(np)
}

/// The subject of a verb joined to an earlier verb phrase by a comma
/// ("Die Stadt bestätigte den Vorfall, teilte aber mit, …"): the noun phrase
/// from `first` when a lowercase verb follows it and a comma stands right
/// before the verb at `finite`.
pub(crate) fn comma_joined_subject(ctx: &Ctx, first: usize, finite: usize) -> Option<Range<usize>> {
    if finite < first + 3 || ctx.doc.tok(finite - 1) != "," {
        return None;
    }
    let np = np_forward(ctx, first, finite)?;
    let verb = np.end;
    let is_verb = np.start == first
        && verb + 1 < finite
        && ctx.doc.is_word(verb)
        && !ctx.doc.is_cap(verb)
        && !ctx.word(verb).closed()
        && (verb..finite).filter(|&k| ctx.doc.tok(k) == ",").count() == 1;
    is_verb.then_some(np)
}

/// Is there a quotation before the verb at `v` in its sentence, other than
/// a short quoted name inside a noun phrase ("Der Chef von „Nordwerk“, …")?
pub(crate) fn quoted_before(ctx: &Ctx, sent: usize, v: usize) -> bool {
    (sent..v).any(|k| {
        ctx.closes_quote(k).is_some_and(|q| {
            let quote = &ctx.quotes.all[q];
            let named = quote.words <= 6
                && quote.open > sent
                && (ctx.class(quote.open - 1, Class::Det)
                    || ctx.doc.is_any(quote.open - 1, &["von", "vom"]))
                && ctx.doc.tok(quote.close + 1) == ",";
            !named
        })
    })
}

/// "Anna Muster, die Präsidentin des Vereins sagte vor der Presse, …": an
/// appositive whose closing comma is missing, not a relative clause (whose
/// verb stands last, before a comma). `s0` is the clause's first word, an
/// article before its noun.
pub(crate) fn open_appositive(ctx: &Ctx, v: usize, s0: usize) -> bool {
    let sent = ctx.sentence_start(v);
    s0 > sent
        && ctx.doc.tok(s0 - 1) == ","
        && ctx.doc.is_any(s0, &["der", "die", "das"])
        && ctx.doc.is_cap(s0 + 1)
        && !ctx.word(s0 + 1).closed()
        && ctx.doc.is_word(v + 1)
        && (sent..s0 - 1).all(|k| ctx.doc.is_cap(k) && ctx.doc.is_word(k))
}

/// The auxiliary first in its clause after a fronted subordinate clause
/// ("Nachdem …, hat der Minister gefordert, …"): the subject follows it; an
/// auxiliary opening the sentence asks a question.
pub(crate) fn verb_first(
    ctx: &Ctx,
    v: usize,
    aux: usize,
    particle: Option<usize>,
) -> Option<Frame> {
    let sent = ctx.sentence_start(v);
    if aux == sent || ctx.doc.tok(aux - 1) != "," {
        return None;
    }
    let source = if ctx.doc.is_any(aux, super::verb::PASSIVE) {
        None
    } else {
        Some(np_forward(ctx, aux + 1, v)?)
    };
    let from = super::verb::after(v, None, particle);
    let content =
        content_after(ctx, v, from).or_else(|| super::verb::quoted_object(ctx, v, from))?;
    Some(Frame::one(v..v + 1, source, Rule::Inverted, content, 0.8))
}

/// A prepositional phrase opening the sentence and a relative clause on
/// its noun before the verb `v`: "In dem Bericht, der am Montag erschien,
/// heißt es": the phrase's noun phrase, without its preposition.
pub(crate) fn pp_with_relative(ctx: &Ctx, sent: usize, v: usize) -> Option<Range<usize>> {
    if v < sent + 5 || ctx.doc.tok(v - 1) != "," || !ctx.class(sent, Class::Prep) {
        return None;
    }
    let np = np_forward(ctx, sent + 1, v)?;
    let rel = np.end + 1;
    let relative = ctx.doc.tok(np.end) == ","
        && (ctx.class(rel, Class::Rel) || ctx.doc.is(rel, "in") && ctx.class(rel + 1, Class::Rel));
    relative.then_some(np)
}

/// "Aus Militärkreisen verlautete, …": with no subject after the verb, where
/// the words came from ("aus" and a noun phrase up to the verb `finite`) is
/// the source.
pub(crate) fn from_where(ctx: &Ctx, first: usize, finite: usize) -> Option<Range<usize>> {
    if !ctx.doc.is(first, "aus") {
        return None;
    }
    np_forward(ctx, first + 1, finite).filter(|np| np.end == finite)
}

#[cfg(test)]
mod tests {
    use super::super::testing::{one, s};

    #[test]
    fn a_fronted_object_or_adverbial_puts_the_subject_after_the_verb() {
        let (src, _, _) = one("Relativierend fügte die Ministerin hinzu, man prüfe alles.");
        assert_eq!(src, s("die Ministerin"));
        let (src, _, _) = one("Unmissverständlich sagte die Richterin, das Urteil stehe fest.");
        assert_eq!(src, s("die Richterin"));
        let (src, _, _) = one("Andererseits erklärte der Anwalt, man werde klagen.");
        assert_eq!(src, s("der Anwalt"));
        let (src, _, _) = one("Des Weiteren verwies der Anwalt darauf, dass die Frist ablaufe.");
        assert_eq!(src, s("der Anwalt"));
    }

    #[test]
    fn a_name_after_the_inverted_subject_and_a_reflexive_verb() {
        let (src, _, c) =
            one("Dazu sagte der Sprecher der Stadt, Max Muster, man prüfe alle Optionen.");
        // The name is the source's own (appositive.rs).
        assert_eq!(src, s("der Sprecher der Stadt, Max Muster"));
        assert_eq!(c, ["man prüfe alle Optionen"]);
        let (src, _, _) =
            one("Besorgt äußerte sich die Ärztin Anna Beispiel, die Zahl der Fälle steige weiter.");
        assert_eq!(src, s("die Ärztin Anna Beispiel"));
    }

    #[test]
    fn a_quoted_name_in_the_subject_and_an_open_appositive() {
        let (src, _, c) = one(
            "Der Geschäftsführer von „Nordwerk“, Karl Beispiel, sagte, das Geld sei gut angelegt.",
        );
        assert_eq!(src, s("Der Geschäftsführer von „Nordwerk“, Karl Beispiel,"));
        assert_eq!(c, ["das Geld sei gut angelegt"]);
        let (src, _, c) = one(
            "Anna Muster, die Präsidentin des Vereins sagte vor der Presse, der Verein sei pleite.",
        );
        assert_eq!(src, s("Anna Muster, die Präsidentin des Vereins"));
        assert_eq!(c, ["der Verein sei pleite"]);
        // A relative clause's verb stands last: its claim is its own.
        let (src, _, _) = one("Er ging, weil die Ärztin sagte, es sei spät.");
        assert_eq!(src, s("die Ärztin"));
    }

    #[test]
    fn a_subject_with_a_place_and_an_appositive_before_the_verb() {
        let (src, _, c) = one(
            "Der Sprecher des Verbands in Bayern, Max Muster, kritisierte die Pläne der Stadt scharf: „Das ist zu teuer.“",
        );
        assert_eq!(src, s("Der Sprecher des Verbands in Bayern, Max Muster,"));
        assert_eq!(c, ["Das ist zu teuer."]);
        let (src, _, _) = one(
            "Der Leiter des Amtes für Umwelt, Anna Beispiel, hat gefordert, die Bäume zu erhalten.",
        );
        assert_eq!(src, s("Der Leiter des Amtes für Umwelt, Anna Beispiel,"));
    }

    #[test]
    fn where_the_words_came_from_is_the_source() {
        let (src, cue, c) = one("Aus Kreisen der Partei verlautete, der Vorstand trete zurück.");
        assert_eq!((src, cue.as_str()), (s("Kreisen der Partei"), "verlautete"));
        assert_eq!(c, ["der Vorstand trete zurück"]);
        let (src, _, c) = one("Wie aus dem Rathaus verlautete, bleibt die Halle geschlossen.");
        assert_eq!(src, s("dem Rathaus"));
        assert_eq!(c, ["bleibt die Halle geschlossen"]);
        // A subject after the verb stays the source.
        let (src, _, _) = one("Aus Sorge erklärte die Ärztin, man müsse warten.");
        assert_eq!(src, s("die Ärztin"));
    }

    #[test]
    fn a_verb_phrase_joined_by_a_comma_shares_the_subject() {
        let (src, cue, c) = one(
            "Die Behörde bestätigte den Vorfall, teilte aber mit, es sei niemand verletzt worden.",
        );
        assert_eq!((src, cue.as_str()), (s("Die Behörde"), "teilte"));
        assert_eq!(c, ["es sei niemand verletzt worden"]);
    }

    #[test]
    fn a_joined_verb_phrase_shares_the_sentence_subject() {
        let t = super::super::testing::triples(
            "Die Anwohner standen am Rand der Straße und forderten, die Bäume zu erhalten.",
        );
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(t[0].0, s("Die Anwohner"));
    }

    #[test]
    fn the_subject_follows_the_first_verb_after_an_adverbial() {
        let (src, cue, c) =
            one("Schon am Abend zogen Studenten vor das Rathaus und skandierten „Freiheit jetzt“.");
        assert_eq!((src, cue.as_str()), (s("Studenten"), "skandierten"));
        assert_eq!(c, ["Freiheit jetzt"]);
    }

    #[test]
    fn a_cheer_and_a_tribute_are_cues() {
        let (src, cue, c) = one("Die Bürgermeisterin würdigte den Gründer als „Vater der Stadt“.");
        assert_eq!((src, cue.as_str()), (s("Die Bürgermeisterin"), "würdigte"));
        assert_eq!(c, ["Vater der Stadt"]);
        let (src, _, c) = one("Die Fans skandierten „Wir sind wieder da“.");
        assert_eq!(src, s("Die Fans"));
        assert_eq!(c, ["Wir sind wieder da"]);
    }
    #[test]
    fn a_quotation_or_an_adjective_is_no_first_verb() {
        let (src, _, _) = one(
            "Unter dem Motto „Mut statt Angst“ liefen die Schüler zum Markt und skandierten „Jetzt“.",
        );
        assert_eq!(src, s("die Schüler"));
        let (src, _, _) =
            one("Nach einem langen Tag im Labor prüfte sie die Werte und sagte: „Es stimmt.“");
        assert_eq!(src, s("sie"));
        let (src, _, _) = one(
            "Auch der frühere Trainer Paul Beispiel lobte das Team und sagte, es habe gut gespielt.",
        );
        assert_eq!(src, s("Auch der frühere Trainer Paul Beispiel"));
    }
    #[test]
    fn the_subject_before_a_relative_clause() {
        let (src, cue, c) = one(
            "Der Verein, der von der Stadt gegründet wurde, hat nun mitgeteilt, dass das Wasser sauber bleibt.",
        );
        assert_eq!((src, cue.as_str()), (s("Der Verein"), "mitgeteilt"));
        assert_eq!(c, ["das Wasser sauber bleibt"]);
        // An appositive stays the subject's own.
        let (src, _, _) =
            one("Der Leiter der Schule, Max Muster, hat mitgeteilt, dass der Unterricht ausfällt.");
        assert_eq!(src, s("Der Leiter der Schule, Max Muster,"));
    }

    #[test]
    fn a_particle_written_apart_before_its_verb() {
        let (src, cue, c) =
            one("Die Firma hatte am Montag bekannt gegeben, das Werk werde geschlossen.");
        assert_eq!((src, cue.as_str()), (s("Die Firma"), "gegeben"));
        assert_eq!(c, ["das Werk werde geschlossen"]);
        assert!(
            super::super::testing::triples("Er hat ihr das Buch gegeben, das sie wollte.")
                .is_empty()
        );
    }
    #[test]
    fn a_focus_particle_before_the_subject() {
        let (src, cue, c) = one("Auch der Minister sagte, die Schule bleibe bis Mai geschlossen.");
        assert_eq!((src, cue.as_str()), (s("der Minister"), "sagte"));
        assert_eq!(c, ["die Schule bleibe bis Mai geschlossen"]);
        let (src, _, _) = one("Sogar Anna Muster erklärte, der Plan sei gescheitert.");
        assert_eq!(src, s("Anna Muster"));
        // An adverbial after the particle is none.
        let (src, _, _) = one("Auch am Montag erklärte der Minister, der Plan sei gescheitert.");
        assert_eq!(src, s("der Minister"));
    }
}
