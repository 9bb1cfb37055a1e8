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
//! The shape is read here; `json/scalar.rs` reads strings, numbers and
//! keys, `json/skip.rs` an unknown field's value.
//!
//! A lone surrogate escape (`"\ud800"`, which `JSON.stringify` writes for a
//! page's broken text) reads as U+FFFD, one UTF-16 unit as it was, so the
//! offsets into the node stay; a pair reads as its character.

use super::input::{Element, PageInput, TextNode};
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
}

mod scalar;
mod skip;

#[cfg(test)]
mod tests;
