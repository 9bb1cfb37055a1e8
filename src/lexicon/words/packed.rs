//! A language's word table in the compact form build.rs writes into the
//! library ([`Packed`], [`WordTable::pack`]) and its unpacking on first use
//! ([`WordTable::unpack`]).

use super::*;

/// A language's [`WordTable`] as build.rs writes it into the library
/// ([`WordTable::pack`]), unpacked when the lexicon is first used
/// ([`WordTable::unpack`]). The table itself as static data was mostly
/// zeros (keys padded to 32 bytes, most infos and slots empty), and
/// wasm-opt's memory packing cut the Wasm's data at each run of zeros: some
/// 4,900 data segments, whose headers gzip poorly. Packed, the data has no
/// such runs and no padding: the gzipped module came from 255,300 to
/// 230,025 bytes. Unpacking English costs about 0.3 million instructions
/// (a tenth of a millisecond natively), once.
pub struct Packed {
    /// How many slots the table has (a power of two).
    pub slots: usize,
    /// Each key's folded word, in id order from 1, a line each.
    pub words: &'static str,
    /// Each key's [`WordInfo`], in id order from 1: a header byte
    /// ([`PACKED_MARK`] and which fields follow), then the classes (two
    /// bytes, little-endian), the flags, and the cue (its lemma's index in
    /// `lemmas`, then its five flags as bits), each only when there is one.
    pub infos: &'static [u8],
    /// The cue forms' lemmas.
    pub lemmas: &'static [&'static str],
}

/// A packed info's header bits: always set, so that a header is never zero
/// and the packed infos have no long runs of zeros.
const PACKED_MARK: u8 = 0x80;
const PACKED_CLASSES: u8 = 1;
const PACKED_FLAGS: u8 = 2;
const PACKED_CUE: u8 = 4;
/// Bits 3..6: 0 for no pronoun, else 1 + the class's index in [`PRONOUNS`].
const PACKED_PRONOUN_SHIFT: u32 = 3;
const PRONOUNS: [PronounClass; 5] = [
    PronounClass::Male,
    PronounClass::Female,
    PronounClass::Plural,
    PronounClass::Thing,
    PronounClass::Any,
];

impl WordTable {
    /// The table in the compact form build.rs writes into the library
    /// ([`Packed`]): the keys' folded bytes as text, the infos as bytes, the
    /// lemmas they name, and the number of slots (the slots themselves
    /// follow from the keys).
    #[cfg_attr(not(test), allow(dead_code))]
    pub(crate) fn pack(&self) -> (String, Vec<u8>, Vec<&'static str>) {
        let mut words = String::new();
        for (n, key) in self.keys.iter().skip(1).enumerate() {
            if n > 0 {
                words.push('\n');
            }
            // A key's bytes are its word folded whole characters at a time: UTF-8.
            words.push_str(std::str::from_utf8(&key.bytes()).expect("a key is UTF-8"));
        }
        let mut infos = Vec::new();
        let mut lemmas: Vec<&'static str> = Vec::new();
        for info in self.infos.iter().skip(1) {
            let pronoun = info.pronoun.map_or(0, |p| {
                1 + PRONOUNS.iter().position(|&q| q == p).unwrap_or(0) as u8
            });
            let mut header = PACKED_MARK | (pronoun << PACKED_PRONOUN_SHIFT);
            for (present, bit) in [
                (info.classes != 0, PACKED_CLASSES),
                (info.flags != 0, PACKED_FLAGS),
                (info.cue.is_some(), PACKED_CUE),
            ] {
                if present {
                    header |= bit;
                }
            }
            infos.push(header);
            if info.classes != 0 {
                infos.extend(info.classes.to_le_bytes());
            }
            if info.flags != 0 {
                infos.push(info.flags);
            }
            if let Some(c) = info.cue {
                let lemma = lemmas
                    .iter()
                    .position(|&l| l == c.lemma)
                    .unwrap_or_else(|| {
                        lemmas.push(c.lemma);
                        lemmas.len() - 1
                    });
                // Build time only: a clear stop, not a lemma silently mixed up.
                infos.push(
                    u8::try_from(lemma).expect("lexicon: over 256 cue lemmas in one language"),
                );
                infos.push(
                    u8::from(c.ambiguous)
                        | u8::from(c.audience) << 1
                        | u8::from(c.participle) << 2
                        | u8::from(c.base) << 3
                        | u8::from(c.weak) << 4,
                );
            }
        }
        (words, infos, lemmas)
    }

    /// The table build.rs packed ([`WordTable::pack`]), unpacked and leaked:
    /// once a language, when its lexicon is first used. The same slots,
    /// keys and infos as the table that was packed (the lexicon's tests
    /// compare them with the parsed lists): the keys are inserted in id
    /// order, each at the first empty slot of its probe, as
    /// [`WordTable::new`] placed them.
    pub(crate) fn unpack(packed: &Packed) -> WordTable {
        let sentinel = Key {
            words: [0; MAX_WORD / 8],
            len: usize::MAX,
        };
        let keys: Vec<Key> = std::iter::once(sentinel)
            .chain(
                packed
                    .words
                    .as_bytes()
                    .split(|&b| b == b'\n')
                    .map(Key::of_folded),
            )
            .collect();
        let mask = packed.slots - 1;
        let mut slots = vec![0u16; packed.slots];
        for (id, key) in keys.iter().enumerate().skip(1) {
            let (mut i, tag) = Self::place(key, mask);
            while slots[i] != 0 {
                i = (i + 1) & mask;
            }
            slots[i] = tag << ID_BITS | id as u16;
        }
        let mut bytes = packed.infos.iter().copied();
        let mut next = || bytes.next().unwrap_or(0);
        let mut infos = Vec::with_capacity(keys.len());
        infos.push(WordInfo::default());
        while infos.len() < keys.len() {
            let header = next();
            let mut info = WordInfo::default();
            if header & PACKED_CLASSES != 0 {
                info.classes = u16::from_le_bytes([next(), next()]);
            }
            if header & PACKED_FLAGS != 0 {
                info.flags = next();
            }
            if header & PACKED_CUE != 0 {
                let lemma = packed
                    .lemmas
                    .get(usize::from(next()))
                    .copied()
                    .unwrap_or("");
                let bits = next();
                info.cue = Some(CueForm {
                    lemma,
                    ambiguous: bits & 1 != 0,
                    audience: bits & 2 != 0,
                    participle: bits & 4 != 0,
                    base: bits & 8 != 0,
                    weak: bits & 16 != 0,
                });
            }
            let pronoun = usize::from((header >> PACKED_PRONOUN_SHIFT) & 7);
            info.pronoun = pronoun
                .checked_sub(1)
                .and_then(|p| PRONOUNS.get(p).copied());
            infos.push(info);
        }
        WordTable {
            slots: Box::leak(slots.into_boxed_slice()),
            keys: Box::leak(keys.into_boxed_slice()),
            infos: Box::leak(infos.into_boxed_slice()),
        }
    }
}
