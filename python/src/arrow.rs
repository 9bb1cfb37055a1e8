//! The attribution and status tables as Arrow columns, built straight into
//! Arrow's buffer layout (validity bitmap, 32-bit offsets, values) so that
//! Python wraps them with `pyarrow.Array.from_buffers` and copies nothing
//! row by row. The rows are `whosaid::export::rows`, the CSV export's.

use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyList};

use whosaid::export::{exact_decimal, rows, Reading, PIECE_JOINER};

/// A nullable Arrow `string` column.
#[derive(Default)]
struct Strings {
    offsets: Vec<i32>,
    data: Vec<u8>,
    valid: Vec<u8>,
    len: usize,
    nulls: usize,
    /// Set when the data outgrew 32-bit offsets; reported by `check`.
    overflow: bool,
}

impl Strings {
    fn new() -> Self {
        Strings {
            offsets: vec![0],
            ..Strings::default()
        }
    }

    fn push(&mut self, s: Option<&str>) {
        self.push_pieces(s.map(|s| [s]).as_ref().map(|a| &a[..]), "");
    }

    /// Pushes the pieces joined by `joiner` (a null for `None`).
    fn push_pieces(&mut self, pieces: Option<&[&str]>, joiner: &str) {
        if self.len % 8 == 0 {
            self.valid.push(0);
        }
        match pieces {
            Some(pieces) => {
                for (i, p) in pieces.iter().enumerate() {
                    if i > 0 {
                        self.data.extend_from_slice(joiner.as_bytes());
                    }
                    self.data.extend_from_slice(p.as_bytes());
                }
                if let Some(last) = self.valid.last_mut() {
                    *last |= 1 << (self.len % 8);
                }
            }
            None => self.nulls += 1,
        }
        let end = i32::try_from(self.data.len()).unwrap_or_else(|_| {
            self.overflow = true;
            i32::MAX
        });
        self.offsets.push(end);
        self.len += 1;
    }
}

/// One column, as Python gets it: (arrow type, length, null count,
/// validity bitmap or None, value buffers).
enum Column {
    Str(Strings),
    I32(Vec<i32>),
    I64(Vec<i64>),
    U32(Vec<u32>),
    F64(Vec<f64>),
}

fn le_bytes<T: Copy, const N: usize>(xs: &[T], f: impl Fn(T) -> [u8; N]) -> Vec<u8> {
    xs.iter().flat_map(|&x| f(x)).collect()
}

impl Column {
    fn into_py<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let bytes = |b: &[u8]| PyBytes::new(py, b).into_any();
        let none = py.None().into_bound(py);
        let (ty, len, nulls, valid, bufs) = match self {
            Column::Str(s) => {
                let valid = if s.nulls > 0 { bytes(&s.valid) } else { none };
                let offsets = le_bytes(&s.offsets, i32::to_le_bytes);
                let bufs = vec![bytes(&offsets), bytes(&s.data)];
                ("string", s.len, s.nulls, valid, bufs)
            }
            Column::I32(v) => (
                "int32",
                v.len(),
                0,
                none,
                vec![bytes(&le_bytes(&v, i32::to_le_bytes))],
            ),
            Column::I64(v) => (
                "int64",
                v.len(),
                0,
                none,
                vec![bytes(&le_bytes(&v, i64::to_le_bytes))],
            ),
            Column::U32(v) => (
                "uint32",
                v.len(),
                0,
                none,
                vec![bytes(&le_bytes(&v, u32::to_le_bytes))],
            ),
            Column::F64(v) => (
                "float64",
                v.len(),
                0,
                none,
                vec![bytes(&le_bytes(&v, f64::to_le_bytes))],
            ),
        };
        (ty, len, nulls, valid, PyList::new(py, bufs)?)
            .into_pyobject(py)
            .map(|t| t.into_any())
    }
}

