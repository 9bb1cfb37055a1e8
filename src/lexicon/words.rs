//! The lexicon's types and its word table. Plain `std` only: `build.rs`
//! includes this file and `parse.rs` too, parses the lists in
//! `src/lang/CODE/*.txt` at compile time and writes the finished table,
//! packed ([`Packed`]), as static data (`lexicon.rs` includes it), so
//! nothing is parsed when the engine starts: the table is unpacked on first
//! use. The tests parse the lists again and compare.

// The packed form of the table (build.rs writes it, the library unpacks it).
#[path = "words/packed.rs"]
mod packed;
// (build.rs, which includes this file too, writes a `Packed` but names none.)
#[allow(unused_imports)]
pub use packed::Packed;

// The word lists' hasher and map (FxHash).
#[path = "words/hash.rs"]
mod hash;
#[allow(unused_imports)]
pub use hash::{FastMap, FxBuild, FxHasher};

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
    /// Irregular verb forms that are no nouns ("met", "took"): a noun
    /// phrase stops before them.
    Verb,
    /// A postposition after a source (German "zufolge").
    Post,
    /// An adverb that reports a source's words (German "demnach").
    Reportive,
    /// The attributing word after a content (German "…, so der Sprecher").
    Attrib,
}

/// Everything the lists say about one word, looked up once per token.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct WordInfo {
    /// One bit per [`Class`].
    pub classes: u16,
    pub cue: Option<CueForm>,
    pub pronoun: Option<PronounClass>,
    /// `TITLE | ORG | DOC | PERSON | ABBREV | PHRASE | MALE | FEMALE`.
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
    /// Names or describes a man ("Mr", "spokesman"); see `gendered_words.txt`.
    pub const MALE: u8 = 64;
    /// Names or describes a woman ("Ms", "spokeswoman").
    pub const FEMALE: u8 = 128;

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

/// The longest word the lists hold; longer tokens are looked up no further.
pub(crate) const MAX_WORD: usize = 32;

/// A word folded to the lists' form (ASCII lowercase, curly apostrophes
/// straight), zero-padded into four machine words: hashed and compared
/// eight bytes at a time.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Key {
    pub(crate) words: [u64; MAX_WORD / 8],
    pub(crate) len: usize,
}

const LOW: u64 = 0x0101_0101_0101_0101;

/// Lowercases the ASCII bytes packed in `x` (every byte below 0x80): a byte
/// in A..=Z gets its 0x20 bit.
pub(crate) fn lower_ascii8(x: u64) -> u64 {
    let ge_a = x.wrapping_add(LOW * (0x80 - b'A' as u64));
    let gt_z = x.wrapping_add(LOW * (0x80 - b'Z' as u64 - 1));
    x | ((ge_a & !gt_z & (LOW * 0x80)) >> 2)
}

/// A mask keeping the low `n` bytes of a machine word (all of it from 8
/// on), without a branch.
#[inline]
pub(crate) fn keep_bytes(n: usize) -> u64 {
    let shift = 64usize.saturating_sub(8 * n);
    (u64::MAX >> (shift & 63)) & u64::from(shift < 64).wrapping_neg()
}

impl Key {
    /// The key of `text[start..end]`. Reads the 32 bytes from `start` as
    /// four words and masks off what lies past `end`: no branch on the
    /// word's length (word lengths are random, a branch on them
    /// mispredicts). `None` when no listed word can match (too long, or a
    /// letter outside ASCII: every list is ASCII).
    #[inline]
    pub(crate) fn at(text: &[u8], start: usize, end: usize) -> Option<Key> {
        let len = end.checked_sub(start)?;
        if len > MAX_WORD {
            return None;
        }
        let Some(block) = text.get(start..start + MAX_WORD) else {
            // Within 32 bytes of the end of the text: pad a copy.
            let mut padded = [0u8; MAX_WORD];
            padded[..len].copy_from_slice(text.get(start..end)?);
            return Key::at(&padded, 0, len);
        };
        let word = |k: usize| {
            let mut b = [0u8; 8];
            b.copy_from_slice(&block[8 * k..8 * k + 8]);
            u64::from_le_bytes(b) & keep_bytes(len.saturating_sub(8 * k))
        };
        // Most words fit one machine word: one load, one mask.
        let words = if len <= 8 {
            [word(0), 0, 0, 0]
        } else {
            [word(0), word(1), word(2), word(3)]
        };
        if (words[0] | words[1] | words[2] | words[3]) & (LOW * 0x80) != 0 {
            return Key::of_unicode(std::str::from_utf8(text.get(start..end)?).ok()?);
        }
        let words = if len <= 8 {
            [lower_ascii8(words[0]), 0, 0, 0]
        } else {
            words.map(lower_ascii8)
        };
        Some(Key { words, len })
    }

