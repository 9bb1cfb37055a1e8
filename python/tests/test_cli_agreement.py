"""The package and the CLI write the same records, byte for byte, on the
project's own texts (www/samples and the fuzz corpus's UTF-8-valid files)."""

from __future__ import annotations

import json

import whosaid


def test_analyze_json_is_the_cli_line_byte_for_byte(texts, cli_lines):
    assert len(cli_lines) == len(texts)
    for (name, text), line in zip(texts, cli_lines):
        assert whosaid.analyze_json(text, id=name) == line, name


def test_analyze_many_json_is_the_cli_output_in_order(texts, cli_lines):
    many = whosaid.analyze_many_json([t for _, t in texts], threads=2)
    for (name, _), mine, line in zip(texts, many, cli_lines):
        assert mine.startswith('{"id":"",')
        assert '{"id":' + json.dumps(name, ensure_ascii=False, separators=(",", ":")) + "," + mine[len('{"id":"",'):] == line, name


def test_analyze_many_is_the_cli_record(texts, cli_lines):
    many = whosaid.analyze_many([t for _, t in texts])
    for (name, _), mine, line in zip(texts, many, cli_lines):
        assert {**mine, "id": name} == json.loads(line), name


def test_the_cli_and_the_package_agree_on_a_language_they_do_not_read(texts):
    from conftest import run_cli_jsonl

    some = texts[:5]
    lines = run_cli_jsonl([{"id": n, "text": t} for n, t in some], "--lang", "fr")
    assert [whosaid.analyze_json(t, id=n, lang="fr") for n, t in some] == lines
