#!/usr/bin/env python3
"""How many source mismatches are a gold convention and how many are errors (issue #9).

    scripts/source_split.py GOLD.jsonl PRED.jsonl [--list CLASS] [--limit N]

Pairs predictions with gold as ../shared/eval/score.py does (its own functions
are imported, as in errors.py) and looks at every scored pair whose source is
not token-exact. A mismatch is a *convention* when the prediction's source is
the start of the gold's and the gold's extra words follow the prediction's head
as a post-modifier that /work/shared/corpus/GUIDELINES.md leaves out of a
source ("without appositives or relative clauses"; the NP is "its determiner
and pre-modifiers"):

  convention/appositive   ", the Republican attorney general of Oklahoma,"
  convention/relative     ", who heads …", "that …"
  convention/prepositional "for the Southern Front", "at the institute"
  convention/participle   "based in Chicago", "familiar with the talks"

Everything else is an *error* by the guidelines:

  error/cut-inside        the gold goes on inside the NP ("two Democratic" for
                          "two Democratic speechwriters"), with a title's "of",
                          a coordinated title, a parenthesised name, …
  error/loses-front       the gold has words before the prediction's first
  error/gains-words       the prediction holds the gold's and more
  error/no-source         one side has no source
  error/wrong-speaker     no word in common
  error/other             overlapping otherwise

Prints the counts, the source_exact F1 as scored, and the ceiling: the F1 if
every convention-only mismatch counted as exact. --list CLASS (a prefix)
prints those cases.
"""
import os
import re
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import shared_score  # noqa: E402

score = shared_score.load("source_split.py")  # ../shared/eval/score.py

WORD = re.compile(r"\w+")
RELATIVE = {"who", "whom", "whose", "which", "that", "where"}
PREPOSITIONS = {
    "for", "at", "with", "from", "in", "on", "of", "to", "by", "within", "inside", "under",
    "behind", "close", "near", "among", "across", "around", "outside", "representing",
}
# Adjectives that head a post-modifier ("officials familiar with …").
POST_ADJECTIVES = {"familiar", "close", "knowledgeable", "opposed", "loyal", "allied", "responsible"}
# Titles whose "of" belongs to them: "the secretary of state" keeps "of state".
TITLE_OF = {
    "secretary", "minister", "ministry", "department", "director", "chairman", "chair", "head",
    "chief", "president", "governor", "mayor", "speaker", "leader", "member", "members", "attorney",
    "commissioner", "editor", "professor", "dean", "house", "chamber", "board", "office",
    "council", "committee", "bureau", "university", "college", "school", "institute", "court",
    "federation", "association", "union", "league", "party", "general", "prime", "deputy",
}

DETERMINERS = {"the", "a", "an", "this", "that", "its", "his", "her", "their", "our"}
QUANTITY = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "some", "many", "most", "all", "none", "half", "raft", "number", "majority", "each"}
NAME_LINKS = {"to", "for", "of", "on"}
# Heads of an organisation's name that go on with a preposition and capitals.
ORG_HEADS = {
    "alliance", "committee", "center", "centre", "institute", "council", "association",
    "foundation", "coalition", "league", "union", "federation", "society", "campaign", "fund",
    "network", "project", "commission", "agency", "department", "ministry", "office", "board",
    "bureau", "citizens", "americans", "friends", "partnership", "movement", "organization",
}


def first_word(s):
    m = WORD.search(s)
    return m.group(0).lower() if m else ""


