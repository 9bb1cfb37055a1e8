"""whosaid on Spark: one row per attribution of a DataFrame's text column.

:func:`attributions` runs :func:`whosaid.attributions_arrow` on every Arrow
batch of the DataFrame through ``mapInArrow``, one thread per Spark task (Spark
spreads the tasks over the cores). Every executor needs ``whosaid`` and
``pyarrow`` installed: the wheel on the nodes, or a packed virtualenv passed
with ``spark-submit --archives`` (a native wheel cannot go in ``--py-files``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterator

import whosaid

if TYPE_CHECKING:
    import pyarrow
    from pyspark.sql import DataFrame
    from pyspark.sql.types import StructType

__all__ = ["attributions", "status", "schema", "status_schema"]

_SPARK_TYPES = {
    "int32": "IntegerType",
    "int64": "LongType",
    "float64": "DoubleType",
    "string": "StringType",
}
_NOT_NULL = {"attribution", "kind", "confidence", "content", "content_start", "content_end", "lang"}


def _struct(id_type: Any, columns: Any, not_null: set) -> "StructType":
    from pyspark.sql import types as T

    fields = [T.StructField("id", id_type, True)]
    for name, ty in columns:
        fields.append(T.StructField(name, getattr(T, _SPARK_TYPES[ty])(), name not in not_null))
    return T.StructType(fields)


def schema(id_type: Any = None) -> "StructType":
    """The Spark schema of :func:`attributions` for an id column of ``id_type``
    (a ``pyspark.sql.types.DataType``; default ``LongType()``)."""
    from pyspark.sql import types as T

    return _struct(id_type or T.LongType(), whosaid.ROW_COLUMNS, _NOT_NULL)


def status_schema(id_type: Any = None) -> "StructType":
    """The Spark schema of :func:`status` for an id column of ``id_type``."""
    from pyspark.sql import types as T

    return _struct(id_type or T.LongType(), whosaid.STATUS_COLUMNS, {"attributions"})


def _columns(df: "DataFrame", text_col: str, id_col: str) -> Any:
    names = df.columns
    for what, col in (("text", text_col), ("id", id_col)):
        if col not in names:
            raise KeyError(f"whosaid.spark: no {what} column {col!r} (the columns are {names})")
    from pyspark.sql import types as T

    text_type = df.schema[text_col].dataType
    if not isinstance(text_type, T.StringType):
        raise TypeError(f"whosaid.spark: the text column {text_col!r} must be a string, not {text_type}")
    return df.schema[id_col].dataType


def _run(
    df: "DataFrame", text_col: str, id_col: str, lang: str, table: str, out: "StructType"
) -> "DataFrame":
    whosaid.analyze_json("", lang=lang)  # a bad lang fails here, not in a task

    def run(batches: Iterator["pyarrow.RecordBatch"]) -> Iterator["pyarrow.RecordBatch"]:
        import whosaid as ws

        for b in batches:
            tables = ws.attribution_tables(b, text=text_col, id=id_col, lang=lang, threads=1)
            yield getattr(tables, table)

    return df.select(id_col, text_col).mapInArrow(run, out)


def attributions(df: "DataFrame", text_col: str = "text", id_col: str = "id", *, lang: str = "auto") -> "DataFrame":
    """One row per attribution of ``df[text_col]``, keyed by ``df[id_col]``.

    The columns are those of :func:`whosaid.attributions_arrow`: ``id`` (the
    id column's type), ``attribution``, ``kind``, ``confidence``, ``cue``,
    ``source``, ``content``, ``content_start``, ``content_end``, ``speaker``,
    ``speaker_kind``, ``role``, ``entity``, ``lang`` (:func:`schema`). A null
    text, a document without attributions or in a language whosaid does not
    read yet gives no rows; :func:`status` says which.
    """
    id_type = _columns(df, text_col, id_col)
    return _run(df, text_col, id_col, lang, "attributions", schema(id_type))


def status(df: "DataFrame", text_col: str = "text", id_col: str = "id", *, lang: str = "auto") -> "DataFrame":
    """One row per row of ``df``: ``id``, ``lang``, ``attributions`` (how many
    rows :func:`attributions` gives it) and ``note`` (a null text, a language
    not read yet; else null). It analyses the texts again."""
    id_type = _columns(df, text_col, id_col)
    return _run(df, text_col, id_col, lang, "status", status_schema(id_type))
