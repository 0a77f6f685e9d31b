#!/usr/bin/env bash
# The overload soak (issue #9): a StatsD UDP flood at twice the rate the collector sustains, for
# 60 s, into the real window (hms-ops under Xvfb, release build), with the seed's rule and a
# dashboard-like chart live. Reports, from the program's own measurements (local API):
#   - memory: the process's RSS every second (bounded: raw retention is set to 1 minute here,
#     so the store holds at most a minute of accepted samples, plus rollups);
#   - drops: the kernel's drop count for our socket and our own truncation/reject counters, and
#     that the window's status bar shows them (a screenshot of the status bar);
#   - the evaluator: ops_evaluator_tick_lag_ms (how late each 1 s tick started) and
#     ops_evaluator_tick_duration_ms;
#   - the GUI: ops_gui_event_loop_lag_ms (a 5 ms precise timer's lateness, app/EventLoopProbe).
#
#   bench/flood_soak.sh [--rate LINES_PER_S] [--seconds S]   (default 4,500,000 = 2 × 2.26 M, 60)
#
# Prints one JSON line; every process started here is stopped on exit; targets are 127.0.0.1.
set -Eeuo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
RATE=4500000
SECONDS_RUN=60
while (($#)); do
    case "$1" in
    --rate) shift; RATE=$1 ;;
    --seconds) shift; SECONDS_RUN=$1 ;;
    *) echo "usage: $0 [--rate LINES_PER_S] [--seconds S]" >&2; exit 2 ;;
    esac
    shift
done
# shellcheck source=bench/common.sh
source "$HERE/common.sh" flood-soak hms-ops opsctl udp_loader
start_xvfb
export LANGUAGE=en
start_hms --retention 1m -qwindowgeometry 1920x1080+0+0
APP=${PIDS[-1]}
STATSD_PORT=$(sed -n 's/.* statsd=127.0.0.1:\([0-9]*\).*/\1/p' "$WORK/app.log")
cat >"$WORK/rule.yml" <<'YAML'
name: AID_LAT_P95_HIGH
metric: aid_form.latency_ms
aggregate: p95
threshold: "> 1000"
for: 5s
YAML
"${OPSCTL[@]}" alert create "$WORK/rule.yml" >/dev/null

api() { curl -sf -H "Authorization: Bearer $TOKEN" "$API$1"; }
agg() { # metric aggregate window; a failed query ends the run rather than printing a blank
    local answer
    answer=$(api "/api/v1/query?metric=$1&aggregate=$2&window=$3") || { echo "flood_soak: query $1 failed" >&2; exit 1; }
    python3 -c 'import json,sys; s=json.load(sys.stdin)["series"]; print(s[0]["value"] if s else "null")' <<<"$answer"
}
status() { api /api/v1/status; }
rss_kb() { awk '/^VmRSS/ {print $2}' "/proc/$APP/status"; }

sleep 3 # the window is up and the self-metrics have a few points
before=$(status)
"${OPSCTL[@]}" demo flood --metric aid_form.latency_ms --value 1200 --rate 1000 --seconds "$((SECONDS_RUN + 2))" \
    >/dev/null 2>&1 &
PIDS+=($!)
: >"$WORK/rss"
( for _ in $(seq "$((SECONDS_RUN + 2))"); do echo "$(rss_kb)" >>"$WORK/rss"; sleep 1; done ) &
SAMPLER=$!
loader=$("$BUILD/bench/udp_loader" --port "$STATSD_PORT" --rate "$RATE" --duration "$SECONDS_RUN" \
    --lines-per-datagram 20 --names 1000 --type ms)
wait "$SAMPLER" || true
after=$(status)
sleep 1.5 # the status bar's next refresh
# The status bar as it is now (HMS_BENCH_SCREENSHOT=FILE keeps it, e.g. for docs/screenshots).
if [[ -n ${HMS_BENCH_SCREENSHOT:-} ]] && command -v import >/dev/null; then
    import -window root "$WORK/screen.png" && convert "$WORK/screen.png" -crop 1920x40+0+1040 "$HMS_BENCH_SCREENSHOT"
fi

python3 - "$before" "$after" "$loader" "$WORK/rss" \
    "$(agg ops_evaluator_tick_lag_ms max "${SECONDS_RUN}s")" "$(agg ops_evaluator_tick_lag_ms p99 "${SECONDS_RUN}s")" \
    "$(agg ops_evaluator_tick_duration_ms max "${SECONDS_RUN}s")" "$(agg ops_evaluator_tick_lag_ms count "${SECONDS_RUN}s")" \
    "$(agg ops_gui_event_loop_lag_ms p99 "${SECONDS_RUN}s")" "$(agg ops_gui_event_loop_lag_ms max "${SECONDS_RUN}s")" \
    "$RATE" "$SECONDS_RUN" <<'PY'
import json, sys
b, a, loader = json.loads(sys.argv[1]), json.loads(sys.argv[2]), json.loads(sys.argv[3])
rss = [int(x) for x in open(sys.argv[4]) if x.strip()]
(ev_max, ev_p99, ev_dur, ev_count, gui_p99, gui_max, rate, secs) = sys.argv[5:13]
d = lambda k: a["statsd"][k] - b["statsd"][k]
half = len(rss) // 2
print(json.dumps({
    "target_rate": int(rate), "seconds": int(secs), "loader": loader,
    "lines_accepted": d("lines_accepted"), "datagrams": d("datagrams"),
    "kernel_drops": d("kernel_drops"), "truncated": d("truncated_datagrams"), "lines_rejected": d("lines_rejected"),
    "accepted_share": round(d("lines_accepted") / max(1, loader.get("sent_lines", 1)), 3),
    "rss_mb": {"start": round(rss[0] / 1024), "at_half": round(rss[half] / 1024), "end": round(rss[-1] / 1024),
               "max": round(max(rss) / 1024), "every_10s": [round(x / 1024) for x in rss[::10]]},
    "evaluator": {"ticks": ev_count, "lag_ms_max": ev_max, "lag_ms_p99": ev_p99, "duration_ms_max": ev_dur},
    "gui_event_loop_lag_ms": {"p99": gui_p99, "max": gui_max},
    "store_series": a["store"]["series"],
}))
PY
