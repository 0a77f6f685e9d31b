#!/usr/bin/env bash
# The wall benchmark (bench/wall_bench.cpp) under Xvfb at 1920x1080 (software raster, as the
# issue's reference figures): prints ours, the naive Qt Charts wall and their ratio.
#   bench/wall_bench.sh [--seconds 10] [--naive-frames 5]
set -Eeuo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
# shellcheck source=bench/common.sh
source "$HERE/common.sh" wall-bench wall_bench
xvfb-run -a -s "-screen 0 1920x1080x24" env QT_QPA_PLATFORM=xcb "$BUILD/bench/wall_bench" "$@"
