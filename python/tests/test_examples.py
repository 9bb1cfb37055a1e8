"""The README's Python, Polars and DuckDB examples, run as written."""

from __future__ import annotations

import re

import pytest

from conftest import ROOT


def readme_examples() -> dict[str, str]:
    """The README's ```python blocks whose first line is `# example: NAME`."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    out = {}
    for block in re.findall(r"```python\n(.*?)```", text, re.S):
        m = re.match(r"# example: (\S+)\n", block)
        if m:
            out[m.group(1)] = block
    return out


EXAMPLES = readme_examples()


def test_the_readme_has_the_examples():
    assert {"python", "arrow", "polars", "duckdb"} <= set(EXAMPLES), sorted(EXAMPLES)


@pytest.mark.parametrize("name", sorted(n for n in EXAMPLES if not n.startswith("spark")))
def test_readme_example_runs(name, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    exec(compile(EXAMPLES[name], f"README.md:{name}", "exec"), {"__name__": f"example_{name}"})
