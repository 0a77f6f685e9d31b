#!/usr/bin/env bash
# Quick start, command one: install what is missing, build, and launch HMS Ops Center on the
# embedded default (SQLite in the user's data dir, StatsD on 127.0.0.1:8125, API on 127.0.0.1,
# the seed's rotation and playbook loaded) with the hurricane-morning demo driving it (--demo),
# so the dashboards come alive in the first minute. `--no-demo` starts it quiet, for the seed's
# lab. Other arguments go to hms-ops.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh release
demo=(--demo)
args=()
for a in "$@"; do
    case $a in
    --no-demo) demo=() ;;
    --no-examples) demo=(); args+=("$a") ;; # the demo pages the seed's rotation: it needs the examples
    *) args+=("$a") ;;
    esac
done
exec build/release/app/hms-ops "${demo[@]}" "${args[@]}"
