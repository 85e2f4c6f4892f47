#!/usr/bin/env bash
# Installs what is missing, builds, and launches Advisory Desk in demo mode: the desk against
# the bundled Zalo OA simulator with seeded Vietnamese data, in a throw-away profile.
#   ./tools/demo.sh                    # opens the window
#   ./tools/demo.sh --screenshot x.png # saves a PNG of the main window after the first sync
set -euo pipefail
cd "$(dirname "$0")/.."

./tools/setup.sh
cmake --preset dev
cmake --build --preset dev -j "$(nproc)" --target advisory-desk zalo-oa-sim

app=build/dev/src/app/advisory-desk
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  # No screen here (SSH session, container): render offscreen and keep a picture of it.
  echo "demo: no display found; rendering offscreen to advisory-desk-demo.png"
  export QT_QPA_PLATFORM=offscreen
  if [ $# -eq 0 ]; then
    set -- --screenshot advisory-desk-demo.png
  fi
fi
exec "$app" --demo "$@"
