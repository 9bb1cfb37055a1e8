//! The page input's own JSON reader ([`PageInput::from_json`]): the one
//! shape docs/wasm-api.md gives, read in one pass over the text, with
//! serde_json's rules (unknown fields skipped, `attrs` and `hidden`
//! optional, a duplicate field an error, nothing after the object but white
//! space) and its kind of messages ("missing field `parent` at line 1
//! column 40").
//!
//! Why not serde_json, as the results are written: its deserializer, the
//! serde error machinery behind it and the float formatting that machinery
//! pulls in (`Unexpected::Float`: core's Grisu and Dragon) were 17 KB of the
//! gzipped Wasm (230,025 -> 212,849 bytes with this reader), for this one
//! small shape. The tests compare this reader with serde_json on the
//! fixtures, on every kind of good and bad input and on every one-byte edit
//! of a good one.
//!
//! One difference by design: serde would also take a struct written as an
//! array (`[[...], [...]]`); the contract is objects, and this reader takes
//! objects only.
//!
//! A lone surrogate escape (`"\ud800"`, which `JSON.stringify` writes for a
//! page's broken text) reads as U+FFFD, one UTF-16 unit as it was, so the
//! offsets into the node stay; a pair reads as its character.

use super::input::{Element, PageInput, TextNode};
use std::borrow::Cow;
use std::fmt;

/// What was wrong with the input, and where (1-based line and column, in
/// bytes, as serde_json counts them).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    msg: String,
    line: usize,
    column: usize,
    eof: bool,
}

impl InputError {
    /// Did the text end inside a value (a truncated message)?
    pub fn is_eof(&self) -> bool {
        self.eof
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} at line {} column {}",
            self.msg, self.line, self.column
        )
    }
}

impl std::error::Error for InputError {}

type Result<T> = std::result::Result<T, InputError>;

/// How deep arrays and objects may nest (serde_json's limit): the skipping
/// of an unknown field's value keeps a stack, not a recursion, but a limit
/// keeps a hostile text from growing it without end.
const MAX_DEPTH: usize = 128;

struct Reader<'a> {
    text: &'a str,
    at: usize,
}

/// `input` read as a [`PageInput`].
pub(super) fn page_input(text: &str) -> Result<PageInput> {
    let mut r = Reader { text, at: 0 };
    let mut elements = None;
    let mut nodes = None;
    r.object("struct PageInput", |r, key| {
        match key {
            "elements" => set(r, &mut elements, "elements", |r| r.array(|r| r.element()))?,
            "nodes" => set(r, &mut nodes, "nodes", |r| r.array(|r| r.node()))?,
            _ => r.skip()?,
        }
        Ok(())
    })?;
    let input = PageInput {
        elements: r.required(elements, "elements")?,
        nodes: r.required(nodes, "nodes")?,
    };
    r.white();
    if r.at < r.text.len() {
        return Err(r.error("trailing characters"));
    }
    Ok(input)
}

/// Reads a field's value into `slot` with `read`: an error if the field
/// came before.
fn set<'t, T>(
    r: &mut Reader<'t>,
    slot: &mut Option<T>,
    name: &str,
    read: impl FnOnce(&mut Reader<'t>) -> Result<T>,
) -> Result<()> {
    if slot.is_some() {
        return Err(r.error(&format!("duplicate field `{name}`")));
    }
    *slot = Some(read(r)?);
    Ok(())
}

