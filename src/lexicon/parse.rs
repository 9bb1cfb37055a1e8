//! The parsing of one language's list files into the word table and its
//! phrase lists. Plain `std` only: `build.rs` includes this file beside
//! `words.rs` (as sibling modules, so `super::words` names the same types in
//! both crates) and runs it at compile time; the tests run it again and
//! compare with the static tables.

use super::words::{Class, CueForm, FastMap, Key, PronounClass, WordId, WordInfo, WordTable};

/// The text of each list file of one language (`src/lang/CODE/NAME.txt`).
pub(crate) struct Lists {
    pub cues: &'static str,
    pub pronouns: &'static str,
    pub function_words: &'static str,
    pub phrasal_cues: &'static str,
    pub anonymity: &'static str,
    pub gendered_words: &'static str,
    pub titles: &'static str,
    pub org_words: &'static str,
    pub document_words: &'static str,
    pub person_words: &'static str,
    pub abbreviations: &'static str,
}

impl Lists {
    /// The lists from a function giving each file's text by name.
    pub fn from(mut text: impl FnMut(&str) -> &'static str) -> Lists {
        Lists {
            cues: text("cues"),
            pronouns: text("pronouns"),
            function_words: text("function_words"),
            phrasal_cues: text("phrasal_cues"),
            anonymity: text("anonymity"),
            gendered_words: text("gendered_words"),
            titles: text("titles"),
            org_words: text("org_words"),
            document_words: text("document_words"),
            person_words: text("person_words"),
            abbreviations: text("abbreviations"),
        }
    }
}

/// What the lists give: the word table, the cue form count, the phrases.
pub(crate) struct Parsed {
    pub words: WordTable,
    pub cue_forms: usize,
    pub phrasal: Vec<Vec<&'static str>>,
    pub phrasal_ids: Vec<Vec<WordId>>,
    pub anonymity_ids: Vec<Vec<WordId>>,
}

fn lines(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

fn phrases(data: &'static str) -> Vec<Vec<&'static str>> {
    lines(data)
        .map(|l| l.split_whitespace().collect())
        .collect()
}

/// Parses the lists (the grammar of each file is in its header).
pub(crate) fn parse(lists: &Lists) -> Parsed {
    let mut words: FastMap<&'static str, WordInfo> = FastMap::default();
    let mut cue_forms = 0;
    for line in lines(lists.cues) {
        let Some((lemma, forms)) = line.split_once(':') else {
            continue;
        };
        let weak = lemma.ends_with('~');
        let lemma = lemma.trim().trim_end_matches('~');
        for form in forms.split_whitespace() {
            let ambiguous = form.contains('*');
            let audience = form.contains('!');
            let word = form.trim_end_matches(['*', '!']);
            cue_forms += 1;
            words.entry(word).or_default().cue = Some(CueForm {
                lemma,
                ambiguous,
                audience,
                participle: word.ends_with("ing"),
                base: word == lemma,
                weak,
            });
        }
    }
    for l in lines(lists.pronouns) {
        let Some((w, c)) = l.split_once(' ') else {
            continue;
        };
        words.entry(w).or_default().pronoun = Some(match c.trim() {
            "m" => PronounClass::Male,
            "f" => PronounClass::Female,
            "p" => PronounClass::Plural,
            "n" => PronounClass::Thing,
            _ => PronounClass::Any,
        });
    }
    for line in lines(lists.function_words) {
        let Some((name, list)) = line.split_once(':') else {
            continue;
        };
        let class = match name.trim() {
            "det" => Class::Det,
            "number" => Class::Number,
            "prep" => Class::Prep,
            "conj" => Class::Conj,
            "aux" => Class::Aux,
            "rel" => Class::Rel,
            "pron" => Class::Pron,
            "obj" => Class::Obj,
            "time" => Class::Time,
            "adjunct" => Class::Adjunct,
            "verb" => Class::Verb,
            "post" => Class::Post,
            "reportive" => Class::Reportive,
            "attrib" => Class::Attrib,
            _ => Class::Intro,
        };
        for w in list.split_whitespace() {
            words.entry(w).or_default().classes |= 1 << class as u16;
        }
    }
    let phrasal = phrases(lists.phrasal_cues);
    let anonymity = phrases(lists.anonymity);
    for p in phrasal.iter().chain(&anonymity) {
        if let Some(&w) = p.first() {
            words.entry(w).or_default().flags |= WordInfo::PHRASE;
        }
        // Every word of a phrase gets an id, listed or not.
        for &w in p {
            words.entry(w).or_default();
        }
    }
    for line in lines(lists.gendered_words) {
        let Some((g, list)) = line.split_once(':') else {
            continue;
        };
        let flag = if g.trim() == "f" {
            WordInfo::FEMALE
        } else {
            WordInfo::MALE
        };
        for w in list.split_whitespace() {
            words.entry(w).or_default().flags |= flag;
        }
    }
    for (data, flag) in [
        (lists.titles, WordInfo::TITLE),
        (lists.org_words, WordInfo::ORG),
        (lists.document_words, WordInfo::DOC),
        (lists.person_words, WordInfo::PERSON),
        (lists.abbreviations, WordInfo::ABBREV),
    ] {
        for w in lines(data) {
            words.entry(w).or_default().flags |= flag;
        }
    }
    let words = WordTable::new(&words);
    let ids = |ps: &[Vec<&'static str>]| -> Vec<Vec<WordId>> {
        ps.iter()
            .map(|p| p.iter().map(|w| words.id(Key::of(w))).collect())
            .collect()
    };
    Parsed {
        phrasal_ids: ids(&phrasal),
        anonymity_ids: ids(&anonymity),
        words,
        cue_forms,
        phrasal,
    }
}
