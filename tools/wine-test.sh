#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a cross-built Windows program (a test, the desk, the CLI) under Wine the way ctest and
# tools/windows.sh need it:
#   DESK_WINDOWS_PREFIX=<deps prefix> DESK_WINE_PREFIX=<wine prefix> tools/wine-test.sh prog.exe args
# - the environment of tools/wine-env.sh: the Windows user "Nguyễn Thị Lan" (Vietnamese letters
#   and spaces in every path a test makes), no prompts, a crash exits instead of waiting;
# - Qt's DLLs, the MinGW runtime and the plugins come from the dependency prefix (WINEPATH);
# - Wine hands no QT_* variable to a Windows program: each one is passed as WINEQT_*;
# - offscreen Qt finds fonts only in a folder (QT_QPA_FONTDIR): fonts/ beside the prefix, filled
#   by tools/windows.sh with Noto Sans (Vietnamese) — Wine ships no such font;
# - qDebug and Qt Test's messages go to stderr instead of OutputDebugString;
# - output reaches the caller after the program ends (see below).
set -euo pipefail
[ $# -ge 1 ] || { echo "usage: $0 program.exe [args...]" >&2; exit 2; }
: "${DESK_WINDOWS_PREFIX:?DESK_WINDOWS_PREFIX (the cross-built dependencies) is not set}"
: "${DESK_WINE_PREFIX:?DESK_WINE_PREFIX (the Wine prefix to run in) is not set}"

winpath() { printf 'Z:%s' "${1//\//\\}"; }

export WINEPREFIX=$DESK_WINE_PREFIX
source "$(dirname "$0")/wine-env.sh"
mingw_runtime=/usr/lib/gcc/x86_64-w64-mingw32/12-posix
export WINEPATH="$(winpath "$DESK_WINDOWS_PREFIX/bin");$(winpath "$mingw_runtime");$(winpath /usr/x86_64-w64-mingw32/lib)"
export QT_PLUGIN_PATH=${QT_PLUGIN_PATH:-$(winpath "$DESK_WINDOWS_PREFIX/plugins")}
export QT_QPA_FONTDIR=${QT_QPA_FONTDIR:-$(winpath "$DESK_WINDOWS_PREFIX/../fonts")}
export QT_FORCE_STDERR_LOGGING=1
while IFS='=' read -r name _; do
  case "$name" in
    QT_*) export "WINE$name=${!name}" ;;
  esac
done < <(env)
# Wine may start a background service (explorer, rpcss...) from inside the program, and it would
# inherit the program's output: to ctest a pipe that never closes. Under ctest
# (DESK_WINE_BUFFER_OUTPUT=1) the output goes through a file and reaches ctest when the program
# ends; scripts that read a running program's output (the simulator's address) get it directly.
# The file stays in wine-output/ beside the Wine prefix (PROGRAM.PID.log): when ctest stops a
# program at its time limit, what it printed until then is still there to read.
if [ "${DESK_WINE_BUFFER_OUTPUT:-0}" != 1 ]; then
  exec wine "$@"
fi
log_dir=$(dirname "$DESK_WINE_PREFIX")/wine-output
mkdir -p "$log_dir"
log=$log_dir/$(basename "$1" .exe).$$.log
status=0
wine "$@" > "$log" 2>&1 || status=$?
cat "$log"
exit $status
