#!/usr/bin/env bash
# Side-by-side ingest benchmark: hms-ops vs collectd 5.12 statsd, Etsy statsd 0.9.0 (StatsD UDP),
# vs VictoriaMetrics 1.79 (Influx line protocol over HTTP), and Prometheus 2.42's TSDB bytes per
# sample for node_exporter data. One run measures every receiver on this machine, one at a time,
# with the same loaders, and prints ratios. See docs/PERFORMANCE.md for the method.
#
#   bench/run_peers.sh [--quick | --full] [--only statsd|influx|bytes] [--no-install]
#
#   --quick  smoke test: 2 s steps, short influx run, 10 s of node_exporter scrapes (default)
#   --full   figures of record: 10 s steps with refinement, 30 s influx runs, 480 scrapes (8 min)
#
# Environment: HMS_OPS_BIN (our binary; default build/release/app/hms-ops, else the newest
# optimised build/*/app/hms-ops, else the newest one, with a warning), BUILD_DIR (loaders' build dir, default build/bench),
# RATES_20 / RATES_1 (the ladders for 20 and 1 lines/datagram, lines/s; RATES sets both),
# STEP_SECONDS, NAMES (distinct StatsD names, default 100),
# INFLUX_SECONDS, INFLUX_LINES (lines per request, default 10000), HMS_INFLUX_PATH (default /write),
# BYTES_SCRAPES, BYTES_INTERVAL (seconds between real scrapes), RECEIVERS (StatsD receivers,
# default "hms collectd etsy"), KEEP=1 (keep the run's data dirs).
#
# Network: every target is 127.0.0.1; every loop is bounded; every process started here is
# stopped by PID on exit, error or Ctrl+C.
set -Eeuo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
MODE=quick
ONLY=all
INSTALL=1
while (($#)); do
    case "$1" in
    --quick) MODE=quick ;;
    --full) MODE=full ;;
    --only)
        shift
        ONLY="${1:-}"
        [[ "$ONLY" =~ ^(statsd|influx|bytes)$ ]] || { echo "--only statsd|influx|bytes" >&2; exit 2; }
        ;;
    --no-install) INSTALL=0 ;;
    -h | --help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
    esac
    shift
done

if [[ $MODE == quick ]]; then
    : "${RATES_20:=${RATES:-100000 200000 400000 800000 1600000 3200000}}"
    : "${RATES_1:=${RATES:-25000 50000 100000 200000 400000 800000 1600000}}"
    : "${STEP_SECONDS:=2}"
    : "${INFLUX_SECONDS:=5}"
    : "${INFLUX_WARMUP:=1}"
    : "${BYTES_SCRAPES:=40}"
    : "${BYTES_INTERVAL:=0.25}"
    REFINE=0
else
    : "${RATES_20:=${RATES:-100000 200000 400000 800000 1600000 3200000 6400000}}"
    : "${RATES_1:=${RATES:-25000 50000 100000 200000 400000 800000 1600000}}"
    : "${STEP_SECONDS:=10}"
    : "${INFLUX_SECONDS:=30}"
    : "${INFLUX_WARMUP:=5}"
    : "${BYTES_SCRAPES:=480}"
    : "${BYTES_INTERVAL:=1}"
    REFINE=2 # geometric bisection steps between the last passing and the first failing rate
fi
: "${NAMES:=100}"
: "${INFLUX_LINES:=10000}"
: "${HMS_INFLUX_PATH:=/write}"
: "${BUILD_DIR:=$ROOT/build/bench}"
LOSS_LIMIT=0.001 # < 0.1 % loss
# Debian's python3 directly: a pyenv shim costs ~2 s per call on a busy machine.
PY=${PY:-$([[ -x /usr/bin/python3 ]] && echo /usr/bin/python3 || echo python3)}
PC="$HERE/peer_counts.py"
PEERS="$HERE/.peers"
RUN="$PEERS/run-$(date +%Y%m%d-%H%M%S)-$$"
RESULTS="$RUN/results.tsv"
mkdir -p "$RUN"
# Receivers' data dirs and logs: outside the dot directory (collectd's csv plugin refuses paths
# with a component starting with '.'). Removed on exit unless KEEP=1.
DATA=$(mktemp -d /tmp/hms-bench.XXXXXX)

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# ---------------------------------------------------------------- processes: started here, stopped by PID
PIDS=()
stop_pid() {
    local pid=$1 i
    kill -0 "$pid" 2>/dev/null || return 0
    kill -TERM "$pid" 2>/dev/null || true
    for i in $(seq 1 30); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}
