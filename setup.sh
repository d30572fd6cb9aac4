#!/usr/bin/env bash
# Sets up a Debian bookworm machine for Waymark, builds it and opens the editor.
#   ./setup.sh            install what is missing, build, open the editor (or, on a machine
#                         without a display, say how to use the command line)
#   ./setup.sh --no-run   install and build only
#   ./setup.sh FILE       ... and open FILE
set -euo pipefail
cd "$(dirname "$0")"
source .ci/common.sh

packages=(
    cmake ninja-build g++ ccache pkgconf libsqlite3-dev libpng-dev libzip-dev libpq-dev
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev qt6-svg-dev
    libqt6sql6-sqlite qt6-qpa-plugins
    xvfb xauth fonts-dejavu-core poppler-utils sqlite3 file
)

waymark_install "${packages[@]}"

build_type=${WAYMARK_BUILD_TYPE:-RelWithDebInfo}
werror=OFF
flags=()
if [ "${CI:-}" = "true" ]; then
    werror=ON
    # CI builds to run the tests once: -O1 without debug information compiles in about 60 %
    # of the time of -O2 -g, and the tests take seconds either way.
    if [ -z "${WAYMARK_BUILD_TYPE:-}" ]; then
        build_type=Release
        flags=(-DCMAKE_CXX_FLAGS_RELEASE="-O1 -DNDEBUG")
    fi
fi
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE="$build_type" -DWAYMARK_WERROR="$werror" "${flags[@]}" >/dev/null
cmake --build build

[ "${1:-}" = "--no-run" ] && exit 0
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    exec build/app/waymark # prints how to use the command line on a machine without a display
fi
exec build/app/waymark "$@"
