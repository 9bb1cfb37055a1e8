//! German speaker rules ([`Rules::german`], the German pack's hook into the
//! shared resolver), tried on each source before the shared rules, which
//! take over where these say nothing. Every German noun is capitalised, so
//! a capital letter does not make a name: these rules tell functions from
//! names by the word lists (`titles.txt`, `person_words.txt`), compounds
//! included ("Polizeisprecher", "CDU-Politiker", "Innenministerin").
//!
//! - titles and functions before a name: "Bundeskanzlerin Angela Merkel",
//!   "der CDU-Politiker Karl Beispiel" (the name is the speaker, the
//!   function its role);
//! - gender from the function's form: "-in" is a woman ("Ministerin",
//!   "Sprecherin"), the plain form a man;
//! - "sie" is a woman or a group, as its verb's number says ("sie sagte" /
//!   "sie sagten");
//! - "der Minister", "die Sprecherin": the latest speaker called so, a
//!   compound's head included ("Innenministerin Eva Beispiel" … "die
//!   Ministerin");
//! - "ein Sprecher des Innenministeriums": an unnamed speaker whose role is
//!   the whole phrase;
//! - "aus Regierungskreisen": anonymous.

use super::*;

impl Rules {
    /// The German rules.
    pub fn german() -> Rules {
        Rules {
            source: Some(source),
            title: Some(function),
        }
    }
}

/// The speaker of German source `src` of frame `f`, or `None` for the
/// shared rules to decide.
fn source(rs: &mut Resolver, f: &Frame, src: &Range<usize>) -> Option<usize> {
    let ctx = rs.ctx;
    if src.len() == 1 && ctx.is_pronoun(src.start) {
        let plural = ctx.doc.is(src.start, "sie") && plural_verb(ctx, f, src);
        return plural.then(|| rs.resolve_pronoun_as(src, PronounClass::Plural));
    }
    if anonymous(ctx, src) {
        let c = rs.new_cluster(SpeakerKind::Anonymous, src.start);
        let span = rs.span(src);
        rs.offer_best(c, span, 1);
        return Some(c);
    }
    // Determiners and adjectives, then the capitalised run: functions, then
    // a name; a genitive attribute or "von …" after it.
    let mut h = src.start;
    while h < src.end && (!ctx.doc.is_cap(h) || ctx.class(h, Class::Det)) {
        h += 1;
    }
    let mut n = h;
    while n < src.end && function(ctx, n) {
        n += 1;
    }
    if n == h {
        return None;
    }
    let head = n - 1;
    let mut e = n;
    while e < src.end && ctx.doc.is_cap(e) && ctx.doc.is_word(e) && !ctx.word(e).closed() {
        e += 1;
    }
    let gender = gender_of(ctx, head);
    if e > n {
        // "Bundeskanzlerin Angela Merkel": the name speaks, the functions
        // are its role.
        let c = rs.name_cluster(n..e, false, h..n);
        let role = rs.text(&(h..n));
        let cl = &mut rs.clusters[c];
        cl.kind = SpeakerKind::Person;
        if cl.gender.is_none() {
            cl.gender = gender;
        }
        cl.role.get_or_insert(role);
        for k in h..n {
            let w = rs.word_at(k);
            if !rs.clusters[c].heads.contains(&w) {
                rs.clusters[c].heads.push(w);
            }
        }
        return Some(c);
    }
    if n < src.end && !ctx.class(n, Class::Det) && !ctx.doc.is_any(n, &["von", "vom", "("]) {
        return None;
    }
    let word = rs.word_at(head);
    let definite = ctx
        .doc
        .is_any(src.start, &["der", "die", "das", "den", "dem", "des"]);
    if definite && n == src.end {
        // "der Minister": the latest speaker with that function, or one
        // whose function ends with it ("Innenminister").
        let found = rs.recent(src.start, |c| {
            c.kind == SpeakerKind::Person
                && c.gender.is_none_or(|g| gender.is_none_or(|x| x == g))
                && c.heads.iter().any(|h| same_function(h.0, word.0))
        });
        if found.is_some() {
            return found;
        }
    }
    // An unnamed speaker: "ein Sprecher des Innenministeriums"; the same
    // words again ("der Sprecher der Stadt" … "der Sprecher der Stadt") are
    // the same speaker.
    let key = rs.fold(&(h..src.end));
    if let Some(&c) = rs.by_text.get(&key) {
        return Some(c);
    }
    let c = rs.new_cluster(SpeakerKind::Anonymous, src.start);
    rs.by_text.insert(key, c);
    let span = rs.span(src);
    rs.offer_best(c, span, if definite { 1 } else { 2 });
    let role = rs.text(&(h..src.end));
    let plural = plural_verb(ctx, f, src) && !ctx.doc.is_any(src.start, &["ein", "eine", "einer"]);
    let cl = &mut rs.clusters[c];
    cl.heads.push(word);
    cl.gender = gender;
    cl.plural = plural;
    cl.role = Some(role);
    Some(c)
}

/// Is token `k` a function or a title ("Sprecher", "Ministerin"), alone or
/// as the end of a compound ("Polizeisprecher", "CDU-Politiker")?
fn function(ctx: &Ctx, k: usize) -> bool {
    ctx.doc.is_cap(k) && ctx.doc.is_word(k) && listed(ctx, ctx.doc.tok(k))
}

