#!/usr/bin/env bash
# Builds the DEB and TGZ packages from a build tree, installs the .deb on this machine, and runs
# the installed files: `hms-ops --version`, then a headless smoke test of the loop metric → rule →
# incident through the installed opsctl; the launcher, AppStream data and man pages are validated
# where they were installed. The package is removed again at the end (also on failure).
# Usage: scripts/package-test.sh [BUILD_DIR]   (default build/dev; CI runs it after the tests)
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build/dev}"
sudo_cmd=()
[ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)

fail() { echo "package-test: FAILED: $*" >&2; exit 1; }

# A machine that has hms-ops installed (a user's real installation) is not ours to replace and
# remove: the packages are built and checked, but not installed.
preinstalled=
dpkg-query -W -f='${Status}' hms-ops 2>/dev/null | grep -q "install ok installed" && preinstalled=1
rm -f "$build"/hms-ops_*.deb "$build"/hms-ops-*.tar.gz
(cd "$build" && cpack -G "DEB;TGZ" >/dev/null) || fail "cpack"
deb=$(ls "$build"/hms-ops_*.deb)
tgz=$(ls "$build"/hms-ops-*.tar.gz)
echo "package-test: built $(basename "$deb") ($(du -h "$deb" | cut -f1)) and $(basename "$tgz")"
dpkg-deb --field "$deb" Depends | grep -q libqt6sql6-sqlite || fail "the .deb does not depend on the SQLite driver"
tar tzf "$tgz" | grep -q '/bin/hms-ops$' || fail "the TGZ has no bin/hms-ops"
expected="hms-ops $(dpkg-deb --field "$deb" Version)"
if [ -n "$preinstalled" ]; then
    echo "package-test: hms-ops is already installed here; built and checked the packages, installed nothing"
    exit 0
fi

state=$(mktemp -d)
pid=
cleanup() {
    [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get remove -y -qq hms-ops >/dev/null 2>&1 || true
    rm -rf "$state"
}
trap cleanup EXIT
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "$(realpath "$deb")" >/dev/null \
    || fail "apt-get install $deb"

# From here on only installed files are used.
[ "$(command -v hms-ops)" = /usr/bin/hms-ops ] || fail "hms-ops is not /usr/bin/hms-ops"
version=$(/usr/bin/hms-ops --version)
[ "$version" = "$expected" ] || fail "hms-ops --version said \"$version\", the package is \"$expected\""
echo "package-test: $version"
desktop-file-validate /usr/share/applications/org.hmsops.OpsCenter.desktop || fail "desktop file"
appstreamcli validate --no-net /usr/share/metainfo/org.hmsops.OpsCenter.metainfo.xml >/dev/null || fail "metainfo"
for page in hms-ops opsctl; do
    [ -f /usr/share/man/man1/$page.1.gz ] || fail "no man page for $page"
    zcat /usr/share/man/man1/$page.1.gz | groff -man -ww -z 2>&1 | grep . && fail "man page $page has warnings"
done
for size in 16 48 256; do
    [ -f /usr/share/icons/hicolor/${size}x${size}/apps/hms-ops.png ] || fail "no ${size}px icon"
done

# Headless smoke test: the seed's examples are loaded, a pushed metric is stored, a rule fires.
data="$state/data"
/usr/bin/hms-ops --headless --data-dir "$data" --statsd-listen 127.0.0.1:0 --influx-listen 127.0.0.1:0 \
    > "$state/hms-ops.log" 2>&1 &
pid=$!
for _ in $(seq 100); do [ -s "$data/endpoints.json" ] && break; sleep 0.2; done
[ -s "$data/endpoints.json" ] || { cat "$state/hms-ops.log"; fail "the engine did not start"; }
opsctl() { /usr/bin/opsctl --data-dir "$data" "$@"; }
opsctl playbook list | grep -q pb_aid_latency || fail "the seed's playbook is not loaded"
cat > "$state/smoke.yml" <<'YAML'
name: PACKAGE_SMOKE
metric: smoke.latency_ms
aggregate: max
threshold: "> 1000"
for: 0s
YAML
opsctl alert create "$state/smoke.yml" >/dev/null || fail "opsctl alert create"
opsctl demo flood --metric smoke.latency_ms --value 1500 --rate 20 --seconds 2 >/dev/null || fail "opsctl demo flood"
fired=
for _ in $(seq 50); do
    if opsctl incident list | grep -q PACKAGE_SMOKE; then fired=1; break; fi
    sleep 0.2
done
[ -n "$fired" ] || { opsctl metric list; cat "$state/hms-ops.log"; fail "no incident from the installed engine"; }
opsctl metric list | grep -q smoke.latency_ms || fail "the metric was not stored"
echo "package-test: OK (installed, --version, launcher, metainfo, man pages, icons, metric → incident)"
