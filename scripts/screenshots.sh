#!/usr/bin/env bash
# Regenerates docs/screenshots/ under Xvfb at 1920x1080, every screen of the user guide
# (docs/USER_GUIDE.md): the seed's walk-through with the incident firing, then each window as
# its GUI test leaves it, then the walls. ONLY=command stops before the walls (the slow part). Needs a build (scripts/setup.sh); uses a throw-away data dir and keyring.
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
# The incident, exported as a bundle and replayed offline: a second process with no engine.
id=\$(\$opsctl --json incident list | sed -n 's/.*"id": *\([0-9]*\).*/\1/p' | head -1)
\$opsctl incident export "\$id" "$work/incident.hmsbundle" --margin 2m
kill \$pid
"\$ops" --replay "$work/incident.hmsbundle" -qwindowgeometry 1920x1080+0+0 >"$work/replay.log" 2>&1 &
rpid=\$!
sleep 4
xdotool key bracketright 2>/dev/null || true
sleep 1
import -window root "$out/replay-offline.png"
kill \$rpid
SCENARIO
chmod +x "$work/scenario.sh"
xvfb-run -a -s "-screen 0 1920x1080x24" dbus-run-session -- sh -c \
  "echo -n pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; $work/scenario.sh"
echo "screenshots: $out/incident-desk.png $out/replay-offline.png"

# The incident-command windows (filtered desk, checklist, playbook editor and conflict, RCA form
# and chart, replay, rotation editor and calendar), as their GUI test leaves them.
xvfb-run -a -s "-screen 0 1920x1080x24" dbus-run-session -- sh -c \
  "echo -n pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; \
   HMS_EXAMPLES_DIR=$PWD/examples HMS_SCREENSHOT_DIR=$out QT_QPA_PLATFORM=xcb $build/tests/tst_commandgui >/dev/null"
echo "screenshots: $out/{incident-desk-filtered,incident-detail-checklist,playbook-*,rca-*,replay,rotation-*}.png"
# Remote sources (#8): Alertmanager's alerts under the desk, a silence on it, the sources' health;
# a real Alertmanager and VictoriaMetrics, started by the test.
xvfb-run -a -s "-screen 0 1920x1080x24" dbus-run-session -- sh -c \
  "echo -n pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; \
   HMS_EXAMPLES_DIR=$PWD/examples HMS_SCREENSHOT_DIR=$out QT_QPA_PLATFORM=xcb $build/tests/tst_remotegui >/dev/null"
echo "screenshots: $out/{desk-with-alertmanager,alertmanager-silence,sources}.png"
# Every other screen of the window, in English and in Spanish (main window, settings, silences,
# notifications, dashboards, trace), and the SLO board, on-call and silence editor: the user
# guide's pictures (docs/USER_GUIDE.md).
for t in tst_screens tst_mainwindow; do
  xvfb-run -a -s "-screen 0 1920x1080x24" dbus-run-session -- sh -c \
    "echo -n pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; \
     HMS_EXAMPLES_DIR=$PWD/examples HMS_SCREENSHOT_DIR=$out QT_QPA_PLATFORM=xcb $build/tests/$t >/dev/null"
done
echo "screenshots: $out/{main-window,settings,silences,notifications,dashboards,trace}{,-es}.png, slo-board, on-call, silence-editor"
[ "${ONLY:-}" = command ] && exit 0

# The wall: hms-ops --demo --wall with every dashboard in turn, 6 s each; once the demo's surge
# has opened its incidents (about 50 s in), each dashboard is captured when it comes up, as a
# 1920x1080 screen shows it.
cat > "$work/wall.sh" <<WALL
#!/bin/bash
set -e
"$PWD/$build/app/hms-ops" --data-dir "$work/wall" --statsd-listen 127.0.0.1:0 --influx-listen 127.0.0.1:0 --demo \
    --wall fema,hitl_backlog,payment_pipeline,legal_blocks,system_health --rotate 6s \${THEME:+--theme \$THEME} >"$work/wall.log" 2>&1 &
pid=\$!
sleep 50
declare -A done
for i in \$(seq 60); do
    win=\$(xwininfo -root -tree | sed -n 's/^ *\\(0x[0-9a-f]*\\) "\\(.*\\) · HMS Ops Center".*/\\1 \\2/p' | head -1)
    id=\${win%% *}; title=\${win#* }
    if [[ -n \$id && -z \${done[\$title]:-} ]]; then
        sleep 1.5 # the first frame of the new dashboard
        name=\$(echo "\$title" | tr 'A-Z :' 'a-z__' | tr -cd 'a-z_')
        import -window root "$out/wall-\${THEME:-dark}-\$name.png"
        done[\$title]=1
    fi
    [[ \${#done[@]} -ge 5 ]] && break
    sleep 0.5
done
kill \$pid
WALL
chmod +x "$work/wall.sh"
for theme in dark light; do
  rm -rf "$work/wall"
  THEME=$theme xvfb-run -a -s "-screen 0 1920x1080x24" dbus-run-session -- sh -c \
    "echo -n pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; $work/wall.sh"
  [ "$theme" = light ] && break # one light wall is enough to judge it
done
echo "screenshots: $out/wall-*.png"
