//! Word lists, one table per language, from the data files in
//! `src/lang/CODE/*.txt` (the source of truth), parsed at compile time by `build.rs` (with the code in
//! `lexicon/parse.rs`) into a finished table, compiled in packed
//! (`words::Packed`): nothing is parsed when the engine starts (parsing was
//! most of a first analysis in a freshly instantiated Wasm module); a
//! language's table is unpacked, a copy and a probe a word, on its first
//! use.
//!
//! Every list is lowercase (the English ones ASCII); [`Lexicon::info`] and the `is_*` helpers
//! fold a word's case themselves.

use std::sync::OnceLock;

mod list;
#[cfg(test)]
mod parse;
mod words;

pub(crate) use list::list_text;
pub use list::{PhraseList, WordList};
pub(crate) use words::lower_ascii8;
pub(crate) use words::starts_cue;
pub use words::{Class, CueForm, FastMap, FxBuild, FxHasher, PronounClass, WordId, WordInfo};
use words::{Key, Packed, WordTable};

/// The static tables build.rs wrote for one language: PACKED (the word
/// table), CUE_FORMS, PHRASAL, PHRASAL_IDS, ANONYMITY_IDS.
macro_rules! table {
    ($name:ident, $file:literal) => {
        mod $name {
            #[allow(unused_imports)]
            use super::words::{Packed, WordId};
            include!(concat!(env!("OUT_DIR"), "/", $file));
        }
    };
}
table!(en, "lexicon_en.rs");
table!(de, "lexicon_de.rs");

pub struct Lexicon {
    /// Every listed word → what the lists say of it.
    words: WordTable,
    /// How many cue forms the cue list has.
    pub cue_forms: usize,
    /// Phrasal cues, a word a step ("according to", "in the words of").
    pub phrasal: Vec<Vec<&'static str>>,
    /// The phrasal cues as word ids, to match against a text's ids.
    pub phrasal_ids: Vec<Vec<WordId>>,
    /// Anonymity phrases ("on condition of anonymity"), as word ids,
    /// grouped by their first word ([`Lexicon::anonymity_from`]).
    pub anonymity_ids: Vec<Vec<WordId>>,
    /// Where the anonymity phrases of each first word are in
    /// `anonymity_ids`, by that word's id (`start..end`; past the table,
    /// none): [`Lexicon::anonymity_from`] is one read, not a search.
    anonymity_groups: Vec<(u16, u16)>,
    /// The ids `1..=n` are exactly the words that may start a cue (a cue
    /// form, a phrase's first word): `Some(n)`, as the tables are built
    /// (`WordTable::cue_ids`).
    pub cue_ids: Option<u16>,
}

impl Lexicon {
    /// What the lists say of `word` (any case): one lookup, no allocation.
    pub fn info(&self, word: &str) -> WordInfo {
        self.words.info(self.words.id(Key::of(word)))
    }

    /// The entry of the word at bytes `start..end` of `text`, the per-token
    /// lookup: reads the word straight from the text.
    #[inline]
    pub fn id_at(&self, text: &str, start: usize, end: usize) -> WordId {
        self.words.id_at(text.as_bytes(), start, end)
    }

    /// [`Lexicon::id_at`] inlined into its caller (natively, as
    /// `WordTable::lookup`): for the one loop that looks up every token
    /// of a text (`Ctx::with`).
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    pub fn id_at_inlined(&self, text: &str, start: usize, end: usize) -> WordId {
        self.words.lookup(text.as_bytes(), start, end)
    }

    /// What the lists say of the word with entry `id`.
    #[inline]
    pub fn info_of(&self, id: WordId) -> WordInfo {
        self.words.info(id)
    }

