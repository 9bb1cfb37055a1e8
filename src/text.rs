//! Text: tokens, paragraphs and sentences, all as byte spans.
//!
//! One linear pass makes the tokens; paragraphs and sentences are ranges of
//! token indices. Nothing here allocates per character.

use std::ops::Range;

use crate::span::Span;

mod sentences;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tok {
    /// Letters and digits, with inner apostrophes, hyphens and the periods of
    /// "U.S." ("don’t", "Hamas-run", "U.S").
    Word,
    /// Digits with inner separators ("1,140", "4.6", "5,3").
    Num,
    /// The possessive ending "’s" / "'s" split off a word.
    Poss,
    /// A quotation mark or apostrophe candidate: “ ” „ « » ‘ ’ ‚ " '.
    Quote,
    /// Any other visible character, one a token.
    Punct,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub kind: Tok,
    /// Index of the paragraph the token is in.
    pub para: u32,
    /// Starts with an uppercase letter.
    pub cap: bool,
}

/// The text cut into tokens, paragraphs and sentences.
#[derive(Debug, Default)]
pub struct Doc<'t> {
    pub text: &'t str,
    pub tokens: Vec<Token>,
    /// Token ranges, one a paragraph (paragraphs split at line breaks).
    pub paragraphs: Vec<Range<usize>>,
    /// Token ranges, one a sentence; never across paragraphs.
    pub sentences: Vec<Range<usize>>,
    /// For each token, the index of its sentence.
    pub sentence_of: Vec<u32>,
    /// For each token, its text: what [`Doc::tok`] returns, sliced once.
    strs: Vec<&'t str>,
    /// The words with a hyphen inside ("ex-wife"; not those opening with a
    /// digit, "46-year-old"), in order; a few may hold only an en dash.
    pub hyphenated: Vec<usize>,
    /// The dashes typed otherwise than "—" ("--", "―"), in order.
    other_dashes: Vec<usize>,
    /// The punctuation and quotation-mark tokens, in order: what the
    /// sentence split, the quotations and the colons read, without a pass
    /// over every word.
    marks: Vec<usize>,
}

pub fn is_quote_char(c: char) -> bool {
    matches!(
        c,
        '“' | '”' | '„' | '«' | '»' | '‘' | '’' | '‚' | '"' | '\'' | '‹' | '›'
    )
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else if ('\u{2000}'..='\u{206F}').contains(&c) {
        // General Punctuation (curly quotes, dashes, spaces): common in
        // news, and no letter among them; skip the Unicode tables.
        false
    } else {
        c.is_alphanumeric() || c == '\u{AD}' || is_combining(c)
    }
}

/// ASCII letters and digits, by byte: one load a byte in the tokenizer's
/// hottest loop, where two range checks cost two branches.
static ASCII_ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

const LOW: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = LOW * 0x80;

/// High bit of each byte of `x` (all below 0x80) set where `lo <= byte <=
/// hi`: no byte carries into the next.
fn bytes_in(x: u64, lo: u8, hi: u8) -> u64 {
    x.wrapping_add(LOW * u64::from(0x80 - lo)) & !x.wrapping_add(LOW * u64::from(0x7F - hi)) & HIGH
}

/// Top-level domains after which a period stays inside a word.
const DOMAINS: &[&[u8]] = &[
    b"com", b"org", b"net", b"gov", b"edu", b"de", b"at", b"ch", b"uk", b"eu", b"fr", b"tv",
    b"info",
];

/// Is the period at `dot` inside a web address, the word having started at
/// `start`: before a top-level domain in lowercase that ends the word
/// ("Salon.com", "bildblog.de"), or after "www"? A source named by its site
/// ("according to Politico.com") is one word, and its period ends no
/// sentence.
fn domain_dot(text: &str, start: usize, dot: usize) -> bool {
    let b = text.as_bytes();
    if b[start..dot].eq_ignore_ascii_case(b"www") {
        return true;
    }
    let rest = &b[dot + 1..];
    let n = rest.iter().take_while(|c| c.is_ascii_lowercase()).count();
    DOMAINS.contains(&&rest[..n]) && !char_at(text, dot + 1 + n).is_some_and(is_word_char)
}

