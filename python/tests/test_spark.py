"""whosaid.spark in Spark's local mode, and the README's RDD.pipe route."""

from __future__ import annotations

import json
import os
import sys

import pyarrow as pa
import pytest

import whosaid
from conftest import ARTICLE, cli_binary, run_cli_jsonl

pyspark = pytest.importorskip("pyspark", reason="pyspark is installed by scripts/setup-python.sh")


@pytest.fixture(scope="module")
def spark():
    from pyspark.sql import SparkSession

    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    s = (
        SparkSession.builder.master("local[2]")
        .appName("whosaid-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.sql.execution.arrow.maxRecordsPerBatch", "64")
        .getOrCreate()
    )
    s.sparkContext.setLogLevel("ERROR")
    yield s
    s.stop()


def test_attributions_and_status_are_the_arrow_tables(spark, texts):
    import whosaid.spark as ws
    from pyspark.sql import types as T

    rows = [(i, t) for i, (_, t) in enumerate(texts)] + [(len(texts), None)]
    df = spark.createDataFrame(rows, "id long, text string")
    got = ws.attributions(df)
    assert got.schema == ws.schema(T.LongType())
    got = sorted((r.asDict() for r in got.collect()), key=lambda r: (r["id"], r["attribution"]))
    table = pa.table({"id": pa.array([i for i, _ in rows], pa.int64()), "text": [t for _, t in rows]})
    want, want_status = whosaid.attribution_tables(table)
    assert got == want.to_pylist()
    st = sorted((r.asDict() for r in ws.status(df).collect()), key=lambda r: r["id"])
    assert st == want_status.to_pylist()
    assert st[-1]["note"] == "null text: not analysed"


def test_string_ids_other_column_names_and_bad_arguments(spark):
    import whosaid.spark as ws

    df = spark.createDataFrame([("u1", ARTICLE), ("u2", "Nobody spoke.")], "url string, body string")
    got = ws.attributions(df, text_col="body", id_col="url").collect()
    assert {r.id for r in got} == {"u1"} and all(r.lang == "en" for r in got)
    assert ws.attributions(df, "body", "url", lang="fr").count() == 0
    with pytest.raises(KeyError, match="no text column 'text'"):
        ws.attributions(df)
    numbers = spark.createDataFrame([(1, 2)], "id long, text long")
    with pytest.raises(TypeError, match="the text column 'text' must be a string"):
        ws.attributions(numbers)
    with pytest.raises(ValueError, match="lang must be"):
        ws.attributions(df, "body", "url", lang="deutsch")


def test_the_pipe_route_gives_the_cli_output(spark):
    """README "At scale": RDD.pipe over `whosaid --jsonl --threads 1`."""
    lines = [json.dumps({"id": f"d{i}", "text": ARTICLE if i % 2 else "Nobody spoke."}) for i in range(40)]
    sc = spark.sparkContext
    out = sc.parallelize(lines, 4).pipe(f"{cli_binary()} --jsonl --threads 1").collect()
    assert out == run_cli_jsonl([json.loads(x) for x in lines])
