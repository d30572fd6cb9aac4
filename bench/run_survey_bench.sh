#!/usr/bin/env bash
# Times survey import and metrics on a million responses against the sqlite3 shell doing the
# same work (see README.md, "run_survey_bench.sh").
#
#   bench/run_survey_bench.sh [BUILD_DIR] [GENERATOR_OPTION...]
#
# BUILD_DIR (default ./build) holds app/waymark and bench/waymark_generate_survey. Any further
# arguments go to the generator (default: 1,000,000 responses over 10 stages).
#
# In one run it:
#   1. generates survey.csv (the plain layout) and qualtrics.csv (the same responses as
#      Qualtrics exports them), their 10-stage map (map.json), and builds the map from it;
#   2. times `waymark import map.waymark survey.csv` (each run on a fresh copy of the map);
#   3. times the sqlite3 shell's `.import --csv survey.csv responses` into a fresh database;
#   4. the same two for qualtrics.csv (waymark with the --map options the survey needs);
#   5. times `waymark metrics map.waymark --json --by gender`, and one GROUP BY query computing
#      the per-stage NPS from sqlite3's table;
#   6. checks that both imported every row, that the query's per-stage NPS equals the one
#      `waymark metrics` reports, and that the Qualtrics import gives the same figures;
#   7. prints min and median wall-clock times, peak RSS and the ratios against the targets:
#      plain import <= 1.0 x sqlite3 .import, Qualtrics import <= 1.2 x sqlite3 .import of the
#      same file, metrics <= 1.5 x the query, and peak RSS of each import < 200 MiB.
#
# Environment:
#   BENCH_RUNS            repetitions of each timed command (default 3)
#   BENCH_STRICT=1        exit 1 when a target is missed (default: reported only)
#   BENCH_KEEP=1          keep the working folder and print its path
#
# Exit status: 0 done (and, with BENCH_STRICT=1, every target met); 1 a command failed, the
# figures of waymark and sqlite3 differ, or a strict target was missed; 2 usage.

set -euo pipefail
export LC_ALL=C
script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
script_name=run_survey_bench.sh
# shellcheck source=benchlib.sh
source "$script_dir/benchlib.sh"

