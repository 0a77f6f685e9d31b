#!/usr/bin/env bash
# Quick start, command two: the same set-up, then the whole test suite headless, the engine under
# sanitizers and its fuzzers (scripts/sanitize.sh), then the packages built, installed and
# smoke-tested (scripts/package-test.sh). GUI tests use
# the offscreen platform; the keychain tests talk to a real Secret Service (gnome-keyring) inside
# a private D-Bus session with a throw-away HOME, so no desktop and no personal keyring are touched.
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${HMS_TEST_PRESET:-dev}"
scripts/setup.sh "$preset"

source scripts/env.sh
export HOME="$(mktemp -d)"
trap 'rm -rf "$HOME"' EXIT
export QT_QPA_PLATFORM=offscreen
# The keyring is unlocked with a throw-away password before ctest starts. After the whole suite,
# the engine again under ASan+UBSan and TSan, and every fuzz target for a bounded time
# (scripts/sanitize.sh). Both are skipped when ctest was given a selection (`scripts/test.sh -R tst_api`).
dbus-run-session -- sh -c '
  echo -n test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
  ctest --preset "$0" --output-on-failure -j2 "$@" || exit 1
  [ $# -eq 0 ] || exit 0
  scripts/sanitize.sh
' "$preset" "$@"
# Then the packages: built from the same tree, installed here, and run from the installed files.
if [ $# -eq 0 ]; then
  scripts/package-test.sh "build/$preset"
fi
