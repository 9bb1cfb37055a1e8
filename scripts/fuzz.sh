#!/usr/bin/env bash
# Fuzz smoke run: every cargo-fuzz target in fuzz/ for SECONDS each (default
# 20), one after the other, one process each. Installs the nightly toolchain
# and cargo-fuzz when they are missing. Exits non-zero when any target
# crashes, hangs (10 s per input) or runs out of memory; the failing input is
# left in fuzz/artifacts/<target>/ and the end of the log is printed.
#
# The committed corpus (fuzz/corpus/<target>/) is read, never written: new
# inputs go to fuzz/target/smoke-corpus/<target>/. Longer runs by hand:
#   cargo +nightly fuzz run engine -- -max_total_time=600 -timeout=10 -rss_limit_mb=4096 -max_len=65536
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_EACH="${1:-20}"
case "$SECONDS_EACH" in
'' | *[!0-9]*)
    echo "usage: scripts/fuzz.sh [SECONDS]" >&2
    exit 2
    ;;
esac

if ! rustup toolchain list | grep -q '^nightly'; then
    rustup toolchain install nightly --profile minimal
fi
if ! cargo +nightly fuzz --version >/dev/null 2>&1; then
    cargo install cargo-fuzz
fi

cargo +nightly fuzz build

failed=()
for target in $(cargo +nightly fuzz list); do
    fresh="fuzz/target/smoke-corpus/$target"
    mkdir -p "$fresh" "fuzz/corpus/$target" "fuzz/artifacts/$target"
    log="fuzz/target/smoke-$target.log"
    extra=()
    case "$target" in
    engine) extra=(-max_len=65536 -dict=fuzz/dict/news.dict) ;;
    quotes) extra=(-max_len=16384) ;;
    esac
    printf '== fuzz %s for %ss\n' "$target" "$SECONDS_EACH"
    if cargo +nightly fuzz run "$target" "$fresh" "fuzz/corpus/$target" -- \
        -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=4096 \
        -print_final_stats=1 "${extra[@]}" >"$log" 2>&1; then
        grep -E '^#[0-9]+ +DONE|^Done [0-9]+ runs' "$log" || tail -n 3 "$log"
    else
        failed+=("$target")
        echo "!! $target failed; the end of $log:"
        tail -n 80 "$log"
    fi
done

if [ "${#failed[@]}" -gt 0 ]; then
    echo "fuzz: FAILED: ${failed[*]} (inputs in fuzz/artifacts/)" >&2
    exit 1
fi
echo "fuzz: every target ran ${SECONDS_EACH}s without a crash"