    pub(crate) fn of(word: &str) -> Option<Key> {
        Key::at(word.as_bytes(), 0, word.len())
    }

    /// [`Key::of`] for a word with a non-ASCII character: curly apostrophes
    /// fold to straight ones, the KELVIN SIGN to "k", and every other letter
    /// to its lowercase form ("Äußerte" is "äußerte", as the German lists
    /// spell it). The English lists are ASCII, so a word with another
    /// letter finds nothing there.
    #[cold]
    fn of_unicode(word: &str) -> Option<Key> {
        let mut bytes = [0u8; MAX_WORD];
        let mut n = 0;
        for c in word.chars() {
            let c = match c {
                '’' => '\'',
                '\u{212A}' => 'k',
                c => {
                    let mut low = c.to_lowercase();
                    match (low.next(), low.next()) {
                        (Some(l), None) => l,
                        _ => c,
                    }
                }
            };
            let mut buf = [0u8; 4];
            for &b in c.encode_utf8(&mut buf).as_bytes() {
                *bytes.get_mut(n)? = b;
                n += 1;
            }
        }
        let mut words = [0u64; MAX_WORD / 8];
        for (k, w) in words.iter_mut().enumerate() {
            let mut b = [0u8; 8];
            b.copy_from_slice(&bytes[8 * k..8 * k + 8]);
            *w = u64::from_le_bytes(b);
        }
        Some(Key { words, len: n })
    }

    /// The folded word's bytes (the low `len` bytes of `words`): what
    /// build.rs writes of a key.
    #[cfg_attr(not(test), allow(dead_code))]
    fn bytes(&self) -> Vec<u8> {
        self.words
            .iter()
            .flat_map(|w| w.to_le_bytes())
            .take(self.len)
            .collect()
    }

    /// The key whose bytes are `folded` (a word already in the lists' form):
    /// the inverse of [`Key::bytes`].
    fn of_folded(folded: &[u8]) -> Key {
        let mut words = [0u64; MAX_WORD / 8];
        for (w, chunk) in words.iter_mut().zip(folded.chunks(8)) {
            let mut b = [0u8; 8];
            b[..chunk.len()].copy_from_slice(chunk);
            *w = u64::from_le_bytes(b);
        }
        Key {
            words,
            len: folded.len().min(MAX_WORD),
        }
    }

    /// `self == other`, every field compared, no early exit. `SHORT`:
    /// `other` is at most eight bytes long; its other words are zero, and
    /// so are those of any key of its length, so the length and the first
    /// word decide.
    #[inline(always)]
    fn same<const SHORT: bool>(&self, other: &Key) -> bool {
        let mut diff = (self.len ^ other.len) as u64;
        let words = if SHORT { 1 } else { MAX_WORD / 8 };
        for (a, b) in self.words.iter().zip(&other.words).take(words) {
            diff |= a ^ b;
        }
        diff == 0
    }

    /// Four independent multiplies, then a fold: no loop over the length.
    #[inline]
    fn hash(&self) -> u64 {
        let [a, b, c, d] = self.words;
        let h = a.wrapping_mul(0x9E37_79B9_7F4A_7C15)
            ^ b.wrapping_mul(0xC2B2_AE3D_27D4_EB4F)
            ^ c.wrapping_mul(0x1656_67B1_9E37_79F9)
            ^ d.wrapping_mul(0x85EB_CA77_C2B2_AE63)
            ^ self.len as u64;
        (h ^ (h >> 29)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95)
    }
}

/// An open-addressing table from the listed words to their [`WordInfo`],
/// built once (by `build.rs`); a lookup folds case on the stack and
/// compares one key.
#[derive(Clone, Copy)]
pub struct WordTable {
    /// 0 for an empty slot, else the key hash's tag (the high
    /// 16 - [`ID_BITS`] bits) and an index into `keys` (low [`ID_BITS`] bits). A slot whose
    /// tag differs is passed over without reading its key: most tokens are
    /// not listed, and their probe stays in this small array. (Two bytes a
    /// slot: chosen when the slots were static data in the Wasm, whose size
    /// has a budget; they are rebuilt from the keys now ([`Packed`]), and two
    /// bytes keep the probe's array small.)
    pub(crate) slots: &'static [u16],
    /// Key 0 is a sentinel that no key equals: an empty slot and an
    /// unlisted word both end there, with an empty [`WordInfo`].
    pub(crate) keys: &'static [Key],
    pub(crate) infos: &'static [WordInfo],
}

