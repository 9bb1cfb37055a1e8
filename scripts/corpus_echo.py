#!/usr/bin/env python3
"""Corpus wording in the project: fails when a string or comment in the
project's sources repeats a run of N words (default 7) of a gold corpus text.

PolNeAR and the German set have no licence: test sentences and examples are
written for the project, never copied. A shared 7-word run is where copying
(or a close paraphrase) shows.

  python3 scripts/corpus_echo.py CORPUS.jsonl [CORPUS.jsonl ...] [--words N]

Reads every file git tracks under src/, tests/, www/, extension/, python/ and
fuzz/ (Rust, JavaScript, Python, HTML, text); in .rs files only string
literals and comments count, in the word lists only their comments. Prints each echo as FILE:LINE and the words.
"""
import json
import re
import subprocess
import sys

args = sys.argv[1:]
n = 7
if "--words" in args:
    i = args.index("--words")
    n = int(args[i + 1])
    del args[i : i + 2]
if not args:
    sys.exit(__doc__)

WORD = re.compile(r"[\w’'.,!?]+")
grams = set()
for path in args:
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            try:
                text = json.loads(line)["text"]
            except (ValueError, KeyError, TypeError) as e:
                sys.exit(f"corpus_echo: {path}:{lineno}: not a JSON line with a text ({e})")
            w = WORD.findall(text)
            for k in range(len(w) - n + 1):
                grams.add(" ".join(w[k : k + n]))

files = subprocess.run(
    ["git", "ls-files", "src", "tests", "www", "extension", "python", "fuzz"],
    capture_output=True, text=True, check=True,
).stdout.split()
files = [f for f in files if re.search(r"\.(rs|js|mjs|py|html|txt)$", f)]
STRING_OR_COMMENT = re.compile(r'[“"]([^"”]{20,})[”"]|//[/!]?(.*)')
echoes = 0
for path in files:
    with open(path, encoding="utf-8", errors="replace") as f:
        for lineno, line in enumerate(f, 1):
            if path.endswith(".rs"):
                parts = [a or b for a, b in STRING_OR_COMMENT.findall(line)]
            elif path.startswith("src/lang/") and path.endswith(".txt"):
                # A list's entries are the language's set phrases ("who spoke
                # on the condition of anonymity"); its comments are ours.
                parts = [line] if line.startswith("#") else []
            else:
                parts = [line]
            for part in parts:
                w = WORD.findall(part)
                hit = next((" ".join(w[k : k + n]) for k in range(len(w) - n + 1) if " ".join(w[k : k + n]) in grams), None)
                if hit:
                    echoes += 1
                    print(f"{path}:{lineno}: {hit}")
                    break
if echoes:
    sys.exit(f"corpus_echo: {echoes} line(s) repeat {n} words of a gold text: write them in the project's own words")
print(f"corpus_echo: no run of {n} words of {len(args)} corpora in {len(files)} files")
