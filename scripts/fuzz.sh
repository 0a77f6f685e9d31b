#!/usr/bin/env bash
# Runs every libFuzzer target (tests/fuzz, the `fuzz` preset: clang, ASan+UBSan) for a bounded
# time, starting from its seed corpus in the repository. New inputs go to a scratch directory, so
# the repository is not changed; a crash, leak, timeout or sanitizer report fails the run and
# names the input that caused it (add it to tests/fuzz/corpus/NAME/ once fixed: ctest replays
# every corpus file in every build, so it stays a regression test).
# Usage: scripts/fuzz.sh [NAME...]   HMS_FUZZ_SECONDS=10 per target by default.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
seconds="${HMS_FUZZ_SECONDS:-10}"
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target fuzzers
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
    for dir in tests/fuzz/corpus/*/; do names+=("$(basename "$dir")"); done
fi
scratch="${HMS_FUZZ_OUT:-$(mktemp -d)}"
failed=()
for name in "${names[@]}"; do
    mkdir -p "$scratch/$name"
    log="$scratch/$name.log"
    if ASAN_OPTIONS="detect_leaks=1:abort_on_error=1" UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1" \
        "build/fuzz/tests/fuzz/fuzz_$name" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$scratch/$name-" "$scratch/$name" "tests/fuzz/corpus/$name" \
        >"$log" 2>&1; then
        runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
        cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1)
        printf 'fuzz: %-18s ok  %10s runs in %ss, %s\n' "$name" "$runs" "$seconds" "$cov"
    else
        echo "fuzz: $name FAILED; the input: $(ls "$scratch/$name"-* 2>/dev/null | head -1)" >&2
        grep -E "ERROR|SUMMARY|runtime error|#[0-9]+ 0x" "$log" | head -30 >&2 || tail -30 "$log" >&2
        failed+=("$name")
    fi
done
[ ${#failed[@]} -eq 0 ] || { echo "fuzz: failures in ${failed[*]} (logs and inputs in $scratch)" >&2; exit 1; }