    /// The English lexicon: the static table, and its phrases as vectors
    /// (made once).
    pub fn get() -> &'static Lexicon {
        static LEX: OnceLock<Lexicon> = OnceLock::new();
        LEX.get_or_init(|| {
            Lexicon::of(
                &en::PACKED,
                en::CUE_FORMS,
                en::PHRASAL,
                en::PHRASAL_IDS,
                en::ANONYMITY_IDS,
            )
        })
    }

    /// The German lexicon (`src/lang/de/*.txt`).
    pub fn de() -> &'static Lexicon {
        static LEX: OnceLock<Lexicon> = OnceLock::new();
        LEX.get_or_init(|| {
            Lexicon::of(
                &de::PACKED,
                de::CUE_FORMS,
                de::PHRASAL,
                de::PHRASAL_IDS,
                de::ANONYMITY_IDS,
            )
        })
    }

    fn of(
        packed: &Packed,
        cue_forms: usize,
        phrasal: &[&[&'static str]],
        phrasal_ids: &[&[WordId]],
        anonymity_ids: &[&[WordId]],
    ) -> Lexicon {
        let vecs = |ps: &[&[WordId]]| ps.iter().map(|p| p.to_vec()).collect();
        let words = WordTable::unpack(packed);
        let anonymity = by_first(vecs(anonymity_ids));
        Lexicon {
            cue_ids: words.cue_ids(),
            words,
            cue_forms,
            phrasal: phrasal.iter().map(|p| p.to_vec()).collect(),
            phrasal_ids: vecs(phrasal_ids),
            anonymity_groups: groups(&anonymity),
            anonymity_ids: anonymity,
        }
    }

    /// The anonymity phrases that start with the word of entry `first`,
    /// in their lists' order.
    pub fn anonymity_from(&self, first: WordId) -> &[Vec<WordId>] {
        let (a, b) = self
            .anonymity_groups
            .get(usize::from(first.0))
            .copied()
            .unwrap_or((0, 0));
        self.anonymity_ids
            .get(usize::from(a)..usize::from(b))
            .unwrap_or(&[])
    }

    /// Does `word` (any case, with or without a final period: "Dr.")
    /// carry `flag`? For a word that is not a token of a [`Ctx`] (whose
    /// tokens have their ids); a token's own lookup is `Ctx::word`.
    ///
    /// [`Ctx`]: crate::patterns::Ctx
    pub fn flagged(&self, word: &str, flag: u8) -> bool {
        self.info(word).is(flag)
            || (word.ends_with('.') && self.info(word.trim_end_matches('.')).is(flag))
    }

    pub fn cue(&self, word: &str) -> Option<CueForm> {
        self.info(word).cue
    }
}

/// A phrase's first word's entry, as a number to sort by.
fn first_id(p: &[WordId]) -> u16 {
    p.first().map_or(0, |w| w.0)
}

/// Phrases sorted by their first word (stable: those of one word keep
/// their order), for [`Lexicon::anonymity_from`]. An insertion sort: the
/// list has a few dozen phrases, sorted once, and the library's stable
/// sort would add about 5 KB of code to the gzipped Wasm for this one type.
/// Where each first word's phrases are in `ps` (sorted by first word,
/// [`by_first`]), by the word's id: `(start, end)`, empty for a word that
/// starts none.
fn groups(ps: &[Vec<WordId>]) -> Vec<(u16, u16)> {
    let mut table: Vec<(u16, u16)> = Vec::new();
    for (k, p) in ps.iter().enumerate() {
        let (Ok(k), f) = (u16::try_from(k), usize::from(first_id(p))) else {
            break;
        };
        if table.len() <= f {
            table.resize(f + 1, (0, 0));
        }
        if let Some(g) = table.get_mut(f) {
            if g.0 == g.1 {
                *g = (k, k + 1);
            } else {
                g.1 = k + 1;
            }
        }
    }
    table
}

fn by_first(mut ps: Vec<Vec<WordId>>) -> Vec<Vec<WordId>> {
    for i in 1..ps.len() {
        let mut j = i;
        while j > 0 && first_id(&ps[j - 1]) > first_id(&ps[j]) {
            ps.swap(j - 1, j);
            j -= 1;
        }
    }
    ps
}

#[cfg(test)]
mod tests {
    use super::parse::{self, Lists};
    use super::words::{keep_bytes, lower_ascii8};
    use super::*;

    #[test]
    fn anonymity_groups_are_what_a_search_finds() {
        for lex in [Lexicon::get(), Lexicon::de()] {
            let ps = &lex.anonymity_ids;
            for id in 0..=u16::MAX {
                let a = ps.partition_point(|p| first_id(p) < id);
                let n = ps[a..].iter().take_while(|p| first_id(p) == id).count();
                assert_eq!(lex.anonymity_from(WordId(id)), &ps[a..a + n], "{id}");
            }
        }
    }

    #[test]
    fn the_hasher_hashes_as_it_did() {
        use std::hash::Hasher;
        // Its values before the padded group was assembled byte by byte.
        fn before(bytes: &[u8]) -> u64 {
            let mut h = 0u64;
            for chunk in bytes.chunks(8) {
                let mut w = [0u8; 8];
                w[..chunk.len()].copy_from_slice(chunk);
                h = (h.rotate_left(5) ^ u64::from_le_bytes(w))
                    .wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
            }
            h
        }
        let text: Vec<u8> = (0..40u8).map(|k| k.wrapping_mul(37) ^ 0xa5).collect();
        for n in 0..text.len() {
            let mut h = FxHasher::default();
            h.write(&text[..n]);
            assert_eq!(h.finish(), before(&text[..n]), "{n}");
        }
    }

    #[test]
    fn the_words_that_start_cues_have_the_first_ids() {
        for lex in [Lexicon::get(), Lexicon::de()] {
            let n = lex.cue_ids.expect("numbered first");
            assert!(n > 10, "{n}");
            for id in 0..=u16::MAX {
                let info = lex.info_of(WordId(id));
                assert_eq!(starts_cue(&info), (1..=n).contains(&id), "{id}");
            }
        }
    }

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
        assert!(lex.flagged("Minister", WordInfo::TITLE) && lex.flagged("Dr.", WordInfo::TITLE));
        assert!(lex.flagged("Ministry", WordInfo::ORG));
        assert!(lex.flagged("statement", WordInfo::DOC));
        assert!(lex.flagged("Officials", WordInfo::PERSON));
        assert_eq!(lex.info("She").pronoun, Some(PronounClass::Female));
        assert!(lex.flagged("U.S", WordInfo::ABBREV));
        assert!(lex.info("The").has(Class::Det) && lex.info("who").has(Class::Rel));
        assert!(!lex.info("official").has(Class::Prep));
        assert_eq!(lex.info("Said").cue, lex.info("said").cue);
        assert!(lex.info("According").is(WordInfo::PHRASE));
        assert!(lex.info("Spokeswoman").is(WordInfo::FEMALE) && lex.info("MR").is(WordInfo::MALE));
        // Every phrase word has an id, so phrases match on ids alone.
        assert!(lex.anonymity_ids.iter().flatten().all(|id| id.0 != 0));
        assert_eq!(lex.phrasal_ids[0].len(), lex.phrasal[0].len());
        assert_eq!(lex.info(&"x".repeat(40)), WordInfo::default());
        // Every case of a listed word finds the same entry.
        assert_eq!(lex.info("CEO"), lex.info("ceo"));
        assert!(lex.info("Ceo").is(WordInfo::TITLE) && lex.info("cEO").is(WordInfo::PERSON));
        assert_eq!(lex.info("company’s"), lex.info("company's"));
        assert!(lex.info("ＳＡＩＤ").cue.is_none() && lex.info("saíd").cue.is_none());
    }

    /// A language folder's lists, as build.rs reads them.
    macro_rules! lists_in {
        ($dir:literal) => {
            Lists::from(|name| match name {
                "cues" => include_str!(concat!($dir, "/cues.txt")),
                "pronouns" => include_str!(concat!($dir, "/pronouns.txt")),
                "function_words" => include_str!(concat!($dir, "/function_words.txt")),
                "phrasal_cues" => include_str!(concat!($dir, "/phrasal_cues.txt")),
                "anonymity" => include_str!(concat!($dir, "/anonymity.txt")),
                "gendered_words" => include_str!(concat!($dir, "/gendered_words.txt")),
                "titles" => include_str!(concat!($dir, "/titles.txt")),
                "org_words" => include_str!(concat!($dir, "/org_words.txt")),
                "document_words" => include_str!(concat!($dir, "/document_words.txt")),
                "person_words" => include_str!(concat!($dir, "/person_words.txt")),
                "abbreviations" => include_str!(concat!($dir, "/abbreviations.txt")),
                _ => unreachable!("{name}"),
            })
        };
    }

    /// The static table build.rs wrote is the one `lists` parse to.
    fn assert_built_from(lists: &Lists, lex: &Lexicon) {
        let parsed = parse::parse(lists);
        assert_eq!(parsed.words.slots, lex.words.slots);
        assert_eq!(parsed.words.keys, lex.words.keys);
        assert_eq!(parsed.words.infos, lex.words.infos);
        assert_eq!(parsed.cue_forms, lex.cue_forms);
        assert_eq!(parsed.phrasal, lex.phrasal);
        assert_eq!(parsed.phrasal_ids, lex.phrasal_ids);
        // (The lexicon keeps them grouped by their first word.)
        assert_eq!(by_first(parsed.anonymity_ids), lex.anonymity_ids);
    }

    /// A table packed and unpacked is the table: every slot, key and info
    /// (what build.rs and `Lexicon::of` do, here on the parsed lists).
    #[test]
    fn a_packed_table_unpacks_to_itself() {
        for lists in [lists_in!("lang/en"), lists_in!("lang/de")] {
            let table = parse::parse(&lists).words;
            let (words, infos, lemmas) = table.pack();
            let packed = Packed {
                slots: table.slots.len(),
                words: Box::leak(words.into_boxed_str()),
                infos: Box::leak(infos.into_boxed_slice()),
                lemmas: Box::leak(lemmas.into_boxed_slice()),
            };
            let back = WordTable::unpack(&packed);
            assert_eq!(back.slots, table.slots);
            assert_eq!(back.keys, table.keys);
            assert_eq!(back.infos, table.infos);
            // Every field of an info is packed: some entry has each.
            assert!(table
                .infos
                .iter()
                .any(|i| i.pronoun == Some(PronounClass::Any)));
            assert!(table.infos.iter().any(|i| i.cue.is_some_and(|c| c.weak)));
        }
    }

    /// The table build.rs wrote is the one the lists give today.
    #[test]
    fn the_static_table_is_the_parsed_lists() {
        assert_built_from(&lists_in!("lang/en"), Lexicon::get());
    }

    /// The German table build.rs wrote is the one `src/lang/de/` gives.
    #[test]
    fn the_german_table_is_the_parsed_lists() {
        assert_built_from(&lists_in!("lang/de"), Lexicon::de());
        let lex = Lexicon::de();
        // Umlauts and ß fold like ASCII letters; an English word is not German.
        assert_eq!(lex.info("Erklärte").cue, lex.info("erklärte").cue);
        assert!(lex.info("ÄUSSERTE").cue.is_none() || lex.info("äußerte").cue.is_some());
        assert!(lex.cue("äußerte").is_some() && lex.cue("said").is_none());
        assert!(Lexicon::get().cue("sagte").is_none());
    }

    #[test]
    fn byte_masks() {
        assert_eq!(keep_bytes(0), 0);
        assert_eq!(keep_bytes(1), 0xFF);
        assert_eq!(keep_bytes(7), 0x00FF_FFFF_FFFF_FFFF);
        assert_eq!(keep_bytes(8), u64::MAX);
        assert_eq!(keep_bytes(30), u64::MAX);
    }

    #[test]
    fn packed_lowercase_matches_ascii_lowercase() {
        for b in 0u8..0x80 {
            for pos in 0..8 {
                let mut bytes = *b"aZ9-'q@[";
                bytes[pos] = b;
                let mut want = bytes;
                want.make_ascii_lowercase();
                assert_eq!(
                    lower_ascii8(u64::from_le_bytes(bytes)).to_le_bytes(),
                    want,
                    "{b:#x} at {pos}"
                );
            }
        }
    }

    /// A word read from its text (`id_at`: the short, the nine-to-sixteen
    /// byte and the general path, mid-text and at its end) has the entry
    /// its own key has, in any ASCII case.
    #[test]
    fn a_word_read_from_a_text_has_its_entry() {
        for lex in [Lexicon::get(), Lexicon::de()] {
            for key in lex.words.keys.iter().skip(1) {
                let bytes: Vec<u8> = key.words.iter().flat_map(|w| w.to_le_bytes()).collect();
                let word = std::str::from_utf8(&bytes[..key.len]).unwrap();
                let want = lex.words.id(Key::of(word));
                assert_ne!(want, WordId::default(), "{word}");
                for w in [word.to_string(), word.to_ascii_uppercase()] {
                    for text in [format!("x {w} and more words after it, {w}"), w.clone()] {
                        let start = text.find(&w).unwrap();
                        assert_eq!(lex.id_at(&text, start, start + w.len()), want, "{text}");
                        let end = text.rfind(&w).unwrap();
                        assert_eq!(lex.id_at(&text, end, end + w.len()), want, "{text}");
                    }
                }
            }
        }
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
        assert!(lex.cue_forms > 350);
    }
}
