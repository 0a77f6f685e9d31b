#!/usr/bin/env bash
# docs/SCALING.md's figures, measured on this machine against real servers started here:
# VictoriaMetrics 1.79 (query tiles), PostgreSQL 15 (incident writes, the evaluator lease), with
# wrk and pgbench beside them in the same run as the servers' own ceilings.
# Usage: bench/scale_bench.sh [BUILD_DIR]   (default build/release; builds scale_bench and hms-ops)
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build/release}"
cmake --build "$build" --target scale_bench hms-ops >/dev/null
bench="$build/bench/scale_bench"
work="$(mktemp -d)"
state="$work/pg"
cleanup() {
  [ -n "${vm_pid:-}" ] && kill "$vm_pid" 2>/dev/null || true
  tests/pg/pgserver.sh stop "$state" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"

# --- VictoriaMetrics: 1,000 series x 1 h at 15 s pushed, then range queries as a wall's tiles ask them.
port=$((20000 + RANDOM % 20000))
victoria-metrics -storageDataPath="$work/vm" -httpListenAddr="127.0.0.1:$port" -search.latencyOffset=0s \
  -loggerLevel=ERROR >/dev/null 2>&1 &
vm_pid=$!
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.1; done
now=$(date +%s)
python3 - "$now" > "$work/import.txt" <<'EOF'
import sys, math
now = int(sys.argv[1])
for svc in range(100):
    for inst in range(10):
        for i in range(240):
            t = (now - 3600 + i * 15) * 1000
            print(f'request_latency_ms{{service="svc{svc}",instance="i{inst}"}} {100 + 50 * math.sin(i / 10 + svc):.1f} {t}')
EOF
curl -sf --data-binary @"$work/import.txt" "http://127.0.0.1:$port/api/v1/import/prometheus"
curl -sf "http://127.0.0.1:$port/internal/force_flush" >/dev/null
query='sum by (service) (rate(request_latency_ms[5m]))'
one='request_latency_ms{service="svc7",instance="i3"}'
for q in "$one" "$query"; do
  echo "== query: $q (1 h at 15 s)"
  for inflight in 1 6; do
    echo -n "ours, $inflight in flight: "; "$bench" queries "http://127.0.0.1:$port" 10 "$inflight" "$q" 3600
  done
  start=$(( (now - 3600) / 15 * 15 )); end=$(( now / 15 * 15 ))
  enc=$(python3 -c 'import sys,urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$q")
  echo -n "wrk (the server alone), 6 connections: "
  wrk -t2 -c6 -d10s "http://127.0.0.1:$port/api/v1/query_range?query=$enc&start=$start&end=$end&step=15" | awk '/Requests\/sec/ {print $2 "/s"}'
done

# --- PostgreSQL: incident writes, ours on SQLite and PostgreSQL, and pgbench's insert ceiling.
HMS_PG_DURABLE=1 tests/pg/pgserver.sh start "$state"
url="$(cat "$state/url")"
export PGPASSWORD="$(cat "$state/password")"
psql -q "$url" -c 'CREATE DATABASE bench_incidents' -c 'CREATE DATABASE bench_lease'
n=2000
echo "== incidents ($n): SQLite (the embedded default, WAL, synchronous=NORMAL)"
"$bench" incidents "$work/ops.db" "$n"
echo "== incidents ($n): PostgreSQL 15 on loopback (default durability: fsync, synchronous_commit on)"
"$bench" incidents "${url%/postgres}/bench_incidents" "$n"
echo "== pgbench: one client inserting one row per transaction (the server's ceiling for the same shape)"
psql -q "${url%/postgres}/bench_incidents" -c 'CREATE TABLE pgb (id bigserial primary key, at bigint, kind text, message text, data text)'
echo "INSERT INTO pgb(at, kind, message, data) VALUES (1, 'fired', 'latency above threshold', '{}');" > "$work/insert.sql"
pgbench -n -c1 -j1 -T10 -f "$work/insert.sql" "${url%/postgres}/bench_incidents" 2>/dev/null | awk '/^tps/ {print "pgbench:", $3, "inserts/s"}'

echo "== evaluator lease: takeover after SIGKILL"
"$bench" takeover "${url%/postgres}/bench_lease" 10 "$build/app/hms-ops" | tail -n 1
