#!/usr/bin/env bash
# Start to first painted wall with a 1 GB series.db (issue #6): bench/seriesdb_gen writes the
# file through the real store and writer (8,000 series at 1 Hz, ending now), then hms-ops starts
# under Xvfb at 1920x1080 with `--wall startup` (bench/startup_dashboard.json: 6 h charts and
# stat tiles over that data), and the time from exec to the first frame of data on screen is
# read from its hms.startup log. Each round runs the default two-step load (5 min of raw
# samples first, the rest behind the wall) and, as the peer in the same run, everything loaded
# first (--history-first all), with the page cache warm and then dropped (when permitted).
#   bench/startup_bench.sh [--mb 1024] [--series 8000] [--rounds 3] [--history-first 5m[,15m...]]
set -Eeuo pipefail
# A desktop session has a D-Bus session bus; without one, Qt's accessibility bridge waits ~3 s
# for D-Bus autolaunch at the first widget, which no user sees.
if [[ -z ${DBUS_SESSION_BUS_ADDRESS:-} ]]; then exec dbus-run-session -- "$0" "$@"; fi
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
# shellcheck source=bench/common.sh
source "$HERE/common.sh" startup-bench hms-ops opsctl seriesdb_gen
MB=1024 SERIES=8000 ROUNDS=3 FIRSTS=(5m)
while [[ $# -gt 0 ]]; do
    case $1 in
    --mb) MB=$2; shift 2 ;;
    --series) SERIES=$2; shift 2 ;;
    --rounds) ROUNDS=$2; shift 2 ;;
    --history-first) IFS=, read -r -a FIRSTS <<<"$2"; shift 2 ;; # e.g. 5m,15m: each run in every round
    *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
DATA=$WORK/data
"$BUILD/bench/seriesdb_gen" "$DATA" "$MB" "$SERIES"

# A display for every run, started once so that its start-up is not counted.
exec 3>"$WORK/display"
Xvfb -displayfd 3 -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
PIDS+=($!)
for _ in $(seq 50); do [[ -s $WORK/display ]] && break; sleep 0.1; done
export DISPLAY=":$(cat "$WORK/display")" QT_QPA_PLATFORM=xcb QT_LOGGING_RULES="hms.startup.info=true"

# The first start creates ops.db; the benchmark's dashboard is then imported through the API.
start_hms_on() { # ARGS...: hms-ops on $DATA with the examples (the wall needs a saved dashboard)
    "$BUILD/app/hms-ops" --data-dir "$DATA" --api-listen 127.0.0.1:0 --statsd-listen 127.0.0.1:0 \
        --influx-listen 127.0.0.1:0 "$@" >"$WORK/app.log" 2>&1 &
    APP=$!
}
start_hms_on --headless
for _ in $(seq 600); do grep -q '^ready ' "$WORK/app.log" && break; sleep 0.1; done
for _ in $(seq 600); do grep -q 'history loaded' "$WORK/app.log" && break; sleep 0.1; done
"$BUILD/cli/opsctl" --data-dir "$DATA" dashboard import "$HERE/startup_dashboard.json" >/dev/null
kill "$APP"; wait "$APP" || true

can_drop=0
if (sync && echo 3 >/proc/sys/vm/drop_caches) 2>/dev/null; then can_drop=1; fi

run() { # MODE CACHE: prints ms from exec to the first painted frame, and to all history in
    local mode=$1 cache=$2 extra=()
    case $mode in
    all-first) extra=(--history-first all) ;;
    two-step-*) extra=(--history-first "${mode#two-step-}") ;;
    esac
    if [[ $cache == cold ]]; then sync; echo 3 >/proc/sys/vm/drop_caches; fi
    local t0; t0=$(now_ms)
    start_hms_on --wall startup "${extra[@]}"
    local painted="" loaded=""
    for _ in $(seq 1200); do
        painted=$(sed -n 's/.*first wall frame painted at \([0-9]*\).*/\1/p' "$WORK/app.log" | head -1)
        [[ -n $painted ]] && { [[ $mode == all-first ]] || grep -q 'history loaded' "$WORK/app.log"; } && break
        sleep 0.05
    done
    loaded=$(sed -n 's/.*history loaded at \([0-9]*\).*/\1/p' "$WORK/app.log" | head -1)
    local started; started=$(sed -n 's/.*engine started at \([0-9]*\).*/\1/p' "$WORK/app.log" | head -1)
    local rss; rss=$(ps -o rss= -p "$APP" | tr -d ' ')
    kill "$APP"; wait "$APP" || true
    [[ -n $painted ]] || { cat "$WORK/app.log" >&2; exit 1; }
    printf '%-13s %-5s engine up %6d ms   first painted wall %6d ms   all history in %6s ms   RSS %5d MB\n' \
        "$mode" "$cache" $((started - t0)) $((painted - t0)) "${loaded:+$((loaded - t0))}" $((rss / 1024))
    echo "$mode $cache $((painted - t0))" >>"$WORK/results"
}
echo "series.db: $(du -m "$DATA/series.db" | cut -f1) MB; $(nproc) cores; $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2)"
for _ in $(seq "$ROUNDS"); do
    for cache in warm $([[ $can_drop == 1 ]] && echo cold); do
        for first in "${FIRSTS[@]}"; do run "two-step-$first" "$cache"; done
        run all-first "$cache"
    done
done
python3 - "$WORK/results" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1])]
for cache in ("warm", "cold"):
    allf = [int(r[2]) for r in rows if r[0] == "all-first" and r[1] == cache]
    for mode in sorted({r[0] for r in rows if r[0].startswith("two-step")}):
        two = [int(r[2]) for r in rows if r[0] == mode and r[1] == cache]
        if two and allf:
            m2, ma = statistics.median(two), statistics.median(allf)
            print(f"{cache}: median first painted wall {m2:.0f} ms ({mode}) vs {ma:.0f} ms (all first): {ma / m2:.1f}x")
PY
