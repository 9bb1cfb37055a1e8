#!/usr/bin/env python3
"""Lists what the predictions miss and what they add, per document.

    scripts/errors.py GOLD.jsonl PRED.jsonl [--limit N] [--only missed|extra]

Pairs predictions with gold the way ../shared/eval/score.py does (greatest
content-word overlap first) and prints, with the text, each gold attribution
not matched (MISS), each prediction not matched (EXTRA), and each pair whose
source or cue differ (BAD). A tool for reading errors, not a scorer.
"""
import json
import re
import sys

WORD = re.compile(r"\w+")


def toks(text, spans):
    return {m.start() for s, e in spans for m in WORD.finditer(text, s, e)}


def show(text, a):
    src = text[a["source"][0]:a["source"][1]] if a.get("source") else None
    cue = text[a["cue"][0]:a["cue"][1]] if a.get("cue") else None
    content = " … ".join(text[s:e] for s, e in a["content"])
    if len(content) > 110:
        content = content[:110] + "…"
    return f"[{src}] <{cue}> {{{content}}} ({a.get('kind')})"


def main():
    args = sys.argv[1:]
    limit = 10**9
    only = None
    if "--limit" in args:
        k = args.index("--limit")
        limit = int(args[k + 1])
        del args[k:k + 2]
    if "--only" in args:
        k = args.index("--only")
        only = args[k + 1]
        del args[k:k + 2]
    gold = {d["id"]: d for d in map(json.loads, open(args[0]))}
    pred = {d["id"]: d for d in map(json.loads, open(args[1]))}
    shown = 0
    for doc_id, g in gold.items():
        text = g["text"]
        ga = [a for a in g["attributions"] if a.get("cue")]
        pa = [a for a in pred.get(doc_id, {}).get("attributions", []) if a.get("cue")]
        cands = []
        for i, x in enumerate(ga):
            tx = toks(text, x["content"])
            for j, y in enumerate(pa):
                ov = len(tx & toks(text, y["content"]))
                if ov:
                    cands.append((-ov, i, j))
        cands.sort()
        ug, up, pairs = set(), set(), []
        for _, i, j in cands:
            if i not in ug and j not in up:
                ug.add(i); up.add(j); pairs.append((i, j))
        lines = []
        for i, x in enumerate(ga):
            if i not in ug and not x.get("optional") and only in (None, "missed"):
                lines.append("  MISS  " + show(text, x))
        for j, y in enumerate(pa):
            if j not in up and only in (None, "extra"):
                lines.append("  EXTRA " + show(text, y))
        for i, j in pairs:
            x, y = ga[i], pa[j]
            if x.get("optional"):
                continue
            src_ok = (not x.get("source") and not y.get("source")) or (x.get("source") and y.get("source") and toks(text, [x["source"]]) & toks(text, [y["source"]]))
            cue_ok = toks(text, [x["cue"]]) & toks(text, [y["cue"]]) or x["cue"] == y["cue"]
            if (not src_ok or not cue_ok) and only is None:
                lines.append("  BAD   gold " + show(text, x) + "\n        pred " + show(text, y))
        if lines:
            print(f"== {doc_id}")
            print("\n".join(lines))
            shown += len(lines)
            if shown >= limit:
                break


if __name__ == "__main__":
    main()
