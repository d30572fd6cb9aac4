# Sourced by setup.sh and run-tests.sh (from the clone's root).

# Installs the Debian packages of "$@" that are missing; returns non-zero when apt fails.
waymark_install() {
    local missing=() package
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    ((${#missing[@]})) || return 0
    echo "Installing: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    DEBIAN_FRONTEND=noninteractive $sudo apt-get update -qq &&
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# One ccache for every clone and build folder on the machine (its own folder: ccache's
# default, ~/.cache/ccache, unless CCACHE_DIR says otherwise). Paths are hashed relative to the
# clone, so a fresh clone elsewhere hits what another compiled; the checkout's new file times
# and the precompiled headers' macros are not taken for changes, nor is the build folder's
# path in debug information.
export CCACHE_BASEDIR="$PWD"
export CCACHE_NOHASHDIR=1
export CCACHE_SLOPPINESS="${CCACHE_SLOPPINESS:-pch_defines,time_macros,include_file_mtime,include_file_ctime}"
