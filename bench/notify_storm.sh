#!/usr/bin/env bash
# Notification storm: 10,000 alerts start within a minute. HMS Ops Center runs with its window
# (Xvfb, release build) and a routing file grouping by alertname; an Alertmanager 0.25 (Debian
# package) gets the same alerts with the same grouping. bench/notify_storm.py drives both and
# counts what a local receiver gets: messages per channel, and distinct alerts delivered.
# The window's own event-loop lag (ops_gui_event_loop_lag_ms, app/EventLoopProbe) during the
# storm says whether the GUI stayed responsive; ops.db says whether every alert became an
# incident and every outbox row went out.
#
#   bench/notify_storm.sh [--alerts N] [--seconds S]      (default 10000, 60)
#
# Needs a Secret Service (run under dbus-run-session with gnome-keyring, as scripts/test.sh does)
# or set HMS_SECRETS_FILE=1 to use the --secrets-file opt-in. Targets are 127.0.0.1 only.
set -Eeuo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
ALERTS=10000
SECS=60
while (($#)); do
    case "$1" in
    --alerts) shift; ALERTS=$1 ;;
    --seconds) shift; SECS=$1 ;;
    *) echo "usage: $0 [--alerts N] [--seconds S]" >&2; exit 2 ;;
    esac
    shift
done
# shellcheck source=bench/common.sh
source "$HERE/common.sh" notify-storm hms-ops opsctl

RPORT=$(free_port); AMPORT=$(free_port)
cat >"$WORK/am.yml" <<AM
route:
  receiver: hook
  group_by: [alertname]
  group_wait: 1s
  group_interval: 5s
  repeat_interval: 4h
receivers:
  - name: hook
    webhook_configs:
      - url: http://127.0.0.1:$RPORT/am
        send_resolved: false
        max_alerts: 0
AM
prometheus-alertmanager --config.file="$WORK/am.yml" --storage.path="$WORK/am" \
    --web.listen-address=127.0.0.1:$AMPORT --cluster.listen-address= >"$WORK/am.log" 2>&1 &
PIDS+=($!)
wait_http "http://127.0.0.1:$AMPORT/-/ready"

DISPLAY_NUM=:$((90 + RANDOM % 9))
Xvfb "$DISPLAY_NUM" -screen 0 1920x1080x24 >/dev/null 2>&1 &
PIDS+=($!)
export DISPLAY=$DISPLAY_NUM QT_QPA_PLATFORM=xcb
for _ in $(seq 50); do xdpyinfo -display "$DISPLAY_NUM" >/dev/null 2>&1 && break; sleep 0.1; done
EXTRA=()
[[ ${HMS_SECRETS_FILE:-} == 1 ]] && EXTRA=(--secrets-file "$WORK/secrets.json")
start_hms "${EXTRA[@]}"
echo "http://127.0.0.1:$RPORT/hms" | "${OPSCTL[@]}" secret set webhook_url >/dev/null
echo "http://127.0.0.1:$RPORT/slack" | "${OPSCTL[@]}" secret set slack_webhook >/dev/null
printf 'route:\n  group_by: [alertname]\n  group_wait: 1s\n  group_interval: 5s\n  repeat_interval: 4h\n' >"$WORK/routing.yml"
"${OPSCTL[@]}" routing set "$WORK/routing.yml" >/dev/null
printf 'name: StormHigh\nmetric: storm_value\naggregate: last\nwindow: 5m\nthreshold: "> 100"\nseverity: critical\n' >"$WORK/rule.yml"
"${OPSCTL[@]}" alert create "$WORK/rule.yml" >/dev/null
sleep 5 # the window settles; the probe has an idle baseline

T0=$(date +%s)
python3 "$HERE/notify_storm.py" "$API" "$TOKEN" "http://127.0.0.1:$AMPORT" "$RPORT" "$ALERTS" "$SECS"
ELAPSED=$(($(date +%s) - T0 + 1))
lag() {
    curl -sf -H "Authorization: Bearer $TOKEN" \
        "$API/api/v1/query?metric=ops_gui_event_loop_lag_ms&aggregate=$1&window=${ELAPSED}s" |
        python3 -c 'import json,sys; s=json.load(sys.stdin)["series"]; print(s[0]["value"] if s else "null")'
}
python3 - "$WORK/data/ops.db" "$(lag p50)" "$(lag p99)" "$(lag max)" <<'PY'
import json, sqlite3, sys
db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
incidents = db.execute("SELECT COUNT(*) FROM incidents").fetchone()[0]
states = dict(db.execute("SELECT channel || ':' || state, COUNT(*) FROM outbox GROUP BY 1").fetchall())
print(json.dumps({"side": "hms_ops_state", "incidents": incidents, "outbox": states,
                  "gui_lag_ms": {"p50": float(sys.argv[2]), "p99": float(sys.argv[3]), "max": float(sys.argv[4])}}))
PY
