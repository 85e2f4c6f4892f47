#!/usr/bin/env bash
# Cross-builds Advisory Desk for 64-bit Windows on Debian 12, tests it under Wine and packages it.
#
#   ./tools/windows.sh                     # everything: deps, build, test, package, smoke, team
#   ./tools/windows.sh --sources DIR       # take dependency sources from DIR instead of downloading
#   ./tools/windows.sh deps build          # only the named steps, in this order
#
# Steps:
#   deps     build SQLite, libcrypto, libxlsxwriter, libpq, Qt base with its SQLite and PostgreSQL
#            drivers, Qt Charts and QtKeychain for Windows
#            into the cache (once: a step whose recipe and sources did not change is skipped)
#   build    configure and build the desk, the CLI, the simulator and the tests (build/windows)
#   test     run the Windows test programs under Wine (ctest -L wine; DESK_WINE_TESTS=REGEX picks some)
#   package  the NSIS installer and the portable zip (build/windows/packages)
#   smoke    install the installer silently into a fresh Wine prefix, start the installed desk in
#            demo mode under Xvfb at 1366x768, keep a screenshot and time the cold start
#   team     team mode with the Windows programs: PostgreSQL on 127.0.0.1, the Windows CLI's
#            team-init, join and `serve` under Wine, a reply sent through it, the desk on the team
#
# Options:
#   --sources DIR  folder holding the files named in packaging/windows/sources.sha256
#   --cache DIR    where dependencies are built and kept (default: $DESK_WINDOWS_CACHE or
#                  ~/.cache/advisory-desk-windows); it lives outside the repository
#   --jobs N       parallel jobs (default: nproc)
#
# Every source is checked against packaging/windows/sources.sha256 before it is unpacked.
set -euo pipefail
# The whole script is one brace group, read before it runs: a long build may be under way while
# the file is edited (bash otherwise reads a script as it goes).
{
cd "$(dirname "$0")/.."
REPO=$PWD

SOURCES_DIR=""
CACHE=${DESK_WINDOWS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/advisory-desk-windows}
JOBS=$(nproc)
STEPS=()
while [ $# -gt 0 ]; do
  case "$1" in
    --sources) SOURCES_DIR=$(realpath "$2"); shift 2 ;;
    --cache) CACHE=$2; shift 2 ;;
    --jobs) JOBS=$2; shift 2 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    deps|build|test|package|smoke|team) STEPS+=("$1"); shift ;;
    *) echo "windows.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done
