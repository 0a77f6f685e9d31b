# Sourced by the build scripts. ccache keys on paths relative to the clone, so a fresh clone (CI)
# reuses what an earlier one compiled; the cache holds the dev, release, sanitizer and fuzz builds
# at once. CCACHE_DIR is fixed here because scripts/test.sh gives the tests a throw-away HOME.
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1 CCACHE_MAXSIZE="${CCACHE_MAXSIZE:-12G}"
export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
