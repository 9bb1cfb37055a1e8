//! Word lists, loaded from the data files in `src/lexicon/` at compile time
//! and parsed once on first use.
//!
//! Every list is lowercase; look words up with [`Lexicon::lower`] or the
//! `is_*` helpers, which fold case themselves.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// A small, fast, non-cryptographic hasher (FxHash's multiply-rotate) for
/// the word lists: SipHash's protection against collision attacks is not
/// needed for fixed lists, and the lookups sit on the hot path.
#[derive(Clone, Copy, Default)]
pub struct FxHasher(u64);

impl std::hash::Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut w = [0u8; 8];
            w[..chunk.len()].copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(w))
                .wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
    fn write_u8(&mut self, i: u8) {
        self.0 = (self.0.rotate_left(5) ^ u64::from(i)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    fn write_usize(&mut self, i: usize) {
        self.0 = (self.0.rotate_left(5) ^ i as u64).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

pub type FxBuild = std::hash::BuildHasherDefault<FxHasher>;
pub type FastMap<K, V> = HashMap<K, V, FxBuild>;
pub type FastSet<K> = HashSet<K, FxBuild>;

/// One inflected form of a cue verb.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CueForm {
    /// The lemma, e.g. "say" for "said".
    pub lemma: &'static str,
    /// Also a common noun or adjective: a cue only where a verb can stand.
    pub ambiguous: bool,
    /// Takes an audience object before its content ("told reporters ...").
    pub audience: bool,
    /// An -ing form ("saying", "adding"): the participle pattern.
    pub participle: bool,
    /// A base form ("say", "tell"): present plural, or after an auxiliary.
    pub base: bool,
    /// Often takes a plain object ("wrote a letter"): the content must be
    /// a clause, a quotation, or come before the cue.
    pub weak: bool,
}

/// Pronoun reference class (see `pronouns.txt`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PronounClass {
    Male,
    Female,
    Plural,
    Thing,
    Any,
}

/// Closed word classes (see `function_words.txt`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Class {
    Det,
    Number,
    Prep,
    Conj,
    Aux,
    Rel,
    Pron,
    Obj,
    Time,
    Intro,
    Adjunct,
}

/// Everything the lists say about one word, looked up once per token.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct WordInfo {
    /// One bit per [`Class`].
    pub classes: u16,
    pub cue: Option<CueForm>,
    pub pronoun: Option<PronounClass>,
    /// `TITLE | ORG | DOC | PERSON | ABBREV | PHRASE`.
    pub flags: u8,
}

impl WordInfo {
    pub const TITLE: u8 = 1;
    pub const ORG: u8 = 2;
    pub const DOC: u8 = 4;
    pub const PERSON: u8 = 8;
    pub const ABBREV: u8 = 16;
    /// Starts a phrasal cue or an anonymity phrase.
    pub const PHRASE: u8 = 32;

    pub fn has(&self, class: Class) -> bool {
        self.classes & (1 << class as u16) != 0
    }

    /// In any closed class (determiner, preposition, pronoun, …)?
    pub fn closed(&self) -> bool {
        self.classes != 0
    }

    pub fn is(&self, flag: u8) -> bool {
        self.flags & flag != 0
    }
}

pub struct Lexicon {
    /// Every listed word (lowercase, as bytes) → what the lists say of it.
    pub words: FastMap<&'static [u8], WordInfo>,
    /// Word → the classes it belongs to.
    pub classes: FastMap<&'static str, Vec<Class>>,
    pub cues: FastMap<&'static str, CueForm>,
    pub phrasal: Vec<Vec<&'static str>>,
    pub titles: FastSet<&'static str>,
    pub org_words: FastSet<&'static str>,
    pub document_words: FastSet<&'static str>,
    pub person_words: FastSet<&'static str>,
    pub pronouns: FastMap<&'static str, PronounClass>,
    pub anonymity: Vec<Vec<&'static str>>,
    pub abbreviations: FastSet<&'static str>,
    /// First words of the phrasal cues and anonymity phrases.
    phrase_starts: FastSet<&'static str>,
}

