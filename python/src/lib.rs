//! `whosaid._whosaid`: the native half of the Python package. Every record
//! comes from `whosaid::export` (the CLI's serializer); this file only moves
//! Python values in and out, releases the GIL while the engine runs, and
//! lays rows out as Arrow buffers for `whosaid.attribution_tables`.

use pyo3::exceptions::{PyTypeError, PyUnicodeEncodeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString};

use whosaid::export::{analyze_record, read, Lang};

mod arrow;
mod par;

/// The language argument, or a ValueError naming the function.
fn lang_arg(func: &str, lang: &str) -> PyResult<Lang> {
    Lang::parse(lang).map_err(|e| PyValueError::new_err(format!("{func}: {e}")))
}

fn threads_arg(func: &str, threads: Option<i64>) -> PyResult<usize> {
    match threads {
        None => Ok(std::thread::available_parallelism().map_or(1, |n| n.get())),
        Some(n) if n >= 1 => Ok(usize::try_from(n).unwrap_or(usize::MAX).min(1024)),
        Some(n) => Err(PyValueError::new_err(format!(
            "{func}: threads must be a positive int or None, not {n}"
        ))),
    }
}

/// `obj` as Rust text, or the error a caller can act on: a TypeError for a
/// non-str, a ValueError naming the index of a lone surrogate (which UTF-8,
/// and so the CLI's input, cannot hold). `what` names the argument
/// ("text", "texts[3]").
fn text_arg(func: &str, what: &dyn Fn() -> String, obj: &Bound<'_, PyAny>) -> PyResult<String> {
    let Ok(s) = obj.cast::<PyString>() else {
        let ty = obj
            .get_type()
            .name()
            .map_or_else(|_| "?".to_string(), |n| n.to_string());
        return Err(PyTypeError::new_err(format!(
            "{func}: {} must be a str, not {ty}",
            what()
        )));
    };
    match s.to_cow() {
        Ok(t) => Ok(t.into_owned()),
        Err(e) if e.is_instance_of::<PyUnicodeEncodeError>(obj.py()) => {
            let at = e
                .value(obj.py())
                .getattr("start")
                .and_then(|v| v.extract::<usize>())
                .unwrap_or(0);
            // The surrogate itself, for the message: ord(text[at]).
            let cp = obj
                .py()
                .import("builtins")
                .and_then(|b| b.getattr("ord"))
                .and_then(|ord| ord.call1((s.get_item(at)?,)))
                .and_then(|v| v.extract::<u32>())
                .unwrap_or(0xD800);
            let err = PyValueError::new_err(format!(
                "{func}: {} has a lone surrogate U+{cp:04X} at index {at}; whosaid reads \
                 Unicode text, as the CLI reads UTF-8 (clean it first, e.g. \
                 text.encode('utf-8', 'replace').decode('utf-8'))",
                what()
            ));
            err.set_cause(obj.py(), Some(e));
            Err(err)
        }
        Err(e) => Err(e),
    }
}

fn texts_arg(func: &str, texts: &Bound<'_, PyAny>) -> PyResult<Vec<String>> {
    if texts.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(format!(
            "{func}: texts must be an iterable of str, not a single str (use analyze for one text)"
        )));
    }
    let iter = texts.try_iter().map_err(|_| {
        PyTypeError::new_err(format!(
            "{func}: texts must be an iterable of str, not {}",
            texts
                .get_type()
                .name()
                .map_or_else(|_| "?".to_string(), |n| n.to_string())
        ))
    })?;
    let mut out = Vec::with_capacity(texts.len().unwrap_or(0));
    for (i, item) in iter.enumerate() {
        out.push(text_arg(func, &|| format!("texts[{i}]"), &item?)?);
    }
    Ok(out)
}

fn record_json(id: &str, text: &str, lang: Lang) -> String {
    // A Record is strings, numbers and lists: serde_json cannot fail on it.
    serde_json::to_string(&analyze_record(id, text, lang)).unwrap_or_default()
}

/// The records of `texts` as JSON, in input order, with the GIL released.
fn many_json(py: Python<'_>, texts: &[String], lang: Lang, threads: usize) -> Vec<String> {
    py.detach(|| par::map(texts, threads, |t| record_json("", t, lang)))
}

fn json_loads<'py>(py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
    py.import("json")?.getattr("loads")
}

