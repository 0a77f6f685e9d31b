#!/usr/bin/env bash
# Quick start, command two: the same set-up, then the whole test suite headless. GUI tests use
# the offscreen platform; the keychain tests talk to a real Secret Service (gnome-keyring) inside
# a private D-Bus session with a throw-away HOME, so no desktop and no personal keyring are touched.
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${HMS_TEST_PRESET:-dev}"
scripts/setup.sh "$preset"

export HOME="$(mktemp -d)"
trap 'rm -rf "$HOME"' EXIT
export QT_QPA_PLATFORM=offscreen
# The keyring is unlocked with a throw-away password before ctest starts.
exec dbus-run-session -- sh -c '
  echo -n test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
  ctest --preset "$0" --output-on-failure -j2 "$@"
' "$preset" "$@"