/// The bits of a slot that index `keys`: at most 4,095 words a language.
pub(crate) const ID_BITS: u32 = 12;
const ID_MASK: u16 = (1 << ID_BITS) - 1;

/// Does a word with entry `i` start a cue: a cue form, or the first word
/// of a phrase (what `find_cues` stops at)?
pub(crate) fn starts_cue(i: &WordInfo) -> bool {
    i.cue.is_some() || i.is(WordInfo::PHRASE)
}

/// A word's entry in the lexicon (0: not listed). Two bytes a token, where
/// a [`WordInfo`] is thirty-two.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct WordId(pub u16);

impl WordTable {
    /// Where `key` starts probing, and its tag.
    #[inline]
    fn place(key: &Key, mask: usize) -> (usize, u16) {
        let h = key.hash();
        ((h >> 40) as usize & mask, (h as u16) >> ID_BITS)
    }

    /// The table of the parsed lists, leaked: built once, by `build.rs` and
    /// by the tests.
    #[cfg_attr(not(test), allow(dead_code))]
    pub(crate) fn new(words: &FastMap<&'static str, WordInfo>) -> WordTable {
        let size = (words.len() * 3).next_power_of_two().max(16);
        let mask = size - 1;
        let mut keys = vec![Key {
            words: [0; MAX_WORD / 8],
            len: usize::MAX,
        }];
        let mut infos = vec![WordInfo::default()];
        let mut slots = vec![0u16; size];
        let mut sorted: Vec<_> = words.iter().collect();
        sorted.sort_unstable_by_key(|(w, _)| **w);
        // The words that may start a cue (a cue form, a phrase's first
        // word), in any case they are listed in, take the first ids, so
        // `find_cues` tells a token by a range compare of its id
        // ([`WordTable::cue_ids`]); a stable sort keeps the words' order
        // within each group.
        let key_of = |w: &str| Key::of(w).map(|k| (k.words, k.len));
        let mut leading: Vec<_> = sorted
            .iter()
            .filter(|(_, i)| starts_cue(i))
            .filter_map(|(w, _)| key_of(w))
            .collect();
        leading.sort_unstable();
        sorted.sort_by_key(|(w, _)| key_of(w).is_none_or(|k| leading.binary_search(&k).is_err()));
        for (&w, &info) in sorted {
            let Some(key) = Key::of(w) else {
                continue;
            };
            let (mut i, tag) = Self::place(&key, mask);
            let mut merged = false;
            while slots[i] != 0 {
                let id = usize::from(slots[i] & ID_MASK);
                if keys[id] == key {
                    // The same word listed in another case ("CEO"): one
                    // entry with what both say.
                    let old = &mut infos[id];
                    old.classes |= info.classes;
                    old.flags |= info.flags;
                    old.cue = old.cue.or(info.cue);
                    old.pronoun = old.pronoun.or(info.pronoun);
                    merged = true;
                    break;
                }
                i = (i + 1) & mask;
            }
            if !merged {
                // Build time only (build.rs, the tests): a clear stop, not a
                // word silently left out.
                let id = u16::try_from(keys.len())
                    .ok()
                    .filter(|&id| id <= ID_MASK)
                    .unwrap_or_else(|| {
                        panic!("lexicon: over {ID_MASK} words in one language: widen ID_BITS")
                    });
                keys.push(key);
                infos.push(info);
                slots[i] = tag << ID_BITS | id;
            }
        }
        WordTable {
            slots: Box::leak(slots.into_boxed_slice()),
            keys: Box::leak(keys.into_boxed_slice()),
            infos: Box::leak(infos.into_boxed_slice()),
        }
    }

    /// The entry of the word at bytes `start..end` of `text`: what
    /// `id(Key::at(..))` gives, the commonest case made quick (see
    /// [`WordTable::lookup`]).
    #[inline]
    pub(crate) fn id_at(&self, text: &[u8], start: usize, end: usize) -> WordId {
        self.lookup(text, start, end)
    }

