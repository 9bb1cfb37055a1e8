#!/usr/bin/env bash
# The quality gate: runs the CLI over the gold sets in ../shared/corpus and
# scores them with ../shared/eval/score.py, and the extension over the saved
# real pages (tests/e2e/smoke-pages.test.mjs); fails under the targets.
#   scripts/quality.sh            gate (exit 1 under a threshold)
#   scripts/quality.sh --report   print the figures, never fail
# Per set: attribution F1 / P / R, content_exact and source_exact F1, entity
# accuracy, recall by kind, and how often attributions are right in each
# confidence bucket (scripts/errors.py --confidence pairs them as score.py does).
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${WHOSAID_SHARED:-../shared}
export WHOSAID_SHARED=$SHARED
report=0
[ "${1:-}" = "--report" ] && report=1
if [ ! -d "$SHARED/corpus" ]; then
  echo "quality: $SHARED/corpus not found; skipping the quality gate (the project's own tests still ran)"
  exit 0
fi
cargo build --release --quiet --bin whosaid
out=${WHOSAID_OUT:-target/quality}
mkdir -p "$out"
fail=0
# The project's own words: PolNeAR and the German set have no licence, so no
# string or comment in the sources repeats 7 words of one of their texts.
python3 scripts/corpus_echo.py "$SHARED"/corpus/polnear/*.jsonl "$SHARED"/corpus/german/*.jsonl || fail=1
# check NAME GOLD key=min ...   (keys: f1 p exact src ent c90 c80, and rd ri rm: recall of
# direct / indirect / mixed attributions; 0 or absent: not gated)
check() {
  local name=$1 gold=$2
  shift 2
  ./target/release/whosaid --jsonl < "$gold" > "$out/$name.jsonl"
  python3 "$SHARED/eval/score.py" "$gold" "$out/$name.jsonl" --json > "$out/$name.score.json"
  python3 scripts/errors.py "$gold" "$out/$name.jsonl" --confidence > "$out/$name.confidence.txt"
  python3 - "$out/$name.score.json" "$out/$name.confidence.txt" "$name" "$report" "$@" <<'PY' || fail=1
import sys, json
path, conf_path, name, report, *mins = sys.argv[1:]
mins = dict(m.split("=") for m in mins)
s = json.load(open(path))
a = s["attribution"]
ent = s.get("entity_accuracy")
ce, se = s["content_exact"]["f1"], s["source_exact"]["f1"]
rk = s.get("recall_by_kind", {})
kinds = " ".join(f"{k} {v:.2f}" if isinstance(v, float) else f"{k} -" for k, v in rk.items())
ent_s = f"{ent:.3f}" if ent is not None else "-"
print(f"{name:13s} F1 {a['f1']:.4f}  P {a['p']:.4f}  R {a['r']:.4f}  content_exact {ce:.4f}  "
      f"source_exact {se:.4f}  entity {ent_s}  recall by kind: {kinds}")
conf = {}
for line in open(conf_path):
    _, bucket, n, _, right = line.split()
    conf[bucket] = (int(n), None if right == "-" else float(right))
print(" " * 14 + "confidence: " + "  ".join(
    f"{b} n {n} right {r:.3f}" if r is not None else f"{b} n {n}" for b, (n, r) in conf.items()))
got = {"f1": a["f1"], "p": a["p"], "exact": ce, "src": se, "ent": ent,
       "c90": conf.get("[0.9,1.0]", (0, None))[1], "c80": conf.get("[0.8,0.9)", (0, None))[1],
       "rd": rk.get("direct"), "ri": rk.get("indirect"), "rm": rk.get("mixed")}
bad = [f"{k} {got[k]:.4f} < {v}" for k, v in mins.items()
       if float(v) > 0 and got[k] is not None and got[k] < float(v)]
if bad and report != "1":
    print(f"  {name}: under target: " + "; ".join(bad))
    sys.exit(1)
PY
}
check seed "$SHARED/corpus/seed.jsonl" f1="${SEED_F1:-1.0}" p="${SEED_P:-1.0}" ent="${SEED_ENT:-1.0}" exact="${SEED_EXACT:-1.0}"
check written-dev "$SHARED/corpus/written-dev.jsonl" f1="${DEV_F1:-0.99}" ent="${DEV_ENT:-0.96}"
check polnear-dev "$SHARED/corpus/polnear/dev.jsonl" f1="${POLNEAR_F1:-0.928}" p="${POLNEAR_P:-0.963}" \
  exact="${POLNEAR_EXACT:-0.815}" src="${POLNEAR_SRC:-0.804}" c90="${POLNEAR_C90:-0.97}" c80="${POLNEAR_C80:-0.92}" \
  rd="${POLNEAR_RD:-0.972}" ri="${POLNEAR_RI:-0.853}" rm="${POLNEAR_RM:-0.946}"
if [ -f "$SHARED/corpus/polnear/train.jsonl" ]; then
  check polnear-train "$SHARED/corpus/polnear/train.jsonl" f1="${TRAIN_F1:-0.889}" \
    exact="${TRAIN_EXACT:-0.780}" src="${TRAIN_SRC:-0.739}"
fi
# German (issue #13): dev gated at the figures reached, train reported (the check against tuning to dev).
if [ -f "$SHARED/corpus/german/dev.jsonl" ]; then
  check german-dev "$SHARED/corpus/german/dev.jsonl" f1="${GERMAN_F1:-0.760}" p="${GERMAN_P:-0.855}" \
    exact="${GERMAN_EXACT:-0.718}" src="${GERMAN_SRC:-0.655}" c90="${GERMAN_C90:-0.97}" c80="${GERMAN_C80:-0.92}" \
    rd="${GERMAN_RD:-0.758}" ri="${GERMAN_RI:-0.75}" rm="${GERMAN_RM:-0.70}"
  [ -f "$SHARED/corpus/german/train.jsonl" ] && check german-train "$SHARED/corpus/german/train.jsonl"
fi
# The saved real pages, in Chromium and Firefox (skips in one line without $SHARED/pages).
if [ -d "$SHARED/pages" ]; then
  WHOSAID_SHARED="$SHARED" node --test --test-concurrency=1 tests/e2e/smoke-pages.test.mjs || fail=1
else
  echo "quality: $SHARED/pages not found; the saved-real-pages smoke run skipped"
fi
# Language detection (issue #13): every article of every gold set is read in
# its own language; an article too short to tell (the CLI's "not detected"
# note) may fall back to English, a confident wrong answer fails. German is
# read as "de" (an empty analysis with a note until the German pack lands).
langcheck() {
  local want=$1
  shift
  for gold in "$@"; do
    [ -f "$gold" ] || continue
    ./target/release/whosaid --jsonl < "$gold" | python3 -c '
import sys, json
want, gold, report = sys.argv[1:]
n = wrong = weak = 0
for line in sys.stdin:
    r = json.loads(line)
    n += 1
    if "not detected" in (r.get("note") or ""):
        weak += 1
    elif r["lang"] != want:
        wrong += 1
        print("  %s: %s read as %s, not %s" % (gold, r["id"], r["lang"], want))
print(f"lang {want} {gold}: {n} articles, {n - wrong - weak} detected, {weak} too short to tell, {wrong} wrong")
sys.exit(1 if wrong and report != "1" else 0)
' "$want" "$gold" "$report" || fail=1
  done
}
langcheck en "$SHARED/corpus/seed.jsonl" "$SHARED/corpus/written-dev.jsonl" \
  "$SHARED/corpus/polnear/dev.jsonl" "$SHARED/corpus/polnear/train.jsonl"
langcheck de "$SHARED/corpus/german/dev.jsonl" "$SHARED/corpus/german/train.jsonl"
if [ $fail -ne 0 ] && [ $report -ne 1 ]; then
  echo "quality: under target (figures above; scored files in $out)"
  exit 1
fi
echo "quality: done"

# --- The Python package agrees with the CLI on the gold sets (issue 12) ---
# Its records byte for byte, and one Arrow row per attribution. Not in
# --report mode, which only prints figures.
if [ $report -ne 1 ]; then
  py="$(bash scripts/build-python.sh | tail -n 1)"
  "$py" python/tests/corpus_agreement.py ./target/release/whosaid \
    "$SHARED/corpus/written-dev.jsonl" "$SHARED/corpus/polnear/dev.jsonl"
fi