cleanup() {
    local rc=$? pid
    trap - EXIT INT TERM
    for pid in "${PIDS[@]}"; do stop_pid "$pid"; done
    PIDS=()
    if [[ "${KEEP:-0}" != 1 ]]; then
        rm -rf "$DATA" 2>/dev/null || true
    else
        log "kept: $DATA"
    fi
    exit $rc
}
trap cleanup EXIT
trap 'log "interrupted"; exit 130' INT TERM
start_bg() { # start_bg LOGFILE CMD...: runs CMD in the background, records its PID in LAST_PID
    local logf=$1
    shift
    "$@" >"$logf" 2>&1 &
    LAST_PID=$!
    PIDS+=("$LAST_PID")
}
stop_last() { # stop_last PID: stops one process we started and forgets it
    local pid=$1 keep=() p
    stop_pid "$pid"
    for p in "${PIDS[@]}"; do [[ $p != "$pid" ]] && keep+=("$p"); done
    PIDS=("${keep[@]+"${keep[@]}"}")
}
wait_for() { # wait_for SECONDS CMD...: polls CMD every 0.1 s, bounded
    local limit=$1 i
    shift
    for i in $(seq 1 $((limit * 10))); do
        "$@" >/dev/null 2>&1 && return 0
        sleep 0.1
    done
    return 1
}
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
freeport() { $PY "$PC" freeport "$1"; }
now() { date +%s.%N; }

