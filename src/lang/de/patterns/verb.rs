//! Cue verbs in German word order:
//! - after the content, V2 inverted: „…“, sagte der Minister. / Die Lage sei
//!   ernst, sagte er. (split: „…“, sagte er, „…“)
//! - subject first: Der Minister sagte, … / Er sagte: „…“ / hat … gesagt, dass
//! - a fronted adverbial: Am Montag teilte die Polizei mit, …
//! - verb-final after "wie" (`wie.rs`): …, wie der Sprecher mitteilte.
//! - "heißt es" / "hieß es": In der Erklärung heißt es, … / „…“, hieß es aus …
//!
//! A separable form ("teilte") is a cue only with its particle ending the
//! clause ("teilte … mit"); the cue is the verb form, the clause runs to the
//! particle.

use std::ops::Range;

use super::{clause_start, content_after, content_before, np_forward, particle_after, particles};
use crate::lexicon::{list_text, Class, WordList};
use crate::patterns::{Ctx, Frame, Rule};

/// Words that open a subordinate clause, whose verb stands last and is no
/// cue of the sentence ("…, weil er sagte, …").
pub(super) static SUBORDINATE: WordList = WordList::new(list_text!("de/subordinators"));

/// Passive auxiliaries: "es wurde mitgeteilt" has no speaker before it.
pub(super) const PASSIVE: &[&str] = &["wurde", "wurden", "worden", "wird", "werden"];

pub fn frame(ctx: &Ctx, v: usize) -> Option<Frame> {
    let form = ctx.cue_form(v)?;
    use super::plausible::{attributive, modal_infinitive, negated};
    if modal_infinitive(ctx, v, &form) || negated(ctx, v) || attributive(ctx, v) {
        return None;
    }
    // Every German noun is capitalised, a verb only where a sentence or a
    // quotation starts: "Angaben", "Berichte" are nouns.
    let sent = ctx.sentence_start(v);
    if ctx.doc.is_cap(v)
        && v > sent
        && ctx.opens_quote(v - 1).is_none()
        && ctx.doc.tok(v - 1) != ":"
    {
        return None;
    }
    if let Some(f) = super::fronted_quote::frame(ctx, v, &form) {
        return Some(f);
    }
    if form.lemma == "heißen" {
        return super::heisst_es::frame(ctx, v);
    }
    if super::naming::is_naming(form.lemma) {
        return clause_frame(ctx, v, &form).filter(|f| super::naming::says(ctx, v, f));
    }
    clause_frame(ctx, v, &form).filter(|f| !super::plausible::main_verb_first(ctx, v, f))
}

/// The frame of cue `v` by where it stands in its clause.
fn clause_frame(ctx: &Ctx, v: usize, form: &crate::lexicon::CueForm) -> Option<Frame> {
    let sent = ctx.sentence_start(v);
    let s0 = clause_start(ctx, v);
    if ctx.doc.is(s0, "wie") && s0 < v {
        return super::wie::frame(ctx, v, s0);
    }
    if let Some(w) = super::wie::before_appositive(ctx, v) {
        return super::wie::frame(ctx, v, w);
    }
    let particle = match particles(form, ctx.doc.tok(v)) {
        Some(p) => Some(particle_after(ctx, v, p)?),
        None => None,
    };
    // "Der Vertreter der Firma, Max Muster, hat gefordert, …": an auxiliary
    // after the appositive's comma; the subject opens the sentence.
    if s0 > sent && s0 < v && ctx.class(s0, Class::Aux) && ctx.doc.tok(s0 - 1) == "," {
        let np_first = super::prefield::np_then_comma(ctx, sent, s0);
        let quoted = super::prefield::quoted_before(ctx, sent, v);
        if np_first && !quoted {
            return before_verb(ctx, v, sent, particle);
        }
    }
    if s0 == v {
        if v > sent && (ctx.doc.tok(v - 1) == "," || ctx.closes_quote(v - 1).is_some()) {
            // „…“, sagte X — or a subject with an appositive or a relative
            // clause before its verb ("Der Leiter, der …, sagte, …").
            let quoted = super::prefield::quoted_before(ctx, sent, v);
            // "Die Ministerin, Anna Muster, kritisierte die Pläne": a noun
            // phrase and its appositive before the verb are its subject.
            let np_first = super::prefield::np_then_comma(ctx, sent, v);
            if np_first && !quoted {
                return before_verb(ctx, v, sent, particle);
            }
            return after_content(ctx, v, particle).or_else(|| {
                (!quoted)
                    .then(|| before_verb(ctx, v, sent, particle))
                    .flatten()
            });
        }
        return None;
    }
    // "Als Antwort sagte er": "als" with a noun is an adverbial.
    let als_noun = ctx.doc.is(s0, "als") && ctx.doc.is_cap(s0 + 1) && !ctx.word(s0 + 1).closed();
    let sub = !als_noun
        && (SUBORDINATE.has(ctx.doc.tok(s0)) && (s0 > sent || ctx.doc.is(s0, "dass"))
            || SUBORDINATE.has(ctx.doc.tok(s0)) && !ctx.class(s0, Class::Det));
    if sub && !super::prefield::open_appositive(ctx, v, s0) {
        return subordinate(ctx, v, s0, particle);
    }
    if sub {
        return before_verb(ctx, v, sent, particle);
    }
    before_verb(ctx, v, s0, particle)
}

