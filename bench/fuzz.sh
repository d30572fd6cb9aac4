#!/usr/bin/env bash
# Runs the libFuzzer targets of tests/fuzz for longer than CI does, one after the other, and
# prints each target's executions per second and what it found.
#   bench/fuzz.sh [BUILD_DIR] [SECONDS] [TARGET...]
#     BUILD_DIR  a build configured with -DWAYMARK_FUZZ=ON and clang, as run-tests.sh makes
#                (default build-asan)
#     SECONDS    per target (default 600)
#     TARGET     fuzz_mapjson, fuzz_mapfile, ... (default: every target built)
# Inputs that find new paths are kept in BUILD_DIR/fuzz/NAME/corpus, findings (crashes,
# leaks, timeouts, undefined behaviour) in BUILD_DIR/fuzz/NAME/artifacts. To keep a finding,
# minimise it (BUILD_DIR/tests/fuzz/TARGET -minimize_crash=1 -runs=10000 FILE) and put it in
# tests/fuzz/crashes/; to grow a checked-in seed corpus with what a long run found:
#   TARGET -merge=1 tests/fuzz/corpus/NAME BUILD_DIR/fuzz/NAME/corpus
set -euo pipefail
cd "$(dirname "$0")/.."

usage() {
    echo "fuzz.sh: $1" >&2
    echo "usage: bench/fuzz.sh [BUILD_DIR] [SECONDS] [TARGET...]" >&2
    exit 2
}

build_dir=${1:-build-asan}
seconds=${2:-600}
[[ -d $build_dir/tests/fuzz ]] || usage "no fuzz targets in '$build_dir': configure it with clang and -DWAYMARK_FUZZ=ON (run-tests.sh does)"
[[ $seconds =~ ^[1-9][0-9]*$ ]] || usage "SECONDS must be a whole number of at least 1, not '$seconds'"
shift $(($# < 2 ? $# : 2))
targets=("$@")
if ((${#targets[@]} == 0)); then
    for program in "$build_dir"/tests/fuzz/fuzz_*; do
        [[ -x $program && -f $program ]] && targets+=("$(basename "$program")")
    done
fi

export QT_QPA_PLATFORM=offscreen
# intercept_tls_get_addr=0: see tests/CMakeLists.txt (LeakSanitizer tracer crash, LLVM <= 16).
export ASAN_OPTIONS=${ASAN_OPTIONS:-halt_on_error=1:detect_leaks=1:intercept_tls_get_addr=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0}

rows=()
status=0
for target in "${targets[@]}"; do
    program=$build_dir/tests/fuzz/$target
    [[ -x $program ]] || usage "no fuzz target '$program'"
    name=${target#fuzz_}
    work=$build_dir/fuzz/$name
    mkdir -p "$work/corpus" "$work/artifacts"
    log=$work/last-run.log
    echo "$target: $seconds s ..."
    result=ok
    "$program" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$work/artifacts/" "$work/corpus" "tests/fuzz/corpus/$name" >"$log" 2>&1 || {
        result="FOUND: $(grep -m1 -E 'ERROR:|runtime error:|waymark fuzz:' "$log" | cut -c1-100)"
        status=1
    }
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    coverage=$(grep -oE 'cov: [0-9]+' "$log" | tail -1)
    rows+=("$(printf '%-20s %10s %9s %10s  %s' "$target" "${runs:-?}" "${rate:-?}" "${coverage#cov: }" "$result")")
done

echo
printf '%-20s %10s %9s %10s  %s\n' target runs "exec/s" coverage result
printf '%s\n' "${rows[@]}"
echo "Logs in $build_dir/fuzz/*/last-run.log, findings in $build_dir/fuzz/*/artifacts/"
exit $status
