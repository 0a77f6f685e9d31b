#!/usr/bin/env bash
# Regenerates docs/screenshots/ under Xvfb at 1920x1080: the seed's walk-through with the
# incident firing. Needs a build (scripts/setup.sh); uses a throw-away data dir and keyring.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build/release}"
out="$PWD/docs/screenshots"
mkdir -p "$out"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" && mkdir -p "$HOME"

cat > "$work/scenario.sh" <<SCENARIO
#!/bin/sh
set -e
ops="$PWD/$build/app/hms-ops"
opsctl="$PWD/$build/cli/opsctl --data-dir $work/data"
"\$ops" --data-dir "$work/data" --statsd-listen 127.0.0.1:0 --influx-listen 127.0.0.1:0 -qwindowgeometry 1920x1080+0+0 >"$work/ops.log" 2>&1 &
pid=\$!
for i in \$(seq 50); do [ -f "$work/data/endpoints.json" ] && break; sleep 0.1; done
sed 's/for: 2m  /for: 5s  /' examples/latency_alert.yml > "$work/latency_alert.yml"
\$opsctl alert create "$work/latency_alert.yml"
\$opsctl demo flood --metric aid_form.latency_ms --value 420 --rate 50 --seconds 20 >/dev/null
\$opsctl demo flood --metric aid_form.latency_ms --value 1500 --rate 50 --seconds 12 >/dev/null
import -window root "$out/incident-desk.png"
kill \$pid
SCENARIO
chmod +x "$work/scenario.sh"
xvfb-run -a -s "-screen 0 1920x1080x24" dbus-run-session -- sh -c \
  "echo -n pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; $work/scenario.sh"
echo "screenshots: $out/incident-desk.png"
