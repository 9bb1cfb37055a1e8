"""Throughput of the Python package against the CLI, per core (a benchmark,
not a test: it prints figures and checks nothing).

    python python/bench/throughput.py [--texts N] [--no-spark]

The texts are PolNeAR train's paragraphs (../shared/corpus/polnear/train.jsonl),
else written-dev's, else the demo samples' (www/samples), repeated up to N.
Every figure is texts/s on one core: `whosaid --jsonl --threads 1`,
analyze_many_json(threads=1), attributions_arrow(threads=1), and the Spark
job in local[1] mode after Spark's start-up (its second run). The issue's
targets: attributions_arrow >= 80% of the CLI, Spark >= 50%.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("WHOSAID_SHARED", ROOT.parent / "shared"))


def paragraphs(n: int) -> tuple[str, list[str]]:
    for name in ("corpus/polnear/train.jsonl", "corpus/written-dev.jsonl"):
        p = SHARED / name
        if p.exists():
            texts = [
                para.strip()
                for line in p.read_text(encoding="utf-8").splitlines()
                if line.strip()
                for para in json.loads(line)["text"].split("\n\n")
                if para.strip()
            ]
            break
    else:
        name = "www/samples"
        texts = [
            para.strip()
            for f in sorted((ROOT / "www/samples").glob("*.txt"))
            for para in f.read_text(encoding="utf-8").split("\n\n")
            if para.strip()
        ]
    out = (texts * (n // len(texts) + 1))[:n]
    return name, out


def best(f, runs: int = 3) -> float:
    """The fastest of `runs` timings of f(), in seconds."""
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        f()
        times.append(time.perf_counter() - t)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--texts", type=int, default=20000)
    ap.add_argument("--no-spark", action="store_true")
    args = ap.parse_args()

    import pyarrow as pa

    import whosaid

    source, texts = paragraphs(args.texts)
    n = len(texts)
    mb = sum(len(t.encode()) for t in texts) / 1e6
    print(f"{n} texts ({mb:.1f} MB) from {source}; texts/s on one core, best of 3")

    cli = ROOT / "target/release/whosaid"
    subprocess.run(["cargo", "build", "--release", "--quiet", "--bin", "whosaid"], cwd=ROOT, check=True)
    inp = "".join(json.dumps({"id": str(i), "text": t}) + "\n" for i, t in enumerate(texts)).encode()
    t_cli = best(lambda: subprocess.run([str(cli), "--jsonl", "--threads", "1"], input=inp, capture_output=True, check=True))
    table = pa.table({"id": list(range(n)), "text": texts})
    figures = {
        "whosaid --jsonl --threads 1": t_cli,
        "analyze_many_json(threads=1)": best(lambda: whosaid.analyze_many_json(texts, threads=1)),
        "analyze_many(threads=1) (dicts)": best(lambda: whosaid.analyze_many(texts, threads=1)),
        "attributions_arrow(threads=1)": best(lambda: whosaid.attributions_arrow(table, threads=1)),
    }
    if not args.no_spark:
        figures["Spark mapInArrow, local[1]"] = spark_seconds(texts)
    base = n / t_cli
    for name, secs in figures.items():
        rate = n / secs
        print(f"  {name:34s} {rate:9.0f} texts/s  {rate / base:6.0%} of the CLI")
    cores = os.cpu_count() or 1
    t_all = best(lambda: whosaid.analyze_many_json(texts))
    print(f"  (analyze_many_json on all {cores} cores: {n / t_all:.0f} texts/s)")


def spark_seconds(texts: list[str]) -> float:
    os.environ["PYSPARK_PYTHON"] = sys.executable
    from pyspark.sql import SparkSession

    import whosaid.spark

    spark = (
        SparkSession.builder.master("local[1]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.execution.arrow.maxRecordsPerBatch", "10000")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    df = spark.createDataFrame(list(enumerate(texts)), "id long, text string").cache()
    df.count()

    def job():
        whosaid.spark.attributions(df).write.format("noop").mode("overwrite").save()

    job()  # start-up: the Python workers, the first batches
    secs = best(job, runs=2)
    spark.stop()
    return secs


if __name__ == "__main__":
    main()
