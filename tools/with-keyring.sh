#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring, so QtKeychain
# has a working Secret Service on a headless machine (CI, ctest):
#   tools/with-keyring.sh ./build/dev/tests/tst_keychain
# The keyring files go to a throw-away XDG_DATA_HOME (for the whole session, so a daemon that
# D-Bus starts on demand uses it too): a run never touches, or depends on the password of, the
# developer's own login keyring, and every run starts from an empty keyring.
# KEYRING_PW sets the throw-away keyring's password (default: desk-test-keyring).
set -eu
if [ "$#" -eq 0 ]; then
  echo "usage: $0 <command> [args...]" >&2
  exit 2
fi
for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "with-keyring: $tool is missing (apt-get install dbus gnome-keyring)" >&2
    exit 1
  fi
done
keyring_home=$(mktemp -d "${TMPDIR:-/tmp}/desk-keyring.XXXXXX")
trap 'rm -rf "$keyring_home"' EXIT INT TERM
status=0
XDG_DATA_HOME="$keyring_home" dbus-run-session -- sh -c '
  printf "%s" "${KEYRING_PW:-desk-test-keyring}" \
    | gnome-keyring-daemon --unlock --components=secrets >/dev/null \
    || { echo "with-keyring: gnome-keyring-daemon did not start" >&2; exit 1; }
  # The daemon claims org.freedesktop.secrets and creates the login collection a moment
  # after it returns. A client that comes earlier gets "no such collection" (or makes D-Bus
  # start a second daemon), so wait for both; NameHasOwner never starts a service.
  tries=0
  until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
          org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null \
          | grep -q "boolean true" \
        && dbus-send --session --print-reply --dest=org.freedesktop.secrets \
          /org/freedesktop/secrets org.freedesktop.DBus.Properties.Get \
          string:org.freedesktop.Secret.Service string:Collections 2>/dev/null \
          | grep -q "/collection/login"; do
    tries=$((tries + 1))
    if [ "$tries" -ge 100 ]; then
      echo "with-keyring: the login keyring did not appear within 10 s" >&2
      exit 1
    fi
    sleep 0.1
  done
  "$@"
' sh "$@" || status=$?
exit "$status"
