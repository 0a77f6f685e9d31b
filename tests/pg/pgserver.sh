#!/usr/bin/env bash
# A throw-away PostgreSQL (Debian's postgresql-15) on 127.0.0.1 for the tests: ctest's fixture
# "postgres" runs `start STATE_DIR` before the tests that need it and `stop STATE_DIR` after.
# The server's files live in a fresh directory under /tmp (the postgres user must reach them;
# initdb refuses to run as root, so as root it runs as postgres). Password authentication
# (SCRAM) over TCP, as a real deployment would have; the password is in STATE_DIR/password.
set -euo pipefail
cmd="$1"
state="$2"
bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
if [ -z "$bindir" ]; then
  echo "pgserver: PostgreSQL is not installed (scripts/setup.sh installs postgresql-15)" >&2
  exit 1
fi
as_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
case "$cmd" in
start)
  mkdir -p "$state"
  if [ -f "$state/dir" ] && [ -d "$(cat "$state/dir")" ]; then
    as_pg "$bindir/pg_ctl" -D "$(cat "$state/dir")/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$(cat "$state/dir")"
  fi
  dir="$(mktemp -d /tmp/hms-pg.XXXXXX)"
  chmod 755 "$dir"
  [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
  password="hms-test-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
  printf '%s' "$password" > "$dir/pw"
  [ "$(id -u)" -eq 0 ] && chown postgres "$dir/pw"
  as_pg "$bindir/initdb" -D "$dir/data" -U hms -E UTF8 --locale=C --auth-local=trust --auth-host=scram-sha-256 \
    --pwfile="$dir/pw" >"$dir/initdb.log"
  rm -f "$dir/pw"
  port=""
  for p in $(seq 55432 55532); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then port="$p"; break; fi
  done
  [ -n "$port" ] || { echo "pgserver: no free port in 55432..55532" >&2; exit 1; }
  # Tests trade durability for speed; HMS_PG_DURABLE=1 (the benchmarks) keeps the defaults.
  fast="-c fsync=off -c synchronous_commit=off"
  [ "${HMS_PG_DURABLE:-0}" = 1 ] && fast=""
  as_pg "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir $fast -c max_connections=300" \
    start >/dev/null
  echo "$dir" > "$state/dir"
  printf '%s' "$password" > "$state/password"
  echo "postgresql://hms@127.0.0.1:$port/postgres" > "$state/url"
  echo "pgserver: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port ($dir)"
  ;;
stop)
  if [ -f "$state/dir" ]; then
    dir="$(cat "$state/dir")"
    as_pg "$bindir/pg_ctl" -D "$dir/data" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    rm -f "$state/dir" "$state/url" "$state/password"
  fi
  ;;
*)
  echo "usage: pgserver.sh start|stop STATE_DIR" >&2
  exit 2
  ;;
esac