# ---------------------------------------------------------------- install and build
need_pkgs=()
command -v collectd >/dev/null || need_pkgs+=(collectd-core)
command -v victoria-metrics >/dev/null || need_pkgs+=(victoria-metrics)
command -v promtool >/dev/null || need_pkgs+=(prometheus)
command -v prometheus-node-exporter >/dev/null || need_pkgs+=(prometheus-node-exporter)
command -v node >/dev/null || need_pkgs+=(nodejs)
command -v npm >/dev/null || need_pkgs+=(npm)
if ((${#need_pkgs[@]})); then
    ((INSTALL)) || die "missing: ${need_pkgs[*]} (run without --no-install)"
    log "apt-get install ${need_pkgs[*]}"
    # The packages' services are not started in a container (policy-rc.d); we start binaries ourselves.
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${need_pkgs[@]}" >"$RUN/apt.log" 2>&1 ||
        { apt-get update -qq >>"$RUN/apt.log" 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${need_pkgs[@]}" >>"$RUN/apt.log" 2>&1; } ||
        die "apt-get install failed, see $RUN/apt.log"
fi
ETSY_DIR="$PEERS/npm/node_modules/statsd"
if [[ ! -f "$ETSY_DIR/stats.js" ]]; then
    ((INSTALL)) || die "missing Etsy statsd (run without --no-install)"
    log "npm install statsd@0.9.0 into $PEERS/npm"
    mkdir -p "$PEERS/npm"
    (cd "$PEERS/npm" && timeout 300 npm install --no-audit --no-fund --loglevel=error statsd@0.9.0) >"$RUN/npm.log" 2>&1 ||
        die "npm install failed, see $RUN/npm.log"
fi
UDP_LOADER="$BUILD_DIR/bench/udp_loader"
HTTP_LOADER="$BUILD_DIR/bench/http_loader"
if [[ ! -x $UDP_LOADER || ! -x $HTTP_LOADER || $HERE/udp_loader.cpp -nt $UDP_LOADER || $HERE/http_loader.cpp -nt $HTTP_LOADER ]]; then
    log "building the loaders in $BUILD_DIR"
    if [[ ! -f $BUILD_DIR/build.ninja ]]; then
        cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release >"$RUN/cmake.log" 2>&1 ||
            cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DHMS_BUILD_TESTS=OFF >>"$RUN/cmake.log" 2>&1 ||
            die "cmake configure failed, see $RUN/cmake.log"
    fi
    cmake --build "$BUILD_DIR" -j1 --target udp_loader http_loader >>"$RUN/cmake.log" 2>&1 || die "loader build failed, see $RUN/cmake.log"
fi

build_type_of() { # the CMAKE_BUILD_TYPE of the build tree holding BIN/app/hms-ops
    local cache
    cache="$(dirname "$(dirname "$1")")/CMakeCache.txt"
    [[ -f $cache ]] && sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$cache" || echo unknown
}
optimized() { [[ $1 =~ ^(Release|RelWithDebInfo|MinSizeRel)$ ]]; }
if [[ -z "${HMS_OPS_BIN:-}" ]]; then
    if [[ -x $ROOT/build/release/app/hms-ops ]]; then
        HMS_OPS_BIN=$ROOT/build/release/app/hms-ops
    else
        # The newest optimised build (e.g. build/bench, configured Release); else the newest at all.
        for candidate in $(ls -t "$ROOT"/build/*/app/hms-ops 2>/dev/null || true); do
            [[ -x $candidate ]] || continue
            [[ -z "${HMS_OPS_BIN:-}" ]] && HMS_OPS_BIN=$candidate
            if optimized "$(build_type_of "$candidate")"; then HMS_OPS_BIN=$candidate; break; fi
        done
    fi
fi
HMS_BUILD_TYPE=unknown
if [[ -n "${HMS_OPS_BIN:-}" && -x $HMS_OPS_BIN ]]; then
    HMS_BUILD_TYPE=$(build_type_of "$HMS_OPS_BIN")
    optimized "$HMS_BUILD_TYPE" ||
        log "WARNING: $HMS_OPS_BIN is a '$HMS_BUILD_TYPE' build: its numbers are not comparable"
else
    log "WARNING: no hms-ops binary (set HMS_OPS_BIN): ours is skipped"
    HMS_OPS_BIN=""
fi

# ---------------------------------------------------------------- versions and machine
{
    echo "mode: $MODE ($(date -u +%Y-%m-%dT%H:%M:%SZ))"
    echo "machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1), kernel $(uname -r)"
    echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "net.core.rmem_default=$(cat /proc/sys/net/core/rmem_default) rmem_max=$(cat /proc/sys/net/core/rmem_max)"
    echo "hms-ops: ${HMS_OPS_BIN:-none} ($HMS_BUILD_TYPE) $([[ -n $HMS_OPS_BIN ]] && "$HMS_OPS_BIN" --version 2>/dev/null | tail -1)"
    for p in collectd-core victoria-metrics prometheus prometheus-node-exporter nodejs; do
        echo "$p: $(dpkg-query -W -f='${Version}' "$p" 2>/dev/null || echo '?')"
    done
    echo "statsd (npm): $(sed -n 's/.*"version": *"\([^"]*\)".*/\1/p' "$ETSY_DIR/package.json" | head -1)"
} | tee "$RUN/versions.txt" >&2
printf 'section\treceiver\tlines_per_datagram\ttarget_rate\tsent\tachieved_rate\treceived\tloss\tverdict\n' >"$RESULTS"

# ---------------------------------------------------------------- StatsD receivers
# Each start_* sets RCV_PID and RCV_PORT (UDP); count_<name> prints the lines received so far.
start_collectd() {
    local d="$DATA/data-collectd" port
    rm -rf "$d" && mkdir -p "$d"
    port=$(freeport udp)
    cat >"$d/collectd.conf" <<EOF
Hostname "bench"
FQDNLookup false
Interval 1
BaseDir "$d"
PIDFile "$d/collectd.pid"
PluginDir "/usr/lib/collectd"
TypesDB "/usr/share/collectd/types.db"
LoadPlugin statsd
LoadPlugin csv
<Plugin statsd>
  Host "127.0.0.1"
  Port "$port"
</Plugin>
<Plugin csv>
  DataDir "$d/csv"
  StoreRates false
</Plugin>
EOF
    start_bg "$d/collectd.log" collectd -f -C "$d/collectd.conf"
    RCV_PID=$LAST_PID RCV_PORT=$port COLLECTD_CSV="$d/csv"
    wait_for 10 grep -q 'statsd plugin: Listening' "$d/collectd.log" || die "collectd did not start: $(tail -5 "$d/collectd.log")"
}
# collectd's statsd counters are cumulative `derive` values; the csv plugin (StoreRates false)
# writes them raw each Interval (1 s). (unixsock's GETVAL would give rates, not totals.)
count_collectd() { $PY "$PC" collectd "$COLLECTD_CSV" bench.metric; }

start_etsy() {
    local d="$DATA/data-etsy" port mport
    rm -rf "$d" && mkdir -p "$d"
    port=$(freeport udp)
    mport=$(freeport tcp)
    # flushInterval 1 h: counters (and statsd.metrics_received) are not reset during the run.
    cat >"$d/config.js" <<EOF
{ port: $port, address: "127.0.0.1", mgmt_port: $mport, mgmt_address: "127.0.0.1",
  backends: ["./backends/console"], flushInterval: 3600000, console: { prettyprint: false } }
EOF
    start_bg "$d/statsd.log" bash -c 'cd "$1" && exec node stats.js "$2"' _ "$ETSY_DIR" "$d/config.js"
    RCV_PID=$LAST_PID RCV_PORT=$port ETSY_MGMT=$mport
    wait_for 10 port_open "$mport" || die "Etsy statsd did not start: $(tail -5 "$d/statsd.log")"
}
count_etsy() { $PY "$PC" etsy "$ETSY_MGMT"; }

start_hms() { # start_hms UDP_PORT|0
    local d="$DATA/data-hms" port=${1:-0} line
    rm -rf "$d" && mkdir -p "$d"
    [[ $port == 0 ]] && port=$(freeport udp)
    start_bg "$d/hms.log" "$HMS_OPS_BIN" --headless --data-dir "$d" --api-listen 127.0.0.1:0 \
        --statsd-listen "127.0.0.1:$port" --influx-listen 127.0.0.1:0 --no-examples
    RCV_PID=$LAST_PID RCV_PORT=$port
    wait_for 15 grep -q '^ready ' "$d/hms.log" || die "hms-ops did not start: $(tail -5 "$d/hms.log")"
    line=$(grep -m1 '^ready ' "$d/hms.log")
    HMS_API=$(sed -n 's/.*api=\([^ ]*\).*/\1/p' <<<"$line")
    HMS_API=${HMS_API%/}
    # The line-protocol listener (its own port on the ingest thread); older builds: the API.
    HMS_INFLUX=$(sed -n 's/.*influx=\([^ ]*\).*/\1/p' <<<"$line")
    HMS_INFLUX=${HMS_INFLUX%/}
    [[ -n $HMS_INFLUX ]] || HMS_INFLUX=$HMS_API
    HMS_TOKEN_FILE="$d/api-token"
    wait_for 5 test -s "$HMS_TOKEN_FILE" || die "no $HMS_TOKEN_FILE"
    HMS_METHOD=$($PY "$PC" hms "$HMS_API" "$HMS_TOKEN_FILE" | $PY -c 'import json,sys; print(json.load(sys.stdin)["method"])')
    HMS_DRIFT=0
    if [[ $HMS_METHOD == samples ]]; then
        # Fallback: samples in the store. Its own self-metrics add a few per tick: measure that
        # background rate for 2 s and subtract it from every step.
        local s0 s1 t0 t1
        t0=$(now); s0=$(hms_samples); sleep 2; t1=$(now); s1=$(hms_samples)
        HMS_DRIFT=$(awk -v a="$s0" -v b="$s1" -v t0="$t0" -v t1="$t1" 'BEGIN{printf "%.3f", (b-a)/(t1-t0)}')
        log "hms-ops: /api/v1/status not available; counting store samples (background $HMS_DRIFT samples/s subtracted)"
    fi
}
hms_samples() { $PY "$PC" hms "$HMS_API" "$HMS_TOKEN_FILE" | $PY -c 'import json,sys; print(json.load(sys.stdin)["samples"])'; }
count_hms() {
    if [[ $HMS_METHOD == status ]]; then
        $PY "$PC" hms "$HMS_API" "$HMS_TOKEN_FILE" | $PY -c 'import json,sys; print(json.load(sys.stdin)["lines"])'
    else
        # samples minus the background since the receiver started (time-stamped in HMS_T0)
        awk -v s="$(hms_samples)" -v d="$HMS_DRIFT" -v t="$(now)" -v t0="$HMS_T0" 'BEGIN{printf "%.0f", s - d*(t-t0)}'
    fi
}

settle() { # settle COUNTFN [TOLERANCE]: reads until two reads 1.1 s apart agree (≤ 6 reads)
    local fn=$1 tol=${2:-0} prev cur i
    sleep 1.2
    prev=$($fn)
    for i in 1 2 3 4 5; do
        sleep 1.1
        cur=$($fn)
        awk -v a="$cur" -v b="$prev" -v t="$tol" 'BEGIN{d=a-b; if (d<0) d=-d; exit !(d<=t)}' && break
        prev=$cur
    done
    echo "$cur"
}
settle_tolerance() { # exact counters: 0; ours counted by samples: the background of ~1.1 s
    if [[ $1 == hms && $HMS_METHOD == samples ]]; then
        awk -v d="$HMS_DRIFT" 'BEGIN{printf "%d", d*1.5+5}'
    else
        echo 0
    fi
}

# one_step RECEIVER L RATE: prints "sent achieved received loss"
one_step() {
    local rcv=$1 L=$2 rate=$3 before after out sent achieved received loss
    before=$(count_"$rcv")
    out=$("$UDP_LOADER" --port "$RCV_PORT" --rate "$rate" --duration "$STEP_SECONDS" \
        --lines-per-datagram "$L" --names "$NAMES" --type c)
    echo "$out" >>"$RUN/udp_loader.jsonl"
    after=$(settle count_"$rcv" "$(settle_tolerance "$rcv")")
    sent=$($PY -c 'import json,sys; print(json.loads(sys.argv[1])["sent_lines"])' "$out")
    achieved=$($PY -c 'import json,sys; print(round(json.loads(sys.argv[1])["achieved_rate"]))' "$out")
    received=$((after - before))
    loss=$(awk -v s="$sent" -v r="$received" 'BEGIN{ if (s<=0) print 1; else printf "%.6f", (s-r)/s }')
    echo "$sent $achieved $received $loss"
}

verdict_of() { # verdict_of TARGET ACHIEVED LOSS: loss (≥ 0.1 %), loader-limited (< 97 % of target), pass
    awk -v r="$1" -v a="$2" -v l="$3" -v m="$LOSS_LIMIT" \
        'BEGIN{ if (l >= m) print "loss"; else if (a < 0.97*r) print "loader-limited"; else print "pass" }'
}

# ladder RECEIVER L: climbs RATES, stops at the first step with ≥ 0.1 % loss (or that the loader
# could not reach); in --full refines between the last pass and the first failure. Sets BEST.
ladder() {
    local rcv=$1 L=$2 rate r sent achieved received loss verdict pass=0 fail=0 i rates
    BEST=0 LIMITED=0
    rates=$RATES_1
    [[ $L == 1 ]] || rates=$RATES_20
    # Warm-up (not counted): 1 s at 10k lines/s, then let the counters settle.
    "$UDP_LOADER" --port "$RCV_PORT" --rate 10000 --duration 1 --lines-per-datagram "$L" --names "$NAMES" --type c >/dev/null
    settle count_"$rcv" "$(settle_tolerance "$rcv")" >/dev/null
    for rate in $rates; do
        read -r sent achieved received loss < <(one_step "$rcv" "$L" "$rate")
        verdict=$(verdict_of "$rate" "$achieved" "$loss")
        printf 'statsd\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$rcv" "$L" "$rate" "$sent" "$achieved" "$received" "$loss" "$verdict" >>"$RESULTS"
        log "  $rcv L=$L target=$rate achieved=$achieved sent=$sent received=$received loss=$(awk -v l="$loss" 'BEGIN{printf "%.4f%%", l*100}') $verdict"
        if [[ $verdict == pass ]]; then
            BEST=$achieved pass=$rate
        elif [[ $verdict == loader-limited ]]; then
            # The loader could not go faster here: without loss, the achieved rate is a lower
            # bound of what the receiver sustains; the ladder cannot climb further either way.
            BEST=">=$achieved" LIMITED=1
            break
        else
            fail=$rate
            break
        fi
    done
    if ((REFINE > 0 && pass > 0 && fail > 0)); then
        local lo=$pass hi=$fail
        for i in $(seq 1 "$REFINE"); do
            rate=$(awk -v a="$lo" -v b="$hi" 'BEGIN{printf "%d", sqrt(a*b)}')
            read -r sent achieved received loss < <(one_step "$rcv" "$L" "$rate")
            verdict=$(verdict_of "$rate" "$achieved" "$loss")
            printf 'statsd\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s(refine)\n' "$rcv" "$L" "$rate" "$sent" "$achieved" "$received" "$loss" "$verdict" >>"$RESULTS"
            log "  $rcv L=$L target=$rate (refine) achieved=$achieved received=$received loss=$(awk -v l="$loss" 'BEGIN{printf "%.4f%%", l*100}') $verdict"
            if [[ $verdict == pass ]]; then BEST=$achieved lo=$rate; else hi=$rate; fi
        done
    fi
    # All steps passed: the result is a lower bound (the ladder's top).
    [[ $fail == 0 && $pass != 0 && $LIMITED == 0 ]] && BEST=">=$BEST"
    return 0
}

declare -A STATSD_BEST
run_statsd() {
    local L rcv receivers=()
    for rcv in ${RECEIVERS:-hms collectd etsy}; do
        [[ $rcv == hms && -z $HMS_OPS_BIN ]] && continue
        receivers+=("$rcv")
    done
    for L in 20 1; do
        for rcv in "${receivers[@]}"; do
            log "StatsD ladder: $rcv, $L lines/datagram, steps of ${STEP_SECONDS}s: $([[ $L == 1 ]] && echo "$RATES_1" || echo "$RATES_20")"
            case $rcv in
            hms) start_hms 0; HMS_T0=$(now) ;;
            collectd) start_collectd ;;
            etsy) start_etsy ;;
            esac
            ladder "$rcv" "$L"
            STATSD_BEST[$rcv,$L]=$BEST
            stop_last "$RCV_PID"
        done
    done
}

# ---------------------------------------------------------------- Influx line protocol over HTTP
declare -A INFLUX
run_influx() {
    local d="$DATA/data-vm" port before after out rows fr secs status
    rm -rf "$d" && mkdir -p "$d"
    port=$(freeport tcp)
    start_bg "$d/vm.log" victoria-metrics -httpListenAddr="127.0.0.1:$port" -storageDataPath="$d" -loggerLevel=ERROR
    local vm_pid=$LAST_PID
    wait_for 15 port_open "$port" || die "VictoriaMetrics did not start: $(tail -5 "$d/vm.log")"
    log "Influx: VictoriaMetrics /write, ${INFLUX_SECONDS}s, $INFLUX_LINES lines x 5 fields per request"
    # Warm-up (not counted): the 10k series get created, the connection and caches get warm.
    "$HTTP_LOADER" --port "$port" --path /write --duration "$INFLUX_WARMUP" --measurement warmup --lines "$INFLUX_LINES" --fields 5 >/dev/null
    before=$($PY "$PC" vm "$port")
    out=$("$HTTP_LOADER" --port "$port" --path /write --duration "$INFLUX_SECONDS" --lines "$INFLUX_LINES" --fields 5)
    echo "$out" >>"$RUN/http_loader.jsonl"
    sleep 1
    after=$($PY "$PC" vm "$port")
    secs=$($PY "$PC" json /dev/stdin seconds <<<"$out")
    fr=$($PY "$PC" json /dev/stdin field_rows <<<"$out")
    INFLUX[vm]=$(awk -v a="$before" -v b="$after" -v s="$secs" 'BEGIN{printf "%.0f", (b-a)/s}')
    INFLUX[vm_sent]=$(awk -v f="$fr" -v s="$secs" 'BEGIN{printf "%.0f", f/s}')
    printf 'influx\tvictoria-metrics\t-\t-\t%s\t%s\t%s\t-\t%s\n' "$fr" "${INFLUX[vm_sent]}" "$((after - before))" \
        "non2xx=$($PY "$PC" json /dev/stdin non_2xx <<<"$out")" >>"$RESULTS"
    log "  victoria-metrics: sent ${INFLUX[vm_sent]} field rows/s, accepted ${INFLUX[vm]} field rows/s (vm_rows_inserted_total{type=\"influx\"})"
    stop_last "$vm_pid"

    INFLUX[hms]="n/a"
    [[ -n $HMS_OPS_BIN ]] || return 0
    start_hms 0
    HMS_T0=$(now)
    status=$($PY "$PC" http-status "$HMS_INFLUX$HMS_INFLUX_PATH" "$HMS_TOKEN_FILE" "probe,host=a value=1")
    if [[ ! $status =~ ^2 ]]; then
        log "  hms-ops: POST $HMS_INFLUX_PATH answers HTTP $status: no Influx endpoint yet, skipped"
        INFLUX[hms]="n/a (HTTP $status)"
        printf 'influx\thms\t-\t-\t-\t-\t-\t-\tunavailable(HTTP %s)\n' "$status" >>"$RESULTS"
        stop_last "$RCV_PID"
        return 0
    fi
    "$HTTP_LOADER" --port "${HMS_INFLUX##*:}" --path "$HMS_INFLUX_PATH" --duration "$INFLUX_WARMUP" --measurement warmup \
        --lines "$INFLUX_LINES" --fields 5 --token "$(cat "$HMS_TOKEN_FILE")" >/dev/null
    before=$(hms_samples)
    out=$("$HTTP_LOADER" --port "${HMS_INFLUX##*:}" --path "$HMS_INFLUX_PATH" --duration "$INFLUX_SECONDS" \
        --lines "$INFLUX_LINES" --fields 5 --token "$(cat "$HMS_TOKEN_FILE")")
    echo "$out" >>"$RUN/http_loader.jsonl"
    sleep 1
    after=$(hms_samples)
    secs=$($PY "$PC" json /dev/stdin seconds <<<"$out")
    fr=$($PY "$PC" json /dev/stdin field_rows <<<"$out")
    INFLUX[hms]=$(awk -v a="$before" -v b="$after" -v s="$secs" 'BEGIN{printf "%.0f", (b-a)/s}')
    INFLUX[hms_sent]=$(awk -v f="$fr" -v s="$secs" 'BEGIN{printf "%.0f", f/s}')
    printf 'influx\thms\t-\t-\t%s\t%s\t%s\t-\t%s\n' "$fr" "${INFLUX[hms_sent]}" "$((after - before))" \
        "non2xx=$($PY "$PC" json /dev/stdin non_2xx <<<"$out")" >>"$RESULTS"
    log "  hms-ops: sent ${INFLUX[hms_sent]} field rows/s, accepted ${INFLUX[hms]} samples/s (store samples)"
    stop_last "$RCV_PID"
}

# ---------------------------------------------------------------- bytes per sample (Prometheus TSDB)
BYTES_JSON=""
run_bytes() {
    local d="$DATA/data-bytes" port t0 n
    rm -rf "$d" && mkdir -p "$d/blocks"
    port=$(freeport tcp)
    start_bg "$d/node_exporter.log" prometheus-node-exporter --web.listen-address="127.0.0.1:$port" --no-collector.systemd
    local ne_pid=$LAST_PID
    wait_for 10 port_open "$port" || die "node_exporter did not start: $(tail -5 "$d/node_exporter.log")"
    log "bytes/sample: $BYTES_SCRAPES real node_exporter scrapes every ${BYTES_INTERVAL}s, stored 15 s apart"
    $PY "$PC" scrape "http://127.0.0.1:$port/metrics" "$d/scrapes.txt" "$BYTES_SCRAPES" "$BYTES_INTERVAL" >/dev/null
    stop_last "$ne_pid"
    # Aligned to a 2 h block boundary, a day back: one block holds the whole series.
    t0=$(( ($(date +%s) / 7200 - 12) * 7200 ))
    n=$($PY "$PC" openmetrics "$d/scrapes.txt" "$d/data.om" 15 "$t0")
    timeout 300 promtool tsdb create-blocks-from openmetrics "$d/data.om" "$d/blocks" >"$d/promtool.log" 2>&1 ||
        die "promtool failed: $(tail -5 "$d/promtool.log")"
    BYTES_JSON=$($PY "$PC" blockstats "$d/blocks")
    printf 'bytes\tprometheus\t-\t-\t%s\t-\t-\t-\t%s\n' "$n" "$BYTES_JSON" >>"$RESULTS"
    log "  prometheus 2.42 TSDB: $BYTES_JSON"
    # Ours on the very same file: our store, then a fresh series.db (bench/bytes_per_sample.cpp).
    local bps="$BUILD_DIR/bench/bytes_per_sample"
    if cmake --build "$BUILD_DIR" --target bytes_per_sample >/dev/null 2>&1 && [[ -x $bps ]]; then
        OURS_BYTES_JSON=$("$bps" "$d/data.om")
        printf 'bytes\thms\t-\t-\t%s\t-\t-\t-\t%s\n' "$n" "$OURS_BYTES_JSON" >>"$RESULTS"
        log "  hms-ops series.db: $OURS_BYTES_JSON"
    fi
}

case $ONLY in
all) run_statsd; run_influx; run_bytes ;;
statsd) run_statsd ;;
influx) run_influx ;;
bytes) run_bytes ;;
esac