/// The attribution rows (one per attribution, `doc` the input row) and the
/// status rows (one per input row).
pub struct Tables {
    rows: Vec<(&'static str, Column)>,
    status: Vec<(&'static str, Column)>,
}

/// What the status table says of a null text.
pub const NULL_TEXT: &str = "null text: not analysed";

impl Tables {
    pub fn build(docs: &[Option<String>], readings: &[Option<Reading>]) -> Result<Tables, String> {
        let mut doc = Vec::new();
        let mut attribution = Vec::new();
        let mut kind = Strings::new();
        let mut confidence = Vec::new();
        let (mut cue, mut source, mut content) = (Strings::new(), Strings::new(), Strings::new());
        let (mut content_start, mut content_end) = (Vec::new(), Vec::new());
        let (mut speaker, mut speaker_kind, mut role) =
            (Strings::new(), Strings::new(), Strings::new());
        let (mut entity, mut row_lang) = (Strings::new(), Strings::new());
        let (mut s_lang, mut s_count, mut s_note) = (Strings::new(), Vec::new(), Strings::new());
        for (i, (text, reading)) in docs.iter().zip(readings).enumerate() {
            let (Some(text), Some(reading)) = (text, reading) else {
                s_lang.push(None);
                s_count.push(0);
                s_note.push(Some(NULL_TEXT));
                continue;
            };
            let rs = rows(text, &reading.analysis);
            s_lang.push(Some(&reading.lang));
            s_count.push(i32::try_from(rs.len()).unwrap_or(i32::MAX));
            s_note.push(reading.note.as_deref());
            let i = u32::try_from(i).map_err(|_| "more than 4 billion rows in one batch")?;
            for r in rs {
                doc.push(i);
                attribution.push(i32::try_from(r.attribution).unwrap_or(i32::MAX));
                kind.push(Some(r.kind.as_str()));
                confidence.push(exact_decimal(r.confidence));
                cue.push(r.cue);
                source.push(r.source);
                content.push_pieces(Some(&r.content), PIECE_JOINER);
                content_start.push(i64::try_from(r.content_start).unwrap_or(i64::MAX));
                content_end.push(i64::try_from(r.content_end).unwrap_or(i64::MAX));
                speaker.push(r.speaker.map(|s| s.name.as_str()));
                speaker_kind.push(r.speaker.map(|s| s.kind.as_str()));
                role.push(r.speaker.and_then(|s| s.role.as_deref()));
                entity.push(r.entity);
                row_lang.push(Some(&reading.lang));
            }
        }
        let strings = [
            ("kind", &kind),
            ("cue", &cue),
            ("source", &source),
            ("content", &content),
            ("speaker", &speaker),
            ("speaker_kind", &speaker_kind),
            ("role", &role),
            ("entity", &entity),
            ("lang", &row_lang),
            ("note", &s_note),
        ];
        if let Some((name, _)) = strings.iter().find(|(_, s)| s.overflow) {
            return Err(format!(
                "the column {name:?} outgrew Arrow's 2 GiB string column in one batch; pass smaller batches"
            ));
        }
        Ok(Tables {
            rows: vec![
                ("doc", Column::U32(doc)),
                ("attribution", Column::I32(attribution)),
                ("kind", Column::Str(kind)),
                ("confidence", Column::F64(confidence)),
                ("cue", Column::Str(cue)),
                ("source", Column::Str(source)),
                ("content", Column::Str(content)),
                ("content_start", Column::I64(content_start)),
                ("content_end", Column::I64(content_end)),
                ("speaker", Column::Str(speaker)),
                ("speaker_kind", Column::Str(speaker_kind)),
                ("role", Column::Str(role)),
                ("entity", Column::Str(entity)),
                ("lang", Column::Str(row_lang)),
            ],
            status: vec![
                ("lang", Column::Str(s_lang)),
                ("attributions", Column::I32(s_count)),
                ("note", Column::Str(s_note)),
            ],
        })
    }

    pub fn into_py(self, py: Python<'_>) -> PyResult<(Bound<'_, PyDict>, Bound<'_, PyDict>)> {
        let dict = |cols: Vec<(&'static str, Column)>| -> PyResult<Bound<'_, PyDict>> {
            let d = PyDict::new(py);
            for (name, col) in cols {
                d.set_item(name, col.into_py(py)?)?;
            }
            Ok(d)
        };
        Ok((dict(self.rows)?, dict(self.status)?))
    }
}
