#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The installer's smoke test, run by `tools/windows.sh smoke` inside Xvfb (1366x768):
#   DESK_WINE_PREFIX=<fresh prefix> DESK_SMOKE=<output folder> SETUP=<setup.exe> windows-smoke.sh
# 1. installs silently per user, as staff without administrator rights would (no WINEPATH: the
#    installed folder alone must carry every DLL and plugin);
# 2. starts the installed desk in demo mode three times and times each start to a usable inbox
#    (the first sync shown and the window saved as PNG: the first run is the cold start);
# 3. starts it once more as a real window and keeps a screenshot of the X screen;
# 4. makes a profile with the installed CLI, uninstalls, and checks the profile is kept; a second
#    install and `Uninstall.exe /REMOVEPROFILE` removes it; a per-machine install (/AllUsers)
#    goes to Program Files.
# Figures go to $DESK_SMOKE/figures.txt.
set -euo pipefail
: "${DESK_WINE_PREFIX:?}" "${DESK_SMOKE:?}" "${SETUP:?}"
export WINEPREFIX=$DESK_WINE_PREFIX
source "$(dirname "$0")/wine-env.sh"
unset WINEPATH # the installed folder alone must be enough

user_dir="$WINEPREFIX/drive_c/users/$USER"
per_user="$user_dir/AppData/Local/Programs/Advisory Desk"
per_machine="$WINEPREFIX/drive_c/Program Files/Advisory Desk"
start_menu="$user_dir/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/Advisory Desk"
profile="$user_dir/AppData/Local/AdvisoryDesk/advisory-desk"
figures=$DESK_SMOKE/figures.txt
: > "$figures"

fail() { echo "smoke: FAILED: $*" >&2; exit 1; }
ok() { echo "smoke: ok: $*"; }
ms() { date +%s%3N; }
winpath() { printf 'Z:%s' "${1//\//\\}"; }
# NSIS's uninstaller copies itself to the temporary folder and returns at once (its in-place
# `_?=` form cannot take a quoted path with spaces): wait until the folder is gone.
uninstall() {
  local dir=$1
  shift
  wine "$dir/Uninstall.exe" /S "$@"
  for _ in $(seq 120); do [ -e "$dir/bin" ] || break; sleep 0.5; done
  sleep 1 # the uninstaller's last steps after the files: shortcuts, registry, the profile
}

wineserver -p
trap 'wineserver -k 2>/dev/null || true' EXIT
# Wine's background services start with the first program and keep its output open: start them
# with nothing to hold.
wine cmd.exe /c exit >/dev/null 2>&1

# 1. Silent per-user install.
started=$(ms)
wine "$SETUP" /S
echo "install (per user, silent): $(( $(ms) - started )) ms" >> "$figures"
[ -f "$per_user/bin/advisory-desk.exe" ] || fail "no desk in $per_user/bin"
[ -f "$per_user/bin/advisory-desk-cli.exe" ] || fail "no CLI in $per_user/bin"
for plugin in platforms/qwindows.dll styles/qwindowsvistastyle.dll sqldrivers/qsqlite.dll \
              tls/qschannelbackend.dll imageformats/qico.dll; do
  [ -f "$per_user/bin/$plugin" ] || fail "plugin $plugin not deployed"
done
[ -f "$start_menu/Advisory Desk.lnk" ] || fail "no Start menu entry in $start_menu"
ok "installed per user into $per_user, Start menu entry present"
echo "installer: $(du -h "$SETUP" | cut -f1) ($(stat -c %s "$SETUP") bytes)" >> "$figures"
echo "installed folder: $(du -sh "$per_user" | cut -f1) ($(du -sb "$per_user" | cut -f1) bytes, $(find "$per_user" -type f | wc -l) files)" >> "$figures"

desk="$per_user/bin/advisory-desk.exe"
cli="$per_user/bin/advisory-desk-cli.exe"

# 2. Start to a usable inbox, three times (the first is cold: first start after installing).
for run in 1 2 3; do
  shot=$DESK_SMOKE/desk-window-$run.png
  started=$(ms)
  # A start that never reaches a usable inbox is a failure, not a wait (the desk gives up on
  # its own after 120 s without a sync).
  timeout 180 wine "$desk" --demo --window-size 1366x768 --screenshot "$(winpath "$shot")" ||
    fail "the installed desk exited with $? in demo mode (run $run; 124: no answer in 180 s)"
  elapsed=$(( $(ms) - started ))
  [ -s "$shot" ] || fail "no window picture from run $run"
  echo "start to usable inbox, demo data, run $run: $elapsed ms" >> "$figures"
done
ok "desk started three times in demo mode"

# 3. A real window on the X screen (the windows platform plugin, not offscreen).
# No --window-size: the desk fits itself to the screen (maximised below 1440x860); the first
# sync under Wine takes 10-40 s, so the picture is taken after a minute.
wine "$desk" --demo &
desk_pid=$!
sleep 60
xwd -root -silent | convert xwd:- png:"$DESK_SMOKE/desk-screen.png"
kill "$desk_pid" 2>/dev/null || true
wineserver -k || true
wineserver -p
wine cmd.exe /c exit >/dev/null 2>&1
ok "screen captured: $DESK_SMOKE/desk-screen.png"

# 4. Uninstall keeps the profile unless asked.
wine "$cli" cases --json > "$DESK_SMOKE/cli-cases.json" || fail "the installed CLI failed"
[ -f "$profile/advisory-desk.sqlite" ] || fail "the CLI made no profile in $profile"
ok "profile under local app data: $profile"
uninstall "$per_user"
[ ! -f "$per_user/bin/advisory-desk.exe" ] || fail "the uninstaller left the desk"
[ ! -e "$start_menu/Advisory Desk.lnk" ] || fail "the uninstaller left the Start menu entry"
[ -f "$profile/advisory-desk.sqlite" ] || fail "the uninstaller removed the profile"
ok "uninstalled; profile kept"
rm -rf "$per_user"

wine "$SETUP" /S
uninstall "$per_user" /REMOVEPROFILE
[ ! -e "$profile" ] || fail "/REMOVEPROFILE left $profile"
ok "uninstall with /REMOVEPROFILE removed the profile"
rm -rf "$per_user"

wine "$SETUP" /S /AllUsers
[ -f "$per_machine/bin/advisory-desk.exe" ] || fail "/AllUsers did not install into Program Files"
ok "per-machine install into Program Files"
uninstall "$per_machine" /AllUsers
[ ! -f "$per_machine/bin/advisory-desk.exe" ] || fail "per-machine uninstall left the desk"
ok "per-machine uninstall"
cat "$figures"
