#!/usr/bin/env python3
"""What the predictions miss and add, grouped by the error classes of issue #9.

    scripts/errors.py GOLD.jsonl PRED.jsonl [--summary] [--class NAME] [--limit N]
                                            [--confidence]

Predictions are paired with gold exactly as ../shared/eval/score.py pairs
them (its own functions are imported; WHOSAID_SHARED names another shared
folder). Every unpaired gold attribution (a miss), every unpaired prediction
(an addition) and every pair that is not fully right is put in one class:

  miss/found-elsewhere  a prediction has the gold's cue, but its content paired
                        with another gold or with none, split by why:
      /runs-on          its content holds some of this claim and ran on into
                        a neighbour (often PolNeAR's optional stance), which
                        it paired with instead
      /other-words      its content is other words (the wrong side of the cue,
                        a setting, another quotation)
  miss/hard-subject     indirect speech after a long, coordinated or
                        quantified subject ("Forty percent of …", "both X and Y")
  miss/colon-dash       the cue is a colon or a dash, or the content opens after one
  miss/participle-noun  "…, saying …", "his claim that …", "in a statement …"
  miss/direct           a quotation nobody was credited with
  miss/phrasal          (German) the cue is a phrasal one: "nach", "laut", "zufolge",
                        "so", "demnach" (src/lang/de/phrasal_cues.txt and its classes)
  miss/no-cue-word      no word of the cue is in src/lang/LANG/cues.txt (the
                        predictions' "lang"; a colon aside): "wondered", "quip"
  miss/relative         inside a relative clause: "which he said was …", or the
                        relative word is the source ("…, who noted that …")
  miss/negated          a cue that says nothing was said: "did not mention",
                        "declined to say", "has not commented on"
  miss/topic            the content is a topic or an object, not a claim: a cue
                        ending in a preposition ("asked about", "wrote about"),
                        or fewer than three words ("said yes", "announced his bid")
  miss/content-before   an unquoted content before its cue ("O'Malley's move was
                        first reported by MSNBC"; "…, Cruz said, …" splits)
  miss/coordinated      a cue after "and"/"but" whose subject is further back
  miss/asked            a question put to someone: "Asked on Monday whether …",
                        "was asked what …", "“…?” she asked"
  miss/headline         the cue stands in a title-case headline ("Holt Urges …")
  miss/interrupted      an unquoted claim on both sides of its attribution
                        ("Now, he says, …", "The plan, a source said, is …")
  miss/infinitive       the cue is an infinitive ("to say", "to explain") or
                        follows a modal ("would say", "can ask")
  miss/other            the rest
  wrong-speaker         paired, right cue, another source
  wrong-cue             paired, another cue
  content/runs-past     the content holds all the gold's words and more
  content/stops-short   the content is a part of the gold's
      each of the two split by where the gold ends and the content does not (or
      the other way round), the first that fits:
      /cue-side   one of them has words on both sides of the cue, the other one
                  side only ("X, she said, while Y": the piece across the cue)
      /quote      the extra words are a further quotation, or the edge is at a
                  quotation mark inside the other ("“A,” he said. “B.”")
      /sentence   the extra words cross a sentence end (". The", "; ")
      /and-but    the extra words open with "and", "but", "while", "or"
      /relative   the extra words open with ", which", ", who", ", where", ", when"
      /appositive the extra words open with ", a", ", the", ", an", a dash or "("
      /adjunct    the extra words open with a comma or a preposition or
                  subordinator ("on Monday", ", after …", " because …")
      /front      the extra words are before the other's start
      /inner      the extra words are inside (an appositive PolNeAR cut out)
  content/tail-inside   the content keeps the attribution's own source or cue
  content/shifted       overlapping, neither inside the other
  source/gains-words    the source holds all the gold's words and more
  source/loses-words    the source is a part of the gold's
  source/other          the source overlaps the gold's otherwise
  add/headline-colon    an addition whose cue is a colon
  add/question          an addition whose content is a question
  add/no-source         an addition with no source
  add/other             the rest

The summary prints the count of each class; the listing shows each case with
its text. --confidence prints how often predictions are right per confidence
bucket. A tool for reading errors, not a scorer: the figures are score.py's.
"""
import json
import os
import re
import sys
from collections import Counter, defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import shared_score  # noqa: E402

HERE = shared_score.HERE
score = shared_score.load("errors.py")  # ../shared/eval/score.py: load, normalise, match, same_place

