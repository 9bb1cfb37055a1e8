//! Skipping an unknown field's value with serde_json's syntax checks: arrays
//! and objects on a stack of their closing brackets, not by recursion, to
//! `MAX_DEPTH`.

use super::{Reader, Result, MAX_DEPTH};

impl Reader<'_> {
    /// Skips one value of any kind (an unknown field's), checking its
    /// syntax as serde_json does; arrays and objects on a stack of their
    /// closing brackets, not by recursion.
    pub(super) fn skip(&mut self) -> Result<()> {
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
    pub(super) fn key(&mut self) -> Result<()> {
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