build_arg=${1:-./build}
[[ $# -gt 0 ]] && shift
generator_args=("$@")

runs=${BENCH_RUNS:-3}
plain_target=1.0
qualtrics_target=1.2
metrics_target=1.5
rss_target_kib=$((200 * 1024))

require_count BENCH_RUNS "$runs"

enter_bench "$build_arg" waymark_generate_survey
sqlite=$(command -v sqlite3) || usage "the sqlite3 shell is missing (Debian: apt-get install sqlite3)"

# run_measured OUT COMMAND...: runs COMMAND with stdout to OUT and stderr to stderr.txt, and
# leaves its peak resident set size in KiB in rss.txt ("" when it cannot be measured).
if [[ -x /usr/bin/time ]] && /usr/bin/time -f %M -o /dev/null true 2>/dev/null; then
    rss_method="GNU time (/usr/bin/time -f %M)"
    run_measured() {
        local out=$1
        shift
        /usr/bin/time -f %M -o "$work/rss.raw" "$@" >"$out" 2>"$work/stderr.txt" || return 1
        tail -n 1 "$work/rss.raw" >"$work/rss.txt"
    }
elif command -v python3 >/dev/null; then
    rss_method="python3 getrusage(RUSAGE_CHILDREN).ru_maxrss"
    run_measured() {
        local out=$1
        shift
        python3 - "$@" >"$work/rss.txt" 2>"$work/stderr.txt" 3>"$out" <<'EOF'
import os, resource, subprocess, sys
status = subprocess.run(sys.argv[1:], stdout=os.fdopen(3, "w")).returncode
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
sys.exit(status)
EOF
    }
else
    rss_method="none (neither /usr/bin/time nor python3 found): peak RSS not measured"
    run_measured() {
        local out=$1
        shift
        "$@" >"$out" 2>"$work/stderr.txt" || return 1
        echo "" >"$work/rss.txt"
    }
fi

fail_command() {
    echo "run_survey_bench.sh: command failed: $*" >&2
    sed 's/^/  /' "$work/stderr.txt" >&2
    exit 1
}

echo "Waymark survey import and metrics benchmark"
echo "  binary:   $waymark"
build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$build_dir/CMakeCache.txt" 2>/dev/null || true)
echo "  build:    ${build_type:-unknown build type}"
echo "  sqlite3:  $sqlite $("$sqlite" --version | cut -d' ' -f1)"
echo "  machine:  $(nproc) CPU(s), $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -n 1)"
echo "  load:     $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown) (1, 5, 15 min; other work on the machine skews the figures)"
echo "  runs:     $runs per command; wall clock; peak RSS by $rss_method"
echo "  folder:   $work"
echo

t0=$(now_us)
"$generator" survey.csv --map map.json "${generator_args[@]}" >/dev/null 2>"$work/stderr.txt" \
    || fail_command "$generator" survey.csv --map map.json "${generator_args[@]}"
"$generator" qualtrics.csv --layout qualtrics "${generator_args[@]}" >/dev/null 2>"$work/stderr.txt" \
    || fail_command "$generator" qualtrics.csv --layout qualtrics "${generator_args[@]}"
t1=$(now_us)
rows=$(($(wc -l <survey.csv) - 1))
echo "Generated survey.csv: $rows responses, $(human_size "$(stat -c %s survey.csv)"), and qualtrics.csv:"\
     "the same in Qualtrics' layout, $(human_size "$(stat -c %s qualtrics.csv)"), in $(seconds $((t1 - t0))) s"
"$waymark" new pristine.waymark --from-json map.json >/dev/null 2>"$work/stderr.txt" \
    || fail_command "$waymark" new pristine.waymark --from-json map.json
echo "Built the map: pristine.waymark, $(human_size "$(stat -c %s pristine.waymark)"), from map.json ($(grep -c '"stage":' map.json) touchpoint cards)"
echo

names=()
mins=()
medians=()
rsses=()

# bench LABEL PREPARE OUT COMMAND...: runs PREPARE (untimed; a shell function or "") then
# COMMAND, $runs times; records the minimum and median times and the largest peak RSS.
bench() {
    local label=$1 prepare=$2 out=$3
    shift 3
    local times=() rss_max=0 i t0 t1 rss
    for ((i = 0; i < runs; i++)); do
        if [[ -n $prepare ]]; then "$prepare"; fi
        sync
        t0=$(now_us)
        run_measured "$out" "$@" || fail_command "$@"
        t1=$(now_us)
        times+=($((t1 - t0)))
        rss=$(cat "$work/rss.txt")
        if [[ -n $rss ]] && ((rss > rss_max)); then rss_max=$rss; fi
    done
    local sorted
    mapfile -t sorted < <(printf '%s\n' "${times[@]}" | sort -n)
    local n=${#sorted[@]} median
    if ((n % 2)); then
        median=${sorted[n / 2]}
    else
        median=$(((sorted[n / 2 - 1] + sorted[n / 2]) / 2))
    fi
    names+=("$label")
    mins+=("${sorted[0]}")
    medians+=("$median")
    rsses+=("$rss_max")
}

fresh_map() {
    rm -f map.waymark map.waymark-journal map.waymark-wal map.waymark-shm
    cp pristine.waymark map.waymark
}
fresh_db() { rm -f fresh.db fresh.db-journal; }

fresh_qualtrics_map() {
    rm -f qualtrics.waymark qualtrics.waymark-journal qualtrics.waymark-wal qualtrics.waymark-shm
    cp pristine.waymark qualtrics.waymark
}
fresh_qualtrics_db() { rm -f qualtrics.db qualtrics.db-journal; }

nps_query="SELECT stage, 100.0 * (SUM(CAST(nps AS INTEGER) >= 9) - SUM(CAST(nps AS INTEGER) <= 6)) / COUNT(*)
           FROM responses WHERE nps <> '' GROUP BY stage ORDER BY stage;"
# The columns of the Qualtrics layout that no rule finds by itself (the stage, the NPS question,
# the response id and the recorded date are found).
qualtrics_options=(--map touchpoint=Q2 --map csat=Q4 --map ces=Q5 --map fcr=Q6 --map response_minutes=Q7
                   --attribute gender=Q8 --attribute age=Q9 --attribute channel=Q10)

# Each waymark run right beside the sqlite3 run it is compared with: the machine's load drifts.
bench "waymark import map.waymark survey.csv" fresh_map import.out "$waymark" import map.waymark survey.csv
bench "sqlite3 fresh.db '.import --csv survey.csv responses'" fresh_db import.sqlite.out \
    "$sqlite" fresh.db ".import --csv survey.csv responses"
bench "waymark import qualtrics.waymark qualtrics.csv --map ..." fresh_qualtrics_map import.qualtrics.out \
    "$waymark" import qualtrics.waymark qualtrics.csv "${qualtrics_options[@]}"
bench "sqlite3 qualtrics.db '.import --csv qualtrics.csv responses'" fresh_qualtrics_db import.sqlite.qualtrics.out \
    "$sqlite" qualtrics.db ".import --csv qualtrics.csv responses"
bench "waymark metrics map.waymark --json --by gender" "" metrics.json "$waymark" metrics map.waymark --json --by gender
bench "sqlite3 fresh.db 'SELECT stage, NPS ... GROUP BY stage'" "" query.out "$sqlite" fresh.db "$nps_query"
"$waymark" metrics qualtrics.waymark --json >metrics.qualtrics.json 2>"$work/stderr.txt" \
    || fail_command "$waymark" metrics qualtrics.waymark --json

printf '%-62s %9s %9s %11s\n' "command" "min s" "median s" "peak RSS"
printf '%-62s %9s %9s %11s\n' "-------" "-----" "--------" "--------"
for i in "${!names[@]}"; do
    rss=${rsses[i]}
    if ((rss > 0)); then rss=$(awk -v k="$rss" 'BEGIN { printf "%.1f MiB", k / 1024 }'); else rss="n/a"; fi
    printf '%-62s %9s %9s %11s\n' "${names[i]}" "$(seconds "${mins[i]}")" "$(seconds "${medians[i]}")" "$rss"
done
echo
echo "Sizes: survey.csv $(human_size "$(stat -c %s survey.csv)"), qualtrics.csv $(human_size "$(stat -c %s qualtrics.csv)"),"\
     "map.waymark $(human_size "$(stat -c %s map.waymark)"), fresh.db $(human_size "$(stat -c %s fresh.db)")"
echo

# The same figures: the responses counted, and the per-stage NPS of both.
exit_status=0
imported=$(grep -o 'Imported [0-9]*' import.out | grep -o '[0-9]*' || true)
imported_qualtrics=$(grep -o 'Imported [0-9]*' import.qualtrics.out | grep -o '[0-9]*' || true)
counted=$("$sqlite" fresh.db "SELECT COUNT(*) FROM responses;")
if [[ $imported == "$rows" && $imported_qualtrics == "$rows" && $counted == "$rows" ]]; then
    echo "Responses: $rows in the CSV, imported by waymark (both layouts) and by sqlite3"
else
    echo "Responses: DIFFERENT: $rows in the CSV, waymark imported '${imported}' (Qualtrics: '${imported_qualtrics}'),"\
         "sqlite3 has '${counted}'"
    exit_status=1
fi
if command -v jq >/dev/null; then
    jq -r '.stages[] | select(.nps.score != null) | "\(.name)|\(.nps.score)"' metrics.json | sort >waymark_nps.txt
    jq -r '.stages[] | select(.nps.score != null) | "\(.name)|\(.nps.score)|\(.csat.score)|\(.ces.mean)|\(.fcr.rate)"' \
        metrics.json | sort >waymark_plain_all.txt
    jq -r '.stages[] | select(.nps.score != null) | "\(.name)|\(.nps.score)|\(.csat.score)|\(.ces.mean)|\(.fcr.rate)"' \
        metrics.qualtrics.json | sort >waymark_qualtrics_all.txt
elif command -v python3 >/dev/null; then
    python3 -c 'import json, sys
for s in json.load(open("metrics.json"))["stages"]:
    if s["nps"]["score"] is not None: print("%s|%r" % (s["name"], s["nps"]["score"]))' | sort >waymark_nps.txt
    for which in plain qualtrics; do
        file=metrics.json
        [[ $which == qualtrics ]] && file=metrics.qualtrics.json
        python3 -c 'import json, sys
for s in json.load(open(sys.argv[1]))["stages"]:
    if s["nps"]["score"] is not None:
        print("%s|%r|%r|%r|%r" % (s["name"], s["nps"]["score"], s["csat"]["score"], s["ces"]["mean"], s["fcr"]["rate"]))' "$file" \
            | sort >"waymark_${which}_all.txt"
    done
else
    echo "Per-stage NPS: not compared (neither jq nor python3 found)"
fi
if [[ -f waymark_nps.txt ]]; then
    sort query.out >sqlite_nps.txt
    if join -t '|' waymark_nps.txt sqlite_nps.txt | awk -F '|' -v expected="$(wc -l <sqlite_nps.txt)" '
        { d = $2 - $3; if (d < 0) d = -d; if (d > 1e-9) bad++; n++ }
        END { exit !(n == expected && n > 0 && !bad) }' && (($(wc -l <waymark_nps.txt) == $(wc -l <sqlite_nps.txt))); then
        echo "Per-stage NPS: waymark and the sqlite3 query agree on all $(wc -l <sqlite_nps.txt) stages (to 1e-9)"
        awk -F '|' '{ printf "  %-16s %+8.3f\n", $1 ":", $2 }' sqlite_nps.txt
    else
        echo "Per-stage NPS: DIFFERENT"
        echo "  waymark:"; sed 's/^/    /' waymark_nps.txt
        echo "  sqlite3:"; sed 's/^/    /' sqlite_nps.txt
        exit_status=1
    fi
fi
echo

if [[ -f waymark_plain_all.txt ]]; then
    if cmp -s waymark_plain_all.txt waymark_qualtrics_all.txt; then
        echo "Qualtrics layout: the same per-stage NPS, CSAT, CES and FCR as the plain file"
    else
        echo "Qualtrics layout: DIFFERENT figures from the plain file"
        diff waymark_plain_all.txt waymark_qualtrics_all.txt | sed 's/^/  /'
        exit_status=1
    fi
fi
echo

# Ratios of the medians against the targets; peak memory against its bound.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
within() { awk -v r="$1" -v t="$2" 'BEGIN { exit !(r <= t) }'; }
verdict() { within "$1" "$2" && echo PASS || echo FAIL; }
plain_ratio=$(ratio "${medians[0]}" "${medians[1]}")
qualtrics_ratio=$(ratio "${medians[2]}" "${medians[3]}")
qualtrics_plain_ratio=$(ratio "${medians[2]}" "${medians[1]}")
metrics_ratio=$(ratio "${medians[4]}" "${medians[5]}")
printf 'import, plain:      waymark %s s / sqlite3 .import %s s = %sx   (target <= %sx: %s)\n' \
    "$(seconds "${medians[0]}")" "$(seconds "${medians[1]}")" "$plain_ratio" "$plain_target" "$(verdict "$plain_ratio" "$plain_target")"
printf 'import, Qualtrics:  waymark %s s / sqlite3 .import %s s = %sx   (target <= %sx: %s; %sx of the plain .import)\n' \
    "$(seconds "${medians[2]}")" "$(seconds "${medians[3]}")" "$qualtrics_ratio" "$qualtrics_target" \
    "$(verdict "$qualtrics_ratio" "$qualtrics_target")" "$qualtrics_plain_ratio"
printf 'metrics:            waymark %s s / sqlite3 query   %s s = %sx   (target <= %sx: %s)\n' \
    "$(seconds "${medians[4]}")" "$(seconds "${medians[5]}")" "$metrics_ratio" "$metrics_target" "$(verdict "$metrics_ratio" "$metrics_target")"
rss_ok=1
for i in 0 2; do
    if [[ -n ${rsses[i]} ]] && ((rsses[i] > rss_target_kib)); then rss_ok=0; fi
done
printf 'memory:             peak RSS %s MiB (plain), %s MiB (Qualtrics)   (target < 200 MiB: %s)\n' \
    "$(awk -v k="${rsses[0]:-0}" 'BEGIN { printf "%.1f", k / 1024 }')" "$(awk -v k="${rsses[2]:-0}" 'BEGIN { printf "%.1f", k / 1024 }')" \
    "$( ((rss_ok)) && echo PASS || echo FAIL)"
if [[ ${BENCH_STRICT:-0} == 1 ]] && ! { within "$plain_ratio" "$plain_target" && within "$qualtrics_ratio" "$qualtrics_target" \
    && within "$metrics_ratio" "$metrics_target" && ((rss_ok)); }; then
    exit_status=1
fi
echo
if ((exit_status == 0)); then
    echo "Result: ok"
else
    echo "Result: FAILED (see above)"
fi
exit "$exit_status"
