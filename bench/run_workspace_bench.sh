#!/usr/bin/env bash
# Times a million survey responses imported into a team workspace's map against psql's \copy
# of the same CSV, on a throwaway PostgreSQL cluster on loopback (see README.md,
# "run_workspace_bench.sh").
#
#   bench/run_workspace_bench.sh [BUILD_DIR] [GENERATOR_OPTION...]
#
# BUILD_DIR (default ./build) holds app/waymark and bench/waymark_generate_survey. Further
# arguments go to the generator (default: 1,000,000 responses over 10 stages).
#
# In one run it:
#   1. starts a PostgreSQL cluster of its own (.ci/postgres.sh: an unprivileged user, a
#      temporary folder, 127.0.0.1 and a free port), stopped when the script ends;
#   2. generates survey.csv and its map, makes the database a workspace and publishes the map;
#   3. times `waymark import URL#bench survey.csv` (the map's responses deleted before each run);
#   4. times `psql -c "\copy responses FROM survey.csv CSV HEADER"` into a fresh table of the
#      CSV's columns (text), the server doing no more than store them;
#   5. checks that both hold every row and that the per-stage NPS of `waymark metrics URL#bench`
#      equals one GROUP BY query over psql's table;
#   6. prints the times, waymark's peak RSS, and the ratio against the target: import
#      <= 2.0 x psql's \copy (waymark also reads the export's layout, checks and converts
#      every value, and keeps the map's change log).
#
# Environment: BENCH_RUNS (default 3), BENCH_STRICT=1 (exit 1 when the target is missed),
# BENCH_KEEP=1 (keep the working folder).

set -euo pipefail
export LC_ALL=C
script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo_dir=$(cd "$script_dir/.." && pwd)
script_name=run_workspace_bench.sh
# shellcheck source=benchlib.sh
source "$script_dir/benchlib.sh"
# shellcheck source=../.ci/common.sh
source "$repo_dir/.ci/common.sh"
# shellcheck source=../.ci/postgres.sh
source "$repo_dir/.ci/postgres.sh"