/// How many ASCII letters and digits `bytes` starts with. Eight bytes a
/// step: a word's end is found with a bit scan, not a branch per byte
/// (whose exit, at a random length, mispredicts once a word).
fn alnum_run(bytes: &[u8]) -> usize {
    let mut n = 0;
    while let Some(chunk) = bytes.get(n..n + 8) {
        let mut b = [0u8; 8];
        b.copy_from_slice(chunk);
        let x = u64::from_le_bytes(b);
        let low7 = x & !HIGH;
        let alnum = (bytes_in(low7, b'0', b'9') | bytes_in(low7 | (LOW * 0x20), b'a', b'z')) & !x;
        let stop = !alnum & HIGH;
        if stop != 0 {
            return n + stop.trailing_zeros() as usize / 8;
        }
        n += 8;
    }
    n + bytes[n..]
        .iter()
        .take_while(|&&b| ASCII_ALNUM[usize::from(b)])
        .count()
}

/// Space, control and zero-width characters: between tokens.
fn is_space(c: char) -> bool {
    if c.is_ascii() {
        c <= ' ' || c == '\u{7F}'
    } else {
        c.is_whitespace() || c.is_control() || c == '\u{200B}' || c == '\u{FEFF}'
    }
}

/// The char starting at byte `i` (ASCII without decoding), if any.
#[inline]
fn char_at(text: &str, i: usize) -> Option<char> {
    let b = *text.as_bytes().get(i)?;
    if b < 0x80 {
        Some(b as char)
    } else {
        text.get(i..)?.chars().next()
    }
}

fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x300..=0x36F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

impl<'t> Doc<'t> {
    pub fn new(text: &'t str) -> Doc<'t> {
        let mut doc = Doc {
            text,
            ..Default::default()
        };
        doc.tokenize();
        // Each token's text, sliced once. The one `unsafe` of the crate, and
        // it earns its place: the checked slice (`Span::of`) tests both ends
        // for char boundaries again, 2% of the engine's instructions on
        // written-dev (callgrind: 81.06M -> 79.33M), for spans the tokenizer
        // made itself. It cuts only between chars: it steps by whole chars
        // (`char_at` + `len_utf8`) and by ASCII bytes (`alnum_run`, the "s"
        // of a possessive), and every span is non-empty and inside the text.
        doc.strs = doc
            .tokens
            .iter()
            .map(|t| {
                let (a, b) = (t.span.start, t.span.end);
                debug_assert!(a < b && text.is_char_boundary(a) && text.is_char_boundary(b));
                // SAFETY: `a <= b <= text.len()`, both on char boundaries
                // (above); the debug builds and the tests check it.
                unsafe { text.get_unchecked(a..b) }
            })
            .collect();
        // One spelling of the dash for the patterns: "--" and the horizontal
        // bar read as the em dash (spans keep the text's).
        for &i in &doc.other_dashes {
            doc.strs[i] = "—";
        }
        doc.split_sentences();
        doc
    }

    #[inline]
    pub fn tok(&self, i: usize) -> &'t str {
        self.strs.get(i).copied().unwrap_or("")
    }

    pub fn kind(&self, i: usize) -> Option<Tok> {
        self.tokens.get(i).map(|t| t.kind)
    }