WORD = re.compile(r"\w+")
BUCKETS = ((0.9, 1.01, "[0.9,1.0]"), (0.8, 0.9, "[0.8,0.9)"), (0.0, 0.8, "<0.8"))
NOMINAL = {
    "claim", "claims", "statement", "statements", "suggestion", "assertion", "announcement",
    "remarks", "comments", "comment", "words", "argument", "warning", "promise", "view",
    "views", "message", "report", "letter", "tweet", "tweets", "speech", "interview",
    "testimony", "accusation", "allegation", "allegations", "charge", "insistence",
}
QUANTIFIERS = {
    "another", "several", "some", "many", "most", "both", "all", "few", "half", "majority",
    "none", "each", "percent", "%", "others", "one", "two", "three", "neither", "either",
}


def text_of(text, span):
    return text[span[0]:span[1]] if span else None


def show(text, a):
    src = text_of(text, a.get("source"))
    cue = text_of(text, a.get("cue"))
    content = " … ".join(text[s:e] for s, e in a["content"])
    if len(content) > 130:
        content = content[:130] + "…"
    conf = f" conf {a['confidence']:.2f}" if "confidence" in a else ""
    return f"[{src}] <{cue}> {{{content}}} ({a.get('kind')}{conf})"


def spans(a):
    c = a["content"]
    return [c] if c and all(isinstance(x, int) for x in c) else c


def cue_words(lang="en"):
    """The cue forms of src/lang/LANG/cues.txt (lowercase, flags and a separable
    verb's "PARTICLE|" dropped)."""
    out = set()
    path = os.path.join(HERE, "..", "src", "lang", lang, "cues.txt")
    try:
        lines = open(path, encoding="utf-8").read().splitlines()
    except OSError:
        return out
    for line in lines:
        if line.startswith("#") or ":" not in line:
            continue
        for form in line.split(":", 1)[1].split():
            out.add(form.strip("*!~").lower())
    return out


def phrasal_words(lang):
    """The first words of src/lang/LANG/phrasal_cues.txt and the words of its
    function-word classes post, reportive and attrib ("laut", "nach", "zufolge", "so")."""
    out = set()
    base = os.path.join(HERE, "..", "src", "lang", lang)
    try:
        for line in open(os.path.join(base, "phrasal_cues.txt"), encoding="utf-8"):
            if line.strip() and not line.startswith("#"):
                out.add(line.split()[0].lower())
        for line in open(os.path.join(base, "function_words.txt"), encoding="utf-8"):
            cls, _, words = line.partition(":")
            if cls.strip() in ("post", "reportive", "attrib"):
                out.update(w.lower() for w in words.split())
    except OSError:
        pass
    return out


CUE_WORDS = {"en": cue_words("en"), "de": cue_words("de")}
PHRASAL = {"en": set(), "de": phrasal_words("de")}
# Coordinating words of a long subject, per language.
AND = {"en": {"and"}, "de": {"und", "sowie"}}
RELATIVE = {"which", "that", "who", "whom", "what", "whose"}
NEGATION = {"not", "never", "no", "declined", "refused", "n't", "didn’t", "didn't", "doesn’t",
            "doesn't", "hasn’t", "hasn't", "wouldn’t", "wouldn't", "isn’t", "isn't"}
TOPIC_END = {"about", "of", "on", "for", "to", "at", "against", "with"}


def title_case_line(text, at):
    """Is the line holding offset `at` a title-case headline (most words capitalised)?"""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start:end if end >= 0 else len(text)]
    words = re.findall(r"[^\W\d_][\w’']*", line)
    return 3 <= len(words) <= 30 and sum(w[0].isupper() for w in words) / len(words) > 0.7