/// The record of one `whosaid --jsonl` output line for `text`, as a dict:
/// `id`, `lang`, `attributions` (cue, source, content spans in code points
/// — Python string indices — kind, entity, confidence, the texts, speaker
/// index) and `speakers` (name, kind, role, mentions, attributions), plus
/// `note` when the analysis is empty because whosaid does not read `lang`
/// yet, or when "auto" could not detect the language (too short) and read
/// it as English.
///
/// Raises TypeError for a non-str, ValueError for a lone surrogate (naming
/// its index) or a lang that is neither "auto" nor a two-letter code.
#[pyfunction]
#[pyo3(signature = (text, *, lang = "auto", id = ""))]
fn analyze<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyAny>,
    lang: &str,
    id: &str,
) -> PyResult<Bound<'py, PyAny>> {
    let json = analyze_json(py, text, lang, id)?;
    json_loads(py)?.call1((json,))
}

/// `analyze` as the JSON text of the CLI's `--jsonl` line, byte for byte
/// (without the newline): the fast path, since building dicts costs more
/// than the analysis.
#[pyfunction]
#[pyo3(signature = (text, *, lang = "auto", id = ""))]
fn analyze_json(py: Python<'_>, text: &Bound<'_, PyAny>, lang: &str, id: &str) -> PyResult<String> {
    let lang = lang_arg("analyze_json", lang)?;
    let text = text_arg("analyze_json", &|| "text".to_string(), text)?;
    let id = id.to_string();
    Ok(py.detach(move || record_json(&id, &text, lang)))
}

/// `analyze` over an iterable of str, in parallel (`threads` workers,
/// default every core) with the GIL released; the records come back in
/// input order, each with id "" (the caller holds the ids: zip them).
///
/// Every item is checked before any work: a non-str item raises TypeError
/// naming its index ("texts[3] must be a str, not int"), a lone surrogate
/// ValueError naming the item and the index in it.
#[pyfunction]
#[pyo3(signature = (texts, *, threads = None, lang = "auto"))]
fn analyze_many<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    threads: Option<i64>,
    lang: &str,
) -> PyResult<Bound<'py, PyList>> {
    let lang = lang_arg("analyze_many", lang)?;
    let threads = threads_arg("analyze_many", threads)?;
    let texts = texts_arg("analyze_many", texts)?;
    let loads = json_loads(py)?;
    let out = PyList::empty(py);
    for j in many_json(py, &texts, lang, threads) {
        out.append(loads.call1((j,))?)?;
    }
    Ok(out)
}

/// `analyze_many` with each record as its `--jsonl` JSON text: the fast
/// path for many texts.
#[pyfunction]
#[pyo3(signature = (texts, *, threads = None, lang = "auto"))]
fn analyze_many_json<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    threads: Option<i64>,
    lang: &str,
) -> PyResult<Bound<'py, PyList>> {
    let lang = lang_arg("analyze_many_json", lang)?;
    let threads = threads_arg("analyze_many_json", threads)?;
    let texts = texts_arg("analyze_many_json", texts)?;
    PyList::new(py, many_json(py, &texts, lang, threads))
}

/// The columns behind `whosaid.attribution_tables`, as Arrow buffers:
/// each value is (arrow type name, length, null count, [buffers]). `texts`
/// is a list of str or None (a null text: no rows, a status note).
#[pyfunction]
#[pyo3(signature = (texts, lang, threads))]
fn _tables<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyList>,
    lang: &str,
    threads: Option<i64>,
) -> PyResult<(Bound<'py, PyDict>, Bound<'py, PyDict>)> {
    let func = "attribution_tables";
    let lang = lang_arg(func, lang)?;
    let threads = threads_arg(func, threads)?;
    let mut docs: Vec<Option<String>> = Vec::with_capacity(texts.len());
    for (i, item) in texts.iter().enumerate() {
        docs.push(if item.is_none() {
            None
        } else {
            Some(text_arg(func, &|| format!("row {i}'s text"), &item)?)
        });
    }
    let tables = py.detach(|| {
        let readings = par::map(&docs, threads, |t| t.as_deref().map(|t| read(t, lang)));
        arrow::Tables::build(&docs, &readings)
    });
    let tables = tables.map_err(|e| PyValueError::new_err(format!("{func}: {e}")))?;
    tables.into_py(py)
}

/// The native half of whosaid's Python package; use the `whosaid` module.
#[pymodule]
fn _whosaid(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", whosaid::VERSION)?;
    m.add("LANGUAGES", whosaid::export::LANGUAGES.to_vec())?;
    m.add("PIECE_JOINER", whosaid::export::PIECE_JOINER)?;
    m.add_function(wrap_pyfunction!(analyze, m)?)?;
    m.add_function(wrap_pyfunction!(analyze_json, m)?)?;
    m.add_function(wrap_pyfunction!(analyze_many, m)?)?;
    m.add_function(wrap_pyfunction!(analyze_many_json, m)?)?;
    m.add_function(wrap_pyfunction!(_tables, m)?)?;
    Ok(())
}
