#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring, so QtKeychain
# has a working Secret Service on a headless machine (CI, ctest):
#   tools/with-keyring.sh ./build/dev/tests/tst_keychain
# The keyring files go to a throw-away XDG_DATA_HOME: a run never touches (or depends on the
# password of) the developer's own login keyring, and every run starts from an empty keyring.
# KEYRING_PW sets the throw-away keyring's password (default: desk-test-keyring).
set -eu
if [ "$#" -eq 0 ]; then
  echo "usage: $0 <command> [args...]" >&2
  exit 2
fi
for tool in dbus-run-session gnome-keyring-daemon; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "with-keyring: $tool is missing (apt-get install dbus gnome-keyring)" >&2
    exit 1
  fi
done
keyring_home=$(mktemp -d "${TMPDIR:-/tmp}/desk-keyring.XXXXXX")
trap 'rm -rf "$keyring_home"' EXIT INT TERM
status=0
KEYRING_HOME="$keyring_home" dbus-run-session -- sh -c '
  printf "%s" "${KEYRING_PW:-desk-test-keyring}" \
    | XDG_DATA_HOME="$KEYRING_HOME" gnome-keyring-daemon --unlock --components=secrets >/dev/null \
    || { echo "with-keyring: gnome-keyring-daemon did not start" >&2; exit 1; }
  "$@"
' sh "$@" || status=$?
exit "$status"
