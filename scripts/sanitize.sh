#!/usr/bin/env bash
# The engine under sanitizers; CI runs this after the tests (scripts/test.sh).
#   asan  ASan+UBSan (gcc): every engine test and every fuzz target's corpus replay (ctest -L engine)
#   tsan  TSan (gcc): the tests that run the engine's threads in one process (ctest -L threaded)
#   fuzz  every libFuzzer target for HMS_FUZZ_SECONDS (default 10) under ASan+UBSan (clang)
# Usage: scripts/sanitize.sh [asan] [tsan] [fuzz]   (default: all three). Any finding fails it.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
steps=("$@")
[ ${#steps[@]} -eq 0 ] && steps=(asan tsan fuzz)
export QT_QPA_PLATFORM=offscreen LANGUAGE=en
for step in "${steps[@]}"; do
    case $step in
    asan)
        cmake --preset asan >/dev/null
        cmake --build --preset asan --target engine_tests
        ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1" \
        LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0" \
        UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
            ctest --preset asan -L engine --output-on-failure -j2
        ;;
    tsan)
        cmake --preset tsan >/dev/null
        cmake --build --preset tsan --target threaded_tests
        TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1:suppressions=$PWD/tests/sanitizers/tsan.supp" \
            ctest --preset tsan -L threaded --output-on-failure
        ;;
    fuzz)
        scripts/fuzz.sh
        ;;
    *)
        echo "sanitize: unknown step \"$step\" (asan, tsan, fuzz)" >&2
        exit 2
        ;;
    esac
done
