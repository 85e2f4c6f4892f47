#!/usr/bin/env bash
# Installs the Debian 12 packages Advisory Desk needs to build, test and run its demo.
# Safe to run repeatedly: it only calls apt-get when something is missing.
#   ./tools/setup.sh            # what the Linux build, tests and demo need
#   ./tools/setup.sh --windows  # also the cross toolchain, Wine and NSIS (tools/windows.sh)
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-qpa-plugins
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev libqt6opengl6-dev
  qtkeychain-qt6-dev libxlsxwriter-dev libsqlite3-dev sqlite3
  libgl-dev libxkbcommon-dev
  dbus dbus-x11 gnome-keyring libsecret-tools
  fonts-noto-core fonts-dejavu-core
  # ccache speeds up rebuilds; python3-openpyxl is the independent .xlsx reader the report
  # tests open exported workbooks with.
  ccache python3-openpyxl
  # poppler-utils: pdftotext / pdffonts / pdfinfo read back the transfer slip PDF in its test.
  poppler-utils
  # Team mode runs on PostgreSQL 15: the tests (tests/support/pgcluster.h) and tools/pg-scratch.sh
  # start a throw-away server of their own with initdb/pg_ctl from /usr/lib/postgresql/15/bin
  # (postgresql-15 also carries the contrib extensions, e.g. pg_trgm); psql sets up and inspects;
  # libqt6sql6-psql is Qt's QPSQL driver the store connects with. Its postgresql-common creates
  # the postgres user the servers run as when the tests run as root (initdb refuses root). The
  # package's default cluster (main, port 5432) is never used and need not run: the test servers
  # listen only on sockets in their own folders.
  postgresql-15 postgresql-client-15 libqt6sql6-psql
  # libssl-dev: libcrypto (AES-256-GCM) seals the OA's tokens that team mode keeps in the
  # team database, so a backup or dump never holds a usable token.
  libssl-dev
  # openssl: tst_cliteam makes a server certificate for another host name, so a team login
  # over TLS (sslmode=verify-full) is refused with its own exit code.
  openssl
)

if [ "${1:-}" = "--windows" ]; then
  PACKAGES+=(
    # MinGW-w64 GCC 12 with the posix thread model (std::thread, Qt's threads) and its zlib.
    g++-mingw-w64-x86-64-posix gcc-mingw-w64-x86-64-posix mingw-w64 mingw-w64-tools
    libz-mingw-w64-dev
    # Running the Windows build here: Wine 8 (the `wine` command starts 64-bit programs), an X
    # server for it, and NSIS (makensis) for CPack's installer.
    wine wine64 xvfb xauth x11-apps imagemagick nsis
    # Debian's qtbase source lacks the Wintab headers; Wine's development package carries them.
    # tcl builds SQLite's amalgamation from its source; curl and xz fetch and unpack sources.
    libwine-dev tcl curl xz-utils
  )
fi

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#PACKAGES[@]} packages present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null; then SUDO="sudo"; else
    echo "setup: missing packages (${missing[*]}) and not root and no sudo" >&2; exit 1
  fi
fi
echo "setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
