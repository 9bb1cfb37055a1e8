"""The quality gate's Python check (scripts/quality.sh; needs ../shared):
whosaid.analyze_many_json writes the CLI's --jsonl records byte for byte on
the gold sets, and attributions_arrow has one row per attribution of them.

    python corpus_agreement.py CLI GOLD.jsonl...
"""

from __future__ import annotations

import json
import subprocess
import sys

import pyarrow as pa

import whosaid


def check(cli: str, path: str) -> list[str]:
    docs = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                d = json.loads(line)
                docs.append((str(d["id"]), d["text"]))
    inp = "".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in docs).encode()
    cli_lines = subprocess.run([cli, "--jsonl"], input=inp, capture_output=True, check=True).stdout.decode().splitlines()
    mine = whosaid.analyze_many_json([t for _, t in docs])
    bad = []
    if len(cli_lines) != len(docs):
        bad.append(f"{path}: the CLI wrote {len(cli_lines)} lines for {len(docs)} documents")
    for (i, _), m, c in zip(docs, mine, cli_lines):
        m = '{"id":' + json.dumps(i, ensure_ascii=False) + "," + m[len('{"id":"",') :]
        if m != c:
            bad.append(f"{path}: {i}: the package's record differs from the CLI's")
    rows, status = whosaid.attribution_tables(pa.table({"id": [i for i, _ in docs], "text": [t for _, t in docs]}))
    want = sum(len(json.loads(c)["attributions"]) for c in cli_lines)
    if rows.num_rows != want or status.num_rows != len(docs):
        bad.append(f"{path}: attributions_arrow gave {rows.num_rows} rows for {want} attributions")
    print(f"python agreement: {path}: {len(docs)} records, {want} attribution rows, {len(bad)} differences")
    return bad


def main() -> int:
    cli, *paths = sys.argv[1:]
    bad = [b for p in paths for b in check(cli, p)]
    for b in bad[:20]:
        print("  " + b)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