    /// Is token `i` a word starting with an uppercase letter?
    pub fn is_cap(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.cap && t.kind == Tok::Word)
    }

    /// The bytes of token `i` (empty past the end).
    fn bytes(&self, i: usize) -> &'t [u8] {
        self.tok(i).as_bytes()
    }

    /// Case-insensitive comparison of token `i` with a lowercase word.
    pub fn is(&self, i: usize, lower: &str) -> bool {
        let t = self.bytes(i);
        t.len() == lower.len() && t.eq_ignore_ascii_case(lower.as_bytes())
    }

    /// Is token `i` any of these lowercase words? The token is read once,
    /// and only a word of its length is compared.
    pub fn is_any(&self, i: usize, words: &[&str]) -> bool {
        let t = self.bytes(i);
        words
            .iter()
            .any(|w| t.len() == w.len() && t.eq_ignore_ascii_case(w.as_bytes()))
    }

    /// Is token `i` the single punctuation character `c`?
    pub fn is_punct(&self, i: usize, c: char) -> bool {
        matches!(self.kind(i), Some(Tok::Punct | Tok::Quote)) && self.tok(i).starts_with(c)
    }

    /// Is token `i` a word (or number)?
    pub fn is_word(&self, i: usize) -> bool {
        matches!(self.kind(i), Some(Tok::Word | Tok::Num))
    }

    /// How many of tokens `r` are words (or numbers): what counting
    /// [`Doc::is_word`] over `r` gives, read from the tokens as a slice.
    pub fn words_in(&self, r: Range<usize>) -> usize {
        let n = self.tokens.len();
        self.tokens
            .get(r.start.min(n)..r.end.min(n))
            .map_or(0, |ts| {
                ts.iter()
                    .filter(|t| matches!(t.kind, Tok::Word | Tok::Num))
                    .count()
            })
    }

    /// The punctuation and quotation-mark tokens among tokens `r`, in
    /// order.
    pub fn marks_in(&self, r: Range<usize>) -> &[usize] {
        let a = self.marks.partition_point(|&m| m < r.start);
        let b = self.marks.partition_point(|&m| m < r.end);
        self.marks.get(a..b).unwrap_or(&[])
    }

    /// Byte span from the start of token `a` to the end of token `b - 1`.
    pub fn span(&self, a: usize, b: usize) -> Span {
        if a >= b || b > self.tokens.len() {
            return Span::new(0, 0);
        }
        Span::new(self.tokens[a].span.start, self.tokens[b - 1].span.end)
    }

    pub fn sentence(&self, i: usize) -> Range<usize> {
        self.sentence_of
            .get(i)
            .and_then(|&s| self.sentences.get(s as usize))
            .cloned()
            .unwrap_or(i..i)
    }

    pub fn same_para(&self, a: usize, b: usize) -> bool {
        match (self.tokens.get(a), self.tokens.get(b)) {
            (Some(x), Some(y)) => x.para == y.para,
            _ => false,
        }
    }

    fn tokenize(&mut self) {
        self.tokenize_with(true);
    }

    /// The tokenizer; `fast`: with the shortcut for plain ASCII words
    /// (the tests check it gives the tokens of the general loop alone).
    fn tokenize_with(&mut self, fast: bool) {
        let text = self.text;
        let bytes = text.as_bytes();
        let n = bytes.len();
        // About one token in five bytes of news text: one allocation, not
        // a dozen regrowths.
        self.tokens.reserve(n / 5 + 1);
        // Paragraphs and sentences: generous guesses, one allocation each.
        self.paragraphs.reserve(n / 256 + 1);
        self.sentences.reserve(n / 64 + 1);
        // About a mark (punctuation, quotation mark) in fifty bytes.
        self.marks.reserve(n / 16 + 4);
        let mut para = 0u32;
        let mut para_start = 0usize;
        let mut newline_run = false;
        let mut i = 0;
        loop {
            // Plain spaces between words: the commonest byte, skipped
            // before any char is decoded.
            while bytes.get(i) == Some(&b' ') {
                i += 1;
            }
            // The commonest token, an ASCII word of letters and digits
            // ending where the general loop below would end it (no inner
            // mark can follow), made without decoding a char.
            if let Some(&b) = bytes.get(i).filter(|_| fast) {
                if ASCII_ALNUM[usize::from(b)] {
                    let end = i + alnum_run(&bytes[i..]);
                    let numeric = b.is_ascii_digit();
                    let done = match bytes.get(end) {
                        None => true,
                        Some(b'-' | b'\'') => false,
                        // "," and "." are inner marks only in numbers and
                        // after a one-letter segment ("U.S").
                        Some(b',') => !numeric,
                        Some(b'.') => !numeric && end - i >= 2 && !domain_dot(text, i, end),
                        Some(&n) => n < 0x80,
                    };
                    if done {
                        let kind = if numeric && !bytes[i..end].iter().any(u8::is_ascii_alphabetic)
                        {
                            Tok::Num
                        } else {
                            Tok::Word
                        };
                        self.tokens.push(Token {
                            span: Span::new(i, end),
                            kind,
                            para,
                            cap: b.is_ascii_uppercase(),
                        });
                        newline_run = false;
                        i = end;
                        continue;
                    }
                }
            }
            let Some(c) = char_at(text, i) else {
                break;
            };
            let clen = c.len_utf8();
            if c == '\n' || c == '\r' || c == '\u{2029}' {
                if !newline_run && self.tokens.len() > para_start {
                    self.paragraphs.push(para_start..self.tokens.len());
                    para += 1;
                    para_start = self.tokens.len();
                }
                newline_run = true;
                i += clen;
                continue;
            }
            if is_space(c) {
                i += clen;
                continue;
            }
            newline_run = false;
            let token = |s: usize, e: usize, kind: Tok| Token {
                span: Span::new(s, e),
                kind,
                para,
                cap: c.is_uppercase(),
            };
            if is_word_char(c) {
                let numeric = c.is_ascii_digit();
                let mut end = i + clen;
                let mut seg_len = 1usize; // chars since the last inner mark
                loop {
                    // ASCII letters and digits, a byte at a time.
                    let run = alnum_run(&bytes[end..]);
                    end += run;
                    seg_len += run;
                    // An ASCII character other than these four ends the
                    // word (the match below gives no inner mark for it).
                    match bytes.get(end) {
                        None => break,
                        Some(&b) if b < 0x80 && !matches!(b, b'-' | b'\'' | b'.' | b',') => break,
                        _ => {}
                    }
                    let Some(d) = char_at(text, end) else {
                        break;
                    };
                    let dlen = d.len_utf8();
                    if is_word_char(d) {
                        end += dlen;
                        seg_len += 1;
                        continue;
                    }
                    // Look one char past `d`.
                    let after = char_at(text, end + dlen);
                    let next_alnum = after.is_some_and(is_word_char);
                    let inner = match d {
                        '-' | '–' if !numeric => {
                            let me = self.tokens.len();
                            if next_alnum && self.hyphenated.last() != Some(&me) {
                                self.hyphenated.push(me);
                            }
                            next_alnum
                        }
                        // "46-year-old", "20-date": one word.
                        '-' if numeric => after.is_some_and(char::is_alphabetic),
                        '\'' | '’' => {
                            // "’s" at a word's end is a possessive, split off.
                            let poss = matches!(after, Some('s' | 'S'))
                                && !char_at(text, end + dlen + 1).is_some_and(is_word_char);
                            next_alnum && !poss
                        }
                        '.' if numeric => after.is_some_and(|a| a.is_ascii_digit()),
                        // "1,140", and the decimal comma of "5,3 Prozent".
                        ',' if numeric => after.is_some_and(|a| a.is_ascii_digit()),
                        '.' => {
                            seg_len == 1 && after.is_some_and(|a| a.is_alphabetic())
                                || domain_dot(text, i, end)
                        }
                        // Mojibake: UTF-8 read as Latin-1 turns "ñ" into "Ã±"
                        // and "ç" into "ÃÂ§"; the sign after "Ã"/"Â" (or
                        // "A" with a combining tilde or circumflex) stays
                        // inside the word ("PeÃ±a").
                        '\u{80}'..='\u{BF}' => {
                            next_alnum
                                && text[..end].ends_with(['\u{C2}', '\u{C3}', '\u{302}', '\u{303}'])
                        }
                        _ => false,
                    };
                    if !inner {
                        break;
                    }
                    // Every inner mark is followed by a word character,
                    // which the next round takes.
                    end += dlen;
                    seg_len = 0;
                }
                let kind = if numeric && !text[i..end].contains(char::is_alphabetic) {
                    Tok::Num
                } else {
                    Tok::Word
                };
                self.tokens.push(token(i, end, kind));
                i = end;
                continue;
            }
            if is_apostrophe(c) {
                // A possessive "’s" right after a word.
                let after_word = self
                    .tokens
                    .last()
                    .is_some_and(|t| t.span.end == i && matches!(t.kind, Tok::Word | Tok::Num));
                if after_word
                    && matches!(bytes.get(i + clen), Some(b's' | b'S'))
                    && !char_at(text, i + clen + 1).is_some_and(is_word_char)
                {
                    self.tokens.push(token(i, i + clen + 1, Tok::Poss));
                    i += clen + 1;
                    continue;
                }
            }
            // A dash typed as hyphens ("--", "---") is one token.
            if c == '-' && bytes.get(i + 1) == Some(&b'-') {
                let end = i + 1 + bytes[i + 1..].iter().take_while(|&&b| b == b'-').count();
                self.other_dashes.push(self.tokens.len());
                self.marks.push(self.tokens.len());
                self.tokens.push(token(i, end, Tok::Punct));
                i = end;
                continue;
            }
            if c == '―' {
                self.other_dashes.push(self.tokens.len());
            }
            let kind = if is_quote_char(c) {
                Tok::Quote
            } else {
                Tok::Punct
            };
            self.marks.push(self.tokens.len());
            self.tokens.push(token(i, i + clen, kind));
            i += clen;
        }
        if self.tokens.len() > para_start {
            self.paragraphs.push(para_start..self.tokens.len());
        }
    }
}

#[cfg(test)]
mod tests;
