#!/usr/bin/env bash
# Simulated clients editing one map of a team workspace: the time from one client's commit to
# each other client's model update, p50/p95/p99/max, on a throwaway PostgreSQL cluster on
# loopback (see README.md, "run_workspace_latency.sh").
#
#   bench/run_workspace_latency.sh [BUILD_DIR | BINARY] [BENCH_OPTION...]
#   bench/run_workspace_latency.sh build-bench --clients 5 --edits 100     # a quicker run
#
# The first argument is a build folder (default ./build: its bench/waymark_workspace_latency
# is built first when missing) or the path of a waymark_workspace_latency binary. Further
# arguments go to the binary (defaults: --clients 20 --edits 400 --interval-ms 25 --seed 1).
#
# In one run it:
#   1. starts a PostgreSQL cluster of its own (.ci/postgres.sh: an unprivileged user, a
#      temporary folder, 127.0.0.1 and a free port; fsync off), stopped when the script ends;
#   2. runs the binary on its database: it makes it a workspace, publishes "phone-store",
#      opens the clients, edits, and prints the figures, then checks that every client and
#      the workspace hold the same map;
#   3. exits with the binary's status: 0 when the states agree and no refused edit left
#      anything behind, 1 otherwise, 2 on a usage error.
#
# Environment: BENCH_BUILD=0 (never build; fail when the binary is missing).

set -euo pipefail
export LC_ALL=C
script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo_dir=$(cd "$script_dir/.." && pwd)
script_name=run_workspace_latency.sh
# shellcheck source=benchlib.sh
source "$script_dir/benchlib.sh"
usage() {
    echo "$script_name: $1" >&2
    echo "usage: $script_name [BUILD_DIR | BINARY] [BENCH_OPTION...]" >&2
    exit 2
}
# shellcheck source=../.ci/common.sh
source "$repo_dir/.ci/common.sh"
# shellcheck source=../.ci/postgres.sh
source "$repo_dir/.ci/postgres.sh"

target_arg=${1:-./build}
[[ $# -gt 0 ]] && shift
bench_args=("$@")

if [[ -f $target_arg && -x $target_arg ]]; then
    binary=$(cd "$(dirname "$target_arg")" && pwd)/$(basename "$target_arg")
else
    build_dir=$(cd "$target_arg" 2>/dev/null && pwd) || usage "no build folder or binary '$target_arg'"
    binary=$build_dir/bench/waymark_workspace_latency
    if [[ ! -x $binary ]]; then
        [[ ${BENCH_BUILD:-1} != 0 ]] || usage "$binary is missing; build first: cmake --build '$build_dir' --target waymark_workspace_latency"
        [[ -f $build_dir/CMakeCache.txt ]] || usage "'$build_dir' is not a configured build folder"
        echo "Building waymark_workspace_latency in $build_dir"
        nice cmake --build "$build_dir" --target waymark_workspace_latency >/dev/null
    fi
fi

pg_note_file=$(mktemp "${TMPDIR:-/tmp}/waymark-latency.XXXXXX")
waymark_pg_start >"$pg_note_file"
pg_note=$(cat "$pg_note_file")
rm -f "$pg_note_file"
# The cluster goes when the script ends, pass or fail.
trap waymark_pg_stop EXIT
[[ -n ${WAYMARK_TEST_PGURL:-} ]] || { echo "$pg_note" >&2; echo "$script_name: no PostgreSQL server" >&2; exit 1; }
url=$WAYMARK_TEST_PGURL
export PGOPTIONS="-c client_min_messages=warning"

echo "Waymark workspace latency benchmark: simulated clients editing one map"
echo "  binary:   $binary"
echo "  server:   $(sed -n 's/^run-tests.sh: //p' <<<"$pg_note" | sed 's/ for the workspace tests//'), loopback; fsync off"
echo "  machine:  $(nproc) CPU(s), $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -n 1)"
echo "  load:     $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown) (1, 5, 15 min)"
echo "  options:  ${bench_args[*]:-(defaults)}"
echo

status=0
"$binary" "$url" "${bench_args[@]}" || status=$?
echo
echo "  load after: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
((status == 0)) && echo "Result: ok" || echo "Result: FAILED (exit $status; see above)"
exit "$status"
