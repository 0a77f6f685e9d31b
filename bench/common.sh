# Shared by the benchmark scripts: `source "$HERE/common.sh" NAME TARGET...` builds TARGETs in
# the release build (BUILD_DIR overrides it), makes a scratch directory WORK, and stops every
# process listed in PIDS and removes WORK on exit. Also: free_port, wait_http URL, now_ms.
BUILD=${BUILD_DIR:-$ROOT/build/release}
[[ -d $BUILD ]] || cmake --preset release >/dev/null
cmake --build "$BUILD" --target "${@:2}" >/dev/null
WORK=$(mktemp -d "/tmp/hms-$1.XXXXXX")
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
wait_http() { for _ in $(seq 100); do curl -sf -o /dev/null "$1" && return 0; sleep 0.1; done; echo "not up: $1" >&2; exit 1; }
now_ms() { date +%s%3N; }
# start_hms ARGS...: hms-ops on loopback with a fresh WORK/data, waits for "ready", sets API,
# TOKEN and OPSCTL (an array: opsctl for that data directory).
start_hms() {
    "$BUILD/app/hms-ops" --data-dir "$WORK/data" --no-examples --api-listen 127.0.0.1:0 --statsd-listen 127.0.0.1:0 \
        --influx-listen 127.0.0.1:0 "$@" >"$WORK/app.log" 2>&1 &
    PIDS+=($!)
    for _ in $(seq 100); do grep -q '^ready ' "$WORK/app.log" && break; sleep 0.1; done
    grep -q '^ready ' "$WORK/app.log" || { cat "$WORK/app.log" >&2; exit 1; }
    API=$(sed -n 's/^ready api=\([^ ]*\) .*/\1/p' "$WORK/app.log")
    TOKEN=$(cat "$WORK/data/api-token")
    OPSCTL=("$BUILD/cli/opsctl" --data-dir "$WORK/data")
}
# start_xvfb: a private X server for a benchmark that runs the real window; exports DISPLAY and
# QT_QPA_PLATFORM=xcb, and HOME=WORK so that no settings of the user are read.
start_xvfb() {
    local display=:$((90 + RANDOM % 9))
    Xvfb "$display" -screen 0 1920x1080x24 >/dev/null 2>&1 &
    PIDS+=($!)
    export DISPLAY=$display QT_QPA_PLATFORM=xcb HOME=$WORK
    for _ in $(seq 50); do xdpyinfo -display "$display" >/dev/null 2>&1 && break; sleep 0.1; done
}
