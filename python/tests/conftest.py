"""Shared fixtures: the repository, the CLI binary, the project's own texts."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def cli_binary() -> Path:
    """$WHOSAID_BIN, else the newest of target/{release,debug}/whosaid (built
    with cargo when there is neither)."""
    if os.environ.get("WHOSAID_BIN"):
        return Path(os.environ["WHOSAID_BIN"])
    found = [p for p in (ROOT / "target/release/whosaid", ROOT / "target/debug/whosaid") if p.exists()]
    if not found:
        subprocess.run(["cargo", "build", "--quiet", "--bin", "whosaid"], cwd=ROOT, check=True)
        found = [ROOT / "target/debug/whosaid"]
    return max(found, key=lambda p: p.stat().st_mtime)


def run_cli_jsonl(lines: list[dict], *args: str) -> list[str]:
    """The CLI's --jsonl output lines (without newlines) for these input objects."""
    inp = "".join(json.dumps(x) + "\n" for x in lines).encode()
    out = subprocess.run([str(cli_binary()), "--jsonl", *args], input=inp, capture_output=True, check=True)
    return out.stdout.decode().splitlines()


def own_texts() -> list[tuple[str, str]]:
    """(name, text): the demo's samples (www/samples) and every UTF-8-valid file
    of the fuzz corpus, all written or generated for the project."""
    out = []
    for p in sorted((ROOT / "www/samples").glob("*.txt")):
        out.append((f"samples/{p.name}", p.read_text(encoding="utf-8")))
    for p in sorted((ROOT / "fuzz/corpus").rglob("*")):
        if p.is_file():
            try:
                out.append((f"fuzz/{p.relative_to(ROOT / 'fuzz/corpus')}", p.read_bytes().decode("utf-8")))
            except UnicodeDecodeError:
                pass
    return out


@pytest.fixture(scope="session")
def texts() -> list[tuple[str, str]]:
    t = own_texts()
    kinds = {n.split("/")[0] for n, _ in t}
    assert kinds == {"samples", "fuzz"} and len(t) > 25, "the samples and the fuzz corpus are in the repository"
    return t


@pytest.fixture(scope="session")
def cli_lines(texts) -> list[str]:
    return run_cli_jsonl([{"id": n, "text": t} for n, t in texts], "--threads", "1")


ARTICLE = (
    "The council met on Monday.\n\n"
    "\u201cWe will rebuild the bridge by spring,\u201d Mayor Ana Ruiz said. \u201cNobody will pay more.\u201d\n\n"
    "The council\u2019s finance chair, Tom Eld, said the cost had doubled, according to the minutes.\n"
)
