//! The page input reader's scalars: strings (with their escapes and a lone
//! surrogate read as U+FFFD), booleans, integers and numbers, keys, and the
//! messages for a value of the wrong type, in serde_json's words.

use super::{InputError, Reader, Result};
use std::borrow::Cow;

impl<'a> Reader<'a> {
    /// A string value (a field that must be one).
    pub(super) fn string_value(&mut self) -> Result<String> {
        match self.peek() {
            Some(b'"') => self.string(),
            Some(_) => Err(self.invalid_type("a string")),
            None => Err(self.eof("a value")),
        }
    }

    pub(super) fn boolean(&mut self) -> Result<bool> {
        self.white();
        for (word, value) in [("true", true), ("false", false)] {
            if self.text[self.at..].starts_with(word) {
                self.at += word.len();
                return Ok(value);
            }
        }
        Err(self.invalid_type("a boolean"))
    }

    /// An integer in i64's range: a number with a fraction or an exponent
    /// is a float to serde, which an i64 does not take.
    pub(super) fn integer(&mut self) -> Result<i64> {
        self.white();
        let Some(number) = self.number()? else {
            return Err(self.invalid_type("i64"));
        };
        // serde_json reads "-0" as the float -0.0, which no i64 holds.
        if number.contains(['.', 'e', 'E']) || number == "-0" {
            return Err(self.error(&format!(
                "invalid type: floating point `{number}`, expected i64"
            )));
        }
        number
            .parse()
            .map_err(|_| self.error(&format!("invalid value: integer `{number}`, expected i64")))
    }

