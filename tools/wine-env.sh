# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced by every script that runs Windows programs under Wine (wine-test.sh, windows.sh,
# windows-smoke.sh): the environment they share.
# - the Windows user is "Nguyễn Thị Lan", so her profile, local app data and temporary folder,
#   and every path made in them, hold Vietnamese letters and spaces, as on a real office PC;
# - no Mono/Gecko prompts, a crash exits instead of waiting in winedbg, and winemenubuilder is
#   off: Start menu entries made under Wine must not become the Linux host's menu entries.
export USER=${DESK_WINE_USER:-Nguyễn Thị Lan}
export WINEDEBUG=${WINEDEBUG:--all}
export WINEDLLOVERRIDES="mscoree,mshtml=;winedbg.exe=d;winemenubuilder.exe=d"