def classify_miss(text, g, preds=(), lang="en"):
    cue = (text_of(text, g.get("cue")) or "").strip()
    gc = g["cue"]
    same_cue = [p for p in preds if p.get("cue") and p["cue"][0] < gc[1] and gc[0] < p["cue"][1]]
    if same_cue:
        gold_words = score.tokens(text, spans(g))
        ran_on = any(score.tokens(text, spans(p)) & gold_words for p in same_cue)
        return "miss/found-elsewhere/" + ("runs-on" if ran_on else "other-words")
    cue_words = [w.lower() for w in WORD.findall(cue)]
    start = min(s for s, _ in spans(g))
    before = text[max(0, start - 3):start]
    if not cue_words or cue in ("-", "—", "–") or ":" in before or "—" in before:
        return "miss/colon-dash"
    if any(w.endswith("ing") for w in cue_words) or any(w in NOMINAL for w in cue_words):
        return "miss/participle-noun"
    if cue_words and cue_words[0] in PHRASAL.get(lang, ()):
        return "miss/phrasal"
    if g.get("kind") == "direct":
        return "miss/direct"
    src = text_of(text, g.get("source")) or ""
    sw = [w.lower() for w in WORD.findall(src)]
    if len(sw) > 4 or AND.get(lang, AND["en"]) & set(sw) or any(w in QUANTIFIERS or w.isdigit() for w in sw) \
            or "%" in src or "," in src:
        return "miss/hard-subject"
    raw_words = [w.lower() for w in re.findall(r"[\w’']+", cue)]
    known = CUE_WORDS.get(lang) or CUE_WORDS["en"]
    if known and not any(w in known for w in raw_words):
        return "miss/no-cue-word"
    pieces = sorted(spans(g))
    first = text[pieces[0][0]:pieces[0][1]].strip().lower()
    if sw in (["who"], ["which"], ["that"]) or (first in RELATIVE and pieces[0][1] <= gc[0]):
        return "miss/relative"
    if any(w in NEGATION or w.endswith("n’t") or w.endswith("n't") for w in raw_words):
        return "miss/negated"
    content_words = sum(len(WORD.findall(text[s:e])) for s, e in pieces)
    if (raw_words and raw_words[-1] in TOPIC_END) or content_words < 3:
        return "miss/topic"
    if pieces[-1][1] <= gc[0]:
        return "miss/content-before"
    if re.search(r"\b(and|but)\s+(\w+\s+)?$", text[max(0, gc[0] - 20):gc[0]]):
        return "miss/coordinated"
    if any(w in ("ask", "asked", "asks", "asking") for w in raw_words):
        return "miss/asked"
    if title_case_line(text, gc[0]):
        return "miss/headline"
    if pieces[0][1] <= gc[0] and pieces[-1][0] >= gc[1]:
        return "miss/interrupted"
    modal = {"to", "would", "will", "can", "could", "should", "might", "may", "must"}
    if raw_words and raw_words[0] in modal:
        return "miss/infinitive"
    return "miss/other"


def classify_add(text, p):
    cue = (text_of(text, p.get("cue")) or "").strip()
    if cue == ":" or not WORD.search(cue):
        return "add/headline-colon"
    content = " ".join(text[s:e] for s, e in spans(p)).rstrip(" ”\"’'")
    if content.endswith("?"):
        return "add/question"
    if not p.get("source"):
        return "add/no-source"
    return "add/other"


AND_BUT = {"and", "but", "while", "or", "whereas", "yet"}
RELATIVE_OPEN = {"which", "who", "whom", "whose", "where", "when"}
APPOSITIVE_OPEN = {"a", "an", "the"}
ADJUNCT_OPEN = {
    "on", "in", "at", "after", "before", "as", "for", "during", "since", "despite", "because",
    "until", "with", "without", "by", "from", "to", "though", "although", "if", "unless",
    "referring", "including", "even", "amid", "over", "than", "compared",
}


def boundary(text, small, big):
    """Where the bigger content (big) goes on past the smaller one (small): a sub-class name."""
    ss, bs = sorted(spans(small)), sorted(spans(big))
    cue = small["cue"]
    def both(sp):
        where = {"before" if e <= cue[0] else "after" if s >= cue[1] else "across" for s, e in sp}
        return "across" in where or len(where) == 2
    if both(ss) != both(bs):
        return "cue-side"
    s0, s1 = ss[0][0], ss[-1][1]
    b0, b1 = bs[0][0], bs[-1][1]
    if len(bs) > len(ss) and (bs[-1][0] >= s1 or bs[0][1] <= s0):
        return "quote"
    if b1 > s1 + 1 and WORD.search(text, s1, b1):
        extra = text[s1:b1]
    elif b0 < s0 and WORD.search(text, b0, s0):
        edge = text[max(0, s0 - 2):s0 + 1]
        return "quote" if re.search(r"[“”\"‘’']", edge) else "front"
    else:
        return "inner"
    head = extra.lstrip()
    if re.match(r"[”\"’']", head) or re.search(r"[“”\"‘’']", text[max(0, s1 - 2):s1]):
        return "quote"
    m = re.match(r"[^\w]*", extra)
    lead = m.group(0)
    first = (WORD.match(extra, m.end()) or re.match("", "")).group(0).lower()
    if re.search(r"[.;!?]", lead) or "\n" in lead:
        return "sentence"
    if first in AND_BUT:
        return "and-but"
    if "," in lead and first in RELATIVE_OPEN:
        return "relative"
    if ("," in lead and first in APPOSITIVE_OPEN) or re.search(r"[—–(]|-", lead):
        return "appositive"
    if "," in lead or first in ADJUNCT_OPEN:
        return "adjunct"
    return "other"