/// A cue verb last in its subordinate clause, with the claim after it:
/// "…, indem er sagte, …" / "…, der sagte, man dürfe …".
fn subordinate(ctx: &Ctx, v: usize, s0: usize, particle: Option<usize>) -> Option<Frame> {
    let next = particle.map_or(v + 1, |p| p + 1);
    if !matches!(ctx.doc.tok(next), "," | ":") || v > s0 + 12 {
        return None;
    }
    let relative = ctx.class(s0, Class::Det) || ctx.class(s0, Class::Rel);
    let source = if relative {
        s0..s0 + 1
    } else {
        np_forward(ctx, s0 + 1, v)?
    };
    let content = content_after(ctx, v, next)?;
    Some(Frame::one(
        v..v + 1,
        Some(source),
        Rule::Subject,
        content,
        0.7,
    ))
}

/// Where a cue's own clause goes on after it: past its particle, or past the
/// source that follows it.
pub(super) fn after(v: usize, source: Option<&Range<usize>>, particle: Option<usize>) -> usize {
    let mut a = source.map_or(v + 1, |s| s.end.max(v + 1));
    if let Some(p) = particle {
        a = a.max(p + 1);
    }
    a
}

/// The source after the verb: skips a reflexive "sich" ("äußerte sich der
/// Minister") and adverbs ("sagte gestern der Minister").
fn source_after(ctx: &Ctx, v: usize, particle: Option<usize>) -> Option<Range<usize>> {
    let end = particle.unwrap_or_else(|| ctx.sentence_end(v));
    let mut j = super::adverbs_after_verb::past_adverbs(ctx, v + 1, end);
    // "Dies geht aus dem Bericht hervor": the source without "aus".
    if particle.is_some() && ctx.doc.is(j, "aus") {
        j += 1;
    }
    np_forward(ctx, j, end)
}

/// „…“, sagte der Minister (, „…“).
fn after_content(ctx: &Ctx, v: usize, particle: Option<usize>) -> Option<Frame> {
    let mut source = source_after(ctx, v, particle)?;
    // "„…“, sagte Max Muster, Sprecher der Stadt." (appositive.rs)
    if let Some(e) = super::appositive::closing_appositive(ctx, source.end, v) {
        source.end = e;
    }
    let a = after(v, Some(&source), particle);
    let comma = if ctx.doc.tok(v - 1) == "," { v - 1 } else { v };
    let before = content_before(ctx, comma).filter(|b| super::plausible::has_verb(ctx, b));
    // A quotation split by its cue goes on after the source (and its
    // adverbials: "sagte X vor Journalisten, „…“").
    let comma_at = (a..(a + 6).min(ctx.sentence_end(v)))
        .find(|&k| ctx.is_boundary(k) || ctx.doc.is_punct(k, '.'))
        .filter(|&k| ctx.doc.tok(k) == ",");
    if let Some(c) = comma_at {
        if let Some(q) = ctx.opens_quote(c + 1) {
            let quote = &ctx.quotes.all[q];
            let mut f = Frame::new(v..v + 1, Some(source), Rule::Inverted);
            f.content.extend(before);
            f.content.push(quote.open..quote.close + 1);
            f.confidence = 0.85;
            return Some(f);
        }
    }
    // After a fronted subordinate clause ("Nachdem …, sagte er, …") the
    // claim follows.
    // ("Da …, warnte er"; "Warum …, begründete sie damit, …": no claim.)
    let fronted_clause = before.as_ref().is_none_or(|b| {
        super::subordinate(ctx, b.start) || ctx.doc.is_any(b.start, &["da", "warum", "wieso"])
    });
    if fronted_clause {
        let c = content_after(ctx, v, a)?;
        return Some(Frame::one(v..v + 1, Some(source), Rule::Inverted, c, 0.75));
    }
    Some(Frame::one(
        v..v + 1,
        Some(source),
        Rule::Inverted,
        before?,
        0.85,
    ))
}

