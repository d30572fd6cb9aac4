#!/usr/bin/env bash
# Times the drawing exports of waymark on the foundation bench's large map (see README.md):
# PNG at 144 dpi and the PDF report, headless as a script would run them.
#
#   bench/run_export_bench.sh [BUILD_DIR] [GENERATOR_OPTION...]
#
# BUILD_DIR (default ./build) holds app/waymark and bench/waymark_generate_map. Any further
# arguments go to the generator (default map: 50 stages, 12 lanes, 5000 cards, 4 personas).
#
# Environment:
#   BENCH_RUNS            repetitions of each command (default 3)
#   BENCH_BOUND_SECONDS   exit 1 if a median exceeds this (default 6.0; generous, for CI)
#   BENCH_TARGET_SECONDS  the product target, reported as PASS/FAIL only (default 2.0)
#   BENCH_TARGET_MIB      the product's peak memory target, reported only (default 500)
#   BENCH_KEEP=1          keep the working folder and print its path
#
# Exit status: 0 all medians within the bound; 1 otherwise (or a command failed); 2 usage.

set -euo pipefail
export LC_ALL=C
script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
script_name=run_export_bench.sh
# shellcheck source=benchlib.sh
source "$script_dir/benchlib.sh"

build_arg=${1:-./build}
[[ $# -gt 0 ]] && shift
generator_args=("$@")

runs=${BENCH_RUNS:-3}
bound=${BENCH_BOUND_SECONDS:-6.0}
target=${BENCH_TARGET_SECONDS:-2.0}
target_mib=${BENCH_TARGET_MIB:-500}

require_count BENCH_RUNS "$runs"
require_number BENCH_BOUND_SECONDS "$bound"
require_number BENCH_TARGET_SECONDS "$target"
require_count BENCH_TARGET_MIB "$target_mib"

enter_bench "$build_arg" waymark_generate_map

# As on a server: no display, the command line picks its own offscreen platform.
unset DISPLAY WAYLAND_DISPLAY QT_QPA_PLATFORM

echo "Waymark export benchmark"
echo "  binary:   $waymark"
echo "  machine:  $(nproc) CPU(s), $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -n 1)"
echo "  load:     $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown) (1, 5, 15 min)"
echo "  runs:     $runs per command; wall clock; peak RSS by $rss_method"
echo

"$generator" big.json "${generator_args[@]}" 2>"$work/stderr.txt" || fail_command "$generator" big.json "${generator_args[@]}"
"$waymark" new big.waymark --from-json big.json --force >/dev/null 2>"$work/stderr.txt" \
    || fail_command "$waymark" new big.waymark --from-json big.json --force
echo

exit_status=0
bench "export big.waymark -o map.png --dpi 144" "$waymark" export big.waymark -o map.png --dpi 144
bench "export big.waymark -o report.pdf --report" "$waymark" export big.waymark -o report.pdf --report
bench "export big.waymark -o map.pdf" "$waymark" export big.waymark -o map.pdf
bench "export big.waymark -o map.svg" "$waymark" export big.waymark -o map.svg
print_table

echo "Peak memory against the ${target_mib} MiB target:"
for i in "${!names[@]}"; do
    rss=${rsses[i]}
    if [[ -z $rss ]]; then
        verdict="not measured"
    elif ((rss <= target_mib * 1024)); then
        verdict=PASS
    else
        verdict=FAIL
    fi
    printf '  %-46s %s\n' "${names[i]}" "$verdict"
done
echo
echo "Outputs:"
file map.png | sed 's/^/  /'
if command -v pdfinfo >/dev/null; then
    for f in report.pdf map.pdf; do
        printf '  %s: %s pages, %s\n' "$f" "$(pdfinfo "$f" | sed -n 's/^Pages:[[:space:]]*//p')" "$(human_size "$(stat -c %s "$f")")"
    done
fi
printf '  map.svg: %s\n' "$(human_size "$(stat -c %s map.svg)")"
echo

if ((exit_status == 0)); then
    echo "Result: every median within the bound of ${bound} s (product target ${target} s: see the table)"
else
    echo "Result: FAILED (a median above ${bound} s)"
fi
exit "$exit_status"
