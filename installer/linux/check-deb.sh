#!/usr/bin/env bash
# Builds the Debian package from a configured and built build folder, installs it with apt (so that its Depends are
# checked and resolved), runs the installed programs, lints it, and removes it again.
#   installer/linux/check-deb.sh [BUILD_DIR]        (default: build/debug; needs root, or sudo)
# Exit status: 0 the package installs and runs; 1 it does not; 64 wrong usage.
# lintian (when installed) only reports: its tags do not fail the check.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
build="${1:-$root/build/debug}"
[ -f "$build/CPackConfig.cmake" ] || {
    echo "check-deb: $build has no CPackConfig.cmake: configure and build the project there first" >&2
    echo "check-deb: usage: installer/linux/check-deb.sh BUILD_DIR" >&2
    exit 64
}
build="$(cd "$build" && pwd)"

sudo=()
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo=(sudo); else
        echo "check-deb: installing a package needs root: run it as root or install sudo" >&2
        exit 1
    fi
fi

out="$(mktemp -d)"
installed=0
cleanup() {
    if [ "$installed" = 1 ]; then
        echo "== removing drrunbook"
        "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq drrunbook >/dev/null || true
    fi
    rm -rf "$out"
}
trap cleanup EXIT

if dpkg-query -W -f='${Status}' drrunbook 2>/dev/null | grep -q "install ok installed"; then
    echo "check-deb: a drrunbook package is installed already; remove it first: apt-get purge drrunbook" >&2
    exit 1
fi

echo "== cpack -G DEB ($build)"
(cd "$out" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$out" >"$out/cpack.log" 2>&1) || {
    cat "$out/cpack.log" >&2
    echo "check-deb: cpack failed" >&2
    exit 1
}
deb="$(ls "$out"/drrunbook_*.deb)"
echo "package: $(basename "$deb")"
dpkg-deb --info "$deb" | sed -n 's/^ \(Package\|Version\|Architecture\|Depends\|Recommends\|Installed-Size\):/  \1:/p'
echo "contents:"
dpkg-deb --contents "$deb" | awk '{print "  " $6}' | grep -v '/$'

echo "== apt-get install $(basename "$deb")"
# apt checks the Depends against the installed packages (and fetches missing ones when it can).
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$deb" \
    >"$out/apt.log" 2>&1 || {
    cat "$out/apt.log" >&2
    echo "check-deb: the package does not install" >&2
    exit 1
}
installed=1
dpkg-query -W -f='${Status}\n' drrunbook | grep -q "install ok installed" || {
    echo "check-deb: dpkg does not report drrunbook as installed" >&2
    exit 1
}

fail=0
check() {  # check DESCRIPTION COMMAND...
    local what="$1"
    shift
    if "$@" >"$out/run.log" 2>&1; then
        echo "ok: $what"
    else
        echo "FAILED: $what" >&2
        sed 's/^/  /' "$out/run.log" >&2
        fail=1
    fi
}
echo "== the installed files"
check "/usr/bin/drrunbook-cli --version" /usr/bin/drrunbook-cli --version
sed 's/^/  /' "$out/run.log"
check "/usr/bin/drrunbook --version (offscreen)" env QT_QPA_PLATFORM=offscreen /usr/bin/drrunbook --version
check "the GUI's features module is packaged (drrunbook loads it after its first window)" \
    sh -c 'dpkg -L drrunbook | grep -q "/drrunbook/libdrrunbook-features.so$"'
mkdir -p "$out/home"
check "/usr/bin/drrunbook starts its window, then the drill lab (offscreen screenshot)" \
    env QT_QPA_PLATFORM=offscreen HOME="$out/home" XDG_CONFIG_HOME="$out/home/.config" \
    XDG_DATA_HOME="$out/home/.local/share" timeout 120 /usr/bin/drrunbook --screenshot "$out/window.png"
check "drrunbook-cli --help lists the commands" sh -c '/usr/bin/drrunbook-cli --help | grep -q "support-clock"'
check "the installed drrunbook-cli is the packaged one, not the build's" \
    sh -c '[ "$(dpkg -S /usr/bin/drrunbook-cli | cut -d: -f1)" = drrunbook ]'
check "desktop file, metainfo and icon are installed" test -f /usr/share/applications/org.drrunbook.DrRunbook.desktop \
    -a -f /usr/share/metainfo/org.drrunbook.DrRunbook.metainfo.xml \
    -a -f /usr/share/icons/hicolor/scalable/apps/org.drrunbook.DrRunbook.svg
if [ -f /usr/share/man/man1/drrunbook-cli.1.gz ]; then
    check "man drrunbook-cli" sh -c 'MANWIDTH=80 man drrunbook-cli 2>&1 | grep -q "support-clock"'
else
    echo "skipped: man drrunbook-cli (this system's dpkg excludes /usr/share/man: see /etc/dpkg/dpkg.cfg.d)"
fi
if command -v desktop-file-validate >/dev/null 2>&1; then
    check "desktop-file-validate" desktop-file-validate /usr/share/applications/org.drrunbook.DrRunbook.desktop
fi
if command -v appstreamcli >/dev/null 2>&1; then
    check "appstreamcli validate" appstreamcli validate --no-net /usr/share/metainfo/org.drrunbook.DrRunbook.metainfo.xml
fi

if command -v lintian >/dev/null 2>&1; then
    echo "== lintian (report only)"
    lintian --tag-display-limit 0 "$deb" 2>&1 | sed 's/^/  /' || true
else
    echo "== lintian is not installed: skipped (apt-get install lintian)"
fi

if [ "$fail" != 0 ]; then
    echo "check-deb: the installed package does not work (see above)" >&2
    exit 1
fi
echo "check-deb: $(basename "$deb") installs, runs and is removed cleanly"
