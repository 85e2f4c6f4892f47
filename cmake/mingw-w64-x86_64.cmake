# SPDX-License-Identifier: GPL-3.0-or-later
# Cross-compiles for 64-bit Windows with Debian's MinGW-w64 GCC (tools/windows.sh uses it for the
# dependencies and for the desk itself).
#
# The -posix compilers are named on purpose: Debian's plain x86_64-w64-mingw32-g++ uses the win32
# thread model, which has no std::thread / std::mutex, and Qt's threading needs them.
#
# DESK_WINDOWS_PREFIX (cache variable or environment) is the folder the cross-built dependencies
# are installed into; find_package / find_library look there and in MinGW's own sysroot only, never
# in the host's /usr.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR AMD64)

set(DESK_MINGW_TRIPLET x86_64-w64-mingw32)
set(CMAKE_C_COMPILER ${DESK_MINGW_TRIPLET}-gcc-posix)
set(CMAKE_CXX_COMPILER ${DESK_MINGW_TRIPLET}-g++-posix)
set(CMAKE_RC_COMPILER ${DESK_MINGW_TRIPLET}-windres)

if(NOT DESK_WINDOWS_PREFIX AND DEFINED ENV{DESK_WINDOWS_PREFIX})
  set(DESK_WINDOWS_PREFIX "$ENV{DESK_WINDOWS_PREFIX}")
endif()
set(DESK_WINDOWS_PREFIX "${DESK_WINDOWS_PREFIX}" CACHE PATH "Cross-built Windows dependencies")
# try_compile projects re-read this file; pass the prefix on to them.
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES DESK_WINDOWS_PREFIX)

set(CMAKE_FIND_ROOT_PATH /usr/${DESK_MINGW_TRIPLET} ${DESK_WINDOWS_PREFIX})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

# try_run and ctest run Windows programs through Wine (Debian 12 has no wine64 command; `wine`
# starts the 64-bit loader for a PE32+ file).
find_program(DESK_WINE wine)
if(DESK_WINE)
  set(CMAKE_CROSSCOMPILING_EMULATOR ${DESK_WINE})
endif()
