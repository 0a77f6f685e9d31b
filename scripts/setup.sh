#!/usr/bin/env bash
# Installs what is missing (Debian 12 packages) and builds HMS Ops Center.
# Usage: scripts/setup.sh [PRESET]   (default: release; see CMakePresets.json)
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-release}"

packages=(
  cmake g++ ninja-build ccache pkg-config
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev libqt6sql6-sqlite libqt6sql6-psql qt6-httpserver-dev qt6-websockets-dev
  qt6-svg-dev qtkeychain-qt6-dev libyaml-cpp-dev qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools
  qt6-translations-l10n libgl1-mesa-dev tzdata   # tzdata: on-call schedules in real time zones
  xvfb xauth x11-utils dbus dbus-x11 gnome-keyring libsecret-tools imagemagick
  prometheus-node-exporter prometheus zlib1g-dev libbenchmark-dev   # prometheus: promtool, for the rule-test comparison
  prometheus-alertmanager prometheus-pushgateway   # Alertmanager 0.25 for the channel tests; both for bench/notify_latency.sh
  chromium   # tests/e2e/tst_statuspage: the read-only pages in a real browser
  postgresql-15 victoria-metrics openssl   # #8: the shared store and a Prometheus-compatible source, tested for real
  dpkg-dev desktop-file-utils appstream groff-base   # the .deb (dpkg-shlibdeps) and its launcher, metainfo, man pages checked
  clang libclang-rt-14-dev   # scripts/fuzz.sh: the libFuzzer targets under ASan+UBSan
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  sudo_cmd=()
  [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

source scripts/env.sh
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