# ---------------------------------------------------------------- summary
ratio() { # ours/peer; a lower bound for ours makes the ratio a lower bound, one for the peer an upper bound
    local p=""
    [[ $1 == '>='* && $2 != '>='* ]] && p=">="
    [[ $1 != '>='* && $2 == '>='* ]] && p="<="
    [[ $1 == '>='* && $2 == '>='* ]] && p="~"
    awk -v a="${1#>=}" -v b="${2#>=}" -v p="$p" 'BEGIN{ if (a+0>0 && b+0>0) printf "%s%.2fx", p, a/b; else print "-" }'
}
fmt() { awk -v v="${1#>=}" -v p="$([[ $1 == '>='* ]] && echo '>=')" 'BEGIN{ if (v+0>0) printf "%s%.3f M", p, v/1e6; else print "-" }'; }
{
    echo
    echo "== HMS ingest vs peers ($MODE run; load average now: $(cut -d' ' -f1-3 /proc/loadavg)) =="
    if [[ $ONLY == all || $ONLY == statsd ]]; then
        echo
        echo "StatsD UDP: highest ladder step with < 0.1 % loss, lines/s (achieved send rate)"
        printf '| lines/datagram | hms-ops | collectd 5.12 | Etsy statsd 0.9.0 | ours/collectd (goal >= 2x) | ours/Etsy (goal >= 10x) |\n'
        printf '|---|---|---|---|---|---|\n'
        for L in 20 1; do
            h=${STATSD_BEST[hms,$L]:-0} c=${STATSD_BEST[collectd,$L]:-0} e=${STATSD_BEST[etsy,$L]:-0}
            printf '| %s | %s | %s | %s | %s | %s |\n' "$L" "$(fmt "$h")" "$(fmt "$c")" "$(fmt "$e")" "$(ratio "$h" "$c")" "$(ratio "$h" "$e")"
        done
        echo "('>=': a lower bound: the top of the ladder passed, or the loader could not send faster"
        echo " without loss (loader-limited); '-': not measured or no step passed)"
    fi
    if [[ $ONLY == all || $ONLY == influx ]]; then
        echo
        echo "Influx line protocol over HTTP, one sequential keep-alive client, $INFLUX_LINES lines x 5 fields per request"
        printf '| receiver | field rows/s sent | field rows/s accepted | ours/VM (goal >= 1.0x) |\n|---|---|---|---|\n'
        printf '| VictoriaMetrics 1.79 | %s | %s | |\n' "$(fmt "${INFLUX[vm_sent]:-0}")" "$(fmt "${INFLUX[vm]:-0}")"
        printf '| hms-ops | %s | %s | %s |\n' "$(fmt "${INFLUX[hms_sent]:-0}")" \
            "$([[ ${INFLUX[hms]:-n/a} == n/a* ]] && echo "${INFLUX[hms]:-n/a}" || fmt "${INFLUX[hms]}")" \
            "$(ratio "${INFLUX[hms]:-0}" "${INFLUX[vm]:-0}")"
    fi
    if [[ $ONLY == all || $ONLY == bytes ]] && [[ -n $BYTES_JSON ]]; then
        echo
        echo "Bytes per sample on disk, node_exporter data 15 s apart (Prometheus 2.42 TSDB block via promtool)"
        $PY - "$BYTES_JSON" <<'EOF'
import json, sys
j = json.loads(sys.argv[1])
spp = j["samples"] / j["series"] if j["series"] else 0
print("| store | series | samples/series | block bytes | bytes/sample | chunk bytes/sample |")
print("|---|---|---|---|---|---|")
print("| Prometheus 2.42 | %d | %.0f | %d | %.3f | %.3f |" % (j["series"], spp, j["bytes"], j["bytes_per_sample"] or 0, j["chunk_bytes_per_sample"] or 0))
print("| hms-ops | - | - | - | see the log line hms-ops series.db | |")
EOF
    fi
    echo
    echo "raw results: $RESULTS"
} | tee "$RUN/summary.md"
