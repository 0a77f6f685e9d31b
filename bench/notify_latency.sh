#!/usr/bin/env bash
# Metric crossing -> webhook delivered, HMS Ops Center beside Prometheus + Pushgateway +
# Alertmanager (Debian's 2.42, 1.4 and 0.25), in one run, against one local receiver
# (bench/notify_receiver.py).
#
#   bench/notify_latency.sh [--alerts N]          (default 100)
#
# Each round n pushes a value over the threshold for a new series {i="n"} to both systems at
# the same moment (HMS: POST /api/v1/metrics; Prometheus: PUT to the Pushgateway) and records
# when each webhook carrying the alert arrives. HMS runs with a 100 ms evaluation tick and its
# webhook channel (default routing: each alert at once); Prometheus is set at its fastest:
# 1 s scrape and evaluation, `for: 0s`, Alertmanager `group_wait: 0s`, `group_interval: 1s`.
# Prints both latency distributions (ms) and their ratio as JSON. Everything listens on 127.0.0.1
# and is stopped on exit. Needs a keychain for the webhook URL: run it under dbus-run-session
# with gnome-keyring unlocked (as the tests do).
set -Eeuo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
ALERTS=100
while (($#)); do
    case "$1" in
    --alerts) shift; ALERTS=$1 ;;
    *) echo "usage: $0 [--alerts N]" >&2; exit 2 ;;
    esac
    shift
done
# shellcheck source=bench/common.sh
source "$HERE/common.sh" notify-latency hms-ops opsctl

RPORT=$(free_port); PGPORT=$(free_port); PPORT=$(free_port); AMPORT=$(free_port)
python3 "$HERE/notify_receiver.py" "$RPORT" "$WORK/arrivals" &
PIDS+=($!)

# Prometheus side.
cat >"$WORK/am.yml" <<AM
route:
  receiver: hook
  group_by: ['...']
  group_wait: 0s
  group_interval: 1s
  repeat_interval: 1h
receivers:
  - name: hook
    webhook_configs:
      - url: http://127.0.0.1:$RPORT/am
        send_resolved: false
AM
cat >"$WORK/rules.yml" <<'RULES'
groups:
  - name: bench
    interval: 1s
    rules:
      - alert: BenchHigh
        expr: bench_value > 100
        for: 0s
RULES
cat >"$WORK/prometheus.yml" <<PROM
global:
  scrape_interval: 1s
  evaluation_interval: 1s
rule_files: ['$WORK/rules.yml']
alerting:
  alertmanagers:
    - static_configs: [{targets: ['127.0.0.1:$AMPORT']}]
scrape_configs:
  - job_name: pushgateway
    honor_labels: true
    static_configs: [{targets: ['127.0.0.1:$PGPORT']}]
PROM
prometheus-alertmanager --config.file="$WORK/am.yml" --storage.path="$WORK/am" \
    --web.listen-address=127.0.0.1:$AMPORT --cluster.listen-address= >"$WORK/am.log" 2>&1 &
PIDS+=($!)
prometheus-pushgateway --web.listen-address=127.0.0.1:$PGPORT >"$WORK/pg.log" 2>&1 &
PIDS+=($!)
prometheus --config.file="$WORK/prometheus.yml" --storage.tsdb.path="$WORK/prom" \
    --web.listen-address=127.0.0.1:$PPORT >"$WORK/prom.log" 2>&1 &
PIDS+=($!)
wait_http "http://127.0.0.1:$AMPORT/-/ready"
wait_http "http://127.0.0.1:$PGPORT/-/ready"
wait_http "http://127.0.0.1:$PPORT/-/ready"

# HMS side.
start_hms --headless --tick 100
echo "http://127.0.0.1:$RPORT/hms" | "${OPSCTL[@]}" secret set webhook_url >/dev/null
printf 'name: BenchHigh\nmetric: bench_value\naggregate: last\nwindow: 10s\nthreshold: "> 100"\nfor: 0s\n' >"$WORK/rule.yml"
"${OPSCTL[@]}" alert create "$WORK/rule.yml" >/dev/null

: >"$WORK/arrivals"
: >"$WORK/sent"
for n in $(seq 1 "$ALERTS"); do
    t0=$(now_ms)
    curl -sf -o /dev/null -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
        -d "[{\"name\":\"bench_value\",\"value\":200,\"kind\":\"gauge\",\"labels\":{\"i\":\"$n\"}}]" "$API/api/v1/metrics" &
    hms_push=$!
    printf 'bench_value 200\n' | curl -sf -o /dev/null -X PUT --data-binary @- "http://127.0.0.1:$PGPORT/metrics/job/bench/i/$n" &
    pg_push=$!
    wait "$hms_push" "$pg_push" # not a bare `wait`: the servers are children too
    echo "$n $t0" >>"$WORK/sent"
    for _ in $(seq 200); do
        [[ $(grep -c " $n " "$WORK/arrivals" || true) -ge 2 ]] && break
        sleep 0.05
    done
    # Off the Pushgateway again so that the next round's series is the only new one.
    curl -sf -o /dev/null -X DELETE "http://127.0.0.1:$PGPORT/metrics/job/bench/i/$n" || true
    sleep 0.$((RANDOM % 5)) # not in step with the evaluation grids
done

python3 - "$WORK/sent" "$WORK/arrivals" <<'PY'
import json, sys
sent = {l.split()[0]: int(l.split()[1]) for l in open(sys.argv[1])}
lat = {"hms": [], "am": []}
seen = set()
for l in open(sys.argv[2]):
    src, i, at = l.split()
    if (src, i) in seen or i not in sent:
        continue
    seen.add((src, i))
    lat[src].append(int(at) - sent[i])
def q(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p * (len(xs) - 1))))] if xs else None
out = {}
for src, name in (("hms", "hms_ops"), ("am", "prometheus_alertmanager")):
    xs = lat[src]
    out[name] = {"n": len(xs), "p50": q(xs, .5), "p90": q(xs, .9), "p99": q(xs, .99), "max": max(xs) if xs else None}
if lat["hms"] and lat["am"]:
    out["ratio_p99"] = round(out["prometheus_alertmanager"]["p99"] / max(1, out["hms_ops"]["p99"]), 2)
    out["ratio_p50"] = round(out["prometheus_alertmanager"]["p50"] / max(1, out["hms_ops"]["p50"]), 2)
print(json.dumps(out))
PY
