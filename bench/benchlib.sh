# Shared by the run_*_bench.sh scripts: arguments, the scratch folder, a clock, peak memory,
# a timed runner and the table. The sourcing script sets $script_name before sourcing, and
# $runs, $bound and $target before bench and print_table.

usage() {
    echo "$script_name: $1" >&2
    echo "usage: $script_name [BUILD_DIR] [GENERATOR_OPTION...]" >&2
    exit 2
}

# require_count NAME VALUE / require_number NAME VALUE: a usage error unless VALUE is one.
require_count() { [[ $2 =~ ^[1-9][0-9]*$ ]] || usage "$1 must be a whole number of at least 1, not '$2'"; }
require_number() { [[ $2 =~ ^[0-9]+(\.[0-9]+)?$ ]] || usage "$1 must be a number, not '$2'"; }

# enter_bench BUILD_ARG GENERATOR: sets $build_dir, $waymark and $generator (bench/GENERATOR),
# checks both are built, then makes the scratch folder $work (removed on exit unless
# BENCH_KEEP=1) and goes into it.
enter_bench() {
    build_dir=$(cd "$1" 2>/dev/null && pwd) || usage "no build folder '$1'"
    waymark=$build_dir/app/waymark
    generator=$build_dir/bench/$2
    local program
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
}

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
    echo "$script_name: command failed: $*" >&2
    sed 's/^/  /' "$work/stderr.txt" >&2
    exit 1
}

names=()
mins=()
medians=()
rsses=()

# bench LABEL COMMAND...: runs COMMAND $runs times, then once more for its peak RSS. When
# $bench_prepare names a function, it runs (untimed) before each of those runs.
bench() {
    local label=$1
    shift
    local times=() i t0 t1
    for ((i = 0; i < runs; i++)); do
        if [[ -n ${bench_prepare:-} ]]; then "$bench_prepare"; fi
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
    if [[ -n ${bench_prepare:-} ]]; then "$bench_prepare"; fi
    rss=$(peak_rss_kib "$@") || fail_command "$@"
    names+=("$label")
    mins+=("${sorted[0]}")
    medians+=("$median")
    rsses+=("$rss")
}

# print_table: the medians against the target (informational) and the bound (exit status).
print_table() {
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
}
