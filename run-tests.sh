#!/usr/bin/env bash
# Builds Waymark (installing what is missing) and runs every test. Headless: tests use the
# offscreen platform; the real-window tests run under xvfb-run.
set -euo pipefail
cd "$(dirname "$0")"
./setup.sh --no-run
ctest --test-dir build --output-on-failure -j 2 "$@"