build_arg=${1:-./build}
[[ $# -gt 0 ]] && shift
generator_args=("$@")
runs=${BENCH_RUNS:-3}
target=2.0
require_count BENCH_RUNS "$runs"

enter_bench "$build_arg" waymark_generate_survey
waymark_pg_start >"$work/postgres.txt"
# Both traps: the cluster goes, and the folder unless kept.
if [[ ${BENCH_KEEP:-0} == 1 ]]; then
    trap 'waymark_pg_stop; echo "Kept $work"' EXIT
else
    trap 'waymark_pg_stop; rm -rf "$work"' EXIT
fi
[[ -n ${WAYMARK_TEST_PGURL:-} ]] || { cat "$work/postgres.txt" >&2; echo "$script_name: no PostgreSQL server" >&2; exit 1; }
url=$WAYMARK_TEST_PGURL
psql=(psql "$url" -X -q -v ON_ERROR_STOP=1)
export PGOPTIONS="-c client_min_messages=warning"

echo "Waymark workspace import benchmark"
echo "  binary:   $waymark"
echo "  server:   $(sed -n 's/^run-tests.sh: //p' "$work/postgres.txt"), loopback; $("${psql[@]}" -tAc 'SHOW server_version')"
echo "  machine:  $(nproc) CPU(s), $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -n 1)"
echo "  load:     $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown) (1, 5, 15 min)"
echo "  runs:     $runs per command; wall clock; peak RSS by $rss_method"
echo

"$generator" survey.csv --map map.json "${generator_args[@]}" >/dev/null 2>"$work/stderr.txt" \
    || fail_command "$generator" survey.csv --map map.json "${generator_args[@]}"
rows=$(($(wc -l <survey.csv) - 1))
"$waymark" new bench.waymark --from map.json >/dev/null 2>"$work/stderr.txt" || fail_command "$waymark" new bench.waymark
"$waymark" workspace init "$url" >/dev/null 2>"$work/stderr.txt" || fail_command "$waymark" workspace init "$url"
"$waymark" publish bench.waymark "$url" --name bench >/dev/null 2>"$work/stderr.txt" || fail_command "$waymark" publish
echo "Generated survey.csv: $rows responses, $(human_size "$(stat -c %s survey.csv)"); published its map as 'bench'"
echo

no_responses() { "${psql[@]}" -c "DELETE FROM response" -c "VACUUM response" >/dev/null; }
fresh_table() {
    "${psql[@]}" -c "DROP TABLE IF EXISTS responses; CREATE TABLE responses (respondent text, stage text, touchpoint text,
        nps text, csat text, ces text, fcr text, response_minutes text, submitted_at text, gender text, age text, channel text);" >/dev/null
}

bench_prepare=no_responses
bench "waymark import URL#bench survey.csv" "$waymark" import "$url#bench" survey.csv
bench_prepare=fresh_table
bench "psql '\\copy responses FROM survey.csv CSV HEADER'" "${psql[@]}" -c "\\copy responses FROM 'survey.csv' CSV HEADER"
bench_prepare=

exit_status=0
print_table_simple() {
    printf '%-52s %9s %9s %12s\n' "command" "min s" "median s" "peak RSS"
    for i in "${!names[@]}"; do
        rss=${rsses[i]}
        [[ -n $rss ]] && rss=$(awk -v k="$rss" 'BEGIN { printf "%.1f MiB", k / 1024 }') || rss="n/a"
        printf '%-52s %9s %9s %12s\n' "${names[i]}" "$(seconds "${mins[i]}")" "$(seconds "${medians[i]}")" "$rss"
    done
    echo
}
print_table_simple

# The last waymark run was the peak-RSS run: its responses are in the workspace now.
in_workspace=$("${psql[@]}" -tAc "SELECT count(*) FROM response")
in_table=$("${psql[@]}" -tAc "SELECT count(*) FROM responses")
if [[ $in_workspace == "$rows" && $in_table == "$rows" ]]; then
    echo "Responses: $rows in the CSV, in the workspace's map and in psql's table"
else
    echo "Responses: DIFFERENT: $rows in the CSV, $in_workspace in the workspace, $in_table in psql's table"
    exit_status=1
fi
"$waymark" metrics "$url#bench" --json >metrics.json 2>"$work/stderr.txt" || fail_command "$waymark" metrics
/usr/bin/python3 -c 'import json
for s in json.load(open("metrics.json"))["stages"]:
    if s["nps"]["score"] is not None: print("%s|%.9f" % (s["name"], s["nps"]["score"]))' | sort >waymark_nps.txt
"${psql[@]}" -tA -F '|' -c "SELECT stage, to_char(100.0 * (count(*) FILTER (WHERE nps::int >= 9) - count(*) FILTER (WHERE nps::int <= 6))
    / count(*), 'FM990.000000000') FROM responses WHERE nps <> '' GROUP BY stage" | sort >psql_nps.txt
if [[ -s psql_nps.txt ]] && awk -F '|' 'NR == FNR { a[$1] = $2; next } { d = a[$1] - $2; if (d < 0) d = -d; if (!($1 in a) || d > 1e-6) bad++; n++ }
        END { exit !(n > 0 && !bad) }' waymark_nps.txt psql_nps.txt && (($(wc -l <waymark_nps.txt) == $(wc -l <psql_nps.txt))); then
    echo "Per-stage NPS: waymark metrics on the workspace's map and the psql query agree on all $(wc -l <psql_nps.txt) stages"
else
    echo "Per-stage NPS: DIFFERENT"
    paste waymark_nps.txt psql_nps.txt | sed 's/^/  /'
    exit_status=1
fi
echo

ratio=$(awk -v a="${medians[0]}" -v b="${medians[1]}" 'BEGIN { printf "%.2f", a / b }')
met=$(awk -v r="$ratio" -v t="$target" 'BEGIN { print (r <= t) ? "PASS" : "FAIL" }')
printf 'import into a workspace: waymark %s s / psql \\copy %s s = %sx   (target <= %sx: %s)\n' \
    "$(seconds "${medians[0]}")" "$(seconds "${medians[1]}")" "$ratio" "$target" "$met"
[[ ${BENCH_STRICT:-0} == 1 && $met == FAIL ]] && exit_status=1
echo
((exit_status == 0)) && echo "Result: ok" || echo "Result: FAILED (see above)"
exit "$exit_status"