/// Is `w` (any case) or a compound's end of it (five letters or more) in
/// `titles.txt` or `person_words.txt`?
fn listed(ctx: &Ctx, w: &str) -> bool {
    w.char_indices()
        .filter(|&(p, _)| p == 0 || w.len() - p >= 5)
        .any(|(p, _)| {
            let info = ctx.lex.info(w[p..].trim_start_matches('-'));
            info.is(WordInfo::TITLE) || info.is(WordInfo::PERSON)
        })
}

/// A woman for a function ending in "-in" whose stem is a function too
/// ("Ministerin", "Lehrerin"), a man for any other function.
fn gender_of(ctx: &Ctx, k: usize) -> Option<Gender> {
    let w = ctx.doc.tok(k).to_lowercase();
    if ctx.lex.info(&w).is(WordInfo::FEMALE) {
        return Some(Gender::Female);
    }
    if w.strip_suffix("in")
        .is_some_and(|stem| stem.len() >= 4 && listed(ctx, stem))
    {
        return Some(Gender::Female);
    }
    function(ctx, k).then_some(Gender::Male)
}

/// Does function `had` name the same function as `now`: the same word, or
/// a compound ending in it ("Innenminister" … "der Minister")?
fn same_function(had: &str, now: &str) -> bool {
    let (had, now) = (had.to_lowercase(), now.to_lowercase());
    had == now || now.len() >= 5 && had.ends_with(&now)
}

/// Is the finite verb of the source's clause plural ("sie sagten", "sie
/// haben erklärt")? The nearest verb form beside the source: the word
/// before it, or an auxiliary or the cue after it.
fn plural_verb(ctx: &Ctx, f: &Frame, src: &Range<usize>) -> bool {
    let next = src.end;
    let before = src.start.checked_sub(1);
    let verb = if f.cue.start == next || f.cue.end == src.start {
        f.cue.start
    } else if ctx.class(next, Class::Aux) {
        next
    } else if let Some(b) =
        before.filter(|&b| ctx.class(b, Class::Aux) || ctx.cue_form(b).is_some())
    {
        b
    } else {
        f.cue.start
    };
    let w = ctx.doc.tok(verb).to_lowercase();
    w.ends_with("en") || matches!(w.as_str(), "sind" | "seien" | "waren" | "wären")
}

/// "aus Regierungskreisen", "Diplomatenkreise": a circle, not a speaker.
fn anonymous(ctx: &Ctx, src: &Range<usize>) -> bool {
    let last = ctx.doc.tok(src.end - 1).to_lowercase();
    let circle = last.ends_with("kreisen") || last.ends_with("kreise");
    circle || src.start > 0 && ctx.anonymity_at(src.start - 1).is_some()
}

#[cfg(test)]
mod tests {
    use crate::{analyze_with, SpeakerKind};

    /// (source, speaker name, kind, role) per attribution of a German text.
    fn who(text: &str) -> Vec<(String, String, SpeakerKind, Option<String>)> {
        let a = analyze_with(text, *b"de");
        a.attributions
            .iter()
            .filter(|x| x.cue.is_some())
            .map(|x| {
                let sp = &a.speakers[x.speaker.expect("resolved")];
                let src = x.source.map(|s| s.of(text).to_string()).unwrap_or_default();
                (src, sp.name.clone(), sp.kind, sp.role.clone())
            })
            .collect()
    }

    #[test]
    fn a_function_before_a_name_is_its_role() {
        let w = who("Der CDU-Politiker Karl Beispiel sagte, das sei falsch. Beispiel sagte weiter, man brauche Geld.");
        assert_eq!(w[0].1, "Karl Beispiel");
        assert_eq!(w[0].2, SpeakerKind::Person);
        assert_eq!(w[0].3.as_deref(), Some("CDU-Politiker"));
        assert_eq!(w[1].1, "Karl Beispiel");
    }

    #[test]
    fn the_minister_is_the_named_minister_and_gender_comes_from_the_title() {
        let w = who("Innenministerin Eva Beispiel sagte, die Lage sei ernst. \
                     Polizeisprecher Max Muster erklärte, es gebe keine Verletzten. \
                     Die Ministerin betonte, sie werde nicht zurücktreten. \
                     „Wir bleiben dran“, sagte sie.");
        assert_eq!(w[2].1, "Eva Beispiel");
        assert_eq!(
            w[3].1, "Eva Beispiel",
            "sie: the woman, not the man named since"
        );
    }

    #[test]
    fn sie_with_a_plural_verb_is_a_group() {
        let w = who("Die Eltern sagten, die Schule müsse handeln. \
                     Die Lehrerin Anna Muster erklärte, man tue alles. \
                     Sie sagten, sie seien enttäuscht.");
        assert_eq!(w[2].1, "Die Eltern");
        let w = who("Die Lehrerin Anna Muster erklärte, man tue alles. Sie sagte, es gehe voran.");
        assert_eq!(w[1].1, "Anna Muster");
    }

    #[test]
    fn unnamed_and_anonymous_speakers() {
        let w = who(
            "Ein Sprecher des Innenministeriums sagte, man prüfe den Fall. \
                     Aus Regierungskreisen hieß es, eine Einigung sei nahe.",
        );
        assert_eq!(w[0].2, SpeakerKind::Anonymous);
        assert_eq!(w[0].3.as_deref(), Some("Sprecher des Innenministeriums"));
        assert_eq!(w[1].2, SpeakerKind::Anonymous);
        let a = analyze_with(
            "Der Sprecher der Stadt sagte, es sei ruhig. Später sagte der Sprecher der Stadt, es bleibe ruhig.",
            *b"de",
        );
        assert_eq!(a.speakers.len(), 1, "{:?}", a.speakers);
    }
}
