#!/usr/bin/env bash
# Appliance DR Runbook: build and run, or build and test, on Debian 12.
#   ./setup.sh run    install what is missing, build, start the app (a drill against the built-in lab)
#   ./setup.sh test   install what is missing, build, run the whole test suite
# Safe to run again: it installs only missing packages and rebuilds only what changed.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"
mode="${1:-}"
shift || true
preset="${DR_PRESET:-default}"
# ccache hits across clones of the repository (CI builds a fresh clone)
export CCACHE_BASEDIR="$here" CCACHE_NOHASHDIR=true

packages=(
    build-essential cmake ninja-build pkg-config ccache
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6opengl6-dev libgl-dev qtkeychain-qt6-dev libssl-dev openssl
    poppler-utils xvfb xauth fonts-dejavu-core curl time dbus-daemon gnome-keyring
    desktop-file-utils appstream man-db
)

install_missing() {
    local missing=()
    for p in "${packages[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$p")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "setup.sh: installing ${missing[*]}" >&2
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then sudo=(sudo); else
            echo "setup.sh: these packages are missing and you are not root and have no sudo: ${missing[*]}" >&2
            echo "setup.sh: ask an administrator to run: apt-get install ${missing[*]}" >&2
            exit 1
        fi
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
    # shellcheck disable=SC2086 # DR_CMAKE_ARGS holds several -D options on purpose
    cmake --preset "$preset" ${DR_CMAKE_ARGS:-} >/dev/null
    cmake --build --preset "$preset" --parallel "$(nproc)"
}

case "$mode" in
run)
    install_missing
    build
    bin="build/${preset/default/debug}/app/drrunbook"
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
        echo "setup.sh: built $bin, but there is no display (DISPLAY and WAYLAND_DISPLAY are unset)." >&2
        echo "setup.sh: on a headless machine run it under a virtual display:  xvfb-run -a $bin" >&2
        echo "setup.sh: or use the command-line tool: build/${preset/default/debug}/app/drrunbook-cli --help" >&2
        exit 2
    fi
    exec "$bin" "$@"
    ;;
test)
    install_missing
    build
    ctest --preset "$preset" "$@"
    ;;
*)
    echo "usage: ./setup.sh run|test" >&2
    exit 64
    ;;
esac