[ ${#STEPS[@]} -gt 0 ] || STEPS=(deps build test package smoke team)

mkdir -p "$CACHE"
CACHE=$(realpath "$CACHE")
PREFIX=$CACHE/prefix        # what the desk builds against and deploys from (~100 MB)
WORK=$CACHE/work            # unpacked sources and build trees (~2 GB, may be deleted)
DOWNLOADS=$CACHE/sources    # verified source files
STAMPS=$CACHE/stamps
TRIPLET=x86_64-w64-mingw32
BUILD=$REPO/build/windows
export DESK_WINDOWS_PREFIX=$PREFIX
mkdir -p "$PREFIX" "$WORK" "$DOWNLOADS" "$STAMPS"

say() { printf '\033[1mwindows: %s\033[0m\n' "$*"; }
die() { printf 'windows: %s\n' "$*" >&2; exit 1; }

# --- sources -------------------------------------------------------------------------------

SUMS=$REPO/packaging/windows/sources.sha256

# Prints the SHA-256 a source file is checked by: of the file, or of its tar stream for GitHub
# tag archives (see sources.sha256).
source_digest() {
  local file=$1 kind=$2
  if [ "$kind" = tar ]; then gzip -dc "$file" | sha256sum | cut -d' ' -f1
  else sha256sum "$file" | cut -d' ' -f1; fi
}

# Puts a verified copy of a source file into $DOWNLOADS and prints its path.
source_file() {
  local want=$1 sum file url kind
  while read -r sum file url kind; do
    case "$sum" in ''|'#'*) continue ;; esac
    [ "$file" = "$want" ] || continue
    local dest=$DOWNLOADS/$file
    if [ ! -f "$dest" ] || [ "$(source_digest "$dest" "$kind")" != "$sum" ]; then
      rm -f "$dest"
      if [ -n "$SOURCES_DIR" ] && [ -f "$SOURCES_DIR/$file" ]; then
        cp "$SOURCES_DIR/$file" "$dest.part"
      else
        say "downloading $url" >&2
        curl -fsSL --retry 3 -o "$dest.part" "$url" || die "could not download $url"
      fi
      local got
      got=$(source_digest "$dest.part" "$kind")
      if [ "$got" != "$sum" ]; then
        rm -f "$dest.part"
        die "$file: SHA-256 $got does not match $sum in packaging/windows/sources.sha256"
      fi
      mv "$dest.part" "$dest"
    fi
    echo "$dest"
    return 0
  done < "$SUMS"
  die "$want is not listed in packaging/windows/sources.sha256"
}

# Unpacks a source archive into a fresh folder under $WORK and prints that folder.
unpack() {
  local archive=$1 into=$WORK/$2
  rm -rf "$into"
  mkdir -p "$into"
  tar -xf "$archive" -C "$into" --strip-components=1
  echo "$into"
}

# Applies the named Debian patches (from debian/patches of a .debian.tar.xz) to a source tree.
debian_patches() {
  local tree=$1 debian=$2
  shift 2
  tar -xf "$debian" -C "$tree"
  local p
  for p in "$@"; do
    patch -d "$tree" -p1 -s -N < "$tree/debian/patches/$p" || die "Debian patch $p did not apply"
  done
}

# A dependency is rebuilt only when its recipe (the shell function), its sources' sums, the
# toolchain file or a dependency it builds on changed.
declare -A BUILT_ON=([libpq]=openssl [qtbase]=sqlite [qtcharts]=qtbase [qtkeychain]=qtbase
                     [qsqlpsql]="qtbase libpq")
recipe_key() {
  local name=$1 body prereq
  body=$(declare -f "build_$name")
  {
    echo "$body"
    grep -F -f <(grep -oE '[A-Za-z0-9_.+-]+\.tar\.(xz|gz|bz2)' <<<"$body") "$SUMS"
    cat "$REPO/cmake/mingw-w64-x86_64.cmake"
    for prereq in ${BUILT_ON[$name]:-}; do cat "$STAMPS/$prereq" 2>/dev/null || echo "$prereq: none"; done
  } | sha256sum | cut -d' ' -f1
}
dep() {
  local name=$1 key
  key=$(recipe_key "$name")
  if [ "$(cat "$STAMPS/$name" 2>/dev/null)" = "$key" ]; then
    say "$name: up to date in $PREFIX"
    return
  fi
  say "$name: building"
  local started=$SECONDS
  "build_$name"
  echo "$key" > "$STAMPS/$name"
  say "$name: built in $((SECONDS - started)) s"
}

# Configures, builds and installs a CMake project into the prefix; logs stay in $WORK.
cmake_project() {
  local name=$1 src=$2
  shift 2
  cmake -S "$src" -B "$WORK/$name-build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_INSTALL_PREFIX="$PREFIX" "$@" > "$WORK/$name-configure.log" 2>&1 ||
    { tail -30 "$WORK/$name-configure.log"; die "$name: configure failed"; }
  cmake --build "$WORK/$name-build" -j "$JOBS" > "$WORK/$name-build.log" 2>&1 ||
    { tail -40 "$WORK/$name-build.log"; die "$name did not build (log: $WORK/$name-build.log)"; }
  cmake --install "$WORK/$name-build" >/dev/null
}

# --- dependency recipes --------------------------------------------------------------------

CROSS_TOOLCHAIN=(-DCMAKE_TOOLCHAIN_FILE="$PREFIX/share/mingw-w64-x86_64.cmake"
                 -DDESK_WINDOWS_PREFIX="$PREFIX")
CROSS_CMAKE=(-G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$PREFIX"
             "${CROSS_TOOLCHAIN[@]}")

# SQLite 3.40.1 (Debian's source with its security fixes) as sqlite3.dll. Qt's SQLite driver is
# built against it (system_sqlite), so the driver and the benchmarks share one library. Built
# with FTS5 and the options Debian's libsqlite3 has.
build_sqlite() {
  local src
  src=$(unpack "$(source_file sqlite3_3.40.1.orig.tar.xz)" sqlite)
  debian_patches "$src" "$(source_file sqlite3_3.40.1-2+deb12u2.debian.tar.xz)" \
    31-increase_SQLITE_MAX_DEFAULT_PAGE_SIZE_to_32k.patch \
    41-fix_a_bug_in_the_NOT_NULL-IS_NULL_optimization.patch 42-CVE-2025-6965.patch \
    0001-Fix-a-buffer-overread-in-the-sessions-extension-that.patch \
    0002-Avoid-a-stack-overflow-that-could-be-caused-by-a-rec.patch \
    0003-Fix-a-technically-undefined-signed-integer-overflow-.patch
  # The amalgamation is generated by host tools (tclsh, lemon); only its compile is cross.
  (cd "$src" && ./configure --disable-tcl -q >/dev/null && make -s sqlite3.c >/dev/null)
  mkdir -p "$PREFIX/bin" "$PREFIX/lib/pkgconfig" "$PREFIX/include"
  $TRIPLET-gcc-posix -O2 -shared -o "$PREFIX/bin/sqlite3.dll" "$src/sqlite3.c" \
    -DSQLITE_THREADSAFE=1 -DSQLITE_ENABLE_FTS5 -DSQLITE_ENABLE_FTS3 \
    -DSQLITE_ENABLE_FTS3_PARENTHESIS -DSQLITE_ENABLE_COLUMN_METADATA -DSQLITE_ENABLE_RTREE \
    -DSQLITE_ENABLE_UNLOCK_NOTIFY -DSQLITE_ENABLE_DBSTAT_VTAB -DSQLITE_SECURE_DELETE \
    -DSQLITE_MAX_SCHEMA_RETRY=25 -DSQLITE_ENABLE_MATH_FUNCTIONS \
    -Wl,--out-implib,"$PREFIX/lib/libsqlite3.dll.a"
  cp "$src/sqlite3.h" "$src/sqlite3ext.h" "$PREFIX/include/"
  cat > "$PREFIX/lib/pkgconfig/sqlite3.pc" <<EOF
prefix=$PREFIX
libdir=\${prefix}/lib
includedir=\${prefix}/include
Name: SQLite
Description: SQL database engine (Windows cross build)
Version: 3.40.1
Libs: -L\${libdir} -lsqlite3
Cflags: -I\${includedir}
EOF
}

# OpenSSL 3.0's libcrypto, static: the desk uses it only to seal the OA's tokens (AES-256-GCM),
# so no DLL is shipped and Qt keeps Windows' own TLS (schannel).
build_openssl() {
  local src
  src=$(unpack "$(source_file openssl_3.0.22.orig.tar.gz)" openssl)
  (cd "$src" && ./Configure mingw64 no-shared no-module no-engine no-dso no-tests \
      no-legacy --prefix="$PREFIX" --libdir=lib CC=$TRIPLET-gcc-posix AR=$TRIPLET-ar \
      RANLIB=$TRIPLET-ranlib RC=$TRIPLET-windres >/dev/null &&
    make -s -j"$JOBS" build_libs >/dev/null && make -s install_dev >/dev/null)
}

# libxlsxwriter 1.1.4 (Debian's source), static, with its bundled minizip and MinGW's zlib.
build_xlsxwriter() {
  local src
  src=$(unpack "$(source_file libxlsxwriter_1.1.4.orig.tar.gz)" libxlsxwriter)
  # Upstream turns its Windows file code off for MinGW (#undef _WIN32), so a MinGW build opens
  # files with the ANSI fopen and a workbook named "Báo cáo quý IV.xlsx", or any path under a
  # Vietnamese user name, cannot be created. Use the code its MSVC build uses: UTF-8 paths
  # through _wfopen and minizip's iowin32 (wide Win32 file functions).
  perl -0pi -e 's/#ifdef __MINGW32__\n#undef _WIN32\n#endif\n//' "$src/src/utility.c" "$src/src/packager.c"
  perl -0pi -e 's/if\(MSVC\)(\s+list\(APPEND LXW_SOURCES third_party\/minizip\/iowin32\.c\))/if(WIN32)$1/' \
    "$src/CMakeLists.txt"
  ! grep -q '#undef _WIN32' "$src/src/utility.c" "$src/src/packager.c" || die "libxlsxwriter: MinGW patch did not apply"
  grep -Pzq 'if\(WIN32\)\s+list\(APPEND LXW_SOURCES third_party/minizip/iowin32' "$src/CMakeLists.txt" ||
    die "libxlsxwriter: iowin32 patch did not apply"
  cmake_project libxlsxwriter "$src" "${CROSS_TOOLCHAIN[@]}" -DBUILD_SHARED_LIBS=OFF \
    -DUSE_SYSTEM_MINIZIP=OFF -DBUILD_TESTS=OFF -DBUILD_EXAMPLES=OFF
  # The desk finds it through pkg-config, as on Linux.
  cat > "$PREFIX/lib/pkgconfig/xlsxwriter.pc" <<EOF
prefix=$PREFIX
libdir=\${prefix}/lib
includedir=\${prefix}/include
Name: libxlsxwriter
Description: A C library for creating Excel XLSX files (Windows cross build)
Version: 1.1.4
Libs: -L\${libdir} -lxlsxwriter -lz
Cflags: -I\${includedir}
EOF
}

# libpq from PostgreSQL 15 (the server version team mode runs), with OpenSSL for TLS
# verify-full: Qt's PostgreSQL driver uses it, so desks and the OA service join a team on Windows.
build_libpq() {
  local src
  src=$(unpack "$(source_file postgresql-15_15.18.orig.tar.bz2)" postgresql)
  (cd "$src" && ./configure -q --host=$TRIPLET CC=$TRIPLET-gcc-posix --prefix="$PREFIX" \
      --without-readline --without-zlib --without-icu --with-openssl \
      --with-includes="$PREFIX/include" --with-libraries="$PREFIX/lib" \
      LIBS="-lcrypt32 -lws2_32 -lgdi32" >/dev/null &&
    make -s -C src/interfaces/libpq -j"$JOBS" >/dev/null 2>&1 &&
    make -s -C src/interfaces/libpq install >/dev/null &&
    make -s -C src/include install >/dev/null) || die "libpq did not build"
}

# Qt 6.4.2 base (Debian's source and its security patches), shared, only what the desk uses.
# Its host tools (moc, rcc, uic) are Debian's own Qt 6.4.2. Takes 35-45 minutes on two cores.
build_qtbase() {
  local src
  src=$(unpack "$(source_file qt6-base_6.4.2+dfsg.orig.tar.xz)" qtbase)
  debian_patches "$src" "$(source_file qt6-base_6.4.2+dfsg-10.debian.tar.xz)" \
    cve-2023-32762.diff cve-2023-32763.diff cve-2023-33285.diff cve-2023-24607.patch
  # Debian's tarball drops the Wintab headers (tablet input); Wine's are API-compatible once the
  # Wine-only macros they use are defined.
  mkdir -p "$src/src/3rdparty/wintab"
  {
    echo '#pragma once'
    echo '#include <windows.h>'
    echo '#define API WINAPI'
    echo '#define WINELIB_NAME_AW(func) func##W'
    echo '#define DECL_WINELIB_TYPE_AW(type) typedef WINELIB_NAME_AW(type) type;'
    echo '#include "wine-wintab.h"'
  } > "$src/src/3rdparty/wintab/wintab.h"
  cp /usr/include/wine/wine/windows/wintab.h "$src/src/3rdparty/wintab/wine-wintab.h"
  cp /usr/include/wine/wine/windows/pktdef.h "$src/src/3rdparty/wintab/pktdef.h"
  local features=()
  local f
  for f in opengl vulkan dbus icu zstd pkg_config sql_psql sql_mysql sql_odbc sql_ibase sql_oci \
           sql_db2 openssl system_zlib system_pcre2 system_harfbuzz system_freetype system_png \
           system_jpeg system_doubleconversion direct2d1_1; do
    features+=("-DFEATURE_$f=OFF")
  done
  for f in system_sqlite sql sql_sqlite schannel printsupport testlib freetype; do
    features+=("-DFEATURE_$f=ON")
  done
  cmake -S "$src" -B "$WORK/qtbase-build" "${CROSS_CMAKE[@]}" -DBUILD_SHARED_LIBS=ON \
    -DQT_HOST_PATH=/usr -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake \
    -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF -DINPUT_opengl=no "${features[@]}" \
    -DCMAKE_PREFIX_PATH="$PREFIX" > "$WORK/qtbase-configure.log"
  cmake --build "$WORK/qtbase-build" -j "$JOBS" > "$WORK/qtbase-build.log" 2>&1 ||
    { tail -40 "$WORK/qtbase-build.log"; die "Qt base did not build (log: $WORK/qtbase-build.log)"; }
  cmake --install "$WORK/qtbase-build" >/dev/null
}

# Qt Charts v6.4.2 (upstream tag), without OpenGL.
build_qtcharts() {
  cmake_project qtcharts "$(unpack "$(source_file qtcharts-6.4.2.tar.gz)" qtcharts)" \
    -DCMAKE_TOOLCHAIN_FILE="$PREFIX/lib/cmake/Qt6/qt.toolchain.cmake" \
    -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF
}

# Qt's PostgreSQL driver (qsqlpsql.dll), built from the same Qt source as a standalone plugin
# project against the installed Qt base and libpq.
build_qsqlpsql() {
  local src
  src=$(unpack "$(source_file qt6-base_6.4.2+dfsg.orig.tar.xz)" qtbase-sqldrivers)
  cmake_project qsqlpsql "$src/src/plugins/sqldrivers" \
    -DCMAKE_TOOLCHAIN_FILE="$PREFIX/lib/cmake/Qt6/qt.toolchain.cmake" \
    -DFEATURE_sql_psql=ON -DFEATURE_sql_sqlite=OFF -DFEATURE_sql_odbc=OFF \
    -DFEATURE_sql_mysql=OFF -DPostgreSQL_ROOT="$PREFIX"
  [ -f "$PREFIX/plugins/sqldrivers/qsqlpsql.dll" ] || die "qsqlpsql.dll was not built"
}

# QtKeychain v0.13.2 (upstream tag) with the Windows Credential Manager backend.
build_qtkeychain() {
  cmake_project qtkeychain "$(unpack "$(source_file qtkeychain-0.13.2.tar.gz)" qtkeychain)" \
    -DCMAKE_TOOLCHAIN_FILE="$PREFIX/lib/cmake/Qt6/qt.toolchain.cmake" \
    -DBUILD_WITH_QT6=ON -DUSE_CREDENTIAL_STORE=ON -DBUILD_TRANSLATIONS=OFF \
    -DBUILD_TEST_APPLICATION=OFF
}

step_deps() {
  "$REPO/tools/setup.sh" --windows
  # Qt's installed qt.toolchain.cmake names the toolchain file by absolute path: keep the copy it
  # was configured with beside the prefix, not in a checkout that may move.
  mkdir -p "$PREFIX/share"
  cp "$REPO/cmake/mingw-w64-x86_64.cmake" "$PREFIX/share/mingw-w64-x86_64.cmake"
  local d
  # DESK_WINDOWS_DEPS picks some of them (e.g. "sqlite qtbase"), in dependency order.
  for d in ${DESK_WINDOWS_DEPS:-sqlite openssl xlsxwriter libpq qtbase qtcharts qtkeychain qsqlpsql}; do
    dep "$d"
  done
}

# --- the desk -------------------------------------------------------------------------------

# Windows programs run through tools/wine-test.sh: this Wine prefix, the prefix's DLLs, and the
# Windows user "Nguyễn Thị Lan" (Vietnamese letters and spaces in every profile and temp path).
export DESK_WINE_PREFIX=$BUILD/wine
WINE_RUN=$REPO/tools/wine-test.sh
XVFB=(xvfb-run -a -s "-screen 0 1366x768x24")

step_build() {
  [ -f "$PREFIX/lib/cmake/Qt6/qt.toolchain.cmake" ] || die "no dependencies in $PREFIX: run the deps step"
  # pkg-config answers from the Windows prefix only (SQLite, libxlsxwriter), never the host's.
  export PKG_CONFIG_LIBDIR=$PREFIX/lib/pkgconfig PKG_CONFIG_PATH=
  cmake -S "$REPO" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_TOOLCHAIN_FILE="$PREFIX/lib/cmake/Qt6/qt.toolchain.cmake" \
    -DDESK_WINDOWS_PREFIX="$PREFIX" -DCMAKE_PREFIX_PATH="$PREFIX" \
    -DOPENSSL_ROOT_DIR="$PREFIX" -DOPENSSL_USE_STATIC_LIBS=ON -DBUILD_TESTING=ON \
    -DCMAKE_COMPILE_WARNING_AS_ERROR=ON >/dev/null
  local started=$SECONDS
  cmake --build "$BUILD" -j "$JOBS"
  # Qt puts every Windows executable in the build folder's top level, beside its DLLs.
  say "built in $((SECONDS - started)) s: $(cd "$BUILD" && ls advisory-desk*.exe zalo-oa-sim.exe | tr '\n' ' ')"
}

# Fonts for offscreen Qt under Wine (QT_QPA_FONTDIR) and for the smoke test's Wine prefix: Wine
# has no font with Vietnamese letters; real Windows has Segoe UI, so none is shipped.
test_fonts() {
  mkdir -p "$CACHE/fonts"
  cp /usr/share/fonts/truetype/noto/NotoSans-{Regular,Bold,Italic,BoldItalic}.ttf "$CACHE/fonts/"
}

# A fresh Wine prefix for the Windows user, ready before parallel tests use it.
wine_prefix() {
  local prefix=$1
  rm -rf "$prefix"
  (source "$REPO/tools/wine-env.sh" && WINEPREFIX=$prefix wineboot -i >/dev/null 2>&1)
  WINEPREFIX=$prefix wineserver -w
}

step_test() {
  test_fonts
  wine_prefix "$DESK_WINE_PREFIX"
  rm -rf "$BUILD/wine-output" # each program's output of the last run (tools/wine-test.sh)
  local started=$SECONDS status=0
  # One X server for the whole run (Qt under Wine needs one even offscreen) and one persistent
  # wineserver, so each test does not pay Wine's start-up. Wine starts its background services
  # with the first program and they inherit its output: they are started before ctest, or
  # ctest would wait on the first test's output until its timeout. One test at a time: they
  # share the prefix and its wineserver, and that is how every run so far was made (an earlier
  # version passed an empty -j by mistake, which ctest took as one job).
  "${XVFB[@]}" bash -c '
    WINEPREFIX=$DESK_WINE_PREFIX wineserver -p
    "$1/tools/wine-test.sh" cmd.exe /c exit >/dev/null 2>&1
    ctest --test-dir "$0" -L wine ${DESK_WINE_TESTS:+-R "$DESK_WINE_TESTS"} \
      --output-on-failure --output-junit wine-results.xml
    status=$?
    WINEPREFIX=$DESK_WINE_PREFIX wineserver -k
    exit $status' "$BUILD" "$REPO" || status=$?
  say "tests under Wine: $((SECONDS - started)) s (results: $BUILD/wine-results.xml)"
  return $status
}

step_package() {
  rm -rf "$BUILD/packages"
  (cd "$BUILD" && cpack -B "$BUILD/packages" >/dev/null) || die "cpack failed"
  rm -rf "$BUILD/packages/_CPack_Packages"
  local f
  for f in "$BUILD"/packages/*; do
    say "package: $(basename "$f") $(du -h "$f" | cut -f1)"
  done
}

# Installs the installer silently into a fresh Wine prefix (per user, as staff without
# administrator rights would), starts the installed desk in demo mode under Xvfb at 1366x768,
# times it to a usable inbox, keeps screenshots, then uninstalls.
step_smoke() {
  local setup smoke=$BUILD/smoke prefix=$BUILD/smoke/wine
  setup=$(ls "$BUILD"/packages/*-win64-setup.exe 2>/dev/null | head -1)
  [ -n "$setup" ] || die "no installer: run the package step"
  rm -rf "$smoke"
  mkdir -p "$smoke"
  wine_prefix "$prefix"
  test_fonts
  cp "$CACHE"/fonts/*.ttf "$prefix/drive_c/windows/Fonts/"
  DESK_WINDOWS_PREFIX=$PREFIX DESK_WINE_PREFIX=$prefix DESK_SMOKE=$smoke SETUP=$setup \
    "${XVFB[@]}" "$REPO/tools/windows-smoke.sh"
}

# Team mode with the Windows programs: PostgreSQL on 127.0.0.1, the Windows CLI sets the team up
# and runs the OA service under Wine, a staff member's reply goes out through it, the Windows desk
# opens the team database.
step_team() {
  # A Wine prefix of its own: the test step recreates the tests' prefix.
  export DESK_WINE_PREFIX=$BUILD/wine-team
  wine_prefix "$DESK_WINE_PREFIX"
  test_fonts
  mkdir -p "$BUILD/smoke"
  DESK_BUILD=$BUILD DESK_OUT=$BUILD/smoke "${XVFB[@]}" "$REPO/tools/windows-team-smoke.sh"
}

for step in "${STEPS[@]}"; do
  "step_$step"
done
exit 0
}
