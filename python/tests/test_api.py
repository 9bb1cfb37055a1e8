"""The dict and JSON API: records, languages, threads, and bad input."""

from __future__ import annotations

import json
import threading
import time

import pytest

import whosaid
from conftest import ARTICLE, ROOT


def test_analyze_gives_the_record_with_code_point_offsets():
    text = "\u00c9t\u00e9 \U0001f600. " + ARTICLE  # non-BMP and accented letters before the quotes
    r = whosaid.analyze(text, id="a1")
    assert r["id"] == "a1" and r["lang"] == "en" and "note" not in r
    assert set(r) == {"id", "lang", "attributions", "speakers"}
    assert len(r["attributions"]) >= 2
    for a in r["attributions"]:
        if a["cue"]:
            assert text[a["cue"][0] : a["cue"][1]] == a["cue_text"]
        if a["source"]:
            assert text[a["source"][0] : a["source"][1]] == a["source_text"]
        for (s, e), piece in zip(a["content"], a["content_text"]):
            assert text[s:e] == piece
        assert a["speaker"] is None or 0 <= a["speaker"] < len(r["speakers"])
    names = [s["name"] for s in r["speakers"]]
    assert "Ana Ruiz" in names and "Tom Eld" in names
    ruiz = r["speakers"][names.index("Ana Ruiz")]
    assert ruiz["kind"] == "person" and ruiz["attributions"]


def test_confidences_are_exact_decimals():
    for r in whosaid.analyze_many([ARTICLE, "Officials said the plan would cost more."]):
        for a in r["attributions"]:
            c = a["confidence"]
            assert 0 < c <= 1
            assert repr(c) == repr(round(c, 4)), f"{c!r} is not a short decimal"


def test_analyze_json_is_the_dict_as_json():
    assert json.loads(whosaid.analyze_json(ARTICLE, id="x")) == whosaid.analyze(ARTICLE, id="x")
    assert whosaid.analyze_json("", id="e", lang="en") == '{"id":"e","lang":"en","attributions":[],"speakers":[]}'
    # With "auto", a text too short to tell says so and is read as English.
    assert json.loads(whosaid.analyze_json("", id="e"))["note"].startswith("The language was not detected")


def test_lang_auto_and_en_read_english_and_other_codes_give_a_note():
    assert whosaid.LANGUAGES == ["en", "de"]
    auto, en, upper = (whosaid.analyze(ARTICLE, lang=lang) for lang in ("auto", "en", "EN"))
    assert auto == en == upper and en["lang"] == "en"
    for lang in ("fr", "es"):
        r = whosaid.analyze(ARTICLE, lang=lang)
        assert (r["lang"], r["attributions"], r["speakers"]) == (lang, [], [])
        assert r["note"].endswith(": whosaid reads English and German.")
    many = whosaid.analyze_many([ARTICLE, ARTICLE], lang="fr")
    assert [m["lang"] for m in many] == ["fr", "fr"]
    for bad in ("english", "e", "", "auto "):
        with pytest.raises(ValueError, match=r"lang must be \"auto\" or a two-letter ISO 639-1 code"):
            whosaid.analyze(ARTICLE, lang=bad)


def test_analyze_many_keeps_input_order_on_any_thread_count():
    texts = [f"\u201cPlan {i} is ready,\u201d the mayor said." if i % 3 else "No one spoke." for i in range(300)]
    one = whosaid.analyze_many_json(texts, threads=1)
    assert [json.loads(j) for j in one] == [whosaid.analyze(t) for t in texts]
    for threads in (None, 2, 7):
        assert whosaid.analyze_many_json(texts, threads=threads) == one
    assert [json.loads(j) for j in one] == whosaid.analyze_many(texts, threads=3)
    assert whosaid.analyze_many(iter(texts[:5])) == whosaid.analyze_many(tuple(texts[:5]))
    assert whosaid.analyze_many([]) == [] and whosaid.analyze_many_json([]) == []