fn lines(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

fn set(data: &'static str) -> FastSet<&'static str> {
    lines(data).collect()
}

fn phrases(data: &'static str) -> Vec<Vec<&'static str>> {
    lines(data)
        .map(|l| l.split_whitespace().collect())
        .collect()
}

impl Lexicon {
    fn load() -> Lexicon {
        let mut cues = FastMap::default();
        for line in lines(include_str!("lexicon/cues.txt")) {
            let Some((lemma, forms)) = line.split_once(':') else {
                continue;
            };
            let weak = lemma.ends_with('~');
            let lemma = lemma.trim().trim_end_matches('~');
            for form in forms.split_whitespace() {
                let ambiguous = form.contains('*');
                let audience = form.contains('!');
                let word = form.trim_end_matches(['*', '!']);
                cues.insert(
                    word,
                    CueForm {
                        lemma,
                        ambiguous,
                        audience,
                        participle: word.ends_with("ing"),
                        base: word == lemma,
                        weak,
                    },
                );
            }
        }
        let pronouns = lines(include_str!("lexicon/pronouns.txt"))
            .filter_map(|l| {
                let (w, c) = l.split_once(' ')?;
                let class = match c.trim() {
                    "m" => PronounClass::Male,
                    "f" => PronounClass::Female,
                    "p" => PronounClass::Plural,
                    "n" => PronounClass::Thing,
                    _ => PronounClass::Any,
                };
                Some((w, class))
            })
            .collect();
        let mut classes: FastMap<&'static str, Vec<Class>> = FastMap::default();
        for line in lines(include_str!("lexicon/function_words.txt")) {
            let Some((name, words)) = line.split_once(':') else {
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
                _ => Class::Intro,
            };
            for w in words.split_whitespace() {
                classes.entry(w).or_default().push(class);
            }
        }
        let phrasal = phrases(include_str!("lexicon/phrasal_cues.txt"));
        let anonymity = phrases(include_str!("lexicon/anonymity.txt"));
        let phrase_starts = phrasal
            .iter()
            .chain(&anonymity)
            .filter_map(|p| p.first().copied())
            .collect();
        let mut lex = Lexicon {
            words: FastMap::default(),
            phrase_starts,
            classes,
            cues,
            phrasal,
            titles: set(include_str!("lexicon/titles.txt")),
            org_words: set(include_str!("lexicon/org_words.txt")),
            document_words: set(include_str!("lexicon/document_words.txt")),
            person_words: set(include_str!("lexicon/person_words.txt")),
            pronouns,
            anonymity,
            abbreviations: set(include_str!("lexicon/abbreviations.txt")),
        };
        let mut words: FastMap<&'static [u8], WordInfo> = FastMap::default();
        for (&w, cs) in &lex.classes {
            let e = words.entry(w.as_bytes()).or_default();
            for &c in cs {
                e.classes |= 1 << c as u16;
            }
        }
        for (&w, &c) in &lex.cues {
            words.entry(w.as_bytes()).or_default().cue = Some(c);
        }
        for (&w, &c) in &lex.pronouns {
            words.entry(w.as_bytes()).or_default().pronoun = Some(c);
        }
        for (set, flag) in [
            (&lex.titles, WordInfo::TITLE),
            (&lex.org_words, WordInfo::ORG),
            (&lex.document_words, WordInfo::DOC),
            (&lex.person_words, WordInfo::PERSON),
            (&lex.abbreviations, WordInfo::ABBREV),
            (&lex.phrase_starts, WordInfo::PHRASE),
        ] {
            for &w in set {
                words.entry(w.as_bytes()).or_default().flags |= flag;
            }
        }
        lex.words = words;
        lex
    }

    /// What the lists say of `word` (any case): one lookup.
    pub fn info(&self, word: &str) -> WordInfo {
        // Every listed word is short ASCII: lowercase short ASCII words on
        // the stack (no allocation per capitalised token), skip long ones.
        if word.is_ascii() {
            let mut buf = [0u8; 32];
            let Some(dst) = buf.get_mut(..word.len()) else {
                return WordInfo::default();
            };
            dst.copy_from_slice(word.as_bytes());
            dst.make_ascii_lowercase();
            return self.words.get(&*dst).copied().unwrap_or_default();
        }
        let mut buf = String::new();
        self.words
            .get(Self::lower(word, &mut buf).as_bytes())
            .copied()
            .unwrap_or_default()
    }

    /// The lexicon, parsed once.
    pub fn get() -> &'static Lexicon {
        static LEX: OnceLock<Lexicon> = OnceLock::new();
        LEX.get_or_init(Lexicon::load)
    }

    /// Lowercases `word` into `buf` (reused to avoid allocating) unless it
    /// already is lowercase ASCII, and returns the folded form.
    pub fn lower<'a>(word: &'a str, buf: &'a mut String) -> &'a str {
        if word
            .bytes()
            .all(|b| !b.is_ascii_uppercase() && b.is_ascii())
        {
            word
        } else if word.is_ascii() {
            buf.clear();
            buf.push_str(word);
            buf.make_ascii_lowercase();
            buf.as_str()
        } else {
            buf.clear();
            buf.extend(word.chars().flat_map(char::to_lowercase));
            // Curly apostrophes fold to straight ones so "company’s" and
            // "company's" look alike to the lists.
            if buf.contains('’') {
                *buf = buf.replace('’', "'");
            }
            buf.as_str()
        }
    }

    /// Does `word` (any case, with or without a final period) carry `flag`?
    fn flagged(&self, word: &str, flag: u8) -> bool {
        self.info(word).is(flag)
            || (word.ends_with('.') && self.info(word.trim_end_matches('.')).is(flag))
    }

    pub fn cue(&self, word: &str) -> Option<CueForm> {
        self.info(word).cue
    }

    /// Can a phrasal cue or an anonymity phrase start with `word`?
    pub fn starts_phrase(&self, word: &str) -> bool {
        self.info(word).is(WordInfo::PHRASE)
    }

    /// Is `word` (any case) in the closed class `class`?
    pub fn is_class(&self, word: &str, class: Class) -> bool {
        self.info(word).has(class)
    }

    pub fn is_title(&self, word: &str) -> bool {
        self.flagged(word, WordInfo::TITLE)
    }

    pub fn is_org_word(&self, word: &str) -> bool {
        self.flagged(word, WordInfo::ORG)
    }

    pub fn is_document_word(&self, word: &str) -> bool {
        self.flagged(word, WordInfo::DOC)
    }

    pub fn is_person_word(&self, word: &str) -> bool {
        self.flagged(word, WordInfo::PERSON)
    }

    pub fn is_abbreviation(&self, word: &str) -> bool {
        self.flagged(word, WordInfo::ABBREV)
    }

    pub fn pronoun(&self, word: &str) -> Option<PronounClass> {
        self.info(word).pronoun
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cue_forms_carry_their_flags() {
        let lex = Lexicon::get();
        let said = lex.cue("said").unwrap();
        assert_eq!(said.lemma, "say");
        assert!(!said.ambiguous && !said.audience && !said.participle);
        assert!(lex.cue("Told").unwrap().audience);
        assert!(lex.cue("adding").unwrap().participle);
        assert!(lex.cue("reports").unwrap().ambiguous);
        assert!(lex.cue("wrote").unwrap().weak && !lex.cue("said").unwrap().weak);
        assert!(lex.cue("table").is_none());
    }

    #[test]
    fn lists_fold_case_and_apostrophes() {
        let lex = Lexicon::get();
        assert!(lex.is_title("Minister") && lex.is_title("Dr."));
        assert!(lex.is_org_word("Ministry"));
        assert!(lex.is_document_word("statement"));
        assert!(lex.is_person_word("Officials"));
        assert_eq!(lex.pronoun("She"), Some(PronounClass::Female));
        assert!(lex.is_abbreviation("U.S"));
        assert!(lex.is_class("The", Class::Det) && lex.is_class("who", Class::Rel));
        assert!(!lex.is_class("official", Class::Prep));
        assert_eq!(lex.info("Said").cue, lex.info("said").cue);
        assert!(lex.info("According").is(WordInfo::PHRASE));
        assert_eq!(lex.info(&"x".repeat(40)), WordInfo::default());
    }

    #[test]
    fn lexicon_covers_the_common_cues() {
        let lex = Lexicon::get();
        for w in [
            "said",
            "says",
            "told",
            "added",
            "wrote",
            "asked",
            "noted",
            "reported",
            "announced",
            "tweeted",
            "argued",
            "warned",
            "claimed",
            "insisted",
            "explained",
            "acknowledged",
            "denied",
            "confirmed",
            "vowed",
            "testified",
            "predicted",
            "estimated",
            "urged",
            "pledged",
            "posted",
            "maintained",
            "suggested",
            "stated",
            "admitted",
        ] {
            assert!(lex.cue(w).is_some(), "{w}");
        }
        assert!(lex.cues.len() > 350);
    }
}