    /// The number at the reader (JSON's grammar), its text; `None` (nothing
    /// consumed) when no number starts here.
    pub(super) fn number(&mut self) -> Result<Option<&'a str>> {
        let b = self.bytes();
        let start = self.at;
        let mut i = start;
        let digits = |i: &mut usize| {
            let from = *i;
            while b.get(*i).is_some_and(u8::is_ascii_digit) {
                *i += 1;
            }
            *i > from
        };
        if b.get(i) == Some(&b'-') {
            i += 1;
        }
        match b.get(i) {
            Some(b'0') => i += 1,
            Some(b'1'..=b'9') => {
                digits(&mut i);
            }
            _ if i > start => {
                self.at = i;
                return Err(self.error("invalid number"));
            }
            _ => return Ok(None),
        }
        let mut fail = false;
        if b.get(i) == Some(&b'.') {
            i += 1;
            fail |= !digits(&mut i);
        }
        if let Some(b'e' | b'E') = b.get(i) {
            i += 1;
            if let Some(b'+' | b'-') = b.get(i) {
                i += 1;
            }
            fail |= !digits(&mut i);
        }
        self.at = i;
        if fail {
            return Err(self.error("invalid number"));
        }
        let text: &'a str = self.text;
        Ok(Some(&text[start..i]))
    }

    /// An object's key at the reader (on its `"`): the text itself when it
    /// has no escape (every key of a page's input), else unescaped. No
    /// allocation a key: there are several keys a node.
    pub(super) fn key_text(&mut self) -> Result<Cow<'a, str>> {
        let b = self.bytes();
        let start = self.at + 1;
        let end = b[start..]
            .iter()
            .position(|&c| c == b'"' || c == b'\\' || c < 0x20)
            .map(|n| start + n);
        match end {
            Some(end) if b[end] == b'"' => {
                self.at = end + 1;
                let text: &'a str = self.text;
                Ok(Cow::Borrowed(&text[start..end]))
            }
            _ => self.string().map(Cow::Owned),
        }
    }

    /// A string at the reader (on its `"`), unescaped.
    pub(super) fn string(&mut self) -> Result<String> {
        let b = self.bytes();
        let mut at = self.at + 1; // past the opening quote
        let mut out = String::new();
        loop {
            // A run of plain characters: a plain loop on a local index (the
            // text of a page is most of its input; the Wasm build inlines
            // little, and a closure here was a call a byte).
            let run = at;
            while at < b.len() {
                let c = b[at];
                if c == b'"' || c == b'\\' || c < 0x20 {
                    break;
                }
                at += 1;
            }
            // Every stop is an ASCII byte: the run is whole characters.
            out.push_str(&self.text[run..at]);
            self.at = at;
            match b.get(at) {
                Some(b'"') => {
                    self.at = at + 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.at = at + 1;
                    out.push(self.escape()?);
                    at = self.at;
                }
                Some(_) => {
                    return Err(self
                        .error("control character (\\u0000-\\u001F) found while parsing a string"))
                }
                None => return Err(self.eof("a string")),
            }
        }
    }

    /// The character of the escape after a backslash.
    pub(super) fn escape(&mut self) -> Result<char> {
        let Some(&c) = self.bytes().get(self.at) else {
            return Err(self.eof("a string"));
        };
        self.at += 1;
        Ok(match c {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let unit = self.hex()?;
                match unit {
                    0xd800..=0xdbff => {
                        // A pair only when a low surrogate's escape follows.
                        let rest = &self.bytes()[self.at..];
                        let low = rest
                            .strip_prefix(b"\\u")
                            .and_then(|h| h.get(..4))
                            .and_then(|h| std::str::from_utf8(h).ok())
                            .and_then(|h| u32::from_str_radix(h, 16).ok())
                            .filter(|u| (0xdc00..=0xdfff).contains(u));
                        match low {
                            Some(low) => {
                                self.at += 6;
                                let c = 0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00);
                                char::from_u32(c).unwrap_or('\u{fffd}')
                            }
                            None => '\u{fffd}',
                        }
                    }
                    unit => char::from_u32(unit).unwrap_or('\u{fffd}'),
                }
            }
            _ => return Err(self.error("invalid escape")),
        })
    }

    /// The four hex digits of a `\u` escape.
    pub(super) fn hex(&mut self) -> Result<u32> {
        let mut unit = 0;
        for _ in 0..4 {
            let Some(&c) = self.bytes().get(self.at) else {
                return Err(self.eof("a string"));
            };
            let Some(d) = char::from(c).to_digit(16) else {
                return Err(self.error("invalid escape"));
            };
            unit = unit * 16 + d;
            self.at += 1;
        }
        Ok(unit)
    }

    /// No value starts at the reader: serde_json's error for it ("expected
    /// ident" at the first wrong letter of what began as `true`, `false` or
    /// `null`).
    pub(super) fn no_value(&mut self) -> InputError {
        let rest = &self.bytes()[self.at..];
        let Some(word) = [&b"true"[..], b"false", b"null"]
            .into_iter()
            .find(|w| rest.first() == w.first())
        else {
            return self.error("expected value");
        };
        let same = rest.iter().zip(word).take_while(|(a, b)| a == b).count();
        if same == rest.len() {
            self.at += same;
            return self.eof("a value");
        }
        self.at += same + 1;
        self.error("expected ident")
    }

    /// "invalid type: …, expected `expected`", naming the value at the
    /// reader as serde_json does (`string "x"`, `integer `5``, `map`, …).
    pub(super) fn invalid_type(&mut self, expected: &str) -> InputError {
        let found = match self.peek() {
            Some(b'{') => "map".to_string(),
            Some(b'[') => "sequence".to_string(),
            Some(b'"') => match self.string() {
                Ok(s) => format!("string {s:?}"),
                Err(e) => return e,
            },
            Some(b't') if self.text[self.at..].starts_with("true") => "boolean `true`".to_string(),
            Some(b'f') if self.text[self.at..].starts_with("false") => {
                "boolean `false`".to_string()
            }
            Some(b'n') if self.text[self.at..].starts_with("null") => "null".to_string(),
            _ => match self.number() {
                Ok(Some(n)) if n.contains(['.', 'e', 'E']) => format!("floating point `{n}`"),
                Ok(Some(n)) => format!("integer `{n}`"),
                Ok(None) => return self.no_value(),
                Err(e) => return e,
            },
        };
        self.error(&format!("invalid type: {found}, expected {expected}"))
    }
}