def test_analyze_many_releases_the_gil():
    texts = [ARTICLE] * 20000  # about a second of work on one core
    done = threading.Event()

    def work():
        whosaid.analyze_many_json(texts, threads=1)
        done.set()

    t = threading.Thread(target=work)
    ticks = 0
    start = time.perf_counter()
    t.start()
    while not done.is_set():
        ticks += 1
        time.sleep(0.001)
    t.join()
    took = time.perf_counter() - start
    # With the GIL held for the whole call this thread could not run at all:
    # one tick before the call, one after.
    assert took > 0.1 and ticks >= 10, f"{ticks} ticks in {took:.3f} s"


@pytest.mark.parametrize("func", [whosaid.analyze_many, whosaid.analyze_many_json])
def test_a_non_str_item_is_a_type_error_naming_its_index_before_any_work(func):
    with pytest.raises(TypeError, match=r"texts\[2\] must be a str, not int"):
        func(["a", "b", 3, "d"])
    with pytest.raises(TypeError, match=r"texts\[0\] must be a str, not NoneType"):
        func([None])
    with pytest.raises(TypeError, match=r"texts\[1\] must be a str, not bytes"):
        func(["a", b"b"])
    with pytest.raises(TypeError, match="not a single str"):
        func("one text")
    with pytest.raises(TypeError, match="iterable of str, not int"):
        func(5)
    with pytest.raises(ValueError, match="threads must be a positive int"):
        func(["a"], threads=0)

    seen = []

    def items():
        for i in range(1000):
            seen.append(i)
            yield "fine" if i < 999 else 42

    with pytest.raises(TypeError, match=r"texts\[999\]"):
        func(items())
    assert len(seen) == 1000  # every item was checked; the error came before any analysis


def test_analyze_rejects_non_str():
    with pytest.raises(TypeError, match="analyze_json: text must be a str, not int"):
        whosaid.analyze(5)
    with pytest.raises(TypeError, match="analyze_json: text must be a str, not bytes"):
        whosaid.analyze_json(b"bytes")


def test_a_lone_surrogate_is_a_value_error_naming_where_it_is():
    with pytest.raises(ValueError, match=r"texts\[1\] has a lone surrogate U\+DC80 at index 3") as e:
        whosaid.analyze_many(["fine", "abc\udc80def"])
    assert isinstance(e.value.__cause__, UnicodeEncodeError)
    with pytest.raises(ValueError, match=r"text has a lone surrogate U\+D800 at index 0"):
        whosaid.analyze_json("\ud800 said the mayor")
    # A surrogate pair written as one code point is an ordinary character.
    assert whosaid.analyze("\U0001f600")["attributions"] == []


def test_nul_is_analysed_as_the_cli_analyses_it():
    from conftest import run_cli_jsonl

    text = "\u201cWe will\x00 rebuild,\u201d the mayor said.\x00"
    assert whosaid.analyze_json(text, id="n") == run_cli_jsonl([{"id": "n", "text": text}])[0]
    a = whosaid.analyze(text)["attributions"][0]
    assert a["content_text"] == ["We will\x00 rebuild"]


def test_version_is_the_crates_one_number():
    import importlib.metadata
    import re

    def cargo_version(path):
        m = re.search(r'^version = "([^"]+)"', (ROOT / path).read_text(), re.M)
        return m.group(1)

    v = cargo_version("Cargo.toml")
    assert whosaid.__version__ == v
    assert cargo_version("python/Cargo.toml") == v, "python/Cargo.toml's version is the main crate's"
    assert importlib.metadata.version("whosaid") == v
    manifest = json.loads((ROOT / "extension/manifest.json").read_text())
    assert manifest["version"] == v


def test_the_stub_lists_every_public_name():
    stub = (ROOT / "python/whosaid/__init__.pyi").read_text()
    for name in whosaid.__all__:
        assert re.search(rf"\b{name}\b", stub), name
    assert (ROOT / "python/whosaid/py.typed").exists()
    for f in (whosaid.analyze, whosaid.analyze_json, whosaid.analyze_many, whosaid.analyze_many_json,
              whosaid.attributions_arrow, whosaid.attribution_tables):
        assert f.__doc__ and len(f.__doc__) > 80, f.__name__
    import inspect

    assert list(inspect.signature(whosaid.analyze_many).parameters) == ["texts", "threads", "lang"]
    assert list(inspect.signature(whosaid.analyze).parameters) == ["text", "lang", "id"]


import re  # noqa: E402  (used by the stub test)