def classify_pair(text, g, p, gn, pn):
    """The class of a paired gold g and prediction p (raw and normalised), or None if exact."""
    if not score.same_place(gn, pn, "cue"):
        return "wrong-cue"
    if not score.same_place(gn, pn, "source"):
        return "wrong-speaker"
    gc, pc = gn["content"], pn["content"]
    if gc != pc:
        own = score.tokens(text, [p["cue"]]) | (score.tokens(text, [p["source"]]) if p.get("source") else set())
        if pc & own:
            return "content/tail-inside"
        if pc > gc:
            return "content/runs-past/" + boundary(text, g, p)
        if pc < gc:
            return "content/stops-short/" + boundary(text, p, g)
        return "content/shifted"
    gs, ps = gn["source"], pn["source"]
    if gs != ps:
        if ps > gs:
            return "source/gains-words"
        if ps < gs:
            return "source/loses-words"
        return "source/other"
    return None


def analyse(gold_path, pred_path):
    """Yields (doc_id, text, class, gold or None, prediction or None) for every error, and
    (doc_id, text, "right", g, p) for every fully right pair; plus a confidence record."""
    gold_docs = score.load(gold_path, need_text=True)
    pred_docs = score.load(pred_path, need_text=False)
    out, conf = [], []
    for doc_id, (gdoc, _) in gold_docs.items():
        text = gdoc["text"]
        graw = [a for a in gdoc.get("attributions", []) if a.get("cue") is not None]
        gold = [score.normalise(a, text, f"gold {doc_id} #{k}", True) for k, a in enumerate(graw)]
        pdoc = pred_docs.get(doc_id, ({"attributions": []}, 0))[0]
        lang = pdoc.get("lang") or "en"
        praw = [a for a in pdoc.get("attributions", []) if a.get("cue") is not None]
        pred = [score.normalise(a, text, f"prediction {doc_id} #{k}", False) for k, a in enumerate(praw)]
        keep = [j for j, p in enumerate(pred) if p["content"]]
        praw = [praw[j] for j in keep]
        pred = [pred[j] for j in keep]
        pairs = score.match(gold, pred)
        paired_g = {i for i, _ in pairs}
        paired_p = {j for _, j in pairs}
        for i, g in enumerate(graw):
            if i not in paired_g and not g.get("optional"):
                out.append((doc_id, text, classify_miss(text, g, praw, lang), g, None))
        for j, p in enumerate(praw):
            if j not in paired_p:
                out.append((doc_id, text, classify_add(text, p), None, p))
                conf.append((p.get("confidence"), False, p))
        for i, j in pairs:
            if graw[i].get("optional"):
                continue
            gn, pn = gold[i], pred[j]
            right = score.same_place(gn, pn, "cue") and score.same_place(gn, pn, "source")
            conf.append((praw[j].get("confidence"), right, praw[j]))
            cls = classify_pair(text, graw[i], praw[j], gn, pn)
            if cls:
                out.append((doc_id, text, cls, graw[i], praw[j]))
    return out, conf


def confidence_table(conf):
    """Rows (bucket, count, right share) over the scored predictions."""
    rows = []
    for lo, hi, name in BUCKETS:
        inb = [r for c, r, _ in conf if c is not None and lo <= c < hi]
        rows.append((name, len(inb), sum(inb) / len(inb) if inb else None))
    return rows


def main(argv):
    args = list(argv)
    limit, only = 10**9, None
    if "--limit" in args:
        k = args.index("--limit")
        limit = int(args[k + 1])
        del args[k:k + 2]
    if "--class" in args:
        k = args.index("--class")
        only = args[k + 1]
        del args[k:k + 2]
    flags = {a for a in args if a.startswith("--")}
    files = [a for a in args if not a.startswith("--")]
    if len(files) != 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    try:
        errs, conf = analyse(*files)
    except (score.FormatError, OSError, json.JSONDecodeError) as e:
        print(f"errors.py: {e}", file=sys.stderr)
        return 2
    if "--confidence" in flags:
        for name, n, right in confidence_table(conf):
            share = f"{right:.3f}" if right is not None else "-"
            print(f"confidence {name:10s} {n:5d} right {share}")
        return 0
    counts = Counter(c for _, _, c, _, _ in errs)
    if "--summary" in flags or only is None:
        groups = defaultdict(list)
        for c, n in counts.items():
            groups[c.split("/")[0]].append((c, n))
        for grp in sorted(groups, key=lambda g: -sum(n for _, n in groups[g])):
            print(f"{grp:14s} {sum(n for _, n in groups[grp]):5d}   " +
                  "  ".join(f"{c} {n}" for c, n in sorted(groups[grp], key=lambda x: -x[1])))
        if "--summary" in flags:
            return 0
    shown, last = 0, None
    for doc_id, text, cls, g, p in errs:
        if only and not cls.startswith(only):
            continue
        if doc_id != last:
            print(f"== {doc_id}")
            last = doc_id
        print(f"  {cls}")
        if g:
            print("    gold " + show(text, g))
        if p:
            print("    pred " + show(text, p))
        shown += 1
        if shown >= limit:
            break
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
