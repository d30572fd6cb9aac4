#!/usr/bin/env bash
# Builds Waymark (installing what is missing) and runs every test, in three suites:
#   release     the build of setup.sh (warnings are errors in CI), into build/
#   sanitizers  a Debug build with AddressSanitizer and UndefinedBehaviorSanitizer and without
#               precompiled headers, into build-asan/: the whole suite again, every test
#               stopping at the first finding (leaks too, but for tests/sanitizers/lsan.supp)
#   fuzz        the libFuzzer targets of that build (tests/fuzz), each for
#               WAYMARK_FUZZ_SECONDS (30) seconds
# Headless: tests use the offscreen platform; the real-window tests run under xvfb-run.
# The workspace tests run against a throwaway PostgreSQL cluster started here (.ci/postgres.sh)
# as an unprivileged user on a free loopback port, and stopped at the end, pass or fail.
#   ./run-tests.sh [CTEST ARGUMENTS]      e.g. -R tst_cli, for every suite
#   WAYMARK_SUITES=release ./run-tests.sh only the release suite, while iterating
# The sanitizer build uses clang 14 (installed here when missing), which libFuzzer needs; where
# clang cannot be installed it falls back to g++ and the fuzz suite is skipped, saying so.
set -euo pipefail
cd "$(dirname "$0")"
source .ci/common.sh
source .ci/postgres.sh

suites=${WAYMARK_SUITES:-release sanitizers fuzz}
fuzz_seconds=${WAYMARK_FUZZ_SECONDS:-30}
summary=()
failed=0

# run_suite NAME BUILD_DIR [CTEST ARGUMENTS]: runs ctest and keeps its summary line.
run_suite() {
    local name=$1 dir=$2 log
    shift 2
    log=$(mktemp)
    local status=0
    ctest --test-dir "$dir" --output-on-failure -j 2 "$@" 2>&1 | tee "$log" || status=$?
    local line
    line=$(grep -E "tests passed|No tests were found" "$log" | tail -1 || true)
    summary+=("$(printf '%-11s %s' "$name:" "${line:-ctest did not finish (exit $status)}")")
    rm -f "$log"
    ((status == 0)) || failed=1
}

./setup.sh --no-run
# The workspace tests' PostgreSQL: started once for every suite, stopped when this script ends.
waymark_pg_start
[[ " $suites " == *" release "* ]] && run_suite release build "$@"

if [[ " $suites " == *" sanitizers "* || " $suites " == *" fuzz "* ]]; then
    fuzz=OFF
    compiler=(-DCMAKE_CXX_COMPILER=g++)
    debug_flags="-O0 -g1"
    if waymark_install clang-14 libclang-rt-14-dev && command -v clang++-14 >/dev/null; then
        fuzz=ON
        compiler=(-DCMAKE_CXX_COMPILER=clang++-14)
        debug_flags="-O0 -gline-tables-only"
    else
        echo "run-tests.sh: clang 14 cannot be installed: the sanitizer build uses g++, the fuzz suite is skipped" >&2
    fi
    # Debug: Q_ASSERT and Qt's own checks are on. Unoptimised, and with line tables rather
    # than full debug information, as it is compiled once per change and run once.
    cmake -S . -B build-asan -G Ninja "${compiler[@]}" -DCMAKE_BUILD_TYPE=Debug \
        -DCMAKE_CXX_FLAGS_DEBUG="$debug_flags" -DCMAKE_DISABLE_PRECOMPILE_HEADERS=ON \
        -DWAYMARK_SANITIZE=ON -DWAYMARK_FUZZ="$fuzz" -DWAYMARK_FUZZ_SECONDS="$fuzz_seconds" >/dev/null
    cmake --build build-asan
    [[ " $suites " == *" sanitizers "* ]] && run_suite sanitizers build-asan -LE fuzz "$@"
    if [[ " $suites " == *" fuzz "* ]]; then
        if [ "$fuzz" = ON ]; then
            run_suite fuzz build-asan -L fuzz "$@"
        else
            summary+=("fuzz:       skipped: clang 14 and libFuzzer could not be installed")
        fi
    fi
fi

echo
printf '%s\n' "${summary[@]}"
exit $failed