/// Der Minister sagte, … / Am Montag sagte der Minister, … / Er hat gesagt, …
fn before_verb(ctx: &Ctx, v: usize, s0: usize, particle: Option<usize>) -> Option<Frame> {
    if ctx.class(s0, Class::Aux) && s0 < v {
        return super::prefield::verb_first(ctx, v, s0, particle);
    }
    // The finite verb of the clause: an auxiliary before a participle, or
    // the one after a relative clause (`prefield.rs`).
    let after_relative = super::prefield::aux_after_relative(ctx, s0, v);
    let aux = after_relative.or_else(|| (s0 + 1..v).find(|&k| ctx.class(k, Class::Aux)));
    let finite = aux.unwrap_or(v);
    let mut first = s0;
    while first < finite && ctx.class(first, Class::Conj) {
        first += 1;
    }
    let first = super::prefield::past_focus(ctx, first, finite);
    if first >= finite {
        return None;
    }
    let als = first > s0 && ctx.doc.is(first - 1, "als");
    let fronted = als
        || super::prefield::fronted(ctx, first)
        || !ctx.class(first, Class::Det)
            && !ctx.class(first, Class::Pron)
            && ctx.opens_quote(first).is_none()
            && (ctx.class(first, Class::Prep)
                || ctx.class(first, Class::Intro)
                || ctx.class(first, Class::Time)
                || ctx.class(first, Class::Adjunct)
                || !ctx.doc.is_cap(first))
        // A date before the verb ("Ende Januar verkündete …").
        || (first..finite).any(|k| ctx.class(k, Class::Time))
        // A pronoun right after the verb is its subject ("Besorgt äußerte
        // sie sich", "Des Weiteren verwies er").
        || ctx.class(finite + 1, Class::Pron) && !ctx.class(first, Class::Pron)
        // A subject after a reflexive "sich" ("Besorgt äußerte sich der
        // Minister", "… äußerte sich Anna Muster").
        || ctx.doc.is(finite + 1, "sich")
            && aux.is_none()
            && (ctx.class(finite + 2, Class::Det)
                || ctx.doc.is_cap(finite + 2) && !ctx.word(finite + 2).closed());
    // "Dies bestätigte ein Sprecher.": the claim is the sentence before.
    if first + 1 == finite && ctx.doc.is_any(first, &["dies", "das", "dieses"]) && aux.is_none() {
        return pointing_back(ctx, v, first, particle);
    }
    let passive = aux.is_some_and(|a| ctx.doc.is_any(a, PASSIVE));
    let joined = super::prefield::joined_subject(ctx, finite - 1).filter(|_| !passive);
    let source = if let Some(subject) = joined {
        Some(subject?)
    } else if passive {
        super::passive::agent(ctx, s0, v)
    } else if fronted {
        let end = if aux.is_some() {
            v
        } else {
            particle.unwrap_or_else(|| ctx.sentence_end(v))
        };
        let j = super::adverbs_after_verb::past_adverbs(ctx, finite + 1, end);
        Some(np_forward(ctx, j, end).or_else(|| super::prefield::from_where(ctx, first, finite))?)
    } else {
        Some(super::prefield::comma_joined_subject(ctx, first, finite).unwrap_or(first..finite))
    };
    let mut source = source;
    if let Some(s) = source
        .as_mut()
        .filter(|_| after_relative.is_some() && !fronted)
    {
        super::prefield::cut_relative(ctx, s);
    }
    let from = if fronted && aux.is_none() {
        let a = after(v, source.as_ref(), particle);
        let past = super::appositive::past_appositive(ctx, a);
        // The name set off by commas is the source's own ("sagte der
        // Sprecher der Stadt, Max Muster, …").
        if let Some(s) = source.as_mut().filter(|s| past > a && s.end == a) {
            s.end = past;
        }
        past
    } else {
        after(v, None, particle)
    };
    let content = content_after(ctx, v, from).or_else(|| quoted_object(ctx, v, from))?;
    let rule = if fronted {
        Rule::Inverted
    } else {
        Rule::Subject
    };
    Some(Frame::one(v..v + 1, source, rule, content, 0.8))
}

