"""attributions_arrow / attribution_tables: the schema, the rows, the status table."""

from __future__ import annotations

import json

import pyarrow as pa
import pytest

import whosaid
from conftest import ARTICLE

ROW_SCHEMA = pa.schema(
    [
        ("id", pa.int64()),
        ("attribution", pa.int32()),
        ("kind", pa.string()),
        ("confidence", pa.float64()),
        ("cue", pa.string()),
        ("source", pa.string()),
        ("content", pa.string()),
        ("content_start", pa.int64()),
        ("content_end", pa.int64()),
        ("speaker", pa.string()),
        ("speaker_kind", pa.string()),
        ("role", pa.string()),
        ("entity", pa.string()),
        ("lang", pa.string()),
    ]
)
STATUS_SCHEMA = pa.schema(
    [("id", pa.int64()), ("lang", pa.string()), ("attributions", pa.int32()), ("note", pa.string())]
)


def test_the_schema_is_the_documented_one():
    t = pa.table({"id": [7], "text": [ARTICLE]})
    rows, status = whosaid.attribution_tables(t)
    assert rows.schema.equals(ROW_SCHEMA), rows.schema
    assert status.schema.equals(STATUS_SCHEMA), status.schema
    assert [f.name for f in ROW_SCHEMA][1:] == [c for c, _ in whosaid.ROW_COLUMNS]
    assert isinstance(whosaid.attributions_arrow(t), pa.RecordBatch)


def rows_from_records(names, texts, lines):
    """What the attribution table must hold, built from the CLI's records."""
    out = []
    for name, text, line in zip(names, texts, lines):
        r = json.loads(line)
        for i, a in enumerate(r["attributions"]):
            sp = r["speakers"][a["speaker"]] if a["speaker"] is not None else None
            ent = a.get("entity")
            out.append(
                {
                    "id": name,
                    "attribution": i,
                    "kind": a["kind"],
                    "confidence": a["confidence"],
                    "cue": a["cue_text"],
                    "source": a["source_text"],
                    "content": whosaid.PIECE_JOINER.join(a["content_text"]),
                    "content_start": a["content"][0][0],
                    "content_end": a["content"][0][1],
                    "speaker": sp and sp["name"],
                    "speaker_kind": sp and sp["kind"],
                    "role": sp and sp["role"],
                    "entity": text[ent[0] : ent[1]] if ent else None,
                    "lang": r["lang"],
                }
            )
    return out


def test_one_row_per_attribution_as_the_cli_record_says(texts, cli_lines):
    names = [n for n, _ in texts]
    tt = [t for _, t in texts]
    table = pa.table({"name": names, "body": tt})
    rows, status = whosaid.attribution_tables(table, text="body", id="name", threads=2)
    assert rows.to_pylist() == rows_from_records(names, tt, cli_lines)
    assert rows.num_rows > 40 and rows.column("entity").null_count < rows.num_rows
    counts = [len(json.loads(line)["attributions"]) for line in cli_lines]
    assert status.to_pylist() == [
        {"id": n, "lang": json.loads(line)["lang"], "attributions": c, "note": json.loads(line).get("note")}
        for n, c, line in zip(names, counts, cli_lines)
    ]
    # Batches of any size and chunking give the same rows.
    chunked = pa.Table.from_batches(table.to_batches(max_chunksize=7))
    assert whosaid.attributions_arrow(chunked, text="body", id="name", threads=1).equals(rows)


def test_null_texts_and_unread_languages_give_no_rows_and_a_status_note():
    t = pa.table({"id": ["a", "b", "c"], "text": [ARTICLE, None, "Nothing was said here."]})
    rows, status = whosaid.attribution_tables(t, lang="en")
    assert set(rows.column("id").to_pylist()) == {"a"}
    st = status.to_pylist()
    assert st[1] == {"id": "b", "lang": None, "attributions": 0, "note": "null text: not analysed"}
    assert st[2] == {"id": "c", "lang": "en", "attributions": 0, "note": None}
    assert st[0]["attributions"] == rows.num_rows > 0
    rows_de, status_de = whosaid.attribution_tables(t, lang="fr")
    assert rows_de.num_rows == 0 and rows_de.schema.equals(rows.schema)
    assert [s["lang"] for s in status_de.to_pylist()] == ["fr", None, "fr"]
    assert status_de.column("note")[0].as_py() == "This article is in French: whosaid reads English and German."


def test_ids_keep_their_type_and_id_none_numbers_the_rows():
    texts = [ARTICLE, "Nobody spoke.", ARTICLE]
    for ids, ty in (([10, 20, 30], pa.int32()), (["x", "y", "z"], pa.large_string()), ([1.5, 2.5, 3.5], pa.float64())):
        rows = whosaid.attributions_arrow(pa.table({"id": pa.array(ids, ty), "text": texts}))
        assert rows.schema.field("id").type == ty
        assert set(rows.column("id").to_pylist()) == {ids[0], ids[2]}
    rows = whosaid.attributions_arrow(pa.table({"text": texts}), id=None)
    assert rows.schema.field("id").type == pa.int64()
    assert set(rows.column("id").to_pylist()) == {0, 2}


def test_large_string_and_empty_input():
    big = pa.table({"id": [1], "text": pa.array([ARTICLE], pa.large_string())})
    small = pa.table({"id": [1], "text": [ARTICLE]})
    assert whosaid.attributions_arrow(big).equals(whosaid.attributions_arrow(small))
    empty = pa.table({"id": pa.array([], pa.int64()), "text": pa.array([], pa.string())})
    rows, status = whosaid.attribution_tables(empty)
    assert rows.num_rows == 0 and status.num_rows == 0 and rows.schema.equals(ROW_SCHEMA)


def test_bad_input_names_what_is_wrong():
    t = pa.table({"id": [1], "text": [ARTICLE]})
    with pytest.raises(KeyError, match=r"no text column 'body' \(the columns are \['id', 'text'\]\)"):
        whosaid.attributions_arrow(t, text="body")
    with pytest.raises(KeyError, match="no id column 'doc'"):
        whosaid.attributions_arrow(t, id="doc")
    with pytest.raises(TypeError, match="the text column 'id' must hold strings, not int64"):
        whosaid.attributions_arrow(t, text="id", id=None)
    with pytest.raises(TypeError, match="must be a pyarrow.RecordBatch or pyarrow.Table, not dict"):
        whosaid.attributions_arrow({"id": [1], "text": ["x"]})
    with pytest.raises(ValueError, match="attribution_tables: lang must be"):
        whosaid.attributions_arrow(t, lang="german")
