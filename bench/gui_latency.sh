#!/usr/bin/env bash
# GUI event-loop latency while ingesting: runs the real window (hms-ops under Xvfb, release
# build) idle and then under a StatsD flood, and reads the window's own measurement, the
# self-metric ops_gui_event_loop_lag_ms (app/EventLoopProbe: a 5 ms precise timer's lateness),
# through the local API. The chart shows aid_form.latency_ms, fed at 1 kHz by `opsctl demo flood`
# during both phases, so the window redraws live data while the store takes the flood.
#
#   bench/gui_latency.sh [--rate LINES_PER_S] [--seconds S]      (default 500000, 30)
#
# Prints one JSON line per phase: p50/p99/max lag in ms, the loader's achieved rate and the
# samples the store took in. Every process started here is stopped on exit; targets are 127.0.0.1.
set -Eeuo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
RATE=500000
SECONDS_RUN=30
while (($#)); do
    case "$1" in
    --rate) shift; RATE=$1 ;;
    --seconds) shift; SECONDS_RUN=$1 ;;
    *) echo "usage: $0 [--rate LINES_PER_S] [--seconds S]" >&2; exit 2 ;;
    esac
    shift
done
# shellcheck source=bench/common.sh
source "$HERE/common.sh" gui-latency hms-ops opsctl udp_loader
start_xvfb
"$BUILD/app/hms-ops" --data-dir "$WORK/data" --statsd-listen 127.0.0.1:0 --influx-listen 127.0.0.1:0 >"$WORK/app.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 100); do grep -q '^ready ' "$WORK/app.log" && break; sleep 0.1; done
grep -q '^ready ' "$WORK/app.log" || { cat "$WORK/app.log" >&2; exit 1; }
API=$(sed -n 's/^ready api=\([^ ]*\) .*/\1/p' "$WORK/app.log")
STATSD_PORT=$(sed -n 's/.* statsd=127.0.0.1:\([0-9]*\).*/\1/p' "$WORK/app.log")
TOKEN=$(cat "$WORK/data/api-token")
OPSCTL=("$BUILD/cli/opsctl" --data-dir "$WORK/data")

query() { # aggregate window
    curl -sf -H "Authorization: Bearer $TOKEN" \
        "$API/api/v1/query?metric=ops_gui_event_loop_lag_ms&aggregate=$1&window=$2" |
        python3 -c 'import json,sys; s=json.load(sys.stdin)["series"]; print(s[0]["value"] if s else "null")'
}
samples() {
    curl -sf -H "Authorization: Bearer $TOKEN" "$API/api/v1/status" |
        python3 -c 'import json,sys; print(json.load(sys.stdin)["store"]["samples"])'
}
phase() { # name rate
    local name=$1 rate=$2 before after loader='{}'
    "${OPSCTL[@]}" demo flood --metric aid_form.latency_ms --value 1200 --rate 1000 --seconds "$((SECONDS_RUN + 2))" \
        >/dev/null 2>&1 &
    local flood=$!
    PIDS+=("$flood")
    sleep 2 # the chart picks the series up
    before=$(samples)
    if ((rate > 0)); then
        loader=$("$BUILD/bench/udp_loader" --port "$STATSD_PORT" --rate "$rate" --duration "$SECONDS_RUN" \
            --lines-per-datagram 20 --names 1000 --type ms)
    else
        sleep "$SECONDS_RUN"
    fi
    after=$(samples)
    wait "$flood" || true
    printf '{"phase":"%s","target_rate":%s,"lag_p50_ms":%s,"lag_p99_ms":%s,"lag_max_ms":%s,"store_samples_added":%s,"loader":%s}\n' \
        "$name" "$rate" "$(query p50 "${SECONDS_RUN}s")" "$(query p99 "${SECONDS_RUN}s")" "$(query max "${SECONDS_RUN}s")" \
        "$((after - before))" "$loader"
}
phase idle 0
phase flood "$RATE"
