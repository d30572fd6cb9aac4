#!/usr/bin/env bash
# Times the journey canvas on the foundation bench's 5,000-card map (see README.md).
#
#   bench/run_canvas_bench.sh [BUILD_DIR] [GENERATOR_OPTION...]
#
# BUILD_DIR (default ./build) holds app/waymark, bench/waymark_generate_map and
# bench/waymark_canvas_bench; nothing is built here. Any further arguments go to the
# generator (default map: 50 stages, 12 lanes, 5000 cards, 4 personas).
#
# Environment:
#   BENCH_RUNS               processes per platform and mode; the table shows medians (default 3)
#   BENCH_REPEAT             repaints and scroll steps per measurement (default 20)
#   BENCH_WIDTH, BENCH_HEIGHT  window size (default 1600 x 1000)
#   BENCH_MODES              "window" (MainWindow::adopt, docks), "view" (MapScene + MapView
#                            alone) or both (default "window view")
#   BENCH_PLATFORMS          default "xcb offscreen"; xcb runs under xvfb-run
#   BENCH_OPEN_TARGET_MS     product target for the open (default 1000)
#   BENCH_REPAINT_TARGET_MS  product target for a repaint at 100 % (default 16)
#   BENCH_BOUND_FACTOR       exit 1 past this many times a target (default 3)
#   BENCH_VERBOSE=1          print every run's full report
#   BENCH_KEEP=1             keep the working folder and print its path
#
# Exit status: 0 every judged median within BENCH_BOUND_FACTOR x its target (the PASS/FAIL
# against the targets themselves is informational); 1 past the bound, or a run failed;
# 2 usage.

set -euo pipefail
export LC_ALL=C

