#!/usr/bin/env bash
# Times labelled versions (snapshot, diff, restore) on a large generated map and reports the
# bytes a snapshot takes in the file (see README.md).
#
#   bench/run_snapshot_bench.sh [BUILD_DIR] [GENERATOR_OPTION...]
#
# BUILD_DIR (default ./build) holds app/waymark and bench/waymark_generate_map. Any further
# arguments go to the generator (default map: 50 stages, 12 lanes, 5000 cards, 4 personas).
# The edit between snapshot and diff is made with the sqlite3 shell: 100 cards renamed,
# 50 pain points re-weighed, 10 deleted.
#
# Environment: BENCH_RUNS (5), BENCH_BOUND_SECONDS (2.0), BENCH_TARGET_SECONDS (0.5), BENCH_KEEP=1,
# as run_foundation_bench.sh.

set -euo pipefail
export LC_ALL=C
script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
script_name=run_snapshot_bench.sh
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
command -v sqlite3 >/dev/null || usage "the sqlite3 shell is needed for the edit"

enter_bench "$build_arg" waymark_generate_map

echo "Waymark snapshot benchmark"
echo "  binary:   $waymark"
echo "  load:     $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown) (other work on the machine skews the figures)"
echo "  runs:     $runs per command; wall clock"
echo

"$generator" big.json "${generator_args[@]}" 2>"$work/stderr.txt" || fail_command "$generator" big.json "${generator_args[@]}"
"$waymark" new big.waymark --from-json big.json --force >/dev/null 2>"$work/stderr.txt" \
    || fail_command "$waymark" new big.waymark --from-json big.json --force
"$waymark" snapshot big.waymark --label base >/dev/null 2>"$work/stderr.txt" || fail_command "$waymark" snapshot big.waymark --label base
exit_status=0

# A new label each run (the runner times a program, not a shell function).
bench "snapshot big.waymark --label L" bash -c '"$0" snapshot big.waymark --label "run $(date +%s%N)"' "$waymark"
sqlite3 big.waymark "UPDATE card SET title = title || ' (edited)' WHERE id IN (SELECT id FROM card ORDER BY id LIMIT 100);
    UPDATE card SET severity = 6 - severity WHERE id IN (SELECT id FROM card WHERE kind = 'pain_point' AND severity <> 3 LIMIT 50);
    DELETE FROM card WHERE id IN (SELECT id FROM card WHERE id NOT IN (SELECT opportunity_id FROM card_link)
        AND id NOT IN (SELECT pain_point_id FROM card_link) ORDER BY id DESC LIMIT 10);
    UPDATE card SET position = r.p FROM (SELECT id, row_number() OVER (PARTITION BY stage_id, lane_id ORDER BY position) - 1 AS p
        FROM card) AS r WHERE card.id = r.id;"
changes=$("$waymark" diff big.waymark --since base | wc -l)
bench "diff big.waymark --since base" "$waymark" diff big.waymark --since base
bench "diff big.waymark --since base --json" "$waymark" diff big.waymark --since base --json
bench "restore big.waymark --to base" "$waymark" restore big.waymark --to base
print_table

bytes=$("$waymark" snapshots big.waymark --json | grep -m1 -o '"bytes": [0-9]*' | grep -o '[0-9]*$')
json=$(stat -c %s big.json)
echo "Changes listed by diff after the edit: $changes"
echo "Bytes per snapshot (stored, compressed): $bytes ($(human_size "$bytes")); the map's JSON interchange: $json ($(human_size "$json"))"
echo "Snapshots in the file after the runs: $("$waymark" snapshots big.waymark | wc -l); file size $(human_size "$(stat -c %s big.waymark)")"
exit "$exit_status"