/// A quotation in the verb's own clause, with no comma before it: "nannte
/// die Bewerbung „sehr respektabel“", "bezeichnete ihn als „Knaller“".
pub(super) fn quoted_object(ctx: &Ctx, v: usize, from: usize) -> Option<Range<usize>> {
    let end = ctx.sentence_end(v);
    let mut k = from;
    while k < end && k < from + 15 {
        if let Some(q) = ctx.opens_quote(k) {
            let quote = &ctx.quotes.all[q];
            return (quote.words >= 1).then_some(quote.open..quote.close + 1);
        }
        if ctx.is_boundary(k) || ctx.doc.is_punct(k, '.') {
            return None;
        }
        k += 1;
    }
    None
}

/// "Dies bestätigte ein Sprecher." / "Das teilte die Polizei mit.": the
/// demonstrative stands for the sentence before, the claim.
fn pointing_back(ctx: &Ctx, v: usize, this: usize, particle: Option<usize>) -> Option<Frame> {
    let sent = ctx.sentence_start(v);
    if this != sent || sent == 0 || !ctx.doc.same_para(sent - 1, sent) {
        return None;
    }
    let source = source_after(ctx, v, particle)?;
    // Only the bare statement: "Dies sagte er der Zeitung." but not "Das
    // sagte er, als …".
    let a = after(v, Some(&source), particle);
    if content_after(ctx, v, a).is_some() {
        return None;
    }
    let prev = ctx.doc.sentence(sent - 1);
    let mut f = Frame::new(v..v + 1, Some(source), Rule::Inverted);
    f.content = [prev, this..this + 1].into();
    f.confidence = 0.7;
    Some(f)
}

#[cfg(test)]
mod tests {
    use super::super::testing::{one, s, triples};

    #[test]
    fn subject_first_with_a_comma_a_colon_or_dass() {
        let (src, cue, c) = one("Der Bürgermeister sagte am Montag, die Brücke sei sicher.");
        assert_eq!((src, cue.as_str()), (s("Der Bürgermeister"), "sagte"));
        assert_eq!(c, ["die Brücke sei sicher"]);
        let (src, _, c) = one("Die Ärztin erklärte, dass die Impfung gut vertragen werde.");
        assert_eq!(src, s("Die Ärztin"));
        assert_eq!(c, ["die Impfung gut vertragen werde"]);
        let (src, _, c) = one("Er sagte: „Wir bleiben hier.“");
        assert_eq!(src, s("Er"));
        assert_eq!(c, ["Wir bleiben hier."]);
    }

    #[test]
    fn inverted_after_the_content() {
        let (src, cue, c) = one("„Wir bleiben hier“, sagte der Sprecher des Vereins.");
        assert_eq!(
            (src, cue.as_str()),
            (s("der Sprecher des Vereins"), "sagte")
        );
        assert_eq!(c, ["Wir bleiben hier"]);
        let (src, _, c) = one("Die Lage sei ernst, erklärte sie am Abend.");
        assert_eq!((src, c), (s("sie"), vec!["Die Lage sei ernst".to_string()]));
        let (src, _, c) =
            one("„Das reicht nicht“, sagte Klaus Berger vor Journalisten, „wir brauchen mehr.“");
        assert_eq!(src, s("Klaus Berger"));
        assert_eq!(c, ["Das reicht nicht", "wir brauchen mehr."]);
    }

    #[test]
    fn a_fronted_adverbial_puts_the_source_after_the_verb() {
        let (src, cue, c) = one("Am Dienstag teilte die Feuerwehr mit, das Feuer sei gelöscht.");
        assert_eq!((src, cue.as_str()), (s("die Feuerwehr"), "teilte"));
        assert_eq!(c, ["das Feuer sei gelöscht"]);
        let (src, _, _) =
            one("Dazu sagte Bundeskanzlerin Maria Beispiel, man prüfe alle Optionen.");
        assert_eq!(src, s("Bundeskanzlerin Maria Beispiel"));
        let (src, _, _) =
            one("Erst vor zwei Tagen hatte der Verein zugesagt, den Platz zu räumen.");
        assert_eq!(src, s("der Verein"));
        let (src, _, c) = one(
            "Wenige Stunden nach der Wahl erklärte der neue „Rat der Stadt“, die Lage sei ruhig.",
        );
        assert_eq!(src, s("der neue „Rat der Stadt“"));
        assert_eq!(c, ["die Lage sei ruhig"]);
    }

