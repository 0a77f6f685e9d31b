#!/usr/bin/env bash
# Quick start, command one: install what is missing, build, and launch HMS Ops Center on the
# embedded default (SQLite in the user's data dir, StatsD on 127.0.0.1:8125, API on 127.0.0.1,
# the seed's rotation and playbook loaded). Extra arguments go to hms-ops.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh release
exec build/release/app/hms-ops "$@"
