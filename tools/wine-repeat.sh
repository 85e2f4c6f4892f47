#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs one cross-built Windows test program under Wine again and again, to catch what happens
# only sometimes (the exit hang of the README's Windows section was found and checked this way):
#
#   tools/wine-repeat.sh [--limit SECONDS] RUNS program.exe [test functions...]
#
# Each run goes through tools/wine-test.sh under one Xvfb server and one wineserver, with a time
# limit (default 60 s). Prints one line per run and a summary: runs that passed and exited, runs
# that printed "Finished testing" but did not exit in time, and the others. Exits 1 unless every
# run passed and exited. Needs DESK_WINDOWS_PREFIX and DESK_WINE_PREFIX, as wine-test.sh does;
# the outputs stay in $TMPDIR (printed at the end). It stops the prefix's wineserver when done:
# not while ctest runs in the same prefix.
set -euo pipefail
limit=60
if [ "${1:-}" = --limit ]; then
  limit=$2
  shift 2
fi
[ $# -ge 2 ] || { echo "usage: $0 [--limit SECONDS] RUNS program.exe [args...]" >&2; exit 2; }
runs=$1
shift
: "${DESK_WINDOWS_PREFIX:?DESK_WINDOWS_PREFIX (the cross-built dependencies) is not set}"
: "${DESK_WINE_PREFIX:?DESK_WINE_PREFIX (the Wine prefix to run in) is not set}"
tools=$(cd "$(dirname "$0")" && pwd)
if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s '-screen 0 1366x768x24' "$0" --limit "$limit" "$runs" "$@"
fi
out=$(mktemp -d "${TMPDIR:-/tmp}/wine-repeat.XXXXXX")
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} DESK_WINE_BUFFER_OUTPUT=0
WINEPREFIX=$DESK_WINE_PREFIX wineserver -p
trap 'WINEPREFIX=$DESK_WINE_PREFIX wineserver -k' EXIT
# Wine's background services start with the first program: not inside a timed run.
"$tools/wine-test.sh" cmd.exe /c exit > /dev/null 2>&1 || true

exited=0 hung=0 other=0
for run in $(seq 1 "$runs"); do
  log=$out/run-$run.log
  started=$(date +%s%N)
  status=0
  timeout "$limit" "$tools/wine-test.sh" "$@" > "$log" 2>&1 || status=$?
  seconds=$(( ($(date +%s%N) - started) / 1000000 ))
  if [ $status = 0 ]; then
    verdict="passed and exited"
    exited=$((exited + 1))
  elif [ $status = 124 ] && grep -q 'Finished testing' "$log" && ! grep -q '^FAIL!' "$log"; then
    verdict="passed, did not exit within $limit s"
    hung=$((hung + 1))
  else
    verdict="exit code $status"
    other=$((other + 1))
  fi
  printf 'run %3d: %-34s %d.%03d s\n' "$run" "$verdict" $((seconds / 1000)) $((seconds % 1000))
done
printf '%s: %d runs, %d passed and exited, %d passed but did not exit, %d other (outputs: %s)\n' \
  "$(basename "$1")" "$runs" "$exited" "$hung" "$other" "$out"
[ "$exited" = "$runs" ]