    #[test]
    fn separable_verbs_need_their_particle() {
        let (src, cue, c) = one("Die Firma teilte mit, dass zwanzig Stellen wegfallen.");
        assert_eq!((src, cue.as_str()), (s("Die Firma"), "teilte"));
        assert_eq!(c, ["zwanzig Stellen wegfallen"]);
        let (src, _, c) = one("Die Schule sei geschlossen, teilte die Stadt am Morgen mit.");
        assert_eq!(
            (src, c),
            (
                s("die Stadt"),
                vec!["Die Schule sei geschlossen".to_string()]
            )
        );
        // "teilte" without "mit" shares, it does not say.
        assert!(triples("Sie teilte die Torte, dann gingen alle nach Hause.").is_empty());
        // "führte … aus" explains; "führte" alone leads, and "führte aus" with a plain
        // object carries out.
        let (src, cue, c) = one("Die Ministerin führte aus, dass die Mittel nicht reichten.");
        assert_eq!((src, cue.as_str()), (s("Die Ministerin"), "führte"));
        assert_eq!(c, ["die Mittel nicht reichten"]);
        assert!(triples("Der Kapitän führte die Mannschaft zum Sieg.").is_empty());
        assert!(triples("Die Firma führte die Arbeiten im Sommer aus.").is_empty());
    }

    #[test]
    fn the_perfect_tense() {
        let (src, cue, c) = one("Der Trainer hat am Sonntag gesagt, er mache weiter.");
        assert_eq!((src, cue.as_str()), (s("Der Trainer"), "gesagt"));
        assert_eq!(c, ["er mache weiter"]);
    }

    #[test]
    fn a_subject_with_an_appositive() {
        let (src, _, c) =
            one("Der Leiter der Studie, Paul Muster, sagte, die Zahlen seien stabil.");
        assert_eq!(src, s("Der Leiter der Studie, Paul Muster,"));
        assert_eq!(c, ["die Zahlen seien stabil"]);
    }

    #[test]
    fn a_demonstrative_points_back_to_the_claim() {
        let (src, cue, c) =
            one("Das Werk wird geschlossen. Dies bestätigte ein Sprecher der Firma.");
        assert_eq!(
            (src, cue.as_str()),
            (s("ein Sprecher der Firma"), "bestätigte")
        );
        assert_eq!(c, ["Das Werk wird geschlossen", "Dies"]);
    }

    #[test]
    fn an_auxiliary_after_the_appositive() {
        let (src, cue, c) =
            one("Der Chef der Firma, Max Muster, hat gefordert, die Steuern zu senken.");
        assert_eq!(
            (src, cue.as_str()),
            (s("Der Chef der Firma, Max Muster,"), "gefordert")
        );
        assert_eq!(c, ["die Steuern zu senken"]);
    }

    #[test]
    fn a_second_cue_verb_ends_the_first_claim() {
        let t = triples("Er sagte, die Lage sei ernst und fügte hinzu: „Wir helfen.“");
        assert_eq!(t[0].2, ["die Lage sei ernst"]);
    }

    #[test]
    fn verbs_of_suspicion_and_fear_report() {
        for (text, cue) in [
            (
                "Die Forscher befürchten, die Zahl der Fälle steige weiter.",
                "befürchten",
            ),
            (
                "Die Polizei vermutet, dass der Täter geflohen ist.",
                "vermutet",
            ),
            (
                "Der Anwalt bezweifelte, dass die Frist gilt.",
                "bezweifelte",
            ),
            (
                "Die Ärztin beteuerte, sie habe alles richtig gemacht.",
                "beteuerte",
            ),
        ] {
            let (_, c, _) = one(text);
            assert_eq!(c, cue, "{text}");
        }
    }

    #[test]
    fn what_a_report_shows() {
        let t = triples("Die Firma hat zehn neue Läden eröffnet. Dies geht aus einem Bericht der Zeitung hervor.");
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!(
            (t[0].0.clone(), t[0].1.as_str()),
            (s("einem Bericht der Zeitung"), "geht")
        );
        assert!(triples("Als Sieger der Wahl ging die Partei des Präsidenten hervor.").is_empty());
    }

    #[test]
    fn no_claim_no_frame() {
        // A narrated speech act without a proposition, a subordinate clause.
        assert!(triples("Die Opposition forderte eine Untersuchung.").is_empty());
        assert!(triples("Er ging, weil sie es so sagte.").is_empty());
        // A subordinate cue with its claim after it.
        let (src, _, c) = one("Er ging, weil sie sagte, es sei spät.");
        assert_eq!((src, c), (s("sie"), vec!["es sei spät".to_string()]));
    }
}