def classify(text, g, p, gn, pn):
    gs, ps = gn["source"], pn["source"]
    if not gs or not ps:
        return "error/no-source"
    if not gs & ps:
        return "error/wrong-speaker"
    if ps > gs:
        return "error/gains-words"
    if not ps < gs:
        return "error/other"
    if min(gs) < min(ps):
        return "error/loses-front"
    p_end = p["source"][1]
    g_end = g["source"][1]
    extra = text[p_end:g_end]
    lead = re.match(r"[^\w]*", extra).group(0)
    word = first_word(extra)
    head = WORD.findall(text[p["source"][0]:p_end])
    head_cap = bool(head) and head[-1][:1].isupper()
    head = head[-1].lower() if head else ""
    if "(" in lead:
        return "error/cut-inside"
    if "," in lead or "—" in lead or "–" in lead:
        if word in RELATIVE:
            return "convention/relative"
        if word in ("and", "or"):
            return "error/cut-inside"
        return "convention/appositive"
    if word in RELATIVE:
        return "convention/relative"
    after = WORD.findall(extra)[1:2]
    after = after[0] if after else ""
    if word == "of" and (head.isdigit() or head in QUANTITY):
        return "error/cut-inside"  # a partitive: "eight of 10 voters"
    if word == "of" and head in TITLE_OF and after.lower() not in DETERMINERS:
        return "error/cut-inside"  # a title with its "of": "secretary of state"
    if word in NAME_LINKS and head_cap and head in ORG_HEADS and after[:1].isupper():
        return "error/cut-inside"  # a name: "Alliance to Reclaim Our Schools"
    if word in PREPOSITIONS:
        return "convention/prepositional"
    if word.endswith("ed") or word.endswith("ing") or word in POST_ADJECTIVES:
        return "convention/participle"
    return "error/cut-inside"


def analyse(gold_path, pred_path):
    gold_docs = score.load(gold_path, need_text=True)
    pred_docs = score.load(pred_path, need_text=False)
    out, n_gold, n_pred, exact = [], 0, 0, 0
    for doc_id, (gdoc, _) in gold_docs.items():
        text = gdoc["text"]
        graw = [a for a in gdoc.get("attributions", []) if a.get("cue") is not None]
        gold = [score.normalise(a, text, f"gold {doc_id}", True) for a in graw]
        pdoc = pred_docs.get(doc_id, ({"attributions": []}, 0))[0]
        praw = [a for a in pdoc.get("attributions", []) if a.get("cue") is not None]
        pred = [score.normalise(a, text, f"prediction {doc_id}", False) for a in praw]
        keep = [j for j, p in enumerate(pred) if p["content"]]
        praw, pred = [praw[j] for j in keep], [pred[j] for j in keep]
        pairs = score.match(gold, pred)
        dropped = sum(1 for i, _ in pairs if graw[i].get("optional"))
        n_gold += sum(1 for a in graw if not a.get("optional"))
        n_pred += len(pred) - dropped
        for i, j in pairs:
            if graw[i].get("optional"):
                continue
            if gold[i]["source"] == pred[j]["source"]:
                exact += 1
                continue
            out.append((doc_id, text, classify(text, graw[i], praw[j], gold[i], pred[j]), graw[i], praw[j]))
    return out, n_gold, n_pred, exact


def f1(tp, n_pred, n_gold):
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def span_text(text, a):
    return text[a["source"][0]:a["source"][1]] if a.get("source") else None


def main(argv):
    args = list(argv)
    only, limit = None, 10**9
    if "--list" in args:
        k = args.index("--list")
        only = args[k + 1]
        del args[k:k + 2]
    if "--limit" in args:
        k = args.index("--limit")
        limit = int(args[k + 1])
        del args[k:k + 2]
    if len(args) != 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    out, n_gold, n_pred, exact = analyse(*args)
    if only:
        for doc_id, text, cls, g, p in [o for o in out if o[2].startswith(only)][:limit]:
            ctx_s = min(g["source"][0] if g.get("source") else g["cue"][0],
                        p["source"][0] if p.get("source") else p["cue"][0])
            print(f"{cls} {doc_id}\n  gold [{span_text(text, g)}]\n  pred [{span_text(text, p)}]"
                  f"\n  text …{text[max(0, ctx_s - 40):ctx_s + 160]!r}")
        return 0
    counts = Counter(c for _, _, c, _, _ in out)
    conv = sum(n for c, n in counts.items() if c.startswith("convention"))
    err = sum(n for c, n in counts.items() if c.startswith("error"))
    print(f"pairs with a source mismatch {len(out)}: convention {conv}, error {err}")
    for c, n in sorted(counts.items(), key=lambda x: (x[0].split("/")[0], -x[1])):
        print(f"  {c:26s} {n:5d}")
    print(f"source_exact F1 {f1(exact, n_pred, n_gold):.4f} ({exact} exact; predicted {n_pred}, gold {n_gold})")
    print(f"ceiling (conventions exact) {f1(exact + conv, n_pred, n_gold):.4f} ({exact + conv} exact)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
