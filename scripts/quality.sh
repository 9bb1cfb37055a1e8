#!/usr/bin/env bash
# The quality gate: runs the CLI over the gold sets in ../shared/corpus and
# scores them with ../shared/eval/score.py, and the extension over the saved
# real pages (tests/e2e/smoke-pages.test.mjs); fails under the targets.
#   scripts/quality.sh            gate (exit 1 under a threshold)
#   scripts/quality.sh --report   print the figures, never fail
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${WHOSAID_SHARED:-../shared}
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
# set  min_f1  min_p  min_entity
check() {
  local name=$1 gold=$2 min_f1=$3 min_p=$4 min_ent=$5
  ./target/release/whosaid --jsonl < "$gold" > "$out/$name.jsonl"
  python3 "$SHARED/eval/score.py" "$gold" "$out/$name.jsonl" --json > "$out/$name.score.json"
  python3 - "$out/$name.score.json" "$name" "$min_f1" "$min_p" "$min_ent" "$report" <<'PY' || fail=1
import json, sys
path, name, min_f1, min_p, min_ent, report = sys.argv[1:]
s = json.load(open(path))
a = s["attribution"]
ent = s.get("entity_accuracy")
if isinstance(ent, dict):
    ent = ent.get("accuracy", ent.get("acc"))
rk = s.get("recall_by_kind", {})
kinds = " ".join(f"{k} {v:.2f}" if isinstance(v, float) else f"{k} {v}" for k, v in rk.items())
print(f"{name:12s} F1 {a['f1']:.4f}  P {a['p']:.4f}  R {a['r']:.4f}  entity {ent}  recall by kind: {kinds}")
bad = []
if a["f1"] < float(min_f1): bad.append(f"F1 {a['f1']:.4f} < {min_f1}")
if a["p"] < float(min_p): bad.append(f"P {a['p']:.4f} < {min_p}")
if ent is not None and float(min_ent) > 0 and float(ent) < float(min_ent): bad.append(f"entity {ent} < {min_ent}")
if bad and report != "1":
    print(f"  {name}: under target: " + "; ".join(bad))
    sys.exit(1)
PY
}
check seed "$SHARED/corpus/seed.jsonl" "${SEED_F1:-1.0}" "${SEED_P:-1.0}" "${SEED_ENT:-1.0}"
check written-dev "$SHARED/corpus/written-dev.jsonl" "${DEV_F1:-0.90}" 0 "${DEV_ENT:-0.85}"
check polnear-dev "$SHARED/corpus/polnear/dev.jsonl" "${POLNEAR_F1:-0.80}" "${POLNEAR_P:-0.88}" 0
# The saved real pages, in Chromium and Firefox (skips in one line without $SHARED/pages).
if [ -d "$SHARED/pages" ]; then
  WHOSAID_SHARED="$SHARED" node --test --test-concurrency=1 tests/e2e/smoke-pages.test.mjs || fail=1
else
  echo "quality: $SHARED/pages not found; the saved-real-pages smoke run skipped"
fi
if [ $fail -ne 0 ] && [ $report -ne 1 ]; then
  echo "quality: under target (figures above; scored files in $out)"
  exit 1
fi
echo "quality: done"
