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

build_arg=${1:-./build}
[[ $# -gt 0 ]] && shift
generator_args=("$@")

runs=${BENCH_RUNS:-5}
bound=${BENCH_BOUND_SECONDS:-2.0}
target=${BENCH_TARGET_SECONDS:-0.5}

usage() {
    echo "run_foundation_bench.sh: $1" >&2
    echo "usage: run_foundation_bench.sh [BUILD_DIR] [GENERATOR_OPTION...]" >&2
    exit 2
}

[[ $runs =~ ^[1-9][0-9]*$ ]] || usage "BENCH_RUNS must be a whole number of at least 1, not '$runs'"
[[ $bound =~ ^[0-9]+(\.[0-9]+)?$ ]] || usage "BENCH_BOUND_SECONDS must be a number of seconds, not '$bound'"
[[ $target =~ ^[0-9]+(\.[0-9]+)?$ ]] || usage "BENCH_TARGET_SECONDS must be a number of seconds, not '$target'"

build_dir=$(cd "$build_arg" 2>/dev/null && pwd) || usage "no build folder '$build_arg'"
waymark=$build_dir/app/waymark
generator=$build_dir/bench/waymark_generate_map
for program in "$waymark" "$generator"; do
    [[ -x $program ]] || usage "$program is missing; build first: cmake --build '$build_dir'"
done

work=$(mktemp -d "${TMPDIR:-/tmp}/waymark-bench.XXXXXX")
if [[ ${BENCH_KEEP:-0} == 1 ]]; then
    trap 'echo "Kept $work"' EXIT
else
    trap 'rm -rf "$work"' EXIT
fi
cd "$work"

# Wall-clock time in microseconds: bash's own clock when it has one (no fork inside the
# measured interval), else date(1).
now_us() {
    if [[ -n ${EPOCHREALTIME:-} ]]; then
        local t=${EPOCHREALTIME//[!0-9]/}
        echo $((10#$t))
    else
        local t
        t=$(date +%s%N)
        echo $((10#$t / 1000))
    fi
}

seconds() { awk -v us="$1" 'BEGIN { printf "%.3f", us / 1e6 }'; }
to_us() { awk -v s="$1" 'BEGIN { printf "%d", s * 1e6 + 0.5 }'; }
human_size() { awk -v b="$1" 'BEGIN { if (b >= 1048576) printf "%.2f MiB", b / 1048576; else printf "%.1f KiB", b / 1024 }'; }

# Peak resident set size in KiB of one run of a command, or "" when it cannot be measured.
if [[ -x /usr/bin/time ]] && /usr/bin/time -f %M -o /dev/null true 2>/dev/null; then
    rss_method="GNU time (/usr/bin/time -f %M)"
    peak_rss_kib() {
        /usr/bin/time -f %M -o "$work/rss.txt" "$@" >/dev/null 2>"$work/stderr.txt" || return 1
        tail -n 1 "$work/rss.txt"
    }
elif command -v python3 >/dev/null; then
    rss_method="python3 getrusage(RUSAGE_CHILDREN).ru_maxrss"
    peak_rss_kib() {
        python3 - "$@" 2>"$work/stderr.txt" <<'EOF'
import resource, subprocess, sys
status = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
sys.exit(status)
EOF
    }
else
    rss_method="none (neither /usr/bin/time nor python3 found): peak RSS not measured"
    peak_rss_kib() { "$@" >/dev/null 2>"$work/stderr.txt" || return 1; echo ""; }
fi

fail_command() {
    echo "run_foundation_bench.sh: command failed: $*" >&2
    sed 's/^/  /' "$work/stderr.txt" >&2
    exit 1
}

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

names=()
mins=()
medians=()
rsses=()
exit_status=0

# bench LABEL COMMAND...: runs COMMAND $runs times, then once more for its peak RSS.
bench() {
    local label=$1
    shift
    local times=() i t0 t1
    for ((i = 0; i < runs; i++)); do
        t0=$(now_us)
        "$@" >/dev/null 2>"$work/stderr.txt" || fail_command "$@"
        t1=$(now_us)
        times+=($((t1 - t0)))
    done
    local sorted
    mapfile -t sorted < <(printf '%s\n' "${times[@]}" | sort -n)
    local n=${#sorted[@]} median
    if ((n % 2)); then
        median=${sorted[n / 2]}
    else
        median=$(((sorted[n / 2 - 1] + sorted[n / 2]) / 2))
    fi
    local rss
    rss=$(peak_rss_kib "$@") || fail_command "$@"
    names+=("$label")
    mins+=("${sorted[0]}")
    medians+=("$median")
    rsses+=("$rss")
}

bench "new big.waymark --from-json big.json --force" "$waymark" new big.waymark --from-json big.json --force
bench "info big.waymark" "$waymark" info big.waymark
bench "info big.waymark --json" "$waymark" info big.waymark --json
bench "export big.waymark -o out.json" "$waymark" export big.waymark -o out.json

bound_us=$(to_us "$bound")
target_us=$(to_us "$target")
printf '%-46s %9s %9s %12s  %-8s %s\n' "command" "min s" "median s" "peak RSS" "<${target} s" "<${bound} s"
printf '%-46s %9s %9s %12s  %-8s %s\n' "-------" "-----" "--------" "--------" "------" "------"
for i in "${!names[@]}"; do
    rss=${rsses[i]}
    [[ -n $rss ]] && rss=$(awk -v k="$rss" 'BEGIN { printf "%.1f MiB", k / 1024 }') || rss="n/a"
    verdict_target=PASS
    ((medians[i] <= target_us)) || verdict_target=FAIL
    verdict_bound=ok
    if ((medians[i] > bound_us)); then
        verdict_bound=EXCEEDED
        exit_status=1
    fi
    printf '%-46s %9s %9s %12s  %-8s %s\n' "${names[i]}" "$(seconds "${mins[i]}")" "$(seconds "${medians[i]}")" \
        "$rss" "$verdict_target" "$verdict_bound"
done
echo

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