impl<'a> Reader<'a> {
    fn bytes(&self) -> &'a [u8] {
        self.text.as_bytes()
    }

    /// An error at the reader's position.
    fn error(&self, msg: &str) -> InputError {
        let before = &self.bytes()[..self.at.min(self.text.len())];
        let line = 1 + before.iter().filter(|&&b| b == b'\n').count();
        let column = before.iter().rev().take_while(|&&b| b != b'\n').count();
        InputError {
            msg: msg.to_string(),
            line,
            column,
            eof: false,
        }
    }

    /// The text ended while reading `what`.
    fn eof(&self, what: &str) -> InputError {
        InputError {
            eof: true,
            ..self.error(&format!("EOF while parsing {what}"))
        }
    }

    fn required<T>(&self, value: Option<T>, name: &str) -> Result<T> {
        value.ok_or_else(|| self.error(&format!("missing field `{name}`")))
    }

    /// Skips JSON white space.
    fn white(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.bytes().get(self.at) {
            self.at += 1;
        }
    }

    /// The next byte after white space, not consumed.
    fn peek(&mut self) -> Option<u8> {
        self.white();
        self.bytes().get(self.at).copied()
    }

    /// An object: `field` reads each value, given its key (unescaped).
    fn object(
        &mut self,
        expected: &str,
        mut field: impl FnMut(&mut Self, &str) -> Result<()>,
    ) -> Result<()> {
        match self.peek() {
            Some(b'{') => self.at += 1,
            Some(_) => return Err(self.invalid_type(expected)),
            None => return Err(self.eof("a value")),
        }
        let mut first = true;
        loop {
            match self.peek() {
                Some(b'}') if first => break,
                Some(b',') if !first => self.at += 1,
                Some(b'}') => break,
                Some(_) if !first => return Err(self.error("expected `,` or `}`")),
                Some(_) => {}
                None => return Err(self.eof("an object")),
            }
            first = false;
            match self.peek() {
                Some(b'"') => {}
                Some(_) => return Err(self.error("key must be a string")),
                None => return Err(self.eof("an object")),
            }
            let key = self.key_text()?;
            match self.peek() {
                Some(b':') => self.at += 1,
                Some(_) => return Err(self.error("expected `:`")),
                None => return Err(self.eof("an object")),
            }
            field(self, &key)?;
        }
        self.at += 1;
        Ok(())
    }

    /// An array, each item read by `item`.
    fn array<T>(&mut self, mut item: impl FnMut(&mut Self) -> Result<T>) -> Result<Vec<T>> {
        match self.peek() {
            Some(b'[') => self.at += 1,
            Some(_) => return Err(self.invalid_type("a sequence")),
            None => return Err(self.eof("a value")),
        }
        let mut out = Vec::new();
        loop {
            match self.peek() {
                Some(b']') => break,
                Some(b',') if !out.is_empty() => {
                    self.at += 1;
                    // serde_json: no trailing comma.
                    if self.peek() == Some(b']') {
                        return Err(self.error("trailing comma"));
                    }
                }
                Some(_) if !out.is_empty() => return Err(self.error("expected `,` or `]`")),
                Some(_) => {}
                None => return Err(self.eof("a list")),
            }
            out.push(item(self)?);
        }
        self.at += 1;
        Ok(out)
    }

    fn element(&mut self) -> Result<Element> {
        let (mut parent, mut tag, mut attrs, mut hidden) = (None, None, None, None);
        self.object("struct Element", |r, key| match key {
            "parent" => set(r, &mut parent, "parent", Self::integer),
            "tag" => set(r, &mut tag, "tag", Self::string_value),
            "attrs" => set(r, &mut attrs, "attrs", Self::string_value),
            "hidden" => set(r, &mut hidden, "hidden", Self::boolean),
            _ => r.skip(),
        })?;
        Ok(Element {
            parent: self.required(parent, "parent")?,
            tag: self.required(tag, "tag")?,
            attrs: attrs.unwrap_or_default(),
            hidden: hidden.unwrap_or_default(),
        })
    }

    fn node(&mut self) -> Result<TextNode> {
        let (mut text, mut parent) = (None, None);
        self.object("struct TextNode", |r, key| match key {
            "text" => set(r, &mut text, "text", Self::string_value),
            "parent" => set(r, &mut parent, "parent", Self::integer),
            _ => r.skip(),
        })?;
        Ok(TextNode {
            text: self.required(text, "text")?,
            parent: self.required(parent, "parent")?,
        })
    }

    /// A string value (a field that must be one).
    fn string_value(&mut self) -> Result<String> {
        match self.peek() {
            Some(b'"') => self.string(),
            Some(_) => Err(self.invalid_type("a string")),
            None => Err(self.eof("a value")),
        }
    }

    fn boolean(&mut self) -> Result<bool> {
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
    fn integer(&mut self) -> Result<i64> {
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
    fn number(&mut self) -> Result<Option<&'a str>> {
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
    fn key_text(&mut self) -> Result<Cow<'a, str>> {
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
    fn string(&mut self) -> Result<String> {
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
    fn escape(&mut self) -> Result<char> {
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
    fn hex(&mut self) -> Result<u32> {
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
    fn no_value(&mut self) -> InputError {
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
    fn invalid_type(&mut self, expected: &str) -> InputError {
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

    /// Skips one value of any kind (an unknown field's), checking its
    /// syntax as serde_json does; arrays and objects on a stack of their
    /// closing brackets, not by recursion.
    fn skip(&mut self) -> Result<()> {
        let mut open: Vec<u8> = Vec::new();
        loop {
            // A value.
            match self.peek() {
                Some(b'{' | b'[') if open.len() >= MAX_DEPTH => {
                    return Err(self.error("recursion limit exceeded"));
                }
                Some(b'{') => {
                    self.at += 1;
                    open.push(b'}');
                    if self.peek() == Some(b'}') {
                        self.at += 1;
                        open.pop();
                    } else {
                        self.key()?;
                        continue;
                    }
                }
                Some(b'[') => {
                    self.at += 1;
                    open.push(b']');
                    if self.peek() == Some(b']') {
                        self.at += 1;
                        open.pop();
                    } else {
                        continue;
                    }
                }
                Some(b'"') => {
                    self.string()?;
                }
                Some(_) => {
                    let rest = &self.text[self.at..];
                    if let Some(word) = ["true", "false", "null"]
                        .into_iter()
                        .find(|w| rest.starts_with(w))
                    {
                        self.at += word.len();
                    } else if self.number()?.is_none() {
                        return Err(self.no_value());
                    }
                }
                None => return Err(self.eof("a value")),
            }
            // After a value: the next one of its container, or the
            // container's end (perhaps several).
            loop {
                let Some(&close) = open.last() else {
                    return Ok(());
                };
                match self.peek() {
                    Some(b',') => {
                        self.at += 1;
                        if close == b'}' {
                            self.key()?;
                        } else if self.peek() == Some(b']') {
                            return Err(self.error("trailing comma"));
                        }
                        break;
                    }
                    Some(c) if c == close => {
                        self.at += 1;
                        open.pop();
                    }
                    Some(_) if close == b'}' => return Err(self.error("expected `,` or `}`")),
                    Some(_) => return Err(self.error("expected `,` or `]`")),
                    None if close == b'}' => return Err(self.eof("an object")),
                    None => return Err(self.eof("a list")),
                }
            }
        }
    }

    /// An object's key and its colon, in a skipped value.
    fn key(&mut self) -> Result<()> {
        match self.peek() {
            Some(b'"') => {
                self.string()?;
            }
            Some(b'}') => return Err(self.error("trailing comma")),
            Some(_) => return Err(self.error("key must be a string")),
            None => return Err(self.eof("an object")),
        }
        match self.peek() {
            Some(b':') => {
                self.at += 1;
                Ok(())
            }
            Some(_) => Err(self.error("expected `:`")),
            None => Err(self.eof("an object")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::input::serde_reference;
    use super::*;

    /// The reader and serde_json (with the old mending of lone surrogates)
    /// agree on `text`: the same input, or both an error.
    fn agree(text: &str) {
        let ours = page_input(text);
        let theirs = serde_reference(text);
        match (&ours, &theirs) {
            (Ok(a), Ok(b)) => assert_eq!(a, b, "{text}"),
            (Err(_), Err(_)) => {}
            _ => panic!("{text:?}: ours {ours:?}, serde_json {theirs:?}"),
        }
    }

    #[test]
    fn reads_the_fixture_pages_as_serde_json_does() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/pages");
        let mut read = 0;
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            if entry.path().extension().is_some_and(|x| x == "json") {
                let text = std::fs::read_to_string(entry.path()).unwrap();
                assert!(page_input(&text).is_ok());
                agree(&text);
                read += 1;
            }
        }
        assert!(read >= 5);
    }

    const GOOD: &str = r#" {"skip": {"a": [1, -2.5e3, "x\"", {}, [], true, null]},
        "elements": [ {"parent": -1, "tag": "article", "attrs": "story", "hidden": false, "x": [[]]},
                      {"tag": "p", "parent": 0, "hidden": true},
                      {"parent": -9223372036854775808, "tag": "p\u00e9\ud83d\ude00\n\t\/\\\b\f\r"} ],
        "nodes": [ {"text": "Diaa \ud800 b \udc00 \ud800\u0041 \ud800\ud800\udc00", "parent": 1},
                   {"parent": 9223372036854775807, "text": "", "more": "\ud800"} ] } "#;

    #[test]
    fn good_inputs_read_as_serde_json_reads_them() {
        agree(GOOD);
        let input = page_input(GOOD).unwrap();
        assert_eq!(input.elements.len(), 3);
        assert_eq!(input.elements[1].attrs, "");
        assert!(input.elements[1].hidden);
        assert_eq!(
            input.nodes[0].text,
            "Diaa \u{fffd} b \u{fffd} \u{fffd}A \u{fffd}\u{10000}"
        );
        for text in [
            r#"{"elements":[],"nodes":[]}"#,
            r#"{"nodes":[],"elements":[]}"#,
            r#"{"elements":[{"parent":0,"tag":""}],"nodes":[],"elements2":{}}"#,
            r#"{"el\u0065ments":[],"nodes":[]}"#,
            "{\"elements\":[],\"nodes\":[],\"x\":\"\u{7f}é😀\"}",
        ] {
            assert!(page_input(text).is_ok(), "{text}");
            agree(text);
        }
    }

    #[test]
    fn bad_inputs_fail_as_with_serde_json() {
        for text in [
            "",
            "nope",
            "{",
            "[]",
            "null",
            r#"{"nodes":[]}"#,
            r#"{"elements":[]}"#,
            r#"{"elements":[],"nodes":[],"nodes":[]}"#,
            r#"{"elements":[],"nodes":[]} x"#,
            r#"{"elements":[],"nodes":[],}"#,
            r#"{"elements":[,],"nodes":[]}"#,
            r#"{"elements":[{"parent":0}],"nodes":[]}"#,
            r#"{"elements":[{"parent":0.5,"tag":"p"}],"nodes":[]}"#,
            r#"{"elements":[{"parent":1e2,"tag":"p"}],"nodes":[]}"#,
            r#"{"elements":[{"parent":01,"tag":"p"}],"nodes":[]}"#,
            r#"{"elements":[{"parent":-0,"tag":"p"}],"nodes":[]}"#,
            r#"{"elements":[{"parent":-,"tag":"p"}],"nodes":[]}"#,
            r#"{"elements":[{"parent":9223372036854775808,"tag":"p"}],"nodes":[]}"#,
            r#"{"elements":[{"parent":"0","tag":"p"}],"nodes":[]}"#,
            r#"{"elements":[{"parent":0,"tag":7}],"nodes":[]}"#,
            r#"{"elements":[{"parent":0,"tag":"p","attrs":null}],"nodes":[]}"#,
            r#"{"elements":[{"parent":0,"tag":"p","hidden":0}],"nodes":[]}"#,
            r#"{"elements":[{"parent":0,"tag":"p","hidden":tru}],"nodes":[]}"#,
            r#"{"elements":[{"parent":0,"tag":"p","tag":"q"}],"nodes":[]}"#,
            r#"{"elements":5,"nodes":[]}"#,
            r#"{"elements":[],"nodes":[{"text":7,"parent":0}]}"#,
            r#"{"elements":[],"nodes":[{"text":"x"}]}"#,
            r#"{"elements":[],"nodes":[{"text":"\x","parent":0}]}"#,
            r#"{"elements":[],"nodes":[{"text":"\uzzzz","parent":0}]}"#,
            r#"{"elements":[],"nodes":[{"text":"\ud8","parent":0}]}"#,
            "{\"elements\":[],\"nodes\":[{\"text\":\"a\u{1}b\",\"parent\":0}]}",
            r#"{"elements":[],"nodes":[],"x":[1,]}"#,
            r#"{"elements":[],"nodes":[],"x":{"a":1,}}"#,
            r#"{"elements":[],"nodes":[],"x":{"a" 1}}"#,
            r#"{"elements":[],"nodes":[],"x":{1:1}}"#,
            r#"{"elements":[],"nodes":[],"x":[1 2]}"#,
            r#"{"elements":[],"nodes":[],"x":nul}"#,
            r#"{"elements":[],"nodes":[],"x":1.}"#,
            r#"{"elements":[],"nodes":[],"x":1e}"#,
            r#"{"elements":[],"nodes":[],"x":"\q"}"#,
            r#"{"elements" [],"nodes":[]}"#,
            r#"{elements:[],"nodes":[]}"#,
        ] {
            assert!(page_input(text).is_err(), "{text}");
            agree(text);
        }
    }

    #[test]
    fn messages_say_what_and_where() {
        let e = page_input(r#"{"elements": [], "nodes": [{"text": "x"}]}"#).unwrap_err();
        assert!(
            e.to_string()
                .starts_with("missing field `parent` at line 1 column"),
            "{e}"
        );
        let text = "{\n\"elements\": 5}";
        let e = page_input(text).unwrap_err().to_string();
        assert_eq!(e, serde_reference(text).unwrap_err().to_string());

        let e = page_input(r#"{"elements":[{"parent":0.5,"tag":"p"}],"nodes":[]}"#).unwrap_err();
        assert!(
            e.to_string()
                .starts_with("invalid type: floating point `0.5`, expected i64"),
            "{e}"
        );
        // The same words and places as serde_json's.
        for text in [
            "nope",
            r#"{"elements":[{"parent":0.5,"tag":"p"}],"nodes":[]}"#,
            r#"{"elements":[],"nodes":[],"x":[tru]}"#,
            r#"{"elements":[],"nodes":[],"x":nul"#,
        ] {
            let ours = page_input(text).unwrap_err().to_string();
            assert_eq!(ours, serde_reference(text).unwrap_err().to_string());
        }
        assert!(page_input("{").unwrap_err().is_eof());
        assert!(!page_input("nope").unwrap_err().is_eof());
        let deep = format!(r#"{{"x":{}{}}}"#, "[".repeat(200), "]".repeat(200));
        assert!(page_input(&deep)
            .unwrap_err()
            .to_string()
            .contains("recursion limit"));
    }

    /// Every one-byte edit of a good input (a byte left out, or one of
    /// JSON's own characters put in) is read alike by both readers.
    #[test]
    fn every_small_edit_reads_as_with_serde_json() {
        let base = r#"{"elements":[{"parent":-1,"tag":"p","attrs":"a b","hidden":false,"z":[1.5,{"q":null}]}],"nodes":[{"text":"x\u00e9\ud83d\ude00y\"","parent":0}]}"#;
        let inserts = [
            "\"", "\\", ",", ":", "{", "}", "[", "]", " ", "0", "1", "-", ".", "e", "+", "u",
            "\\u", "\\ud800", "\\udc00", "n", "t", "f", "null", "true", "x", "é", "\u{1}",
        ];
        for i in 0..=base.len() {
            if !base.is_char_boundary(i) {
                continue;
            }
            if i < base.len() {
                let mut cut = base.to_string();
                cut.remove(i);
                agree(&cut);
            }
            for s in inserts {
                let mut edited = base.to_string();
                edited.insert_str(i, s);
                agree(&edited);
            }
        }
    }
}