    /// The body of [`WordTable::id_at`], always inlined (natively; the Wasm
    /// build keeps the call, for its size budget): `Ctx::with` looks up
    /// every token in one loop, where inlined the probe's registers are
    /// saved and its table read once a text instead of once a word. A word
    /// of at most eight ASCII bytes (most tokens) is one load and a mask;
    /// its key's other words are zero, so the hash is one multiply and the
    /// probe compares one word.
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    pub(crate) fn lookup(&self, text: &[u8], start: usize, end: usize) -> WordId {
        let len = end.wrapping_sub(start);
        let chunk = text.get(start..start.wrapping_add(8));
        if let (1..=8, Some(chunk)) = (len, chunk) {
            let mut b = [0u8; 8];
            b.copy_from_slice(chunk);
            let w = u64::from_le_bytes(b) & keep_bytes(len);
            if w & (LOW * 0x80) == 0 {
                // Inlined here, the probe knows the key's other words are
                // zero: their multiplies and compares fold away.
                return self.probe::<true>(&Key {
                    words: [lower_ascii8(w), 0, 0, 0],
                    len,
                });
            }
        }
        self.id_long(text, start, end)
    }

    /// [`WordTable::id_at`] for a word longer than eight bytes or past
    /// ASCII: out of line, so that the short path stays small. A word of
    /// nine to sixteen ASCII bytes (most of the rest) is two loads and a
    /// mask, as a short one is one; [`Key::at`] reads four words, and pads
    /// a copy near the text's end (callgrind: ~220 instructions a long
    /// word through it).
    #[inline(never)]
    fn id_long(&self, text: &[u8], start: usize, end: usize) -> WordId {
        let len = end.wrapping_sub(start);
        let chunk = text.get(start..start.wrapping_add(16));
        if let (9..=16, Some(chunk)) = (len, chunk) {
            let word = |k: usize| {
                let mut b = [0u8; 8];
                b.copy_from_slice(&chunk[8 * k..8 * k + 8]);
                u64::from_le_bytes(b)
            };
            let (a, b) = (word(0), word(1) & keep_bytes(len - 8));
            if (a | b) & (LOW * 0x80) == 0 {
                return self.probe::<false>(&Key {
                    words: [lower_ascii8(a), lower_ascii8(b), 0, 0],
                    len,
                });
            }
        }
        self.id(Key::at(text, start, end))
    }

    /// The entry of `key`. The probe computes "found or empty" without a
    /// branch on either: which of the two it is, is as random as the text,
    /// and a mispredicted branch costs more than the whole lookup.
    #[inline]
    pub(crate) fn id(&self, key: Option<Key>) -> WordId {
        match key {
            Some(key) => self.probe::<false>(&key),
            None => WordId(0),
        }
    }

    /// The probe of [`WordTable::id`] (`SHORT`: `key` is at most eight
    /// bytes, [`Key::same`]).
    #[inline(always)]
    fn probe<const SHORT: bool>(&self, key: &Key) -> WordId {
        let mask = self.slots.len().wrapping_sub(1);
        let (mut i, tag) = Self::place(key, mask);
        for _ in 0..self.slots.len() {
            let slot = self.slots.get(i).copied().unwrap_or(0);
            let id = slot & ID_MASK;
            // A differing tag reads the sentinel (always cached) instead.
            let candidate = if slot >> ID_BITS == tag { id } else { 0 };
            let Some(k) = self.keys.get(usize::from(candidate)) else {
                break;
            };
            let found = k.same::<SHORT>(key);
            if found | (id == 0) {
                return WordId(candidate * u16::from(found));
            }
            i = (i + 1) & mask;
        }
        WordId(0)
    }

    /// How many ids, from 1 on, are the words that may start a cue (a cue
    /// form, or the first word of a phrasal cue or an anonymity phrase),
    /// when exactly those ids are: `find_cues` then tells such a token by a
    /// range compare of its id (`WordTable::new` numbers them first).
    pub(crate) fn cue_ids(&self) -> Option<u16> {
        let n = self
            .infos
            .iter()
            .skip(1)
            .take_while(|i| starts_cue(i))
            .count();
        let exact = self.infos.first().is_none_or(|i| !starts_cue(i))
            && !self.infos.iter().skip(1 + n).any(starts_cue);
        u16::try_from(n).ok().filter(|_| exact)
    }

    pub(crate) fn info(&self, id: WordId) -> WordInfo {
        self.infos
            .get(usize::from(id.0))
            .copied()
            .unwrap_or_default()
    }
}