build_arg=${1:-./build}
[[ $# -gt 0 ]] && shift
generator_args=("$@")

runs=${BENCH_RUNS:-3}
repeat=${BENCH_REPEAT:-20}
width=${BENCH_WIDTH:-1600}
height=${BENCH_HEIGHT:-1000}
modes=${BENCH_MODES:-window view}
platforms=${BENCH_PLATFORMS:-xcb offscreen}
open_target=${BENCH_OPEN_TARGET_MS:-1000}
repaint_target=${BENCH_REPAINT_TARGET_MS:-16}
factor=${BENCH_BOUND_FACTOR:-3}

usage() {
    echo "run_canvas_bench.sh: $1" >&2
    echo "usage: run_canvas_bench.sh [BUILD_DIR] [GENERATOR_OPTION...]" >&2
    exit 2
}

is_count() { [[ $1 =~ ^[1-9][0-9]*$ ]]; }
is_number() { [[ $1 =~ ^[0-9]+(\.[0-9]+)?$ ]]; }
is_count "$runs" || usage "BENCH_RUNS must be a whole number of at least 1, not '$runs'"
is_count "$repeat" || usage "BENCH_REPEAT must be a whole number of at least 1, not '$repeat'"
is_count "$width" || usage "BENCH_WIDTH must be a whole number, not '$width'"
is_count "$height" || usage "BENCH_HEIGHT must be a whole number, not '$height'"
is_number "$open_target" || usage "BENCH_OPEN_TARGET_MS must be a number, not '$open_target'"
is_number "$repaint_target" || usage "BENCH_REPAINT_TARGET_MS must be a number, not '$repaint_target'"
is_number "$factor" || usage "BENCH_BOUND_FACTOR must be a number, not '$factor'"
for mode in $modes; do
    [[ $mode == window || $mode == view ]] || usage "BENCH_MODES holds 'window' and/or 'view', not '$mode'"
done
for platform in $platforms; do
    [[ $platform == xcb || $platform == offscreen ]] || usage "BENCH_PLATFORMS holds 'xcb' and/or 'offscreen', not '$platform'"
done

build_dir=$(cd "$build_arg" 2>/dev/null && pwd) || usage "no build folder '$build_arg'"
waymark=$build_dir/app/waymark
generator=$build_dir/bench/waymark_generate_map
bench=$build_dir/bench/waymark_canvas_bench
for program in "$waymark" "$generator" "$bench"; do
    [[ -x $program ]] || usage "$program is missing; build first: cmake --build '$build_dir'"
done

work=$(mktemp -d "${TMPDIR:-/tmp}/waymark-canvas-bench.XXXXXX")
if [[ ${BENCH_KEEP:-0} == 1 ]]; then
    trap 'echo "Kept $work"' EXIT
else
    trap 'rm -rf "$work"' EXIT
fi
cd "$work"

fail() {
    echo "run_canvas_bench.sh: $1" >&2
    [[ -f $work/stderr.txt ]] && sed 's/^/  /' "$work/stderr.txt" >&2
    exit 1
}

echo "Waymark canvas benchmark"
echo "  binary:    $bench"
build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$build_dir/CMakeCache.txt" 2>/dev/null || true)
echo "  build:     ${build_type:-unknown build type}"
echo "  machine:   $(nproc) CPU(s), $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -n 1)"
echo "  load:      $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown) (1, 5, 15 min; other work on the machine skews the figures)"
echo "  runs:      $runs process(es) per platform and mode, $repeat repaints and scroll steps each; window ${width}x${height}"
echo "  folder:    $work"
echo

"$generator" big.json "${generator_args[@]}" 2>"$work/stderr.txt" || fail "the generator failed"
"$waymark" new big.waymark --from-json big.json --force >/dev/null 2>"$work/stderr.txt" || fail "waymark new --from-json failed"
echo

# run_one PLATFORM MODE RUN: one process of the bench; its summary goes to a file.
run_one() {
    local platform=$1 mode=$2 run=$3
    local out=$work/$platform-$mode-$run
    local args=(big.waymark --repeat "$repeat" --width "$width" --height "$height" --mode "$mode" --summary "$out.summary")
    if [[ $platform == xcb ]]; then
        xvfb-run -a -s "-screen 0 1920x1080x24" env QT_QPA_PLATFORM=xcb "$bench" "${args[@]}" >"$out.report" 2>"$work/stderr.txt" \
            || fail "the bench failed under xvfb-run ($mode mode)"
    else
        QT_QPA_PLATFORM=offscreen "$bench" "${args[@]}" >"$out.report" 2>"$work/stderr.txt" \
            || fail "the bench failed on the offscreen platform ($mode mode)"
    fi
    if [[ ${BENCH_VERBOSE:-0} == 1 ]]; then
        echo "--- $platform, $mode mode, run $run"
        cat "$out.report"
        echo
    fi
}

columns=()
for mode in $modes; do
    for platform in $platforms; do
        if [[ $platform == xcb ]] && ! command -v xvfb-run >/dev/null; then
            echo "Skipping xcb: xvfb-run is not installed (apt-get install xvfb)"
            continue
        fi
        for ((run = 1; run <= runs; run++)); do
            run_one "$platform" "$mode" "$run"
        done
        columns+=("$platform-$mode")
    done
done
((${#columns[@]})) || fail "no platform could run"

# value COLUMN KEY: the median over the runs of one figure ("" when a run lacks it).
value() {
    local column=$1 key=$2
    cat "$work/$column"-*.summary | awk -v key="$key" '$1 == key { print $2 }' | sort -g \
        | awk '{ v[NR] = $1 } END { if (NR == 0) exit; if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

fmt() { [[ -n $1 ]] && awk -v v="$1" -v d="${2:-1}" 'BEGIN { printf "%.*f", d, v }' || printf 'n/a'; }
below() { awk -v v="$1" -v t="$2" 'BEGIN { exit !(v < t) }'; }

# Column headers.
printf '%-52s' "figure (median of $runs run(s))"
for column in "${columns[@]}"; do printf ' %18s' "$column"; done
printf '\n%-52s' "------"
for column in "${columns[@]}"; do printf ' %18s' "------------------"; done
echo

row() { # row LABEL KEY [DECIMALS] [SCALE]
    local label=$1 key=$2 decimals=${3:-1} scale=${4:-1}
    printf '%-52s' "$label"
    for column in "${columns[@]}"; do
        local v
        v=$(value "$column" "$key")
        [[ -n $v ]] && v=$(awk -v v="$v" -v s="$scale" 'BEGIN { print v / s }')
        printf ' %18s' "$(fmt "$v" "$decimals")"
    done
    echo
}

row "viewport width, px" viewport_width 0
row "viewport height, px" viewport_height 0
row "open: load the document, ms" open_load_ms
row "open: MapScene (items + first layout), ms" open_scene_ms
row "open: rest of adopt (editor, docks), ms" open_adopt_rest_ms
row "open: event loop until the canvas paint, ms" open_wait_ms
row "open: first canvas paint, ms" open_first_paint_ms
row "OPEN, Document::open to first canvas paint, ms" open_total_ms
row "  to the frame flushed (next event loop turn), ms" open_frame_ms
row "peak RSS after opening (VmHWM), MiB" rss_peak_open_kib 1 1024
row "text layout of all cards (CardFace::layout), ms" breakdown_cardface_ms
row "fit zoom" fit_zoom 3
row "items in the viewport at fit" visible_items_fit 0
row "repaint at fit, first after zoom (cold), ms" repaint_fit_cold
row "repaint at fit, warm median, ms" repaint_fit_warm_median
row "items in the viewport at 100 %" visible_items_100 0
row "REPAINT at 100 %, first after zoom (cold), ms" repaint_100_cold
row "REPAINT at 100 %, warm median, ms" repaint_100_warm_median
row "  warm max, ms" repaint_100_warm_max
row "scroll 100 px down at 100 %, median, ms" scroll_v_median
row "scroll 100 px right at 100 %, median, ms" scroll_h_median
echo

# The judged figures: median of the runs against the target, and against the bound.
exit_status=0
printf '%-22s %-28s %10s %10s %10s  %-6s %s\n' "column" "figure" "value ms" "target" "bound" "target" "bound"
printf '%-22s %-28s %10s %10s %10s  %-6s %s\n' "------" "------" "--------" "------" "-----" "------" "-----"
judge() { # judge COLUMN LABEL KEY TARGET
    local column=$1 label=$2 key=$3 target=$4
    local v bound verdict_target verdict_bound
    v=$(value "$column" "$key")
    bound=$(awk -v t="$target" -v f="$factor" 'BEGIN { print t * f }')
    if [[ -z $v ]]; then
        verdict_target=n/a
        verdict_bound=MISSING
        exit_status=1
    else
        verdict_target=PASS
        below "$v" "$target" || verdict_target=FAIL
        verdict_bound=ok
        if ! below "$v" "$bound"; then
            verdict_bound=EXCEEDED
            exit_status=1
        fi
    fi
    printf '%-22s %-28s %10s %10s %10s  %-6s %s\n' "$column" "$label" "$(fmt "$v" 1)" "< $target" "< $bound" \
        "$verdict_target" "$verdict_bound"
}
for column in "${columns[@]}"; do
    judge "$column" "open to first paint" open_total_ms "$open_target"
    judge "$column" "repaint 100 %, warm median" repaint_100_warm_median "$repaint_target"
    judge "$column" "repaint 100 %, cold" repaint_100_cold "$repaint_target"
done
echo

if ((exit_status == 0)); then
    echo "Result: every judged figure within ${factor}x its target (PASS/FAIL against the targets: see the table)"
else
    echo "Result: FAILED (a figure above ${factor}x its target, or missing)"
fi
exit "$exit_status"
