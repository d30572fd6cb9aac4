#!/usr/bin/env bash
# Times the foundation commands of waymark on a large generated map (see README.md).
#
#   bench/run_foundation_bench.sh [BUILD_DIR] [GENERATOR_OPTION...]
#
# BUILD_DIR (default ./build) holds app/waymark and bench/waymark_generate_map. Any further
# arguments go to the generator (default map: 50 stages, 12 lanes, 5000 cards, 4 personas).
#
# Environment:
#   BENCH_RUNS            repetitions of each command (default 5)
#   BENCH_BOUND_SECONDS   exit 1 if a median exceeds this (default 2.0; generous, for CI)
#   BENCH_TARGET_SECONDS  the product target, reported as PASS/FAIL only (default 0.5)
#   BENCH_KEEP=1          keep the working folder and print its path
#
# Exit status: 0 all medians within the bound and the round trip is exact; 1 otherwise
# (or a command failed); 2 usage.

set -euo pipefail
export LC_ALL=C
script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
script_name=run_foundation_bench.sh
# shellcheck source=benchlib.sh
source "$script_dir/benchlib.sh"

build_arg=${1:-./build}
[[ $# -gt 0 ]] && shift
generator_args=("$@")

runs=${BENCH_RUNS:-5}
bound=${BENCH_BOUND_SECONDS:-2.0}
target=${BENCH_TARGET_SECONDS:-0.5}

require_count BENCH_RUNS "$runs"
require_number BENCH_BOUND_SECONDS "$bound"
require_number BENCH_TARGET_SECONDS "$target"

enter_bench "$build_arg" waymark_generate_map

echo "Waymark foundation benchmark"
echo "  binary:   $waymark"
build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$build_dir/CMakeCache.txt" 2>/dev/null || true)
echo "  build:    ${build_type:-unknown build type}"
echo "  machine:  $(nproc) CPU(s), $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -n 1)"
echo "  load:     $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown) (1, 5, 15 min; other work on the machine skews the figures)"
echo "  runs:     $runs per command; wall clock; peak RSS by $rss_method"
echo "  folder:   $work"
echo

"$generator" big.json "${generator_args[@]}" 2>"$work/stderr.txt" || fail_command "$generator" big.json "${generator_args[@]}"
echo

exit_status=0

bench "new big.waymark --from-json big.json --force" "$waymark" new big.waymark --from-json big.json --force
bench "info big.waymark" "$waymark" info big.waymark
bench "info big.waymark --json" "$waymark" info big.waymark --json
bench "export big.waymark -o out.json" "$waymark" export big.waymark -o out.json

print_table

# Round trip: export, rebuild from the export, export again: the same bytes.
"$waymark" new roundtrip.waymark --from-json out.json --force >/dev/null 2>"$work/stderr.txt" \
    || fail_command "$waymark" new roundtrip.waymark --from-json out.json --force
"$waymark" export roundtrip.waymark -o roundtrip.json >/dev/null 2>"$work/stderr.txt" \
    || fail_command "$waymark" export roundtrip.waymark -o roundtrip.json
if cmp -s out.json roundtrip.json; then
    echo "Round trip (export -> new -> export): identical JSON"
else
    echo "Round trip (export -> new -> export): DIFFERENT JSON"
    cmp out.json roundtrip.json || true
    exit_status=1
fi
if cmp -s big.json out.json; then
    echo "Generated JSON and exported JSON: identical"
else
    echo "Generated JSON and exported JSON: differ (informational: the generator is not the exporter)"
fi
echo

echo "File sizes:"
for f in big.json big.waymark out.json; do
    bytes=$(stat -c %s "$f")
    printf '  %-12s %10d bytes  (%s)\n' "$f" "$bytes" "$(human_size "$bytes")"
done
echo

if ((exit_status == 0)); then
    echo "Result: every median within the bound of ${bound} s (product target ${target} s: see the table)"
else
    echo "Result: FAILED (a median above ${bound} s, or the round trip differs)"
fi
exit "$exit_status"
