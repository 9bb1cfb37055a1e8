"""whosaid: who said what in the news — sources, cues and claims, found locally.

The engine is the Rust crate the ``whosaid`` CLI and the browser extension run;
every record here is the record of one ``whosaid --jsonl`` output line, made by
the same code. Offsets are in code points: Python string indices.

>>> import whosaid
>>> r = whosaid.analyze("\u201cWe will rebuild,\u201d the mayor said.")
>>> a = r["attributions"][0]
>>> a["source_text"], a["cue_text"], a["content_text"], r["lang"]
('the mayor', 'said', ['We will rebuild'], 'en')

Functions: :func:`analyze`, :func:`analyze_json`, :func:`analyze_many`,
:func:`analyze_many_json`, and with pyarrow installed (``pip install
whosaid[arrow]``) :func:`attributions_arrow` and :func:`attribution_tables`.
:mod:`whosaid.spark` runs the Arrow function on a Spark DataFrame.

``lang`` is ``"auto"`` (the default) or an ISO 639-1 code; whosaid reads
:data:`LANGUAGES` (``["en", "de"]`` today). A code it does not read yet gives an
empty analysis whose record has a ``note``, not an error.

Text with a lone surrogate (``"\\ud800"``, which UTF-8 cannot hold) raises
ValueError naming where it is; the CLI refuses such a line too. NUL and every
other code point are analysed as the CLI analyses them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NamedTuple, Optional

from ._whosaid import (
    LANGUAGES,
    PIECE_JOINER,
    __version__,
    _tables,
    analyze,
    analyze_json,
    analyze_many,
    analyze_many_json,
)

if TYPE_CHECKING:
    import pyarrow

__all__ = [
    "LANGUAGES",
    "PIECE_JOINER",
    "ROW_COLUMNS",
    "STATUS_COLUMNS",
    "Tables",
    "__version__",
    "analyze",
    "analyze_json",
    "analyze_many",
    "analyze_many_json",
    "attribution_tables",
    "attributions_arrow",
]

#: The attribution table's columns after ``id``, in order, with their Arrow types.
ROW_COLUMNS = (
    ("attribution", "int32"),
    ("kind", "string"),
    ("confidence", "float64"),
    ("cue", "string"),
    ("source", "string"),
    ("content", "string"),
    ("content_start", "int64"),
    ("content_end", "int64"),
    ("speaker", "string"),
    ("speaker_kind", "string"),
    ("role", "string"),
    ("entity", "string"),
    ("lang", "string"),
)

#: The status table's columns after ``id``, in order, with their Arrow types.
STATUS_COLUMNS = (
    ("lang", "string"),
    ("attributions", "int32"),
    ("note", "string"),
)


class Tables(NamedTuple):
    """What :func:`attribution_tables` returns."""

    #: One row per attribution (see :func:`attributions_arrow`).
    attributions: "pyarrow.RecordBatch"
    #: One row per input row: id, lang, attributions (a count), note.
    status: "pyarrow.RecordBatch"


def _pyarrow() -> Any:
    try:
        import pyarrow
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise ImportError(
            "whosaid's Arrow functions need pyarrow: pip install 'whosaid[arrow]' "
            "(or pip install pyarrow)"
        ) from e
    return pyarrow


def _array(pa: Any, spec: Any) -> Any:
    """One column from the native half: (type, length, null count, validity, buffers)."""
    ty, n, nulls, validity, bufs = spec
    buffers = [None if validity is None else pa.py_buffer(validity)]
    buffers += [pa.py_buffer(b) for b in bufs]
    return pa.Array.from_buffers(getattr(pa, ty)(), n, buffers, null_count=nulls)


def attribution_tables(
    data: "pyarrow.RecordBatch | pyarrow.Table",
    *,
    text: str = "text",
    id: Optional[str] = "id",
    lang: str = "auto",
    threads: Optional[int] = None,
) -> Tables:
    """Analyse an Arrow table's text column: the attributions and a status table.

    ``data`` is a ``pyarrow.RecordBatch`` or ``pyarrow.Table`` with a string
    column ``text`` and, unless ``id=None``, an id column ``id`` of any type
    (``id=None`` numbers the rows from 0, as int64). The texts are analysed in
    parallel (``threads`` workers, default every core) with the GIL released.

    Returns ``Tables(attributions, status)``:

    - ``attributions``: one row per attribution, columns ``id`` (the input's
      type), then :data:`ROW_COLUMNS`: ``attribution`` (its index in the
      document), ``kind`` (direct, indirect, mixed), ``confidence``, ``cue``,
      ``source`` and ``content`` as written (a content in several pieces joined
      by " … "), ``content_start`` / ``content_end`` (code points of the first
      piece, as the CSV export), ``speaker`` (the resolved name),
      ``speaker_kind`` (person, anonymous, organisation, document, unknown),
      ``role``, ``entity`` (the mention naming the speaker best), ``lang``.
      Nullable: cue, source, speaker, speaker_kind, role, entity.
    - ``status``: one row per input row, columns ``id``, ``lang`` (null for a
      null text), ``attributions`` (how many rows it gave) and ``note`` (why
      a document gave none for a reason other than its text: a null text, a
      language whosaid does not read yet; or that its language could not be
      detected, the text too short, and it was read as English; else null). Nothing disappears
      without a row here.

    Raises KeyError for a missing column, TypeError for a text column that is
    not a string column or data that is not a RecordBatch/Table.
    """
    pa = _pyarrow()
    if isinstance(data, pa.RecordBatch):
        table = pa.Table.from_batches([data])
    elif isinstance(data, pa.Table):
        table = data
    else:
        raise TypeError(
            "attribution_tables: data must be a pyarrow.RecordBatch or pyarrow.Table, "
            f"not {type(data).__name__}"
        )
    names = table.column_names
    for what, col in (("text", text), ("id", id)):
        if col is not None and col not in names:
            raise KeyError(
                f"attribution_tables: no {what} column {col!r} (the columns are {names})"
            )
    texts = table.column(text)
    if not (
        pa.types.is_string(texts.type)
        or pa.types.is_large_string(texts.type)
        or (hasattr(pa.types, "is_string_view") and pa.types.is_string_view(texts.type))
    ):
        raise TypeError(
            f"attribution_tables: the text column {text!r} must hold strings, not {texts.type}"
        )
    rows, status = _tables(texts.to_pylist(), lang, threads)
    n = table.num_rows
    if id is None:
        ids = pa.array(range(n), pa.int64())
    else:
        ids = table.column(id).combine_chunks()
    doc = _array(pa, rows.pop("doc"))
    row_arrays = [ids.take(doc)] + [_array(pa, rows[name]) for name, _ in ROW_COLUMNS]
    status_arrays = [ids] + [_array(pa, status[name]) for name, _ in STATUS_COLUMNS]
    return Tables(
        pa.RecordBatch.from_arrays(row_arrays, names=["id"] + [c for c, _ in ROW_COLUMNS]),
        pa.RecordBatch.from_arrays(status_arrays, names=["id"] + [c for c, _ in STATUS_COLUMNS]),
    )


def attributions_arrow(
    data: "pyarrow.RecordBatch | pyarrow.Table",
    *,
    text: str = "text",
    id: Optional[str] = "id",
    lang: str = "auto",
    threads: Optional[int] = None,
) -> "pyarrow.RecordBatch":
    """One row per attribution of an Arrow table's text column, as a RecordBatch.

    The ``attributions`` table of :func:`attribution_tables` (see it for the
    columns and arguments). A document with no attribution, a null text or a
    language whosaid does not read yet gives no rows; :func:`attribution_tables`
    also returns the status table that says which.
    """
    return attribution_tables(data, text=text, id=id, lang=lang, threads=threads).attributions
